import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { foldRun } from "../../src/domain/migration/engine.ts";
import { loadProcedureCatalog } from "../../src/domain/migration/procedures/index.ts";
import { troubleshootingLog } from "../../src/domain/migration/projections.ts";
import type { TestBot } from "../kit/bot-harness.ts";
import {
  as,
  backup,
  chats,
  chooseAndCheck,
  confirmInstallRules,
  createMigrationBot,
  people,
  recordForm1,
  runOf,
  setUpOrganisation,
  shown,
  walkTo,
  type Organisation,
} from "./migration-kit.ts";

/** Done-when 1: the SOP of Perbup Bangli 56/2011 (Lampiran angka 2 huruf c) through handleUpdate, path by path. */

let bot: TestBot;
let org: Organisation;
beforeEach(async () => {
  bot = await createMigrationBot({ clock: "2026-02-02T08:00:00" });
  org = await setUpOrganisation(bot);
});
afterEach(async () => {
  expect(bot.errors()).toEqual([]);
  await bot.close();
});

const catalog = loadProcedureCatalog();
const wayan = () => as(bot, people.wayan);
const dewi = () => as(bot, people.dewi);

describe("the happy path: langkah 1 to 15 (Lampiran angka 2 huruf c)", () => {
  it("walks one PC through every step, keeps every answer with who and when, and reports the time each step took", async () => {
    bot.setClock("2026-02-02T08:00:00");
    const checked = await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.017", ram: "4gb", disk: "1 TB" });
    expect(checked).toContain("✓ Software khusus / SI non-open source: Tidak");
    expect(checked).toContain("➜ PC memenuhi persyaratan teknis.");
    expect(checked).toContain("Langkah 4/15 · Catat spesifikasi PC (Form 1)");

    bot.setClock("2026-02-02T08:20:00");
    const form1 = await recordForm1(bot, people.wayan);
    expect(form1).toContain("Langkah 5/15 · Backup data oleh SKPD");

    bot.setClock("2026-02-02T09:00:00");
    const backedUp = await backup(bot, people.wayan);
    expect(backedUp).toContain("Langkah 6/15 · Live CD testing");
    expect(backedUp).toContain("Jalankan Linux Mint 22.1 Xfce dari Live CD/USB");

    bot.setClock("2026-02-02T09:30:00");
    const install = shown(await wayan().press("Tidak bermasalah"));
    expect(install).toContain("Langkah 7/15 · Format dan instal OS open source");
    expect(install).toContain("hanya partisi/drive C:\\ (partisi OS) yang diformat");
    // Langkah 7: the choice "installed / problem" comes only after both rules are confirmed.
    expect(bot.recorder.buttons(people.wayan.id).flat()).not.toContain("✅ Instalasi berhasil");
    await wayan().press("Ya, hanya partisi OS");
    expect(shown(await wayan().press("Ya, tanpa dual boot"))).toContain("Bagaimana hasilnya?");

    bot.setClock("2026-02-02T10:30:00");
    expect(shown(await wayan().press("Instalasi berhasil"))).toContain("Langkah 9/15 · Konfigurasi sistem");
    bot.setClock("2026-02-02T11:00:00");
    expect(shown(await wayan().press("Konfigurasi selesai"))).toContain("Langkah 11/15 · Restorasi data");
    bot.setClock("2026-02-02T11:45:00");
    const userTest = shown(await wayan().press("Data terpulihkan"));
    expect(userTest).toContain("Langkah 13/15 · User testing");
    expect(userTest).toContain("pengguna (Ni Luh Ayu)");
    await wayan().say("Ni Luh Ayu");
    bot.setClock("2026-02-02T13:00:00");
    const done = shown(await wayan().press("Pengguna puas"));
    expect(done).toContain("✅ Langkah 15 · Selesai. Migrasi PC ini selesai pada 02-02-2026 13:00.");
    expect(done).toContain("⏱ Waktu tiap langkah:");
    expect(done).toContain("1. Tentukan PC target migrasi — < 1 menit");
    expect(done).toContain("2. Pengecekan teknis — < 1 menit");
    expect(done).toContain("4. Catat spesifikasi PC (Form 1) — 20 menit");
    expect(done).toContain("5. Backup data oleh SKPD — 40 menit");
    expect(done).toContain("6. Live CD testing — 30 menit");
    expect(done).toContain("7. Format dan instal OS open source — 1 jam");
    expect(done).toContain("13. User testing — 1 jam 15 menit");
    expect(done).toContain("Total: 5 jam");

    const forms = shown(await wayan().press("Form 1 & Form 2"));
    expect(forms).toContain("📄 Form 1 Data Proses Migrasi");
    expect(forms).toContain("• Nomor inventaris: 02.06.02.01.017");
    expect(forms).toContain("• RAM: 4.096 MB (4 GB)");
    expect(forms).toContain("• Kapasitas hard disk: 1.000 GB");
    expect(forms).toContain("• Lisensi OS saat ini: Tidak berlisensi");
    expect(forms).toContain("• Alamat IP: 192.168.10.25");
    expect(forms).toContain("• Backup dipastikan oleh: Gusti Ayu Rai");
    expect(forms).toContain("• Hanya partisi OS diformat: Dipastikan");
    expect(forms).toContain("• Tanpa dual boot: Dipastikan");
    expect(forms).toContain("• Distro: Linux Mint 22.1 Xfce");
    expect(forms).toContain("🛠 Form 2 Troubleshooting\n(belum ada catatan)");

    const run = await runOf(bot, org.dinkesId, "02.06.02.01.017");
    expect(run.status).toBe("done");
    const loaded = (await bot.store.migration.runs.load(run.id, "Asia/Makassar"))!;
    const answers = loaded.events.filter((logged) => logged.event.type === "fieldAnswered" || logged.event.type === "answerChosen");
    expect(answers.length).toBeGreaterThan(25);
    expect(new Set(answers.map((logged) => logged.actor.name))).toEqual(new Set(["I Wayan Sudarsana"]));
    expect(loaded.events.map((logged) => logged.seq)).toEqual(loaded.events.map((_, index) => index));
  });

  it("reads typed values carefully and asks again when they are not numbers, names or addresses", async () => {
    await wayan().say("/migrasi");
    await wayan().press("Mulai PC baru");
    await wayan().say("02.06.02.01.018");
    await wayan().say("Ruang Tata Usaha");
    expect(shown(await wayan().say("12345"))).toContain("tidak tampak seperti nama orang");
    await wayan().say("Kadek Dwi");
    await wayan().say("Pentium Dual Core E5700");
    await wayan().press("Ya");
    expect(shown(await wayan().say("empat giga"))).toContain("Itu bukan angka");
    expect(shown(await wayan().say("4 kb"))).toContain("Satuan «kb» tidak dikenal");
    expect(shown(await wayan().say("2048"))).toContain("✓ RAM: 2.048 MB (2 GB)");
    expect(shown(await wayan().say("0,5 TB"))).toContain("✓ Kapasitas hard disk: 500 GB");
  });
});

