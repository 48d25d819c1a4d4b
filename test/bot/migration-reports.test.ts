import { parse } from "csv-parse/sync";
import { PDFDocument } from "pdf-lib";
import type { User } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import type { TestBot } from "../kit/bot-harness.ts";
import { flat, pdfText } from "../kit/pdf-text.ts";
import { as, chats, chooseAndCheck, createMigrationBot, people, setUpOrganisation, shown, walkTo } from "./migration-kit.ts";

/**
 * Done-when 3 (Pasal 16): a scripted first half of 2026 in two agencies; the agency report and the IT office's recap
 * hold the right counts, read back from the CSV and the PDF the bot sends.
 */

let bot: TestBot;
beforeAll(async () => {
  bot = await createMigrationBot({ clock: "2026-01-05T08:00:00" });
  await setUpOrganisation(bot);
  await scriptHalfYear();
}, 120_000);
afterAll(async () => {
  expect(bot.errors()).toEqual([]);
  await bot.close();
});

const at = (iso: string) => bot.setClock(iso);
const tech = (user: User) => as(bot, user);

async function finish(user: User): Promise<void> {
  await tech(user).say("Pengguna Uji");
  await tech(user).press("Pengguna puas");
}

async function escalateFrom(user: User, problem: string): Promise<void> {
  await tech(user).press("Ada masalah");
  await tech(user).say(problem);
  await tech(user).say("Sudah dicoba beberapa cara");
  await tech(user).press("Tidak teratasi");
}

async function supportNote(user: User, button: string, note: string): Promise<void> {
  await tech(user).pressIn(chats.supportGroup, button);
  await tech(user).sayIn(chats.supportGroup, note);
}

/** The story of January–June 2026 (and the first days of July). */
async function scriptHalfYear(): Promise<void> {
  // Dinas Kesehatan.
  at("2026-02-10T08:00:00");
  await walkTo(bot, people.wayan, "DK-01", "userTest");
  await finish(people.wayan); // migrated in S1

  at("2026-03-01T09:00:00");
  await chooseAndCheck(bot, people.wayan, { assetTag: "DK-02", specialSoftware: "SIMDA Keuangan" }); // on hold

  at("2026-03-02T09:00:00");
  await tech(people.wayan).say("/pengecualian");
  await tech(people.wayan).press("Ajukan pengecualian");
  await tech(people.wayan).say("SIMDA Keuangan");
  await tech(people.wayan).say("Penatausahaan keuangan daerah di PC DK-02");
  await tech(people.wayan).press("Pasal 17 ayat (1)");
  await tech(people.wayan).say("2009");
  await tech(people.wayan).press("Sudah berlisensi sah");
  await tech(people.wayan).say("DK-02");
  await tech(people.wayan).say("Aplikasi dari BPKP hanya berjalan di Windows; migrasi butuh pengembangan ulang yang mahal.");
  at("2026-03-05T10:00:00");
  await tech(people.dewi).pressIn(chats.supportGroup, "Setujui");
  await tech(people.dewi).sayIn(chats.supportGroup, "Tidak ada padanan open source; legalitas terpenuhi, tetap dipakai.");

  at("2026-04-01T08:00:00");
  await chooseAndCheck(bot, people.wayan, { assetTag: "DK-03" }); // in progress
  await tech(people.wayan).press("Jeda");

  at("2026-05-04T08:00:00");
  await walkTo(bot, people.wayan, "DK-04", "restore");
  await escalateFrom(people.wayan, "Data Thunderbird tidak terbaca");
  at("2026-05-05T08:00:00");
  await tech(people.gede).pressIn(chats.supportGroup, "Ambil alih");
  await supportNote(people.gede, "Selesaikan migrasi", "Profil e-mail dikonversi, restorasi dan uji pengguna selesai"); // finished by TPP-SI

  at("2026-05-10T08:00:00");
  await chooseAndCheck(bot, people.wayan, { assetTag: "DK-05", ram: "1 GB" }); // unsuitable

  at("2026-06-20T08:00:00");
  await walkTo(bot, people.wayan, "DK-06", "install");
  await tech(people.wayan).press("Ya, hanya partisi OS");
  await tech(people.wayan).press("Ya, tanpa dual boot");
  await escalateFrom(people.wayan, "Installer berhenti di partisi");
  at("2026-06-21T08:00:00");
  await tech(people.dewi).pressIn(chats.supportGroup, "Ambil alih");
  await supportNote(people.dewi, "Kembalikan ke teknisi", "Tabel partisi diperbaiki, OS terpasang; lanjutkan konfigurasi"); // handed back, in progress

  // Dinas Pendidikan.
  at("2026-06-10T08:00:00");
  await tech(people.ketut).say("/pengecualian");
  await tech(people.ketut).press("Ajukan pengecualian");
  await tech(people.ketut).say("Dapodik");
  await tech(people.ketut).say("Data pokok pendidikan di PC operator");
  await tech(people.ketut).press("Pasal 14 ayat (3)");
  await tech(people.ketut).press("Perlu pengadaan lisensi");
  await tech(people.ketut).press("Lewati");
  await tech(people.ketut).say("Aplikasi Dapodik resmi dari kementerian hanya tersedia untuk Windows.");

  at("2026-06-25T08:00:00");
  await walkTo(bot, people.ketut, "DD-01", "restore"); // in progress at the end of June

  at("2026-06-29T08:00:00");
  await walkTo(bot, people.wayan, "DK-07", "configure");
  await escalateFrom(people.wayan, "Jaringan tidak terhubung"); // still waiting at the end of June

  // July: what happens after the half-year must not change its report.
  at("2026-07-02T08:00:00");
  await tech(people.ketut).say("/migrasi");
  await tech(people.ketut).press("DD-01");
  await tech(people.ketut).press("Data terpulihkan");
  await finish(people.ketut);
  await tech(people.dewi).pressIn(chats.supportGroup, "Ambil alih");
  await supportNote(people.dewi, "Selesaikan migrasi", "Kartu jaringan diganti; migrasi diselesaikan TPP-SI");
  at("2026-07-05T08:00:00");
  await tech(people.gede).say("/pengecualian");
  await tech(people.gede).press("Tolak");
  await tech(people.gede).say("Dapodik tersedia versi web; migrasi lebih menguntungkan.");
}

