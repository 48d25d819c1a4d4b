import { afterEach, describe, expect, it } from "vitest";
import type { User } from "telegraf/types";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { keyboardOf } from "../../src/sandbox/local-bot-api.ts";
import { userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, linkedMembers, setUpCouncil } from "../kit/council.ts";

const chat = councilChat;
const chair = councilChair;
const [siti, wayan, yohanis, dewi, agus, rina] = linkedMembers as [User, User, User, User, User, User];
const outsider = userOf({ id: 2001, name: "Orang Luar" });

let bot: TestBot;
afterEach(async () => bot?.close());

const say = (text: string, from: User = chair) => bot.sendText(text, { from, chat });
const textOf = (events: readonly OutgoingEvent[]) =>
  events.filter((e) => e.kind === "message" || e.kind === "edit").map((e) => e.text ?? "").join("\n---\n");
const alertOf = (events: readonly OutgoingEvent[]) => events.find((e) => e.kind === "callbackAnswer")?.text ?? "";
const press = (label: string, from: User = chair) => bot.press(label, { from, chat });
const labels = () => keyboardOf(bot.api.latestWithButtons(chat.id)!).flat().map((b) => b.label);

interface Vote {
  readonly motion: string;
  readonly yes: readonly User[];
  readonly no?: readonly User[];
}

/**
 * A meeting held through the council's own commands on `date` at 10.00: scheduled, signed in, opened (unless
 * `callOff`), decided by vote, closed.
 */
async function holdMeeting(date: string, attendees: readonly User[], votes: readonly Vote[] = [], options: { kind?: string; callOff?: boolean } = {}): Promise<void> {
  bot.setClock(`${date}T09:30:00`);
  await say(`/sidang ${options.kind ?? "paripurna"} terbuka ${date} 10:00 | Balai Desa | Acara`);
  for (const user of attendees) await say("/hadir", user);
  bot.setClock(`${date}T10:00:00`);
  if (!options.callOff) expect(textOf(await say("/buka"))).toContain("Rapat dibuka");
  for (const [i, vote] of votes.entries()) {
    bot.setClock(`${date}T10:${String(10 + i * 5).padStart(2, "0")}:00`);
    await say(`/voting ${vote.motion}`);
    // Where the council feature asks which majority applies, the ordinary one.
    if (labels().some((label) => label.startsWith("Biasa"))) await press("Biasa");
    for (const user of vote.yes) await press("Setuju", user);
    for (const user of vote.no ?? []) await press("Tolak", user);
    expect(textOf(await press("Tutup voting"))).toMatch(/DITERIMA|DITOLAK/);
  }
  expect(textOf(await say("/tutup"))).toContain("Rapat ditutup");
}

const six = [chair, siti, wayan, yohanis, dewi, agus];

describe("Pasal 63-71: a village regulation through /perdes", () => {
  it("carries the village head's draft from stage I to IV, then its Keputusan BPD and signature", async () => {
    bot = await createTestBot({ clock: "2026-11-02T09:00:00" });
    await setUpCouncil(bot);
    const received = textOf(await say("/perdes kades Raperdes APB Desa 2027 | Nota Pengantar Kepala Desa No. 140/12/2026"));
    expect(received).toContain("📄 #1 Rancangan Peraturan Desa dari Kepala Desa (Pasal 64)");
    expect(received).toContain("Nota Pengantar: Nota Pengantar Kepala Desa No. 140/12/2026 · diterima 2 November 2026");
    expect(received).toContain("⏳ Menunggu tahap I: keputusan rapat paripurna yang sudah ditutup (Pasal 67 huruf a)");

    // A member who is not the chair, vice chair or secretary is refused, and it says why.
    await holdMeeting("2026-11-03", six, [{ motion: "Penjelasan Kepala Desa atas Raperdes APB Desa 2027 diterima", yes: six }]);
    await say("/perdes 1");
    expect(alertOf(await press("Catat tahap I", dewi))).toBe("Hanya Ketua, Wakil Ketua atau Sekretaris BPD yang mencatat ini (Pasal 73 ayat (1)).");

    const stages: [string, string, string][] = [
      ["I", "2026-11-03", ""],
      ["II", "2026-11-10", "Pemandangan umum dan jawaban Kepala Desa selesai"],
      ["III", "2026-11-17", "Pembahasan bersama Kepala Desa selesai"],
      ["IV", "2026-11-24", "Menyetujui Raperdes APB Desa 2027"],
    ];
    for (const [stage, date, motion] of stages) {
      if (motion) await holdMeeting(date, six, [{ motion, yes: six.slice(0, 5), no: six.slice(5) }]);
      await say("/perdes 1");
      const list = textOf(await press(`Catat tahap ${stage}`));
      expect(list).toContain("Pilih keputusan rapat paripurna yang sudah ditutup untuk #1:");
      const recorded = textOf(await press("1."));
      expect(recorded, stage).toContain(`✅ Tahap ${stage}`);
    }
    const card = textOf(await say("/perdes 1"));
    expect(card).toContain("✅ Tahap IV (Pasal 70): rapat paripurna 24 November 2026, keputusan 1: «Menyetujui Raperdes APB Desa 2027» — DITERIMA (setuju 5 dari 6 hadir)");
    expect(card).toContain("⏳ Menunggu Keputusan BPD yang menyetujuinya");

    expect(textOf(await say("/perdes ttd 1 Peraturan Desa No. 5 Tahun 2026"))).toContain("Catat dulu Keputusan BPD yang menyetujuinya (Pasal 63 ayat (5)).");
    expect(textOf(await say("/perdes setuju 1 Keputusan BPD No. 7 Tahun 2026"))).toContain("Persetujuan BPD: Keputusan BPD No. 7 Tahun 2026 (Pasal 63 ayat (5))");
    const signed = textOf(await say("/perdes ttd 1 Peraturan Desa No. 5 Tahun 2026"));
    expect(signed).toContain("— selesai");
    expect(signed).toContain("Ditandatangani Kepala Desa: Peraturan Desa No. 5 Tahun 2026 (Pasal 71)");
    expect(textOf(await say("/perdes"))).toContain("#1 Rancangan Peraturan Desa dari Kepala Desa (Pasal 64): «Raperdes APB Desa 2027» — selesai");
    expect(bot.errors()).toEqual([]);
  });
});

