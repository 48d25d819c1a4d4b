import type { DateTime } from "luxon";
import type { Citation } from "../../shared/citation.ts";
import { accept, reject } from "../../shared/rejection.ts";
import type { Outcome, Rejection } from "../../shared/rejection.ts";
import { findMember, memberByTelegramUser } from "../council.ts";
import type { Council, CouncilMember } from "../council.ts";
import { member, SECRETARY } from "../participants.ts";
import type { Person } from "../participants.ts";
import type { SessionRejectionCode } from "../rejection-codes.ts";
import type { CouncilRuleBook, DisciplineStep } from "../rule-book.ts";
import type { SessionEvent, SessionEventOf, SessionEventPayloads, SessionEventType } from "../session-events.ts";
import { hasQuorum, isMemberPresent, presentCount, quorum } from "../session-state.ts";
import type { SessionPhase, SessionState } from "../session-state.ts";

/** Who pressed: a Telegram user, or a stored timer the bot fired (postponement start, speaking time, interruption time). */
export type Sender = { readonly kind: "user"; readonly telegramUserId: number } | { readonly kind: "timer" };

export type Refusal = Rejection<SessionRejectionCode>;
export type Decided = Outcome<SessionEvent[], SessionRejectionCode>;

/** The sender resolved against the roster and the session's guest lists. */
export interface Caller {
  readonly sender: Sender;
  readonly telegramUserId: number | null;
  readonly member: CouncilMember | null;
  /** The member, secretary, invitee or observer; null for a stranger or a timer. */
  readonly person: Person | null;
}

export interface EngineContext {
  readonly council: Council;
  readonly state: SessionState;
  readonly rules: CouncilRuleBook;
  /** Now, in the council's zone. */
  readonly now: DateTime;
  readonly at: string;
  readonly caller: Caller;
}

export function identify(council: Council, state: SessionState, sender: Sender): Caller {
  if (sender.kind === "timer") return { sender, telegramUserId: null, member: null, person: null };
  const id = sender.telegramUserId;
  const found = memberByTelegramUser(council, id);
  if (found) return { sender, telegramUserId: id, member: found, person: member(found.id) };
  if (council.secretary?.telegramUserId === id) return { sender, telegramUserId: id, member: null, person: SECRETARY };
  const guest = (list: typeof state.invitees) => [...list].reverse().find((g) => g.telegramUserId === id);
  const asInvitee = guest(state.invitees);
  if (asInvitee) return { sender, telegramUserId: id, member: null, person: { kind: "invitee", id: asInvitee.id } };
  const asObserver = guest(state.observers);
  if (asObserver) return { sender, telegramUserId: id, member: null, person: { kind: "observer", id: asObserver.id } };
  return { sender, telegramUserId: id, member: null, person: null };
}

export function isoIn(zone: string, time: DateTime): string {
  return time.setZone(zone).toISO() ?? "";
}

export function isTimer(c: EngineContext): boolean {
  return c.caller.sender.kind === "timer";
}

export function event<T extends SessionEventType>(c: EngineContext, type: T, payload: SessionEventPayloads[T], actor: Person): SessionEvent {
  const built: SessionEventOf<T> = { type, payload, actor, recordedBy: c.caller.telegramUserId, at: c.at };
  return built as SessionEvent;
}

/** The person chairing, as the actor of chair actions (also when a timer acts for them). */
export function presidingPerson(c: EngineContext): Person {
  return c.state.presiding ? member(c.state.presiding) : SECRETARY;
}

export function memberName(c: EngineContext, id: string): string {
  return findMember(c.council, id)?.name ?? id;
}

export function personName(c: EngineContext, person: Person): string {
  switch (person.kind) {
    case "member":
      return memberName(c, person.id);
    case "invitee":
      return c.state.invitees.find((g) => g.id === person.id)?.name ?? person.id;
    case "observer":
      return c.state.observers.find((g) => g.id === person.id)?.name ?? person.id;
    case "secretary":
      return c.council.secretary?.name ?? "Sekretaris";
  }
}

