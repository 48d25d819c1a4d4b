import type { Citation } from "../shared/citation.ts";
import type { HeadReportRules, ProcedureRules } from "./procedures/procedure-rules.ts";
import type { RecordRules } from "./record-rules.ts";

/**
 * The shape of a council's rules of procedure (tata tertib BPD) as data. Every number sits next to the article it
 * comes from, so another regency's rules are another `CouncilRuleBook` object, not new code.
 * The instance for Banjarnegara is in `banjarnegara-962-2011.ts`.
 */

/** A fraction kept exact: 2/3 is { numerator: 2, denominator: 3 }, never 0.666…. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * "atLeast": the count must reach ⌈fraction × base⌉ ("paling rendah 2/3").
 * "moreThan": the count must exceed fraction × base, i.e. reach ⌊fraction × base⌋ + 1 ("lebih dari separoh").
 */
export type Comparison = "atLeast" | "moreThan";

/** Whose number the fraction is taken of: the members present, or all members of the council. */
export type ThresholdBase = "present" | "allMembers";

export interface Threshold {
  readonly comparison: Comparison;
  readonly fraction: Fraction;
  readonly base: ThresholdBase;
}

/** A rule without a number: what the engine enforces, with its article and the regulation's own words. */
export interface ProcedureRule {
  readonly citation: Citation;
  readonly text: string;
  readonly note?: string;
}

/** A numeric threshold of the regulation, its article, the regulation's words, and how an unclear text was read. */
export interface ThresholdRule extends Threshold, ProcedureRule {
  /** Other articles that say the same thing, or that the reading in `note` reconciles. */
  readonly alsoCited: readonly Citation[];
}

export type MajorityKind = "ordinary" | "villageHeadInformation" | "villageRegulationInitiative" | "rulesChange";

export interface MajorityRule extends ThresholdRule {
  readonly kind: MajorityKind;
  /** The decision may only be taken in a plenary, and the article that says so; null when any meeting may take it. */
  readonly plenaryOnly: Citation | null;
}

export interface PostponementStage {
  /** The longest the chair may postpone at this stage; null when the chair sets the time. */
  readonly maxMinutes: number | null;
  readonly citation: Citation;
  readonly text: string;
}

export interface PostponementRule {
  readonly stages: readonly PostponementStage[];
  /**
   * After the last stage: "repeatLast" lets the chair postpone again as the last stage allows;
   * "proceedWithoutQuorum" means no further postponement and the meeting goes ahead without quorum.
   */
  readonly afterLastStage: "repeatLast" | "proceedWithoutQuorum";
  readonly afterLastStageCitation: Citation;
}

export interface MeetingHoursWindow {
  readonly name: string;
  /** Minutes after midnight in the council's zone; `from` inclusive, `to` exclusive. */
  readonly fromMinute: number;
  readonly toMinute: number;
  readonly citation: Citation;
}

export type SessionKind = "plenary" | "leadership" | "steeringCommittee" | "commission" | "workingMeeting" | "hearing";

/** Who may chair a meeting of a kind: the council chair, the vice chair, or the chair of the commission holding it. */
export type PresidingRole = "chair" | "viceChair" | "commissionChair";

/**
 * Who the meeting belongs to, which fixes who counts for its quorum and who votes in it:
 * "councilOrCommission" is the council, or the commission when a commission holds the meeting.
 */
export type SessionBody = "council" | "leadership" | "steeringCommittee" | "commission" | "councilOrCommission";

export interface SessionKindRule {
  readonly kind: SessionKind;
  /** The Indonesian name, e.g. "Rapat Paripurna". */
  readonly name: string;
  readonly citation: Citation;
  readonly presidedBy: readonly PresidingRole[];
  readonly presidingCitation: Citation;
  readonly body: SessionBody;
  readonly bodyCitation: Citation;
  readonly note?: string;
}

export type Commission = "government" | "development" | "community";

export interface CommissionRule {
  readonly commission: Commission;
  readonly name: string;
  readonly citation: Citation;
}

export type ClosedMeetingMatter =
  | "villageHeadElection"
  | "councilLeadershipElection"
  | "villageBudget"
  | "villageRegulation"
  | "debtsAndLoans"
  | "villageEnterprise"
  | "civilSettlement"
  | "spatialPolicy"
  | "publicBurden";

