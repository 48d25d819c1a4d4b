import type { Telegram } from "telegraf";
import type { Logger } from "../../logger.ts";
import type { Store } from "../../store/store.ts";
import { chatQueueKey, type ChatQueue } from "../chat-queue.ts";
import type { Clock } from "../context.ts";
import type { JobAnnouncement, JobHandler, JobMessage } from "./job-handler.ts";

export interface JobRunnerDependencies {
  readonly store: Store;
  readonly telegram: () => Telegram;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly queue: ChatQueue;
  readonly handlers: readonly JobHandler<never>[];
}

/**
 * Fires stored timers that are due. Each job is claimed and applied in one transaction (exactly once, also
 * across restarts), inside its chat's queue, and announced after the commit.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler<never>>();
  private running?: Promise<number>;

  constructor(private readonly deps: JobRunnerDependencies) {
    for (const handler of deps.handlers) this.register(handler);
  }

  register(handler: JobHandler<never>): void {
    if (this.handlers.has(handler.kind)) throw new Error(`job kind ${handler.kind} registered twice`);
    this.handlers.set(handler.kind, handler);
  }

  /** Fires every job due at the clock's now; returns how many fired. Concurrent calls share one pass. */
  runDue(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const { store, clock, logger, queue } = this.deps;
    let fired = 0;
    for (const job of await store.jobs.due(clock().toJSDate())) {
      const handler = this.handlers.get(job.kind);
      if (!handler) {
        logger.error({ jobId: job.id, kind: job.kind }, "no handler for scheduled job");
        await store.jobs.recordFailure(job.id, `no handler for ${job.kind}`);
        continue;
      }
      const payload = handler.payload.safeParse(job.payload);
      if (!payload.success) {
        logger.error({ jobId: job.id, kind: job.kind }, "scheduled job payload invalid");
        await store.jobs.recordFailure(job.id, "invalid payload");
        continue;
      }
      try {
        const outcome = await queue.run(chatQueueKey(job.chatId), async () => {
          const now = clock();
          return store.jobs.fire(job.id, now.toJSDate(), (tx) => handler.run(tx, payload.data as never, { store, now, logger }));
        });
        if (!outcome) continue;
        fired++;
        await this.announce(outcome.result);
      } catch (error) {
        logger.error({ err: error, jobId: job.id, kind: job.kind }, "scheduled job failed");
        await store.jobs.recordFailure(job.id, error);
      }
    }
    return fired;
  }

  /** The effects are committed; a message that cannot be delivered is logged, never retried into a duplicate. */
  private async announce(result: readonly JobMessage[] | JobAnnouncement): Promise<void> {
    const { messages, afterwards } = "messages" in result ? result : { messages: result, afterwards: undefined };
    for (const message of messages) {
      try {
        await this.deps.telegram().sendMessage(message.chatId, message.text, message.extra);
      } catch (error) {
        this.deps.logger.warn({ err: error, chatId: message.chatId }, "could not announce a fired job");
      }
    }
    try {
      await afterwards?.(this.deps.telegram());
    } catch (error) {
      this.deps.logger.warn({ err: error }, "could not finish announcing a fired job");
    }
  }
}

/** Checks for due jobs every `intervalMs` until stopped (polling, webhook and the interactive sandbox). */
export function startJobTicker(runner: JobRunner, logger: Logger, intervalMs = 5_000): { stop(): Promise<void> } {
  let last: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    last = runner.runDue().catch((error: unknown) => logger.error({ err: error }, "job ticker pass failed"));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await last;
    },
  };
}
