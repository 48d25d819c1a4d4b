import { cite } from "../shared/citation.ts";
import type { Citation } from "../shared/citation.ts";

/**
 * The rule book of Perbup Bangli 56/2011 (legal software and open-source software) as data: every figure and
 * every rule the bot enforces sits next to the article it comes from. The step graph of the SOP is in
 * procedures/bangli-56-2011.ts; this file holds what is not a step.
 *
 * Readings of the OCR text (stated where they are used, collected here):
 *  - Pasal 8 ayat (4) says "format yang dimaksud pada ayat (1) atau ayat (2)"; ayat (1) names no format (it only
 *    divides the data into static and dynamic), the formats are in ayat (2) PDF and ayat (3) ODF. Read as
 *    "ayat (2) atau ayat (3)".
 *  - Pasal 15 ayat (2) "DishubKominfi Cq. TPP•SI" is DishubKominfo c.q. TPP-SI; "Memperhatikan huruf d" calls the team
 *    "TPP-SD": the same team, TPP-SI (Pasal 1 angka 7).
 *  - Pasal 4 ayat (3) writes "mengalihkan kembali" (switching back): read as forbidding a migrated PC to go back
 *    to illegal software — the bot never offers a "roll back to the old OS" answer.
 *  - Lampiran angka 2 huruf c langkah 2 gives the minimum "Pentium IV & RAM 256 MB" beside the "Hardware
 *    Requirement dari distro yang akan diinstall": both hold; the stricter wins. The distribution itself is
 *    "Distro Linux yang disepakati" (Lampiran angka 2 huruf a): agreed, not named, so it is configuration the
 *    IT office sets.
 *  - Lampiran angka 2 huruf c langkah 6 sends a live-CD problem back to "poin 2" (the technical check) "untuk
 *    mengidentifikasi permasalahan tersebut": the check is done again, and its outcome decides (another PC,
 *    pending, or go on).
 *  - Lampiran angka 2 huruf c langkah 3 says to choose another target PC when step 2 "tidak sesuai"; the note of
 *    langkah 2 says a PC with special or non-open-source software is "di-pending", not dropped. So a PC that fails
 *    the hardware requirements is closed as unsuitable (and another PC is chosen), a PC with special software is
 *    put on hold with the reason and can be resumed at the check.
 *  - Pasal 16 ayat (1) "6 (enam) bulan sekali": half-years of the calendar year, January–June and July–December
 *    (the regulation took effect on 6 December 2011 and migration starts "mulai bulan Desember 2011", Pasal 17
 *    ayat (4); the first report period is therefore the second half of 2011).
 */
export const BANGLI_2011_REGULATION = "Perbup Bangli 56/2011";

export function pasal(article: string): Citation {
  return cite(BANGLI_2011_REGULATION, article);
}

/** The SOP annex: "Lampiran angka 2 huruf c langkah 7". */
export function lampiran(place: string): Citation {
  return cite(BANGLI_2011_REGULATION, `Lampiran ${place}`);
}

/** The date the regulation was issued and took effect (Pasal 18; "Ditetapkan ... pada tanggal 6 Desember 2011"). */
export const ISSUED_ON = { isoDate: "2011-12-06", citation: pasal("Pasal 18") } as const;

// Lampiran angka 2 huruf c langkah 2: "Minimum Requirement= Pentium IV & RAM 256 MB".
export const MINIMUM_HARDWARE = {
  processor: "Pentium IV",
  ramMb: 256,
  citation: lampiran("angka 2 huruf c langkah 2"),
} as const;

export interface Qualification {
  readonly key: "training" | "installation" | "backupRestore";
  readonly id: string;
  readonly en: string;
}

/** Lampiran angka 1 huruf c, Kualifikasi Personil: a technician confirms all three once. */
export const QUALIFICATIONS = {
  citation: lampiran("angka 1 huruf c"),
  items: [
    {
      key: "training",
      id: "Pernah mengikuti pelatihan tentang Open Source, khususnya dalam bidang instalasi OS berbasis open source.",
      en: "Has attended open-source training, in particular on installing an open-source OS.",
    },
    {
      key: "installation",
      id: "Pernah melakukan dan memahami prinsip dasar instalasi OS berbasis open source.",
      en: "Has installed an open-source OS and understands the basics of doing so.",
    },
    {
      key: "backupRestore",
      id: "Pernah melakukan dan memahami prinsip dasar Backup dan Restore Data.",
      en: "Has backed up and restored data and understands the basics of doing so.",
    },
  ] as const satisfies readonly Qualification[],
} as const;

/** Lampiran angka 2 huruf a and b: what the technician brings (shown when a migration starts). */
export const WORK_MATERIALS = {
  citation: lampiran("angka 2 huruf a dan b"),
  materials: [
    { id: "CD/DVD installer OS open source (distro Linux yang disepakati)", en: "Open-source OS installer CD/DVD (the agreed Linux distribution)" },
    { id: "CD/DVD kosong", en: "Blank CD/DVD" },
    { id: "Form Data Proses Migrasi (dicatat di bot ini)", en: "The migration data form (recorded in this bot)" },
  ],
  tools: [
    { id: "Media penyimpanan eksternal (HDD eksternal, flash disk, dll.)", en: "External storage (external HDD, flash disk, etc.)" },
    { id: "CD/DVD RW drive", en: "CD/DVD RW drive" },
    { id: "Tool kit", en: "Tool kit" },
  ],
} as const;

