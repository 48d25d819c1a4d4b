import { afterEach, describe, expect, it } from "vitest";
import type { User } from "telegraf/types";
import type { Council } from "../../src/domain/council/council.ts";
import { draftFromMessage, draftText, type DecisionDraft } from "../../src/bot/features/council/decision-drafts.ts";
import { electionDraftFromMessage, electionDraftText } from "../../src/bot/features/council/election.ts";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { supergroupChat, userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { setUpCouncilOf, type ScenarioCouncil } from "../kit/council.ts";

/**
 * The council in a group that chose English with /bahasa en: the board, refusals with their article, the notices of a
 * fired timer, the chair's panel, a vote with its majority question and result, /bantuan and the record, all in
 * English, with the legal names kept (Rapat Paripurna, risalah, Pasal …). The same session in a group that kept
 * Indonesian says it in Indonesian, word for word as before.
 */

let bot: TestBot;
let running = false;
afterEach(async () => {
  if (running) await bot.close();
  running = false;
});

async function startBot(): Promise<void> {
  bot = await createTestBot({ clock: "2026-11-23T09:30:00" });
  running = true;
}

const textOf = (events: readonly OutgoingEvent[]) => events.map((e) => e.text ?? "").join("\n");
const alertOf = (events: readonly OutgoingEvent[]) => events.find((e) => e.kind === "callbackAnswer")?.text ?? "";

function scene(council: ScenarioCouncil) {
  const { chat, members } = council;
  const chair = members[0]!;
  const say = async (text: string, from: User = chair) => textOf(await bot.sendText(text, { from, chat }));
  const press = async (label: string, from: User = chair) => bot.press(label, { from, chat });
  const board = () => bot.api.events.filter((e) => (e.kind === "message" || e.kind === "edit") && e.method !== "editMessageReplyMarkup" && (e.text ?? "").startsWith("📋")).at(-1)?.text ?? "";
  const boardButtons = () => {
    const entry = bot.api.transcript(chat.id).findLast((e) => (e.message.text ?? "").startsWith("📋"));
    return JSON.stringify(entry?.message.reply_markup ?? {});
  };
  const signIn = async (from: number, to: number) => {
    for (const member of members.slice(from, to)) await say("/hadir", member);
  };
  return { chat, members, chair, say, press, board, boardButtons, signIn };
}

/** What each language says at each step of the same session; the Indonesian is what the bot has always said. */
const SAYS = {
  id: {
    boardTitle: "📋 Rapat Paripurna BPD Mekarsari 9 (terbuka)",
    scheduled: "Status: dijadwalkan, belum dibuka",
    quorumLine: "👥 0/9 hadir, kuorum 6 ⏳",
    boardButtons: ["✋ Hadir", "▶ Buka sidang", "⚙ Pimpinan"],
    noQuorum: "Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))",
    postponed: "⏳ Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6. Rapat ditunda sampai 11.00 (Pasal 45 ayat (1)).",
    postponedBoard: "Status: ditunda sampai 11.00",
    stillRunning: "Penundaan masih berjalan sampai 11.00",
    opened: "🔔 Rapat dibuka: 6 dari 9 anggota hadir, kuorum 6",
    panelTitle: "⚙ Panel pimpinan rapat — Ahmad Fauzi",
    panelNote: "Hanya pimpinan rapat yang dapat memakai tombol ini.",
    panelItem: "▶ Acara 1",
    notPresiding: "Hanya pimpinan rapat",
    registration: "Pendaftaran pembicara: dibuka",
    motion: "Menyetujui jadwal reses",
    question: "🗳 Pemungutan suara\nUsul: “Menyetujui jadwal reses”\n\nKeputusan ini memerlukan suara:",
    ordinary: "Biasa",
    voteStarted: "🗳 Pemungutan suara #1: “Menyetujui jadwal reses”. Anggota yang hadir menekan Setuju, Tolak atau Abstain pada papan rapat.",
    yes: "Setuju",
    no: "Tolak",
    yourVote: "Suara Anda: Setuju",
    tally: "   Setuju 4 · Tolak 2 · Abstain 0 (6 dari 6 suara)",
    closeVote: "Tutup voting",
    result: "🗳 Hasil pemungutan suara #1: DITERIMA — Setuju 4, Tolak 2, Abstain 0; perlu 4 suara setuju dari 6 anggota hadir (Pasal 60 ayat (4)).",
    decisions: "Keputusan:\n1. “Menyetujui jadwal reses” — DITERIMA (Setuju 4, Tolak 2, Abstain 0; perlu 4 suara setuju dari 6 anggota hadir (Pasal 60 ayat (4)))",
    help: ["Perintah yang bisa Anda pakai:", "/pimpinan — panel pimpinan rapat: semua tindakan pimpinan dengan tombol", "/bahasa — ganti bahasa (Indonesia/English)"],
    closed: "🔚 Rapat ditutup.\nKeputusan:",
    caption: "Koreksi dapat disampaikan sampai 30-11-2026 pukul 10.40 dengan /koreksi TEKS (Pasal 56 ayat (4))",
    record: "Risalah Rapat Paripurna BPD Mekarsari 9, 23-11-2026 pukul 10.00",
  },
  en: {
    boardTitle: "📋 Rapat Paripurna (plenary) BPD Mekarsari 9 (open)",
    scheduled: "Status: scheduled, not open yet",
    quorumLine: "👥 0/9 present, quorum 6 ⏳",
    boardButtons: ["✋ Present", "▶ Open the session", "⚙ Chair"],
    noQuorum: "Quorum not reached: 5 of 9 members present, 6 required (Pasal 30 ayat (3))",
    postponed: "⏳ Quorum not reached: 5 of 9 members present, 6 required. The meeting is postponed until 11.00 (Pasal 45 ayat (1)).",
    postponedBoard: "Status: postponed until 11.00",
    stillRunning: "The postponement runs until 11.00",
    opened: "🔔 The meeting is open: 6 of 9 members present, quorum 6",
    panelTitle: "⚙ Chair's panel — Ahmad Fauzi",
    panelNote: "Only the person chairing the meeting can use these buttons.",
    panelItem: "▶ Item 1",
    notPresiding: "Only the person chairing the meeting",
    registration: "Speaker registration: open",
    motion: "Approve the recess schedule",
    question: "🗳 Vote\nMotion: “Approve the recess schedule”\n\nWhich majority does this decision need?",
    ordinary: "Ordinary",
    voteStarted: "🗳 Vote #1: “Approve the recess schedule”. Members present press Yes, No or Abstain on the board.",
    yes: "Yes",
    no: "No",
    yourVote: "Your vote: Yes",
    tally: "   Yes 4 · No 2 · Abstain 0 (6 of 6 votes)",
    closeVote: "Close the vote",
    result: "🗳 Result of vote #1: PASSED — Yes 4, No 2, Abstain 0; 4 votes in favour needed of 6 members present (Pasal 60 ayat (4)).",
    decisions: "Decisions:\n1. “Approve the recess schedule” — PASSED (Yes 4, No 2, Abstain 0; 4 votes in favour needed of 6 members present (Pasal 60 ayat (4)))",
    help: ["Commands you can use:", "/pimpinan — the chair's panel: every chair action by button", "/bahasa — switch language"],
    closed: "🔚 The meeting is closed.\nDecisions:",
    caption: "Corrections may be sent until 30-11-2026 at 10.40 with /koreksi TEXT (Pasal 56 ayat (4))",
    record: "Risalah of the Rapat Paripurna (plenary) of BPD Mekarsari 9, 23-11-2026 at 10.00",
  },
} as const;

describe("a council session in the group's language (/bahasa en)", () => {
  for (const language of ["id", "en"] as const) {
    const w = SAYS[language];
    it(`${language}: board, refusal with its article, the postponement timer, the chair's panel, a vote, /bantuan and the record`, async () => {
      await startBot();
      const s = scene(await setUpCouncilOf(bot, 9));
      // Anyone in the group may switch it (general feature); Indonesian groups are left as they are.
      if (language === "en") expect(await s.say("/bahasa en")).toBe("This chat now uses English.");

      await s.say("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes");
      expect(s.board()).toContain(w.boardTitle);
      expect(s.board()).toContain(w.scheduled);
      expect(s.board()).toContain(w.quorumLine);
      for (const label of w.boardButtons) expect(s.boardButtons()).toContain(label);

      await s.signIn(0, 5);
      expect(await s.say("/buka")).toContain(w.noQuorum);

      // The stored timer fires at the planned start: it has no update, so the group's language comes from the store.
      bot.setClock("2026-11-23T10:00:00");
      expect(await bot.app.jobs.runDue()).toBe(1);
      expect(textOf(bot.api.events.slice(-2))).toContain(w.postponed);
      expect(s.board()).toContain(w.postponedBoard);
      expect(await s.say("/tunda 12:00")).toContain(w.stillRunning);

      bot.setClock("2026-11-23T10:20:00");
      await s.signIn(5, 6);
      expect(await s.say("/buka")).toContain(w.opened);

      const panel = await s.say("/pimpinan");
      expect(panel).toContain(w.panelTitle);
      expect(panel).toContain(w.panelNote);
      expect(alertOf(await s.press(w.panelItem, s.members[2]))).toContain(w.notPresiding);
      const pressed = await s.press(w.panelItem);
      // The panel is redrawn in place (recognised by its title in either language).
      expect(pressed.some((e) => e.kind === "edit" && (e.text ?? "").startsWith(w.panelTitle))).toBe(true);
      expect(s.board()).toContain(w.registration);

      expect(await s.say(`/voting ${w.motion}`)).toBe(w.question);
      // The draft's motion is read back from the question's text when the majority is pressed.
      expect(textOf(await s.press(w.ordinary))).toContain(w.voteStarted);
      expect(alertOf(await s.press(w.yes, s.members[0]))).toBe(w.yourVote);
      for (const member of s.members.slice(1, 4)) await s.press(w.yes, member);
      for (const member of s.members.slice(4, 6)) await s.press(w.no, member);
      expect(s.board()).toContain(w.tally);
      expect(textOf(await s.press(w.closeVote))).toContain(w.result);
      expect(s.board()).toContain(w.decisions);

      const help = await s.say("/bantuan");
      for (const line of w.help) expect(help).toContain(line);

      bot.setClock("2026-11-23T10:40:00");
      const closing = await bot.sendText("/tutup", { from: s.chair, chat: s.chat });
      expect(textOf(closing)).toContain(w.closed);
      const draft = closing.find((e) => e.kind === "document");
      // The record itself is the official Indonesian document; only what the bot says about it is in English.
      expect(draft?.fileName).toBe("risalah-sementara-bpd-mekarsari-9-2026-11-23.odt");
      expect(draft?.text).toMatch(/^📄 Risalah Sementara\.\n/);
      expect(draft?.text).toContain(w.caption);
      expect(await s.say("/risalah")).toContain(w.record);
      expect(bot.errors()).toEqual([]);
    });
  }

  it("reads back a question asked in Indonesian after the group switched to English; a show of hands, an election, a suspension and its timer in English; and back to Indonesian", async () => {
    await startBot();
    const s = scene(await setUpCouncilOf(bot, 9));
    await s.say("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa");
    await s.signIn(0, 7);
    await s.say("/buka");

    // Asked in Indonesian; the group switches; the chair answers the Indonesian question.
    expect(await s.say("/angkat 5 1 1 Menunda pembahasan APBDes")).toContain("Usul: “Menunda pembahasan APBDes”\nSetuju 5, Tolak 1, Abstain 1");
    await s.say("/bahasa en");
    const hands = textOf(await s.press("Biasa"));
    expect(hands).toContain("🗳 Show of hands: PASSED — Yes 5, No 1, Abstain 1; 4 votes in favour needed of 7 members present (Pasal 60 ayat (4)).");
    expect(hands).toContain("🗳 Show of hands\nMotion: “Menunda pembahasan APBDes”\nYes 5, No 1, Abstain 1\n✅ Pasal 60 ayat (4)");

    // A show of hands asked in English, answered in English.
    expect(await s.say("/angkat 6 1 0 Adopt the agenda")).toBe("🗳 Show of hands\nMotion: “Adopt the agenda”\nYes 6, No 1, Abstain 0\n\nWhich majority does this decision need?");
    expect(textOf(await s.press("Ordinary"))).toContain("🗳 Show of hands: PASSED — Yes 6, No 1, Abstain 0");
    expect(await s.say("/angkat 6 2 0 More than present")).toContain("The votes counted (8) exceed the members present with a vote (7).");

    // An election: the office and candidates are read back from the English message at each press.
    expect(await s.say("/pemilihan Ketua Panitia Musyawarah")).toContain("🗳 Election: Ketua Panitia Musyawarah\nCandidates: \n\nPress the candidates' names");
    await s.press("▫️ Bambang Irawan");
    const picked = textOf(await s.press("▫️ Siti Aminah"));
    expect(picked).toContain("Candidates: Bambang Irawan; Siti Aminah");
    expect(alertOf(await s.press("Start: open vote", s.members[2]))).toContain("Only the person chairing the meeting");
    await s.press("Start: open vote");
    for (const member of s.members.slice(0, 5)) await s.press("Bambang Irawan", member);
    await s.press("Siti Aminah", s.members[5]);
    await s.press("Abstain", s.members[6]);
    expect(textOf(await s.press("Close the vote"))).toContain("ELECTED Bambang Irawan — Bambang Irawan: 5, Siti Aminah: 1, abstain 1; 4 needed (Pasal 60 ayat (4))");

    // A refusal of the engine, and what a typed command lacks.
    expect(await s.say("/acara 5")).toBe("There is no agenda item 5 (the agenda has 1).");
    expect(await s.say("/skors")).toBe("Give the time it lasts until, e.g. /skors 13:00");

    // A suspension and its stored timer, announced in English.
    expect(await s.say("/skors 13:00")).toContain("⏸ The meeting is suspended until 13.00");
    expect(s.board()).toContain("Status: suspended until 13.00");
    bot.setClock("2026-11-23T13:00:00");
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(textOf(bot.api.events.slice(-2))).toContain("⏰ The suspension is over. The person chairing resumes the meeting with /lanjut.");

    // Back to Indonesian: the same group reads Indonesian again.
    await s.say("/bahasa id");
    await s.say("/lanjut");
    expect(s.board()).toContain("📋 Rapat Paripurna BPD Mekarsari 9 (terbuka)");
    expect(s.board()).toContain("Status: sedang berlangsung");
    expect(await s.say("/pimpinan")).toContain("⚙ Panel pimpinan rapat — Ahmad Fauzi");
    expect(await s.say("/skors")).toBe("Tulis sampai jam berapa, misalnya /skors 13:00");
    expect(bot.errors()).toEqual([]);
  });

  it("sets up a council in English: the explanation, a line error and the roster", async () => {
    await startBot();
    const chat = supergroupChat(-1_001_799_000_001, "BPD Desa Baru");
    const chair = userOf({ id: 7001, name: "Ahmad Fauzi" });
    const say = async (text: string) => textOf(await bot.sendText(text, { from: chair, chat }));
    await say("/bahasa en");
    expect(await say("/bpd")).toContain("This group is not linked to a council (BPD) yet. The chair registers it with one message:");
    expect(await say("/bpd Baru\nKetua Ahmad Fauzi 1970")).toBe(
      "Line 2 is not understood: “Ketua Ahmad Fauzi 1970”. Begin it with Ketua: (chair), Wakil: (vice chair), Anggota: (member) or Sekretaris: (secretary).",
    );
    const members = ["Ketua: Ahmad Fauzi, 1970", "Wakil: Sri Wahyuni, 1971", "Anggota: Bambang Irawan, 1972, Pemerintahan", "Anggota: Siti Aminah, 1973, Pembangunan", "Anggota: Wayan Sudarsana, 1974, Kemasyarakatan"];
    const saved = await say(["/bpd Baru", ...members].join("\n"));
    expect(saved).toContain("✅ BPD Baru saved (Perbup Banjarnegara 962/2011)");
    expect(saved).toContain("• Bambang Irawan (Member, Bidang Pemerintahan, 1972) — not linked");
    expect(saved).toContain("• Ahmad Fauzi (Chair, 1970) — ✅ linked");
    expect(bot.errors()).toEqual([]);
  });
});

describe("the bot's own questions are read back in either language", () => {
  const council = {
    members: [
      { id: "m1", name: "Ahmad Fauzi" },
      { id: "m2", name: "Sri Wahyuni" },
    ],
  } as unknown as Council;

  for (const language of ["id", "en"] as const) {
    it(`${language}: a decision's motion and counts, an election's office and candidates`, () => {
      const vote: DecisionDraft = { how: "vote", motion: "Menyetujui “APBDes” 2027\nberikut lampirannya" };
      expect(draftFromMessage("vote", `${draftText(vote, language)}\n\nquestion`)).toEqual(vote);
      const hands: DecisionDraft = { how: "hands", motion: "Approve the agenda", counts: { yes: 6, no: 2, abstain: 1 } };
      expect(draftFromMessage("hands", draftText(hands, language))).toEqual(hands);
      expect(draftFromMessage("hands", draftText({ how: "hands", motion: "No counts" }, language))).toBeUndefined();
      const election = { office: "Ketua BPD", candidates: ["m2", "m1"] };
      expect(electionDraftFromMessage(council, electionDraftText(council, election, language))).toEqual(election);
      expect(electionDraftFromMessage(council, electionDraftText(council, { office: "Wakil Ketua", candidates: [] }, language))).toEqual({ office: "Wakil Ketua", candidates: [] });
    });
  }

  it("the Indonesian texts are as they were", () => {
    expect(draftText({ how: "hands", motion: "Menunda", counts: { yes: 5, no: 1, abstain: 0 } })).toBe("🗳 Angkat tangan\nUsul: “Menunda”\nSetuju 5, Tolak 1, Abstain 0");
    expect(electionDraftText(council, { office: "Ketua BPD", candidates: ["m1"] })).toBe(
      "🗳 Pemilihan: Ketua BPD\nCalon: Ahmad Fauzi\n\nTekan nama calon (tekan lagi untuk membatalkan), lalu mulai pemungutan suara.",
    );
  });
});
