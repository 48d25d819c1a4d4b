import { DateTime } from "luxon";
import type { ExceptionBasis, ExceptionStatus } from "../../domain/migration/exceptions.ts";
import type { ReportException } from "../../domain/migration/report.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";
import type { Db } from "./organisation-repository.ts";

export interface ExceptionRecord extends ReportException {
  readonly agencyName: string;
  readonly purpose: string;
  readonly runningSince: number | null;
  readonly licence: string;
  readonly affectedPcs: string | null;
  readonly agencyEvaluation: string;
  readonly proposedBy: number;
  readonly proposedByName: string;
  readonly decidedByName: string | null;
}

export interface NewException {
  readonly agencyId: number;
  readonly systemName: string;
  readonly purpose: string;
  readonly basis: ExceptionBasis;
  readonly runningSince: number | null;
  readonly licence: string;
  readonly affectedPcs: string | null;
  readonly agencyEvaluation: string;
  readonly proposedBy: { readonly id: number; readonly name: string };
  readonly at: Date;
}

/** Exceptions of Pasal 14 ayat (3) and Pasal 17: proposed by an agency, evaluated by TPP-SI. */
export class MigrationExceptionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(tx: Transaction, exception: NewException): Promise<number> {
    const row = await tx.migrationException.create({
      data: {
        agencyId: exception.agencyId,
        systemName: exception.systemName,
        purpose: exception.purpose,
        basis: exception.basis,
        runningSince: exception.runningSince,
        licence: exception.licence,
        affectedPcs: exception.affectedPcs,
        agencyEvaluation: exception.agencyEvaluation,
        proposedBy: BigInt(exception.proposedBy.id),
        proposedByName: exception.proposedBy.name,
        proposedAt: exception.at,
        status: "proposed",
      },
    });
    return row.id;
  }

  /** Records TPP-SI's decision once: false when it was already decided. */
  async decide(tx: Transaction, id: number, decision: { status: "approved" | "rejected"; evaluation: string; by: { id: number; name: string }; at: Date }): Promise<boolean> {
    const { count } = await tx.migrationException.updateMany({
      where: { id, status: "proposed" },
      data: { status: decision.status, supportEvaluation: decision.evaluation, decidedBy: BigInt(decision.by.id), decidedByName: decision.by.name, decidedAt: decision.at },
    });
    return count === 1;
  }

  async get(id: number, zone: string, db: Db = this.prisma): Promise<ExceptionRecord | undefined> {
    const row = await db.migrationException.findUnique({ where: { id }, include: { agency: { select: { name: true } } } });
    return row ? toRecord(row, zone) : undefined;
  }

  async list(filter: { agencyId?: number; status?: ExceptionStatus }, zone: string, db: Db = this.prisma): Promise<ExceptionRecord[]> {
    const rows = await db.migrationException.findMany({
      where: { ...(filter.agencyId === undefined ? {} : { agencyId: filter.agencyId }), ...(filter.status ? { status: filter.status } : {}) },
      include: { agency: { select: { name: true } } },
      orderBy: { id: "asc" },
    });
    return rows.map((row) => toRecord(row, zone));
  }
}

function toRecord(
  row: {
    id: number;
    agencyId: number;
    agency: { name: string };
    systemName: string;
    purpose: string;
    basis: string;
    runningSince: number | null;
    licence: string;
    affectedPcs: string | null;
    agencyEvaluation: string;
    proposedBy: bigint;
    proposedByName: string;
    proposedAt: Date;
    status: string;
    supportEvaluation: string | null;
    decidedByName: string | null;
    decidedAt: Date | null;
  },
  zone: string,
): ExceptionRecord {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agency.name,
    systemName: row.systemName,
    purpose: row.purpose,
    basis: row.basis as ExceptionBasis,
    runningSince: row.runningSince,
    licence: row.licence,
    affectedPcs: row.affectedPcs,
    agencyEvaluation: row.agencyEvaluation,
    proposedBy: Number(row.proposedBy),
    proposedByName: row.proposedByName,
    proposedAt: DateTime.fromJSDate(row.proposedAt, { zone }),
    status: row.status as ExceptionStatus,
    supportEvaluation: row.supportEvaluation,
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt ? DateTime.fromJSDate(row.decidedAt, { zone }) : null,
  };
}
