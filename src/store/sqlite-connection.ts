import { setImmediate as nextTurn } from "node:timers/promises";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";

interface Queued {
  readonly work: (run: (statement: SqlStatement) => number) => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** A statement as the store writes it: SQL with `?` placeholders, portable to PostgreSQL's `$n` by numbering. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * Prisma's SQLite connection, for the few writes that run on every tap (a council session's log). Through Prisma a
 * transaction of three raw statements costs about 0.8 ms of CPU; the same statements prepared once and run by
 * better-sqlite3 cost a few microseconds, which is what 1,000 updates a second on two cores needs.
 *
 * It is Prisma's own connection (taken when the adapter connects), so there is one writer and no lock to wait for.
 * better-sqlite3 is synchronous: the transactions here run start to end without any other JavaScript in between,
 * and only when no Prisma transaction is open on the connection (`inTransaction`), since Prisma's interactive
 * transactions span several turns of the event loop.
 *
 * Group commit: the transactions asked for in one turn of the event loop are written as one SQLite transaction, each
 * inside its own savepoint, so one that throws is rolled back alone and the others commit. Every page they share (the
 * processed-update index, a busy table's last page) is written to the log once per group instead of once per tap,
 * which keeps the disk from throttling the process under load. Each caller still learns of its own commit only
 * once the group is durable.
 */
export class SqliteConnection {
  private database: Database.Database | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Queued[] = [];
  private flushing = false;

  /** The adapter for PrismaClient; the connection is known once Prisma connects. */
  adapter(url: string): PrismaBetterSQLite3 {
    const factory = new PrismaBetterSQLite3({ url });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      // The adapter keeps its better-sqlite3 client as `client` (@prisma/adapter-better-sqlite3 6.19.3, pinned).
      const client = (adapter as unknown as { client?: unknown }).client;
      if (!(client instanceof Database)) throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection; see src/store/sqlite-connection.ts");
      this.database = client;
      this.statements.clear();
      return adapter;
    };
    return factory;
  }

  private get db(): Database.Database {
    if (!this.database) throw new Error("the database is not connected yet");
    return this.database;
  }

  /** No transaction is open: what a read sees now is committed. */
  get idle(): boolean {
    return !this.db.inTransaction;
  }

  /**
   * Runs `work` in a transaction of its own (a savepoint of the group) once no Prisma transaction is open. `run`
   * executes a statement and returns the rows it changed; a throw inside `work` rolls back what `work` did.
   */
  transaction<T>(work: (run: (statement: SqlStatement) => number) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        void this.flush();
      }
    });
  }

  private async flush(): Promise<void> {
    await nextTurn();
    while (this.db.inTransaction) await nextTurn();
    const group = this.queue;
    this.queue = [];
    this.flushing = false;
    const run = (statement: SqlStatement) => this.prepared(statement.sql).run(...(statement.params as unknown[])).changes;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.prepared("BEGIN").run();
      for (const item of group) {
        this.prepared("SAVEPOINT tap").run();
        try {
          outcomes.push({ ok: true, value: item.work(run) });
          this.prepared("RELEASE tap").run();
        } catch (error) {
          this.prepared("ROLLBACK TO tap").run();
          this.prepared("RELEASE tap").run();
          outcomes.push({ ok: false, error });
        }
      }
      this.prepared("COMMIT").run();
    } catch (error) {
      if (this.db.inTransaction) this.prepared("ROLLBACK").run();
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
