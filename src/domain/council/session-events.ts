import type { Citation } from "../shared/citation.ts";
import type { MemberId } from "./council.ts";
import type { Person, Speaker } from "./participants.ts";
import type { ClosedMeetingMatter, Commission, MajorityKind, SessionKind } from "./rule-book.ts";
import type { MotionResult, VoteResult } from "./vote.ts";

/**
 * A session is its event log: every accepted command appends one or more of these, state is their fold
 * (`foldSession`) and the minutes are a projection of them. Events are plain JSON: times are ISO strings in the
 * council's zone, citations are copied in, so the log reads the same after the rule book or the roster changes.
 */

export type SessionNature = "open" | "closed";

export type InterruptionPurpose = "clarification" | "postpone";

/** What the session was called as: fixed when scheduled, so quorum and voting rights do not move with later roster edits. */
export interface SessionSetup {
  readonly kind: SessionKind;
  /** Open or closed (Pasal 39-40). */
  readonly nature: SessionNature;
  /** The commission holding the meeting (Rapat Bidang, or a working meeting or hearing held by a commission). */
  readonly commission: Commission | null;
  readonly agenda: readonly string[];
  readonly place: string;
  /** ISO time in the council's zone. */
  readonly plannedStart: string;
  /** The election of the council leadership, with its own postponement path (Pasal 24). */
  readonly leadershipElection: boolean;
  /** Default speaking time the chair set (Pasal 48 ayat (1)); each turn may get its own. */
  readonly speakingTimeSeconds: number;
  /** Who chairs the meeting as called. */
  readonly presiding: MemberId;
  /** The youngest member assisting a temporary leadership (Pasal 16 ayat (1)); null otherwise. */
  readonly assisting: MemberId | null;
  /** Members of the body holding the meeting: they count for quorum and they vote (Pasal 21 ayat (5), 59 ayat (1) huruf b). */
  readonly body: readonly MemberId[];
  /** All members of the council, the base of the special majorities. */
  readonly councilSize: number;
  readonly quorum: { readonly required: number; readonly members: number; readonly citation: Citation };
  /** The planned start is outside the meeting hours of Pasal 31 ayat (1); the meeting may decide so (ayat (2)). */
  readonly outsideMeetingHours: boolean;
}

export interface QuorumCount {
  readonly present: number;
  readonly required: number;
  readonly members: number;
}

