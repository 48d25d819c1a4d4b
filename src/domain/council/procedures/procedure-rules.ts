import type { Citation } from "../../shared/citation.ts";
import type { ProcedureRule, ProposalKind, SessionKind, ThresholdRule } from "../rule-book.ts";

/**
 * The shape of the rules for the council's procedures that span several meetings (Perbup Banjarnegara 962/2011
 * Pasal 4-9, 12-29, 58, 63-71, 75), as data next to the rest of the rule book. Every number sits next to its article.
 * The Banjarnegara instance is in `../banjarnegara-962-2011-procedures.ts`.
 */

/** Where a draft village regulation comes from (Pasal 63 ayat (2)). */
export type DraftSource = "villageHead" | "councilInitiative";

/** What completes a stage: a decision recorded in a meeting, or the meeting itself (an explanation decides nothing). */
export type StageReference = "decision" | "meeting";

export interface StageRule {
  /** 1 for "tahap I", … */
  readonly stage: number;
  /** "Pembicaraan tahap I". */
  readonly name: string;
  readonly citation: Citation;
  readonly text: string;
  /** What the stage holds for a draft from each source, where the regulation says it differently (Pasal 67-68). */
  readonly bySource?: Readonly<Record<DraftSource, { readonly text: string; readonly citation: Citation }>>;
  /** The kind of meeting the stage is held in, and the article that says so. */
  readonly meetingKind: SessionKind;
  readonly meetingCitation: Citation;
  readonly reference: StageReference;
  /** Null when the Panitia Musyawarah may decide to leave the stage out; otherwise why it may not. */
  readonly notWaivable: ProcedureRule | null;
}

export interface StagedProcedureRules {
  readonly stages: readonly StageRule[];
  /** "… melalui empat tahapan pembicaraan …" */
  readonly stagesCitation: Citation;
  /** "… kecuali apabila Panitia Musyawarah menentukan lain": recorded as a decision of a Panitia Musyawarah meeting. */
  readonly deviation: ProcedureRule;
}

export interface DeadlineRule extends ProcedureRule {
  readonly months: number;
}

export interface HeadReportRules extends StagedProcedureRules {
  /** The report is heard by at least 2/3 of all members (Pasal 4 ayat (1)); every stage's meeting is checked. */
  readonly attendance: ThresholdRule;
  /** The report at the end of each budget year, due within `months` of the year's end (Pasal 4 ayat (3), as read). */
  readonly annualDeadline: DeadlineRule & {
    /** The last day of the budget year (month 1-12, day). */
    readonly budgetYearEnds: { readonly month: number; readonly day: number; readonly note: string };
    /** Which reading of "paling singkat" the check takes, said with every finding. */
    readonly reading: string;
  };
  /** The report at the end of the head's term, due `months` before the term ends (Pasal 4 ayat (4)). */
  readonly endOfTermDeadline: DeadlineRule;
  /** The stage whose meeting is the report being given ("dilaksanakan"), which the deadlines are checked on. */
  readonly deliveredInStage: number;
}

export type ExchangeStep = "sentToHead" | "headExplained" | "viewsGiven" | "headAnswered" | "opinionStated" | "furtherQuestion" | "finished";

export interface ExchangeStepRule extends ProcedureRule {
  readonly step: ExchangeStep;
  /** The steps that may come next. */
  readonly next: readonly ExchangeStep[];
}

export type LeadershipOffice = "chair" | "viceChair";

export interface ProcedureRules {
  /** Who keeps the record of a procedure: the leadership (Pasal 14) with the secretariat (Pasal 73 ayat (1)). */
  readonly recorder: ProcedureRule;
  /** A proposal is written briefly and clearly and signed by its proposers (Pasal 7 ayat (2)). */
  readonly signedProposal: ProcedureRule;
  /** Proposals the secretariat numbers (Pasal 7 ayat (3), 8 ayat (3)). */
  readonly numbering: Readonly<Partial<Record<ProposalKind, ProcedureRule>>>;
  /** Proposals whose proposers may change or withdraw them until decided (Pasal 7 ayat (7), 8 ayat (9)). */
  readonly changeOrWithdraw: Readonly<Partial<Record<ProposalKind, ProcedureRule>>>;
  /** Proposals the Panitia Musyawarah considers before the plenary (Pasal 7 ayat (5), 8 ayat (4)). */
  readonly steeringCommitteeConsiders: Readonly<Partial<Record<ProposalKind, ProcedureRule>>>;
  /** Proposers explain their proposal in the plenary (Pasal 7 ayat (6), 8 ayat (6)). */
  readonly proposersExplain: Readonly<Partial<Record<ProposalKind, ProcedureRule>>>;

