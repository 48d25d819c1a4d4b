import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { restrictDatabaseFile, sqlitePath } from "../database-file.ts";
import { checkAppDatabase } from "./database-check.ts";
import { COMPANIONS, fsyncPath } from "./durable-files.ts";

export class RestoreError extends Error {}

/**
 * Puts a backup back in place of the database, atomically: the file is copied beside the database, the copy
 * (exactly what will be installed) is checked, flushed and renamed over the database, and the old database's
 * -wal/-shm are removed first (SQLite would otherwise replay the old WAL into the restored file). A file that
 * fails the check is refused and the database is left as it was. Refused too while another process (the bot)
 * has the database open.
 */
export function restoreDatabase(databaseUrl: string, file: string): { path: string; migrations: number } {
  const source = resolve(file);
  const target = sqlitePath(databaseUrl);
  if (!existsSync(source)) throw new RestoreError(`Berkas ${source} tidak ada.`);
  if (source === target) throw new RestoreError("Berkas cadangan sama dengan basis data yang dipulihkan.");
  if (existsSync(target) && inUseByAnotherProcess(target)) {
    throw new RestoreError(`Basis data ${target} sedang dipakai (bot masih berjalan?). Hentikan bot dulu, lalu ulangi.`);
  }

  const temporary = join(dirname(target), `.${basename(target)}.restore-${process.pid}.tmp`);
  const cleanTemporary = () => {
    for (const path of [temporary, ...COMPANIONS.map((suffix) => temporary + suffix)]) rmSync(path, { force: true });
  };
  try {
    restrictDatabaseFile(databaseUrl);
    copyFileSync(source, temporary);
    chmodSync(temporary, 0o600);
    const check = checkAppDatabase(temporary);
    if (!check.ok) throw new RestoreError(`Berkas ${source} ditolak: ${check.problem}. Basis data tidak diubah.`);
    fsyncPath(temporary);
    for (const suffix of COMPANIONS) rmSync(target + suffix, { force: true });
    renameSync(temporary, target);
    fsyncPath(dirname(target));
    restrictDatabaseFile(databaseUrl);
    return { path: target, migrations: check.migrations };
  } finally {
    cleanTemporary();
  }
}

/**
 * The last connection to close a WAL database checkpoints it and deletes its -wal; when the -wal is still
 * there after ours closed, another connection holds the database. A database too broken to open has nobody
 * to protect, and is replaced.
 */
function inUseByAnotherProcess(path: string): boolean {
  try {
    const db = new Database(path, { fileMustExist: true });
    try {
      db.pragma("busy_timeout = 2000");
      if (db.pragma("journal_mode", { simple: true }) !== "wal") return false;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
  return existsSync(`${path}-wal`);
}