describe("langkah 2-3: a PC that fails the check is dropped and another is chosen", () => {
  it("closes the PC as unsuitable with the requirement it failed, and starts another at langkah 1", async () => {
    const failed = await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.001", ram: "1 GB" });
    expect(failed).toContain("➜ PC tidak memenuhi hardware requirement Linux Mint 22.1 Xfce (prosesor 64-bit 2 GHz, RAM ≥ 2.048 MB, disk ≥ 20 GB).");
    expect(failed).toContain("⛔ Langkah 3 · Pilih PC target lainnya: Hasil pengecekan teknis tidak sesuai: PC ini tidak dimigrasi. Pilih PC target lainnya.");
    expect((await runOf(bot, org.dinkesId, "02.06.02.01.001")).status).toBe("unsuitable");

    expect(shown(await wayan().press("Pilih PC target lain"))).toContain("Langkah 1/15 · Tentukan PC target migrasi");
    await wayan().say("02.06.02.01.002");
    await wayan().say("Ruang Kepala");
    await wayan().say("dr. Made Sudana");
    await wayan().say("Intel Core i5-4570");
    await wayan().press("Ya");
    await wayan().say("8 GB");
    await wayan().say("256 GB");
    expect(shown(await wayan().press("Tidak"))).toContain("Langkah 4/15");
    expect((await runOf(bot, org.dinkesId, "02.06.02.01.002")).status).toBe("inProgress");
  });

  it("takes the SOP's own minimum when the processor is below a Pentium IV", async () => {
    const failed = await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.003", processorOk: false });
    expect(failed).toContain("➜ PC tidak memenuhi hardware requirement");
  });

  it("does not start a second migration of a PC already recorded", async () => {
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.004" });
    await wayan().say("/migrasi");
    await wayan().press("Mulai PC baru");
    expect(shown(await wayan().say("02.06.02.01.004"))).toContain("PC dengan nomor inventaris itu sudah tercatat (dalam proses)");
  });
});

