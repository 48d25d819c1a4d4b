import type { Citation } from "../../shared/citation.ts";
import type { CouncilRole } from "../council.ts";
import type { PersonKind } from "../participants.ts";
import type { RecordKind, RecordSignature } from "../record-rules.ts";
import type { InterruptionPurpose, SessionNature } from "../session-events.ts";
import type { Decision, Stint } from "../session-state.ts";

/**
 * The written record of a session, projected from its event log by `projectMinutes`: plain data, every time an ISO
 * string in the council's zone, every particular next to the article that asks for it. The documents render it.
 */

export type MinutesStatus = "draft" | "official";

/** A person as the record names them; `id` is the roster id, or the guest id given at sign-in. */
export interface PersonRef {
  readonly kind: PersonKind;
  readonly id: string;
  readonly name: string;
}

export interface MemberAttendance {
  readonly person: PersonRef;
  readonly role: CouncilRole;
  /** Every sign-in and leave, in order: a member may leave and come back (Pasal 44 ayat (1), (4)). */
  readonly stints: readonly Stint[];
}

export interface GuestAttendance {
  readonly person: PersonRef;
  /** What the invitee is ("Kepala Desa"); empty for observers. */
  readonly description: string;
  readonly signedInAt: string;
  readonly leftAt: string | null;
}

export interface ChairChange {
  readonly at: string;
  /** Handed over to speak as a member and taken back (Pasal 49 ayat (2)), or taken over from an absent chair (Pasal 15 ayat (3), 16). */
  readonly how: "handedOver" | "takenBack" | "takenOver";
  readonly from: PersonRef;
  readonly to: PersonRef;
  readonly citation: Citation;
}

export interface PostponementRecord {
  readonly at: string;
  readonly stage: number;
  readonly until: string;
  readonly present: number;
  readonly required: number;
  readonly citation: Citation;
}

export interface SuspensionRecord {
  readonly at: string;
  readonly until: string;
  readonly resumedAt: string | null;
  readonly citation: Citation;
}

export interface BallotGroup {
  /** "yes" | "no" | "abstain" for a motion; a candidate's member id or "abstain" for an election. */
  readonly choice: string;
  readonly voters: readonly PersonRef[];
}

/** A decision as `foldSession` has it (so `decisionLine` phrases it), with what the record adds. */
export interface MinutesDecision extends Decision {
  readonly secret: boolean;
  /** The members present with a vote, all of whom agreed (consensus only). */
  readonly consensusOf: number | null;
  /** The candidates of an election, by name, in the order they were put; null for a motion. */
  readonly candidates: readonly PersonRef[] | null;
  readonly elected: PersonRef | null;
  /** Who chose what in an open vote; null for a secret ballot, a show of hands and a consensus. */
  readonly ballots: readonly BallotGroup[] | null;
  /** The matter of Pasal 42 the decision concerns, in the regulation's words, and its huruf. */
  readonly matterRule: { readonly text: string; readonly citation: Citation } | null;
}