describe("Pasal 8 ayat (1)-(5): an initiative through /usul", () => {
  it("refuses it one signature short of a third, accepts it at a third, and adopts it only with 2/3 of all members", async () => {
    bot = await createTestBot({ clock: "2026-11-02T09:00:00" });
    await setUpCouncil(bot);
    const opened = textOf(await say("/usul perdes Raperdes Perlindungan Mata Air | Mata air desa perlu dilindungi dari penebangan.", wayan));
    expect(opened).toContain("📄 #1 Rancangan Peraturan Desa usul prakarsa BPD (Pasal 8)");
    expect(opened).toContain("Tanda tangan: 1 dari 3 yang diperlukan (1/3 dari 9 anggota, Pasal 8 ayat (1))");
    await press("✍️ Tanda tangan", yohanis);
    const listed = textOf(await say("/usul"));
    expect(listed).toContain("#1 Rancangan Peraturan Desa usul prakarsa BPD (Pasal 8): «Raperdes Perlindungan Mata Air» — Menunggu 1 tanda tangan lagi dari anggota BPD (Pasal 8 ayat (1))");

    // A stale or forged "number it" press while a signature is missing: refused with the rule.
    const message = bot.api.latestWithButtons(chat.id)!.message;
    const short = await bot.send(bot.updates.callbackQuery({ data: "bpp:1:no", from: chair, message }));
    expect(alertOf(short)).toBe("Usul memerlukan 3 tanda tangan anggota (1/3 dari 9, Pasal 8 ayat (1)); baru 2.");

    const signed = textOf(await press("✍️ Tanda tangan #1", dewi));
    expect(signed).toContain("Tanda tangan: 3 dari 3 yang diperlukan");
    expect(signed).toContain("✍️ Dewi Lestari — 2 November 2026 09.00");
    expect(textOf(await press("🔢 Beri nomor"))).toContain("Nomor: 1/BPD/2026 (Pasal 8 ayat (3))");

    // The Panitia Musyawarah's consideration (Pasal 8 ayat (4)): the chair and vice chair are its members.
    await holdMeeting("2026-11-05", [chair, siti], [{ motion: "Raperdes Mata Air dibawa ke rapat paripurna", yes: [chair, siti] }], { kind: "musyawarah" });
    await say("/usul 1");
    await press("📋 Pertimbangan Panitia Musyawarah");
    expect(textOf(await press("1."))).toContain("Pertimbangan Panitia Musyawarah (mendukung)");

    // 5 of 6 present pass an ordinary vote, but not the initiative's 2/3 of all 9 members (Pasal 8 ayat (5)).
    await holdMeeting("2026-11-10", six, [{ motion: "Menerima Raperdes Mata Air sebagai prakarsa BPD", yes: six.slice(0, 5), no: six.slice(5) }]);
    await say("/usul 1");
    await press("📋 Keputusan rapat");
    const refused = await press("1.");
    expect(textOf(refused) + alertOf(refused)).toContain("Keputusan itu disetujui 5 anggota; diperlukan paling rendah 6 (2/3 dari 9 jumlah anggota, Pasal 8 ayat (5)).");

    await holdMeeting("2026-11-12", [...six, rina], [{ motion: "Menerima Raperdes Mata Air sebagai prakarsa BPD", yes: six, no: [rina] }]);
    await say("/usul 1");
    await press("📋 Keputusan rapat");
    const adopted = textOf(await press("1. ✅"));
    expect(adopted).toContain("Keputusan: DISETUJUI — rapat paripurna 12 November 2026");
    expect(adopted).toContain("⏳ Menunggu tahap I: keputusan rapat paripurna yang sudah ditutup (Pasal 67 huruf b)");
    expect(bot.errors()).toEqual([]);
  });
});

