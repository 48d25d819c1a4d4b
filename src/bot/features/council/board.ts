import type { DateTime } from "luxon";
import type { Council } from "../../../domain/council/council.ts";
import { findMember } from "../../../domain/council/council.ts";
import type { Person } from "../../../domain/council/participants.ts";
import type { CouncilRuleBook } from "../../../domain/council/rule-book.ts";
import type { SessionEvent } from "../../../domain/council/session-events.ts";
import { presentCount, presentMembers, quorum, remainingSpeakingSeconds, runningVote } from "../../../domain/council/session-state.ts";
import type { Decision, SessionState } from "../../../domain/council/session-state.ts";
import type { SessionKind } from "../../../domain/council/rule-book.ts";
import type { VoteResult } from "../../../domain/council/vote.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";
import { choiceName, citationSuffix, clock, phaseName, say } from "./messages.ts";

/**
 * The one live board of a session, edited in place as the session changes, and the notices of what needs attention:
 * Indonesian, or English for a chat that chose it (legal names such as "Rapat Paripurna" stay Indonesian).
 */

const KIND_GLOSSES: Record<SessionKind, string> = {
  plenary: "plenary",
  leadership: "leadership meeting",
  steeringCommittee: "steering committee meeting",
  commission: "commission meeting",
  workingMeeting: "working meeting",
  hearing: "hearing",
};

/** "Rapat Paripurna", in English "Rapat Paripurna (plenary)": the legal name, explained. */
export function sessionKindName(rules: CouncilRuleBook, kind: SessionKind, language: Language = "id"): string {
  const name = rules.sessionKinds[kind].name;
  return say(language, name, `${name} (${KIND_GLOSSES[kind]})`);
}

export function personName(council: Council, state: SessionState, person: Person, language: Language = "id"): string {
  switch (person.kind) {
    case "member":
      return findMember(council, person.id)?.name ?? person.id;
    case "invitee":
      return state.invitees.find((g) => g.id === person.id)?.name ?? person.id;
    case "observer":
      return state.observers.find((g) => g.id === person.id)?.name ?? person.id;
    case "secretary":
      return council.secretary?.name ?? say(language, "Sekretaris", "Secretary");
  }
}

function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

