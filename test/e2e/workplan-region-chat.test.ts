import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChat } from "../kit/processes.ts";
import { freshTestDatabase } from "../kit/test-database.ts";

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "workplan-region-chat-"));
  db = await freshTestDatabase(dir, "sandbox.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `npx tsx src/sandbox/chat-cli.ts --db <temp> ARGS`, as `npm run chat -- ARGS` runs it. */
const chat = (...args: string[]) => runChat(["--db", db, ...args], { cwd: dir });

describe("npm run chat: the work plan and region formation as an official runs them", () => {
  it("/rkt prints the total budget and a button per programme; pressing one prints its indicators", () => {
    const overview = chat("/rkt");
    expect(overview.stderr).toBe("");
    expect(overview.status).toBe(0);
    expect(overview.stdout).toMatch(/^Rencana Kerja Tahunan \(RKT\) KPU Kabupaten Ogan Komering Ulu Tahun 2023\n/);
    expect(overview.stdout).toContain("Total anggaran: Rp30.577.023.000");
    expect(overview.stdout).toContain("[Penyelenggaraan Pemilu] [Dukungan Manajemen]");

    const programme = chat("--press", "Penyelenggaraan Pemilu");
    expect(programme.status).toBe(0);
    expect(programme.stdout).toContain("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi");
    expect(programme.stdout).toContain("Total anggaran: Rp28.220.030.000");
    expect(programme.stdout).toContain("5. Jumlah badan adhoc yang dipersiapkan dan dibentuk — target 13 kecamatan — Rp13.457.295.000");
  });

  it("/pemekaran prints the menu; its buttons answer, and a typed question gets the requirements", () => {
    const menu = chat("/pemekaran");
    expect(menu.stderr).toBe("");
    expect(menu.status).toBe(0);
    expect(menu.stdout).toMatch(/^Pembentukan daerah \(pemekaran\) — UU 32\/2004, PP 78\/2007, dan aturan sebelumnya PP 129\/2000\./);
    expect(menu.stdout).toContain("[Syarat kabupaten] [Syarat kota]");

    const pressed = chat("--press", "Syarat kabupaten");
    expect(pressed.status).toBe(0);
    expect(pressed.stdout).toContain("Cakupan wilayah paling sedikit 5 kecamatan (Pasal 8 huruf b PP 78/2007; Pasal 5 ayat (5) UU 32/2004)");

    const typed = chat("syarat pembentukan kabupaten");
    expect(typed.stdout).toContain("minimal terdiri dari 3 kecamatan (Pasal 10 huruf e PP 129/2000)");
  });
});
