import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { groups, users } from "../kit/users.ts";


let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot({ clock: "2023-07-10T10:00:00", timeZone: "Asia/Jakarta", adminIds: [users.dewi.id] });
});
afterAll(() => bot.close());

const textOf = (events: readonly OutgoingEvent[]) =>
  events.filter((event) => event.kind === "message" || event.kind === "edit").map((event) => event.text ?? "").join("\n---\n");
const buttonsOf = (events: readonly OutgoingEvent[]) => events.flatMap((event) => event.buttons.flat());

async function realisationCount(): Promise<number> {
  const plan = await bot.store.workplan.loadPlan();
  return (await bot.store.workplan.realisations(plan!.meta.id!)).length;
}

describe("the RKT overview (/rkt)", () => {
  it("gives the total budget from the RKT table and each programme's total, with a button per programme", async () => {
    const events = await bot.sendText("/rkt");
    const reply = textOf(events);
    expect(reply).toContain("Rencana Kerja Tahunan (RKT) KPU Kabupaten Ogan Komering Ulu Tahun 2023");
    expect(reply).toContain("Total anggaran: Rp30.577.023.000");
    expect(reply).toContain("(tiga puluh miliar lima ratus tujuh puluh tujuh juta dua puluh tiga ribu rupiah)");
    expect(reply).toContain("1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi — Rp28.220.030.000 (8 indikator, 92,29%)");
    expect(reply).toContain("2. Program Dukungan Manajemen — Rp2.356.993.000 (4 indikator, 7,71%)");
    expect(reply).toContain("Sumber: tabel RKT 2023 (tabel utama)");
    expect(reply).toContain("tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B) berjumlah Rp30.295.776.000 karena tidak memuat indikator no. 12 (Rp281.247.000)");
    expect(buttonsOf(events)).toEqual(["Penyelenggaraan Pemilu", "Dukungan Manajemen", "Anggaran terbesar", "Visi, misi, sasaran", "Realisasi"]);
  });

  it("a programme's button shows its total and its indicators with target and budget, edited in place", async () => {
    await bot.sendText("/rkt");
    const events = await bot.press("Dukungan Manajemen");
    expect(events.some((event) => event.kind === "edit")).toBe(true);
    const reply = textOf(events);
    expect(reply).toContain("Program Dukungan Manajemen\nTotal anggaran: Rp2.356.993.000 (7,71% dari RKT)");
    expect(reply).toContain("9. Persentase Pemutakhiran Data Pemilih Tepat Waktu — target 100% — Rp7.540.000");
    expect(reply).toContain("11. Jumlah laporan barang milik negara berdasarkan SIMAK BMN yang datanya sesuai dengan SAK — target 5 laporan — Rp62.851.000");
    expect(reply).toContain("12. Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja pegawai — target 100% — Rp281.247.000");
    expect(reply).toContain("Sumber: tabel RKT 2023 no. 9–12; program menurut tabel Program dan Rencana Kerja Kegiatan APBN 2023.");
  });

  it("answers «total per program» in plain Indonesian", async () => {
    const reply = textOf(await bot.sendText("berapa total anggaran per program?"));
    expect(reply).toContain("Rp28.220.030.000");
    expect(reply).toContain("Rp2.356.993.000");
    expect(reply).toContain("Total: Rp30.577.023.000");
  });
});