export interface ClosedMeetingMatterRule {
  readonly matter: ClosedMeetingMatter;
  readonly text: string;
  readonly citation: Citation;
}

export type ProposalKind = "villageHeadInformation" | "villageRegulationInitiative" | "closedMeeting" | "agendaChange" | "rulesChange";

export interface ProposalRule extends ThresholdRule {
  readonly kind: ProposalKind;
}

export type DisciplineStep = "improperWordsWarning" | "retraction" | "speechForbidden" | "askedToLeave" | "suspension";

export interface DisciplineRule extends ProcedureRule {
  readonly step: DisciplineStep;
}

/** The rules without numbers that the session engine enforces; each rejection cites one of them. */
export type ProcedureKey =
  | "convening"
  | "presiding"
  | "substituteChair"
  | "temporaryLeadership"
  | "signIn"
  | "guestList"
  | "leaveNotice"
  | "registration"
  | "unregisteredNoFloor"
  | "speakingTime"
  | "overtimeWarning"
  | "offTopicWarning"
  | "chairSpeaksOnlyAsChair"
  | "handOver"
  | "permissionToSpeak"
  | "noDisturbance"
  | "turnOrder"
  | "reorder"
  | "passOver"
  | "interruptionClarification"
  | "interruptionPostpone"
  | "interruptionNoDebate"
  | "interruptionTime"
  | "consensus"
  | "majorityVote"
  | "inviteeSpeaksWithPermission"
  | "inviteeNoVote"
  | "observerSilent"
  | "organGuest"
  | "nonCommissionNoVote"
  | "closedMeetingNoPublic"
  | "closedMeetingMatters"
  | "secretaryNoVote";

export interface CouncilRuleBook {
  /** Short name of the regulation, e.g. "Perbup Banjarnegara 962/2011". */
  readonly regulation: string;
  /** A meeting is valid with this attendance of the members of its body. */
  readonly quorum: ThresholdRule;
  readonly majorities: Readonly<Record<MajorityKind, MajorityRule>>;
  /** Postponement of an ordinary meeting when quorum is missing at the planned start. */
  readonly postponement: PostponementRule;
  /** The election of the council leadership: its attendance and its own postponement path. */
  readonly leadershipElection: {
    readonly attendance: ThresholdRule;
    readonly postponement: PostponementRule;
    readonly plenaryOnly: Citation;
  };
  readonly meetingHours: {
    readonly citation: Citation;
    readonly windows: readonly MeetingHoursWindow[];
    /** The meeting itself may decide to sit outside the windows. */
    readonly deviation: ProcedureRule;
  };
  readonly sessionKinds: Readonly<Record<SessionKind, SessionKindRule>>;
  readonly commissions: Readonly<Record<Commission, CommissionRule>>;
  /** Every member except the leadership belongs to one commission. */
  readonly commissionMembership: ProcedureRule;
  readonly closedMeetings: {
    readonly openByDefault: ProcedureRule;
    readonly undecidableMatters: readonly ClosedMeetingMatterRule[];
  };
  readonly proposals: Readonly<Record<ProposalKind, ProposalRule>>;
  readonly agendaChangeNotice: { readonly days: number; readonly citation: Citation };
  readonly discipline: readonly DisciplineRule[];
  readonly minutes: { readonly correctionDays: number; readonly citation: Citation };
  /** The written record of a meeting: which one each kind gets, what it holds, who signs (see record-rules.ts). */
  readonly records: RecordRules;
  /** The village head's accountability report: attendance, stages I-III and deadlines (Pasal 4-6). */
  readonly headReport: HeadReportRules;
  /** The procedures that span several meetings: proposals, village regulations, requests, leadership (procedures/). */
  readonly procedures: ProcedureRules;
  readonly procedure: Readonly<Record<ProcedureKey, ProcedureRule>>;
  /** How the product fills gaps the regulation leaves, stated so nobody mistakes them for law. */
  readonly productChoices: readonly string[];
}

// The Banjarnegara instance lives in its own file; re-exported here so the rule book and its first instance import together.
export { BANJARNEGARA_962_2011, BANJARNEGARA_962_2011_REGULATION } from "./banjarnegara-962-2011.ts";
