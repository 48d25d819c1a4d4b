import type { Council, CouncilMember, CouncilRole } from "../../domain/council/council.ts";
import type { Person } from "../../domain/council/participants.ts";
import type { Commission } from "../../domain/council/rule-book.ts";
import type { SessionEvent } from "../../domain/council/session-events.ts";
import { foldSession } from "../../domain/council/session-fold.ts";
import type { Decision, SessionPhase } from "../../domain/council/session-state.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";

/** Thrown when a session's log moved on since it was read: the caller's transaction rolls back. */
export class SessionConcurrencyError extends Error {
  constructor(
    readonly sessionId: number,
    readonly expected: number,
  ) {
    super(`session ${sessionId} is no longer at sequence ${expected}`);
  }
}

export interface StoredCouncil {
  readonly id: number;
  readonly chatId: number;
  /** The roster, with the Telegram accounts linked now. */
  readonly council: Council;
}

export interface AccountLink {
  readonly memberId: string;
  readonly telegramUserId: number;
  readonly linkedBy: number;
  readonly linkedAt: Date;
  readonly unlinkedBy: number | null;
  readonly unlinkedAt: Date | null;
}

export interface StoredSession {
  readonly id: number;
  readonly councilId: number;
  /** The sequence of the last event; appends must name it. */
  readonly lastSequence: number;
  readonly boardMessageId: number | null;
  readonly events: readonly SessionEvent[];
}

export interface AppendMeta {
  readonly updateId: number | null;
}

/**
 * A decision a council recorded (a closed vote, a recorded show of hands, or a consensus), identified by the id of
 * the event row that recorded it: rows are append-only, so the id names the decision for good.
 */
export interface RecordedDecision {
  readonly id: number;
  readonly sessionId: number;
  readonly councilId: number;
  readonly chatId: number;
  readonly village: string;
  readonly zone: string;
  readonly decision: Decision;
}

const DECISION_EVENTS: Readonly<Record<string, Decision["how"]>> = { voteClosed: "vote", showOfHandsRecorded: "showOfHands", consensusRecorded: "consensus" };

type Db = PrismaClient | Transaction;

const LIVE_PHASES: readonly SessionPhase[] = ["unscheduled", "scheduled", "postponed", "open", "suspended"];

