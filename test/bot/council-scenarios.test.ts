import { afterEach, describe, expect, it } from "vitest";
import type { User } from "telegraf/types";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { findButton } from "../../src/sandbox/keyboard.ts";
import { keyboardOf } from "../../src/sandbox/local-bot-api.ts";
import { userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { setUpCouncilOf, type ScenarioCouncil } from "../kit/council.ts";

/**
 * Whole council sessions told as the regulation tells them (Perbup Banjarnegara 962/2011), played through
 * handleUpdate as the chair and members would in their group: typed commands, the board's buttons and the chair's
 * panel, with the clock moved for the timers.
 */

let bot: TestBot;
afterEach(async () => bot?.close());

const textOf = (events: readonly OutgoingEvent[]) => events.map((e) => e.text ?? "").join("\n");
/** What the bot said anew, without the live board and its edits. */
const repliesOf = (events: readonly OutgoingEvent[]) =>
  events.filter((e) => e.kind === "message" && !(e.text ?? "").startsWith("📋")).map((e) => e.text ?? "").join("\n");
const alertOf = (events: readonly OutgoingEvent[]) => events.find((e) => e.kind === "callbackAnswer")?.text ?? "";

function scene(council: ScenarioCouncil) {
  const { chat, members } = council;
  const chair = members[0]!;
  const say = async (text: string, from: User = chair) => repliesOf(await bot.sendText(text, { from, chat }));
  const press = async (label: string, from: User = chair) => bot.press(label, { from, chat });
  /** The chair's panel, then one of its buttons. */
  const panel = async (label: string, from: User = chair) => {
    await say("/pimpinan", from);
    return press(label, from);
  };
  /** Presses a button of the live board itself, wherever it is in the chat. */
  const pressOnBoard = async (label: string, from: User) => {
    const entry = bot.api.transcript(chat.id).findLast((e) => (e.message.text ?? "").startsWith("📋"))!;
    const match = findButton(keyboardOf(entry), label);
    if (!match.ok || match.button.action.type !== "callback") throw new Error(`no board button ${label}: ${match.ok ? "" : match.candidates.join(" | ")}`);
    return bot.send(bot.updates.callbackQuery({ data: match.button.action.data, from, message: entry.message }));
  };
  /** A callback with any data, pressed on the live board's message. */
  const forge = async (data: string, from: User) => {
    const entry = bot.api.transcript(chat.id).findLast((e) => (e.message.text ?? "").startsWith("📋"))!;
    return bot.send(bot.updates.callbackQuery({ data, from, message: entry.message }));
  };
  const board = () => bot.api.events.filter((e) => (e.kind === "message" || e.kind === "edit") && e.method !== "editMessageReplyMarkup" && (e.text ?? "").startsWith("📋")).at(-1)?.text ?? "";
  const signIn = async (from: number, to: number) => {
    for (const member of members.slice(from, to)) await say("/hadir", member);
  };
  const session = async () => (await bot.store.council.liveSession((await bot.store.council.byChat(chat.id))!.id))!;
  const latestSession = async () => (await bot.store.council.latestSession((await bot.store.council.byChat(chat.id))!.id))!;
  /** Puts a motion to the vote with the majority chosen by its button label, then everyone in `yes` and `no` votes. */
  const vote = async (motion: string, majority: string, yes: readonly User[], no: readonly User[] = []) => {
    await say(`/voting ${motion}`);
    const started = await press(majority);
    for (const user of yes) await press("Setuju", user);
    for (const user of no) await press("Tolak", user);
    return { started, closed: textOf(await press("Tutup voting")) };
  };
  return { chat, members, chair, say, press, panel, pressOnBoard, forge, board, signIn, session, latestSession, vote };
}

async function openSession(size: number, agenda = "Laporan Kepala Desa; Rancangan APBDes") {
  bot = await createTestBot({ clock: "2026-11-23T09:30:00" });
  const s = scene(await setUpCouncilOf(bot, size));
  await s.say(`/sidang paripurna terbuka 10:00 | Balai Desa | ${agenda}`);
  return s;
}

describe("Pasal 30 ayat (3) and Pasal 44 ayat (3): the meeting opens with at least two thirds of all members", () => {
  // ⌈2/3 × n⌉: the reading of "lebih dari 2/3 … atau telah mencapai kuorum" the rule book states (Pasal 44 ayat (3)).
  for (const [size, required] of [[5, 4], [7, 5], [9, 6], [11, 8]] as const) {
    it(`${size} members: ${required - 1} present is refused, ${required} opens`, async () => {
      const s = await openSession(size);
      await s.signIn(0, required - 1);
      expect(await s.say("/buka")).toContain(`Kuorum belum tercapai: ${required - 1} dari ${size} anggota hadir, diperlukan ${required} (Pasal 30 ayat (3))`);
      expect((await s.session()).state.phase).toBe("scheduled");
      await s.signIn(required - 1, required);
      expect(s.board()).toContain(`${required}/${size} hadir, kuorum ${required} ✅`);
      expect(await s.say("/buka")).toContain(`Rapat dibuka: ${required} dari ${size} anggota hadir, kuorum ${required}`);
      expect(bot.errors()).toEqual([]);
    });
  }

  it("is re-checked when a member leaves (Pasal 44 ayat (4)): the chair is warned and a vote cannot start", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    expect(await s.say("/keluar", s.members[5])).toContain("Kuorum tidak lagi terpenuhi: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");
    expect(await s.say("/voting Menyetujui jadwal reses")).toContain("Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");
    expect((await s.session()).state.votes).toEqual([]);
  });
});