function minutes(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** `name` turns a candidate's member id into a name; the board passes none and shows ids. */
export function memberNameOf(council: Council): (memberId: string) => string {
  return (id) => findMember(council, id)?.name ?? id;
}

export function resultLine(result: VoteResult, name: (memberId: string) => string = (id) => id, language: Language = "id"): string {
  if (result.kind === "motion") {
    const { yes, no, abstain } = result.tally;
    return say(
      language,
      `Setuju ${yes}, Tolak ${no}, Abstain ${abstain}; perlu ${result.threshold} suara setuju dari ${result.majority === "ordinary" ? `${result.present} anggota hadir` : `${result.allMembers} anggota`}${citationSuffix(result.citation)}`,
      `Yes ${yes}, No ${no}, Abstain ${abstain}; ${result.threshold} votes in favour needed of ${result.majority === "ordinary" ? `${result.present} members present` : `all ${result.allMembers} members`}${citationSuffix(result.citation)}`,
    );
  }
  const tally = result.tally.map((t) => `${name(t.candidate)}: ${t.votes}`).join(", ");
  return say(
    language,
    `${tally}, abstain ${result.abstain}; perlu ${result.threshold}${citationSuffix(result.citation)}`,
    `${tally}, abstain ${result.abstain}; ${result.threshold} needed${citationSuffix(result.citation)}`,
  );
}

function verdictOf(passed: boolean, language: Language): string {
  return passed ? say(language, "DITERIMA", "PASSED") : say(language, "DITOLAK", "REFUSED");
}

export function decisionLine(decision: Decision, name?: (memberId: string) => string, language: Language = "id"): string {
  const verdict = verdictOf(decision.passed, language);
  if (decision.how === "consensus") {
    return say(
      language,
      `${decision.decisionNo}. “${decision.motion}” — ${verdict} secara musyawarah mufakat${citationSuffix(decision.citation)}`,
      `${decision.decisionNo}. “${decision.motion}” — ${verdict} by consensus (musyawarah mufakat)${citationSuffix(decision.citation)}`,
    );
  }
  return `${decision.decisionNo}. “${decision.motion}” — ${verdict} (${decision.result ? resultLine(decision.result, name, language) : ""})`;
}

export function boardText(council: Council, state: SessionState, rules: CouncilRuleBook, now: DateTime, language: Language = "id"): string {
  const t = (id: string, en: string) => say(language, id, en);
  const setup = state.setup;
  if (!setup) return t(`BPD ${council.village}: belum ada rapat.`, `BPD ${council.village}: no meeting yet.`);
  const kind = sessionKindName(rules, setup.kind, language);
  const until = (iso: string) => t(` sampai ${clock(iso)}`, ` until ${clock(iso)}`);
  const lines = [
    `📋 ${kind} BPD ${council.village} (${setup.nature === "open" ? t("terbuka", "open") : t("tertutup", "closed")})`,
    `📍 ${setup.place} · ${date(setup.plannedStart)} ${clock(setup.plannedStart)}`,
    `Status: ${phaseName(state.phase, language)}${state.phase === "postponed" && state.postponements.length ? until(state.postponements[state.postponements.length - 1]!.until) : ""}${state.phase === "suspended" && state.suspendedUntil ? until(state.suspendedUntil) : ""}`,
    `👥 ${presentCount(state)}/${setup.quorum.members} ${t("hadir, kuorum", "present, quorum")} ${quorum(state)} ${presentCount(state) >= quorum(state) ? "✅" : "⏳"}`,
  ];
  const presiding = state.presiding ? findMember(council, state.presiding)?.name : undefined;
  if (presiding) lines.push(`${t("Pimpinan rapat", "Chairing")}: ${presiding}`);
  const present = presentMembers(state).map((id) => findMember(council, id)?.name ?? id);
  if (present.length) lines.push(`${t("Hadir", "Present")}: ${present.join(", ")}`);
  lines.push(t("Acara:", "Agenda:"));
  setup.agenda.forEach((title, i) => lines.push(`${state.currentItem === i + 1 ? "▶" : " "} ${i + 1}. ${title}`));
  if (state.currentItem !== null) {
    const registered = state.registered.length ? t(` (${state.registered.length} terdaftar)`, ` (${state.registered.length} registered)`) : "";
    lines.push(`${t("Pendaftaran pembicara", "Speaker registration")}: ${state.registrationOpen ? t("dibuka", "open") : t("ditutup", "closed")}${registered}`);
  }
  if (state.floor) {
    const remaining = minutes(remainingSpeakingSeconds(state, now) ?? 0);
    const speaker = personName(council, state, state.floor.speaker, language);
    lines.push(t(`🎤 Berbicara: ${speaker} (sisa ${remaining})`, `🎤 Speaking: ${speaker} (${remaining} left)`));
  }
  if (state.interruption) lines.push(`✋ ${t("Interupsi", "Interruption")}: ${findMember(council, state.interruption.member)?.name ?? state.interruption.member}`);
  for (const r of state.interruptionRequests) lines.push(`✋ ${t("Minta interupsi", "Asks to interrupt")} #${r.requestNo}: ${findMember(council, r.member)?.name ?? r.member}`);
  if (state.queue.length) lines.push(`${t("Antrean", "Queue")}: ${state.queue.map((p) => personName(council, state, p, language)).join(", ")}`);
  const vote = runningVote(state);
  if (vote) {
    const ballots = Object.values(vote.ballots);
    const count = (c: string) => ballots.filter((b) => b === c).length;
    const cast = t(`(${ballots.length} dari ${presentCount(state)} suara)`, `(${ballots.length} of ${presentCount(state)} votes)`);
    lines.push(`🗳 Voting #${vote.voteNo}: “${vote.motion}”`);
    if (vote.secret) {
      lines.push(
        t(
          `   Rahasia: ${ballots.length} dari ${presentCount(state)} suara masuk; surat suara di chat pribadi`,
          `   Secret: ${ballots.length} of ${presentCount(state)} votes in; ballots in private chats`,
        ),
      );
    } else if (vote.candidates) lines.push(`   ${[...vote.candidates, "abstain"].map((c) => `${c === "abstain" ? "Abstain" : (findMember(council, c)?.name ?? c)} ${count(c)}`).join(" · ")} ${cast}`);
    else lines.push(`   ${choiceName("yes", language)} ${count("yes")} · ${choiceName("no", language)} ${count("no")} · ${choiceName("abstain", language)} ${count("abstain")} ${cast}`);
  }
  if (state.decisions.length) {
    lines.push(t("Keputusan:", "Decisions:"));
    for (const d of state.decisions) lines.push(decisionLine(d, memberNameOf(council), language));
  }
  return lines.join("\n");
}

/**
 * The members' buttons: attendance, the floor, interruptions, the vote. The chair's actions are on the chair's panel
 * ("⚙ Pimpinan"), so the board stays short on a phone.
 */
export function boardKeyboard(sessionId: number, state: SessionState, council?: Council, language: Language = "id") {
  const t = (id: string, en: string) => say(language, id, en);
  const b = (label: string, action: Parameters<typeof councilData>[1], arg?: string | number) => button(label, councilData(sessionId, action, arg));
  const panel = b(t("⚙ Pimpinan", "⚙ Chair"), "pnl");
  const present = b(t("✋ Hadir", "✋ Present"), "hadir");
  const leave = b(t("Keluar", "Leave"), "keluar");
  switch (state.phase) {
    case "scheduled":
    case "postponed":
      return keyboard([present, b(t("▶ Buka sidang", "▶ Open the session"), "buka"), panel]);
    case "suspended":
      return keyboard([present, leave, panel], 3);
    case "open": {
      const vote = runningVote(state);
      if (vote) {
        const choices =
          vote.candidates === null
            ? [b(choiceName("yes", language), "vote", "yes"), b(choiceName("no", language), "vote", "no"), b(choiceName("abstain", language), "vote", "abstain")]
            : vote.secret
              ? [b(t("🗳 Surat suara rahasia", "🗳 Secret ballot"), "surat")]
              : [...vote.candidates.map((id) => b((council && findMember(council, id)?.name) ?? id, "vote", id)), b(choiceName("abstain", language), "vote", "abstain")];
        return keyboard([...choices, b(t("Tutup voting", "Close the vote"), "tutupvote"), panel], 3);
      }
      const buttons = [present, leave, b(t("🎤 Bicara", "🎤 Speak"), "bicara")];
      if (state.floor) buttons.push(b(t("✋ Interupsi", "✋ Interrupt"), "interupsi"), b(t("✋ Usul tunda", "✋ Move to postpone"), "intunda"));
      const retractable = state.improperWordsWarnings.find((w) => !w.retracted);
      if (retractable) buttons.push(b(t(`Tarik kata-kata (${retractable.warningNo})`, `Retract words (${retractable.warningNo})`), "tarik", retractable.warningNo));
      if (state.floor) buttons.push(b(t("Selesai bicara", "Finish speaking"), "selesai"));
      buttons.push(panel);
      return keyboard(buttons, 3);
    }
    default:
      return undefined;
  }
}

/** A new message for the events that need attention; the board shows the rest. */
export function noticeFor(council: Council, state: SessionState, event: SessionEvent, language: Language = "id"): string | undefined {
  const t = (id: string, en: string) => say(language, id, en);
  const name = (p: Person) => personName(council, state, p, language);
  const member = (id: string) => findMember(council, id)?.name ?? id;
  switch (event.type) {
    case "inviteeSignedIn": {
      const { name: who, description } = event.payload;
      return t(
        `👤 Undangan hadir: ${who}${description ? ` (${description})` : ""}, dalam daftar hadir undangan (Pasal 44 ayat (2)); berbicara atas persetujuan pimpinan rapat, tanpa hak suara (Pasal 59 ayat (5)).`,
        `👤 Invitee present: ${who}${description ? ` (${description})` : ""}, on the invitees' attendance list (Pasal 44 ayat (2)); speaks with the chair's consent, without a vote (Pasal 59 ayat (5)).`,
      );
    }
    case "observerSignedIn":
      return t(
        `👤 Peninjau hadir: ${event.payload.name}; tanpa hak suara dan tidak boleh menyatakan sesuatu (Pasal 59 ayat (6)).`,
        `👤 Observer present: ${event.payload.name}; no vote, and may not speak (Pasal 59 ayat (6)).`,
      );
    case "sessionPostponed": {
      const p = event.payload;
      return t(
        `⏳ Kuorum belum tercapai: ${p.present} dari ${p.members} anggota hadir, diperlukan ${p.required}. Rapat ditunda sampai ${clock(p.until)}${citationSuffix(p.citation)}.`,
        `⏳ Quorum not reached: ${p.present} of ${p.members} members present, ${p.required} required. The meeting is postponed until ${clock(p.until)}${citationSuffix(p.citation)}.`,
      );
    }
    case "sessionOpened": {
      const p = event.payload;
      return t(
        `🔔 Rapat dibuka: ${p.present} dari ${p.members} anggota hadir, kuorum ${p.required}${p.withoutQuorum ? " (tanpa kuorum, pemilihan tetap dilaksanakan)" : ""}${citationSuffix(p.citation)}.`,
        `🔔 The meeting is open: ${p.present} of ${p.members} members present, quorum ${p.required}${p.withoutQuorum ? " (without quorum, the election goes ahead)" : ""}${citationSuffix(p.citation)}.`,
      );
    }
    case "quorumLost": {
      const p = event.payload;
      return t(
        `⚠️ Kuorum tidak lagi terpenuhi: ${p.present} dari ${p.members} anggota hadir, diperlukan ${p.required}${citationSuffix(p.citation)}. Keputusan menunggu sampai kuorum kembali.`,
        `⚠️ Quorum no longer met: ${p.present} of ${p.members} members present, ${p.required} required${citationSuffix(p.citation)}. Decisions wait until quorum returns.`,
      );
    }
    case "floorGiven": {
      const minutes = Math.round(event.payload.seconds / 60);
      return t(
        `🎤 ${name(event.payload.speaker)} mendapat giliran bicara, ${minutes} menit${citationSuffix(event.payload.citation)}.`,
        `🎤 ${name(event.payload.speaker)} has the floor, ${minutes} minutes${citationSuffix(event.payload.citation)}.`,
      );
    }
    case "speakingTimeWarned":
      return t(
        `⏰ Waktu bicara ${name(event.payload.speaker)} sudah habis${citationSuffix(event.payload.citation)}.`,
        `⏰ ${name(event.payload.speaker)}'s speaking time is up${citationSuffix(event.payload.citation)}.`,
      );
    case "offTopicWarned":
      return t(
        `⚠️ ${name(event.payload.speaker)} diingatkan agar kembali ke pokok pembicaraan${citationSuffix(event.payload.citation)}.`,
        `⚠️ ${name(event.payload.speaker)} is reminded to return to the subject${citationSuffix(event.payload.citation)}.`,
      );
    case "speakerPassedOver":
      return t(
        `${name(event.payload.speaker)} tidak hadir pada gilirannya dan dilewati${citationSuffix(event.payload.citation)}.`,
        `${name(event.payload.speaker)} was not present for their turn and is passed over${citationSuffix(event.payload.citation)}.`,
      );
    case "interruptionRequested": {
      const postpone = event.payload.purpose === "postpone";
      return t(
        `✋ ${member(event.payload.member)} meminta interupsi (${postpone ? "usul menunda pembahasan" : "penjelasan"})${citationSuffix(event.payload.citation)}.`,
        `✋ ${member(event.payload.member)} asks to interrupt (${postpone ? "motion to postpone the discussion" : "clarification"})${citationSuffix(event.payload.citation)}.`,
      );
    }
    case "interruptionAllowed": {
      const minutes = Math.round(event.payload.seconds / 60);
      return t(
        `✋ Interupsi ${member(event.payload.member)} diizinkan, ${minutes} menit, tanpa perdebatan${citationSuffix(event.payload.citation)}.`,
        `✋ ${member(event.payload.member)}'s interruption is allowed, ${minutes} minutes, without debate${citationSuffix(event.payload.citation)}.`,
      );
    }
    case "interruptionRefused":
      return t(
        `Interupsi ${member(event.payload.member)} tidak diizinkan${citationSuffix(event.payload.citation)}.`,
        `${member(event.payload.member)}'s interruption is not allowed${citationSuffix(event.payload.citation)}.`,
      );
    case "interruptionEnded":
      return t(
        `Interupsi selesai; ${name(event.payload.resumes)} melanjutkan${citationSuffix(event.payload.citation)}.`,
        `The interruption is over; ${name(event.payload.resumes)} continues${citationSuffix(event.payload.citation)}.`,
      );
    case "improperWordsWarned":
      return t(
        `⚠️ ${name(event.payload.person)} diperingatkan untuk menarik kata-kata yang tidak layak${citationSuffix(event.payload.citation)}.`,
        `⚠️ ${name(event.payload.person)} is warned to retract improper words${citationSuffix(event.payload.citation)}.`,
      );
    case "wordsRetracted":
      return t(
        `${name(event.payload.person)} menarik kata-katanya; dihapus dari risalah${citationSuffix(event.payload.citation)}.`,
        `${name(event.payload.person)} retracts their words; struck from the risalah (minutes)${citationSuffix(event.payload.citation)}.`,
      );
    case "speechForbidden":
      return t(
        `⛔ ${name(event.payload.person)} dilarang meneruskan pembicaraan pada acara ini${citationSuffix(event.payload.citation)}.`,
        `⛔ ${name(event.payload.person)} is forbidden to continue speaking on this item${citationSuffix(event.payload.citation)}.`,
      );
    case "askedToLeave":
      return t(
        `⛔ ${name(event.payload.person)} diminta meninggalkan rapat${citationSuffix(event.payload.citation)}.`,
        `⛔ ${name(event.payload.person)} is asked to leave the meeting${citationSuffix(event.payload.citation)}.`,
      );
    case "sessionSuspended":
      return t(
        `⏸ Rapat diskors sampai ${clock(event.payload.until)}${citationSuffix(event.payload.citation)}.`,
        `⏸ The meeting is suspended until ${clock(event.payload.until)}${citationSuffix(event.payload.citation)}.`,
      );
    case "voteStarted": {
      const { voteNo, motion, candidates, secret } = event.payload;
      if (candidates && secret) {
        return t(
          `🗳 Pemungutan suara #${voteNo}: “${motion}”, rahasia. Anggota yang hadir menekan «Surat suara rahasia» pada papan rapat dan memilih di chat pribadi dengan bot.`,
          `🗳 Vote #${voteNo}: “${motion}”, by secret ballot. Members present press «Surat suara rahasia» on the board and choose in their private chat with the bot.`,
        );
      }
      if (candidates) {
        return t(
          `🗳 Pemungutan suara #${voteNo}: “${motion}”. Anggota yang hadir menekan nama calon, atau Abstain, pada papan rapat.`,
          `🗳 Vote #${voteNo}: “${motion}”. Members present press a candidate's name, or Abstain, on the board.`,
        );
      }
      return t(
        `🗳 Pemungutan suara #${voteNo}: “${motion}”. Anggota yang hadir menekan Setuju, Tolak atau Abstain pada papan rapat.`,
        `🗳 Vote #${voteNo}: “${motion}”. Members present press Yes, No or Abstain on the board.`,
      );
    }
    case "voteClosed": {
      const r = event.payload.result;
      const verdict =
        r.kind === "motion"
          ? verdictOf(r.passed, language)
          : r.elected
            ? t(`TERPILIH ${member(r.elected)}`, `ELECTED ${member(r.elected)}`)
            : t("BELUM ADA YANG TERPILIH", "NOBODY ELECTED YET");
      const result = resultLine(r, memberNameOf(council), language);
      return t(`🗳 Hasil pemungutan suara #${event.payload.voteNo}: ${verdict} — ${result}.`, `🗳 Result of vote #${event.payload.voteNo}: ${verdict} — ${result}.`);
    }
    case "showOfHandsRecorded": {
      const verdict = verdictOf(event.payload.result.passed, language);
      const result = resultLine(event.payload.result, undefined, language);
      return t(`🗳 Hasil angkat tangan: ${verdict} — ${result}.`, `🗳 Show of hands: ${verdict} — ${result}.`);
    }
    case "consensusRecorded":
      return t(
        `🤝 Diputuskan secara musyawarah mufakat: “${event.payload.motion}”${citationSuffix(event.payload.citation)}.`,
        `🤝 Decided by consensus (musyawarah mufakat): “${event.payload.motion}”${citationSuffix(event.payload.citation)}.`,
      );
    case "sessionClosed": {
      const decisions = state.decisions.length
        ? `\n${t("Keputusan:", "Decisions:")}\n${state.decisions.map((d) => decisionLine(d, memberNameOf(council), language)).join("\n")}`
        : "";
      return `${t("🔚 Rapat ditutup.", "🔚 The meeting is closed.")}${decisions}`;
    }
    default:
      return undefined;
  }
}
