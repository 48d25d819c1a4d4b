import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";


let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot({ clock: "2024-06-20T10:00:00", timeZone: "Asia/Makassar", adminIds: [users.dewi.id] });
});
afterAll(() => bot.close());

const textOf = (events: readonly OutgoingEvent[]) =>
  events.filter((event) => event.kind === "message" || event.kind === "edit").map((event) => event.text ?? "").join("\n---\n");
const buttonsOf = (events: readonly OutgoingEvent[]) => events.flatMap((event) => event.buttons.flat());

describe("requirements: the law in force, and what the earlier one said", () => {
  it("«syarat pembentukan kabupaten» answers under UU 32/2004 and PP 78/2007 and notes PP 129/2000", async () => {
    const events = await bot.sendText("syarat pembentukan kabupaten");
    const reply = textOf(events);
    expect(reply).toContain("Syarat pembentukan kabupaten menurut UU 32/2004 dan PP 78/2007 (berlaku):");
    expect(reply).toContain("• Cakupan wilayah paling sedikit 5 kecamatan (Pasal 8 huruf b PP 78/2007; Pasal 5 ayat (5) UU 32/2004)");
    expect(reply).toContain("• Keputusan DPRD kabupaten/kota induk tentang persetujuan pembentukan calon kabupaten/kota (Pasal 5 ayat (2) huruf a PP 78/2007");
    expect(reply).toContain("• Rekomendasi Menteri (Pasal 5 ayat (2) huruf d (dibaca huruf e) PP 78/2007");
    expect(reply).toContain("Daerah induk telah berusia paling sedikit 7 tahun");
    expect(reply).toContain("Peta wilayah calon kabupaten");
    expect(reply).toContain("(Pasal 10 PP 78/2007)");
    expect(reply).toContain("(Pasal 12 PP 78/2007)");
    expect(reply).toContain("(Pasal 13 PP 78/2007)");
    expect(reply).toContain("kabupaten yang akan dibentuk minimal terdiri dari 3 kecamatan (Pasal 10 huruf e PP 129/2000)");
    expect(reply).toContain("Syarat cakupan wilayah berubah dari 3 menjadi 5 kecamatan.");
    expect(buttonsOf(events)).toContain("Periksa usulan kabupaten");
  });

  it("a kota needs 4 kecamatan and a province 5 kabupaten/kota under PP 78/2007, 3 under PP 129/2000", async () => {
    const city = textOf(await bot.sendText("/syarat_pemekaran kota"));
    expect(city).toContain("Cakupan wilayah paling sedikit 4 kecamatan (Pasal 8 huruf c PP 78/2007");
    expect(city).toContain("Syarat cakupan wilayah berubah dari 3 menjadi 4 kecamatan.");
    const province = textOf(await bot.sendText("syarat pembentukan provinsi"));
    expect(province).toContain("Cakupan wilayah paling sedikit 5 kabupaten/kota (Pasal 8 huruf a PP 78/2007");
    expect(province).toContain("paling sedikit 10 tahun");
    expect(province).toContain("(Pasal 10 huruf d PP 129/2000)");
  });

  it("/pemekaran opens the menu", async () => {
    const events = await bot.sendText("/pemekaran");
    expect(textOf(events)).toContain("Pembentukan daerah (pemekaran)");
    expect(buttonsOf(events)).toEqual([
      "Syarat kabupaten",
      "Syarat kota",
      "Syarat provinsi",
      "Periksa usulan",
      "Tahapan (PP 78/2007)",
      "Tahapan lama (PP 129/2000)",
      "Penghapusan & penggabungan",
      "Usulan yang dipantau",
    ]);
    const procedure = textOf(await bot.press("Tahapan (PP 78/2007)"));
    expect(procedure).toContain("1. Aspirasi sebagian besar masyarakat: Keputusan BPD (desa) dan Forum Komunikasi Kelurahan (kelurahan) (Pasal 16 huruf a PP 78/2007)");
    expect(procedure).toContain("10. Peresmian daerah dan pelantikan penjabat kepala daerah, paling lama 6 bulan sejak undang-undang diundangkan (Pasal 21 PP 78/2007)");
    const earlier = textOf(await bot.press("PP 129/2000 Pasal 16–17"));
    expect(earlier).toContain("Pasal 16 PP 129/2000:");
    expect(earlier).toContain("b. pembentukan Daerah harus didukung oleh penelitian awal");
  });
});

