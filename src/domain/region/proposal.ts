import { DateTime } from "luxon";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { formatIndonesianDate, isoDay, parseIndonesianDate } from "./indonesian-date.ts";
import type { Procedure, ProcedureStage } from "./procedures.ts";
import type { RegionKind } from "./requirements.ts";

/**
 * A proposed region followed through the stages of PP 78/2007 Pasal 16 (Pasal 14 for a province): each stage
 * recorded with its date and documents, in order, none skipped, none twice; a refusal ends the proposal.
 */

export interface ProposalDocument {
  readonly id?: number;
  readonly title: string;
  /** The village (desa/kelurahan) whose aspiration the document carries, for the first stage. */
  readonly village: string | null;
  /**
   * The council decision (Keputusan BPD) recorded by the BPD session feature, when the document is one (attached with
   * /lampirkan_keputusan): the id of the event that recorded it. Empty for documents the official typed.
   */
  readonly councilDecisionId: number | null;
}

export type StageOutcome = "approved" | "rejected";

export interface RecordedStage {
  readonly stage: number;
  /** ISO calendar day in the chat's time zone. */
  readonly decidedOn: string;
  readonly outcome: StageOutcome;
  readonly documents: readonly ProposalDocument[];
  readonly recordedBy: number;
  readonly recordedByName: string;
}

export interface Proposal {
  readonly id: number;
  readonly name: string;
  readonly kind: RegionKind;
  /** Recorded stages, in stage order. */
  readonly stages: readonly RecordedStage[];
}

export type ProposalStatus =
  | { readonly kind: "open"; readonly next: ProcedureStage; readonly deadline: string | null }
  | { readonly kind: "stopped"; readonly at: ProcedureStage; readonly record: RecordedStage }
  | { readonly kind: "complete" };

/** What comes next: the next stage (with the inauguration deadline once the law is out), a refusal, or the end. */
export function proposalStatus(procedure: Procedure, proposal: Proposal, zone: string): ProposalStatus {
  const refusal = proposal.stages.find((stage) => stage.outcome === "rejected");
  if (refusal) return { kind: "stopped", at: procedure.stages[refusal.stage - 1]!, record: refusal };
  const next = procedure.stages[proposal.stages.length];
  if (!next) return { kind: "complete" };
  return { kind: "open", next, deadline: next.key === "inauguration" ? inaugurationDeadline(procedure, proposal, zone) : null };
}

/** The last day of the inauguration window: the law's promulgation plus the months of Pasal 21 ayat (2). */
export function inaugurationDeadline(procedure: Procedure, proposal: Proposal, zone: string): string | null {
  const lawStage = procedure.stages.find((stage) => stage.key === "law");
  const law = lawStage && proposal.stages.find((stage) => stage.stage === lawStage.number);
  if (!law) return null;
  const promulgated = DateTime.fromISO(law.decidedOn, { zone });
  return promulgated.isValid ? isoDay(promulgated.plus({ months: procedure.inaugurationMonths })) : null;
}

export interface StageCommand {
  readonly stage: number;
  readonly dateText: string;
  readonly outcome: StageOutcome;
  readonly documents: readonly string[];
}

export type StageRejectionCode =
  | "UNKNOWN_STAGE"
  | "STOPPED"
  | "COMPLETE"
  | "ALREADY_RECORDED"
  | "SKIPPED"
  | "BAD_DATE"
  | "FUTURE_DATE"
  | "BEFORE_PREVIOUS"
  | "NO_DOCUMENTS"
  | "TOO_MANY_DOCUMENTS"
  | "DOCUMENT_TOO_LONG"
  | "VILLAGE_MISSING"
  | "CANNOT_REJECT";

export interface AcceptedStage {
  readonly stage: ProcedureStage;
  readonly decidedOn: string;
  readonly outcome: StageOutcome;
  readonly documents: readonly ProposalDocument[];
  /** Set when an inauguration is recorded after the deadline of Pasal 21 ayat (2): recorded, but flagged. */
  readonly lateBy: { readonly deadline: string } | null;
}

export const MAX_DOCUMENTS = 30;
export const MAX_DOCUMENT_LENGTH = 200;