/** Who does what, with the article that says so; the bot quotes these when it refuses. */
export const ROLE_RULES = {
  technician: {
    id: "Migrasi di SKPD dijalankan oleh pengelola TIK SKPD yang ditunjuk kepala SKPD",
    en: "Migration in an agency is carried out by the agency's IT staff appointed by its head",
    citation: pasal("Pasal 13 jo. Pasal 1 angka 17"),
  },
  ownAgency: {
    id: "pengelola TIK bertanggung jawab atas migrasi di internal SKPD-nya sendiri",
    en: "IT staff are responsible for migration inside their own agency",
    citation: pasal("Pasal 13"),
  },
  qualification: {
    id: "personil migrasi harus memenuhi Kualifikasi Personil SOP",
    en: "migration staff must meet the SOP's staff qualifications",
    citation: lampiran("angka 1 huruf c"),
  },
  supportTeam: {
    id: "permasalahan yang tidak dapat diselesaikan dilanjutkan di TPP-SI yang dikoordinasikan oleh DishubKominfo",
    en: "problems the technician cannot solve are continued by TPP-SI, coordinated by DishubKominfo",
    citation: lampiran("angka 2 huruf c langkah 8, 10, 12 dan 14"),
  },
  agencyReport: {
    id: "laporan perkembangan migrasi diberikan oleh SKPD, yang kepalanya bertanggung jawab penuh",
    en: "the progress report is given by the agency, whose head is fully responsible",
    citation: pasal("Pasal 16 ayat (1) jo. Pasal 6"),
  },
  recap: {
    id: "DishubKominfo merekapitulasi laporan SKPD dan melaporkan hasilnya kepada Bupati",
    en: "DishubKominfo recaps the agencies' reports and reports to the Bupati",
    citation: pasal("Pasal 16 ayat (3) dan (4)"),
  },
  itOffice: {
    id: "TPP-SI dikoordinasikan oleh DishubKominfo; pendaftaran SKPD, TPP-SI dan distro yang disepakati dilakukan admin DishubKominfo",
    en: "TPP-SI is coordinated by DishubKominfo; agencies, TPP-SI and the agreed distribution are registered by DishubKominfo's admins",
    citation: pasal("Pasal 1 angka 7 jo. Pasal 16 ayat (2)"),
  },
  exceptionEvaluation: {
    id: "evaluasi teknis pengecualian dilakukan oleh SKPD bersangkutan bersama TPP-SI",
    en: "the technical evaluation of an exception is done by the agency together with TPP-SI",
    citation: pasal("Pasal 17 ayat (3)"),
  },
} as const satisfies Record<string, { id: string; en: string; citation: Citation }>;

export type RoleRuleKey = keyof typeof ROLE_RULES;

/** Pasal 16: reports every six months, to the Bupati through the head of DishubKominfo, recapped by DishubKominfo. */
export const REPORTING = {
  months: 6,
  periodCitation: pasal("Pasal 16 ayat (1)"),
  recapCitation: pasal("Pasal 16 ayat (3)"),
  toBupatiCitation: pasal("Pasal 16 ayat (4)"),
  formatCitation: pasal("Pasal 16 ayat (2)"),
} as const;

/** Pasal 14 ayat (3) and Pasal 17: when a non-open-source information system may stay. */
export const EXCEPTION_RULES = {
  existingSystem: {
    id: "Sistem informasi non-open source yang telah ada dan berjalan normal (running well) saat Perbup ini diterbitkan boleh tetap digunakan, dengan aspek legalitasnya tetap dipenuhi",
    en: "A non-open-source information system already running well when the regulation was issued may stay, provided its licensing is legal",
    citation: pasal("Pasal 17 ayat (1)"),
  },
  notWorthMigrating: {
    id: "Sistem informasi yang telah terbangun di atas platform non-open source hanya dimigrasi apabila secara teknis dan ekonomis lebih menguntungkan",
    en: "An information system built on a non-open-source platform is migrated only when that is technically and economically better",
    citation: pasal("Pasal 14 ayat (3)"),
  },
  licencePurchase: {
    id: "Pembelian lisensi harus disertai evaluasi teknis bahwa migrasi akan mengakibatkan risiko teknis dan biaya yang lebih besar daripada melegalkan sistem yang ada",
    en: "Buying licences needs a technical evaluation showing migration would cost more and risk more than legalising the system",
    citation: pasal("Pasal 17 ayat (2)"),
  },
  evaluation: {
    id: "Evaluasi teknis dilakukan oleh SKPD bersangkutan bersama TPP-SI",
    en: "The technical evaluation is done by the agency together with TPP-SI",
    citation: pasal("Pasal 17 ayat (3)"),
  },
  criticalOnly: {
    id: "Lisensi proprietary tidak boleh dibeli hanya untuk melegalkan perangkat lunak yang ada, kecuali aplikasi kritis yang tidak ada padanannya di open source, berdasarkan pertimbangan teknis TPP-SI",
    en: "Proprietary licences may not be bought just to legalise existing software, except critical applications with no open-source equivalent, on TPP-SI's technical advice",
    citation: pasal("Pasal 5 ayat (1) dan (2)"),
  },
} as const;
