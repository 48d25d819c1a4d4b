import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const MIGRATIONS_DIR = resolve(PROJECT_ROOT, "prisma/migrations");

/** "file:./data/bot.db" → absolute path, relative paths taken from the working directory as Prisma does. */
export function sqlitePath(databaseUrl: string): string {
  const path = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Names of the committed migrations that this database file has not applied yet. */
export function pendingMigrations(databaseUrl: string): string[] {
  const path = sqlitePath(databaseUrl);
  const all = migrationNames();
  if (!existsSync(path)) return all;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!hasTable) return all;
    const applied = new Set(
      (
        db
          .prepare(
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
          )
          .all() as { migration_name: string }[]
      ).map((row) => row.migration_name),
    );
    return all.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** The folder exists and the database file (and its WAL companions) are readable by their owner only. */
export function restrictDatabaseFile(databaseUrl: string): void {
  const path = sqlitePath(databaseUrl);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