/** "Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024" → village "Desa Sukamaju" and the document's title. */
export function readDocument(text: string): ProposalDocument {
  const at = text.indexOf(":");
  if (at > 0 && at < 60 && !/\d/.test(text.slice(0, at))) {
    return { title: text.slice(at + 1).trim(), village: text.slice(0, at).trim(), councilDecisionId: null };
  }
  return { title: text.trim(), village: null, councilDecisionId: null };
}

function articleOf(stage: ProcedureStage) {
  return stage.citations[0];
}

/**
 * Checks a stage before it is recorded. The stages of Pasal 16 follow one another: each decides on what the one
 * before produced (huruf b decides on the aspiration of huruf a, huruf c on it again, huruf d attaches both
 * decisions …), so a stage is refused until the one before it is recorded, and its date may not precede it.
 */
export function checkStage(procedure: Procedure, proposal: Proposal, command: StageCommand, today: DateTime): Outcome<AcceptedStage, StageRejectionCode> {
  const stage = procedure.stages[command.stage - 1];
  if (!stage || !Number.isInteger(command.stage)) return reject("UNKNOWN_STAGE", { stage: command.stage, count: procedure.stages.length });
  const status = proposalStatus(procedure, proposal, today.zoneName ?? "UTC");
  if (status.kind === "stopped") {
    return reject("STOPPED", { stage: status.at.number, title: status.at.title }, articleOf(status.at));
  }
  if (proposal.stages.some((recorded) => recorded.stage === stage.number)) {
    return reject("ALREADY_RECORDED", { stage: stage.number, title: stage.title }, articleOf(stage));
  }
  if (status.kind === "complete") return reject("COMPLETE", {});
  if (stage.number > status.next.number) {
    return reject("SKIPPED", { stage: stage.number, missing: status.next.number, missingTitle: status.next.title }, articleOf(status.next));
  }

  const day = parseIndonesianDate(command.dateText, today);
  if (!day) return reject("BAD_DATE", { text: command.dateText });
  if (day > today.endOf("day")) return reject("FUTURE_DATE", { date: formatIndonesianDate(day) });
  const previous = proposal.stages[proposal.stages.length - 1];
  if (previous && isoDay(day) < previous.decidedOn) {
    return reject("BEFORE_PREVIOUS", { date: isoDay(day), previous: previous.decidedOn, previousStage: previous.stage }, articleOf(stage));
  }

  if (command.outcome === "rejected" && !stage.canReject) return reject("CANNOT_REJECT", { stage: stage.number, title: stage.title }, articleOf(stage));
  if (command.documents.length === 0) return reject("NO_DOCUMENTS", { stage: stage.number }, articleOf(stage));
  if (command.documents.length > MAX_DOCUMENTS) return reject("TOO_MANY_DOCUMENTS", { max: MAX_DOCUMENTS });
  if (command.documents.some((document) => document.length > MAX_DOCUMENT_LENGTH)) return reject("DOCUMENT_TOO_LONG", { max: MAX_DOCUMENT_LENGTH });
  // Only the aspiration names its village ("Desa Sukamaju: Keputusan BPD …"); elsewhere a colon is part of the title.
  const documents =
    stage.key === "aspiration" ? command.documents.map(readDocument) : command.documents.map((title) => ({ title, village: null, councilDecisionId: null }));
  if (stage.key === "aspiration" && documents.some((document) => document.village === null || document.title === "")) {
    return reject("VILLAGE_MISSING", {}, articleOf(stage));
  }

  const deadline = stage.key === "inauguration" ? inaugurationDeadline(procedure, proposal, today.zoneName ?? "UTC") : null;
  const decidedOn = isoDay(day);
  return accept({
    stage,
    decidedOn,
    outcome: command.outcome,
    documents,
    lateBy: deadline !== null && decidedOn > deadline ? { deadline } : null,
  });
}

const OUTCOME_WORDS: ReadonlyMap<string, StageOutcome> = new Map([
  ["setuju", "approved"],
  ["disetujui", "approved"],
  ["menyetujui", "approved"],
  ["tolak", "rejected"],
  ["ditolak", "rejected"],
  ["menolak", "rejected"],
]);

export interface ParsedStageCommand extends StageCommand {
  readonly proposalId: number;
}

const MAX_STAGE_COMMAND_LENGTH = 3_000;