describe("the checklist of a proposal (PP 78/2007 Pasal 5–13; PP 129/2000 Pasal 3–10, 16)", () => {
  it("a kabupaten of four kecamatan: territorial requirement unmet under PP 78/2007, met under PP 129/2000, both with their article", async () => {
    await bot.sendText("/cek_pemekaran kabupaten");
    let events = await bot.press("4");
    expect(textOf(events)).toContain("Jumlah kecamatan: 4");
    // age, aspiration, DPRD kab, bupati, DPRD prov, gubernur, Menteri, study: yes; the study's rating: don't know.
    for (let i = 0; i < 8; i++) events = await bot.press("Ya");
    events = await bot.press("Tidak tahu");
    events = await bot.press("Ya"); // map
    events = await bot.press("Ya"); // one administrative whole
    expect(buttonsOf(events)).toContain("Tidak berlaku");
    events = await bot.press("Tidak berlaku"); // not islands
    events = await bot.press("Belum/tidak"); // capital not set yet
    events = await bot.press("Ya"); // facilities
    const result = textOf(events);

    const [current, earlier] = result.split("Menurut PP 129/2000 (aturan sebelumnya):");
    expect(current).toContain("BELUM TERPENUHI:\n• Cakupan wilayah paling sedikit 5 kecamatan — usulan: 4 kecamatan (Pasal 8 huruf b PP 78/2007; Pasal 5 ayat (5) UU 32/2004)");
    expect(current).toMatch(/BELUM TERPENUHI:[^]*Lokasi calon ibukota[^]*— belum ada: lokasi ibukota \(Pasal 12 PP 78\/2007\)/);
    expect(current).toMatch(/TERPENUHI:[^]*Keputusan gubernur tentang persetujuan pembentukan calon kabupaten\/kota/);
    expect(current).toContain("• Kategori nilai kajian — belum dijawab (Pasal 6 ayat (3) PP 78/2007)");
    expect(current).toContain("perlu angka hasil kajian daerah dan skor menurut lampiran peraturan");
    expect(earlier).toContain("TERPENUHI:\n• Kabupaten yang akan dibentuk minimal terdiri dari 3 kecamatan — usulan: 4 kecamatan (Pasal 10 huruf e PP 129/2000)");
    expect(earlier).toContain("(Pasal 3–10 PP 129/2000)");
    expect(earlier).not.toContain("BELUM TERPENUHI");
  });

  it("reads a count typed in plain Indonesian", async () => {
    const events = await bot.sendText("apakah kota dengan 4 kecamatan memenuhi syarat pemekaran?");
    expect(textOf(events)).toContain("Periksa usulan pembentukan kota");
    expect(textOf(events)).toContain("Jumlah kecamatan: 4");
    const result = textOf(await bot.press("Lihat hasil sekarang"));
    expect(result).toContain("TERPENUHI:\n• Cakupan wilayah paling sedikit 4 kecamatan — usulan: 4 kecamatan (Pasal 8 huruf c PP 78/2007");
  });

  it("refuses forged checklist states", async () => {
    for (const data of ["rf:c:k:4:yyz", "rf:c:x:4:", "rf:c:k:999:", "rf:c:k:4:" + "y".repeat(20), "rf:r:k:4:-", "rf:c:k:-1:"]) {
      const events = await bot.send(bot.updates.callbackQuery({ data }));
      expect(events.find((event) => event.kind === "callbackAnswer")?.text, data).toContain("sudah tidak berlaku");
      expect(textOf(events), data).toBe("");
    }
  });
});

