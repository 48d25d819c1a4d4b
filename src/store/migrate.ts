import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { PROJECT_ROOT, pendingMigrations, restrictDatabaseFile, sqlitePath } from "./database-file.ts";

export class MigrationError extends Error {}

/**
 * Brings the database to the committed schema. The check is a cheap read; `prisma migrate deploy` (the
 * supported, offline-capable way to apply migrations) only runs when something is pending.
 */
export function migrateDatabase(databaseUrl: string): { applied: string[] } {
  restrictDatabaseFile(databaseUrl);
  const pending = pendingMigrations(databaseUrl);
  if (pending.length === 0) return { applied: [] };
  const prismaCli = resolve(PROJECT_ROOT, "node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: `file:${sqlitePath(databaseUrl)}` },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new MigrationError(`prisma migrate deploy gagal:\n${result.stdout}\n${result.stderr}`);
  }
  restrictDatabaseFile(databaseUrl);
  return { applied: pending };
}
