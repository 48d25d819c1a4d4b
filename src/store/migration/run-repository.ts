import { DateTime } from "luxon";
import type { Actor, LoggedEvent, RunEvent, RunState, RunStatus } from "../../domain/migration/engine.ts";
import type { ReportRun } from "../../domain/migration/report.ts";
import { compactName } from "../../domain/shared/text.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";
import type { Db } from "./organisation-repository.ts";

export interface RunRecord {
  readonly id: number;
  readonly agencyId: number;
  readonly agencyName: string;
  readonly procedureId: string;
  readonly status: RunStatus;
  readonly step: string;
  readonly seq: number;
  readonly startedAt: Date;
  readonly updatedAt: Date;
  readonly pc?: { readonly id: number; readonly assetTag: string; readonly location: string; readonly pcUser: string };
}

export interface LoadedRun extends RunRecord {
  readonly events: readonly LoggedEvent[];
}

/** Where an event came from: the Telegram chat and update that carried it. */
export interface EventOrigin {
  readonly chatId?: number;
  readonly updateId?: number;
}

export const OPEN_STATUSES: readonly RunStatus[] = ["inProgress", "onHold", "escalated"];

/** The asset tag as compared: "02.06.02.01.017" and "02 06 02 01 017" are one PC. */
export function assetKey(assetTag: string): string {
  return compactName(assetTag);
}

type RunRow = {
  id: number;
  agencyId: number;
  procedureId: string;
  status: string;
  step: string;
  seq: number;
  startedAt: Date;
  updatedAt: Date;
  agency: { name: string };
  targetPc: { id: number; assetTag: string; location: string; pcUser: string } | null;
};

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agency.name,
    procedureId: row.procedureId,
    status: row.status as RunStatus,
    step: row.step,
    seq: row.seq,
    startedAt: row.startedAt,
    updatedAt: row.updatedAt,
    ...(row.targetPc ? { pc: { id: row.targetPc.id, assetTag: row.targetPc.assetTag, location: row.targetPc.location, pcUser: row.targetPc.pcUser } } : {}),
  };
}

const RUN_INCLUDE = { agency: { select: { name: true } }, targetPc: true } as const;

/** Migration runs: each an append-only event log, with its status kept beside it for lists. */
export class MigrationRunRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async load(runId: number, zone: string, db: Db = this.prisma): Promise<LoadedRun | undefined> {
    const row = await db.migrationRun.findUnique({ where: { id: runId }, include: { ...RUN_INCLUDE, events: { orderBy: { seq: "asc" } } } });
    if (!row) return undefined;
    return { ...toRecord(row), events: row.events.map((event) => toLogged(event, zone)) };
  }

  async list(filter: { agencyId?: number; statuses?: readonly RunStatus[] }, db: Db = this.prisma): Promise<RunRecord[]> {
    const rows = await db.migrationRun.findMany({
      where: {
        ...(filter.agencyId === undefined ? {} : { agencyId: filter.agencyId }),
        ...(filter.statuses ? { status: { in: [...filter.statuses] } } : {}),
      },
      include: RUN_INCLUDE,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    });
    return rows.map(toRecord);
  }

  async create(tx: Transaction, run: { agencyId: number; procedureId: string; at: Date; by: number }): Promise<number> {
    const row = await tx.migrationRun.create({
      data: { agencyId: run.agencyId, procedureId: run.procedureId, status: "inProgress", step: "", seq: 0, startedAt: run.at, startedBy: BigInt(run.by), updatedAt: run.at },
    });
    return row.id;
  }

  /**
   * Appends events at `fromSeq`. The run's seq must still be `fromSeq` (nobody answered meanwhile); the unique
   * (run, seq) key makes a lost race fail rather than interleave. Returns false when the run moved on.
   */
  async append(
    tx: Transaction,
    runId: number,
    fromSeq: number,
    events: readonly RunEvent[],
    context: { actor: Actor; at: Date; origin: EventOrigin; state: RunState },
  ): Promise<boolean> {
    const { count } = await tx.migrationRun.updateMany({
      where: { id: runId, seq: fromSeq },
      data: { seq: fromSeq + events.length, status: context.state.status, step: context.state.step, updatedAt: context.at },
    });
    if (count === 0) return false;
    await tx.migrationRunEvent.createMany({
      data: events.map((event, index) => ({
        runId,
        seq: fromSeq + index,
        type: event.type,
        payload: JSON.stringify(event),
        actorId: BigInt(context.actor.id),
        actorName: context.actor.name,
        actorRole: context.actor.role,
        chatId: context.origin.chatId === undefined ? null : BigInt(context.origin.chatId),
        updateId: context.origin.updateId === undefined ? null : BigInt(context.origin.updateId),
        at: context.at,
      })),
    });
    return true;
  }

  /** A run of this agency for the same asset tag that is open or done (a PC is migrated once). */
  async runForAsset(agencyId: number, assetTag: string, db: Db = this.prisma): Promise<RunRecord | undefined> {
    const pc = await db.targetPc.findUnique({ where: { agencyId_assetKey: { agencyId, assetKey: assetKey(assetTag) } } });
    if (!pc) return undefined;
    const row = await db.migrationRun.findFirst({
      where: { targetPcId: pc.id, status: { in: [...OPEN_STATUSES, "done"] } },
      include: RUN_INCLUDE,
      orderBy: { id: "desc" },
    });
    return row ? toRecord(row) : undefined;
  }

  /** Records the target PC (langkah 1) and links the run to it. */
  async linkTarget(tx: Transaction, runId: number, agencyId: number, target: { assetTag: string; location: string; pcUser: string }, at: Date): Promise<void> {
    const key = assetKey(target.assetTag);
    const pc = await tx.targetPc.upsert({
      where: { agencyId_assetKey: { agencyId, assetKey: key } },
      create: { agencyId, assetTag: target.assetTag, assetKey: key, location: target.location, pcUser: target.pcUser, createdAt: at },
      update: { assetTag: target.assetTag, location: target.location, pcUser: target.pcUser },
    });
    await tx.migrationRun.update({ where: { id: runId }, data: { targetPcId: pc.id } });
  }

  /** Every run with its log, for the reports. */
  async forReport(zone: string, agencyIds?: readonly number[], db: Db = this.prisma): Promise<ReportRun[]> {
    const rows = await db.migrationRun.findMany({
      where: agencyIds ? { agencyId: { in: [...agencyIds] } } : {},
      include: { targetPc: true, events: { orderBy: { seq: "asc" } } },
      orderBy: { id: "asc" },
    });
    return rows.map((row) => ({
      runId: row.id,
      agencyId: row.agencyId,
      assetTag: row.targetPc?.assetTag ?? "—",
      location: row.targetPc?.location ?? "—",
      pcUser: row.targetPc?.pcUser ?? "—",
      events: row.events.map((event) => toLogged(event, zone)),
    }));
  }
}

function toLogged(
  row: { seq: number; payload: string; actorId: bigint; actorName: string; actorRole: string; at: Date },
  zone: string,
): LoggedEvent {
  return {
    seq: row.seq,
    event: JSON.parse(row.payload) as RunEvent,
    at: DateTime.fromJSDate(row.at, { zone }),
    actor: { id: Number(row.actorId), name: row.actorName, role: row.actorRole },
  };
}