/**
 * "/catat_tahap 1 2 12-03-2024 Keputusan DPRD No. 5/2024; Berita acara rapat paripurna" and
 * "/catat_tahap 1 3 12 Maret 2024 tolak Keputusan Bupati No. 7/2024": proposal, stage, date (one to three words),
 * an optional setuju/tolak, then documents separated by ";" or new lines.
 */
export function parseStageCommand(payload: string, today: DateTime): ParsedStageCommand | null {
  if (payload.length > MAX_STAGE_COMMAND_LENGTH) return null;
  const match = /^\s*#?(\d{1,6})\s+(\d{1,2})\s+([\s\S]*)$/.exec(payload);
  if (!match) return null;
  const words = match[3]!.split(/[ \t]+/);
  let dateWords = 0;
  for (const length of [3, 2, 1]) {
    if (words.length >= length && parseIndonesianDate(words.slice(0, length).join(" "), today)) {
      dateWords = length;
      break;
    }
  }
  const dateText = dateWords > 0 ? words.slice(0, dateWords).join(" ") : (words[0] ?? "");
  let rest = words.slice(Math.max(dateWords, 1)).join(" ");
  const outcomeWord = /^(\S+)/.exec(rest.trim())?.[1]?.toLowerCase() ?? "";
  const outcome = OUTCOME_WORDS.get(outcomeWord);
  if (outcome) rest = rest.trim().slice(outcomeWord.length);
  const documents = rest
    .split(/[;\n]+/)
    .map((document) => document.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { proposalId: Number(match[1]), stage: Number(match[2]), dateText, outcome: outcome ?? "approved", documents };
}

/** A council (BPD) decision offered as a village's aspiration document, as the council feature recorded it. */
export interface CouncilDecisionOffer {
  /** The id naming the decision in the council's log. */
  readonly id: number;
  /** "Desa Sukamaju". */
  readonly village: string;
  /** ISO calendar day of the decision, in the council's zone. */
  readonly decidedOn: string;
  readonly motion: string;
  readonly passed: boolean;
}

export type AttachRejectionCode = "NOT_PASSED" | "STOPPED" | "ALREADY_ATTACHED" | "AFTER_NEXT_STAGE";

export interface AcceptedAttachment {
  readonly stage: ProcedureStage;
  /** The aspiration stage is not recorded yet: it is recorded now, on the decision's day, with this one document. */
  readonly newStage: boolean;
  readonly decidedOn: string;
  readonly document: ProposalDocument;
}

const MAX_MOTION_IN_TITLE = 120;

/**
 * Checks a council decision before it is attached as a village's aspiration (PP 78/2007 Pasal 16 huruf a, Pasal 14
 * huruf a for a province: "Aspirasi … dalam bentuk Keputusan BPD"): only a decision that passed expresses it; a
 * decision is attached once; and a decision taken after the DPRD decided (huruf b) cannot be what it decided on.
 */
export function checkDecisionAttachment(procedure: Procedure, proposal: Proposal, decision: CouncilDecisionOffer): Outcome<AcceptedAttachment, AttachRejectionCode> {
  const stage = procedure.stages[0]!;
  if (!decision.passed) return reject("NOT_PASSED", { motion: decision.motion }, articleOf(stage));
  const status = proposalStatus(procedure, proposal, "UTC");
  if (status.kind === "stopped") return reject("STOPPED", { stage: status.at.number, title: status.at.title }, articleOf(status.at));
  if (proposal.stages.some((recorded) => recorded.documents.some((document) => document.councilDecisionId === decision.id))) {
    return reject("ALREADY_ATTACHED", { motion: decision.motion }, articleOf(stage));
  }
  const next = proposal.stages.find((recorded) => recorded.stage === 2);
  const nextStage = procedure.stages[1];
  if (next && nextStage && decision.decidedOn > next.decidedOn) {
    return reject("AFTER_NEXT_STAGE", { date: decision.decidedOn, next: next.decidedOn, title: nextStage.title }, articleOf(nextStage));
  }
  const motion = decision.motion.length > MAX_MOTION_IN_TITLE ? `${decision.motion.slice(0, MAX_MOTION_IN_TITLE - 1)}…` : decision.motion;
  return accept({
    stage,
    newStage: !proposal.stages.some((recorded) => recorded.stage === stage.number),
    decidedOn: decision.decidedOn,
    document: { title: `Keputusan BPD: “${motion}”`, village: decision.village, councilDecisionId: decision.id },
  });
}