describe("langkah 2 note: special software or a non-open-source system puts the migration on hold", () => {
  it("records the reason, lists the PC as pending, and resumes at the check when the obstacle is gone", async () => {
    const held = await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.020", specialSoftware: "SIMDA Keuangan (aplikasi keuangan daerah berbasis Windows)" });
    expect(held).toContain("➜ PC terpasang software khusus / sistem informasi non-open source: proses migrasinya di-pending.");
    expect(held).toContain("⏸ Migrasi PC ini di-pending sejak 02-02-2026 08:00");
    expect(held).toContain("Alasan: SIMDA Keuangan (aplikasi keuangan daerah berbasis Windows)");
    expect(held).toContain("/pengecualian");
    expect((await runOf(bot, org.dinkesId, "02.06.02.01.020")).status).toBe("onHold");

    bot.setClock("2026-03-10T09:00:00");
    const menu = shown(await wayan().say("/migrasi"));
    expect(menu).toContain("02.06.02.01.020 — ditunda (pending)");
    await wayan().press("02.06.02.01.020");
    const resumed = shown(await wayan().press("Lanjutkan langkah 2"));
    expect(resumed).toContain("Langkah 2/15 · Pengecekan teknis");
    // The earlier answers are offered again: a re-check is a few taps.
    expect(bot.recorder.buttons(people.wayan.id).flat()).toContain("= Tetap: Intel Core i3-3220 3,3 GHz");
    await wayan().press("Tetap: Intel");
    await wayan().press("Ya");
    await wayan().press("Tetap: 4.096 MB");
    await wayan().press("Tetap: 500 GB");
    expect(shown(await wayan().press("Tidak"))).toContain("Langkah 4/15");
    const run = await runOf(bot, org.dinkesId, "02.06.02.01.020");
    const loaded = (await bot.store.migration.runs.load(run.id, "Asia/Makassar"))!;
    expect(loaded.events.map((logged) => logged.event.type)).toContain("resumed");
  });
});

describe("langkah 6: a live-CD problem goes back to the check (poin 2)", () => {
  it("records the problem and asks the technical check again", async () => {
    await walkTo(bot, people.wayan, "02.06.02.01.030", "liveTest");
    expect(shown(await wayan().press("Ada masalah: kembali ke pengecekan"))).toContain("Uraikan masalah yang terlihat saat Live CD testing.");
    const back = shown(await wayan().say("Kartu grafis tidak dikenali, layar berkedip"));
    expect(back).toContain("✓ Masalah Live CD: Kartu grafis tidak dikenali, layar berkedip");
    expect(back).toContain("Langkah 2/15 · Pengecekan teknis");
  });

  it("skips langkah 6 when the agreed distribution offers no live CD", async () => {
    await as(bot, people.admin).say("/distro Debian 12 Xfce; prosesor 64-bit; ram 1 GB; disk 20 GB; livecd tidak");
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.031" });
    await recordForm1(bot, people.wayan);
    const next = await backup(bot, people.wayan);
    expect(next).toContain("⏭ Debian 12 Xfce tidak menyediakan Live CD: langkah 6 dilewati.");
    expect(next).toContain("Langkah 7/15");
  });
});

const PHASES = [
  { phase: "install", at: "install" as const, problem: "Instalasi", step: 8, next: "Langkah 9/15 · Konfigurasi sistem", resumeStep: 9 },
  { phase: "configure", at: "configure" as const, problem: "Konfigurasi", step: 10, next: "Langkah 11/15 · Restorasi data", resumeStep: 11 },
  { phase: "restore", at: "restore" as const, problem: "Restorasi data", step: 12, next: "Langkah 13/15 · User testing", resumeStep: 13 },
  { phase: "userTest", at: "userTest" as const, problem: "User testing", step: 14, next: "✅ Langkah 15 · Selesai", resumeStep: 15 },
];

