import type { DateTime } from "luxon";
import type { Citation } from "../../shared/citation.ts";
import { accept, reject } from "../../shared/rejection.ts";
import type { Outcome, Rejection } from "../../shared/rejection.ts";
import { findMember, hasNoLeadership, memberByTelegramUser, temporaryLeadership } from "../council.ts";
import type { Council, CouncilMember } from "../council.ts";
import { member, SECRETARY } from "../participants.ts";
import type { Person } from "../participants.ts";
import type { CouncilRuleBook, Threshold } from "../rule-book.ts";
import type { ProcedureEvent, ProcedureEventOf, ProcedureEventPayloads, ProcedureEventType, ProcedureKind } from "./procedure-events.ts";
import type { ProcedureState } from "./procedure-state.ts";
import type { ProcedureRejectionCode } from "./rejection-codes.ts";

/** Who pressed: always a Telegram user; procedures have no timers. */
export interface ProcedureSender {
  readonly kind: "user";
  readonly telegramUserId: number;
}

export interface ProcedureCaller {
  readonly telegramUserId: number;
  readonly member: CouncilMember | null;
  /** The member or the secretary; null for a stranger. */
  readonly person: Person | null;
  /** The chair, vice chair, secretary, or while no leadership is set the temporary leadership (Pasal 16 ayat (1)). */
  readonly recorder: boolean;
}

export interface ProcedureContext {
  readonly council: Council;
  /** Null before the procedure is opened. */
  readonly state: ProcedureState | null;
  readonly rules: CouncilRuleBook;
  /** Now, in the council's zone. */
  readonly now: DateTime;
  readonly at: string;
  readonly caller: ProcedureCaller;
  /** The procedure's id in the store; null before it is opened. */
  readonly procedureId: number | null;
}

/** A context whose procedure has been opened. */
export interface OpenContext extends ProcedureContext {
  readonly state: ProcedureState;
}

export type Refusal = Rejection<ProcedureRejectionCode>;
export type Decided = Outcome<ProcedureEvent[], ProcedureRejectionCode>;

export function identify(council: Council, sender: ProcedureSender): ProcedureCaller {
  const id = sender.telegramUserId;
  const found = memberByTelegramUser(council, id) ?? null;
  const secretary = council.secretary?.telegramUserId === id;
  const person = found ? member(found.id) : secretary ? SECRETARY : null;
  const temporary = hasNoLeadership(council) ? temporaryLeadership(council) : undefined;
  const inTemporaryLeadership = found !== null && (temporary?.presiding.id === found.id || temporary?.assisting?.id === found.id);
  const leader = found !== null && (found.role === "chair" || found.role === "viceChair");
  return { telegramUserId: id, member: found, person, recorder: secretary || leader || inTemporaryLeadership };
}

export function refuse(code: ProcedureRejectionCode, params: Record<string, string | number> = {}, citation?: Citation): Refusal {
  return reject(code, params, citation);
}

export function done(events: ProcedureEvent[]): Decided {
  return accept(events);
}

export function event<T extends ProcedureEventType>(c: ProcedureContext, type: T, payload: ProcedureEventPayloads[T], actor?: Person): ProcedureEvent {
  const built: ProcedureEventOf<T> = { type, payload, actor: actor ?? c.caller.person ?? SECRETARY, recordedBy: c.caller.telegramUserId, at: c.at };
  return built as ProcedureEvent;
}

export function memberName(c: ProcedureContext, id: string): string {
  return findMember(c.council, id)?.name ?? id;
}

/** The sender as a member of the council, or why not. */
export function requireMember(c: ProcedureContext): Outcome<CouncilMember, ProcedureRejectionCode> {
  if (c.caller.member) return accept(c.caller.member);
  return c.caller.person ? refuse("NOT_A_MEMBER") : refuse("UNKNOWN_SENDER");
}

export function requireRecorder(c: ProcedureContext): Refusal | null {
  if (c.caller.recorder) return null;
  if (!c.caller.person) return refuse("UNKNOWN_SENDER");
  return refuse("NOT_RECORDER", {}, c.rules.procedures.recorder.citation);
}

export function requireOpened(c: ProcedureContext, ...kinds: ProcedureKind[]): Refusal | null {
  if (!c.state) return refuse("NOT_OPENED");
  if (kinds.length > 0 && !kinds.includes(c.state.kind)) return refuse("WRONG_KIND", { kind: c.state.kind });
  if (c.state.status !== "open") return refuse("ENDED", { status: c.state.status });
  return null;
}

/** "1/3 dari 9": the numbers of a threshold, for a refusal. */
export function fractionParams(threshold: Threshold, members: number): { numerator: number; denominator: number; members: number } {
  return { numerator: threshold.fraction.numerator, denominator: threshold.fraction.denominator, members };
}

/** The calendar date of an ISO time, in the council's zone. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The member a command is about: the sender, or `memberId` when a recorder records for a member without Telegram
 * (who signed on paper, or spoke in the meeting).
 */
export function actingMember(c: ProcedureContext, memberId: string | undefined): Outcome<CouncilMember, ProcedureRejectionCode> {
  const self = requireMember(c);
  if (memberId === undefined || (self.ok && self.value.id === memberId)) return self;
  const target = findMember(c.council, memberId);
  if (!target) return refuse("UNKNOWN_MEMBER", { memberId });
  const notRecorder = requireRecorder(c);
  if (notRecorder) return notRecorder;
  if (target.telegramUserId !== null) return refuse("MEMBER_HAS_TELEGRAM", { name: target.name });
  return accept(target);
}
