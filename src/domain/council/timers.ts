import { DateTime } from "luxon";
import type { SessionCommandInput } from "./session-commands.ts";
import type { SessionEvent } from "./session-events.ts";
import { evolveAll } from "./session-fold.ts";
import { interruptionDueAt, lastPostponement, speakingTimeDueAt } from "./session-state.ts";
import type { SessionState } from "./session-state.ts";

/**
 * The stored timers a session needs, as a pure function of its state. The bot diffs them after each accepted command
 * (`timersAfter`), stores what to schedule, deletes what to cancel, and when one falls due issues its `command` with
 * `actor: { kind: "timer" }` (if it has one) and announces the outcome. A rejection then is normal: it tells the bot
 * what to say (e.g. QUORUM_PRESENT at the planned start → ask the chair to open; UNTIL_REQUIRED → ask the chair for a time).
 */

export type TimerKind = "plannedStart" | "postponementEnd" | "speakingTimeEnd" | "interruptionEnd" | "suspensionEnd";

export interface SessionTimer {
  /** Unique per timer and due time: a changed due time is a cancel of the old key and a new timer. */
  readonly key: string;
  readonly kind: TimerKind;
  /** ISO time in the council's zone. */
  readonly dueAt: string;
  /** What the bot issues as the timer when it fires; null when it only announces (the chair acts next). */
  readonly command: SessionCommandInput | null;
}

export interface TimerChanges {
  readonly schedule: readonly SessionTimer[];
  /** Keys of stored timers to delete. */
  readonly cancel: readonly string[];
}

function timer(kind: TimerKind, id: string, due: DateTime | string, zone: string, command: SessionCommandInput | null): SessionTimer {
  const dueAt = typeof due === "string" ? due : (due.setZone(zone).toISO() ?? "");
  return { key: `${kind}:${id}:${dueAt}`, kind, dueAt, command };
}

export function pendingTimers(state: SessionState, zone: string): SessionTimer[] {
  const timers: SessionTimer[] = [];
  const setup = state.setup;
  if (!setup) return timers;
  switch (state.phase) {
    case "scheduled":
      // Pasal 45 ayat (1) / 24 ayat (2): at the planned start, postpone if quorum is missing.
      timers.push(timer("plannedStart", "1", setup.plannedStart, zone, { type: "postpone" }));
      break;
    case "postponed": {
      const last = lastPostponement(state);
      // Pasal 45 ayat (2) / 24 ayat (3): at its end, postpone again (or learn why not: quorum there, chair sets the time, election goes ahead).
      if (last) timers.push(timer("postponementEnd", String(last.stage), last.until, zone, { type: "postpone" }));
      break;
    }
    case "open": {
      const speakingDue = speakingTimeDueAt(state, zone);
      if (state.floor && speakingDue && state.floor.timeWarnings === 0) {
        timers.push(timer("speakingTimeEnd", String(state.floor.floorNo), speakingDue, zone, { type: "warnSpeakingTime" }));
      }
      const interruptionDue = interruptionDueAt(state, zone);
      if (state.interruption && interruptionDue) {
        timers.push(timer("interruptionEnd", String(state.interruption.requestNo), interruptionDue, zone, { type: "endInterruption" }));
      }
      break;
    }
    case "suspended":
      if (state.suspendedUntil) timers.push(timer("suspensionEnd", "1", state.suspendedUntil, zone, null));
      break;
    case "unscheduled":
    case "closed":
      break;
  }
  return timers;
}

export function timerChanges(before: SessionState, after: SessionState, zone: string): TimerChanges {
  const old = pendingTimers(before, zone);
  const next = pendingTimers(after, zone);
  const oldKeys = new Set(old.map((t) => t.key));
  const nextKeys = new Set(next.map((t) => t.key));
  return {
    schedule: next.filter((t) => !oldKeys.has(t.key)),
    cancel: old.filter((t) => !nextKeys.has(t.key)).map((t) => t.key),
  };
}

/** The timers to schedule and cancel once `events` (just accepted) are appended to a session in state `before`. */
export function timersAfter(before: SessionState, events: readonly SessionEvent[], zone: string): TimerChanges {
  return timerChanges(before, evolveAll(before, events), zone);
}
