import type { DateTime } from "luxon";
import { accept } from "../shared/rejection.ts";
import type { Outcome } from "../shared/rejection.ts";
import type { Council } from "./council.ts";
import { identify, isoIn, quorumParams, refuse } from "./engine/context.ts";
import type { Decided, EngineContext, Sender } from "./engine/context.ts";
import { leave, signIn, signInInvitee, signInObserver } from "./engine/attendance.ts";
import { handOverChair, takeBackChair, takeOverChair } from "./engine/chairing.ts";
import { cancelVote, castVote, closeVote, recordConsensus, recordShowOfHands, startVote } from "./engine/decisions.ts";
import { askToLeave, forbidSpeech, retractWords, warnImproperWords } from "./engine/discipline.ts";
import { allowInterruption, endInterruption, refuseInterruption, requestInterruption } from "./engine/interruptions.ts";
import { close, open, postpone, resume, schedule, suspend } from "./engine/scheduling.ts";
import {
  closeRegistration,
  finishSpeech,
  giveFloor,
  openRegistration,
  passOver,
  registerSpeaker,
  reorderSpeaker,
  startItem,
  warnOffTopic,
  warnSpeakingTime,
} from "./engine/speakers.ts";
import type { SessionRejectionCode } from "./rejection-codes.ts";
import type { CouncilRuleBook } from "./rule-book.ts";
import { sessionCommandSchema } from "./session-commands.ts";
import type { CommandOf, SessionCommand, SessionCommandType } from "./session-commands.ts";
import type { SessionEvent } from "./session-events.ts";
import { evolveAll } from "./session-fold.ts";
import { hasQuorum } from "./session-state.ts";
import type { SessionState } from "./session-state.ts";

export type { Sender } from "./engine/context.ts";

export interface DecideOptions {
  /** The time of the update, as a luxon DateTime; the domain never reads a clock. */
  readonly now: DateTime;
  readonly rules: CouncilRuleBook;
  /** Who pressed: a Telegram user, resolved against the roster and the guest lists; or a stored timer. */
  readonly actor: Sender;
}

type Handler<T extends SessionCommandType> = (command: CommandOf<T>, context: EngineContext) => Decided;

const HANDLERS: { readonly [T in SessionCommandType]: Handler<T> } = {
  schedule,
  signIn,
  signInInvitee,
  signInObserver,
  leave,
  postpone,
  open,
  startItem,
  openRegistration,
  closeRegistration,
  registerSpeaker,
  reorderSpeaker,
  giveFloor,
  passOver,
  warnSpeakingTime,
  warnOffTopic,
  finishSpeech,
  handOverChair,
  takeBackChair,
  takeOverChair,
  requestInterruption,
  allowInterruption,
  refuseInterruption,
  endInterruption,
  warnImproperWords,
  retractWords,
  forbidSpeech,
  askToLeave,
  suspend,
  resume,
  recordConsensus,
  startVote,
  castVote,
  closeVote,
  cancelVote,
  recordShowOfHands,
  close,
};

/**
 * Attendance crossed the quorum line: "quorumLost" so the bot warns (and decisions wait), "quorumReached" so it can
 * tell the chair the meeting may open or decide again.
 */
function quorumChange(context: EngineContext, events: readonly SessionEvent[]): SessionEvent[] {
  const before = context.state;
  const last = events[events.length - 1];
  if (!last || before.phase === "unscheduled") return [];
  const after = evolveAll(before, events);
  if (after.phase === "closed" || hasQuorum(before) === hasQuorum(after)) return [];
  const payload = { ...quorumParams(after), citation: after.setup!.quorum.citation };
  const type = hasQuorum(after) ? "quorumReached" : "quorumLost";
  return [{ type, payload, actor: last.actor, recordedBy: last.recordedBy, at: last.at }];
}

/**
 * Commands in, events out: checks the command against the law, the roles and the session's state, and returns the
 * events to append, or a rejection with the reason code, the numbers a message needs and the article.
 * Pure: the same council, state, command and options always give the same answer.
 */
export function decide(
  council: Council,
  state: SessionState,
  command: unknown,
  options: DecideOptions,
): Outcome<SessionEvent[], SessionRejectionCode> {
  const parsed = sessionCommandSchema.safeParse(command);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse("INVALID_COMMAND", { path: issue?.path.join(".") ?? "", message: issue?.message ?? "invalid" });
  }
  const now = options.now.setZone(council.zone);
  const context: EngineContext = {
    council,
    state,
    rules: options.rules,
    now,
    at: isoIn(council.zone, now),
    caller: identify(council, state, options.actor),
  };
  const cmd: SessionCommand = parsed.data;
  const handler = HANDLERS[cmd.type] as Handler<SessionCommandType>;
  const decided = handler(cmd as CommandOf<SessionCommandType>, context);
  if (!decided.ok) return decided;
  return accept([...decided.value, ...quorumChange(context, decided.value)]);
}