function documents(events: readonly OutgoingEvent[], chatId: number): { name: string; content: Buffer }[] {
  return events
    .filter((event) => event.kind === "document" && event.chatId === chatId)
    .map((event) => ({ name: event.fileName!, content: bot.api.documentContent(event.chatId!, event.messageId!)! }));
}

function csvRows(content: Buffer): Record<string, string>[] {
  return parse(content, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

const S1_DINKES = {
  pc_selesai_periode_ini: "2",
  pc_selesai_kumulatif: "2",
  pc_dalam_proses: "2",
  pc_ditunda: "1",
  pc_ditangani_tppsi: "1",
  pc_tidak_memenuhi_syarat: "1",
  eskalasi_periode_ini: "3",
  eskalasi_dikembalikan_ke_teknisi: "1",
  eskalasi_diselesaikan_tppsi: "1",
  eskalasi_belum_selesai: "1",
  pengecualian_diajukan: "0",
  pengecualian_disetujui: "1",
  pengecualian_ditolak: "0",
};
const S1_DISDIK = {
  pc_selesai_periode_ini: "0",
  pc_selesai_kumulatif: "0",
  pc_dalam_proses: "1",
  pc_ditunda: "0",
  pc_ditangani_tppsi: "0",
  pc_tidak_memenuhi_syarat: "0",
  eskalasi_periode_ini: "0",
  eskalasi_dikembalikan_ke_teknisi: "0",
  eskalasi_diselesaikan_tppsi: "0",
  eskalasi_belum_selesai: "0",
  pengecualian_diajukan: "1",
  pengecualian_disetujui: "0",
  pengecualian_ditolak: "0",
};

describe("Pasal 16 ayat (1): the agency's 6-monthly report", () => {
  it("reminds the heads when the half-year ends", async () => {
    at("2026-07-01T08:00:00");
    const before = bot.api.events.length;
    expect(await bot.app.jobs.runDue()).toBe(1);
    const reminders = bot.api.events.slice(before).filter((event) => event.kind === "message");
    expect(reminders.map((event) => event.chatId).sort()).toEqual([people.made.id, people.nyoman.id].sort());
    expect(reminders[0]!.text).toContain("Semester I (Januari–Juni) 2026 telah berakhir");
    expect(reminders[0]!.text).toContain("Pasal 16 ayat (1) Perbup Bangli 56/2011");
    expect(reminders[0]!.text).toContain("/laporan 2026-1");
  });

  it("holds the counts of the half-year as it stood on 30 June, in the CSV, the PDF and the chat summary", async () => {
    at("2026-07-06T09:00:00");
    const events = await tech(people.made).say("/laporan 2026-1");
    const docs = documents(events, people.made.id);
    expect(docs.map((doc) => doc.name)).toEqual(["laporan-migrasi-oss-dinaskesehatan-2026-S1.pdf", "laporan-migrasi-oss-dinaskesehatan-2026-S1.csv"]);
    const rows = csvRows(docs[1]!.content);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ periode: "2026-S1", per_tanggal: "2026-06-30", skpd: "Dinas Kesehatan", ...S1_DINKES });
    expect(rows[1]).toMatchObject({ skpd: "TOTAL", ...S1_DINKES });

    const summary = shown(events);
    expect(summary).toContain("📊 Laporan migrasi OSS SKPD Dinas Kesehatan — Semester I (Januari–Juni) 2026, per 30-06-2026");
    expect(summary).toContain("• Selesai dimigrasi: 2 pada periode ini (kumulatif 2)");
    expect(summary).toContain("• Dalam proses: 2 · Ditunda: 1 · Di TPP-SI: 1");
    expect(summary).toContain("• Eskalasi ke TPP-SI: 3 (1 dikembalikan, 1 diselesaikan TPP-SI, 1 belum selesai)");
    expect(summary).toContain("• Pengecualian: 1 disetujui, 0 ditolak, 0 menunggu evaluasi");

    const pdf = docs[0]!.content;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toContain("SKPD Dinas Kesehatan — 2026-S1");
    const text = pdfText(pdf);
    expect(flat(text)).toContain("LAPORAN PERKEMBANGAN MIGRASI OPEN SOURCE SOFTWARE (OSS)");
    expect(text).toContain("Periode: Semester I (Januari–Juni) 2026 — keadaan per 30-06-2026 23:59");
    expect(flat(text)).toContain("Dasar: Pasal 16 ayat (1) Perbup Bangli 56/2011; format laporan ditentukan DishubKominfo");
    const count = (label: string) => {
      const lines = text.split("\n");
      return lines[lines.indexOf(label) + 1];
    };
    expect(count("PC selesai dimigrasi pada periode ini")).toBe("2");
    expect(count("PC ditunda (pending)")).toBe("1");
    expect(count("Eskalasi ke TPP-SI pada periode ini")).toBe("3");
    expect(flat(text)).toContain("DK-02 (Ruang Keuangan, Ni Luh Ayu) sejak 01-03-2026: SIMDA Keuangan");
    expect(flat(text)).toContain("diselesaikan TPP-SI: Profil e-mail dikonversi, restorasi dan uji pengguna selesai");
    expect(flat(text)).toContain("dikembalikan ke teknisi: Tabel partisi diperbaiki, OS terpasang; lanjutkan konfigurasi");
    expect(flat(text)).toContain("DK-07, langkah 10 Troubleshooting konfigurasi, 29-06-2026 — menunggu diambil alih");
    expect(flat(text)).toContain("SIMDA Keuangan — dasar Pasal 17 ayat (1) Perbup Bangli 56/2011; disetujui.");
    // The CSV travels inside the PDF too.
    expect(loaded.catalog.toString()).toContain("EmbeddedFiles");
  });

  it("is sent on to DishubKominfo by the head, and only by the head", async () => {
    const refused = shown(await tech(people.wayan).say("/laporan 2026-1"));
    expect(refused).toContain("Laporan 6 bulanan SKPD dibuat dan dikirim oleh kepala SKPD");
    expect(refused).toContain("Pasal 16 ayat (1) jo. Pasal 6 Perbup Bangli 56/2011");

    const sent = await tech(people.made).press("Kirim ke Bupati melalui DishubKominfo");
    expect(shown(sent)).toContain("✅ Laporan Semester I (Januari–Juni) 2026 SKPD Dinas Kesehatan tercatat diterima DishubKominfo dan dikirim ke 1 admin DishubKominfo");
    const toAdmin = documents(sent, people.admin.id);
    expect(toAdmin.map((doc) => doc.name)).toEqual(["laporan-migrasi-oss-dinaskesehatan-2026-S1.pdf", "laporan-migrasi-oss-dinaskesehatan-2026-S1.csv"]);
    expect(csvRows(toAdmin[1]!.content)[0]).toMatchObject(S1_DINKES);
  });

  it("reminds again, two weeks on, only the heads who have not sent it", async () => {
    at("2026-07-15T08:00:00");
    const before = bot.api.events.length;
    expect(await bot.app.jobs.runDue()).toBe(1);
    const reminders = bot.api.events.slice(before).filter((event) => event.kind === "message");
    expect(reminders.map((event) => event.chatId)).toEqual([people.nyoman.id]);
    expect(reminders[0]!.text).toContain("Laporan migrasi OSS SKPD Dinas Pendidikan untuk Semester I (Januari–Juni) 2026 belum diterima DishubKominfo");
  });
});

