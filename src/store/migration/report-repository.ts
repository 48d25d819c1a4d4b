import type { PrismaClient, Transaction } from "../prisma-client.ts";
import type { Db } from "./organisation-repository.ts";

export interface SubmissionRecord {
  readonly id: number;
  readonly kind: "agency" | "recap";
  readonly agencyId: number | null;
  readonly period: string;
  readonly submittedBy: number;
  readonly submittedAt: Date;
}

/** Reports sent on (Pasal 16): an agency's to DishubKominfo, the recap to the Bupati; the counts kept as sent. */
export class ReportSubmissionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async record(tx: Transaction, submission: { kind: "agency" | "recap"; agencyId: number | null; period: string; by: number; at: Date; csv: string }): Promise<number> {
    const row = await tx.reportSubmission.create({
      data: { kind: submission.kind, agencyId: submission.agencyId, period: submission.period, submittedBy: BigInt(submission.by), submittedAt: submission.at, csv: submission.csv },
    });
    return row.id;
  }

  async forPeriod(period: string, kind: "agency" | "recap", db: Db = this.prisma): Promise<SubmissionRecord[]> {
    const rows = await db.reportSubmission.findMany({ where: { period, kind }, orderBy: { submittedAt: "asc" } });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind as "agency" | "recap",
      agencyId: row.agencyId,
      period: row.period,
      submittedBy: Number(row.submittedBy),
      submittedAt: row.submittedAt,
    }));
  }
}
