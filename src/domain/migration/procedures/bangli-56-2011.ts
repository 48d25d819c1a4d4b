import type { ProcedureInput } from "../procedure.ts";

type StepInput = ProcedureInput["steps"][number];
type AnswerInput = Extract<StepInput["then"], { choice: unknown }>["choice"][number];

/**
 * The SOP "Migrasi ke Open Source Software (OSS)" annexed to Perbup Bangli 56/2011 (Lampiran angka 2 huruf c,
 * langkah 1-15), as data for the step engine. Texts follow the annex's words; what the annex leaves open
 * (what Form 1 and Form 2 contain: the forms are named but not printed) is filled in with what the steps say the
 * forms must hold, each place noted.
 *
 * Settings come from the agreed distribution the IT office configures ("Distro Linux yang disepakati", Lampiran
 * angka 2 huruf a); minRamMb is already the stricter of the distribution's requirement and the SOP's minimum of
 * 256 MB (langkah 2).
 */
const L = (step: number) => `Lampiran angka 2 huruf c langkah ${step}`;

const troubleshooting = (options: {
  id: string;
  number: number;
  phase: string;
  phaseId: string;
  phaseEn: string;
  next: string;
}): StepInput => ({
    id: options.id,
    number: options.number,
    title: { id: `Troubleshooting ${options.phaseId}`, en: `Troubleshooting: ${options.phaseEn}` },
    prompt: {
      id: `Lakukan troubleshooting ${options.phaseId} dan catat permasalahannya pada Form 2 Troubleshooting.`,
      en: `Troubleshoot the ${options.phaseEn.toLowerCase()} and log the problem in Form 2 Troubleshooting.`,
    },
    citation: L(options.number),
    troubleshooting: { phase: options.phase, label: { id: capitalise(options.phaseId), en: options.phaseEn } },
    fields: [
      {
        key: `${options.phase}Problem`,
        type: "text",
        form: "form2",
        minLength: 5,
        maxLength: 500,
        label: { id: "Permasalahan", en: "Problem" },
        prompt: {
          id: `Uraikan permasalahan ${options.phaseId} yang terjadi (gejala, pesan kesalahan).`,
          en: `Describe the ${options.phaseEn.toLowerCase()} problem (symptoms, error messages).`,
        },
      },
      {
        key: `${options.phase}Action`,
        type: "text",
        form: "form2",
        minLength: 3,
        maxLength: 500,
        label: { id: "Tindakan", en: "Action taken" },
        prompt: { id: "Tindakan apa yang sudah dilakukan untuk mengatasinya?", en: "What have you done to fix it?" },
      },
    ],
    then: {
      choice: [
        { key: "solved", label: { id: "✅ Teratasi, lanjut", en: "✅ Solved, continue" }, go: { step: options.next } },
        {
          key: "escalate",
          label: { id: "🆘 Tidak teratasi: teruskan ke TPP-SI", en: "🆘 Not solved: pass to TPP-SI" },
          go: { escalate: true, resumeAt: options.next },
        },
      ],
    },
  });

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const problemAnswer = (to: string): AnswerInput => ({
  key: "problem",
  label: { id: "⚠️ Ada masalah", en: "⚠️ There is a problem" },
  go: { step: to },
});

