/**
 * The council-session benchmark (issue 3): many sessions of 9 members at once, each signing in, opening,
 * queuing speakers and voting, through the whole stack (handleUpdate, the engine, SQLite; Bot API answered
 * locally). Prints updates per second, p50/p99 handling latency and peak memory with every session open.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DateTime } from "luxon";
import type { Update, User } from "telegraf/types";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { findButton } from "../src/sandbox/keyboard.ts";
import { keyboardOf, LocalBotApi } from "../src/sandbox/local-bot-api.ts";
import { SANDBOX_BOT_INFO } from "../src/sandbox/sandbox-bot.ts";
import { supergroupChat, UpdateFactory, userOf } from "../src/sandbox/update-factory.ts";
import { percentile } from "./stats.ts";

const NAMES = ["Ahmad Fauzi", "Sri Wahyuni", "Budi Santoso", "Siti Aminah", "Wayan Sudarsana", "Dewi Lestari", "Agus Salim", "Rina Wati", "Hasan Basri"];
const ROLES = ["Ketua", "Wakil", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota"];
const COMMISSIONS = ["", "", "Pemerintahan", "Pemerintahan", "Pembangunan", "Pembangunan", "Pembangunan", "Kemasyarakatan", "Kemasyarakatan"];

export async function benchCouncilSessions(sessions: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "asisten-desa-bench-council-"));
  const token = `${SANDBOX_BOT_INFO.id}:bench-council`;
  const api = new LocalBotApi({ token, knownChatsOnly: false, transcriptLimit: 3 }).install();
  const app = await createApp({
    databaseUrl: `file:${join(dir, "council.db")}`,
    timeZone: "Asia/Jakarta",
    logger: createLogger("silent"),
    botToken: token,
    clock: () => DateTime.fromISO("2026-11-23T09:30:00", { zone: "Asia/Jakarta" }),
  });
  app.bot.botInfo = SANDBOX_BOT_INFO;
  const factory = new UpdateFactory({ nextUpdateId: 1, messageIds: (chatId) => api.nextMessageId(chatId) });
  let peakRss = 0;
  const latencies: number[] = [];
  let timing = false;

  const handle = async (update: Update) => {
    const start = performance.now();
    await app.bot.handleUpdate(update);
    if (timing) latencies.push(performance.now() - start);
    if (latencies.length % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const councils = Array.from({ length: sessions }, (_, index) => {
    const chat = supergroupChat(-1_000_000_000_000 - index, `BPD Desa ${index + 1}`);
    api.rememberChat(chat);
    const members = NAMES.map((name, member) => userOf({ id: 10_000_000 + index * 10 + member, name }));
    return { chat, members };
  });
  const say = (chat: (typeof councils)[number]["chat"], from: User, text: string) => handle(factory.message(text, { from, chat }));
  const press = async (chat: (typeof councils)[number]["chat"], from: User, label: string) => {
    const entry = api.latestWithButtons(chat.id);
    const match = entry && findButton(keyboardOf(entry), label);
    if (!entry || !match?.ok || match.button.action.type !== "callback") throw new Error(`no button ${label} in ${chat.title}`);
    await handle(factory.callbackQuery({ from, message: entry.message, data: match.button.action.data }));
  };

  // Set-up (not timed): the roster, every member linked, a session scheduled.
  for (const { chat, members } of councils) {
    const roster = NAMES.map((name, i) => `${ROLES[i]}: ${name}, ${1960 + i}${COMMISSIONS[i] ? `, ${COMMISSIONS[i]}` : ""}`);
    await say(chat, members[0]!, [`/bpd ${chat.title}`, ...roster, "Sekretaris: Joko"].join("\n"));
    for (const member of members.slice(1)) {
      await say(chat, member, "/gabung");
      await press(chat, member, member.first_name + (member.last_name ? ` ${member.last_name}` : ""));
    }
    await say(chat, members[0]!, "/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa");
  }

  // The timed part: every session at once, each one's updates in order.
  timing = true;
  const started = performance.now();
  await Promise.all(
    councils.map(async ({ chat, members }) => {
      const [chair, ...rest] = members as [User, ...User[]];
      for (const member of members) await say(chat, member, "/hadir");
      await say(chat, chair, "/buka");
      await say(chat, chair, "/acara 1");
      await say(chat, chair, "/daftar");
      for (const member of rest.slice(0, 3)) await say(chat, member, "/bicara");
      await say(chat, chair, "/tutupdaftar");
      await say(chat, chair, "/lantai");
      await say(chat, chair, "/selesai");
      await say(chat, chair, "/voting Menyetujui laporan Kepala Desa");
      for (const member of members) await press(chat, member, "Setuju");
      await press(chat, chair, "Tutup voting");
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  latencies.sort((a, b) => a - b);
  const decided = (await Promise.all(councils.slice(0, 5).map(async ({ chat }) => (await app.store.council.byChat(chat.id)) !== undefined))).every(Boolean);

  console.log(`Council sessions: ${sessions} sessions of 9 members at once (set-up not timed)`);
  console.log(`  updates handled   ${latencies.length}`);
  console.log(`  throughput        ${(latencies.length / seconds).toFixed(0)} updates/s`);
  console.log(`  latency           p50 ${percentile(latencies, 50).toFixed(2)} ms  p99 ${percentile(latencies, 99).toFixed(2)} ms  (queueing behind the chat's earlier updates included)`);
  console.log(`  peak RSS          ${(peakRss / 1024 / 1024).toFixed(0)} MB with ${sessions} sessions open${decided ? "" : " (set-up check failed)"}`);
  api.uninstall();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
