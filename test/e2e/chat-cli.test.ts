import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChat } from "../kit/processes.ts";
import { freshTestDatabase } from "../kit/test-database.ts";

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "chat-cli-"));
  db = await freshTestDatabase(dir, "sandbox.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const chat = (...args: string[]) => runChat(["--db", db, ...args], { cwd: dir });
const chatIn = (env: Record<string, string>, ...args: string[]) => runChat(["--db", db, ...args], { cwd: dir, env });
const savedState = () => JSON.parse(readFileSync(`${db}.sandbox.json`, "utf8"));

describe("npm run chat: the sandbox as a user runs it", () => {
  it("answers /start with the Indonesian welcome", () => {
    const result = chat("/start");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Selamat datang, Pengguna! Saya Asisten Desa/);
    expect(result.stdout).toContain("/bantuan — daftar perintah ini");
  });

  it("presses a button of an earlier call's message, and the change persists", () => {
    const menu = chat("/bahasa");
    expect(menu.stdout).toBe("Pilih bahasa untuk chat ini:\n[Bahasa Indonesia] [English]\n");

    const pressed = chat("--press", "english");
    expect(pressed.status).toBe(0);
    expect(pressed.stdout).toBe("This chat now uses English.\n");

    expect(chat("/start").stdout).toMatch(/^Welcome, Pengguna!/);
    expect(savedState().personas).toEqual({ "1001": "Pengguna Sandbox" });
  });

  it("lists the buttons there are when the label matches none", () => {
    chat("/bahasa");
    const result = chat("--press", "Deutsch");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "Tombol “Deutsch” tidak ada pada pesan bot terakhir yang bertombol.\nTombol yang tersedia: [Bahasa Indonesia] [English]\n",
    );
  });

  it("talks in a group named by --title, as another user whose name is remembered", () => {
    const first = chat("--title", "BPD Sukamaju", "--from", "1002", "--name", "Siti Aminah", "/start");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^\(Siti Aminah menambahkan Asisten Desa ke grup “BPD Sukamaju”\)\n\nSelamat datang, Siti!/);

    const chatter = chat("--title", "BPD Sukamaju", "--from", "1002", "selamat pagi");
    expect(chatter.stdout).toMatch(/^\(bot tidak membalas\. Di grup, bot hanya menanggapi perintah/);
    expect(savedState().personas["1002"]).toBe("Siti Aminah");
  });

  it("answers an inline query with a list of results", () => {
    const result = chat("--inline", "kalasuge");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\(hasil inline\)\n1\. Kalasuge/);
  });

  it("fixes the bot's clock with --clock, in the configured TIME_ZONE", () => {
    chat("--clock", "2026-11-23T09:00", "/start");
    expect(savedState().botApi.transcript["1001"].at(-1).message.date).toBe(Date.parse("2026-11-23T02:00:00Z") / 1000);
    chatIn({ TIME_ZONE: "Asia/Makassar" }, "--clock", "2026-11-23T09:00", "/start");
    expect(savedState().botApi.transcript["1001"].at(-1).message.date).toBe(Date.parse("2026-11-23T01:00:00Z") / 1000);
  });

  it("--reset deletes the sandbox database and state", () => {
    chat("/bahasa");
    const reset = chat("--reset");
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(/^Sandbox dikosongkan \(\d berkas dihapus\)\.\n$/);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}.sandbox.json`)).toBe(false);

    const afterwards = chat("--press", "English");
    expect(afterwards.status).toBe(1);
    expect(afterwards.stderr).toBe("Tidak ada tombol yang bisa ditekan: bot belum mengirim pesan bertombol di chat ini.\n");
  });

  it("explains a usage error in Indonesian and exits 2", () => {
    const result = chat("--from", "budi", "halo");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Kesalahan: --from harus id pengguna berupa bilangan bulat positif, misalnya 1001\.\n\nCara pakai: npm run chat/);
  });
});
