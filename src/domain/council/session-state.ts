import { DateTime } from "luxon";
import type { Citation } from "../shared/citation.ts";
import type { MemberId } from "./council.ts";
import { personKey, samePerson } from "./participants.ts";
import type { Person, Speaker } from "./participants.ts";
import type { ClosedMeetingMatter, MajorityKind } from "./rule-book.ts";
import type { InterruptionPurpose, SessionSetup } from "./session-events.ts";
import type { VoteResult } from "./vote.ts";

/**
 * The state of a session: a fold of its event log (`foldSession` in session-fold.ts), never stored on its own.
 * Plain readonly data; the queries below answer what the board and the engine ask of it.
 */

export type SessionPhase = "unscheduled" | "scheduled" | "postponed" | "open" | "suspended" | "closed";

export interface Stint {
  readonly signedInAt: string;
  /** Null while present. */
  readonly leftAt: string | null;
}

export interface Guest {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly telegramUserId: number | null;
  readonly signedInAt: string;
  readonly leftAt: string | null;
}

export interface Postponement {
  readonly stage: number;
  readonly at: string;
  readonly until: string;
  readonly citation: Citation;
}

export interface Floor {
  readonly floorNo: number;
  readonly speaker: Speaker;
  readonly since: string;
  readonly seconds: number;
  /** Time taken by allowed interruptions, which does not count against the speaker (Pasal 50 ayat (2)). */
  readonly pausedSeconds: number;
  readonly timeWarnings: number;
  readonly offTopicWarnings: number;
}

export interface InterruptionRequest {
  readonly requestNo: number;
  readonly member: MemberId;
  readonly purpose: InterruptionPurpose;
  readonly requestedAt: string;
}

export interface Interruption extends InterruptionRequest {
  readonly since: string;
  readonly seconds: number;
}

export interface ImproperWordsWarning {
  readonly warningNo: number;
  readonly person: Speaker;
  readonly words: string | null;
  readonly at: string;
  /** Retracted words are left out of the minutes (Pasal 53 ayat (3)). */
  readonly retracted: boolean;
}

export interface WarningCounts {
  readonly improperWords: number;
  readonly speakingTime: number;
  readonly offTopic: number;
}

export interface VoteState {
  readonly voteNo: number;
  readonly motion: string;
  readonly itemNo: number | null;
  readonly majority: MajorityKind;
  readonly matter: ClosedMeetingMatter | null;
  readonly secret: boolean;
  readonly candidates: readonly MemberId[] | null;
  readonly startedAt: string;
  /** Ballot per voter; see `ballotOf` for what a voter may see. */
  readonly ballots: Readonly<Record<MemberId, string>>;
  readonly status: "running" | "closed" | "cancelled";
  readonly result: VoteResult | null;
}

export interface Decision {
  readonly decisionNo: number;
  readonly how: "consensus" | "vote" | "showOfHands";
  readonly motion: string;
  readonly matter: ClosedMeetingMatter | null;
  readonly itemNo: number | null;
  readonly majority: MajorityKind;
  readonly at: string;
  readonly passed: boolean;
  /** Null for consensus. */
  readonly result: VoteResult | null;
  readonly citation: Citation;
}

export interface SessionState {
  readonly phase: SessionPhase;
  readonly setup: SessionSetup | null;
  /** Who chairs now. */
  readonly presiding: MemberId | null;
  /** The member who handed the chair over to speak as a member (Pasal 49 ayat (2)) and may take it back. */
  readonly handedOverBy: MemberId | null;
  /** Latest stint of each member who signed in. */
  readonly attendance: Readonly<Record<MemberId, Stint>>;
  readonly invitees: readonly Guest[];
  readonly observers: readonly Guest[];
  readonly postponements: readonly Postponement[];
  readonly openedAt: string | null;
  readonly suspendedUntil: string | null;
  readonly closedAt: string | null;
  readonly currentItem: number | null;
  readonly registrationOpen: boolean;
  readonly registrationRound: number;
  /** Everyone who registered for the current item, in any round (Pasal 47). */
  readonly registered: readonly Speaker[];
  /** Turns still to come, in order (Pasal 51). */
  readonly queue: readonly Speaker[];
  readonly floor: Floor | null;
  readonly floorCount: number;
  readonly interruptionRequests: readonly InterruptionRequest[];
  readonly interruption: Interruption | null;
  readonly interruptionCount: number;
  readonly improperWordsWarnings: readonly ImproperWordsWarning[];
  readonly warningCounts: Readonly<Record<string, WarningCounts>>;
  /** Forbidden to speak for the rest of the current item (Pasal 54 ayat (1)). */
  readonly forbidden: readonly Speaker[];
  /** Asked to leave (Pasal 54 ayat (2)); they may not sign in again in this session. */
  readonly expelled: readonly Speaker[];
  readonly votes: readonly VoteState[];
  readonly decisions: readonly Decision[];
}

