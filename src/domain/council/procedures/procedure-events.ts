import type { Citation } from "../../shared/citation.ts";
import type { MemberId } from "../council.ts";
import type { Person } from "../participants.ts";
import type { ProposalKind } from "../rule-book.ts";
import type { ExchangeStep, LeadershipOffice } from "./procedure-rules.ts";
import type { DecisionSummary, MeetingSummary } from "./references.ts";

/**
 * A procedure is its event log, as a session is: every accepted command appends events, state is their fold
 * (`foldProcedure`). Plain JSON; times are ISO strings in the council's zone; citations and the meetings and
 * decisions a step rests on are copied in, so the log reads the same after the rule book or the sessions change.
 */

/** The procedures of Perbup Banjarnegara 962/2011 that span several meetings. */
export type ProcedureKind =
  /** Pasal 39: a request by 1/3 of the members that a meeting be closed. */
  | "closedMeetingRequest"
  /** Pasal 7: a request for information from the village head. */
  | "informationRequest"
  /** Pasal 58: a change of a meeting's agenda. */
  | "agendaChange"
  /** Pasal 75: a change of the rules of procedure. */
  | "rulesChange"
  /** Pasal 8-9, 63-71: a draft village regulation, from the village head or the council's initiative. */
  | "villageRegulation"
  /** Pasal 4-6: the village head's accountability report. */
  | "headReport"
  /** Pasal 13-16, 24-29: electing and swearing in the leadership, or filling a vacancy. */
  | "leadership";

export type StepOutcome = "approved" | "rejected";

export type ReportBasis = "annual" | "endOfTerm";

export type VacancyReason = "resigned" | "died";

/** Whether the report was given by its deadline (Pasal 4 ayat (3)-(4)), and how the text was read. */
export interface DeadlineFinding {
  readonly due: string;
  readonly heldOn: string;
  readonly met: boolean;
  readonly citation: Citation;
  readonly reading: string | null;
}

export interface ProcedureEventPayloads {
  proposalOpened: {
    readonly procedure: ProcedureKind;
    readonly proposal: ProposalKind;
    readonly title: string;
    readonly text: string;
    /** The meeting whose agenda would change (Pasal 58), ISO date; null otherwise. */
    readonly meetingDate: string | null;
    /** The last day the change may be proposed (Pasal 58 ayat (3)); null otherwise. */
    readonly deadline: string | null;
    /** Signatures needed, of how many members, and the article: fixed when opened. */
    readonly required: number;
    readonly members: number;
    readonly citation: Citation;
    /** The secretariat numbers this kind of proposal (Pasal 7 ayat (3), 8 ayat (3)). */
    readonly numbered: boolean;
  };
  proposalSigned: { readonly member: MemberId; readonly version: number; readonly signatures: number; readonly required: number; readonly citation: Citation };
  signatureWithdrawn: { readonly member: MemberId; readonly version: number; readonly signatures: number };
  /** A new version: its proposer's signature stands, the others sign it again. */
  proposalChanged: { readonly version: number; readonly title: string; readonly text: string; readonly citation: Citation | null };
  proposalWithdrawn: { readonly citation: Citation | null };
  proposalNumbered: { readonly number: string; readonly citation: Citation };
  headDraftReceived: { readonly title: string; readonly coverNote: string; readonly citation: Citation };
  /** The Panitia Musyawarah's consideration before the plenary (Pasal 7 ayat (5), 8 ayat (4)): advice, for or against. */
  considered: { readonly decision: DecisionSummary; readonly favourable: boolean; readonly citation: Citation };
  /** The decision that ends the proposal: the plenary's, or the Panitia Musyawarah's for an agenda change. */
  decided: {
    readonly body: "plenary" | "steeringCommittee";
    readonly decision: DecisionSummary;
    readonly outcome: StepOutcome;
    /** Approvals the law requires of all members, when it does. */
    readonly required: number | null;
    readonly citation: Citation;
  };
  stageRecorded: {
    readonly stage: number;
    readonly meeting: MeetingSummary;
    readonly decision: DecisionSummary | null;
    /** A stage that decides may end in a refusal: the draft or the report is then refused. */
    readonly outcome: StepOutcome;
    /** The last stage: its approval ends the report, or leaves the draft for its Keputusan BPD. */
    readonly final: boolean;
    readonly citation: Citation;
    readonly deadline: DeadlineFinding | null;
  };
  stagesWaived: { readonly stages: readonly number[]; readonly decision: DecisionSummary; readonly citation: Citation };
  amendmentProposed: { readonly amendmentNo: number; readonly member: MemberId; readonly text: string; readonly citation: Citation };
  amendmentDecided: { readonly amendmentNo: number; readonly decision: DecisionSummary; readonly outcome: StepOutcome; readonly citation: Citation };
  becameComplement: { readonly of: number; readonly title: string; readonly citation: Citation };
  approvalDecreeRecorded: { readonly number: string; readonly citation: Citation };
  regulationSigned: { readonly number: string; readonly citation: Citation };
  headReportOpened: {
    readonly basis: ReportBasis;
    readonly budgetYear: number | null;
    readonly termEnds: string | null;
    readonly due: string;
    readonly citation: Citation;
    readonly reading: string | null;
  };
  exchangeRecorded: { readonly step: ExchangeStep; readonly note: string | null; readonly citation: Citation };
  leadershipOpened: {
    readonly cause: "newTerm" | "vacancy";
    readonly offices: readonly LeadershipOffice[];
    readonly vacated: readonly { readonly office: LeadershipOffice; readonly member: MemberId; readonly reason: VacancyReason }[];
    /** The oldest member presiding, assisted by the youngest (Pasal 16 ayat (1), 15 ayat (4)); null when a leader remains. */
    readonly temporary: { readonly presiding: MemberId; readonly assisting: MemberId | null; readonly tie: boolean } | null;
    /** The vice chair acting for a chair whose office is vacant (Pasal 15 ayat (3)). */
    readonly acting: MemberId | null;
    readonly citation: Citation;
  };
  leaderElected: { readonly office: LeadershipOffice; readonly member: MemberId; readonly decision: DecisionSummary; readonly citation: Citation };
  oathTaken: {
    readonly office: LeadershipOffice;
    readonly member: MemberId;
    readonly meeting: MeetingSummary;
    /** The Bupati or the official appointed, as signed in among the meeting's invitees (Pasal 25 ayat (1)). */
    readonly officiant: string;
    readonly citation: Citation;
    /** Who hands the office over after the oath (Pasal 26); null when no temporary leadership presided. */
    readonly handedOverBy: MemberId | null;
    readonly handoverCitation: Citation;
  };
}

export type ProcedureEventType = keyof ProcedureEventPayloads;

export interface ProcedureEventOf<T extends ProcedureEventType> {
  readonly type: T;
  readonly payload: ProcedureEventPayloads[T];
  /** On whose behalf: the member, or the secretary. */
  readonly actor: Person;
  /** The Telegram user who pressed (the recorder, when recording for a member without Telegram). */
  readonly recordedBy: number | null;
  readonly at: string;
}

export type ProcedureEvent = { [T in ProcedureEventType]: ProcedureEventOf<T> }[ProcedureEventType];
