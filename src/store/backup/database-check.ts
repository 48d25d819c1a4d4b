import { closeSync, openSync, readSync } from "node:fs";
import Database from "better-sqlite3";
import { migrationNames } from "../database-file.ts";

/** Tables every version of this app's database has had since its first migration. */
const CORE_TABLES = ["_prisma_migrations", "ProcessedUpdate", "ChatSetting", "ScheduledJob", "FundTable"];
const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

export type DatabaseCheck = { readonly ok: true; readonly migrations: number } | { readonly ok: false; readonly problem: string };

/**
 * Whether `path` is a sound SQLite database of this app: the SQLite header, `PRAGMA integrity_check`, the
 * core tables, and migrations that this version of the app knows (an older backup is migrated on start; one
 * from a newer version is refused). Opens the file read-only; problems are worded for the operator.
 */
export function checkAppDatabase(path: string): DatabaseCheck {
  if (!hasSqliteHeader(path)) return { ok: false, problem: "berkas ini bukan basis data SQLite" };
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== "ok") {
      return { ok: false, problem: `pemeriksaan keutuhan gagal (${integrity.slice(0, 3).join("; ")})` };
    }
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
    );
    const missing = CORE_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) return { ok: false, problem: `bukan basis data Asisten Desa (tabel tidak ada: ${missing.join(", ")})` };
    const applied = (
      db
        .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
        .all() as { migration_name: string }[]
    ).map((row) => row.migration_name);
    const known = new Set(migrationNames());
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length > 0) return { ok: false, problem: `dibuat oleh versi aplikasi yang lebih baru (migrasi tidak dikenal: ${unknown.join(", ")})` };
    if (applied.length === 0) return { ok: false, problem: "belum ada migrasi yang diterapkan" };
    return { ok: true, migrations: applied.length };
  } catch (error) {
    return { ok: false, problem: `tidak dapat dibaca sebagai basis data SQLite (${(error as Error).message})` };
  } finally {
    db?.close();
  }
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}
