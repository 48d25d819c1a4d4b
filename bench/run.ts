/**
 * `npm run bench`: prints in-process latency of fund queries on the real Sangihe table (145 kampung) and on a
 * generated national table (75,000 villages), in the domain alone and through the whole bot (handleUpdate,
 * exactly-once bookkeeping in SQLite, Bot API stubbed). Target: p99 under 5 ms per query at national size.
 * Then the council-session benchmark (bench/council.ts). It prints figures; nothing here passes or fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import { createApp } from "../src/app.ts";
import { FundCatalog } from "../src/domain/funds/fund-catalog.ts";
import { FundTable, type FundRow } from "../src/domain/funds/fund-table.ts";
import { parseSangiheAnnex } from "../src/domain/funds/sangihe-annex.ts";
import { createLogger } from "../src/logger.ts";
import { SANGIHE_REGULATION_FILE } from "../src/store/seed.ts";
import { benchCouncilSessions } from "./council.ts";
import { generateNationalTable } from "./national-table.ts";
import { formatRow, measure } from "./stats.ts";

const SAMPLES = 2_000;
const NATIONAL_SIZE = 75_000;
/** The council benchmark's groups (all open at once) and the steady load of its latency phase, in updates a second. */
const COUNCIL_SESSIONS = Number(process.env.BENCH_COUNCIL_SESSIONS ?? 1_000);
const COUNCIL_RATE = Number(process.env.BENCH_COUNCIL_RATE ?? 1_000);

function sample<T>(items: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => items[(index * 7919) % items.length]!);
}

/** "Kalasuge" → "Kalasgue": one transposition, the typo people make most. */
function typo(name: string): string {
  if (name.length < 4) return `${name}x`;
  const at = Math.floor(name.length / 2);
  return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}

let peakRss = 0;
function notePeak(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

async function domainBench(label: string, rows: readonly FundRow[]): Promise<void> {
  const table = new FundTable({ id: 1, regency: label, fiscalYear: 2022, regulation: "bench", annex: "Lampiran" }, rows);
  const catalog = new FundCatalog([table]);
  const names = sample(rows.map((row) => row.village), SAMPLES);
  const districts = sample(table.districts(), SAMPLES);
  console.log(formatRow(`domain  ${label}: kampung by exact name`, await measure(names, (name) => catalog.findVillage(name))));
  console.log(formatRow(`domain  ${label}: kampung with a typo`, await measure(names.map(typo), (name) => catalog.findVillage(name))));
  console.log(formatRow(`domain  ${label}: kecamatan summary`, await measure(districts, (name) => table.findDistrict(name))));
  notePeak();
}

async function botBench(label: string, rows: readonly FundRow[], seedExtraTable: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "asisten-desa-bench-"));
  const app = await createApp({
    databaseUrl: `file:${join(dir, "bench.db")}`,
    timeZone: "Asia/Makassar",
    logger: createLogger("silent"),
    botToken: "1:bench",
    clock: () => DateTime.fromISO("2022-03-15T09:00:00", { zone: "Asia/Makassar" }),
  });
  try {
    if (seedExtraTable) {
      await app.store.funds.insertTable({ regency: label, fiscalYear: 2023, regulation: "bench", annex: "Lampiran" }, rows);
    }
    app.bot.botInfo = { id: 999000, is_bot: true, first_name: "Asisten Desa", username: "asisten_desa_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
    let updateId = 1;
    const message = (text: string): Update => ({
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: 1_647_334_800,
        chat: { id: 1000 + (updateId % 50), type: "private", first_name: "Bench" },
        from: { id: 1000 + (updateId % 50), is_bot: false, first_name: "Bench" },
        text,
      },
    });
    const names = sample(rows.map((row) => row.village), SAMPLES);
    const districts = sample([...new Set(rows.map((row) => row.district))], SAMPLES);
    await app.store.funds.loadCatalog();
    console.log(formatRow(`bot     ${label}: "dana <kampung>"`, await measure(names, (name) => app.bot.handleUpdate(message(`dana ${name}`)))));
    console.log(formatRow(`bot     ${label}: "kecamatan <nama>"`, await measure(districts, (name) => app.bot.handleUpdate(message(`kecamatan ${name}`)))));
    notePeak();
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function funds(): Promise<void> {
  // Outgoing Bot API calls are answered here: the benchmark measures the bot, not the network.
  const original = Telegram.prototype.callApi;
  Telegram.prototype.callApi = async function stubbedCallApi() {
    return { message_id: 1, date: 0, chat: { id: 1, type: "private" } } as never;
  };
  const sangihe = parseSangiheAnnex(readFileSync(SANGIHE_REGULATION_FILE, "utf8")).rows;
  const national = generateNationalTable(NATIONAL_SIZE);
  console.log(`Fund queries, ${SAMPLES} queries each (Node ${process.version}, ${new Date().toISOString()})`);
  await domainBench("Sangihe (145)", sangihe);
  await domainBench(`national (${NATIONAL_SIZE.toLocaleString("en-US")})`, national);
  await botBench("Sangihe (145)", sangihe, false);
  await botBench(`national (${NATIONAL_SIZE.toLocaleString("en-US")})`, national, true);
  console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  Telegram.prototype.callApi = original;
}

/**
 * `npm run bench` runs each benchmark in a process of its own, so one's memory does not count in the other's figures;
 * `npm run bench -- funds` or `-- council` runs one.
 */
async function main(): Promise<void> {
  const which = process.argv[2];
  if (which === "funds") return funds();
  if (which === "council") return benchCouncilSessions(COUNCIL_SESSIONS, COUNCIL_RATE);
  if (which !== undefined) throw new Error(`unknown benchmark ${which}: funds or council`);
  for (const name of ["funds", "council"]) {
    const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", fileURLToPath(import.meta.url), name], { stdio: "inherit", env: process.env });
    if (child.status !== 0) process.exit(child.status ?? 1);
    console.log("");
  }
}

await main();