describe("Pasal 45: without quorum at the planned start the meeting is postponed", () => {
  it("ayat (1): for at most one hour, by the stored timer; quorum reached meanwhile, the chair opens", async () => {
    const s = await openSession(9);
    await s.signIn(0, 4);
    bot.setClock("2026-11-23T10:00:00");
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(textOf(bot.api.events.slice(-2))).toContain("Kuorum belum tercapai: 4 dari 9 anggota hadir, diperlukan 6. Rapat ditunda sampai 11.00 (Pasal 45 ayat (1))");
    expect(s.board()).toContain("Status: ditunda sampai 11.00");
    expect(await s.say("/tunda 12:00")).toContain("Penundaan masih berjalan sampai 11.00");
    bot.setClock("2026-11-23T10:20:00");
    await s.signIn(4, 6);
    expect(await s.say("/buka")).toContain("Rapat dibuka: 6 dari 9 anggota hadir");
    expect(await bot.store.jobs.pending("council.timer")).toEqual([]);
  });

  it("ayat (2): still no quorum after the hour, the chair sets the time; the bot asks and waits for it", async () => {
    const s = await openSession(9);
    await s.signIn(0, 3);
    bot.setClock("2026-11-23T10:00:00");
    await bot.app.jobs.runDue();
    bot.setClock("2026-11-23T11:00:00");
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(textOf(bot.api.events.slice(-3))).toContain("Pimpinan rapat menetapkan waktu rapat berikutnya: /tunda JJ:MM (Pasal 45 ayat (2))");
    expect(await s.say("/tunda 14:00")).toContain("Rapat ditunda sampai 14.00 (Pasal 45 ayat (2))");
    const postponements = (await s.session()).state.postponements;
    expect(postponements.map((p) => [p.stage, p.until.slice(11, 16), p.citation.article])).toEqual([
      [1, "11:00", "Pasal 45 ayat (1)"],
      [2, "14:00", "Pasal 45 ayat (2)"],
    ]);
    // The timers survive a restart: the pending one is stored, not held in memory.
    expect((await bot.store.jobs.pending("council.timer")).map((job) => job.dueAt.toISOString())).toEqual(["2026-11-23T07:00:00.000Z"]);
  });
});

describe("Pasal 24: the election of the council leadership goes ahead after two hours", () => {
  it("postpones one hour (ayat (2)), one more (ayat (3)), then opens without quorum", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:30:00" });
    const s = scene(await setUpCouncilOf(bot, 9));
    await s.say("/sidang paripurna pemilihan 10:00 | Balai Desa | Pemilihan Pimpinan BPD");
    await s.signIn(0, 4);
    bot.setClock("2026-11-23T10:00:00");
    await bot.app.jobs.runDue();
    expect(textOf(bot.api.events.slice(-3))).toContain("Rapat ditunda sampai 11.00 (Pasal 24 ayat (2))");
    bot.setClock("2026-11-23T11:00:00");
    await bot.app.jobs.runDue();
    expect(textOf(bot.api.events.slice(-3))).toContain("Rapat ditunda sampai 12.00 (Pasal 24 ayat (3))");
    expect(await s.say("/buka")).toContain("Kuorum belum tercapai: 4 dari 9 anggota hadir, diperlukan 6 (Pasal 24 ayat (1))");
    bot.setClock("2026-11-23T12:00:00");
    await bot.app.jobs.runDue();
    expect(textOf(bot.api.events.slice(-3))).toContain("pemilihan tetap dilaksanakan tanpa kuorum (Pasal 24 ayat (3))");
    expect(await s.say("/buka")).toContain("Rapat dibuka: 4 dari 9 anggota hadir, kuorum 6 (tanpa kuorum, pemilihan tetap dilaksanakan) (Pasal 24 ayat (3))");
  });
});