/** Brings a PC to the trouble branch of a phase: the problem button of steps 7, 9, 11 or 13. */
async function reachProblem(assetTag: string, at: (typeof PHASES)[number]["at"]): Promise<void> {
  await walkTo(bot, people.wayan, assetTag, at);
  if (at === "install") await confirmInstallRules(bot, people.wayan);
  if (at === "userTest") await wayan().say("Ni Luh Ayu");
}

describe.each(PHASES)("langkah $step: troubleshooting the $phase (Form 2)", ({ at, problem, step, next }) => {
  it("logs the problem in Form 2 and continues when it is solved", async () => {
    const tag = `02.06.02.09.${step}`;
    await reachProblem(tag, at);
    const asked = shown(await wayan().press("Ada masalah"));
    expect(asked).toContain(`Langkah ${step}/15 · Troubleshooting`);
    await wayan().say("Driver printer Epson tidak tersedia");
    const decided = shown(await wayan().say("Memasang driver escpr dari repositori"));
    expect(decided).toContain("✓ Tindakan: Memasang driver escpr dari repositori");
    const solved = shown(await wayan().press("Teratasi, lanjut"));
    expect(solved).toContain(next);

    const run = await runOf(bot, org.dinkesId, tag);
    const loaded = (await bot.store.migration.runs.load(run.id, "Asia/Makassar"))!;
    const log = troubleshootingLog(catalog.defaultProcedure, foldRun(loaded.events)!);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ result: "solved", phase: { id: problem }, by: { name: "I Wayan Sudarsana" } });
    expect(log[0]!.lines.map((line) => line.value)).toEqual(["Driver printer Epson tidak tersedia", "Memasang driver escpr dari repositori"]);
  });

  it("escalates to TPP-SI, which is told in its group with Form 1 and Form 2, takes it over and finishes it", async () => {
    const tag = `02.06.02.08.${step}`;
    await reachProblem(tag, at);
    await wayan().press("Ada masalah");
    await wayan().say("Kernel panic setelah pembaruan");
    await wayan().say("Sudah mencoba boot ulang dan mode recovery");
    bot.setClock("2026-02-02T14:00:00");
    const escalated = shown(await wayan().press("Tidak teratasi: teruskan ke TPP-SI"));
    expect(escalated).toContain("🆘 Diteruskan ke TPP-SI dari langkah");
    expect(escalated).toContain("📨 TPP-SI sudah diberi tahu, lengkap dengan Form 1 dan Form 2 PC ini.");

    const notice = bot.recorder.textsTo(chats.supportGroup.id).at(-1)!;
    expect(notice).toContain("🆘 Eskalasi ke TPP-SI — SKPD Dinas Kesehatan");
    expect(notice).toContain(`🖥 PC ${tag} — Ruang Keuangan, pengguna Ni Luh Ayu`);
    expect(notice).toContain(`Dari langkah ${step} · Troubleshooting`);
    expect(notice).toContain("diteruskan oleh I Wayan Sudarsana pada 02-02-2026 14:00");
    expect(notice).toContain("📄 Form 1 Data Proses Migrasi");
    expect(notice).toContain("• Prosesor: Intel Core i3-3220 3,3 GHz");
    expect(notice).toContain("🛠 Form 2 Troubleshooting");
    expect(notice).toContain(`1. ${problem} (langkah ${step}, 02-02-2026 14:00, I Wayan Sudarsana) — Permasalahan: Kernel panic setelah pembaruan; Tindakan: Sudah mencoba boot ulang dan mode recovery. Hasil: diteruskan ke TPP-SI.`);
    expect((await runOf(bot, org.dinkesId, tag)).status).toBe("escalated");

    // Someone outside TPP-SI in the group cannot take it.
    const refused = shown(await as(bot, people.komang).pressIn(chats.supportGroup, "Ambil alih"));
    expect(refused).toContain("Hanya anggota TPP-SI");

    bot.setClock("2026-02-02T15:00:00");
    const taken = shown(await dewi().pressIn(chats.supportGroup, "Ambil alih"));
    expect(taken).toContain("🔧 Ditangani Dewi Lestari sejak 02-02-2026 15:00.");
    expect(bot.recorder.textsTo(people.wayan.id).at(-1)).toContain("🔧 Dewi Lestari (TPP-SI) mengambil alih permasalahan PC ini.");

    const ask = shown(await dewi().pressIn(chats.supportGroup, "Selesaikan migrasi"));
    expect(ask).toContain("Tulis catatan penyelesaian");
    bot.setClock("2026-02-03T10:00:00");
    const finished = shown(await dewi().sayIn(chats.supportGroup, "Kernel diganti ke versi LTS, konfigurasi, restorasi dan uji pengguna diselesaikan TPP-SI"));
    expect(finished).toContain("✅ Diselesaikan oleh Dewi Lestari (TPP-SI) pada 03-02-2026 10:00");

    const told = bot.recorder.textsTo(people.wayan.id).at(-1)!;
    expect(told).toContain("✅ TPP-SI (Dewi Lestari) menyelesaikan migrasi PC ini.");
    expect(told).toContain("Migrasi PC ini selesai (diselesaikan oleh TPP-SI) pada 03-02-2026 10:00");
    expect(told).toContain("Di TPP-SI — 20 jam");
    expect((await runOf(bot, org.dinkesId, tag)).status).toBe("done");
  });
});

