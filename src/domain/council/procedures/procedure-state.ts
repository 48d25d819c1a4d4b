import type { Citation } from "../../shared/citation.ts";
import type { MemberId } from "../council.ts";
import type { ProposalKind } from "../rule-book.ts";
import type { DeadlineFinding, ProcedureKind, ReportBasis, StepOutcome, VacancyReason } from "./procedure-events.ts";
import type { DraftSource, ExchangeStep, LeadershipOffice } from "./procedure-rules.ts";
import type { DecisionSummary, MeetingSummary } from "./references.ts";

/**
 * The state of a procedure: a fold of its event log (`foldProcedure`), never stored on its own. One shape for every
 * kind, its parts null where a kind has none, so the bot renders any procedure the same way.
 */

/** "open": still needs something; "done": ended as the law intends; "complement": a later draft on the same matter (Pasal 65). */
export type ProcedureStatus = "open" | "done" | "rejected" | "withdrawn" | "complement";

export interface Signature {
  readonly member: MemberId;
  readonly at: string;
  /** The Telegram user who pressed: the member, or the recorder for a member without Telegram. */
  readonly recordedBy: number | null;
}

/** A proposal signed by members (Pasal 7 ayat (1)-(3), 8 ayat (1)-(3), 39, 58 ayat (1), 75 ayat (1)). */
export interface ProposalState {
  readonly kind: ProposalKind;
  readonly title: string;
  readonly text: string;
  readonly version: number;
  /** The member who opened it and presents it to the leadership for the proposers. */
  readonly opener: MemberId;
  readonly required: number;
  readonly members: number;
  readonly citation: Citation;
  /** Signatures of the current version, in order. */
  readonly signatures: readonly Signature[];
  readonly numbered: boolean;
  readonly number: string | null;
  readonly numberedAt: string | null;
}

export interface StepDecision {
  readonly decision: DecisionSummary;
  readonly outcome: StepOutcome;
  readonly recordedAt: string;
}

export interface StageRecord {
  readonly stage: number;
  readonly meeting: MeetingSummary;
  readonly decision: DecisionSummary | null;
  readonly outcome: StepOutcome;
  readonly recordedAt: string;
  readonly deadline: DeadlineFinding | null;
}

export interface Amendment {
  readonly amendmentNo: number;
  readonly member: MemberId;
  readonly text: string;
  readonly proposedAt: string;
  readonly decision: DecisionSummary | null;
  readonly outcome: StepOutcome | null;
}

export interface ExchangeRecord {
  readonly step: ExchangeStep;
  readonly at: string;
  readonly note: string | null;
}

export interface OfficeState {
  readonly office: LeadershipOffice;
  readonly vacated: { readonly member: MemberId; readonly reason: VacancyReason } | null;
  readonly elected: { readonly member: MemberId; readonly decision: DecisionSummary } | null;
  readonly sworn: { readonly meeting: MeetingSummary; readonly officiant: string; readonly at: string } | null;
}

export interface HeadReportState {
  readonly basis: ReportBasis;
  readonly budgetYear: number | null;
  readonly termEnds: string | null;
  readonly due: string;
  readonly reading: string | null;
}

export interface LeadershipState {
  readonly cause: "newTerm" | "vacancy";
  readonly offices: readonly OfficeState[];
  readonly temporary: { readonly presiding: MemberId; readonly assisting: MemberId | null; readonly tie: boolean } | null;
  readonly acting: MemberId | null;
}

export interface ProcedureState {
  readonly kind: ProcedureKind;
  readonly status: ProcedureStatus;
  readonly openedAt: string;
  readonly title: string;
  readonly proposal: ProposalState | null;
  /** Agenda change: the meeting's date and the last day to propose (Pasal 58 ayat (3)). */
  readonly meetingDate: string | null;
  readonly deadline: string | null;
  /** Village regulation: where the draft comes from, the head's Nota Pengantar, and when it was received (Pasal 65). */
  readonly source: DraftSource | null;
  readonly coverNote: string | null;
  readonly receivedAt: string | null;
  /** The Panitia Musyawarah's consideration (Pasal 7 ayat (5), 8 ayat (4)). */
  readonly consideration: StepDecision | null;
  /** The decision on the proposal (plenary; the Panitia Musyawarah's for an agenda change). */
  readonly decision: StepDecision | null;
  readonly stages: readonly StageRecord[];
  /** Stages the Panitia Musyawarah decided to leave out (Pasal 5, 66). */
  readonly waived: readonly number[];
  readonly amendments: readonly Amendment[];
  readonly complementOf: { readonly procedureId: number; readonly title: string } | null;
  readonly approvalDecree: string | null;
  readonly regulationNumber: string | null;
  readonly report: HeadReportState | null;
  readonly exchange: readonly ExchangeRecord[];
  readonly leadership: LeadershipState | null;
  /** Decisions this procedure rests on; each completes one step. */
  readonly usedDecisions: readonly number[];
  /** The time of the latest meeting or decision a step rests on: the next must not be earlier. */
  readonly lastStepAt: string | null;
  /** The session of that latest step: a later step in the same meeting is in order whatever its time. */
  readonly lastStepSessionId: number | null;
  readonly closedAt: string | null;
}

export function initialState(kind: ProcedureKind, title: string, at: string): ProcedureState {
  return {
    kind,
    status: "open",
    openedAt: at,
    title,
    proposal: null,
    meetingDate: null,
    deadline: null,
    source: null,
    coverNote: null,
    receivedAt: null,
    consideration: null,
    decision: null,
    stages: [],
    waived: [],
    amendments: [],
    complementOf: null,
    approvalDecree: null,
    regulationNumber: null,
    report: null,
    exchange: [],
    leadership: null,
    usedDecisions: [],
    lastStepAt: null,
    lastStepSessionId: null,
    closedAt: null,
  };
}

export function signatureCount(proposal: ProposalState): number {
  return proposal.signatures.length;
}

export function hasSigned(proposal: ProposalState, member: MemberId): boolean {
  return proposal.signatures.some((s) => s.member === member);
}

export function signaturesComplete(proposal: ProposalState): boolean {
  return proposal.signatures.length >= proposal.required;
}

/** A stage is behind us when recorded or left out by the Panitia Musyawarah. */
export function stageDone(state: ProcedureState, stage: number): boolean {
  return state.waived.includes(stage) || state.stages.some((s) => s.stage === stage);
}

/** The first stage neither recorded nor left out; undefined when all are. */
export function currentStage(state: ProcedureState, stageCount: number): number | undefined {
  for (let stage = 1; stage <= stageCount; stage++) if (!stageDone(state, stage)) return stage;
  return undefined;
}

export function stageRecord(state: ProcedureState, stage: number): StageRecord | undefined {
  return state.stages.find((s) => s.stage === stage);
}

export function lastExchangeStep(state: ProcedureState): ExchangeStep | null {
  return state.exchange[state.exchange.length - 1]?.step ?? null;
}
