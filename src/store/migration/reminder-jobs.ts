import type { Transaction } from "../prisma-client.ts";

/** Whether a stored timer of this kind is still waiting (read inside the caller's transaction). */
export async function hasPendingJob(tx: Transaction, kind: string): Promise<boolean> {
  return (await tx.scheduledJob.count({ where: { kind, firedAt: null, cancelledAt: null } })) > 0;
}