describe("TPP-SI hands a PC back to the technicians", () => {
  it("sends it back to the step after the troubleshooting, with the note, and the technician carries on", async () => {
    await reachProblem("02.06.02.07.10", "configure");
    await wayan().press("Ada masalah");
    await wayan().say("Printer jaringan tidak terdeteksi");
    await wayan().say("Sudah menambah printer lewat system-config-printer");
    await wayan().press("Tidak teratasi");
    await dewi().pressIn(chats.supportGroup, "Ambil alih");
    await dewi().pressIn(chats.supportGroup, "Kembalikan ke teknisi");
    expect(shown(await dewi().sayIn(chats.supportGroup, "ok"))).toContain("Tulis catatan singkat");
    const handed = shown(await dewi().sayIn(chats.supportGroup, "Driver foo2zjs dipasang, printer sudah tercetak"));
    expect(handed).toContain("↩ Dikembalikan ke teknisi oleh Dewi Lestari");

    const told = bot.recorder.textsTo(people.wayan.id).at(-1)!;
    expect(told).toContain("↩ TPP-SI (Dewi Lestari) mengembalikan PC ini kepada teknisi. Catatan: Driver foo2zjs dipasang, printer sudah tercetak");
    expect(told).toContain("Langkah 11/15 · Restorasi data");
    expect(shown(await wayan().press("Data terpulihkan"))).toContain("Langkah 13/15 · User testing");
    // The technician's typing goes to this PC again.
    expect(shown(await wayan().say("Ni Luh Ayu"))).toContain("✓ Diuji oleh: Ni Luh Ayu");

    const list = shown(await dewi().say("/eskalasi"));
    expect(list).toContain("Tidak ada PC yang sedang diteruskan ke TPP-SI.");
  });

  it("refuses a second take-over and stale buttons", async () => {
    await reachProblem("02.06.02.07.11", "restore");
    await wayan().press("Ada masalah");
    await wayan().say("File arsip .pst tidak terbaca");
    await wayan().say("Mencoba readpst");
    await wayan().press("Tidak teratasi");
    const notice = bot.api.latestWithButtons(chats.supportGroup.id)!;
    await dewi().pressIn(chats.supportGroup, "Ambil alih");
    const again = await bot.send(bot.updates.callbackQuery({ from: people.gede, message: notice.message, data: (notice.message.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data }));
    expect(shown(again)).toContain("Status eskalasi ini sudah berubah.");
    // The message Gede pressed already shows who holds it (it was edited in place when Dewi took it).
    expect(bot.recorder.textsTo(chats.supportGroup.id).at(-1)).toContain("🔧 Ditangani Dewi Lestari");
    const events = await bot.store.migration.runs.load((await runOf(bot, org.dinkesId, "02.06.02.07.11")).id, "Asia/Makassar");
    expect(events!.events.filter((logged) => logged.event.type === "takenOver").map((logged) => logged.actor.name)).toEqual(["Dewi Lestari"]);
  });
});
