import type { DateTime } from "luxon";
import type { Council } from "../../../domain/council/council.ts";
import { findMember } from "../../../domain/council/council.ts";
import type { Person } from "../../../domain/council/participants.ts";
import type { CouncilRuleBook } from "../../../domain/council/rule-book.ts";
import type { SessionEvent } from "../../../domain/council/session-events.ts";
import { presentCount, presentMembers, quorum, remainingSpeakingSeconds, runningVote } from "../../../domain/council/session-state.ts";
import type { Decision, SessionState } from "../../../domain/council/session-state.ts";
import type { VoteResult } from "../../../domain/council/vote.ts";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";
import { choiceName, citationSuffix, clock, phaseName } from "./messages.ts";

/** The one live board of a session, edited in place as the session changes. */

export function personName(council: Council, state: SessionState, person: Person): string {
  switch (person.kind) {
    case "member":
      return findMember(council, person.id)?.name ?? person.id;
    case "invitee":
      return state.invitees.find((g) => g.id === person.id)?.name ?? person.id;
    case "observer":
      return state.observers.find((g) => g.id === person.id)?.name ?? person.id;
    case "secretary":
      return council.secretary?.name ?? "Sekretaris";
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

export function resultLine(result: VoteResult, name: (memberId: string) => string = (id) => id): string {
  if (result.kind === "motion") {
    const { yes, no, abstain } = result.tally;
    return `Setuju ${yes}, Tolak ${no}, Abstain ${abstain}; perlu ${result.threshold} suara setuju dari ${result.majority === "ordinary" ? `${result.present} anggota hadir` : `${result.allMembers} anggota`}${citationSuffix(result.citation)}`;
  }
  return `${result.tally.map((t) => `${name(t.candidate)}: ${t.votes}`).join(", ")}, abstain ${result.abstain}; perlu ${result.threshold}${citationSuffix(result.citation)}`;
}

export function decisionLine(decision: Decision, name?: (memberId: string) => string): string {
  const verdict = decision.passed ? "DITERIMA" : "DITOLAK";
  if (decision.how === "consensus") return `${decision.decisionNo}. “${decision.motion}” — ${verdict} secara musyawarah mufakat${citationSuffix(decision.citation)}`;
  return `${decision.decisionNo}. “${decision.motion}” — ${verdict} (${decision.result ? resultLine(decision.result, name) : ""})`;
}

export function boardText(council: Council, state: SessionState, rules: CouncilRuleBook, now: DateTime): string {
  const setup = state.setup;
  if (!setup) return `BPD ${council.village}: belum ada rapat.`;
  const kind = rules.sessionKinds[setup.kind].name;
  const lines = [
    `📋 ${kind} BPD ${council.village} (${setup.nature === "open" ? "terbuka" : "tertutup"})`,
    `📍 ${setup.place} · ${date(setup.plannedStart)} ${clock(setup.plannedStart)}`,
    `Status: ${phaseName(state.phase)}${state.phase === "postponed" && state.postponements.length ? ` sampai ${clock(state.postponements[state.postponements.length - 1]!.until)}` : ""}${state.phase === "suspended" && state.suspendedUntil ? ` sampai ${clock(state.suspendedUntil)}` : ""}`,
    `👥 ${presentCount(state)}/${setup.quorum.members} hadir, kuorum ${quorum(state)} ${presentCount(state) >= quorum(state) ? "✅" : "⏳"}`,
  ];
  const presiding = state.presiding ? findMember(council, state.presiding)?.name : undefined;
  if (presiding) lines.push(`Pimpinan rapat: ${presiding}`);
  const present = presentMembers(state).map((id) => findMember(council, id)?.name ?? id);
  if (present.length) lines.push(`Hadir: ${present.join(", ")}`);
  lines.push("Acara:");
  setup.agenda.forEach((title, i) => lines.push(`${state.currentItem === i + 1 ? "▶" : " "} ${i + 1}. ${title}`));
  if (state.currentItem !== null) {
    lines.push(`Pendaftaran pembicara: ${state.registrationOpen ? "dibuka" : "ditutup"}${state.registered.length ? ` (${state.registered.length} terdaftar)` : ""}`);
  }
  if (state.floor) {
    const remaining = remainingSpeakingSeconds(state, now) ?? 0;
    lines.push(`🎤 Berbicara: ${personName(council, state, state.floor.speaker)} (sisa ${minutes(remaining)})`);
  }
  if (state.interruption) lines.push(`✋ Interupsi: ${findMember(council, state.interruption.member)?.name ?? state.interruption.member}`);
  for (const r of state.interruptionRequests) lines.push(`✋ Minta interupsi #${r.requestNo}: ${findMember(council, r.member)?.name ?? r.member}`);
  if (state.queue.length) lines.push(`Antrean: ${state.queue.map((p) => personName(council, state, p)).join(", ")}`);
  const vote = runningVote(state);
  if (vote) {
    const ballots = Object.values(vote.ballots);
    const count = (c: string) => ballots.filter((b) => b === c).length;
    lines.push(`🗳 Voting #${vote.voteNo}: “${vote.motion}”`);
    if (vote.secret) lines.push(`   Rahasia: ${ballots.length} dari ${presentCount(state)} suara masuk; surat suara di chat pribadi`);
    else if (vote.candidates) lines.push(`   ${[...vote.candidates, "abstain"].map((c) => `${c === "abstain" ? "Abstain" : (findMember(council, c)?.name ?? c)} ${count(c)}`).join(" · ")} (${ballots.length} dari ${presentCount(state)} suara)`);
    else lines.push(`   ${choiceName("yes")} ${count("yes")} · ${choiceName("no")} ${count("no")} · ${choiceName("abstain")} ${count("abstain")} (${ballots.length} dari ${presentCount(state)} suara)`);
  }
  if (state.decisions.length) {
    lines.push("Keputusan:");
    for (const d of state.decisions) lines.push(decisionLine(d, memberNameOf(council)));
  }
  return lines.join("\n");
}

/**
 * The members' buttons: attendance, the floor, interruptions, the vote. The chair's actions are on the chair's panel
 * ("⚙ Pimpinan"), so the board stays short on a phone.
 */
export function boardKeyboard(sessionId: number, state: SessionState, council?: Council) {
  const b = (label: string, action: Parameters<typeof councilData>[1], arg?: string | number) => button(label, councilData(sessionId, action, arg));
  const panel = b("⚙ Pimpinan", "pnl");
  switch (state.phase) {
    case "scheduled":
    case "postponed":
      return keyboard([b("✋ Hadir", "hadir"), b("▶ Buka sidang", "buka"), panel]);
    case "suspended":
      return keyboard([b("✋ Hadir", "hadir"), b("Keluar", "keluar"), panel], 3);
    case "open": {
      const vote = runningVote(state);
      if (vote) {
        const choices =
          vote.candidates === null
            ? [b("Setuju", "vote", "yes"), b("Tolak", "vote", "no"), b("Abstain", "vote", "abstain")]
            : vote.secret
              ? [b("🗳 Surat suara rahasia", "surat")]
              : [...vote.candidates.map((id) => b((council && findMember(council, id)?.name) ?? id, "vote", id)), b("Abstain", "vote", "abstain")];
        return keyboard([...choices, b("Tutup voting", "tutupvote"), panel], 3);
      }
      const buttons = [b("✋ Hadir", "hadir"), b("Keluar", "keluar"), b("🎤 Bicara", "bicara")];
      if (state.floor) buttons.push(b("✋ Interupsi", "interupsi"), b("✋ Usul tunda", "intunda"));
      const retractable = state.improperWordsWarnings.find((w) => !w.retracted);
      if (retractable) buttons.push(b(`Tarik kata-kata (${retractable.warningNo})`, "tarik", retractable.warningNo));
      if (state.floor) buttons.push(b("Selesai bicara", "selesai"));
      buttons.push(panel);
      return keyboard(buttons, 3);
    }
    default:
      return undefined;
  }
}

/** A new message for the events that need attention; the board shows the rest. */
export function noticeFor(council: Council, state: SessionState, event: SessionEvent): string | undefined {
  const name = (p: Person) => personName(council, state, p);
  const member = (id: string) => findMember(council, id)?.name ?? id;
  switch (event.type) {
    case "sessionPostponed": {
      const p = event.payload;
      return `⏳ Kuorum belum tercapai: ${p.present} dari ${p.members} anggota hadir, diperlukan ${p.required}. Rapat ditunda sampai ${clock(p.until)}${citationSuffix(p.citation)}.`;
    }
    case "sessionOpened":
      return `🔔 Rapat dibuka: ${event.payload.present} dari ${event.payload.members} anggota hadir, kuorum ${event.payload.required}${event.payload.withoutQuorum ? " (tanpa kuorum, pemilihan tetap dilaksanakan)" : ""}${citationSuffix(event.payload.citation)}.`;
    case "quorumLost":
      return `⚠️ Kuorum tidak lagi terpenuhi: ${event.payload.present} dari ${event.payload.members} anggota hadir, diperlukan ${event.payload.required}${citationSuffix(event.payload.citation)}. Keputusan menunggu sampai kuorum kembali.`;
    case "floorGiven":
      return `🎤 ${name(event.payload.speaker)} mendapat giliran bicara, ${Math.round(event.payload.seconds / 60)} menit${citationSuffix(event.payload.citation)}.`;
    case "speakingTimeWarned":
      return `⏰ Waktu bicara ${name(event.payload.speaker)} sudah habis${citationSuffix(event.payload.citation)}.`;
    case "offTopicWarned":
      return `⚠️ ${name(event.payload.speaker)} diingatkan agar kembali ke pokok pembicaraan${citationSuffix(event.payload.citation)}.`;
    case "speakerPassedOver":
      return `${name(event.payload.speaker)} tidak hadir pada gilirannya dan dilewati${citationSuffix(event.payload.citation)}.`;
    case "interruptionRequested":
      return `✋ ${member(event.payload.member)} meminta interupsi (${event.payload.purpose === "postpone" ? "usul menunda pembahasan" : "penjelasan"})${citationSuffix(event.payload.citation)}.`;
    case "interruptionAllowed":
      return `✋ Interupsi ${member(event.payload.member)} diizinkan, ${Math.round(event.payload.seconds / 60)} menit, tanpa perdebatan${citationSuffix(event.payload.citation)}.`;
    case "interruptionRefused":
      return `Interupsi ${member(event.payload.member)} tidak diizinkan${citationSuffix(event.payload.citation)}.`;
    case "interruptionEnded":
      return `Interupsi selesai; ${name(event.payload.resumes)} melanjutkan${citationSuffix(event.payload.citation)}.`;
    case "improperWordsWarned":
      return `⚠️ ${name(event.payload.person)} diperingatkan untuk menarik kata-kata yang tidak layak${citationSuffix(event.payload.citation)}.`;
    case "wordsRetracted":
      return `${name(event.payload.person)} menarik kata-katanya; dihapus dari risalah${citationSuffix(event.payload.citation)}.`;
    case "speechForbidden":
      return `⛔ ${name(event.payload.person)} dilarang meneruskan pembicaraan pada acara ini${citationSuffix(event.payload.citation)}.`;
    case "askedToLeave":
      return `⛔ ${name(event.payload.person)} diminta meninggalkan rapat${citationSuffix(event.payload.citation)}.`;
    case "sessionSuspended":
      return `⏸ Rapat diskors sampai ${clock(event.payload.until)}${citationSuffix(event.payload.citation)}.`;
    case "voteStarted":
      return `🗳 Pemungutan suara #${event.payload.voteNo}: “${event.payload.motion}”. Anggota yang hadir menekan Setuju, Tolak atau Abstain pada papan rapat.`;
    case "voteClosed": {
      const r = event.payload.result;
      const passed = r.kind === "motion" ? r.passed : r.elected !== null;
      const verdict = r.kind === "motion" ? (passed ? "DITERIMA" : "DITOLAK") : r.elected ? `TERPILIH ${member(r.elected)}` : "BELUM ADA YANG TERPILIH";
      return `🗳 Hasil pemungutan suara #${event.payload.voteNo}: ${verdict} — ${resultLine(r, memberNameOf(council))}.`;
    }
    case "showOfHandsRecorded":
      return `🗳 Hasil angkat tangan: ${event.payload.result.passed ? "DITERIMA" : "DITOLAK"} — ${resultLine(event.payload.result)}.`;
    case "consensusRecorded":
      return `🤝 Diputuskan secara musyawarah mufakat: “${event.payload.motion}”${citationSuffix(event.payload.citation)}.`;
    case "sessionClosed":
      return `🔚 Rapat ditutup.${state.decisions.length ? `\nKeputusan:\n${state.decisions.map((d) => decisionLine(d, memberNameOf(council))).join("\n")}` : ""}`;
    default:
      return undefined;
  }
}
