import type { Transaction } from "./prisma-client.ts";
import type { SqlStatement } from "./sqlite-connection.ts";
import { afterCommit } from "./unit-of-work.ts";

/**
 * Writes a repository wants done, as data, so the same SQL runs inside a Prisma transaction (a timer firing) or on
 * the native connection (a tap, see SqliteConnection). A step that must change exactly `expect` rows throws
 * `conflict()` otherwise, which rolls the whole transaction back. `onCommit` runs once the writes are durable.
 */
export interface WriteStep {
  readonly statement: SqlStatement;
  readonly expect?: number;
  readonly conflict?: () => Error;
}

export interface WritePlan {
  readonly steps: readonly WriteStep[];
  readonly onCommit?: () => void;
}

function check(step: WriteStep, changes: number): void {
  if (step.expect !== undefined && changes !== step.expect) throw step.conflict?.() ?? new Error(`expected ${step.expect} rows changed, got ${changes}`);
}

export async function executeInTransaction(tx: Transaction, plan: WritePlan): Promise<void> {
  for (const step of plan.steps) check(step, await tx.$executeRawUnsafe(step.statement.sql, ...step.statement.params));
  if (plan.onCommit) afterCommit(tx, plan.onCommit);
}

/** Inside SqliteConnection.transaction; returns the commit steps to run once it has committed. */
export function executeNatively(run: (statement: SqlStatement) => number, plan: WritePlan): void {
  for (const step of plan.steps) check(step, run(step.statement));
}

/** SQLite keeps Prisma DateTime columns as ISO 8601 with an explicit UTC offset (the adapter's "iso8601" format). */
export function sqlDateTime(at: Date): string {
  return at.toISOString().replace("Z", "+00:00");
}