export interface SessionEventPayloads {
  sessionScheduled: SessionSetup;
  memberSignedIn: { readonly member: MemberId; readonly inBody: boolean };
  memberLeft: { readonly member: MemberId; readonly citation: Citation };
  inviteeSignedIn: { readonly invitee: string; readonly name: string; readonly description: string; readonly telegramUserId: number | null };
  observerSignedIn: { readonly observer: string; readonly name: string; readonly telegramUserId: number | null };
  guestLeft: { readonly guest: Person };
  /** Attendance reached the quorum (before opening: the chair may open; after: decisions are possible again). */
  quorumReached: QuorumCount & { readonly citation: Citation };
  /** Attendance fell below the quorum: the bot warns; votes and decisions are refused until it is back. */
  quorumLost: QuorumCount & { readonly citation: Citation };
  sessionPostponed: QuorumCount & {
    /** 1 for the first postponement, 2 for the second, … */
    readonly stage: number;
    readonly until: string;
    readonly maxMinutes: number | null;
    readonly citation: Citation;
  };
  sessionOpened: QuorumCount & {
    /** Opened without quorum because the leadership election goes ahead after its postponements (Pasal 24 ayat (3)). */
    readonly withoutQuorum: boolean;
    readonly citation: Citation;
    readonly outsideMeetingHours: boolean;
  };
  itemStarted: { readonly itemNo: number; readonly title: string };
  registrationOpened: { readonly itemNo: number; readonly round: number; readonly citation: Citation };
  registrationClosed: { readonly itemNo: number; readonly round: number; readonly registered: number; readonly citation: Citation };
  speakerRegistered: { readonly speaker: Speaker; readonly itemNo: number };
  speakingOrderChanged: { readonly moved: Speaker; readonly order: readonly Speaker[]; readonly citation: Citation };
  speakerPassedOver: { readonly speaker: Speaker; readonly citation: Citation };
  floorGiven: { readonly floorNo: number; readonly speaker: Speaker; readonly seconds: number; readonly citation: Citation };
  speakingTimeWarned: { readonly floorNo: number; readonly speaker: Speaker; readonly overBySeconds: number; readonly citation: Citation };
  offTopicWarned: { readonly floorNo: number; readonly speaker: Speaker; readonly citation: Citation };
  speechFinished: { readonly floorNo: number; readonly speaker: Speaker; readonly reason: "finished" | "left" | "suspended" };
  chairHandedOver: { readonly from: MemberId; readonly to: MemberId; readonly citation: Citation };
  chairTakenBack: { readonly from: MemberId; readonly to: MemberId; readonly citation: Citation };
  /** The presiding person is not present and a member entitled to chair takes over (Pasal 15 ayat (3), 16 ayat (2)). */
  chairTakenOver: { readonly from: MemberId; readonly to: MemberId; readonly citation: Citation };
  interruptionRequested: {
    readonly requestNo: number;
    readonly member: MemberId;
    readonly purpose: InterruptionPurpose;
    readonly floorNo: number;
    readonly citation: Citation;
  };
  interruptionAllowed: { readonly requestNo: number; readonly member: MemberId; readonly seconds: number; readonly citation: Citation };
  interruptionRefused: { readonly requestNo: number; readonly member: MemberId; readonly citation: Citation };
  /** The interruption is over without debate (Pasal 52 ayat (2)) and the speaker resumes with their clock restarted. */
  interruptionEnded: {
    readonly requestNo: number;
    readonly member: MemberId;
    readonly resumes: Speaker;
    readonly pausedSeconds: number;
    readonly citation: Citation;
  };
  improperWordsWarned: { readonly warningNo: number; readonly person: Speaker; readonly words: string | null; readonly citation: Citation };
  /** The words of the warning are struck from the minutes (Pasal 53 ayat (3)). */
  wordsRetracted: { readonly warningNo: number; readonly person: Speaker; readonly citation: Citation };
  speechForbidden: { readonly person: Speaker; readonly itemNo: number | null; readonly citation: Citation };
  askedToLeave: { readonly person: Speaker; readonly citation: Citation };
  sessionSuspended: { readonly until: string; readonly citation: Citation };
  sessionResumed: Record<string, never>;
  consensusRecorded: {
    readonly decisionNo: number;
    readonly motion: string;
    readonly itemNo: number | null;
    readonly majority: MajorityKind;
    readonly matter: ClosedMeetingMatter | null;
    /** Members present with a vote, all of whom agreed. */
    readonly present: number;
    readonly citation: Citation;
  };
  voteStarted: {
    readonly voteNo: number;
    readonly motion: string;
    readonly itemNo: number | null;
    readonly majority: MajorityKind;
    /** Set when the decision is one of the matters of Pasal 42, for the minutes and the closed-meeting check. */
    readonly matter: ClosedMeetingMatter | null;
    readonly secret: boolean;
    /** Member ids for an election of persons; null for a motion (yes/no/abstain). */
    readonly candidates: readonly MemberId[] | null;
    readonly citation: Citation;
  };
  /**
   * One ballot. `choice` is "yes" | "no" | "abstain" for a motion, a candidate's member id or "abstain" for an election.
   * A secret ballot keeps the choice here for the tally: projections must never show it to anyone but the voter.
   */
  voteCast: { readonly voteNo: number; readonly voter: MemberId; readonly choice: string; readonly secret: boolean };
  /** The result, frozen: counts, the base, the threshold applied and its article. */
  voteClosed: { readonly voteNo: number; readonly decisionNo: number; readonly result: VoteResult };
  voteCancelled: { readonly voteNo: number; readonly reason: string };
  showOfHandsRecorded: {
    readonly voteNo: number;
    readonly decisionNo: number;
    readonly motion: string;
    readonly itemNo: number | null;
    readonly matter: ClosedMeetingMatter | null;
    readonly result: MotionResult;
  };
  sessionClosed: { readonly opened: boolean };
}

export type SessionEventType = keyof SessionEventPayloads;

export interface SessionEventOf<T extends SessionEventType> {
  readonly type: T;
  readonly payload: SessionEventPayloads[T];
  /** On whose behalf: the member, invitee, observer or secretary; for chair actions, the person chairing. */
  readonly actor: Person;
  /** The Telegram user who pressed: the chair when recording for a member without Telegram; null when a stored timer fired. */
  readonly recordedBy: number | null;
  /** ISO time in the council's zone. */
  readonly at: string;
}

export type SessionEvent = { [T in SessionEventType]: SessionEventOf<T> }[SessionEventType];

export function isEventOf<T extends SessionEventType>(event: SessionEvent, type: T): event is Extract<SessionEvent, { type: T }> {
  return event.type === type;
}
