import type { Person } from "../../domain/council/participants.ts";
import type { ProcedureEvent, ProcedureKind } from "../../domain/council/procedures/procedure-events.ts";
import { foldProcedure } from "../../domain/council/procedures/procedure-fold.ts";
import type { ProcedureState, ProcedureStatus } from "../../domain/council/procedures/procedure-state.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";

/** Thrown when a procedure's log moved on since it was read: the caller's transaction rolls back. */
export class ProcedureConcurrencyError extends Error {
  constructor(
    readonly procedureId: number,
    readonly expected: number,
  ) {
    super(`procedure ${procedureId} is no longer at sequence ${expected}`);
  }
}

export interface StoredProcedure {
  readonly id: number;
  readonly councilId: number;
  readonly kind: ProcedureKind;
  readonly status: ProcedureStatus;
  /** The sequence of the last event; appends must name it. */
  readonly lastSequence: number;
  readonly events: readonly ProcedureEvent[];
  /** The fold of `events`; null only for a procedure row whose opening never committed. */
  readonly state: ProcedureState | null;
}

type Db = PrismaClient | Transaction;

/** The decision (a CouncilSessionEvent id) an event rests on, kept in its own column so a decision serves one step. */
function decisionIdOf(event: ProcedureEvent): number | null {
  switch (event.type) {
    case "considered":
    case "decided":
    case "stagesWaived":
    case "amendmentDecided":
    case "leaderElected":
      return event.payload.decision.decisionId;
    case "stageRecorded":
      return event.payload.decision?.decisionId ?? null;
    default:
      return null;
  }
}

type EventRow = { type: string; payload: string; actor: string; recordedBy: bigint | null; at: string };

function eventOf(row: EventRow): ProcedureEvent {
  return {
    type: row.type,
    payload: JSON.parse(row.payload) as unknown,
    actor: JSON.parse(row.actor) as Person,
    recordedBy: row.recordedBy === null ? null : Number(row.recordedBy),
    at: row.at,
  } as ProcedureEvent;
}

/**
 * The council's procedures that span several meetings (Perbup Banjarnegara 962/2011), each an append-only event log
 * (CouncilProcedure, CouncilProcedureEvent). Writes take the `tx` of the update (`store.updates.inUpdate`), so a
 * procedure's events commit with the update's exactly-once record or not at all. Procedures change a few times a
 * week, so nothing is kept in memory.
 */
export class ProcedureRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** A new, empty procedure; its first events are appended in the same transaction. */
  async create(tx: Transaction, councilId: number, kind: ProcedureKind): Promise<StoredProcedure> {
    const row = await tx.councilProcedure.create({ data: { councilId, kind } });
    return { id: row.id, councilId, kind, status: "open", lastSequence: 0, events: [], state: null };
  }

  async byId(id: number, tx?: Transaction): Promise<StoredProcedure | undefined> {
    const db: Db = tx ?? this.prisma;
    const row = await db.councilProcedure.findUnique({ where: { id }, include: { events: { orderBy: { sequence: "asc" } } } });
    return row ? this.stored(row) : undefined;
  }

  /** The council's procedures, newest first: those still open, or all; of the kinds given, or every kind. */
  async ofCouncil(
    councilId: number,
    options: { readonly openOnly?: boolean; readonly kinds?: readonly ProcedureKind[]; readonly limit?: number } = {},
    tx?: Transaction,
  ): Promise<StoredProcedure[]> {
    const db: Db = tx ?? this.prisma;
    const rows = await db.councilProcedure.findMany({
      where: {
        councilId,
        ...(options.openOnly ? { status: "open" } : {}),
        ...(options.kinds ? { kind: { in: [...options.kinds] } } : {}),
      },
      orderBy: { id: "desc" },
      take: options.limit ?? 30,
      include: { events: { orderBy: { sequence: "asc" } } },
    });
    return rows.map((row) => this.stored(row));
  }

  private stored(row: { id: number; councilId: number; kind: string; status: string; lastSequence: number; events: EventRow[] }): StoredProcedure {
    const events = row.events.map(eventOf);
    return {
      id: row.id,
      councilId: row.councilId,
      kind: row.kind as ProcedureKind,
      status: row.status as ProcedureStatus,
      lastSequence: row.lastSequence,
      events,
      state: foldProcedure(events),
    };
  }

  /**
   * Appends events to `procedure` as read (its `lastSequence`), with `after` the fold once they are in. Another
   * writer having appended in between throws ProcedureConcurrencyError, so the whole update rolls back.
   */
  async append(
    tx: Transaction,
    procedure: Pick<StoredProcedure, "id" | "lastSequence">,
    events: readonly ProcedureEvent[],
    after: ProcedureState,
    meta: { readonly updateId: number | null },
  ): Promise<void> {
    const expected = procedure.lastSequence;
    const { count } = await tx.councilProcedure.updateMany({
      where: { id: procedure.id, lastSequence: expected },
      data: { lastSequence: expected + events.length, status: after.status },
    });
    if (count !== 1) throw new ProcedureConcurrencyError(procedure.id, expected);
    if (events.length === 0) return;
    await tx.councilProcedureEvent.createMany({
      data: events.map((e, i) => ({
        procedureId: procedure.id,
        sequence: expected + i + 1,
        type: e.type,
        payload: JSON.stringify(e.payload),
        actor: JSON.stringify(e.actor),
        recordedBy: e.recordedBy === null ? null : BigInt(e.recordedBy),
        updateId: meta.updateId === null ? null : BigInt(meta.updateId),
        at: e.at,
        decisionId: decisionIdOf(e),
      })),
    });
  }

  /** decision id → the procedure whose step rests on it, for the decisions given. */
  async decisionUsers(decisionIds: readonly number[], tx?: Transaction): Promise<Map<number, number>> {
    if (decisionIds.length === 0) return new Map();
    const db: Db = tx ?? this.prisma;
    const rows = await db.councilProcedureEvent.findMany({ where: { decisionId: { in: [...decisionIds] } }, select: { decisionId: true, procedureId: true } });
    return new Map(rows.filter((r) => r.decisionId !== null).map((r) => [r.decisionId!, r.procedureId]));
  }

  /** How many proposals the council's secretariat numbered in `year` (Pasal 7 ayat (3), 8 ayat (3)): the register so far. */
  async numberedIn(councilId: number, year: number, tx?: Transaction): Promise<number> {
    const db: Db = tx ?? this.prisma;
    return db.councilProcedureEvent.count({ where: { type: "proposalNumbered", at: { startsWith: `${year}-` }, procedure: { councilId } } });
  }
}
