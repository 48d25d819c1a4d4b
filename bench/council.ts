/**
 * The council-session benchmark (issue 3): many BPD groups of 9 members, each running a session through the whole
 * stack (handleUpdate, the engine, SQLite; Bot API calls answered by a stub, so the network is not measured).
 *
 *  1. throughput: every session at once, each sending its next update as soon as the last was handled (closed loop):
 *     sign-in, opening, an agenda item, three speakers registered, the floor, a vote of all nine, its close.
 *  2. latency at a steady load: updates arrive at a fixed rate (default 1,000 a second) spread over the sessions
 *     (open loop, as Telegram delivers them); the time from arrival to handled includes waiting behind the chat's
 *     earlier updates. A closed loop cannot measure this: its latency is only the concurrency divided by throughput.
 *  3. memory with every session open: RSS, and the JavaScript heap after a collection; and the same before the
 *     first session is touched, so what the sessions add is visible. The councils are set up beforehand in a process of
 *     their own, as a running bot meets councils created earlier.
 * It prints figures; nothing here passes or fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { DateTime } from "luxon";
import { Telegram } from "telegraf";
import type { Message, Update, User } from "telegraf/types";
import { createApp } from "../src/app.ts";
import { councilData } from "../src/bot/features/council/callback-data.ts";
import { draftText } from "../src/bot/features/council/decision-drafts.ts";
import { createLogger } from "../src/logger.ts";
import { SANDBOX_BOT_INFO } from "../src/sandbox/sandbox-bot.ts";
import { supergroupChat, UpdateFactory, userOf } from "../src/sandbox/update-factory.ts";
import { percentile } from "./stats.ts";

const NAMES = ["Ahmad Fauzi", "Sri Wahyuni", "Budi Santoso", "Siti Aminah", "Wayan Sudarsana", "Dewi Lestari", "Agus Salim", "Rina Wati", "Hasan Basri"];
const ROLES = ["Ketua", "Wakil", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota"];
const COMMISSIONS = ["", "", "Pemerintahan", "Pemerintahan", "Pembangunan", "Pembangunan", "Pembangunan", "Kemasyarakatan", "Kemasyarakatan"];

interface Group {
  readonly chat: ReturnType<typeof supergroupChat>;
  readonly members: readonly User[];
  sessionId: number;
}

/** One step of a session's script: who sends what. */
type Step = { readonly from: number; readonly text: string } | { readonly from: number; readonly press: string; readonly arg?: string; readonly motion?: string };

