import { DateTime } from "luxon";
import { z } from "zod";
import { BANJARNEGARA_962_2011 } from "../../../domain/council/rule-book.ts";
import { decide } from "../../../domain/council/session-engine.ts";
import type { Sender } from "../../../domain/council/session-engine.ts";
import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import type { SessionEvent } from "../../../domain/council/session-events.ts";
import { evolveAll, foldSession } from "../../../domain/council/session-fold.ts";
import { INITIAL_SESSION_STATE } from "../../../domain/council/session-state.ts";
import type { SessionState } from "../../../domain/council/session-state.ts";
import { pendingTimers, timersAfter } from "../../../domain/council/timers.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import type { StoredCouncil } from "../../../store/council/council-repository.ts";
import type { Transaction } from "../../../store/prisma-client.ts";
import type { Store } from "../../../store/store.ts";
import type { JobHandler, JobMessage } from "../../jobs/job-handler.ts";
import { noticeFor } from "./board.ts";
import { refusalText } from "./messages.ts";

export const RULES = BANJARNEGARA_962_2011;
export const COUNCIL_TIMER_KIND = "council.timer";

export type Applied =
  | { readonly ok: true; readonly sessionId: number; readonly events: readonly SessionEvent[]; readonly state: SessionState }
  | { readonly ok: false; readonly sessionId: number | null; readonly rejection: Rejection; readonly state: SessionState };

/**
 * Runs one command against the council's live session inside `tx`: decide, append with the expected sequence,
 * and schedule/cancel the stored timers the new state needs. `newSession` starts a session row for a schedule.
 */
export async function applyCommand(
  tx: Transaction,
  store: Store,
  stored: StoredCouncil,
  command: SessionCommandInput,
  options: { readonly actor: Sender; readonly now: DateTime; readonly updateId: number | null; readonly sessionId?: number },
): Promise<Applied> {
  let session = options.sessionId !== undefined ? await store.council.session(options.sessionId, tx) : await store.council.liveSession(stored.id, tx);
  if (!session && command.type === "schedule") {
    const id = await store.council.createSession(tx, stored.id);
    session = { id, councilId: stored.id, lastSequence: 0, boardMessageId: null, events: [] };
  }
  const before = session ? foldSession(session.events) : INITIAL_SESSION_STATE;
  if (!session) {
    return { ok: false, sessionId: null, rejection: { ok: false, code: "WRONG_PHASE", params: { phase: "unscheduled" } }, state: before };
  }
  const decided = decide(stored.council, before, command, { now: options.now, rules: RULES, actor: options.actor });
  if (!decided.ok) return { ok: false, sessionId: session.id, rejection: decided, state: before };
  const events = decided.value;
  const after = evolveAll(before, events);
  await store.council.append(tx, session.id, session.lastSequence, events, after.phase, { updateId: options.updateId });
  const changes = timersAfter(before, events, stored.council.zone);
  const at = options.now.toJSDate();
  for (const key of changes.cancel) await store.jobs.cancel(tx, COUNCIL_TIMER_KIND, { sessionId: session.id, key }, at);
  for (const timer of changes.schedule) {
    await store.jobs.schedule(tx, {
      kind: COUNCIL_TIMER_KIND,
      payload: { sessionId: session.id, key: timer.key, command: timer.command },
      dueAt: DateTime.fromISO(timer.dueAt).toJSDate(),
      chatId: stored.chatId,
    });
  }
  return { ok: true, sessionId: session.id, events, state: after };
}

export function notices(stored: StoredCouncil, applied: Extract<Applied, { ok: true }>): string[] {
  return applied.events.map((e) => noticeFor(stored.council, applied.state, e)).filter((t): t is string => t !== undefined);
}

const timerPayload = z.object({
  sessionId: z.number().int(),
  key: z.string(),
  command: z.object({ type: z.string() }).loose().nullable(),
});
type TimerPayload = z.output<typeof timerPayload>;

/** What the bot says when a timer's command is refused: the refusal tells the chair what to do next. */
function timerRefusal(rejection: Rejection): string | undefined {
  switch (rejection.code) {
    case "QUORUM_PRESENT":
      return `🔔 Waktu rapat tiba dan kuorum tercapai (${rejection.params.present} hadir, diperlukan ${rejection.params.required}). Pimpinan dapat membuka rapat: /buka`;
    case "UNTIL_REQUIRED":
      return `⏳ Kuorum masih belum tercapai setelah penundaan. Pimpinan rapat menetapkan waktu rapat berikutnya: /tunda JJ:MM${rejection.citation ? ` (${rejection.citation.article})` : ""}`;
    case "ELECTION_GOES_AHEAD":
      return `🔔 Penundaan kedua berakhir: pemilihan tetap dilaksanakan tanpa kuorum${rejection.citation ? ` (${rejection.citation.article})` : ""}. Pimpinan membuka rapat: /buka`;
    default:
      return undefined;
  }
}

/** A session's stored timer: issues its command as the timer, and announces the outcome in the group. */
export const councilTimerJob: JobHandler<TimerPayload> = {
  kind: COUNCIL_TIMER_KIND,
  payload: timerPayload,
  async run(tx, payload, { store, now }): Promise<readonly JobMessage[]> {
    const session = await store.council.session(payload.sessionId, tx);
    if (!session) return [];
    const stored = await store.council.byId(session.councilId, tx);
    if (!stored) return [];
    const state = foldSession(session.events);
    const timer = pendingTimers(state, stored.council.zone).find((t) => t.key === payload.key);
    if (!timer) return [];
    if (!payload.command) {
      return [{ chatId: stored.chatId, text: "⏰ Waktu skors berakhir. Pimpinan rapat melanjutkan rapat dengan /lanjut." }];
    }
    const applied = await applyCommand(tx, store, stored, payload.command as SessionCommandInput, {
      actor: { kind: "timer" },
      now,
      updateId: null,
      sessionId: session.id,
    });
    if (!applied.ok) {
      const text = timerRefusal(applied.rejection) ?? (payload.command.type === "postpone" ? refusalText(applied.rejection) : undefined);
      return text ? [{ chatId: stored.chatId, text }] : [];
    }
    return notices(stored, applied).map((text) => ({ chatId: stored.chatId, text }));
  },
};