/** Councils, their rosters and account links, and the session logs (Perbup Banjarnegara 962/2011). */
export class CouncilRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async byChat(chatId: number, tx?: Transaction): Promise<StoredCouncil | undefined> {
    const db: Db = tx ?? this.prisma;
    const row = await db.council.findUnique({ where: { chatId: BigInt(chatId) } });
    return row ? this.load(db, row) : undefined;
  }

  async byId(id: number, tx?: Transaction): Promise<StoredCouncil | undefined> {
    const db: Db = tx ?? this.prisma;
    const row = await db.council.findUnique({ where: { id } });
    return row ? this.load(db, row) : undefined;
  }

  private async load(
    db: Db,
    row: { id: number; chatId: bigint; village: string; zone: string; secretaryName: string | null; secretaryTelegramUserId: bigint | null },
  ): Promise<StoredCouncil> {
    const [members, links] = await Promise.all([
      db.councilMember.findMany({ where: { councilId: row.id }, orderBy: { position: "asc" } }),
      db.councilAccountLink.findMany({ where: { councilId: row.id, unlinkedAt: null } }),
    ]);
    const linked = new Map(links.map((l) => [l.memberId, Number(l.telegramUserId)]));
    const roster: CouncilMember[] = members.map((m) => ({
      id: m.memberId,
      name: m.name,
      birthYear: m.birthYear,
      role: m.role as CouncilRole,
      commission: (m.commission as Commission | null) ?? null,
      commissionChair: m.commissionChair,
      steeringCommittee: m.steeringCommittee,
      telegramUserId: linked.get(m.memberId) ?? null,
    }));
    const secretary = row.secretaryName
      ? { name: row.secretaryName, telegramUserId: row.secretaryTelegramUserId === null ? null : Number(row.secretaryTelegramUserId) }
      : null;
    return { id: row.id, chatId: Number(row.chatId), council: { village: row.village, zone: row.zone, members: roster, secretary } };
  }

  /** Stores a validated council for a group; members already carrying a Telegram id are linked by `by`. */
  async create(tx: Transaction, chatId: number, council: Council, by: number, at: Date): Promise<number> {
    const row = await tx.council.create({
      data: {
        chatId: BigInt(chatId),
        village: council.village,
        zone: council.zone,
        secretaryName: council.secretary?.name ?? null,
        secretaryTelegramUserId: council.secretary?.telegramUserId == null ? null : BigInt(council.secretary.telegramUserId),
        createdBy: BigInt(by),
      },
    });
    await tx.councilMember.createMany({
      data: council.members.map((m, position) => ({
        councilId: row.id,
        memberId: m.id,
        position,
        name: m.name,
        birthYear: m.birthYear,
        role: m.role,
        commission: m.commission,
        commissionChair: m.commissionChair,
        steeringCommittee: m.steeringCommittee,
      })),
    });
    for (const m of council.members) {
      if (m.telegramUserId !== null) await this.link(tx, row.id, m.id, m.telegramUserId, by, at);
    }
    return row.id;
  }

  /** Links an account to a roster name. The caller checks that neither is linked already. */
  async link(tx: Transaction, councilId: number, memberId: string, telegramUserId: number, by: number, at: Date): Promise<void> {
    await tx.councilAccountLink.create({
      data: { councilId, memberId, telegramUserId: BigInt(telegramUserId), linkedBy: BigInt(by), linkedAt: at },
    });
  }

  /** Undoes the current link of a roster name; returns whether there was one. */
  async unlink(tx: Transaction, councilId: number, memberId: string, by: number, at: Date): Promise<boolean> {
    const { count } = await tx.councilAccountLink.updateMany({
      where: { councilId, memberId, unlinkedAt: null },
      data: { unlinkedBy: BigInt(by), unlinkedAt: at },
    });
    return count > 0;
  }

  /** Every link ever made, oldest first (the chair sees who linked whom). */
  async linkHistory(councilId: number): Promise<AccountLink[]> {
    const rows = await this.prisma.councilAccountLink.findMany({ where: { councilId }, orderBy: { id: "asc" } });
    return rows.map((r) => ({
      memberId: r.memberId,
      telegramUserId: Number(r.telegramUserId),
      linkedBy: Number(r.linkedBy),
      linkedAt: r.linkedAt,
      unlinkedBy: r.unlinkedBy === null ? null : Number(r.unlinkedBy),
      unlinkedAt: r.unlinkedAt,
    }));
  }

  /** The council's session that is not closed yet, with its log. */
  async liveSession(councilId: number, tx?: Transaction): Promise<StoredSession | undefined> {
    const db: Db = tx ?? this.prisma;
    const row = await db.councilSession.findFirst({
      where: { councilId, phase: { in: [...LIVE_PHASES] } },
      orderBy: { id: "desc" },
    });
    return row ? this.withEvents(db, row) : undefined;
  }

  async session(sessionId: number, tx?: Transaction): Promise<StoredSession | undefined> {
    const db: Db = tx ?? this.prisma;
    const row = await db.councilSession.findUnique({ where: { id: sessionId } });
    return row ? this.withEvents(db, row) : undefined;
  }

  /** The council's most recent session, closed or not. */
  async latestSession(councilId: number): Promise<StoredSession | undefined> {
    const row = await this.prisma.councilSession.findFirst({ where: { councilId }, orderBy: { id: "desc" } });
    return row ? this.withEvents(this.prisma, row) : undefined;
  }

  private async withEvents(
    db: Db,
    row: { id: number; councilId: number; lastSequence: number; boardMessageId: number | null },
  ): Promise<StoredSession> {
    const events = await db.councilSessionEvent.findMany({ where: { sessionId: row.id }, orderBy: { sequence: "asc" } });
    return {
      id: row.id,
      councilId: row.councilId,
      lastSequence: row.lastSequence,
      boardMessageId: row.boardMessageId,
      events: events.map(
        (e) =>
          ({
            type: e.type,
            payload: JSON.parse(e.payload) as unknown,
            actor: JSON.parse(e.actor) as Person,
            recordedBy: e.recordedBy === null ? null : Number(e.recordedBy),
            at: e.at,
          }) as SessionEvent,
      ),
    };
  }

  async createSession(tx: Transaction, councilId: number): Promise<number> {
    const row = await tx.councilSession.create({ data: { councilId } });
    return row.id;
  }

  /**
   * Appends events after `expected` (the sequence the caller read). Another writer having appended in between
   * throws SessionConcurrencyError, so the whole update's transaction rolls back.
   */
  async append(tx: Transaction, sessionId: number, expected: number, events: readonly SessionEvent[], phase: SessionPhase, meta: AppendMeta): Promise<number> {
    const last = expected + events.length;
    const { count } = await tx.councilSession.updateMany({
      where: { id: sessionId, lastSequence: expected },
      data: { lastSequence: last, phase },
    });
    if (count === 0) throw new SessionConcurrencyError(sessionId, expected);
    if (events.length === 0) return last;
    await tx.councilSessionEvent.createMany({
      data: events.map((e, i) => ({
        sessionId,
        sequence: expected + i + 1,
        type: e.type,
        payload: JSON.stringify(e.payload),
        actor: JSON.stringify(e.actor),
        recordedBy: e.recordedBy === null ? null : BigInt(e.recordedBy),
        updateId: meta.updateId === null ? null : BigInt(meta.updateId),
        at: e.at,
      })),
    });
    return last;
  }

  /** The council's recorded decisions, newest first; `limit` caps how many. */
  async decisionsOf(councilId: number, limit: number, tx?: Transaction): Promise<RecordedDecision[]> {
    const db: Db = tx ?? this.prisma;
    const rows = await db.councilSessionEvent.findMany({
      where: { session: { councilId }, type: { in: Object.keys(DECISION_EVENTS) } },
      orderBy: { id: "desc" },
      take: limit,
      select: { id: true },
    });
    return this.decisionsByIds(
      rows.map((row) => row.id),
      tx,
    );
  }

  /** The decisions recorded by these event rows, in the order asked; ids that name no decision are left out. */
  async decisionsByIds(ids: readonly number[], tx?: Transaction): Promise<RecordedDecision[]> {
    if (ids.length === 0) return [];
    const db: Db = tx ?? this.prisma;
    const rows = await db.councilSessionEvent.findMany({
      where: { id: { in: [...ids] }, type: { in: Object.keys(DECISION_EVENTS) } },
      include: { session: { include: { council: true } } },
    });
    const decided = new Map<number, RecordedDecision>();
    const folded = new Map<number, readonly Decision[]>();
    for (const row of rows) {
      let decisions = folded.get(row.sessionId);
      if (!decisions) {
        const session = await this.session(row.sessionId, tx);
        decisions = session ? foldSession(session.events).decisions : [];
        folded.set(row.sessionId, decisions);
      }
      const decisionNo = (JSON.parse(row.payload) as { decisionNo?: unknown }).decisionNo;
      const decision = decisions.find((d) => d.decisionNo === decisionNo && d.how === DECISION_EVENTS[row.type]);
      if (!decision) continue;
      const council = row.session.council;
      decided.set(row.id, {
        id: row.id,
        sessionId: row.sessionId,
        councilId: council.id,
        chatId: Number(council.chatId),
        village: council.village,
        zone: council.zone,
        decision,
      });
    }
    return ids.map((id) => decided.get(id)).filter((d): d is RecordedDecision => d !== undefined);
  }

  async setBoardMessage(sessionId: number, messageId: number): Promise<void> {
    await this.prisma.councilSession.update({ where: { id: sessionId }, data: { boardMessageId: messageId } });
  }
}