describe("Pasal 47, 48, 50 and 51: the speakers' list", () => {
  it("follows the order of requests, passes over one who left, lets the chair move one up, and counts the time down", async () => {
    const s = await openSession(9);
    await s.signIn(0, 7);
    await s.say("/buka");
    await s.say("/acara 1");
    const [, , a, b, c, d] = s.members as User[];
    for (const member of [a!, b!, c!, d!]) await s.say("/bicara", member);
    expect(await s.say("/bicara", s.members[6])).toBe("");
    await s.say("/tutupdaftar");
    expect(await s.say("/bicara", s.members[7])).toContain("Pendaftaran pembicara belum dibuka atau sudah ditutup (Pasal 47 ayat (1))");
    expect(s.board()).toContain("Antrean: Bambang Irawan, Siti Aminah, Wayan Sudarsana, Dewi Lestari, Agus Salim");

    // Pasal 51 ayat (2): the chair moves Dewi Lestari up, from the panel.
    await s.panel("↑ Dewi Lestari");
    expect(s.board()).toContain("Antrean: Bambang Irawan, Siti Aminah, Dewi Lestari, Wayan Sudarsana, Agus Salim");

    expect(await s.say("/lantai")).toContain("Bambang Irawan mendapat giliran bicara, 5 menit (Pasal 48 ayat (1))");
    expect(s.board()).toContain("🎤 Berbicara: Bambang Irawan (sisa 5:00)");
    // The speaking time runs out: the stored timer warns the speaker (Pasal 48 ayat (2)) and the board follows.
    bot.setClock("2026-11-23T09:35:30");
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(textOf(bot.api.events.slice(-3))).toContain("Waktu bicara Bambang Irawan sudah habis (Pasal 48 ayat (2))");
    expect(s.board()).toContain("(sisa -0:30)");
    await s.say("/selesai");

    // Pasal 51 ayat (3): Siti Aminah has gone when her turn comes and is passed over.
    await s.say("/keluar", b!);
    expect(await s.say("/lantai")).toContain("Siti Aminah tidak hadir pada gilirannya dan dilewati (Pasal 51 ayat (3))");
    expect(s.board()).toContain("🎤 Berbicara: Dewi Lestari");
    const order = (await s.session()).state;
    expect(order.queue.map((p) => p.id)).toEqual(["m5", "m7"]);
    expect(bot.errors()).toEqual([]);
  });

  it("the person chairing hands the chair to the vice chair to speak as a member (Pasal 49 ayat (2))", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    await s.say("/acara 1");
    await s.say("/bicara");
    await s.say("/tutupdaftar");
    expect(await s.say("/lantai")).toContain("Pimpinan rapat yang ingin berbicara sebagai anggota menyerahkan pimpinan dulu kepada Wakil Ketua (Pasal 49 ayat (2))");
    await s.panel("Serahkan pimpinan ke Sri Wahyuni");
    expect(s.board()).toContain("Pimpinan rapat: Sri Wahyuni");
    expect(await s.say("/lantai", s.members[1])).toContain("Ahmad Fauzi mendapat giliran bicara");
    await s.say("/selesai");
    await s.panel("↩ Ambil kembali pimpinan");
    expect(s.board()).toContain("Pimpinan rapat: Ahmad Fauzi");
  });
});