export type CourseEntry =
  | { readonly type: "opened"; readonly at: string; readonly present: number; readonly required: number; readonly members: number; readonly withoutQuorum: boolean; readonly outsideMeetingHours: boolean; readonly citation: Citation }
  | { readonly type: "item"; readonly at: string; readonly itemNo: number; readonly title: string }
  /** An item the Pimpinan BPD left out of the record of a closed meeting: its number only (Pasal 43 ayat (3)). */
  | { readonly type: "omitted"; readonly at: string; readonly itemNo: number; readonly citation: Citation }
  | { readonly type: "registration"; readonly at: string; readonly itemNo: number; readonly round: number; readonly closedAt: string | null; readonly speakers: readonly PersonRef[]; readonly citation: Citation }
  | { readonly type: "orderChanged"; readonly at: string; readonly moved: PersonRef; readonly order: readonly PersonRef[]; readonly citation: Citation }
  | { readonly type: "passedOver"; readonly at: string; readonly speaker: PersonRef; readonly citation: Citation }
  | {
      readonly type: "floor";
      readonly at: string;
      readonly floorNo: number;
      readonly itemNo: number | null;
      readonly speaker: PersonRef;
      readonly seconds: number;
      readonly endedAt: string | null;
      readonly endedBecause: "finished" | "left" | "suspended" | "forbidden" | "askedToLeave" | null;
      readonly citation: Citation;
    }
  | {
      readonly type: "interruption";
      readonly at: string;
      readonly requestNo: number;
      readonly member: PersonRef;
      readonly purpose: InterruptionPurpose;
      /** Who had the floor. */
      readonly speaker: PersonRef | null;
      /** "lapsed": the chair neither allowed nor refused it before the speech ended. */
      readonly outcome: "allowed" | "refused" | "lapsed";
      readonly decidedAt: string | null;
      readonly seconds: number | null;
      readonly endedAt: string | null;
      readonly citation: Citation;
    }
  | { readonly type: "speakingTimeWarning"; readonly at: string; readonly person: PersonRef; readonly overBySeconds: number; readonly citation: Citation }
  | { readonly type: "offTopicWarning"; readonly at: string; readonly person: PersonRef; readonly citation: Citation }
  | {
      readonly type: "improperWordsWarning";
      readonly at: string;
      readonly warningNo: number;
      readonly person: PersonRef;
      /** Null when none were noted, and always null once retracted: retracted words stay out of the record (Pasal 53 ayat (3)). */
      readonly words: string | null;
      readonly retractedAt: string | null;
      readonly citation: Citation;
      readonly retractionCitation: Citation | null;
    }
  | { readonly type: "speechForbidden"; readonly at: string; readonly person: PersonRef; readonly citation: Citation }
  | { readonly type: "askedToLeave"; readonly at: string; readonly person: PersonRef; readonly citation: Citation }
  | { readonly type: "chair"; readonly at: string; readonly change: ChairChange }
  | { readonly type: "quorum"; readonly at: string; readonly reached: boolean; readonly present: number; readonly required: number; readonly members: number; readonly citation: Citation }
  | { readonly type: "suspended"; readonly at: string; readonly until: string; readonly citation: Citation }
  | { readonly type: "resumed"; readonly at: string }
  | { readonly type: "decision"; readonly at: string; readonly decision: MinutesDecision }
  | { readonly type: "voteCancelled"; readonly at: string; readonly voteNo: number; readonly motion: string; readonly reason: string }
  | { readonly type: "closed"; readonly at: string };

export type CourseEntryType = CourseEntry["type"];

export interface MinutesCorrection {
  /** A member, an invitee, or another party concerned named as given (Pasal 56 ayat (4)). */
  readonly by: PersonRef | { readonly kind: "party"; readonly name: string };
  readonly at: string;
  readonly text: string;
  /** The chair of the meeting (Pasal 56 ayat (5)) or the Panitia Musyawarah (Pasal 19 huruf c); null when undisputed. */
  readonly settledBy: { readonly kind: "chair"; readonly person: PersonRef } | { readonly kind: "steeringCommittee" } | null;
  readonly settledCitation: Citation | null;
}

export interface Signature {
  readonly role: "secretary" | "chair";
  /** "Mengetahui": the chair acknowledges what the secretary signed (Pasal 56 ayat (1)). */
  readonly acknowledges: boolean;
  /** Null when the council has no secretary on record. */
  readonly person: PersonRef | null;
  readonly citation: Citation;
}