describe("Pasal 4-6: the village head's report through /lpj", () => {
  it("refuses a stage whose meeting lacked two thirds, saying how many came and were needed, and records one that had them", async () => {
    bot = await createTestBot({ clock: "2027-01-10T09:00:00" });
    await setUpCouncil(bot);
    const opened = textOf(await say("/lpj tahunan 2026"));
    expect(opened).toContain("📄 #1 Pertanggungjawaban Kepala Desa (Pasal 4-6)");
    expect(opened).toContain('Penjelasan tahap I paling lambat 31 Maret 2027 (Pasal 4 ayat (3); dibaca "paling lambat"; teks Pasal 4 ayat (3) menyebut "paling singkat")');
    expect(textOf(await say("/lpj tahunan 2026", dewi))).toContain("Hanya Ketua, Wakil Ketua atau Sekretaris BPD yang mencatat ini (Pasal 73 ayat (1)).");

    // Five of nine came; the chair called the meeting off without opening it.
    await holdMeeting("2027-02-10", six.slice(0, 5), [], { callOff: true });
    await say("/lpj 1");
    await press("Catat tahap I");
    const refused = await press("1.");
    expect(textOf(refused) + alertOf(refused)).toContain("Rapat 10 Februari 2027 dihadiri 5 anggota; diperlukan paling rendah 6 (2/3 dari 9 jumlah anggota, Pasal 4 ayat (1)).");
    expect((await bot.store.procedures.byId(1))!.state!.stages).toEqual([]);

    await holdMeeting("2027-02-17", six);
    await say("/lpj 1");
    await press("Catat tahap I");
    const recorded = textOf(await press("1."));
    expect(recorded).toContain("✅ Tahap I (Pasal 6 ayat (1)): rapat paripurna 17 Februari 2027, dihadiri 6 dari 9 anggota");
    expect(recorded).toContain("Tepat waktu: paling lambat 31 Maret 2027 (Pasal 4 ayat (3)");
    expect(recorded).toContain("⏳ Menunggu tahap II: rapat paripurna yang sudah ditutup (Pasal 6 ayat (2))");
    expect(bot.errors()).toEqual([]);
  });
});

describe("Pasal 58 ayat (3): an agenda change at the latest two days before the meeting", () => {
  it("refuses one proposed a day before, saying by which date it had to come, and takes one made in time", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:00:00" });
    await setUpCouncil(bot);
    const late = textOf(await say("/usul acara 24-11-2026 Tambah acara | Laporan penanganan banjir", wayan));
    expect(late).toBe(
      "Usul perubahan acara diajukan paling lambat 2 hari sebelum rapat (Pasal 58 ayat (3)): untuk rapat 24 November 2026 paling lambat 22 November 2026; hari ini 23 November 2026.",
    );
    expect(await bot.store.procedures.ofCouncil((await bot.store.council.byChat(chat.id))!.id)).toEqual([]);
    const inTime = textOf(await say("/usul acara 25-11-2026 Tambah acara | Laporan penanganan banjir", wayan));
    expect(inTime).toContain("📄 #1 Usul perubahan acara rapat (Pasal 58)");
    expect(inTime).toContain("Rapat: 25 November 2026 · usul paling lambat 23 November 2026 (Pasal 58 ayat (3))");
    expect(bot.errors()).toEqual([]);
  });
});