export const BANGLI_56_2011_PROCEDURE = {
  id: "bangli-56-2011",
  version: "2011-12-06",
  title: { id: "SOP Migrasi ke Open Source Software (OSS)", en: "SOP for migrating to open-source software (OSS)" },
  regulation: "Perbup Bangli 56/2011",
  citation: "Lampiran angka 2 huruf c",
  start: "chooseTarget",
  target: { assetTag: "assetTag", location: "location", user: "pcUser" },
  settings: [
    { key: "distributionName", type: "text", label: { id: "Distro yang disepakati", en: "Agreed distribution" } },
    { key: "cpuRequirement", type: "text", label: { id: "Syarat prosesor", en: "Processor requirement" } },
    { key: "minRamMb", type: "number", label: { id: "RAM minimal (MB)", en: "Minimum RAM (MB)" } },
    { key: "minDiskGb", type: "number", label: { id: "Disk minimal (GB)", en: "Minimum disk (GB)" } },
    { key: "liveCd", type: "boolean", label: { id: "Menyediakan Live CD", en: "Offers a live CD" } },
  ],
  forms: [
    { key: "form1", title: { id: "Form 1 Data Proses Migrasi", en: "Form 1 Migration data" }, citation: L(4) },
    { key: "form2", title: { id: "Form 2 Troubleshooting", en: "Form 2 Troubleshooting" }, citation: "Lampiran angka 2 huruf c langkah 8, 10, 12 dan 14" },
  ],
  steps: [
    {
      id: "chooseTarget",
      number: 1,
      title: { id: "Tentukan PC target migrasi", en: "Choose the target PC" },
      prompt: { id: "Tentukan PC target migrasi.", en: "Choose the PC to migrate." },
      citation: L(1),
      fields: [
        {
          key: "assetTag",
          type: "text",
          form: "form1",
          maxLength: 40,
          label: { id: "Nomor inventaris", en: "Asset tag" },
          prompt: { id: "Ketik nomor inventaris (kode aset) PC target, misalnya 02.06.02.01.017.", en: "Type the target PC's asset tag, e.g. 02.06.02.01.017." },
        },
        {
          key: "location",
          type: "text",
          form: "form1",
          maxLength: 80,
          label: { id: "Lokasi", en: "Location" },
          prompt: { id: "Di ruangan/bagian mana PC ini berada?", en: "Which room or section is the PC in?" },
        },
        {
          key: "pcUser",
          type: "person",
          form: "form1",
          label: { id: "Pengguna", en: "User" },
          prompt: { id: "Siapa pengguna PC ini? Ketik namanya.", en: "Who uses this PC? Type their name." },
        },
      ],
      then: { go: { step: "technicalCheck" } },
    },
    {
      id: "technicalCheck",
      number: 2,
      title: { id: "Pengecekan teknis", en: "Technical check" },
      prompt: {
        id: "Pengecekan teknis berdasarkan hardware requirement {distributionName} (minimum SOP: Pentium IV & RAM 256 MB) dan software khusus yang terpasang.",
        en: "Technical check against the hardware requirements of {distributionName} (SOP minimum: Pentium IV & 256 MB RAM) and any special software installed.",
      },
      citation: L(2),
      fields: [
        {
          key: "processor",
          type: "text",
          form: "form1",
          maxLength: 120,
          label: { id: "Prosesor", en: "Processor" },
          prompt: { id: "Ketik prosesor PC, misalnya Intel Core i3-3220 3,3 GHz.", en: "Type the PC's processor, e.g. Intel Core i3-3220 3.3 GHz." },
        },
        {
          key: "processorMeetsRequirement",
          type: "yesNo",
          label: { id: "Prosesor memenuhi syarat", en: "Processor meets the requirement" },
          prompt: {
            id: "Apakah prosesor itu memenuhi syarat {distributionName}: {cpuRequirement} (dan minimal setara Pentium IV)?",
            en: "Does that processor meet the requirement of {distributionName}: {cpuRequirement} (and at least a Pentium IV)?",
          },
        },
        {
          key: "ramMb",
          type: "memory",
          form: "form1",
          label: { id: "RAM", en: "RAM" },
          prompt: { id: "Berapa RAM PC ini? Contoh: 4 GB atau 2048 MB. Syarat: minimal {minRamMb} MB.", en: "How much RAM? E.g. 4 GB or 2048 MB. Required: at least {minRamMb} MB." },
        },
        {
          key: "diskGb",
          type: "storage",
          form: "form1",
          label: { id: "Kapasitas hard disk", en: "Hard disk size" },
          prompt: { id: "Berapa kapasitas hard disk? Contoh: 500 GB atau 1 TB. Syarat: minimal {minDiskGb} GB.", en: "Hard disk size? E.g. 500 GB or 1 TB. Required: at least {minDiskGb} GB." },
        },
        {
          key: "specialSoftware",
          type: "yesNo",
          form: "form1",
          label: { id: "Software khusus / SI non-open source", en: "Special / non-open-source software" },
          prompt: {
            id: "Adakah software khusus, atau sistem informasi/aplikasi berbasis non-open source, yang terpasang di PC ini?",
            en: "Is any special software, or a non-open-source information system/application, installed on this PC?",
          },
        },
        {
          key: "specialSoftwareName",
          type: "text",
          form: "form1",
          minLength: 3,
          maxLength: 300,
          when: { field: "specialSoftware", equals: true },
          label: { id: "Software khusus", en: "Special software" },
          prompt: {
            id: "Sebutkan software/sistem informasi itu dan kegunaannya. Ini dicatat sebagai alasan migrasi di-pending.",
            en: "Name that software/information system and what it is for. It is recorded as the reason the migration is on hold.",
          },
        },
      ],
      then: {
        route: [
          {
            when: {
              any: [
                { field: "processorMeetsRequirement", equals: false },
                { field: "ramMb", below: { setting: "minRamMb" } },
                { field: "diskGb", below: { setting: "minDiskGb" } },
              ],
            },
            note: {
              id: "PC tidak memenuhi hardware requirement {distributionName} (prosesor {cpuRequirement}, RAM ≥ {minRamMb} MB, disk ≥ {minDiskGb} GB).",
              en: "The PC does not meet the hardware requirements of {distributionName} (processor {cpuRequirement}, RAM ≥ {minRamMb} MB, disk ≥ {minDiskGb} GB).",
            },
            go: { step: "chooseAnother" },
          },
          {
            when: { field: "specialSoftware", equals: true },
            note: {
              id: "PC terpasang software khusus / sistem informasi non-open source: proses migrasinya di-pending.",
              en: "The PC runs special / non-open-source software: its migration is put on hold.",
            },
            go: { hold: { reasonField: "specialSoftwareName" }, resumeAt: "technicalCheck" },
          },
          {
            note: { id: "PC memenuhi persyaratan teknis.", en: "The PC meets the technical requirements." },
            go: { step: "recordForm1" },
          },
        ],
      },
    },
    {
      id: "chooseAnother",
      number: 3,
      title: { id: "Pilih PC target lainnya", en: "Choose another target PC" },
      prompt: {
        id: "Hasil pengecekan teknis tidak sesuai: PC ini tidak dimigrasi. Pilih PC target lainnya.",
        en: "The technical check failed: this PC is not migrated. Choose another target PC.",
      },
      citation: L(3),
      then: { end: "unsuitable", offerRestart: true },
    },
    {
      id: "recordForm1",
      number: 4,
      title: { id: "Catat spesifikasi PC (Form 1)", en: "Record the PC's specification (Form 1)" },
      prompt: {
        id: "Catat spesifikasi PC — hardware, software dan konfigurasi yang ada — ke Form 1 Data Proses Migrasi.",
        en: "Record the PC's hardware, software and configuration in Form 1.",
      },
      citation: L(4),
      fields: [
        {
          key: "brandModel",
          type: "text",
          form: "form1",
          maxLength: 120,
          label: { id: "Merek/model", en: "Make/model" },
          prompt: { id: "Merek dan model PC (mis. HP ProDesk 400 G1, atau «rakitan»).", en: "Make and model (e.g. HP ProDesk 400 G1, or «custom built»)." },
        },
        {
          key: "currentOs",
          type: "text",
          form: "form1",
          maxLength: 120,
          label: { id: "OS saat ini", en: "Current OS" },
          prompt: { id: "Sistem operasi yang terpasang sekarang, dengan versinya (mis. Windows 7 Professional).", en: "The OS installed now, with its version (e.g. Windows 7 Professional)." },
        },
        {
          key: "osLicence",
          type: "choice",
          form: "form1",
          label: { id: "Lisensi OS saat ini", en: "Current OS licence" },
          prompt: { id: "Status lisensi OS saat ini?", en: "Licence status of the current OS?" },
          options: [
            { key: "legal", label: { id: "Berlisensi (legal)", en: "Licensed (legal)" } },
            { key: "illegal", label: { id: "Tidak berlisensi", en: "Unlicensed" } },
            { key: "unknown", label: { id: "Tidak diketahui", en: "Unknown" } },
          ],
        },
        {
          key: "officeSuite",
          type: "text",
          form: "form1",
          maxLength: 120,
          label: { id: "Aplikasi perkantoran", en: "Office suite" },
          prompt: { id: "Aplikasi perkantoran yang terpasang (mis. Microsoft Office 2007).", en: "Office suite installed (e.g. Microsoft Office 2007)." },
        },
        {
          key: "otherSoftware",
          type: "text",
          form: "form1",
          optional: true,
          maxLength: 300,
          label: { id: "Software lain", en: "Other software" },
          prompt: { id: "Software lain yang dipakai pengguna (pisahkan dengan koma), atau «-» bila tidak ada.", en: "Other software the user needs (comma separated), or «-» if none." },
        },
        {
          key: "computerName",
          type: "text",
          form: "form1",
          maxLength: 80,
          label: { id: "Nama komputer & workgroup", en: "Computer name & workgroup" },
          prompt: { id: "Nama komputer dan workgroup/domain (mis. KEU-01 / WORKGROUP).", en: "Computer name and workgroup/domain (e.g. KEU-01 / WORKGROUP)." },
        },
        {
          key: "network",
          type: "choice",
          form: "form1",
          label: { id: "Jaringan", en: "Network" },
          prompt: { id: "Konfigurasi jaringan PC ini?", en: "The PC's network configuration?" },
          options: [
            { key: "dhcp", label: { id: "DHCP (otomatis)", en: "DHCP (automatic)" } },
            { key: "static", label: { id: "IP statis", en: "Static IP" } },
            { key: "none", label: { id: "Tidak terhubung", en: "Not connected" } },
          ],
        },
        {
          key: "ipAddress",
          type: "ipv4",
          form: "form1",
          when: { field: "network", equals: "static" },
          label: { id: "Alamat IP", en: "IP address" },
          prompt: { id: "Alamat IP statisnya (mis. 192.168.1.25).", en: "Its static IP address (e.g. 192.168.1.25)." },
        },
        {
          key: "peripherals",
          type: "text",
          form: "form1",
          optional: true,
          maxLength: 200,
          label: { id: "Printer/perangkat lain", en: "Printers/peripherals" },
          prompt: { id: "Printer, scanner atau perangkat lain yang terpasang, atau «-».", en: "Printers, scanners or other devices attached, or «-»." },
        },
        {
          key: "dataFolders",
          type: "text",
          form: "form1",
          maxLength: 200,
          label: { id: "Lokasi data pengguna", en: "User data locations" },
          prompt: { id: "Di mana data pengguna yang harus dibackup (mis. D:\\Data, Documents, e-mail)?", en: "Where is the user's data to back up (e.g. D:\\Data, Documents, e-mail)?" },
        },
      ],
      then: { go: { step: "backup" } },
    },
    {
      id: "backup",
      number: 5,
      title: { id: "Backup data oleh SKPD", en: "Backup by the agency" },
      prompt: {
        id: "Data dari PC target dibackup oleh pihak SKPD. Catat medianya dan siapa yang memastikan backup.",
        en: "The agency backs up the target PC's data. Record the medium and who confirms the backup.",
      },
      citation: L(5),
      fields: [
        {
          key: "backupMedia",
          type: "choice",
          form: "form1",
          label: { id: "Media backup", en: "Backup medium" },
          prompt: { id: "Media backup yang dipakai?", en: "Backup medium used?" },
          options: [
            { key: "externalHdd", label: { id: "HDD eksternal", en: "External HDD" } },
            { key: "flashDisk", label: { id: "Flash disk", en: "Flash disk" } },
            { key: "server", label: { id: "Server/jaringan", en: "Server/network" } },
            { key: "disc", label: { id: "CD/DVD", en: "CD/DVD" } },
          ],
        },
        {
          key: "backupBy",
          type: "person",
          form: "form1",
          label: { id: "Backup dipastikan oleh", en: "Backup confirmed by" },
          prompt: { id: "Nama petugas SKPD yang melakukan dan memastikan backup.", en: "Name of the agency officer who made and confirms the backup." },
        },
        {
          key: "backupVerified",
          type: "confirm",
          form: "form1",
          label: { id: "Backup diperiksa", en: "Backup checked" },
          prompt: { id: "Backup sudah diperiksa lengkap dan dapat dibuka kembali?", en: "Has the backup been checked complete and readable?" },
          button: { id: "✅ Ya, lengkap dan terbaca", en: "✅ Yes, complete and readable" },
        },
      ],
      then: { go: { step: "liveTest" } },
    },
    {
      id: "liveTest",
      number: 6,
      title: { id: "Live CD testing", en: "Live CD test" },
      prompt: {
        id: "Jalankan {distributionName} dari Live CD/USB tanpa menginstal; periksa tampilan, jaringan, suara dan printer.",
        en: "Run {distributionName} from the live CD/USB without installing; check display, network, sound and printer.",
      },
      citation: L(6),
      skip: {
        when: { setting: "liveCd", equals: false },
        note: { id: "{distributionName} tidak menyediakan Live CD: langkah 6 dilewati.", en: "{distributionName} offers no live CD: step 6 is skipped." },
        go: { step: "install" },
      },
      then: {
        choice: [
          { key: "ok", label: { id: "✅ Tidak bermasalah", en: "✅ No problem" }, go: { step: "install" } },
          {
            key: "problem",
            label: { id: "⚠️ Ada masalah: kembali ke pengecekan", en: "⚠️ Problem: back to the check" },
            fields: [
              {
                key: "liveTestProblem",
                type: "text",
                minLength: 5,
                maxLength: 500,
                label: { id: "Masalah Live CD", en: "Live CD problem" },
                prompt: { id: "Uraikan masalah yang terlihat saat Live CD testing.", en: "Describe the problem seen in the live CD test." },
              },
            ],
            go: { step: "technicalCheck" },
          },
        ],
      },
    },
    {
      id: "install",
      number: 7,
      title: { id: "Format dan instal OS open source", en: "Format and install the open-source OS" },
      prompt: {
        id: "Lakukan proses format dan instal {distributionName}. Sebelum mulai, pastikan dua catatan penting langkah 7.",
        en: "Format and install {distributionName}. Before you start, confirm the two rules of step 7.",
      },
      citation: L(7),
      fields: [
        {
          key: "osPartitionOnly",
          type: "confirm",
          form: "form1",
          label: { id: "Hanya partisi OS diformat", en: "Only the OS partition formatted" },
          prompt: {
            id: "Jika HDD terdiri dari beberapa partisi, hanya partisi/drive C:\\ (partisi OS) yang diformat dan diisi OS baru; partisi lain dibiarkan apa adanya.",
            en: "If the disk has several partitions, only the C:\\ drive (the OS partition) is formatted and receives the new OS; the others are left as they are.",
          },
          button: { id: "✅ Ya, hanya partisi OS", en: "✅ Yes, only the OS partition" },
        },
        {
          key: "noDualBoot",
          type: "confirm",
          form: "form1",
          label: { id: "Tanpa dual boot", en: "No dual boot" },
          prompt: { id: "Tidak menginstal dengan modus Dual Boot (Dual OS).", en: "Do not install in dual-boot (dual OS) mode." },
          button: { id: "✅ Ya, tanpa dual boot", en: "✅ Yes, no dual boot" },
        },
      ],
      then: {
        choice: [
          { key: "ok", label: { id: "✅ Instalasi berhasil", en: "✅ Installed" }, go: { step: "configure" } },
          problemAnswer("installTroubleshoot"),
        ],
      },
    },
    troubleshooting({ id: "installTroubleshoot", number: 8, phase: "install", phaseId: "instalasi", phaseEn: "Installation", next: "configure" }),
    {
      id: "configure",
      number: 9,
      title: { id: "Konfigurasi sistem", en: "System configuration" },
      prompt: {
        id: "Lakukan konfigurasi sistem: nama komputer, jaringan, akun pengguna, printer dan aplikasi perkantoran sesuai Form 1.",
        en: "Configure the system: computer name, network, user account, printers and office suite as in Form 1.",
      },
      citation: L(9),
      then: {
        choice: [
          { key: "ok", label: { id: "✅ Konfigurasi selesai", en: "✅ Configured" }, go: { step: "restore" } },
          problemAnswer("configureTroubleshoot"),
        ],
      },
    },
    troubleshooting({ id: "configureTroubleshoot", number: 10, phase: "configure", phaseId: "konfigurasi", phaseEn: "Configuration", next: "restore" }),
    {
      id: "restore",
      number: 11,
      title: { id: "Restorasi data", en: "Data restore" },
      prompt: { id: "Lakukan restorasi data dari backup ke PC.", en: "Restore the data from the backup to the PC." },
      citation: L(11),
      then: {
        choice: [
          { key: "ok", label: { id: "✅ Data terpulihkan", en: "✅ Data restored" }, go: { step: "userTest" } },
          problemAnswer("restoreTroubleshoot"),
        ],
      },
    },
    troubleshooting({ id: "restoreTroubleshoot", number: 12, phase: "restore", phaseId: "restorasi data", phaseEn: "Data restore", next: "userTest" }),
    {
      id: "userTest",
      number: 13,
      title: { id: "User testing", en: "User testing" },
      prompt: {
        id: "Lakukan user testing: pengguna ({pcUser}) mencoba pekerjaan sehari-harinya di PC yang baru.",
        en: "User testing: the user ({pcUser}) tries their daily work on the migrated PC.",
      },
      citation: L(13),
      fields: [
        {
          key: "testedBy",
          type: "person",
          label: { id: "Diuji oleh", en: "Tested by" },
          prompt: { id: "Nama pengguna yang melakukan user testing.", en: "Name of the user who tested." },
        },
      ],
      then: {
        choice: [
          { key: "ok", label: { id: "✅ Pengguna puas, tidak bermasalah", en: "✅ User satisfied, no problem" }, go: { step: "done" } },
          problemAnswer("userTestTroubleshoot"),
        ],
      },
    },
    troubleshooting({ id: "userTestTroubleshoot", number: 14, phase: "userTest", phaseId: "user testing", phaseEn: "User testing", next: "done" }),
    {
      id: "done",
      number: 15,
      title: { id: "Selesai", en: "Done" },
      prompt: { id: "Migrasi PC selesai.", en: "The PC's migration is done." },
      citation: L(15),
      then: { end: "done" },
    },
  ],
} satisfies ProcedureInput;