export interface Minutes {
  readonly village: string;
  readonly regulation: string;
  readonly zone: string;
  readonly record: {
    readonly kind: RecordKind;
    /** "Risalah", "Catatan Rapat", "Laporan". */
    readonly name: string;
    /** "Risalah Sementara", "Risalah Resmi", "Catatan Rapat", … */
    readonly title: string;
    readonly status: MinutesStatus;
    readonly citation: Citation;
    readonly contentCitation: Citation;
    /** Pasal 56 ayat (3) for a draft, ayat (6) for the official risalah; null where the regulation has no such step. */
    readonly statusCitation: Citation | null;
    readonly addressedTo: string | null;
    /** How the regulation was read for this kind of meeting, when it does not say. */
    readonly note: string | null;
  };
  /** A closed meeting: the record is secret (Pasal 41 ayat (1)) and marked (Pasal 43 ayat (2)). */
  readonly confidential: boolean;
  readonly marking: { readonly label: string; readonly citation: Citation; readonly secrecyCitation: Citation } | null;
  readonly omitted: { readonly items: readonly number[]; readonly citation: Citation } | null;

  // The particulars of Pasal 56 ayat (2) huruf a-h.
  readonly meeting: {
    /** "Rapat Paripurna" … */
    readonly kindName: string;
    readonly commissionName: string | null;
    readonly nature: SessionNature;
    readonly leadershipElection: boolean;
    readonly citation: Citation;
    readonly natureCitation: Citation;
  };
  /** The day the meeting opened, or was to open: "Senin, 23 November 2026". */
  readonly date: { readonly text: string; readonly iso: string; readonly citation: Citation };
  readonly place: { readonly text: string; readonly citation: Citation };
  readonly agenda: { readonly items: readonly { readonly itemNo: number; readonly title: string | null; readonly omitted: boolean }[]; readonly citation: Citation };
  readonly times: {
    readonly plannedStart: string;
    /** Null for a meeting called off without opening. */
    readonly openedAt: string | null;
    readonly closedAt: string;
    readonly outsideMeetingHours: boolean;
    readonly citation: Citation;
    readonly meetingHoursCitation: Citation;
  };
  readonly chair: {
    /** Who chaired as called. */
    readonly presiding: PersonRef;
    /** The youngest member assisting a temporary leadership, and the article (Pasal 16 ayat (1)). */
    readonly assisting: PersonRef | null;
    readonly assistingCitation: Citation | null;
    readonly changes: readonly ChairChange[];
    /** The chair of record, who signs or acknowledges. */
    readonly ofRecord: PersonRef;
    readonly citation: Citation;
  };
  readonly secretary: { readonly person: PersonRef | null; readonly citation: Citation };
  readonly attendance: {
    /** Members of the body holding the meeting who signed in, in sign-in order. */
    readonly members: readonly MemberAttendance[];
    readonly count: number;
    readonly bodySize: number;
    readonly quorum: { readonly required: number; readonly citation: Citation };
    readonly citation: Citation;
    readonly signInCitation: Citation;
  };
  readonly invitees: {
    readonly guests: readonly GuestAttendance[];
    /** Council members outside the body holding the meeting, who attend as invitees (Pasal 59 ayat (1) huruf b). */
    readonly councilMembers: readonly MemberAttendance[];
    readonly citation: Citation;
    readonly listCitation: Citation;
    readonly councilMemberCitation: Citation;
  };
  readonly observers: { readonly guests: readonly GuestAttendance[]; readonly citation: Citation };
  readonly postponements: readonly PostponementRecord[];
  readonly suspensions: readonly SuspensionRecord[];

  readonly course: readonly CourseEntry[];
  readonly courseCitation: Citation;
  readonly decisions: readonly MinutesDecision[];

  /** Official version: the accepted corrections, in the order received (Pasal 56 ayat (4)-(5)); null for a draft. */
  readonly corrections: { readonly items: readonly MinutesCorrection[]; readonly citation: Citation } | null;
  /** Draft risalah: the days allowed for corrections and to whom they go (Pasal 56 ayat (4)); null otherwise. */
  readonly correctionWindow: { readonly days: number; readonly to: PersonRef | null; readonly citation: Citation } | null;
  readonly signatures: { readonly by: RecordSignature; readonly lines: readonly Signature[] };
  /** The latest time the record draws on: the close, or the last correction of the official version. Documents date themselves by it. */
  readonly asOf: string;
}