describe("Pasal 15, 25 and 27-28: the leadership through /pimpinan_bpd", () => {
  it("quotes the oath, declares a vacancy with the vice chair acting, and records the plenary's election of its filler", async () => {
    bot = await createTestBot({ clock: "2026-11-02T09:00:00" });
    await setUpCouncil(bot);
    const oath = textOf(await say("/pimpinan_bpd sumpah", dewi));
    expect(oath).toContain("“Demi Allah (Tuhan), saya bersumpah/berjanji bahwa saya akan memenuhi kewajiban saya selaku Ketua/Wakil Ketua BPD");
    expect(oath).toContain("(Pasal 25 ayat (2))");

    expect(textOf(await say("/pimpinan_bpd lowong ketua mundur", dewi))).toContain("Hanya Ketua, Wakil Ketua atau Sekretaris BPD yang mencatat ini");
    const vacancy = textOf(await say("/pimpinan_bpd lowong ketua mundur", siti));
    expect(vacancy).toContain("📄 #1 Pengisian lowongan Pimpinan BPD (Pasal 27-29)");
    expect(vacancy).toContain("Wakil Ketua Siti Aminah menjalankan tugas Ketua (Pasal 15 ayat (3))");
    expect(vacancy).toContain("• Ketua; lowong (Budi Santoso, meletakkan jabatan)");
    expect(vacancy).toContain("⏳ Menunggu pemilihan Ketua dalam rapat paripurna (Pasal 24 ayat (1))");

    await holdMeeting("2026-11-09", six, [{ motion: "Menetapkan Wayan Sudarsana sebagai Ketua BPD", yes: six }]);
    await say("/pimpinan_bpd 1", siti);
    await press("🗳 Pemilihan Ketua", siti);
    expect(textOf(await press("1.", siti))).toContain("Siapa yang terpilih dengan «Menetapkan Wayan Sudarsana sebagai Ketua BPD»?");
    const elected = textOf(await press("Wayan Sudarsana", siti));
    expect(elected).toContain("terpilih Wayan Sudarsana — rapat paripurna 9 November 2026, keputusan 1");
    expect(elected).toContain("⏳ Menunggu sumpah/janji Ketua dalam Rapat Paripurna Terbuka (Pasal 25 ayat (1))");

    // The oath before the Bupati's official, signed in as the meeting's invitee (Pasal 25 ayat (1)). The roster is
    // not changed by the procedure, so the session engine still has the roster's chair preside.
    bot.setClock("2026-11-16T09:30:00");
    await say("/sidang paripurna terbuka 2026-11-16 10:00 | Balai Desa | Pengucapan sumpah/janji Ketua BPD");
    for (const user of six) await say("/hadir", user);
    await say("/undangan Drs. Suwarno, Camat, ditunjuk Bupati");
    bot.setClock("2026-11-16T10:00:00");
    expect(textOf(await say("/buka"))).toContain("Rapat dibuka");
    expect(textOf(await say("/tutup"))).toContain("Rapat ditutup");
    await say("/pimpinan_bpd 1", siti);
    await press("🤝 Sumpah Ketua", siti);
    expect(textOf(await press("1.", siti))).toContain("Di hadapan siapa sumpah/janji diucapkan (Pasal 25 ayat (1))?");
    const sworn = textOf(await press("Drs. Suwarno", siti));
    expect(sworn).toContain("sumpah/janji 16 November 2026 di hadapan Drs. Suwarno, Camat, ditunjuk Bupati");
    expect(sworn).toContain("— selesai");
    expect(bot.errors()).toEqual([]);
  });
});

describe("signatures by button: once per update, once per member, never from strangers or forged data", () => {
  it("records a redelivered press once and refuses outsiders and malformed buttons", async () => {
    bot = await createTestBot({ clock: "2026-11-02T09:00:00" });
    await setUpCouncil(bot);
    await say("/usul keterangan Keterangan proyek jalan | Meminta keterangan Kepala Desa tentang proyek jalan desa.", wayan);
    const message = bot.api.latestWithButtons(chat.id)!.message;
    const update = bot.updates.callbackQuery({ data: "bpp:1:sg", from: yohanis, message });
    await bot.send(update);
    await bot.send(update);
    expect(alertOf(await press("✍️ Tanda tangan", yohanis))).toBe("Yohanis Makagansang sudah menandatangani usul ini.");
    expect(alertOf(await press("✍️ Tanda tangan", outsider))).toContain("Anda tidak terdaftar di BPD ini");
    for (const data of ["bpp:1:zz", "bpp:x:sg", `bpp:1:d:${"9".repeat(61)}`]) {
      expect(alertOf(await bot.send(bot.updates.callbackQuery({ data, from: chair, message }))), data).toBe("Tombol ini sudah tidak berlaku.");
    }
    expect(alertOf(await bot.send(bot.updates.callbackQuery({ data: "bpp:99:sg", from: chair, message })))).toBe("Tidak ada prosedur #99 pada BPD ini.");
    const state = (await bot.store.procedures.byId(1))!.state!;
    expect(state.proposal!.signatures.map((s) => s.member)).toEqual(["m3", "m4"]);
    expect(bot.errors()).toEqual([]);
  });
});