describe("Pasal 16 ayat (3) and (4): DishubKominfo's recap, sent to the Bupati", () => {
  it("holds every agency's counts and the total, and which agencies reported", async () => {
    at("2026-07-16T09:00:00");
    expect(shown(await tech(people.made).say("/rekap 2026-1"))).toContain("Hanya admin DishubKominfo");
    const events = await tech(people.admin).say("/rekap 2026-1");
    const docs = documents(events, people.admin.id);
    expect(docs.map((doc) => doc.name)).toEqual(["rekap-migrasi-oss-2026-S1.pdf", "rekap-migrasi-oss-2026-S1.csv"]);
    const rows = csvRows(docs[1]!.content);
    expect(rows.map((row) => row.skpd)).toEqual(["Dinas Kesehatan", "Dinas Pendidikan", "TOTAL"]);
    expect(rows[0]).toMatchObject({ ...S1_DINKES, laporan_skpd_diterima: "2026-07-06" });
    expect(rows[1]).toMatchObject({ ...S1_DISDIK, laporan_skpd_diterima: "belum" });
    expect(rows[2]).toMatchObject({
      pc_selesai_periode_ini: "2",
      pc_selesai_kumulatif: "2",
      pc_dalam_proses: "3",
      pc_ditunda: "1",
      pc_ditangani_tppsi: "1",
      pc_tidak_memenuhi_syarat: "1",
      eskalasi_periode_ini: "3",
      eskalasi_dikembalikan_ke_teknisi: "1",
      eskalasi_diselesaikan_tppsi: "1",
      eskalasi_belum_selesai: "1",
      pengecualian_diajukan: "1",
      pengecualian_disetujui: "1",
      pengecualian_ditolak: "0",
      laporan_skpd_diterima: "1/2",
    });
    const summary = shown(events);
    expect(summary).toContain("📊 Rekapitulasi migrasi OSS seluruh SKPD (2) — Semester I (Januari–Juni) 2026, per 30-06-2026");
    expect(summary).toContain("• Laporan SKPD diterima: 1 dari 2");
    const text = pdfText(docs[0]!.content);
    expect(flat(text)).toContain("REKAPITULASI LAPORAN PERKEMBANGAN MIGRASI OPEN SOURCE SOFTWARE (OSS)");
    expect(text).toContain("SKPD Dinas Pendidikan");
    expect(flat(text)).toContain("Dapodik — dasar Pasal 14 ayat (3) Perbup Bangli 56/2011; menunggu evaluasi TPP-SI.");

    const sent = await tech(people.admin).press("Kirim ke Bupati");
    expect(shown(sent)).toContain("✅ Rekapitulasi Semester I (Januari–Juni) 2026 dikirim ke «Bagian Umum Setda Bangli» (Pasal 16 ayat (4) Perbup Bangli 56/2011).");
    expect(documents(sent, chats.bupatiOffice.id).map((doc) => doc.name)).toEqual(["rekap-migrasi-oss-2026-S1.pdf", "rekap-migrasi-oss-2026-S1.csv"]);
    expect(bot.recorder.textsTo(chats.bupatiOffice.id).at(-1)).toContain("Disampaikan oleh Putu Arsana, DishubKominfo.");
  });

  it("counts the running half-year provisionally, with what happened in July", async () => {
    at("2026-07-16T09:00:00");
    const events = await tech(people.admin).say("/rekap 2026-2");
    const rows = csvRows(documents(events, people.admin.id)[1]!.content);
    expect(rows[0]).toMatchObject({ skpd: "Dinas Kesehatan", per_tanggal: "2026-07-16", pc_selesai_periode_ini: "1", pc_selesai_kumulatif: "3", pc_ditangani_tppsi: "0" });
    expect(rows[1]).toMatchObject({ skpd: "Dinas Pendidikan", pc_selesai_periode_ini: "1", pengecualian_ditolak: "1", pengecualian_diajukan: "0" });
    expect(shown(events)).toContain("SEMENTARA, periode belum berakhir");
    // A half-year still running is not sent to the Bupati.
    expect(events.flatMap((event) => event.buttons.flat())).toEqual([]);
  });

  it("refuses half-years that have not begun or predate the regulation", async () => {
    expect(shown(await tech(people.admin).say("/rekap 2027-1"))).toContain("Periode itu belum dimulai.");
    expect(shown(await tech(people.admin).say("/rekap 2010-2"))).toContain("sebelum Perbup Bangli 56/2011 berlaku");
    expect(shown(await tech(people.admin).say("/rekap semester tiga"))).toContain("Periode tidak dikenali");
  });
});