describe("tracking a proposal through PP 78/2007 Pasal 16", () => {
  it("is refused to users who are not admin or formation officials, and nothing is created", async () => {
    const reply = textOf(await bot.sendText("/usulan_baru Kabupaten Sukamaju Raya", { from: users.budi }));
    expect(reply).toContain("hanya admin atau petugas pemekaran");
    expect(await bot.store.region.proposals()).toEqual([]);
  });

  it("records stages 1 to 4 with their dates and documents, showing what comes next", async () => {
    expect(textOf(await bot.sendText("/izinkan_pemekaran 1004 Yohanis", { from: users.dewi }))).toContain("sekarang petugas pemekaran");
    const yohanis = { from: users.yohanis };

    const created = textOf(await bot.sendText("/usulan_baru Kabupaten Sukamaju Raya", yohanis));
    expect(created).toContain("Usulan #1 «Kabupaten Sukamaju Raya» didaftarkan.");
    expect(created).toContain("Berikutnya: tahap 1 — Aspirasi sebagian besar masyarakat");

    const stage1 = textOf(
      await bot.sendText(
        "/catat_tahap 1 1 15-01-2024 Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024; Desa Sukaraja: Keputusan BPD No. 2 Tahun 2024",
        yohanis,
      ),
    );
    expect(stage1).toContain("Tercatat: tahap 1");
    expect(stage1).toContain("1. Aspirasi sebagian besar masyarakat: Keputusan BPD (desa) dan Forum Komunikasi Kelurahan (kelurahan) — 15 Januari 2024");
    expect(stage1).toContain("   • Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024");
    expect(stage1).toContain("Berikutnya: tahap 2 — Keputusan DPRD kabupaten/kota atas aspirasi masyarakat");

    await bot.sendText("/catat_tahap 1 2 12 Maret 2024 Keputusan DPRD Kabupaten Induk No. 5 Tahun 2024", yohanis);
    await bot.sendText("/catat_tahap 1 3 2024-04-02 Keputusan Bupati No. 7 Tahun 2024; Surat usulan kepada Gubernur; Hasil kajian daerah; Peta wilayah", yohanis);
    const stage4 = textOf(await bot.sendText("/catat_tahap 1 4 20/05/2024 Keputusan Gubernur No. 11 Tahun 2024; Surat kepada DPRD provinsi", yohanis));

    expect(stage4).toContain("2. Keputusan DPRD kabupaten/kota atas aspirasi masyarakat — 12 Maret 2024\n   • Keputusan DPRD Kabupaten Induk No. 5 Tahun 2024");
    expect(stage4).toContain("3. Keputusan bupati/walikota berdasarkan hasil kajian daerah, dan usulannya kepada gubernur — 2 April 2024");
    expect(stage4).toContain("   • Peta wilayah");
    expect(stage4).toContain("4. Keputusan gubernur atas usulan (evaluasi kajian daerah), dan penyampaian usulan kepada DPRD provinsi — 20 Mei 2024");
    expect(stage4).toContain("   • Keputusan Gubernur No. 11 Tahun 2024");
    expect(stage4).toContain("Berikutnya: tahap 5 — Keputusan DPRD provinsi atas usulan pembentukan");
    expect(stage4).toContain("(Pasal 16 huruf g PP 78/2007; Pasal 5 ayat (2) huruf c PP 78/2007)");
    expect(stage4).toContain("/catat_tahap 1 5 TANGGAL DOKUMEN; DOKUMEN");

    const proposal = await bot.store.region.proposal(1);
    expect(proposal?.stages.map((stage) => [stage.stage, stage.decidedOn])).toEqual([
      [1, "2024-01-15"],
      [2, "2024-03-12"],
      [3, "2024-04-02"],
      [4, "2024-05-20"],
    ]);
    expect(proposal?.stages[0]?.documents.map((document) => [document.village, document.councilDecisionId])).toEqual([
      ["Desa Sukamaju", null],
      ["Desa Sukaraja", null],
    ]);
  });

  it("refuses skipping a stage with the article, and other bad stages, recording nothing", async () => {
    const yohanis = { from: users.yohanis };
    const cases: [string, string][] = [
      ["/catat_tahap 1 7 01-06-2024 Saran DPOD", "tahap 7 tidak dapat dilompati: tahap 5 (Keputusan DPRD provinsi atas usulan pembentukan) belum tercatat (Pasal 16 huruf g PP 78/2007)"],
      ["/catat_tahap 1 4 01-06-2024 Keputusan lain", "tahap 4 (Keputusan gubernur atas usulan (evaluasi kajian daerah), dan penyampaian usulan kepada DPRD provinsi) sudah tercatat"],
      ["/catat_tahap 1 5 10-05-2024 Keputusan DPRD Provinsi No. 1", "lebih awal dari tahap 4 (20 Mei 2024)"],
      ["/catat_tahap 1 5 01-07-2024 Keputusan DPRD Provinsi No. 1", "belum tiba"],
      ["/catat_tahap 1 5 31-06-2024 Keputusan DPRD Provinsi No. 1", "bukan tanggal"],
      ["/catat_tahap 1 5 01-06-2024", "perlu dokumennya"],
      ["/catat_tahap 9 1 01-06-2024 Apa saja", "tidak ada usulan #9"],
      ["/catat_tahap 1 11 01-06-2024 X", "tidak ada tahap 11"],
    ];
    for (const [command, reason] of cases) {
      const reply = textOf(await bot.sendText(command, yohanis));
      expect(reply, command).toContain(reason);
      expect(reply, command).toContain("Tidak ada yang diubah.");
    }
    expect((await bot.store.region.proposal(1))?.stages).toHaveLength(4);
    expect(textOf(await bot.sendText("/catat_tahap 1 5 01-06-2024 Keputusan DPRD Provinsi No. 1", { from: users.budi }))).toContain(
      "hanya admin atau petugas pemekaran",
    );
    expect((await bot.store.region.proposal(1))?.stages).toHaveLength(4);
  });

  it("a refusal stops the proposal, citing the article", async () => {
    const dewi = { from: users.dewi };
    await bot.sendText("/usulan_baru Kota Pantai Baru", dewi);
    await bot.sendText("/catat_tahap 2 1 02-02-2024 Kelurahan Pantai: Keputusan Forum Komunikasi Kelurahan No. 1/2024", dewi);
    const refused = textOf(await bot.sendText("/catat_tahap 2 2 03-03-2024 tolak Keputusan DPRD Kota Induk No. 9/2024", dewi));
    expect(refused).toContain("(menolak)");
    expect(refused).toContain("Usulan berhenti: tahap 2 (Keputusan DPRD kabupaten/kota atas aspirasi masyarakat) menolak pada 3 Maret 2024 (Pasal 16 huruf b PP 78/2007");
    expect(textOf(await bot.sendText("/catat_tahap 2 3 04-03-2024 Keputusan Walikota", dewi))).toContain("usulan ini sudah berhenti");
    expect(textOf(await bot.sendText("/usulan_baru kota  pantai BARU", dewi))).toContain("sudah dipantau sebagai #2");
  });

  it("lists the proposals with buttons that open each card", async () => {
    const events = await bot.sendText("/usulan");
    expect(textOf(events)).toContain("#1 Kabupaten Sukamaju Raya — 4/10 tahap");
    expect(textOf(events)).toContain("#2 Kota Pantai Baru — 2/10 tahap (berhenti: ditolak)");
    const card = textOf(await bot.press("#1 Kabupaten Sukamaju Raya"));
    expect(card).toContain("Berikutnya: tahap 5");
    const howTo = textOf(await bot.press("Catat tahap 5"));
    expect(howTo).toContain("/catat_tahap 1 5 12-03-2024 Keputusan DPRD provinsi No. …");
    expect(bot.errors()).toEqual([]);
  });

  it("a redelivered stage update records nothing twice", async () => {
    const update = bot.updates.command("catat_tahap", { args: "1 5 01-06-2024 Keputusan DPRD Provinsi No. 4 Tahun 2024", from: users.yohanis });
    await bot.send(update);
    expect(await bot.send(update)).toEqual([]);
    expect((await bot.store.region.proposal(1))?.stages).toHaveLength(5);
  });
});