describe("an indicator's figures, with the table they come from", () => {
  it("«anggaran pembentukan badan adhoc»: Rp13.457.295.000 from the RKT table, row 5, and how table B words it", async () => {
    const reply = textOf(await bot.sendText("anggaran pembentukan badan adhoc"));
    expect(reply).toContain("Indikator 5 tabel RKT 2023: Jumlah badan adhoc yang dipersiapkan dan dibentuk");
    expect(reply).toMatch(/Anggaran: Rp13\.457\.295\.000 \(tiga belas miliar empat ratus lima puluh tujuh juta dua ratus sembilan puluh lima ribu rupiah\)\nTarget: 13 kecamatan/);
    expect(reply).toContain("Sumber: tabel RKT 2023 no. 5 — RKT KPU Kabupaten Ogan Komering Ulu 2023.");
    expect(reply).toContain("tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B) no. 6 memakai baris anggaran yang sama");
  });

  it("«target partisipasi pemilih»: 82%, saying the RKT table prints «1 lembaga» and naming the tables read", async () => {
    const reply = textOf(await bot.sendText("target partisipasi pemilih"));
    expect(reply).toMatch(/Target: 82%\nAnggaran: Rp32\.588\.000/);
    expect(reply).toContain("Sumber: tabel RKT 2023 no. 4");
    expect(reply).toContain("tabel RKT 2023 no. 4 mencetak target «1 lembaga»");
    expect(reply).toContain("dibaca 82% sesuai tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B) no. 4");
    expect(reply).toContain("tabel Program Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi (BAB II huruf C angka 1) no. 7");
    expect(reply).toContain("target «95 %»");
  });

  it("says when a target differs between tables and which table it answers from", async () => {
    const reply = textOf(await bot.sendText("target produk hukum"));
    expect(reply).toContain("Target: 97%");
    expect(reply).toContain("Angka di atas dari tabel RKT 2023 (tabel utama). Tabel lain berbeda:");
    expect(reply).toContain("tabel Program Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi (BAB II huruf C angka 1) no. 3 mencantumkan target «93 %».");
  });

  it("keeps targets as what they are: a count of kecamatan, a document, reports", async () => {
    expect(textOf(await bot.sendText("/indikator 7"))).toContain("Target: 13 kecamatan (tertulis «13 kec»)");
    expect(textOf(await bot.sendText("/indikator 8"))).toContain("Target: 1 dokumen");
    expect(textOf(await bot.sendText("/indikator 11"))).toContain("Target: 5 laporan (tertulis «5 Lap»)");
  });

  it("offers a choice when words fit several indicators, and answers from another table what the RKT table lacks", async () => {
    const events = await bot.sendText("indikator sarana prasarana");
    expect(textOf(events)).toContain("Ada 3 indikator yang cocok");
    expect(buttonsOf(events)).toEqual(["Indikator 2", "Indikator 10", "Indikator 12"]);
    expect(textOf(await bot.press("Indikator 12"))).toContain("Anggaran: Rp281.247.000");

    const revisions = textOf(await bot.sendText("target revisi rencana kerja"));
    expect(revisions).toContain("tidak ada di tabel RKT 2023; yang memuatnya tabel Program Dukungan (BAB II huruf C angka 2) no. 1");
    expect(revisions).toContain("Target: 10 kali");
  });

  it("lists the largest budget lines with their share", async () => {
    const reply = textOf(await bot.sendText("3 anggaran terbesar"));
    expect(reply).toContain("1. Rp14.271.302.000 (46,67%) — indikator 1");
    expect(reply).toContain("2. Rp13.457.295.000 (44,01%) — indikator 5");
    expect(reply).toContain("3. Rp2.005.355.000 (6,56%) — indikator 10");
  });

  it("gives the vision, the mission the text words, the strategic goals, and says which captions have no content", async () => {
    const reply = textOf(await bot.sendText("visi misi KPU"));
    expect(reply).toContain("Visi: “Menjadi Penyelenggara Pemilu Serentak yang Mandiri, Profesional dan Berintegritas”");
    expect(reply).toContain("Misi Presiden dan Wakil Presiden Nomor 8: «Pengelolaan Pemerintahan yang bersih, efektif, dan terpercaya»");
    expect(reply).toContain("4. Pembentukan penyelenggara badan adhoc");
    expect(reply).toContain("«Misi Komisi Pemilihan Umum» (baris 89)");
  });

  it("leaves village-fund questions to the funds feature", async () => {
    expect(textOf(await bot.sendText("berapa dana kampung Kalasuge?"))).toContain("Kampung Kalasuge");
    expect(textOf(await bot.sendText("total kecamatan Tamako"))).toContain("Tamako");
  });
});

