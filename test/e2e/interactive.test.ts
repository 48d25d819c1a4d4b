import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChat, runMain } from "../kit/processes.ts";
import { freshTestDatabase } from "../kit/test-database.ts";

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "interactive-"));
  db = await freshTestDatabase(dir, "sandbox.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `npm start` without TELEGRAM_BOT_TOKEN: the terminal chat. */
const start = (lines: string[], endInput = true) =>
  runMain(lines.map((line) => `${line}\n`).join(""), { cwd: dir, env: { DATABASE_URL: `file:${db}` }, endInput });

describe("npm start without a token: chatting with the bot in the terminal", () => {
  it("welcomes, sends messages, presses numbered buttons and leaves with :keluar", async () => {
    const result = await start(["/start", "/bahasa", "2", ":keluar", "/never-sent"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const out = result.stdout;
    expect(out).toContain("Selamat datang di sandbox Asisten Desa");
    expect(out).toContain("Anda sekarang Budi (1001) di chat pribadi dengan bot.");
    expect(out).toContain("Budi@pribadi> /start\nSelamat datang, Budi!");
    expect(out).toContain("Budi@pribadi> /bahasa\nPilih bahasa untuk chat ini:\n[1 Bahasa Indonesia] [2 English]");
    expect(out).toContain("Budi@pribadi> 2\nThis chat now uses English.");
    expect(out).toMatch(/Budi@pribadi> :keluar\nSampai jumpa!\n$/);
    expect(out).not.toContain("/never-sent");
  });

  it("switches persona, group and clock with sandbox commands", async () => {
    const result = await start([":grup BPD Sukamaju", ":saya 1002 Siti", "/start", ":jam 2026-11-23T09:00", ":pribadi", ":bantuan"]);
    const out = result.stdout;
    expect(out).toContain("Sekarang Anda di grup “BPD Sukamaju”.");
    expect(out).toContain("Sekarang Anda Siti (1002), di grup BPD Sukamaju.");
    expect(out).toContain("Siti@BPD Sukamaju> /start\n(Siti menambahkan Asisten Desa ke grup “BPD Sukamaju”)\n\nSelamat datang, Siti!");
    expect(out).toContain("Jam bot ditetapkan: Senin, 23 November 2026 pukul 09.00 WIB.");
    expect(out).toContain("Siti@pribadi> :bantuan\nPerintah sandbox:");
  });

  it("ends cleanly, closing the database, when the input ends (Ctrl-D)", async () => {
    const result = await start(["/start"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Budi@pribadi> \nSampai jumpa!\n$/);
  });

  it("shares the sandbox with npm run chat", async () => {
    const cli = runChat(["--db", db, "--from", "1001", "--name", "Budi", "/bahasa"], { cwd: dir });
    expect(cli.stdout).toContain("[Bahasa Indonesia] [English]");
    const result = await start(["2"]);
    expect(result.stdout).toContain("Budi@pribadi> 2\nThis chat now uses English.");
  });

  it("wipes the sandbox with :reset only after confirmation", async () => {
    const result = await start(["/bahasa", "2", ":reset", "tidak", "/start", ":reset", "ya", "/start"]);
    const out = result.stdout;
    expect(out).toContain("Ketik ya untuk melanjutkan: tidak\nBatal; tidak ada yang dihapus.\n\nBudi@pribadi> /start\nWelcome, Budi!");
    expect(out).toContain("Ketik ya untuk melanjutkan: ya\nSandbox dikosongkan. Mulai lagi dengan /start.\n\nBudi@pribadi> /start\nSelamat datang, Budi!");
  });
});
