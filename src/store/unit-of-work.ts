import type { PrismaClient, Transaction } from "./prisma-client.ts";

/**
 * A transaction that can tell its repositories when it has committed. Repositories keep in-memory copies of what
 * they wrote (a council's roster, a session's log and its fold) and may only install them once the write is durable:
 * a rolled-back transaction must leave every copy as it was. `afterCommit` registers such a step; `runTransaction`
 * runs the steps after a successful commit and drops them after a rollback.
 */

const pending = new WeakMap<Transaction, (() => void)[]>();

export function afterCommit(tx: Transaction, step: () => void): void {
  const steps = pending.get(tx);
  if (steps) steps.push(step);
  else pending.set(tx, [step]);
}

/** `prisma.$transaction`, then the transaction's after-commit steps, in the order they were registered. */
export async function runTransaction<T>(prisma: PrismaClient, work: (tx: Transaction) => Promise<T>): Promise<T> {
  let used: Transaction | undefined;
  const result = await prisma.$transaction(async (tx) => {
    used = tx;
    return work(tx);
  });
  const steps = used ? pending.get(used) : undefined;
  if (used) pending.delete(used);
  for (const step of steps ?? []) step();
  return result;
}
