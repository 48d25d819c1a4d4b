import type { Council, CouncilMember, CouncilRole } from "../../domain/council/council.ts";
import type { Person } from "../../domain/council/participants.ts";
import type { Commission } from "../../domain/council/rule-book.ts";
import type { SessionEvent } from "../../domain/council/session-events.ts";
import { foldSession } from "../../domain/council/session-fold.ts";
import { INITIAL_SESSION_STATE } from "../../domain/council/session-state.ts";
import type { Decision, SessionPhase, SessionState } from "../../domain/council/session-state.ts";
import type { PrismaClient, Transaction } from "../prisma-client.ts";
import type { SqliteConnection } from "../sqlite-connection.ts";
import { afterCommit } from "../unit-of-work.ts";
import { executeInTransaction, type WritePlan, type WriteStep } from "../write-plan.ts";

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
  /** The fold of `events`. */
  readonly state: SessionState;
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

/** The roster id under which the secretary's account link is kept (members are "m1", "m2", …). */
export const SECRETARY_ROSTER_ID = "secretary";

const LIVE_PHASES: readonly SessionPhase[] = ["unscheduled", "scheduled", "postponed", "open", "suspended"];

/**
 * Councils, their rosters and account links, and the session logs (Perbup Banjarnegara 962/2011).
 *
 * Every update in a council's group reads the roster and the live session, so both are kept in memory: this process
 * is the only writer (as for the processed-update ids), a copy is installed only after the transaction that wrote it
 * commits, and a read inside a transaction never caches what it reads (it may see that transaction's own writes).
 * A copy that is stale anyway (another process wrote) is caught by the sequence check of `append`, which drops it.
 */
