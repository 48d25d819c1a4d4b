import type { PrismaClient, Transaction } from "./prisma-client.ts";
import { runTransaction } from "./unit-of-work.ts";
import { executeInTransaction, sqlDateTime, type WritePlan } from "./write-plan.ts";

export interface ScheduledJob {
  readonly id: number;
  readonly kind: string;
  readonly payload: unknown;
  readonly chatId?: number;
  readonly dueAt: Date;
  readonly attempts: number;
}

export interface NewJob {
  readonly kind: string;
  readonly payload: unknown;
  readonly dueAt: Date;
  readonly chatId?: number;
  /** Names the timer among its kind, for `cancel`. */
  readonly key?: string;
}

/** A job that failed this often is set aside (logged, never retried) so it cannot block the queue. */
export const MAX_JOB_ATTEMPTS = 5;

/** Stored timers. Scheduling and cancelling happen inside the transaction of the update that caused them. */
export class ScheduledJobRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async schedule(tx: Transaction, job: NewJob): Promise<number> {
    const row = await tx.scheduledJob.create({
      data: {
        kind: job.kind,
        payload: JSON.stringify(job.payload),
        dueAt: job.dueAt,
        chatId: job.chatId === undefined ? null : BigInt(job.chatId),
        key: job.key ?? null,
      },
    });
    return row.id;
  }

  /** Cancels the pending jobs of a kind scheduled under `key` (e.g. one session's speaking timer). */
  async cancel(tx: Transaction, kind: string, key: string, at: Date): Promise<void> {
    await executeInTransaction(tx, this.cancelPlan(kind, key, at));
  }

  /** `schedule` as a plan, for writes on the native connection. */
  schedulePlan(job: NewJob, at: Date): WritePlan {
    const sql = 'INSERT INTO "ScheduledJob" ("kind", "payload", "chatId", "key", "dueAt", "createdAt", "attempts") VALUES (?, ?, ?, ?, ?, ?, 0)';
    const chatId = job.chatId === undefined ? null : BigInt(job.chatId);
    return { steps: [{ statement: { sql, params: [job.kind, JSON.stringify(job.payload), chatId, job.key ?? null, sqlDateTime(job.dueAt), sqlDateTime(at)] } }] };
  }

  cancelPlan(kind: string, key: string, at: Date): WritePlan {
    const sql = 'UPDATE "ScheduledJob" SET "cancelledAt" = ? WHERE "kind" = ? AND "key" = ? AND "firedAt" IS NULL AND "cancelledAt" IS NULL';
    return { steps: [{ statement: { sql, params: [sqlDateTime(at), kind, key] } }] };
  }

  async pending(kind?: string): Promise<ScheduledJob[]> {
    const rows = await this.prisma.scheduledJob.findMany({
      where: { firedAt: null, cancelledAt: null, attempts: { lt: MAX_JOB_ATTEMPTS }, ...(kind ? { kind } : {}) },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toJob);
  }

  /** Jobs due at `now`, oldest first. */
  async due(now: Date, limit = 100): Promise<ScheduledJob[]> {
    const rows = await this.prisma.scheduledJob.findMany({
      where: { firedAt: null, cancelledAt: null, attempts: { lt: MAX_JOB_ATTEMPTS }, dueAt: { lte: now } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: limit,
    });
    return rows.map(toJob);
  }

  /**
   * Fires a job exactly once: claims it and runs `work` in one transaction. Returns undefined when the job was
   * already fired or cancelled (by another runner, or a redelivered update).
   */
  async fire<T>(jobId: number, at: Date, work: (tx: Transaction) => Promise<T>): Promise<{ result: T } | undefined> {
    return runTransaction(this.prisma, async (tx) => {
      const { count } = await tx.scheduledJob.updateMany({
        where: { id: jobId, firedAt: null, cancelledAt: null },
        data: { firedAt: at },
      });
      if (count === 0) return undefined;
      return { result: await work(tx) };
    });
  }

  async recordFailure(jobId: number, error: unknown): Promise<void> {
    await this.prisma.scheduledJob.update({
      where: { id: jobId },
      data: { attempts: { increment: 1 }, lastError: String(error instanceof Error ? error.message : error).slice(0, 500) },
    });
  }
}

function toJob(row: {
  id: number;
  kind: string;
  payload: string;
  chatId: bigint | null;
  dueAt: Date;
  attempts: number;
}): ScheduledJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    ...(row.chatId === null ? {} : { chatId: Number(row.chatId) }),
    dueAt: row.dueAt,
    attempts: row.attempts,
  };
}
