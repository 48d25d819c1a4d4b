import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChat, type Finished } from "../kit/processes.ts";
import { freshTestDatabase } from "../kit/test-database.ts";

/**
 * Done-when 5: through `npm run chat` (tsx src/sandbox/chat-cli.ts, one process per message, as a person types it),
 * a technician starts a migration with /migrasi and reaches the end of the SOP.
 */

const ADMIN = "9001";
const TECHNICIAN = "2001";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "migration-chat-"));
  db = await freshTestDatabase(dir, "sandbox.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chat(from: string, ...args: string[]): Finished {
  const name = from === ADMIN ? "Putu Arsana" : "I Wayan Sudarsana";
  const result = runChat(["--db", db, "--clock", "2026-02-02T09:00", "--from", from, "--name", name, ...args], {
    cwd: dir,
    env: { ADMIN_TELEGRAM_IDS: ADMIN, TIME_ZONE: "Asia/Makassar" },
  });
  expect(result.stderr, `${args.join(" ")}\n${result.stdout}`).toBe("");
  expect(result.status, args.join(" ")).toBe(0);
  return result;
}

const technician = (...args: string[]) => chat(TECHNICIAN, ...args);
const press = (label: string) => technician("--press", label).stdout;
const type = (text: string) => technician(text).stdout;

describe("npm run chat: a technician migrates a PC from /migrasi to langkah 15", () => {
  it(
    "registers, joins, and walks the SOP to the end",
    () => {
      const registered = chat(ADMIN, "/skpd_baru", "Dinas Kesehatan").stdout;
      expect(registered).toContain("✅ SKPD Dinas Kesehatan terdaftar.");
      const code = /Teknisi \(pengelola TIK\): ([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(registered)![1]!;
      expect(chat(ADMIN, "/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya").stdout).toContain("RAM minimal: 2048 MB");

      expect(type(`/gabung ${code}`)).toContain("[✅ Saya memenuhi ketiganya]");
      expect(press("Saya memenuhi ketiganya")).toContain("Kualifikasi Personil dikonfirmasi");

      expect(type("/migrasi")).toContain("[➕ Mulai PC baru]");
      expect(press("Mulai PC baru")).toContain("Langkah 1/15 · Tentukan PC target migrasi");
      type("02.06.02.01.017");
      type("Ruang Keuangan");
      expect(type("Ni Luh Ayu")).toContain("Langkah 2/15 · Pengecekan teknis");
      type("Intel Core i3-3220");
      press("Ya");
      expect(type("4 GB")).toContain("✓ RAM: 4.096 MB (4 GB)");
      type("500 GB");
      expect(press("Tidak")).toContain("Langkah 4/15 · Catat spesifikasi PC (Form 1)");
      type("HP ProDesk 400 G1");
      type("Windows 7 Professional");
      press("Tidak berlisensi");
      type("Microsoft Office 2007");
      press("Lewati");
      type("KEU-01 / WORKGROUP");
      press("DHCP (otomatis)");
      press("Lewati");
      expect(type("D:\\Data")).toContain("Langkah 5/15 · Backup data oleh SKPD");
      press("HDD eksternal");
      type("Gusti Ayu Rai");
      expect(press("Ya, lengkap dan terbaca")).toContain("Langkah 6/15 · Live CD testing");
      expect(press("Tidak bermasalah")).toContain("Langkah 7/15 · Format dan instal OS open source");
      press("Ya, hanya partisi OS");
      press("Ya, tanpa dual boot");
      expect(press("Instalasi berhasil")).toContain("Langkah 9/15 · Konfigurasi sistem");
      expect(press("Konfigurasi selesai")).toContain("Langkah 11/15 · Restorasi data");
      expect(press("Data terpulihkan")).toContain("Langkah 13/15 · User testing");
      type("Ni Luh Ayu");
      const done = press("Pengguna puas");
      expect(done).toContain("✅ Langkah 15 · Selesai. Migrasi PC ini selesai pada 02-02-2026 09:00.");
      expect(done).toContain("⏱ Waktu tiap langkah:");
      expect(done).toContain("[📄 Form 1 & Form 2] [➕ PC berikutnya]");
      expect(press("Form 1 & Form 2")).toContain("• Backup dipastikan oleh: Gusti Ayu Rai");
    },
    300_000,
  );
});
