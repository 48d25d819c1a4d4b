import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/store/backup/backup.ts";
import { restoreDatabase, RestoreError } from "../../src/store/backup/restore.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { cleanEnv, PROJECT_ROOT, TSX, type Finished } from "../kit/processes.ts";
import { freshTestDatabase } from "../kit/test-database.ts";

let dir: string;
let databasePath: string;
let databaseUrl: string;
const open: Store[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "asisten-desa-backup-"));
  mkdirSync(join(dir, "data"));
  databasePath = await freshTestDatabase(join(dir, "data"));
  databaseUrl = `file:${databasePath}`;
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openDatabase(): Promise<Store> {
  const store = await openStore(databaseUrl);
  open.push(store);
  return store;
}
async function closeDatabase(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

/** `npm run backup|restore -- ARGS` with DATABASE_URL (relative to the working directory, as a user would set it). */
function run(command: "backup" | "restore", args: string[], env: Record<string, string> = { DATABASE_URL: "file:./data/bot.db" }): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [resolve(PROJECT_ROOT, `src/store/backup/${command}-cli.ts`), ...args], { cwd: dir, env: cleanEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

function updateIdsIn(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT "updateId" AS id FROM "ProcessedUpdate" ORDER BY 1').all() as { id: number | bigint }[]).map((row) => Number(row.id));
  } finally {
    db.close();
  }
}
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const mode = (path: string) => statSync(path).mode & 0o777;

describe("npm run backup", () => {
  it("copies the database while the bot writes: every row committed before it, and no gap", async () => {
    const store = await openDatabase();
    const base = 900_000;
    let committed = 0;
    let writing = true;
    // One commit after another, giving the event loop a turn between them (the driver runs synchronously).
    const writer = (async () => {
      while (writing) {
        await store.updates.markProcessed(base + committed + 1);
        committed++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    while (committed < 50) await new Promise((resolve) => setTimeout(resolve, 5));
    const committedBefore = committed;
    const finished = await run("backup", []);
    const committedAfter = committed;
    writing = false;
    await writer;

    expect(finished.stderr).toBe("");
    expect(finished.status).toBe(0);
    const backups = readdirSync(join(dir, "data", "backups"));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^bot-\d{8}-\d{6}\.db$/);
    const path = join(dir, "data", "backups", backups[0]!);
    expect(finished.stdout).toContain(`Cadangan tersimpan: ${path}`);
    expect(mode(path)).toBe(0o600);

    const ids = updateIdsIn(path).filter((id) => id > base).map((id) => id - base);
    // A consistent snapshot of sequential commits is a prefix: 1..K, with K at least what had committed before.
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, index) => index + 1));
    expect(ids.length).toBeGreaterThanOrEqual(committedBefore);
    expect(ids.length).toBeLessThanOrEqual(committedAfter);
    expect(committedAfter).toBeGreaterThan(committedBefore);
  });

  it("writes to the file named, and refuses to overwrite one", async () => {
    const target = join(dir, "salinan.db");
    expect((await run("backup", ["salinan.db"])).status).toBe(0);
    expect(mode(target)).toBe(0o600);
    const again = await run("backup", ["salinan.db"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("sudah ada");
    expect((await run("backup", ["a.db", "b.db"])).status).toBe(2);
    expect((await run("backup", [], { DATABASE_URL: "postgres://x" })).status).toBe(2);
  });
});

describe("npm run restore", () => {
  it("brings back the state of the backup, with no -wal or -shm of the replaced database left", async () => {
    let store = await openDatabase();
    await store.updates.markProcessed(111);
    await closeDatabase(store);
    const backup = backupDatabase(databaseUrl, join(dir, "cadangan.db")).path;

    store = await openDatabase();
    await store.updates.markProcessed(222);
    expect(updateIdsIn(databasePath)).toContain(222);
    const refused = await run("restore", [backup]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("sedang dipakai");
    expect(updateIdsIn(databasePath)).toContain(222);
    await closeDatabase(store);

    const restored = await run("restore", [backup]);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain("dipulihkan");
    for (const suffix of ["-wal", "-shm", "-journal"]) expect(existsSync(databasePath + suffix), suffix).toBe(false);
    expect(mode(databasePath)).toBe(0o600);
    expect(readdirSync(join(dir, "data")).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    store = await openDatabase();
    await store.updates.load();
    expect(store.updates.isProcessed(111)).toBe(true);
    expect(store.updates.isProcessed(222)).toBe(false);
  });

  it("refuses a file that is not a sound database of this app, and leaves the database untouched", async () => {
    const store = await openDatabase();
    await store.updates.markProcessed(333);
    await closeDatabase(store);
    const before = sha256(databasePath);

    const notSqlite = join(dir, "bukan.db");
    writeFileSync(notSqlite, "ini bukan basis data\n".repeat(100));
    const good = backupDatabase(databaseUrl, join(dir, "baik.db")).path;
    const truncated = join(dir, "terpotong.db");
    const bytes = readFileSync(good);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const otherApp = join(dir, "lain.db");
    const other = new Database(otherApp);
    other.exec("CREATE TABLE catatan (isi TEXT); INSERT INTO catatan VALUES ('x')");
    other.close();
    const corrupted = join(dir, "rusak.db");
    const damaged = Buffer.from(bytes);
    damaged.fill(0xa5, 4096 * 3, 4096 * 6);
    writeFileSync(corrupted, damaged);

    const cases: [string, RegExp][] = [
      [notSqlite, /bukan basis data SQLite/],
      [truncated, /ditolak/],
      [otherApp, /bukan basis data Asisten Desa/],
      [corrupted, /ditolak/],
    ];
    for (const [file, problem] of cases) {
      expect(() => restoreDatabase(databaseUrl, file), file).toThrow(RestoreError);
      expect(() => restoreDatabase(databaseUrl, file), file).toThrow(problem);
      expect(sha256(databasePath), file).toBe(before);
    }
    const refused = await run("restore", [notSqlite]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Basis data tidak diubah.");
    expect(sha256(databasePath)).toBe(before);
    expect(readdirSync(join(dir, "data")).filter((name) => name.endsWith(".tmp") || name.includes(".tmp-"))).toEqual([]);
    expect(updateIdsIn(databasePath)).toContain(333);

    expect((await run("restore", [])).status).toBe(2);
    expect((await run("restore", [join(dir, "tidak-ada.db")])).status).toBe(1);
  });
});
