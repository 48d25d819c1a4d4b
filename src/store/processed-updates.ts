import type { PrismaClient, Transaction } from "./prisma-client.ts";
import type { SqliteConnection } from "./sqlite-connection.ts";
import { runTransaction } from "./unit-of-work.ts";
import { executeNatively, sqlDateTime, type WritePlan } from "./write-plan.ts";

/** Thrown inside a unit of work when its update id was already committed: the redelivery changes nothing. */
export class DuplicateUpdateError extends Error {
  constructor(readonly updateId: number) {
    super(`update ${updateId} sudah diproses`);
  }
}

/** Telegram redelivers an update for at most 24 hours; ids are kept twice as long. */
export const PROCESSED_UPDATE_RETENTION_HOURS = 48;

/**
 * The record of handled update ids. The database is the truth (a unique key claimed in the same transaction
 * as an update's effects); the ids of the retention window are also held in memory so the check on the hot
 * path costs no query. One process serves a bot at a time, so the memory copy is complete: it is loaded at
 * start and every commit of this process adds to it.
 */
export class ProcessedUpdateRepository {
  private readonly known = new Set<bigint>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly connection: SqliteConnection,
  ) {}

  /**
   * Drops ids older than the retention window and loads the rest into memory. The window is wall-clock time
   * (Telegram's redelivery), not the bot's clock, which the sandbox may set anywhere.
   */
  async load(): Promise<void> {
    const cutoff = new Date(Date.now() - PROCESSED_UPDATE_RETENTION_HOURS * 3_600_000);
    await this.prisma.processedUpdate.deleteMany({ where: { handledAt: { lt: cutoff } } });
    const rows = await this.prisma.processedUpdate.findMany({ select: { updateId: true } });
    this.known.clear();
    for (const row of rows) this.known.add(row.updateId);
  }

  isProcessed(updateId: number): boolean {
    return this.known.has(BigInt(updateId));
  }

  /** Records the update as handled; a second call for the same id changes nothing. */
  async markProcessed(updateId: number): Promise<void> {
    const id = BigInt(updateId);
    if (this.known.has(id)) return;
    await this.prisma.$executeRaw`INSERT INTO "ProcessedUpdate" ("updateId") VALUES (${id}) ON CONFLICT DO NOTHING`;
    this.known.add(id);
  }

  /**
   * Runs `work` in one transaction that first claims the update id: the effects and the record of the
   * update commit together or not at all. A redelivered update throws DuplicateUpdateError.
   */
  async inUpdate<T>(updateId: number, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = BigInt(updateId);
    if (this.known.has(id)) throw new DuplicateUpdateError(updateId);
    const result = await runTransaction(this.prisma, async (tx) => {
      const claimed = await tx.$executeRaw`INSERT INTO "ProcessedUpdate" ("updateId") VALUES (${id}) ON CONFLICT DO NOTHING`;
      if (claimed === 0) throw new DuplicateUpdateError(updateId);
      return work(tx);
    });
    this.known.add(id);
    return result;
  }

  /**
   * `inUpdate` for writes given as plans, on the native connection (the hot path of a council session): the claim
   * and every plan commit together or not at all, then each plan's `onCommit` runs.
   */
  async commitPlans(updateId: number, plans: readonly WritePlan[]): Promise<void> {
    const id = BigInt(updateId);
    if (this.known.has(id)) throw new DuplicateUpdateError(updateId);
    await this.connection.transaction((run) => {
      const claimed = run({ sql: 'INSERT INTO "ProcessedUpdate" ("updateId", "handledAt") VALUES (?, ?) ON CONFLICT DO NOTHING', params: [id, sqlDateTime(new Date())] });
      if (claimed === 0) throw new DuplicateUpdateError(updateId);
      for (const plan of plans) executeNatively(run, plan);
    });
    this.known.add(id);
    for (const plan of plans) plan.onCommit?.();
  }
}