function script(item: number): Step[] {
  const all = NAMES.map((_, i) => i);
  return [
    ...(item === 1 ? [...all.map((from) => ({ from, text: "/hadir" })), { from: 0, text: "/buka" }] : []),
    { from: 0, text: `/acara ${item}` },
    { from: 0, text: "/daftar" },
    ...[2, 3, 4].map((from) => ({ from, text: "/bicara" })),
    { from: 0, text: "/tutupdaftar" },
    { from: 0, text: "/lantai" },
    { from: 0, text: "/selesai" },
    { from: 0, text: `/voting Usul acara ${item}` },
    // The majority question (Pasal 60 ayat (4)), pressed on the bot's question, which carries the motion.
    { from: 0, press: "mj", arg: "v.o", motion: `Usul acara ${item}` },
    ...all.map((from) => ({ from, press: "vote", arg: "yes" })),
    { from: 0, press: "tutupvote" },
  ];
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function heapAfterCollection(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

interface SetUpFile {
  readonly sessions: readonly number[];
  readonly nextUpdateId: number;
  readonly seconds: number;
}

const NOW = DateTime.fromISO("2026-11-23T09:30:00", { zone: "Asia/Jakarta" });

/** The app on the benchmark's database, with every Bot API call answered at once: the bot is measured, not the network. */
async function openBench(databasePath: string) {
  let messageId = 1;
  Telegram.prototype.callApi = async function stub(method: string, payload: { chat_id?: number }) {
    if (method === "answerCallbackQuery") return true as never;
    return { message_id: messageId++, date: 0, chat: { id: payload.chat_id ?? 0, type: "supergroup" }, text: "" } as never;
  } as typeof Telegram.prototype.callApi;
  const app = await createApp({
    databaseUrl: `file:${databasePath}`,
    timeZone: "Asia/Jakarta",
    logger: createLogger("silent"),
    botToken: `${SANDBOX_BOT_INFO.id}:bench-council`,
    clock: () => NOW,
  });
  app.bot.botInfo = SANDBOX_BOT_INFO;
  return { app, nextMessageId: () => messageId++ };
}

function groupsOf(sessions: number): Group[] {
  return Array.from({ length: sessions }, (_, index) => ({
    chat: supergroupChat(-1_000_000_000_000 - index, `BPD Desa ${index + 1}`),
    members: NAMES.map((name, member) => userOf({ id: 10_000_000 + index * 10 + member, name })),
    sessionId: 0,
  }));
}

function boardMessage(group: Group): Message.TextMessage {
  return { message_id: 1, date: 0, chat: group.chat, from: { id: SANDBOX_BOT_INFO.id, is_bot: true, first_name: SANDBOX_BOT_INFO.first_name }, text: "📋" };
}

/**
 * The set-up, in a process of its own so that what creating 1,000 councils costs does not count in the memory of the
 * process that serves them (a bot meets its councils already created): the roster, every member linked, a session with
 * two items scheduled, for each group.
 */
export async function setUpCouncilBench(dir: string, sessions: number): Promise<void> {
  const { app, nextMessageId } = await openBench(join(dir, "council.db"));
  const factory = new UpdateFactory({ nextUpdateId: 1, messageIds: nextMessageId });
  const started = performance.now();
  const ids: number[] = [];
  for (const group of groupsOf(sessions)) {
    const [chair, ...rest] = group.members as [User, ...User[]];
    const roster = NAMES.map((name, i) => `${ROLES[i]}: ${name}, ${1960 + i}${COMMISSIONS[i] ? `, ${COMMISSIONS[i]}` : ""}`);
    await app.bot.handleUpdate(factory.message([`/bpd ${group.chat.title}`, ...roster, "Sekretaris: Joko"].join("\n"), { from: chair, chat: group.chat }));
    const council = (await app.store.council.byChat(group.chat.id))!;
    for (const [index, member] of rest.entries()) {
      const memberId = council.council.members[index + 1]!.id;
      await app.bot.handleUpdate(factory.callbackQuery({ from: member, message: boardMessage(group), data: councilData(0, "link", memberId) }));
    }
    await app.bot.handleUpdate(factory.message("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes", { from: chair, chat: group.chat }));
    ids.push((await app.store.council.liveSession(council.id))!.id);
  }
  const file: SetUpFile = { sessions: ids, nextUpdateId: factory.nextUpdateId, seconds: (performance.now() - started) / 1000 };
  writeFileSync(join(dir, "groups.json"), JSON.stringify(file));
  await app.close();
}

export async function benchCouncilSessions(sessions: number, rate = 1_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "asisten-desa-bench-council-"));
  const original = Telegram.prototype.callApi;
  const setUp = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), dir, String(sessions)], { stdio: "inherit" });
  if (setUp.status !== 0) throw new Error(`council benchmark set-up failed (${setUp.status})`);
  const prepared = JSON.parse(readFileSync(join(dir, "groups.json"), "utf8")) as SetUpFile;
  const { app, nextMessageId } = await openBench(join(dir, "council.db"));
  const factory = new UpdateFactory({ nextUpdateId: prepared.nextUpdateId, messageIds: nextMessageId });
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = heapAfterCollection();
  const groups = groupsOf(sessions).map((group, index) => ({ ...group, sessionId: prepared.sessions[index]! }));
  const setUpSeconds = prepared.seconds;
  const updateFor = (group: Group, step: Step): Update => {
    const from = group.members[step.from]!;
    if ("text" in step) return factory.message(step.text, { from, chat: group.chat });
    const data = councilData(group.sessionId, step.press as Parameters<typeof councilData>[1], step.arg);
    const message = step.motion ? { ...boardMessage(group), text: draftText({ how: "vote", motion: step.motion }) } : boardMessage(group);
    return factory.callbackQuery({ from, message, data });
  };

  // Each group's roster and session are read from the database at their first update after a start, then served from
  // memory; read them before timing, so the figures are of a bot that has met its groups.
  const warmStarted = performance.now();
  for (const group of groups) {
    const council = await app.store.council.byChat(group.chat.id);
    await app.store.council.liveSession(council!.id);
  }
  const warmSeconds = (performance.now() - warmStarted) / 1000;

  // 1. Throughput, closed loop.
  const first = groups.map((group) => script(1).map((step) => updateFor(group, step)));
  const throughputStarted = performance.now();
  await Promise.all(first.map(async (updates) => {
    for (const update of updates) await app.bot.handleUpdate(update);
  }));
  const throughputSeconds = (performance.now() - throughputStarted) / 1000;
  const throughputUpdates = first.reduce((sum, updates) => sum + updates.length, 0);
  const rssOpen = process.memoryUsage().rss;
  const heapOpen = heapAfterCollection();
  const { heapTotal, external } = process.memoryUsage();

  // 2. Latency at a steady rate, open loop: update i of the whole run arrives at i / rate seconds.
  const second = groups.map((group) => script(2).map((step) => updateFor(group, step)));
  const arrivals: Update[] = [];
  for (let round = 0; round < second[0]!.length; round++) for (const updates of second) arrivals.push(updates[round]!);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const latencyStarted = performance.now();
  for (const [index, update] of arrivals.entries()) {
    const due = latencyStarted + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(app.bot.handleUpdate(update).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(pending);
  const latencySeconds = (performance.now() - latencyStarted) / 1000;
  latencies.sort((a, b) => a - b);
  const rssPeak = Math.max(rssOpen, process.memoryUsage().rss);

  const closed = await app.store.council.session(groups[0]!.sessionId);
  const decisions = closed?.state.decisions.length ?? 0;
  console.log(`Council sessions: ${sessions} BPD groups of 9 members (rosters, links and sessions set up beforehand in another process in ${setUpSeconds.toFixed(0)} s)`);
  console.log(`  first read of every group after start ${warmSeconds.toFixed(1)} s (${((warmSeconds * 1000) / sessions).toFixed(1)} ms a group), then from memory`);
  console.log(`  throughput, all sessions at once      ${throughputUpdates} updates in ${throughputSeconds.toFixed(1)} s = ${(throughputUpdates / throughputSeconds).toFixed(0)} updates/s`);
  console.log(
    `  latency at ${rate} updates/s offered      ${latencies.length} updates in ${latencySeconds.toFixed(1)} s; p50 ${percentile(latencies, 50).toFixed(2)} ms  p99 ${percentile(latencies, 99).toFixed(2)} ms  max ${latencies.at(-1)!.toFixed(2)} ms`,
  );
  console.log(`  memory before a session is touched    RSS ${mb(rssBefore)}, heap ${mb(heapBefore)}`);
  console.log(`  memory with ${sessions} sessions open        RSS ${mb(rssOpen)} (peak ${mb(rssPeak)}), heap ${mb(heapOpen)} used of ${mb(heapTotal)} reserved, ${mb(external)} outside the heap: ${((heapOpen - heapBefore) / sessions / 1024).toFixed(1)} KB of heap a session`);
  console.log(`  check: the first session recorded ${decisions} decisions (2 expected)`);
  Telegram.prototype.callApi = original;
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

// Run as `tsx bench/council.ts DIR SESSIONS`: the set-up process.
if (process.argv[1] === fileURLToPath(import.meta.url)) await setUpCouncilBench(process.argv[2]!, Number(process.argv[3]));
