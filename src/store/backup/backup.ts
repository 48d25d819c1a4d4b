import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { sqlitePath } from "../database-file.ts";
import { checkAppDatabase } from "./database-check.ts";
import { fsyncPath } from "./durable-files.ts";

export class BackupError extends Error {}

export interface BackupResult {
  readonly path: string;
  readonly bytes: number;
}

/** data/bot.db → data/backups/bot-20261123-090000.db (the time in UTC, so names sort in order). */
export function defaultBackupPath(databaseUrl: string, now: Date): string {
  const database = sqlitePath(databaseUrl);
  const stamp = now.toISOString().replace(/\.\d+Z$/, "").replace(/[-:]/g, "").replace("T", "-");
  return join(dirname(database), "backups", `${basename(database, extname(database))}-${stamp}.db`);
}

/**
 * Writes a consistent copy of the database while the bot runs. `VACUUM INTO` reads one snapshot in a single
 * read transaction (in WAL mode that blocks no writer, and every transaction committed before it is in the
 * copy), writes a compact file without a WAL of its own, and never touches the source. The copy is made
 * under a temporary name readable by its owner only, checked, flushed and then renamed, so a backup file that
 * exists is complete.
 */
export function backupDatabase(databaseUrl: string, target?: string, now = new Date()): BackupResult {
  const source = sqlitePath(databaseUrl);
  if (!existsSync(source)) throw new BackupError(`Basis data ${source} tidak ada; tidak ada yang dicadangkan.`);
  const path = resolve(target ?? defaultBackupPath(databaseUrl, now));
  if (existsSync(path)) throw new BackupError(`Berkas ${path} sudah ada; pilih nama lain.`);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

  const previousUmask = process.umask(0o077);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("VACUUM INTO ?").run(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new BackupError(`Pencadangan gagal: ${(error as Error).message}`);
  } finally {
    db.close();
    process.umask(previousUmask);
  }
  try {
    chmodSync(temporary, 0o600);
    const check = checkAppDatabase(temporary);
    if (!check.ok) throw new BackupError(`Salinan tidak lolos pemeriksaan: ${check.problem}.`);
    fsyncPath(temporary);
    renameSync(temporary, path);
    fsyncPath(dirname(path));
  } finally {
    rmSync(temporary, { force: true });
  }
  return { path, bytes: statSync(path).size };
}
