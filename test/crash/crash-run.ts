import { mkdtempSync, rmSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { DateTime } from "luxon";
import { BotApiServer, type CallFate, type ServedCall } from "../kit/bot-api-server.ts";
import { BotProcess } from "../kit/bot-process.ts";
import { seededRandom, type Random } from "../kit/random.ts";
import { createTemplateDatabase, TEMPLATE_DATABASE_ENV } from "../kit/template-database.ts";
import { Harness, type KillSwitch } from "./crash-harness.ts";
import { councilSession, itOffice, people, PLANNED_STEPS, technician, TECHNICIANS, TIMER_COUNCIL_CHAT, unattendedSession } from "./crash-scripts.ts";
import { judge } from "./crash-verdict.ts";

const TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0";

export interface CrashRunOptions {
  readonly seed: number;
  /** The run kills the bot at least this often (SIGKILL), spread over the script. */
  readonly kills: number;
  readonly timeZone?: string;
  /** The postponement timer falls due at the first whole minute at least this far ahead (default 20 s). */
  readonly timerLeadSeconds?: number;
  readonly log?: (line: string) => void;
}

export interface CrashFigures {
  readonly seed: number;
  readonly kills: number;
  readonly updates: number;
  /** Actions the bot confirmed to a user (a reply or callback answer) that should change something. */
  readonly confirmed: number;
  /** Updates the bot confirmed to Telegram without any answer to the user (handled before a kill, dropped after). */
  readonly unanswered: number;
  readonly lost: readonly string[];
  readonly vanished: readonly string[];
  readonly duplicated: readonly string[];
  readonly timersDue: number;
  readonly timersFired: number;
  /** Anything else that went wrong: the bot's error logs, a process that ended by itself, a script that got stuck. */
  readonly problems: readonly string[];
  /** What the scripted users had to work around. */
  readonly notes: readonly string[];
  readonly seconds: number;
  /** Every delivery and kill, in order, for finding out what went wrong. */
  readonly trace: readonly unknown[];
}

/**
 * One crash run: the real `src/main.ts` in long-polling mode against a fake Bot API server, on a fresh database, driven
 * by the scripted users while it is killed (SIGKILL) at seeded random points and started again on the same database.
 */
export async function runCrashSession(options: CrashRunOptions): Promise<CrashFigures> {
  const began = Date.now();
  const random = seededRandom(options.seed);
  const zone = options.timeZone ?? "Asia/Jakarta";
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), "asisten-desa-crash-"));
  const databasePath = join(dir, "bot.db");
  // The test run's template (test/kit/global-setup.ts) when there is one; outside Vitest a database of its own.
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (template) await copyFile(template, databasePath);
  else await createTemplateDatabase(databasePath);

  let supervisor!: Supervisor;
  // Two kills come anyway: over the timer's due time, and the last restart.
  const policy = new KillPolicy(random, Math.max(options.kills - 2, 1), () => supervisor);
  const server = new BotApiServer({ token: TOKEN, fateOf: (call) => policy.fateOf(call), kill: () => supervisor.kill(policy.lastReason) });
  const apiRoot = await server.start();
  const bot = new BotProcess(
    { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${databasePath}`, TIME_ZONE: zone, LOG_LEVEL: "warn", ADMIN_TELEGRAM_IDS: String(people.admin.id) },
    dir,
  );
  supervisor = new Supervisor(bot, server, random);
  const problems: string[] = [];
  let reader: Database.Database | undefined;
  try {
    supervisor.run();
    await supervisor.ready();
    reader = new Database(databasePath, { readonly: true, fileMustExist: true });
    const db = () => reader!;
    const harness = new Harness(server, policy, db);
    policy.progress = () => harness.stepsDone;

    const timer = (async () => {
      const leadMs = (options.timerLeadSeconds ?? 20) * 1000;
      const startFor = () => DateTime.now().setZone(zone).plus({ milliseconds: leadMs + 60_000 }).startOf("minute");
      await unattendedSession(harness, startFor);
      const due = plannedStartOf(db(), TIMER_COUNCIL_CHAT.id);
      log(`timer due at ${due.toISO()}`);
      // Down across the due time: the timer fires when the bot starts again, and only then.
      await sleep(Math.max(0, due.toMillis() - 1_500 - Date.now()));
      supervisor.holdDown(due.toMillis() + 700);
      // The restarted bot fires the timer as it starts: killed then (seeded), inside the firing or around it, or when
      // it announces the postponement.
      if (random.chance(0.5)) policy.killSoonAfterStart(random.int(0, 300));
      policy.killAtAnnouncement(TIMER_COUNCIL_CHAT.id);
      const deadline = due.toMillis() + 60_000;
      while (timerEvents(db(), TIMER_COUNCIL_CHAT.id) === 0) {
        if (Date.now() > deadline) throw new Error("the postponement timer did not fire within a minute of its due time");
        await sleep(250);
      }
    })();
    const migration = (async () => {
      const code = itOffice(harness);
      await Promise.all(TECHNICIANS.map(({ who, assetTag }) => technician(harness, who, code, assetTag)));
    })();
    const timed = (name: string, lane: Promise<void>) => lane.then(() => log(`${name} done after ${Math.round((Date.now() - began) / 1000)} s, ${supervisor.kills} kills`));
    const results = await Promise.allSettled([timed("council", councilSession(harness, zone)), timed("migration", migration), timed("timer", timer)]);
    for (const result of results) if (result.status === "rejected") problems.push(String(result.reason instanceof Error ? result.reason.stack : result.reason));

    // Top up the kills the script did not reach, then one last restart: no timer may fire again.
    while (supervisor.kills < options.kills) await supervisor.restart();
    await supervisor.restart();
    await sleep(1_500);
    await supervisor.stop();

    const verdict = judge(db(), harness.deliveries, server.calls, TIMER_COUNCIL_CHAT.id);
    problems.push(...bot.errors().map((line) => `bot logged an error: ${JSON.stringify(line)}`), ...supervisor.unexpected);
    const withEffect = harness.deliveries.filter((delivery) => delivery.expect);
    return {
      seed: options.seed,
      kills: supervisor.kills,
      updates: harness.deliveries.length,
      confirmed: withEffect.filter((delivery) => delivery.outcome === "confirmed").length,
      unanswered: withEffect.filter((delivery) => delivery.outcome === "silent").length,
      lost: verdict.lost,
      vanished: verdict.vanished,
      duplicated: verdict.duplicated,
      timersDue: 1,
      timersFired: verdict.timersFired,
      problems,
      notes: harness.notes,
      seconds: Math.round((Date.now() - began) / 1000),
      trace: [
        ...harness.deliveries.map((delivery) => ({ ...delivery, expect: undefined, at: delivery.pushedAt })),
        ...supervisor.killLog.map((kill) => ({ kill, at: kill.at })),
      ].sort((a, b) => a.at - b.at),
    };
  } finally {
    await supervisor.stop();
    reader?.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function plannedStartOf(db: Database.Database, chatId: number): DateTime {
  const row = db
    .prepare(
      `SELECT e."payload" FROM "CouncilSessionEvent" e JOIN "CouncilSession" s ON s."id" = e."sessionId" JOIN "Council" c ON c."id" = s."councilId" WHERE c."chatId" = ? AND e."type" = 'sessionScheduled'`,
    )
    .get(chatId) as { payload: string } | undefined;
  if (!row) throw new Error("the unattended session was not scheduled");
  return DateTime.fromISO((JSON.parse(row.payload) as { plannedStart: string }).plannedStart);
}

function timerEvents(db: Database.Database, chatId: number): number {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS n FROM "CouncilSessionEvent" e JOIN "CouncilSession" s ON s."id" = e."sessionId" JOIN "Council" c ON c."id" = s."councilId" WHERE c."chatId" = ? AND e."updateId" IS NULL`,
    )
    .get(chatId) as { n: number };
  return row.n;
}

