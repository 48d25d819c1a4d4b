import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../src/store/migrate.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const PRISMA = join(ROOT, "node_modules/prisma/build/index.js");
const dir = mkdtempSync(join(tmpdir(), "asisten-desa-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prisma(...args: string[]) {
  return spawnSync(process.execPath, [PRISMA, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, "cli.db")}` },
  });
}

/** Tables with their columns, types and keys, as SQLite describes them. */
function describeSchema(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; pk: number }[]).map(
          (column) => `${column.name} ${column.type} ${column.notnull ? "NOT NULL" : ""} ${column.pk ? "PK" : ""}`.trim(),
        ),
      ]),
    );
  } finally {
    db.close();
  }
}

describe("committed migrations match the schema", () => {
  it("the schema has no change that lacks a migration (run npm run db:migration -- NAME)", () => {
    const result = prisma("migrate", "diff", "--from-schema-datamodel", "prisma/schema-at-last-migration", "--to-schema-datamodel", "prisma/schema", "--script");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^(-- This is an empty migration\.)?$/);
  });

  it("applying every migration gives the tables the schema describes", () => {
    const migrated = join(dir, "migrated.db");
    migrateDatabase(`file:${migrated}`);

    const expected = join(dir, "expected.db");
    const script = prisma("migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema", "--script");
    expect(script.status).toBe(0);
    const db = new Database(expected);
    db.exec(script.stdout);
    db.close();

    expect(describeSchema(migrated)).toEqual(describeSchema(expected));
  });

  it("a second migration run applies nothing", () => {
    const path = `file:${join(dir, "twice.db")}`;
    expect(migrateDatabase(path).applied.length).toBeGreaterThan(0);
    expect(migrateDatabase(path).applied).toEqual([]);
  });
});
