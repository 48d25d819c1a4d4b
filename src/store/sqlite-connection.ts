import { setImmediate as nextTurn } from "node:timers/promises";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";

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
 * better-sqlite3 is synchronous: a `transaction` here runs start to end without any other JavaScript in between,
 * and it starts only when no Prisma transaction is open on the connection (`inTransaction`), since Prisma's
 * interactive transactions span several turns of the event loop.
 */
export class SqliteConnection {
  private database: Database.Database | undefined;
  private readonly statements = new Map<string, Database.Statement>();

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
   * Runs `work` in one transaction once no other is open. `run` executes a statement and returns the rows it changed;
   * a throw inside `work` rolls everything back.
   */
  async transaction<T>(work: (run: (statement: SqlStatement) => number) => T): Promise<T> {
    while (this.db.inTransaction) await nextTurn();
    const run = (statement: SqlStatement) => this.prepared(statement.sql).run(...(statement.params as unknown[])).changes;
    return this.db.transaction(() => work(run))();
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
