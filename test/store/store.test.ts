import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "asisten-desa-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the database is created, migrated and seeded on open", () => {
  it("seeds the Sangihe annex once; a second open changes nothing", async () => {
    const url = `file:${join(dir, "seed.db")}`;
    const first = await openStore(url);
    const catalog = await first.funds.loadCatalog();
    expect(catalog.tables()).toHaveLength(1);
    const table = catalog.tables()[0]!;
    expect(table.meta).toMatchObject({ regency: "Kepulauan Sangihe", fiscalYear: 2022, regulation: "Perbup Kepulauan Sangihe 5/2022" });
    expect(table.rows).toHaveLength(145);
    const firstVersion = table.meta.id;
    await first.close();

    const second = await openStore(url);
    const again = await second.funds.loadCatalog();
    expect(again.tables()).toHaveLength(1);
    expect(again.tables()[0]!.meta.id).toBe(firstVersion);
    expect(again.tables()[0]!.rows).toHaveLength(145);
    await second.close();
  });

  it("creates the database file readable by its owner only", async () => {
    const path = join(dir, "private.db");
    const store = await openStore(`file:${path}`);
    await store.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe("npm run import:funds", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/store/funds/import-cli.ts", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
      encoding: "utf8",
      timeout: 60_000,
    });

  it("refuses a table that does not add up whole, naming each bad row, and writes nothing", async () => {
    const db = join(dir, "import.db");
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "no,kecamatan,kampung,apbn,adk,pajak,retribusi,total\n1,A,Satu,10,20,3,4,37\n2,A,Dua,10,20,3,4,99\n3,B,Tiga,1,1,1,1,9\n");
    const result = run(csv, "--regency", "Contoh", "--year", "2023", "--db", db);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ditolak seluruhnya");
    expect(result.stderr).toContain("NO 2");
    expect(result.stderr).toContain("NO 3");

    const store = await openStore(`file:${db}`);
    expect(await store.funds.hasTable("Contoh", 2023)).toBe(false);
    await store.close();
  });

  it("imports a valid table, refuses a second import of the same regency and year, and explains the usage", async () => {
    const db = join(dir, "import-ok.db");
    const csv = join(dir, "good.csv");
    writeFileSync(csv, "no,kecamatan,kampung,apbn,adk,pajak,retribusi,total\n1,A,Satu,10,20,3,4,37\n2,B,Dua,1,1,1,1,4\n,TOTAL,,11,21,4,5,41\n");
    const ok = run(csv, "--regency", "Contoh", "--year", "2023", "--db", db);
    expect(ok.stdout).toContain("Berhasil: 2 kampung");
    expect(ok.status).toBe(0);
    const again = run(csv, "--regency", "Contoh", "--year", "2023", "--db", db);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("--replace");

    const store = await openStore(`file:${db}`);
    const catalog = await store.funds.loadCatalog();
    expect(catalog.tableForRegency("Contoh", 2023)?.rows).toHaveLength(2);
    await store.close();

    const usage = run("--year", "abc");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Pemakaian");
  });

  it("refuses a CSV with a missing column", () => {
    const csv = join(dir, "missing.csv");
    writeFileSync(csv, "no,kecamatan,kampung,apbn\n1,A,B,10\n");
    const result = run(csv, "--regency", "Contoh", "--year", "2024", "--db", join(dir, "missing.db"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Kolom tidak ada");
  });
});