/** Starts the bot, and again after every exit; counts the kills it was asked for and the exits it was not. */
class Supervisor {
  kills = 0;
  readonly unexpected: string[] = [];
  readonly killLog: { at: number; why: string }[] = [];
  private wanted = false;
  private holdUntil = 0;
  private stopping = false;
  private loop?: Promise<void>;
  private startedPolls = 0;

  constructor(
    private readonly bot: BotProcess,
    private readonly server: BotApiServer,
    private readonly random: Random,
  ) {}

  get running(): boolean {
    return this.bot.running && !this.wanted;
  }

  run(): void {
    this.loop = (async () => {
      while (!this.stopping) {
        const hold = this.holdUntil - Date.now();
        if (hold > 0) await sleep(hold);
        this.wanted = false;
        this.startedPolls = this.server.pollCount;
        this.bot.start();
        await this.bot.whenExited();
        if (this.stopping) break;
        if (this.wanted) this.kills++;
        else this.unexpected.push(`the bot exited by itself: ${lastLines(this.bot.otherOutput)}`);
        await sleep(this.random.int(0, 200));
      }
    })();
  }

  /** Resolves once the process now starting polls for updates. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.bot.running || this.wanted || this.server.pollCount <= this.startedPolls) {
      if (Date.now() > deadline) throw new Error(`the bot did not start polling: ${lastLines(this.bot.otherOutput)}`);
      await this.server.changed(100);
    }
  }

  kill(why = "kill"): void {
    if (!this.bot.running || this.wanted) return;
    this.killLog.push({ at: Date.now(), why });
    this.wanted = true;
    this.bot.killNow();
  }

  /** Kills the bot and keeps it down until `until` (epoch ms). */
  holdDown(until: number): void {
    this.holdUntil = until;
    this.kill("hold down over the timer's due time");
  }