describe("Pasal 52: interruptions", () => {
  it("one allowed (for the time the chair sets, without debate, then the speaker resumes) and one refused", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    await s.say("/acara 1");
    await s.say("/bicara", s.members[2]);
    await s.say("/tutupdaftar");
    await s.say("/lantai");
    const request = await s.say("/interupsi", s.members[3]);
    expect(request).toContain("Siti Aminah meminta interupsi (penjelasan) (Pasal 52 ayat (1) huruf a)");
    const allowed = await s.press("Izinkan");
    expect(textOf(allowed)).toContain("Interupsi Siti Aminah diizinkan, 2 menit, tanpa perdebatan (Pasal 52 ayat (3))");
    expect(s.board()).toContain("✋ Interupsi: Siti Aminah");
    // Not debated (Pasal 52 ayat (2)): no second interruption while one runs.
    expect(await s.say("/interupsi", s.members[4])).toContain("Interupsi sedang berlangsung dan tidak dapat diperdebatkan (Pasal 52 ayat (2))");
    bot.setClock("2026-11-23T09:32:00");
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(textOf(bot.api.events.slice(-3))).toContain("Interupsi selesai; Bambang Irawan melanjutkan (Pasal 52 ayat (2))");

    expect(await s.say("/interupsi tunda", s.members[4])).toContain("Wayan Sudarsana meminta interupsi (usul menunda pembahasan) (Pasal 52 ayat (1) huruf b)");
    // Only the chair decides: a member pressing "Izinkan" is refused and nothing changes.
    expect(alertOf(await s.press("Izinkan", s.members[5]))).toContain("Hanya pimpinan rapat");
    expect(textOf(await s.press("Tolak"))).toContain("Interupsi Wayan Sudarsana tidak diizinkan (Pasal 52 ayat (1) huruf b)");
    const state = (await s.session()).state;
    expect(state.interruptionRequests).toEqual([]);
    expect(state.floor?.speaker).toEqual({ kind: "member", id: "m3" });
  });
});

describe("Pasal 53 and 54: the discipline ladder", () => {
  it("warning, retraction struck from the minutes, a repeat forbids speaking, ignoring that means leaving, then a suspension", async () => {
    const s = await openSession(9);
    await s.signIn(0, 7);
    await s.say("/buka");
    await s.say("/acara 1");
    const speaker = s.members[2]!;
    await s.say("/bicara", speaker);
    await s.say("/tutupdaftar");
    await s.say("/lantai");
    expect(textOf(await s.panel("⚠ Tegur kata"))).toContain("Bambang Irawan diperingatkan untuk menarik kata-kata yang tidak layak (Pasal 53 ayat (1))");
    // The warned speaker retracts from the board (Pasal 53 ayat (2)-(3)).
    expect(textOf(await s.pressOnBoard("Tarik kata-kata", speaker))).toContain("Bambang Irawan menarik kata-katanya; dihapus dari risalah (Pasal 53 ayat (3))");
    expect((await s.session()).state.improperWordsWarnings).toMatchObject([{ warningNo: 1, retracted: true }]);

    // A repeat (Pasal 54 ayat (1)): the chair forbids him to go on; he cannot take the floor again on this item.
    await s.panel("⚠ Tegur kata");
    expect(textOf(await s.panel("⛔ Larang bicara"))).toContain("Bambang Irawan dilarang meneruskan pembicaraan pada acara ini (Pasal 54 ayat (1))");
    await s.say("/daftar");
    expect(await s.say("/bicara", speaker)).toContain("Bambang Irawan dilarang meneruskan pembicaraan pada acara ini (Pasal 54 ayat (1))");
    await s.say("/tutupdaftar");
    // He does not heed it (Pasal 54 ayat (2)): he is asked to leave and may not sign in again.
    expect(textOf(await s.panel("🚪 Minta keluar: Bambang Irawan"))).toContain("Bambang Irawan diminta meninggalkan rapat (Pasal 54 ayat (2))");
    expect(await s.say("/hadir", speaker)).toContain("Bambang Irawan telah diminta meninggalkan rapat ini (Pasal 54 ayat (2))");
    const state = (await s.session()).state;
    expect(state.forbidden.map((p) => p.id)).toEqual(["m3"]);
    expect(state.expelled.map((p) => p.id)).toEqual(["m3"]);
    // Forbidding needs a warning first: no ladder is skipped.
    await s.say("/daftar");
    await s.say("/bicara", s.members[3]);
    await s.say("/tutupdaftar");
    await s.say("/lantai");
    expect(alertOf(await s.panel("⛔ Larang bicara"))).toContain("Siti Aminah belum pernah diperingatkan untuk menarik kata-katanya (Pasal 54 ayat (1))");
    await s.say("/selesai");

    // Pasal 54 ayat (3): the chair suspends the meeting to a set time; the timer says when it ends.
    expect(await s.say("/skors 10:00")).toContain("Rapat diskors sampai 10.00 (Pasal 54 ayat (3))");
    expect(await s.say("/lanjut")).toContain("Rapat diskors sampai 10.00");
    bot.setClock("2026-11-23T10:00:00");
    await bot.app.jobs.runDue();
    expect(textOf(bot.api.events.slice(-2))).toContain("Waktu skors berakhir");
    await s.say("/lanjut");
    expect((await s.session()).state.phase).toBe("open");
    expect(bot.errors()).toEqual([]);
  });
});

