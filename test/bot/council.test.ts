import { afterEach, describe, expect, it } from "vitest";
import { pino } from "pino";
import type { User } from "telegraf/types";
import { createApp } from "../../src/app.ts";
import { userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, COUNCIL_SETUP, linkedMembers, setUpCouncil } from "../kit/council.ts";

const chat = councilChat;
const chair = councilChair;
const others = linkedMembers;

let bot: TestBot;
afterEach(async () => bot?.close());

const say = (text: string, from: User = chair) => bot.sendText(text, { from, chat });
const texts = (events: { text?: string }[]) => events.map((e) => e.text ?? "").join("\n");

const setUp = () => setUpCouncil(bot);

function board(): string {
  const sent = bot.api.events.filter((e) => (e.kind === "message" || e.kind === "edit") && e.method !== "editMessageReplyMarkup" && (e.text ?? "").startsWith("📋"));
  return sent.at(-1)?.text ?? "";
}

describe("council (BPD) sessions through handleUpdate", () => {
  it("explains the set-up, stores the council and links members (Pasal 13, 21-22)", async () => {
    bot = await createTestBot();
    expect(texts(await say("/bpd"))).toContain("Ketua: Ahmad Fauzi, 1970");
    const refused = texts(await say("/bpd Sukamaju\nKetua: A B, 1970\nKetua: C D, 1971\nAnggota: E F, 1980, Pemerintahan"));
    expect(refused).toContain("Ketua lebih dari satu (Pasal 13 ayat (2))");
    await setUp();
    const roster = texts(await say("/anggota"));
    expect(roster).toContain("Siti Aminah (Wakil Ketua, 1975) — ✅ terhubung");
    expect(roster).toContain("Hasan Basri (Anggota, Bidang Kemasyarakatan, 1960) — belum terhubung");
    expect(bot.errors()).toEqual([]);
  });

  it("refuses to open without quorum, postpones at the planned start, opens with 6 of 9, and decides by vote", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:00:00" });
    await setUp();
    const scheduled = await say("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes");
    expect(texts(scheduled)).toContain("0/9 hadir, kuorum 6");
    await say("/hadir");
    for (const user of others.slice(0, 4)) await say("/hadir", user);
    expect(board()).toContain("5/9 hadir, kuorum 6");
    const refused = texts(await say("/buka"));
    expect(refused).toContain("Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");

    bot.setClock("2026-11-23T10:00:00");
    expect(await bot.app.jobs.runDue()).toBe(1);
    const announced = bot.api.events.filter((e) => e.kind === "message").at(-1)?.text ?? "";
    expect(announced).toContain("Rapat ditunda sampai 11.00");
    // The board follows the timer too, edited in place.
    expect(board()).toContain("Status: ditunda sampai 11.00");
    expect(announced).toContain("Pasal 45 ayat (1)");

    await say("/hadir", others[4]);
    expect(texts(await say("/buka"))).toContain("Rapat dibuka: 6 dari 9 anggota hadir");
    // The postponement timer was cancelled by the opening.
    expect(await bot.store.jobs.pending("council.timer")).toEqual([]);

    // Speakers (Pasal 47, 51).
    await say("/acara 1");
    await say("/daftar");
    await say("/bicara", others[1]);
    await say("/bicara", others[2]);
    await say("/tutupdaftar");
    expect(texts(await say("/lantai"))).toContain("Wayan Sudarsana mendapat giliran bicara");
    expect(board()).toContain("🎤 Berbicara: Wayan Sudarsana");
    expect(board()).toContain("Antrean: Yohanis Makagansang");
    await say("/selesai");

    // A non-member's vote is refused and changes nothing.
    await say("/voting Menyetujui laporan Kepala Desa");
    await bot.press("Biasa", { from: chair, chat });
    const outsider = userOf({ id: 2001, name: "Orang Luar" });
    const before = await bot.store.council.liveSession((await bot.store.council.byChat(chat.id))!.id);
    const outsiderPress = await bot.press("Setuju", { from: outsider, chat });
    expect(outsiderPress.find((e) => e.kind === "callbackAnswer")?.text).toContain("tidak terdaftar di BPD");
    const after = await bot.store.council.liveSession(before!.councilId);
    expect(after!.lastSequence).toBe(before!.lastSequence);

    const own = await bot.press("Setuju", { from: others[0], chat });
    expect(own.find((e) => e.kind === "callbackAnswer")?.text).toBe("Suara Anda: Setuju");
    await bot.press("Setuju", { from: chair, chat });
    await bot.press("Setuju", { from: others[1], chat });
    await bot.press("Tolak", { from: others[2], chat });
    await bot.press("Setuju", { from: others[3], chat });
    const again = await bot.press("Tolak", { from: others[0], chat });
    expect(again.find((e) => e.kind === "callbackAnswer")?.text).toContain("sudah memberikan suara");
    expect(board()).toContain("Setuju 4 · Tolak 1 · Abstain 0");
    const closed = texts(await bot.press("Tutup voting", { from: chair, chat }));
    expect(closed).toContain("DITERIMA");
    expect(closed).toContain("perlu 4 suara setuju dari 6 anggota hadir (Pasal 60 ayat (4))");

    // Quorum lost: a vote cannot start.
    await say("/keluar", others[4]);
    const noVote = texts(await say("/voting Usul kedua"));
    expect(noVote).toContain("Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");

    const ended = texts(await say("/tutup"));
    expect(ended).toContain("Rapat ditutup");
    expect(ended).toContain("“Menyetujui laporan Kepala Desa” — DITERIMA");
    expect(bot.errors()).toEqual([]);
  });

  it("records a redelivered update once, and keeps session, votes and timers across a restart", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:00:00" });
    await setUp();
    await say("/sidang paripurna 10:00 | Balai Desa | Laporan");
    const update = bot.updates.groupMessage("/hadir", { from: chair, chat });
    await bot.send(update);
    await bot.send(update);
    const councilId = (await bot.store.council.byChat(chat.id))!.id;
    const session = (await bot.store.council.liveSession(councilId))!;
    expect(session.events.filter((e) => e.type === "memberSignedIn")).toHaveLength(1);
    expect(await bot.store.jobs.pending("council.timer")).toHaveLength(1);

    const reopened = await createApp({ databaseUrl: `file:${bot.databasePath}`, timeZone: "Asia/Jakarta", logger: pino({ level: "silent" }), botToken: "1:x", clock: () => bot.now() });
    try {
      const again = (await reopened.store.council.liveSession(councilId))!;
      expect(again.events).toEqual(session.events);
      expect(await reopened.store.jobs.pending("council.timer")).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });
});