  async restart(): Promise<void> {
    await this.ready();
    this.kill("restart at the end");
    await sleep(50);
    await this.ready();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.bot.kill();
    await this.loop;
  }
}

/** The end of what a process printed, without stack frames. */
function lastLines(output: readonly string[]): string {
  return output.filter((line) => !/^\s+at /.test(line)).slice(-20).join(" | ");
}

interface ArmedKill {
  readonly chatId: number;
  readonly callbackId?: string;
  readonly onCall: number;
  readonly fate: CallFate;
  seen: number;
  timer?: NodeJS.Timeout;
}

/**
 * Where the kills land, by the seeded random source: some a few milliseconds after an update arrives (inside its
 * transaction, or before), most at the first or second Bot API call made for it, either before Telegram carries the
 * call out (the effect is committed, the reply is lost) or after (the user saw the reply, the bot never heard back and
 * never confirmed the update). The rate follows the kills still wanted over the steps still to come.
 */
class KillPolicy implements KillSwitch {
  progress: () => number = () => 0;
  private readonly armed = new Map<number, ArmedKill>();
  private announcement?: { chatId: number; fate: CallFate };
  /** Why the call just decided kills the bot. */
  lastReason = "";
  private afterStart?: number;

  constructor(
    private readonly random: Random,
    private readonly wanted: number,
    private readonly supervisor: () => Supervisor,
  ) {}

  arm(update: { updateId: number; chatId: number; callbackId?: string }): void {
    const supervisor = this.supervisor();
    if (!supervisor.running) return;
    const needed = this.wanted - supervisor.kills;
    const remaining = Math.max(PLANNED_STEPS - this.progress(), 10);
    const rate = Math.min(0.6, Math.max(0.03, (1.6 * needed) / remaining));
    if (!this.random.chance(rate)) return;
    const base = { chatId: update.chatId, ...(update.callbackId ? { callbackId: update.callbackId } : {}), seen: 0 };
    if (this.random.chance(0.3)) {
      const armed: ArmedKill = { ...base, onCall: Number.POSITIVE_INFINITY, fate: "answer" };
      const delay = this.random.int(0, 40);
      armed.timer = setTimeout(() => supervisor.kill(`${delay} ms after update ${update.updateId}`), delay);
      this.armed.set(update.updateId, armed);
      return;
    }
    this.armed.set(update.updateId, { ...base, onCall: this.random.int(1, 2), fate: this.random.pick(["killBefore", "killAfter"] as const) });
  }

  disarm(updateId: number): void {
    const armed = this.armed.get(updateId);
    if (armed?.timer) clearTimeout(armed.timer);
    this.armed.delete(updateId);
  }

  /** The fired timer's announcement: the bot is killed before or after it goes out (seeded), so the timer's commit stands alone. */
  killAtAnnouncement(chatId: number): void {
    this.announcement = { chatId, fate: this.random.pick(["killBefore", "killAfter", "answer"] as const) };
  }

  /** The next process is killed `delayMs` after it asks for getMe, as it starts (and fires what is due). */
  killSoonAfterStart(delayMs: number): void {
    this.afterStart = delayMs;
  }

  fateOf(call: ServedCall): CallFate {
    if (!this.supervisor().running) return "answer";
    if (call.method === "getMe" && this.afterStart !== undefined) {
      const delay = this.afterStart;
      this.afterStart = undefined;
      setTimeout(() => this.supervisor().kill(`${delay} ms after getMe, as the bot started`), delay);
    }
    const announcement = this.announcement;
    if (announcement && call.method === "sendMessage" && Number(call.payload.chat_id) === announcement.chatId) {
      this.announcement = undefined;
      this.lastReason = `${announcement.fate} the timer's announcement`;
      return announcement.fate;
    }
    for (const [updateId, armed] of this.armed) {
      const concerns = Number(call.payload.chat_id) === armed.chatId || (armed.callbackId !== undefined && call.payload.callback_query_id === armed.callbackId);
      if (!concerns) continue;
      armed.seen++;
      if (armed.seen < armed.onCall) continue;
      this.armed.delete(updateId);
      this.lastReason = `${armed.fate} call ${armed.onCall} (${call.method}) of update ${updateId}`;
      return armed.fate;
    }
    return "answer";
  }
}

/** The figures of one run, on one line. */
export function summary(figures: CrashFigures): string {
  return `seed ${figures.seed}: kills ${figures.kills}, confirmed actions ${figures.confirmed}, lost ${figures.lost.length}, duplicated ${figures.duplicated.length}, vanished ${figures.vanished.length}, timers fired ${figures.timersFired} of ${figures.timersDue}, unanswered ${figures.unanswered}, updates ${figures.updates}`;
}