describe("Pasal 60 and the special majorities of Pasal 7 ayat (4), 8 ayat (5) and 75 ayat (3)", () => {
  it("an ordinary decision passes with more than half of those present and fails without (Pasal 60 ayat (4))", async () => {
    const s = await openSession(9);
    await s.signIn(0, 7);
    await s.say("/buka");
    const m = s.members;
    const passed = await s.vote("Menyetujui jadwal reses", "Biasa", [m[0]!, m[1]!, m[2]!, m[3]!], [m[4]!, m[5]!, m[6]!]);
    expect(passed.closed).toContain("DITERIMA — Setuju 4, Tolak 3, Abstain 0; perlu 4 suara setuju dari 7 anggota hadir (Pasal 60 ayat (4))");
    const failed = await s.vote("Menambah jam rapat", "Biasa", [m[0]!, m[1]!, m[2]!], [m[3]!, m[4]!, m[5]!, m[6]!]);
    expect(failed.closed).toContain("DITOLAK — Setuju 3, Tolak 4, Abstain 0; perlu 4 suara setuju dari 7 anggota hadir (Pasal 60 ayat (4))");
  });

  for (const [label, article] of [
    ["Permintaan keterangan Kades", "Pasal 7 ayat (4)"],
    ["Prakarsa Perdes", "Pasal 8 ayat (5)"],
    ["Perubahan tata tertib", "Pasal 75 ayat (3)"],
  ] as const) {
    it(`${article}: two thirds of all members — 6 of 9 passes, 5 of 9 fails though a majority of those present`, async () => {
      const s = await openSession(9);
      await s.signIn(0, 8);
      await s.say("/buka");
      const m = s.members;
      const passed = await s.vote("Usul pertama", label, m.slice(0, 6), m.slice(6, 8));
      expect(passed.closed).toContain(`DITERIMA — Setuju 6, Tolak 2, Abstain 0; perlu 6 suara setuju dari 9 anggota (${article})`);
      const failed = await s.vote("Usul kedua", label, m.slice(0, 5), m.slice(5, 8));
      expect(failed.closed).toContain(`DITOLAK — Setuju 5, Tolak 3, Abstain 0; perlu 6 suara setuju dari 9 anggota (${article})`);
    });
  }

  it("a special majority that those present cannot reach is refused before the vote starts", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    await s.say("/keluar", s.members[5]);
    await s.signIn(6, 7);
    await s.say("/voting Meminta keterangan Kepala Desa");
    await s.say("/keluar", s.members[6]);
    expect(alertOf(await s.press("Permintaan keterangan Kades"))).toContain("Kuorum belum tercapai");
  });

  it("each member votes once and sees their own vote; members without Telegram vote through the chair; consensus and a show of hands are recorded", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    await s.say("/voting Menyetujui laporan");
    await s.press("Biasa");
    expect(alertOf(await s.press("Setuju", s.members[2]))).toBe("Suara Anda: Setuju");
    expect(alertOf(await s.press("Tolak", s.members[2]))).toContain("sudah memberikan suara pada pemungutan suara nomor 1; setiap anggota memberi suara satu kali");
    const outsider = userOf({ id: 2001, name: "Orang Luar" });
    expect(alertOf(await s.press("Setuju", outsider))).toContain("tidak terdaftar di BPD");
    expect(Object.keys((await s.session()).state.votes[0]!.ballots)).toEqual(["m3"]);
    await s.press("Tutup voting");

    await s.say("/mufakat Jadwal reses bulan Desember");
    expect(textOf(await s.press("Biasa"))).toContain("Diputuskan secara musyawarah mufakat: “Jadwal reses bulan Desember” (Pasal 60 ayat (1))");
    await s.say("/angkat 5 1 0 Menunda pembahasan APBDes");
    expect(textOf(await s.press("Biasa"))).toContain("Hasil angkat tangan: DITERIMA — Setuju 5, Tolak 1, Abstain 0; perlu 4 suara setuju dari 6 anggota hadir (Pasal 60 ayat (4))");
    expect(await s.say("/angkat 5 2 0 Lebih dari yang hadir")).toContain("Jumlah suara (7) melebihi anggota yang hadir dan berhak suara (6).");
    const decisions = (await s.session()).state.decisions.map((d) => [d.how, d.passed]);
    expect(decisions).toEqual([["vote", false], ["consensus", true], ["showOfHands", true]]);
  });
});

