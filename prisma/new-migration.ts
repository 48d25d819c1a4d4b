/**
 * `npm run db:migration -- NAME [--only FILE.prisma]`: writes prisma/migrations/<timestamp>_NAME/migration.sql
 * for the schema changes since the last migration, offline.
 *
 * `prisma migrate dev` cannot run here, and `migrate diff --from-migrations` needs a shadow database that the
 * driver-adapter set-up cannot create; so the schema as of the last migration is kept in
 * prisma/schema-at-last-migration/ and diffed against prisma/schema/ (a test fails when the two differ without
 * a migration). `--only` takes the changes of one schema file, so features worked on side by side each get
 * their own migration.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "..");
const SCHEMA = join(ROOT, "prisma/schema");
const SNAPSHOT = join(ROOT, "prisma/schema-at-last-migration");
const MIGRATIONS = join(ROOT, "prisma/migrations");
const PRISMA = join(ROOT, "node_modules/prisma/build/index.js");

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { only: { type: "string" } } });
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  fail("Pemakaian: npm run db:migration -- nama_perubahan [--only berkas.prisma] (nama: huruf kecil, angka, garis bawah)", 2);
}
const only = values.only ? basename(values.only) : undefined;
if (only && !existsSync(join(SCHEMA, only))) fail(`Berkas skema ${only} tidak ada di prisma/schema.`, 2);

// The target: the whole schema folder, or the last-migration schema with just the one file brought up to date.
const target = only ? mkdtempSync(join(tmpdir(), "schema-target-")) : SCHEMA;
if (only) {
  cpSync(SNAPSHOT, target, { recursive: true });
  cpSync(join(SCHEMA, only), join(target, only));
}

const diff = spawnSync(
  process.execPath,
  [PRISMA, "migrate", "diff", "--from-schema-datamodel", SNAPSHOT, "--to-schema-datamodel", target, "--script"],
  { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${join(tmpdir(), "unused-by-diff.db")}` } },
);
if (only) rmSync(target, { recursive: true, force: true });
if (diff.status !== 0) fail(diff.stderr);

const sql = diff.stdout.trim();
if (!sql || /^-- This is an empty migration\.?$/.test(sql)) {
  process.stdout.write("Tidak ada perubahan skema; tidak ada migrasi dibuat.\n");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = join(MIGRATIONS, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "migration.sql"), `${sql}\n`);
if (only) {
  cpSync(join(SCHEMA, only), join(SNAPSHOT, only));
} else {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(SCHEMA, SNAPSHOT, { recursive: true });
}
process.stdout.write(`Migrasi dibuat: ${folder}/migration.sql\n`);
