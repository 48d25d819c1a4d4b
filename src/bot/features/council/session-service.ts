import { DateTime } from "luxon";
import { z } from "zod";
import { BANJARNEGARA_962_2011 } from "../../../domain/council/rule-book.ts";
import { decide } from "../../../domain/council/session-engine.ts";
import type { Sender } from "../../../domain/council/session-engine.ts";
import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import type { SessionEvent } from "../../../domain/council/session-events.ts";
import { evolveAll } from "../../../domain/council/session-fold.ts";
import { INITIAL_SESSION_STATE } from "../../../domain/council/session-state.ts";
import type { SessionState } from "../../../domain/council/session-state.ts";
import { pendingTimers, timerChanges } from "../../../domain/council/timers.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { SessionConcurrencyError, type StoredCouncil, type StoredSession } from "../../../store/council/council-repository.ts";
import type { Transaction } from "../../../store/prisma-client.ts";
import { executeInTransaction, type WritePlan } from "../../../store/write-plan.ts";
import type { Store } from "../../../store/store.ts";
import type { JobAnnouncement, JobHandler, JobMessage } from "../../jobs/job-handler.ts";
import { publishBoard } from "./board-publisher.ts";
import { noticeFor } from "./board.ts";
import { refusalText, say } from "./messages.ts";

export const RULES = BANJARNEGARA_962_2011;
export const COUNCIL_TIMER_KIND = "council.timer";

export type Applied =
  | { readonly ok: true; readonly sessionId: number; readonly events: readonly SessionEvent[]; readonly state: SessionState }
  | { readonly ok: false; readonly sessionId: number | null; readonly rejection: Rejection; readonly state: SessionState };

interface Planned {
  readonly applied: Applied;
  /** The writes of an accepted command: the events, and the stored timers to cancel and to schedule. */
  readonly plans: readonly WritePlan[];
}

/** Decides a command against `session` as read, and plans its writes; nothing is written here. */
function planCommand(
  store: Store,
  stored: StoredCouncil,
  session: StoredSession,
  command: SessionCommandInput,
  options: { readonly actor: Sender; readonly now: DateTime; readonly updateId: number | null },
): Planned {
  const before = session.state;
  const decided = decide(stored.council, before, command, { now: options.now, rules: RULES, actor: options.actor });
  if (!decided.ok) return { applied: { ok: false, sessionId: session.id, rejection: decided, state: before }, plans: [] };
  const events = decided.value;
  const after = evolveAll(before, events);
  const changes = timerChanges(before, after, stored.council.zone);
  const at = options.now.toJSDate();
  const plans = [
    store.council.appendPlan(session, events, after, { updateId: options.updateId }),
    ...changes.cancel.map((key) => store.jobs.cancelPlan(COUNCIL_TIMER_KIND, timerJobKey(session.id, key), at)),
    ...changes.schedule.map((timer) =>
      store.jobs.schedulePlan(
        {
          kind: COUNCIL_TIMER_KIND,
          key: timerJobKey(session.id, timer.key),
          payload: { sessionId: session.id, key: timer.key, command: timer.command },
          dueAt: DateTime.fromISO(timer.dueAt).toJSDate(),
          chatId: stored.chatId,
        },
        at,
      ),
    ),
  ];
  return { applied: { ok: true, sessionId: session.id, events, state: after }, plans };
}

/**
 * Runs one command against the council's live session inside `tx` (a schedule starts the session): decide, append
 * with the expected sequence, and schedule/cancel the stored timers the new state needs.
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
    // Decided before the row exists, so a refused schedule writes nothing.
    const refusal = refusalOf(stored, INITIAL_SESSION_STATE, command, options);
    if (refusal) return { ok: false, sessionId: null, rejection: refusal, state: INITIAL_SESSION_STATE };
    session = await store.council.createSession(tx, stored.id);
  }
  if (!session) {
    return { ok: false, sessionId: null, rejection: { ok: false, code: "WRONG_PHASE", params: { phase: "unscheduled" } }, state: INITIAL_SESSION_STATE };
  }
  const { applied, plans } = planCommand(store, stored, session, command, options);
  for (const plan of plans) await executeInTransaction(tx, plan);
  return applied;
}

/** What the engine would say to `command` now, without writing anything: lets a question be skipped when the answer is no. */
export function refusalOf(
  stored: StoredCouncil,
  state: SessionState,
  command: SessionCommandInput,
  options: { readonly actor: Sender; readonly now: DateTime },
): Rejection | undefined {
  const decided = decide(stored.council, state, command, { now: options.now, rules: RULES, actor: options.actor });
  return decided.ok ? undefined : decided;
}

/** The stored job of a session's timer; the 20261201 migration gives timers stored before it the same key. */
function timerJobKey(sessionId: number, timerKey: string): string {
  return `session:${sessionId}:${timerKey}`;
}