describe("realisation: recorded by authorised officials, exactly once, shown against target", () => {
  it("refuses a user who is neither admin nor RKT official, and changes nothing", async () => {
    const before = await realisationCount();
    const reply = textOf(await bot.sendText("/realisasi 4 75% 30-06-2023", { from: users.siti }));
    expect(reply).toContain("hanya admin atau petugas RKT yang ditunjuk admin yang dapat mencatat realisasi");
    expect(reply).toContain("/izinkan_rkt 1002");
    expect(await realisationCount()).toBe(before);
  });

  it("only an admin may appoint an official; the admin appoints Siti by id", async () => {
    expect(textOf(await bot.sendText("/izinkan_rkt 1002 Siti Aminah", { from: users.budi }))).toContain("Hanya admin");
    expect(await bot.store.workplan.isOfficial(users.siti.id)).toBe(false);
    expect(textOf(await bot.sendText("/izinkan_rkt 1002 Siti Aminah", { from: users.dewi }))).toContain(
      "Siti Aminah (1002) sekarang petugas RKT",
    );
    expect(await bot.store.workplan.isOfficial(users.siti.id)).toBe(true);
  });

  it("the official records a realisation in the chat's time zone; it is shown against the target", async () => {
    const before = await realisationCount();
    const reply = textOf(await bot.sendText("/realisasi 4 75% 30-06-2023", { from: users.siti }));
    expect(reply).toContain("Tercatat: realisasi indikator 4 (Persentase partisipasi pemilih dalam pemilu dan pemilihan) 75% per 30 Juni 2023, oleh Siti Aminah.");
    expect(reply).toContain("Target 82% → 91,46% dari target.");
    expect(await realisationCount()).toBe(before + 1);

    const count = textOf(await bot.sendText("/realisasi 5 13 kec 1 Juli 2023", { from: users.siti }));
    expect(count).toContain("13 kecamatan per 1 Juli 2023");
    expect(count).toContain("→ 100% dari target");
  });

  it("a redelivered update records nothing twice", async () => {
    const update = bot.updates.command("realisasi", { args: "7 6 kec 2023-07-01", from: users.dewi });
    const before = await realisationCount();
    await bot.send(update);
    const again = await bot.send(update);
    expect(again).toEqual([]);
    expect(await realisationCount()).toBe(before + 1);
  });

  it("refuses bad values and dates with the reason, recording nothing", async () => {
    const before = await realisationCount();
    const cases: [string, string][] = [
      ["/realisasi 4 lima 30-06-2023", "bukan nilai"],
      ["/realisasi 4 8 kec 30-06-2023", "tidak dalam satuan target (82%)"],
      ["/realisasi 4 120% 30-06-2023", "lebih dari 100%"],
      ["/realisasi 99 75% 30-06-2023", "tidak ada indikator 99"],
      ["/realisasi 4 75% 31-02-2023", "bukan tanggal"],
      ["/realisasi 4 75% 30-06-2024", "belum tiba"],
      ["/realisasi 4 75% 30-06-2022", "di luar tahun rencana 2023"],
      ["/realisasi x y z", "tulis nomor indikator"],
    ];
    for (const [command, reason] of cases) {
      const reply = textOf(await bot.sendText(command, { from: users.siti }));
      expect(reply, command).toContain(reason);
      expect(reply, command).toContain("Tidak ada yang diubah.");
    }
    expect(await realisationCount()).toBe(before);
  });

  it("summarises realisation per programme", async () => {
    const reply = textOf(await bot.sendText("/realisasi"));
    expect(reply).toContain("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\n3 dari 8 indikator tercatat, 1 mencapai target");
    expect(reply).toContain("4. Persentase partisipasi pemilih dalam pemilu dan pemilihan — target 82%, realisasi 75% (30 Juni 2023) → 91,46% dari target");
    expect(reply).toContain("Program Dukungan Manajemen\n0 dari 4 indikator tercatat");
    expect(reply).toContain("belum ada realisasi");
  });

  it("after the role is revoked, the user is refused again", async () => {
    expect(textOf(await bot.sendText("/cabut_rkt 1002", { from: users.dewi }))).toContain("1002 bukan lagi petugas RKT");
    expect(textOf(await bot.sendText("/realisasi 4 80% 05-07-2023", { from: users.siti }))).toContain("hanya admin atau petugas RKT");
  });
});

describe("bad input changes nothing", () => {
  it("answers forged or stale button data with «no longer valid»", async () => {
    for (const data of ["wp:i:999", "wp:p:0", "wp:x", "wp:i:1:2", "wp:i:-1", "wp:" + "9".repeat(80)]) {
      const events = await bot.send(bot.updates.callbackQuery({ data }));
      const answer = events.find((event) => event.kind === "callbackAnswer");
      expect(answer?.text, data).toContain("sudah tidak berlaku");
      expect(events.filter((event) => event.kind === "message" || event.kind === "edit"), data).toEqual([]);
    }
  });

  it("lets garbage through to the fallback and never errs", async () => {
    const before = await realisationCount();
    for (const text of ["", "   ", "🙂🙂🙂", "x".repeat(5000), "rkt ".repeat(200), "/rkt " + "z".repeat(500), "/indikator ;DROP TABLE"]) {
      await bot.sendText(text || ".");
    }
    expect(await realisationCount()).toBe(before);
    expect(bot.errors()).toEqual([]);
  });

  it("in a group, answers only commands and mentions", async () => {
    const silent = await bot.sendText("anggaran pembentukan badan adhoc", { chat: groups.bpdSukamaju });
    expect(textOf(silent)).toBe("");
    const asked = await bot.sendText("/rkt@asisten_desa_bot", { chat: groups.bpdSukamaju });
    expect(textOf(asked)).toContain("Total anggaran: Rp30.577.023.000");
  });
});