export class CouncilRepository {
  /** chat id → the council, or null for a group known to have none. */
  private readonly councils = new Map<number, StoredCouncil | null>();
  private readonly chatOfCouncil = new Map<number, number>();
  /** council id → the id of its live session, or null when it has none. */
  private readonly liveSessions = new Map<number, number | null>();
  private readonly sessions = new Map<number, StoredSession>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly connection: SqliteConnection,
  ) {}

  /** A read outside a transaction may be kept only while no transaction is open: it could see uncommitted rows. */
  private mayKeep(tx: Transaction | undefined): boolean {
    return !tx && this.connection.idle;
  }

  async byChat(chatId: number, tx?: Transaction): Promise<StoredCouncil | undefined> {
    const cached = this.councils.get(chatId);
    if (cached !== undefined) return cached ?? undefined;
    const db: Db = tx ?? this.prisma;
    const row = await db.council.findUnique({ where: { chatId: BigInt(chatId) } });
    const loaded = row ? await this.load(db, row) : undefined;
    if (this.mayKeep(tx)) this.rememberCouncil(chatId, loaded);
    return loaded;
  }

  async byId(id: number, tx?: Transaction): Promise<StoredCouncil | undefined> {
    const chatId = this.chatOfCouncil.get(id);
    const cached = chatId === undefined ? undefined : this.councils.get(chatId);
    if (cached) return cached;
    const db: Db = tx ?? this.prisma;
    const row = await db.council.findUnique({ where: { id } });
    const loaded = row ? await this.load(db, row) : undefined;
    if (this.mayKeep(tx) && loaded) this.rememberCouncil(loaded.chatId, loaded);
    return loaded;
  }

  private rememberCouncil(chatId: number, council: StoredCouncil | undefined): void {
    this.councils.set(chatId, council ?? null);
    if (council) this.chatOfCouncil.set(council.id, chatId);
  }

  /** The roster changed in `tx`: the copy goes now (a rollback must not keep it) and again at commit. */
  private forgetCouncil(tx: Transaction, chatId: number | undefined): void {
    if (chatId === undefined) return;
    this.councils.delete(chatId);
    afterCommit(tx, () => this.councils.delete(chatId));
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
    // The secretary links an account like a member, under the roster id "secretary" (the column holds one given at set-up).
    const secretaryAccount = linked.get(SECRETARY_ROSTER_ID) ?? (row.secretaryTelegramUserId === null ? null : Number(row.secretaryTelegramUserId));
    const secretary = row.secretaryName ? { name: row.secretaryName, telegramUserId: secretaryAccount } : null;
    return { id: row.id, chatId: Number(row.chatId), council: { village: row.village, zone: row.zone, members: roster, secretary } };
  }

  /** Stores a validated council for a group; members already carrying a Telegram id are linked by `by`. */
  async create(tx: Transaction, chatId: number, council: Council, by: number, at: Date): Promise<number> {
    this.forgetCouncil(tx, chatId);
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
    this.forgetCouncil(tx, this.chatOfCouncil.get(councilId));
    await tx.councilAccountLink.create({
      data: { councilId, memberId, telegramUserId: BigInt(telegramUserId), linkedBy: BigInt(by), linkedAt: at },
    });
  }

  /** Undoes the current link of a roster name; returns whether there was one. */
  async unlink(tx: Transaction, councilId: number, memberId: string, by: number, at: Date): Promise<boolean> {
    this.forgetCouncil(tx, this.chatOfCouncil.get(councilId));
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
    const known = this.liveSessions.get(councilId);
    if (known === null) return undefined;
    if (known !== undefined) return this.session(known, tx);
    const db: Db = tx ?? this.prisma;
    const row = await db.councilSession.findFirst({
      where: { councilId, phase: { in: [...LIVE_PHASES] } },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    if (this.mayKeep(tx)) this.liveSessions.set(councilId, row?.id ?? null);
    return row ? this.session(row.id, tx) : undefined;
  }

  async session(sessionId: number, tx?: Transaction): Promise<StoredSession | undefined> {
    const cached = this.sessions.get(sessionId);
    if (cached) return cached;
    const db: Db = tx ?? this.prisma;
    const row = await db.councilSession.findUnique({ where: { id: sessionId } });
    const loaded = row ? await this.withEvents(db, row) : undefined;
    if (this.mayKeep(tx) && loaded) this.sessions.set(sessionId, loaded);
    return loaded;
  }

  /** The council's closed sessions, newest first. */
  async closedSessions(councilId: number, limit: number): Promise<StoredSession[]> {
    const rows = await this.prisma.councilSession.findMany({ where: { councilId, phase: "closed" }, orderBy: { id: "desc" }, take: limit, select: { id: true } });
    const sessions = await Promise.all(rows.map((row) => this.session(row.id)));
    return sessions.filter((s): s is StoredSession => s !== undefined);
  }

  /** The councils whose roster links this Telegram account now. */
  async councilsOfUser(telegramUserId: number): Promise<StoredCouncil[]> {
    const links = await this.prisma.councilAccountLink.findMany({ where: { telegramUserId: BigInt(telegramUserId), unlinkedAt: null }, select: { councilId: true } });
    const councils = await Promise.all([...new Set(links.map((l) => l.councilId))].map((id) => this.byId(id)));
    return councils.filter((c): c is StoredCouncil => c !== undefined);
  }

  /** The council's most recent session, closed or not. */
  async latestSession(councilId: number): Promise<StoredSession | undefined> {
    const row = await this.prisma.councilSession.findFirst({ where: { councilId }, orderBy: { id: "desc" }, select: { id: true } });
    return row ? this.session(row.id) : undefined;
  }

  private async withEvents(
    db: Db,
    row: { id: number; councilId: number; lastSequence: number; boardMessageId: number | null },
  ): Promise<StoredSession> {
    const rows = await db.councilSessionEvent.findMany({ where: { sessionId: row.id }, orderBy: { sequence: "asc" } });
    const events = rows.map(
      (e) =>
        ({
          type: e.type,
          payload: JSON.parse(e.payload) as unknown,
          actor: JSON.parse(e.actor) as Person,
          recordedBy: e.recordedBy === null ? null : Number(e.recordedBy),
          at: e.at,
        }) as SessionEvent,
    );
    return { id: row.id, councilId: row.councilId, lastSequence: row.lastSequence, boardMessageId: row.boardMessageId, events, state: foldSession(events) };
  }

  async createSession(tx: Transaction, councilId: number): Promise<StoredSession> {
    const row = await tx.councilSession.create({ data: { councilId } });
    const session: StoredSession = { id: row.id, councilId, lastSequence: 0, boardMessageId: null, events: [], state: INITIAL_SESSION_STATE };
    this.liveSessions.delete(councilId);
    afterCommit(tx, () => {
      this.liveSessions.set(councilId, row.id);
      this.sessions.set(row.id, session);
    });
    return session;
  }

  /**
   * Appends events to `session` as read (its `lastSequence`), with `after` the fold of the log once they are in.
   * Another writer having appended in between throws SessionConcurrencyError, so the whole update's transaction
   * rolls back.
   */
  async append(tx: Transaction, session: StoredSession, events: readonly SessionEvent[], after: SessionState, meta: AppendMeta): Promise<void> {
    await executeInTransaction(tx, this.appendPlan(session, events, after, meta));
  }

  /** `append` as a plan: portable SQL, run on every tap of every session (see SqliteConnection). */
  appendPlan(session: StoredSession, events: readonly SessionEvent[], after: SessionState, meta: AppendMeta): WritePlan {
    const expected = session.lastSequence;
    const last = expected + events.length;
    this.sessions.delete(session.id);
    const updateId = meta.updateId === null ? null : BigInt(meta.updateId);
    const steps: WriteStep[] = [
      {
        statement: { sql: 'UPDATE "CouncilSession" SET "lastSequence" = ?, "phase" = ? WHERE "id" = ? AND "lastSequence" = ?', params: [last, after.phase, session.id, expected] },
        expect: 1,
        conflict: () => {
          this.liveSessions.delete(session.councilId);
          return new SessionConcurrencyError(session.id, expected);
        },
      },
    ];
    if (events.length > 0) {
      const values = events.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
      const params = events.flatMap((e, i) => [
        session.id,
        expected + i + 1,
        e.type,
        JSON.stringify(e.payload),
        JSON.stringify(e.actor),
        e.recordedBy === null ? null : BigInt(e.recordedBy),
        updateId,
        e.at,
      ]);
      steps.push({ statement: { sql: `INSERT INTO "CouncilSessionEvent" ("sessionId", "sequence", "type", "payload", "actor", "recordedBy", "updateId", "at") VALUES ${values}`, params } });
    }
    return {
      steps,
      onCommit: () => {
        this.sessions.set(session.id, { ...session, lastSequence: last, events: [...session.events, ...events], state: after });
        if (after.phase === "closed") this.liveSessions.set(session.councilId, null);
      },
    };
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
        decisions = session ? session.state.decisions : [];
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
    const statement = { sql: 'UPDATE "CouncilSession" SET "boardMessageId" = ? WHERE "id" = ?', params: [messageId, sessionId] };
    await this.connection.transaction((run) => run(statement));
    const cached = this.sessions.get(sessionId);
    if (cached) this.sessions.set(sessionId, { ...cached, boardMessageId: messageId });
  }
}
