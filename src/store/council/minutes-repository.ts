import type { MinutesRecordEvent } from "../../domain/council/minutes/record.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";

/** Thrown when a record's log moved on since it was read: the update's transaction rolls back. */
export class MinutesConcurrencyError extends Error {
  constructor(readonly sessionId: number) {
    super(`the record of session ${sessionId} changed meanwhile`);
  }
}

/** The written record of each council session after the meeting, as an append-only log (Pasal 56, 57, 43). */
export class MinutesRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async events(sessionId: number, tx?: Transaction): Promise<MinutesRecordEvent[]> {
    const rows = await (tx ?? this.prisma).councilMinutesEvent.findMany({ where: { sessionId }, orderBy: { sequence: "asc" } });
    return rows.map((row) => ({ type: row.type, payload: JSON.parse(row.payload) as unknown, by: row.recordedBy === null ? null : Number(row.recordedBy), at: row.at }) as MinutesRecordEvent);
  }

  /** Appends after the `expected` events read; the unique sequence refuses a second writer (MinutesConcurrencyError). */
  async append(tx: Transaction, sessionId: number, expected: number, events: readonly MinutesRecordEvent[], updateId: number | null): Promise<void> {
    try {
      await tx.councilMinutesEvent.createMany({
        data: events.map((e, i) => ({
          sessionId,
          sequence: expected + i + 1,
          type: e.type,
          payload: JSON.stringify(e.payload),
          recordedBy: e.by === null ? null : BigInt(e.by),
          updateId: updateId === null ? null : BigInt(updateId),
          at: e.at,
        })),
      });
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") throw new MinutesConcurrencyError(sessionId);
      throw error;
    }
  }

  /** The council's sessions whose record has a draft out, newest first (for /koreksi and /risalah). */
  async sessionsWithDraft(sessionIds: readonly number[]): Promise<number[]> {
    const rows = await this.prisma.councilMinutesEvent.findMany({
      where: { sessionId: { in: [...sessionIds] }, type: "draftIssued" },
      select: { sessionId: true },
      orderBy: { sessionId: "desc" },
    });
    return rows.map((row) => row.sessionId);
  }
}