describe("elections of persons: a secret ballot cast in private chat (a product choice the rule book states)", () => {
  it("lets the chair pick candidates, sends each member a ballot privately, shows only counts in the group, and names who is elected", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    await s.say("/pemilihan Ketua Panitia Musyawarah");
    await s.press("▫️ Bambang Irawan");
    await s.press("▫️ Siti Aminah");
    expect(alertOf(await s.press("🗳 Mulai: suara rahasia", s.members[2]))).toContain("Hanya pimpinan rapat");
    await s.press("🗳 Mulai: suara rahasia");
    expect(s.board()).toContain("Rahasia: 0 dari 6 suara masuk");
    const choices = ["Bambang Irawan", "Bambang Irawan", "Siti Aminah", "Bambang Irawan", "Bambang Irawan", "Abstain"];
    for (const [i, choice] of choices.entries()) {
      const voter = s.members[i]!;
      expect(alertOf(await s.pressOnBoard("🗳 Surat suara rahasia", voter))).toBe("Surat suara dikirim ke chat pribadi Anda.");
      const cast = await bot.press(choice, { from: voter });
      expect(alertOf(cast)).toBe("Suara Anda tercatat.");
    }
    // Nothing in the group says who chose whom; the board counts only.
    const groupTexts = bot.api.events.filter((e) => e.chatId === s.chat.id).map((e) => e.text ?? "").join("\n");
    expect(groupTexts).not.toContain("Suara Anda tercatat");
    expect(s.board()).toContain("Rahasia: 6 dari 6 suara masuk");
    // A second ballot from the same member is refused.
    await s.pressOnBoard("🗳 Surat suara rahasia", s.members[0]!);
    expect(alertOf(await bot.press("Siti Aminah", { from: s.members[0]! }))).toContain("sudah memberikan suara");
    const closed = textOf(await s.press("Tutup voting"));
    expect(closed).toContain("TERPILIH Bambang Irawan — Bambang Irawan: 4, Siti Aminah: 1, abstain 1; perlu 4 (Pasal 60 ayat (4))");
  });
});