export function refuse(code: SessionRejectionCode, params: Record<string, string | number> = {}, citation?: Citation): Refusal {
  return reject(code, params, citation);
}

export function done(events: SessionEvent[]): Decided {
  return accept(events);
}

// Guards: each returns a refusal, or null when the command may go on. Every phase but "unscheduled" has a setup,
// so handlers behind a phase guard that excludes it read `state.setup!`.

export function requirePhase(c: EngineContext, ...phases: SessionPhase[]): Refusal | null {
  return phases.includes(c.state.phase) ? null : refuse("WRONG_PHASE", { phase: c.state.phase });
}

/**
 * Only the person chairing; a timer acts for them when `timerAllowed`. From the opening on, the person chairing must be
 * signed in: a chair who is not in the meeting cannot run it.
 */
export function requirePresiding(c: EngineContext, options: { readonly timerAllowed?: boolean } = {}): Refusal | null {
  const presiding = c.state.presiding;
  if (isTimer(c)) return options.timerAllowed ? null : refuse("NOT_FOR_TIMER");
  if (!presiding || c.caller.member?.id !== presiding) {
    return refuse("NOT_PRESIDING", { presiding: presiding ? memberName(c, presiding) : "" }, c.rules.procedure.presiding.citation);
  }
  const meetingRuns = c.state.phase === "open" || c.state.phase === "suspended";
  if (meetingRuns && !isMemberPresent(c.state, presiding)) {
    return refuse("PRESIDING_NOT_PRESENT", { presiding: memberName(c, presiding) }, c.rules.procedure.signIn.citation);
  }
  return null;
}

export function quorumParams(state: SessionState): { present: number; members: number; required: number } {
  return { present: presentCount(state), members: state.setup?.quorum.members ?? 0, required: quorum(state) };
}

export function requireQuorum(c: EngineContext): Refusal | null {
  if (hasQuorum(c.state)) return null;
  return refuse("NO_QUORUM", quorumParams(c.state), c.state.setup?.quorum.citation ?? c.rules.quorum.citation);
}

export function requireNoFloor(c: EngineContext): Refusal | null {
  const floor = c.state.floor;
  return floor ? refuse("FLOOR_TAKEN", { speaker: personName(c, floor.speaker) }, c.rules.procedure.noDisturbance.citation) : null;
}

export function requireNoRunningVote(c: EngineContext): Refusal | null {
  const running = c.state.votes.find((v) => v.status === "running");
  return running ? refuse("VOTE_RUNNING", { voteNo: running.voteNo }) : null;
}

export function requireItem(c: EngineContext): Refusal | null {
  return c.state.currentItem === null ? refuse("NO_ITEM") : null;
}

/**
 * The member a command is about: the sender themselves, or `memberId` when recorded for someone else. `recorder`
 * says who may record for others: the person chairing, and for attendance also the secretary.
 */
export function subjectMember(c: EngineContext, memberId: string | undefined, recorder: "presiding" | "presidingOrSecretary"): Outcome<CouncilMember, SessionRejectionCode> {
  const self = c.caller.member;
  if (memberId === undefined || memberId === self?.id) {
    if (self) return accept(self);
    return c.caller.person ? refuse("NOT_A_MEMBER") : refuse("UNKNOWN_SENDER");
  }
  const target = findMember(c.council, memberId);
  if (!target) return refuse("UNKNOWN_MEMBER", { memberId });
  const isPresiding = self !== null && self.id === c.state.presiding;
  const isSecretary = c.caller.person?.kind === "secretary";
  if (isPresiding || (recorder === "presidingOrSecretary" && isSecretary)) return accept(target);
  return refuse("NOT_RECORDER");
}

/** The article of a step of the discipline ladder (Pasal 53-54 in Banjarnegara). */
export function disciplineCitation(c: EngineContext, step: DisciplineStep): Citation {
  return c.rules.discipline.find((d) => d.step === step)?.citation ?? c.rules.procedure.presiding.citation;
}