export const INITIAL_SESSION_STATE: SessionState = {
  phase: "unscheduled",
  setup: null,
  presiding: null,
  handedOverBy: null,
  attendance: {},
  invitees: [],
  observers: [],
  postponements: [],
  openedAt: null,
  suspendedUntil: null,
  closedAt: null,
  currentItem: null,
  registrationOpen: false,
  registrationRound: 0,
  registered: [],
  queue: [],
  floor: null,
  floorCount: 0,
  interruptionRequests: [],
  interruption: null,
  interruptionCount: 0,
  improperWordsWarnings: [],
  warningCounts: {},
  forbidden: [],
  expelled: [],
  votes: [],
  decisions: [],
};

/** Members signed in and not gone, in sign-in order. */
export function presentMembers(state: SessionState): MemberId[] {
  return Object.entries(state.attendance)
    .filter(([, stint]) => stint.leftAt === null)
    .map(([id]) => id);
}

export function isMemberPresent(state: SessionState, id: MemberId): boolean {
  return state.attendance[id]?.leftAt === null;
}

export function isInBody(state: SessionState, id: MemberId): boolean {
  return state.setup?.body.includes(id) ?? false;
}

/** Members present who count for quorum and may vote: those of the body holding the meeting. */
export function presentVoters(state: SessionState): MemberId[] {
  return presentMembers(state).filter((id) => isInBody(state, id));
}

/** The present count for quorum. */
export function presentCount(state: SessionState): number {
  return presentVoters(state).length;
}

/** The attendance the meeting needs; 0 before it is scheduled. */
export function quorum(state: SessionState): number {
  return state.setup?.quorum.required ?? 0;
}

export function hasQuorum(state: SessionState): boolean {
  return state.setup !== null && presentCount(state) >= quorum(state);
}

export function isPersonPresent(state: SessionState, person: Person): boolean {
  switch (person.kind) {
    case "member":
      return isMemberPresent(state, person.id);
    case "invitee":
      return state.invitees.some((g) => g.id === person.id && g.leftAt === null);
    case "observer":
      return state.observers.some((g) => g.id === person.id && g.leftAt === null);
    case "secretary":
      return true;
  }
}

export function isForbidden(state: SessionState, person: Person): boolean {
  return state.forbidden.some((p) => samePerson(p, person));
}

export function isExpelled(state: SessionState, person: Person): boolean {
  return state.expelled.some((p) => samePerson(p, person));
}

export function warningCountsOf(state: SessionState, person: Person): WarningCounts {
  return state.warningCounts[personKey(person)] ?? { improperWords: 0, speakingTime: 0, offTopic: 0 };
}

export function runningVote(state: SessionState): VoteState | undefined {
  return state.votes.find((v) => v.status === "running");
}

/** A voter may always see their own ballot, secret or not; nobody else's. */
export function ballotOf(state: SessionState, voteNo: number, voter: MemberId): string | undefined {
  return state.votes.find((v) => v.voteNo === voteNo)?.ballots[voter];
}

/** When the current speaker's time runs out, with interruptions not counted; null when nobody has the floor or an interruption runs. */
export function speakingTimeDueAt(state: SessionState, zone: string): DateTime | null {
  if (!state.floor || state.interruption) return null;
  return DateTime.fromISO(state.floor.since, { zone }).plus({ seconds: state.floor.seconds + state.floor.pausedSeconds });
}

/** Seconds left for the current speaker at `now` (negative once over time); null when nobody has the floor. */
export function remainingSpeakingSeconds(state: SessionState, now: DateTime): number | null {
  if (!state.floor) return null;
  const since = DateTime.fromISO(state.floor.since);
  const stoppedAt = state.interruption ? DateTime.fromISO(state.interruption.since) : now;
  const spoken = Math.floor(stoppedAt.diff(since, "seconds").seconds) - state.floor.pausedSeconds;
  return state.floor.seconds - spoken;
}

export function interruptionDueAt(state: SessionState, zone: string): DateTime | null {
  if (!state.interruption) return null;
  return DateTime.fromISO(state.interruption.since, { zone }).plus({ seconds: state.interruption.seconds });
}

export function lastPostponement(state: SessionState): Postponement | undefined {
  return state.postponements[state.postponements.length - 1];
}