/**
 * A user's command, committed with the claim on their update. A live session is decided against its copy in
 * memory and written in one native transaction (the hot path); a schedule, which starts a session, goes through
 * Prisma. A copy gone stale (another process appended) fails the sequence check and is dropped; the command is
 * then decided once more against the log as it is.
 */
export async function applyInUpdate(
  store: Store,
  updateId: number,
  stored: StoredCouncil,
  command: SessionCommandInput,
  options: { readonly actor: Sender; readonly now: DateTime },
): Promise<Applied> {
  const attempt = async (): Promise<Applied> => {
    const session = await store.council.liveSession(stored.id);
    if (!session) return store.updates.inUpdate(updateId, (tx) => applyCommand(tx, store, stored, command, { ...options, updateId }));
    const { applied, plans } = planCommand(store, stored, session, command, { ...options, updateId });
    if (applied.ok) await store.updates.commitPlans(updateId, plans);
    return applied;
  };
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof SessionConcurrencyError)) throw error;
    return attempt();
  }
}

export function notices(stored: StoredCouncil, applied: Extract<Applied, { ok: true }>, language: Language = "id"): string[] {
  return applied.events.map((e) => noticeFor(stored.council, applied.state, e, language)).filter((t): t is string => t !== undefined);
}

const timerPayload = z.object({
  sessionId: z.number().int(),
  key: z.string(),
  command: z.object({ type: z.string() }).loose().nullable(),
});
type TimerPayload = z.output<typeof timerPayload>;

/** What the bot says when a timer's command is refused: the refusal tells the chair what to do next. */
function timerRefusal(rejection: Rejection, language: Language): string | undefined {
  const article = rejection.citation ? ` (${rejection.citation.article})` : "";
  switch (rejection.code) {
    case "QUORUM_PRESENT":
      return say(
        language,
        `🔔 Waktu rapat tiba dan kuorum tercapai (${rejection.params.present} hadir, diperlukan ${rejection.params.required}). Pimpinan dapat membuka rapat: /buka`,
        `🔔 It is time for the meeting and quorum is reached (${rejection.params.present} present, ${rejection.params.required} required). The chair can open the meeting: /buka`,
      );
    case "UNTIL_REQUIRED":
      return say(
        language,
        `⏳ Kuorum masih belum tercapai setelah penundaan. Pimpinan rapat menetapkan waktu rapat berikutnya: /tunda JJ:MM${article}`,
        `⏳ Quorum is still not reached after the postponement. The person chairing sets the time of the next meeting: /tunda HH:MM${article}`,
      );
    case "ELECTION_GOES_AHEAD":
      return say(
        language,
        `🔔 Penundaan kedua berakhir: pemilihan tetap dilaksanakan tanpa kuorum${article}. Pimpinan membuka rapat: /buka`,
        `🔔 The second postponement is over: the election goes ahead without quorum${article}. The chair opens the meeting: /buka`,
      );
    default:
      return undefined;
  }
}

/**
 * A session's stored timer: issues its command as the timer, announces the outcome in the group and updates the board.
 * A timer has no update and so no ctx: the group's language is read in the job's transaction.
 */
export const councilTimerJob: JobHandler<TimerPayload> = {
  kind: COUNCIL_TIMER_KIND,
  payload: timerPayload,
  async run(tx, payload, { store, now, logger }): Promise<readonly JobMessage[] | JobAnnouncement> {
    const session = await store.council.session(payload.sessionId, tx);
    if (!session) return [];
    const stored = await store.council.byId(session.councilId, tx);
    if (!stored) return [];
    const timer = pendingTimers(session.state, stored.council.zone).find((t) => t.key === payload.key);
    if (!timer) return [];
    const language = await store.chatSettings.languageIn(tx, stored.chatId);
    if (!payload.command) {
      return [
        {
          chatId: stored.chatId,
          text: say(language, "⏰ Waktu skors berakhir. Pimpinan rapat melanjutkan rapat dengan /lanjut.", "⏰ The suspension is over. The person chairing resumes the meeting with /lanjut."),
        },
      ];
    }
    const applied = await applyCommand(tx, store, stored, payload.command as SessionCommandInput, {
      actor: { kind: "timer" },
      now,
      updateId: null,
      sessionId: session.id,
    });
    if (!applied.ok) {
      const text = timerRefusal(applied.rejection, language) ?? (payload.command.type === "postpone" ? refusalText(applied.rejection, language) : undefined);
      return text ? [{ chatId: stored.chatId, text }] : [];
    }
    return {
      messages: notices(stored, applied, language).map((text) => ({ chatId: stored.chatId, text })),
      afterwards: (telegram) => publishBoard({ telegram, store, logger }, stored, applied.sessionId, applied.state, now),
    };
  },
};
