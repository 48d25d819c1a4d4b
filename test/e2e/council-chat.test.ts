import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChat } from "../kit/processes.ts";
import { freshTestDatabase } from "../kit/test-database.ts";

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "council-chat-"));
  db = await freshTestDatabase(dir, "sandbox.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const as = (from: string, ...args: string[]) =>
  runChat(["--db", db, "--title", "BPD Sukamaju", "--from", from, "--clock", "2026-11-23T09:30", ...args], { cwd: dir });

describe("npm run chat: a BPD session in the group, as chair and members", () => {
  it("sets up the council, signs members in, opens with quorum, votes and ends with the recorded decision", { timeout: 120_000 }, () => {
    const setup = as(
      "1001",
      "/bpd Sukamaju\nKetua: Budi Santoso, 1970\nWakil: Siti Aminah, 1975\nAnggota: Wayan Sudarsana, 1980, Pemerintahan\nAnggota: Dewi Lestari, 1982, Pembangunan\nAnggota: Hasan Basri, 1960, Kemasyarakatan",
    );
    expect(setup.stderr).toBe("");
    expect(setup.stdout).toContain("BPD Sukamaju tersimpan");
    for (const [from, name] of [["1002", "Siti Aminah"], ["1003", "Wayan Sudarsana"], ["1005", "Dewi Lestari"]] as const) {
      as(from, "/gabung");
      expect(as(from, "--press", name).stdout).toContain(`terhubung sebagai ${name}`);
    }
    expect(as("1001", "/sidang paripurna 10:00 | Balai Desa | Rancangan APBDes").stdout).toContain("0/5 hadir, kuorum 4");
    as("1001", "/hadir");
    as("1002", "/hadir");
    expect(as("1001", "/buka").stdout).toContain("Kuorum belum tercapai: 2 dari 5 anggota hadir, diperlukan 4 (Pasal 30 ayat (3))");
    as("1003", "/hadir");
    const fourth = as("1005", "/hadir");
    expect(fourth.stdout).toContain("4/5 hadir, kuorum 4");
    expect(as("1001", "/buka").stdout).toContain("Rapat dibuka: 4 dari 5 anggota hadir");
    expect(as("1001", "/voting Menyetujui Rancangan APBDes").stdout).toContain("Keputusan ini memerlukan suara:");
    expect(as("1001", "--press", "Biasa").stdout).toContain("Pemungutan suara #1");
    for (const from of ["1001", "1002", "1003"]) as(from, "--press", "Setuju");
    as("1005", "--press", "Tolak");
    const closed = as("1001", "--press", "Tutup voting");
    expect(closed.stdout).toContain("DITERIMA");
    const end = as("1001", "/tutup");
    expect(end.stdout).toContain("Rapat ditutup");
    expect(end.stdout).toContain("“Menyetujui Rancangan APBDes” — DITERIMA (Setuju 3, Tolak 1, Abstain 0; perlu 3 suara setuju dari 4 anggota hadir (Pasal 60 ayat (4)))");
    // The draft risalah arrives in the group as a document (Pasal 56 ayat (3)).
    expect(end.stdout).toContain("risalah-sementara-bpd-sukamaju-2026-11-23.odt");
  });
});