  readonly villageRegulation: StagedProcedureRules & {
    readonly sources: ProcedureRule;
    /** A draft from the village head comes with the head's Nota Pengantar (Pasal 64 ayat (1)). */
    readonly headDraft: ProcedureRule;
    /** An initiative comes in writing with its explanation (Pasal 8 ayat (2), 64 ayat (2)). */
    readonly initiativeInWriting: ProcedureRule;
    /** The plenary accepts or refuses the initiative as the council's (Pasal 8 ayat (7)). */
    readonly initiativeDecision: ProcedureRule;
    /** An adopted initiative is then discussed as a draft from the village head is (Pasal 8 ayat (8)). */
    readonly initiativeFollowsHeadDraft: ProcedureRule;
    /** Two drafts on the same matter: the first received is discussed, the later one complements it (Pasal 65). */
    readonly sameMatter: ProcedureRule;
    readonly amendments: {
      readonly right: ProcedureRule;
      /** Amendments are raised in this stage (Pasal 9 ayat (2)) … */
      readonly raisedInStage: number;
      readonly raised: ProcedureRule;
      /** … and decided in this one (Pasal 9 ayat (3)). */
      readonly decidedInStage: number;
      readonly decided: ProcedureRule;
    };
    /** The council's approval is set down in a Keputusan BPD (Pasal 63 ayat (5)). */
    readonly approvalDecree: ProcedureRule;
    /** The approved regulation is signed by the village head alone (Pasal 71, 63 ayat (4)). */
    readonly signedByHead: ProcedureRule;
  };

  readonly informationRequest: {
    readonly submittedToLeadership: ProcedureRule;
    readonly exchange: readonly ExchangeStepRule[];
  };

  readonly agendaChange: {
    /** Through the leadership, as a change of time or a new item (Pasal 58 ayat (1)-(2)). */
    readonly throughLeadership: ProcedureRule;
    /** Decided by the Panitia Musyawarah (Pasal 58 ayat (4)). */
    readonly decidedBy: ProcedureRule;
  };

  readonly rulesChange: {
    /** Discussed in a plenary held for the purpose, attended by at least 2/3 of all members (Pasal 75 ayat (2)). */
    readonly attendance: ThresholdRule;
  };

  readonly closedMeetingRequest: {
    /** The leadership declares the meeting closed on the request (Pasal 39). */
    readonly effect: ProcedureRule;
  };

  readonly leadership: {
    readonly offices: Readonly<Record<LeadershipOffice, { readonly name: string; readonly citation: Citation }>>;
    readonly electedFromMembers: ProcedureRule;
    readonly term: ProcedureRule;
    /** The temporary leadership's stand-in (Pasal 16 ayat (2)); the leadership itself is `procedure.temporaryLeadership`. */
    readonly temporaryStandIn: ProcedureRule;
    /** Both offices vacated by resignation or death: the oldest member presides to set the leadership (Pasal 15 ayat (4)). */
    readonly bothVacant: ProcedureRule;
    readonly oath: {
      readonly before: ProcedureRule;
      /** The words of the oath, quoted from the regulation. */
      readonly wording: ProcedureRule;
      readonly meetingKind: SessionKind;
    };
    readonly handover: ProcedureRule;
    readonly vacancy: ProcedureRule;
    readonly ratification: ProcedureRule;
    readonly oathAfterVacancy: ProcedureRule;
    readonly replacement: ProcedureRule;
  };

  /** A decision of the council is taken in a plenary (Pasal 62 ayat (1)): no stage that decides may be left out. */
  readonly councilDecisionInPlenary: ProcedureRule;
  /** A meeting is valid only with its quorum (Pasal 30 ayat (3)): a meeting called off without opening completes nothing. */
  readonly validMeeting: ProcedureRule;
  /** The chair takes a decision on the result of a discussion before the meeting closes (Pasal 55 ayat (1)). */
  readonly meetingConcludes: ProcedureRule;
}