describe("Pasal 59: invitees speak only when allowed and never vote; observers may not speak", () => {
  it("refuses an invitee's vote and an observer's request to speak, and keeps observers out of a closed meeting", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    await s.say("/buka");
    const kades = userOf({ id: 2101, name: "Slamet Riyadi" });
    const warga = userOf({ id: 2102, name: "Warga Desa" });
    // The chair signs the invitee in by replying to their message (Pasal 44 ayat (2), 59 ayat (1) huruf a).
    const hello = bot.updates.groupMessage("Selamat pagi", { from: kades, chat: s.chat });
    await bot.send(hello);
    const reply = bot.updates.groupMessage("/undangan Kepala Desa", { from: s.chair, chat: s.chat });
    const withReply = { ...reply, message: { ...reply.message, reply_to_message: hello.message } } as typeof reply;
    await bot.send(withReply);
    expect((await s.session()).state.invitees).toMatchObject([{ name: "Slamet Riyadi", description: "Kepala Desa", telegramUserId: 2101 }]);
    expect(await s.say("/peninjau", warga)).toContain("Peninjau hadir: Warga Desa; tanpa hak suara dan tidak boleh menyatakan sesuatu (Pasal 59 ayat (6))");
    expect((await s.session()).state.observers).toMatchObject([{ name: "Warga Desa", telegramUserId: 2102 }]);

    await s.say("/acara 1");
    expect(await s.say("/bicara", warga)).toContain("Peninjau tidak boleh berbicara (Pasal 59 ayat (6))");
    await s.say("/voting Menyetujui laporan");
    await s.press("Biasa");
    expect(alertOf(await s.press("Setuju", kades))).toContain("Undangan tidak mempunyai hak suara (Pasal 59 ayat (5))");
    expect(alertOf(await s.press("Setuju", warga))).toContain("Peninjau tidak mempunyai hak suara (Pasal 59 ayat (6))");
    expect((await s.session()).state.votes[0]!.ballots).toEqual({});
    await s.press("Tutup voting");

    // An invitee without Telegram is signed in by the chair, and their leaving recorded from the panel (Pasal 44 ayat (4)).
    expect(await s.say("/undangan Pak Camat, Camat Mekarsari")).toContain("Undangan hadir: Pak Camat (Camat Mekarsari)");
    await s.panel("🚪 Catat keluar: Pak Camat");
    expect((await s.session()).state.invitees.find((g) => g.name === "Pak Camat")?.leftAt).not.toBeNull();
    // The invitee speaks when the chair gives the floor (Pasal 59 ayat (5)).
    await s.say("/tutupdaftar");
    expect(textOf(await s.panel("🎤 Lantai undangan: Slamet Riyadi"))).toContain("Slamet Riyadi mendapat giliran bicara");
    await s.say("/selesai");
    await s.say("/tutup");

    await s.say("/sidang paripurna tertutup 13:00 | Balai Desa | Sengketa batas");
    expect(await s.say("/peninjau", warga)).toContain("Rapat tertutup tidak terbuka untuk umum (Pasal 40 ayat (2))");
  });
});

describe("Pasal 42: a closed meeting may not decide the matters it lists", () => {
  it("asks whether a decision is one of them, and refuses it when it is", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:30:00" });
    const s = scene(await setUpCouncilOf(bot, 9));
    await s.say("/sidang paripurna tertutup 10:00 | Balai Desa | Pinjaman desa");
    await s.signIn(0, 6);
    await s.say("/buka");
    await s.say("/voting Menyetujui pinjaman untuk BUMDes");
    await s.press("Biasa");
    expect(alertOf(await s.press("utang piutang"))).toContain("Rapat tertutup tidak dapat mengambil keputusan tentang utang piutang, pinjaman dan pembebanan kepada Desa (Pasal 42 huruf e)");
    expect((await s.session()).state.votes).toEqual([]);
    await s.say("/voting Menunda pembahasan ke rapat terbuka");
    await s.press("Biasa");
    expect(textOf(await s.press("Bukan hal dalam Pasal 42"))).toContain("Pemungutan suara #1");
  });
});

describe("the live board and the chair's panel", () => {
  it("edits one board in place as the session goes, and sends it anew only when members must act on it", async () => {
    const s = await openSession(9);
    const boardsSent = () => bot.api.events.filter((e) => e.kind === "message" && (e.text ?? "").startsWith("📋")).length;
    expect(boardsSent()).toBe(1);
    await s.signIn(0, 6);
    expect(boardsSent()).toBe(1);
    expect(s.board()).toContain("6/9 hadir, kuorum 6 ✅");
    await s.say("/buka");
    expect(boardsSent()).toBe(2);
    await s.say("/acara 2");
    expect(s.board()).toContain("▶ 2. Rancangan APBDes");
    expect(boardsSent()).toBe(2);
  });

  it("refuses chair actions from a member, and stale or forged buttons, changing nothing", async () => {
    const s = await openSession(9);
    await s.signIn(0, 6);
    const before = (await s.session()).lastSequence;
    expect(alertOf(await s.panel("▶ Buka rapat", s.members[4]))).toContain("Hanya pimpinan rapat");
    expect(alertOf(await s.forge(`bpd:${(await s.session()).id + 7}:buka`, s.chair))).toBe("Tombol ini untuk rapat yang sudah selesai.");
    expect(alertOf(await s.forge(`bpd:${(await s.session()).id}:lantaike:x.zz`, s.chair))).toBe("Tombol ini sudah tidak berlaku.");
    expect(alertOf(await s.forge(`bpd:${(await s.session()).id}:hm:m9`, s.members[3]!))).toContain("Hanya pimpinan rapat (atau sekretaris untuk daftar hadir) yang mencatat untuk orang lain.");
    expect((await s.session()).lastSequence).toBe(before);
  });
});
