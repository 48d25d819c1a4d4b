import type Database from "better-sqlite3";
import type { Expect } from "./crash-harness.ts";

/**
 * Where a step's effect is in the database, read directly (read-only) rather than through the bot's store: the
 * council's session events and the migration's run events carry the Telegram update that caused them.
 */

const one = (db: Database.Database, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) !== undefined;

const processed = (db: Database.Database, updateId: number) => one(db, 'SELECT 1 FROM "ProcessedUpdate" WHERE "updateId" = ?', updateId);

function all(...checks: ((db: Database.Database, updateId: number) => string | undefined)[]): Expect {
  return (db, updateId) => {
    for (const check of checks) {
      const missing = check(db, updateId);
      if (missing) return missing;
    }
    return undefined;
  };
}

const claimed: Expect = (db, updateId) => (processed(db, updateId) ? undefined : `update ${updateId} not recorded as processed`);

export const expectations = {
  councilOf: (chatId: number): Expect =>
    all(claimed, (db) => (one(db, 'SELECT 1 FROM "Council" WHERE "chatId" = ?', chatId) ? undefined : `no council for chat ${chatId}`)),

  linked: (chatId: number, userId: number): Expect =>
    all(claimed, (db) =>
      one(
        db,
        'SELECT 1 FROM "CouncilAccountLink" l JOIN "Council" c ON c."id" = l."councilId" WHERE c."chatId" = ? AND l."telegramUserId" = ? AND l."unlinkedAt" IS NULL',
        chatId,
        userId,
      )
        ? undefined
        : `user ${userId} not linked in chat ${chatId}`,
    ),

  /** The update appended an event of this type to a session's log. */
  councilEvent: (type: string): Expect => (db, updateId) =>
    one(db, 'SELECT 1 FROM "CouncilSessionEvent" WHERE "updateId" = ? AND "type" = ?', updateId, type) ? undefined : `no ${type} event for update ${updateId}`,

  agency: (name: string): Expect =>
    all(claimed, (db) => (one(db, 'SELECT 1 FROM "Agency" WHERE "name" = ?', name) ? undefined : `no agency ${name}`)),

  setting: (key: string): Expect =>
    all(claimed, (db) => (one(db, 'SELECT 1 FROM "MigrationSetting" WHERE "key" = ?', key) ? undefined : `no setting ${key}`)),

  member: (userId: number, role: string): Expect =>
    all(claimed, (db) => (one(db, 'SELECT 1 FROM "OrgMember" WHERE "userId" = ? AND "role" = ?', userId, role) ? undefined : `user ${userId} is no ${role}`)),

  qualified: (userId: number): Expect =>
    all(claimed, (db) =>
      one(db, 'SELECT 1 FROM "OrgMember" WHERE "userId" = ? AND "role" = \'technician\' AND "qualifiedAt" IS NOT NULL', userId) ? undefined : `user ${userId} not qualified`,
    ),

  /** The update appended to a migration run's log (an answer, a choice, the start). */
  runEvent: (): Expect => (db, updateId) =>
    one(db, 'SELECT 1 FROM "MigrationRunEvent" WHERE "updateId" = ?', updateId) ? undefined : `no run event for update ${updateId}`,
};
