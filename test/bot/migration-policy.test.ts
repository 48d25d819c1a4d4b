import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestBot } from "../kit/bot-harness.ts";
import { as, chats, createMigrationBot, people, setUpOrganisation, shown } from "./migration-kit.ts";

/** Exceptions (Pasal 14 ayat (3), Pasal 17) and data formats (Pasal 8). */

let bot: TestBot;
beforeAll(async () => {
  bot = await createMigrationBot({ clock: "2026-03-02T09:00:00" });
  await setUpOrganisation(bot);
});
afterAll(async () => {
  expect(bot.errors()).toEqual([]);
  await bot.close();
});

const wayan = () => as(bot, people.wayan);
const dewi = () => as(bot, people.dewi);

describe("Pasal 17 and Pasal 14 ayat (3): exceptions with their technical evaluation", () => {
  it("records the agency's proposal and TPP-SI's evaluation, and tells the agency", async () => {
    const menu = shown(await wayan().say("/pengecualian"));
    expect(menu).toContain("Pasal 17 ayat (1) Perbup Bangli 56/2011");
    expect(menu).toContain("Pengecualian SKPD Dinas Kesehatan (0):");
    expect(shown(await wayan().press("Ajukan pengecualian"))).toContain("Usulan pengecualian — isian 1/7");
    await wayan().say("SIMPEG BKN");
    await wayan().say("Kepegawaian, di 2 PC bagian umum");
    expect(shown(await wayan().press("Pasal 17 ayat (1)"))).toContain("Sejak tahun berapa sistem itu berjalan?");
    // Pasal 17 ayat (1) covers systems that existed when the regulation was issued (6 December 2011).
    const late = shown(await wayan().say("2015"));
    expect(late).toContain("Sistem yang mulai berjalan tahun 2015 belum ada saat Perbup diterbitkan (6 Desember 2011), jadi tidak termasuk Pasal 17 ayat (1)");
    expect(late).toContain("Dasar pengecualiannya?");
    await wayan().press("Pasal 14 ayat (3)");
    await wayan().press("Perlu pengadaan lisensi");
    await wayan().say("02.06.02.01.050, 02.06.02.01.051");
    expect(shown(await wayan().say("terlalu pendek"))).toContain("Terlalu singkat: tulis minimal 20 karakter.");
    const proposed = shown(await wayan().say("Migrasi SIMPEG butuh pengembangan ulang; biaya lisensi lebih kecil dan risiko teknis rendah."));
    expect(proposed).toContain("📝 Pengecualian #1 — SKPD Dinas Kesehatan");
    expect(proposed).toContain("Dasar: Pasal 14 ayat (3) Perbup Bangli 56/2011");
    expect(proposed).toContain("perlu pengadaan lisensi — Pembelian lisensi harus disertai evaluasi teknis");
    expect(proposed).toContain("Status: ⏳ menunggu evaluasi TPP-SI");
    expect(proposed).toContain("📨 Diteruskan ke TPP-SI untuk evaluasi teknis bersama (Pasal 17 ayat (3)).");
    expect(bot.recorder.textsTo(chats.supportGroup.id).at(-1)).toContain("📝 Pengecualian #1 — SKPD Dinas Kesehatan");

    // Only TPP-SI decides.
    expect(shown(await as(bot, people.made).sayIn(chats.supportGroup, "/pengecualian"))).toContain("Pengecualian SKPD Dinas Kesehatan (1)");
    const refused = await bot.send(bot.updates.callbackQuery({ from: people.made, data: "ma:1" }));
    expect(shown(refused)).toContain("Hanya anggota TPP-SI");

    bot.setClock("2026-03-09T10:00:00");
    expect(shown(await dewi().pressIn(chats.supportGroup, "Setujui"))).toContain("Tulis evaluasi teknis TPP-SI");
    expect(shown(await dewi().sayIn(chats.supportGroup, "ok"))).toContain("Tulis evaluasinya minimal 10 karakter (Pasal 17 ayat (3)");
    const approved = shown(await dewi().sayIn(chats.supportGroup, "Belum ada padanan open source yang terintegrasi dengan BKN; lisensi diadakan."));
    expect(approved).toContain("Status: ✅ disetujui oleh Dewi Lestari (TPP-SI), 09-03-2026. Evaluasi: Belum ada padanan open source");
    expect(bot.recorder.textsTo(people.made.id).at(-1)).toContain("✅ disetujui oleh Dewi Lestari");
    expect(bot.recorder.textsTo(people.wayan.id).at(-1)).toContain("✅ disetujui oleh Dewi Lestari");

    const stored = await bot.store.migration.exceptions.list({}, "Asia/Makassar");
    expect(stored).toMatchObject([
      { systemName: "SIMPEG BKN", basis: "notWorthMigrating", licence: "needsLicence", status: "approved", decidedByName: "Dewi Lestari", proposedByName: "I Wayan Sudarsana" },
    ]);
    // A decision stands.
    expect(shown(await bot.send(bot.updates.callbackQuery({ from: people.gede, data: "mj:1" })))).toContain("Usulan ini sudah diputuskan.");
  });
});

describe("Pasal 8: the format agency data is kept in", () => {
  it.each([
    ["SK Bupati hasil scan", "PDF (Portable Document Format)", "Pasal 8 ayat (2)"],
    ["arsip surat keluar 2024", "PDF (Portable Document Format)", "Pasal 8 ayat (2)"],
    ["draf RKA 2027", "ODF — .ods (OpenDocument Spreadsheet)", "Pasal 8 ayat (3)"],
    ["konsep surat edaran", "ODF — .odt (OpenDocument Text)", "Pasal 8 ayat (3)"],
    ["bahan presentasi rapat", "ODF — .odp (OpenDocument Presentation)", "Pasal 8 ayat (3)"],
    ["foto kegiatan posyandu", "format bawaannya (native)", "Pasal 8 ayat (4)"],
    ["database SIMPUS", "format bawaannya (native)", "Pasal 8 ayat (4)"],
  ])("«%s» → %s", async (description, format, article) => {
    const answer = shown(await as(bot, people.stranger).say(`/format ${description}`));
    expect(answer).toContain(`📁 «${description}» → simpan dalam format ${format}.`);
    expect(answer).toContain(article);
  });

  it("asks with buttons when the words do not say", async () => {
    expect(shown(await as(bot, people.stranger).say("/format data kami"))).toContain("Saya belum dapat menggolongkan «data kami»");
    expect(shown(await as(bot, people.stranger).press("Sering berubah"))).toContain("Dokumen jenis apa?");
    const answer = shown(await as(bot, people.stranger).press("Tabel/lembar kerja"));
    expect(answer).toContain("ODF — .ods (OpenDocument Spreadsheet)");
    expect(answer).toContain("data dinamis: isinya sering berubah (Pasal 8 ayat (3) Perbup Bangli 56/2011; Pasal 1 angka 15 Perbup Bangli 56/2011)");
    expect(answer).toContain("dibaca sebagai ayat (2) dan (3)");
  });
});
