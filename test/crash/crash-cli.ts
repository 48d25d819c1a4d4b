import { writeFileSync } from "node:fs";
import { seedFrom } from "../kit/random.ts";
import { runCrashSession, summary, type CrashFigures } from "./crash-run.ts";

/**
 * `npm run test:crash`: crash runs until at least CRASH_KILLS kills (default 50), each on a fresh database with
 * its own seed (CRASH_SEED fixes the first; run i uses seed + i). Exits 1 when anything was lost or duplicated.
 */
const keepAlive = setInterval(() => undefined, 60_000);
const wantedKills = Number(process.env.CRASH_KILLS ?? 50);
const perRun = Number(process.env.CRASH_KILLS_PER_RUN ?? 25);
const firstSeed = seedFrom(process.env.CRASH_SEED);

async function main(): Promise<number> {
  const runs: CrashFigures[] = [];
  for (let i = 0; runs.reduce((sum, run) => sum + run.kills, 0) < wantedKills; i++) {
    const seed = (firstSeed + i) >>> 0;
    process.stdout.write(`crash run ${i + 1}, seed ${seed}\n`);
    const figures = await runCrashSession({ seed, kills: perRun, log: (line) => process.stdout.write(`  ${line}\n`) });
    runs.push(figures);
    if (process.env.CRASH_TRACE) writeFileSync(`${process.env.CRASH_TRACE}.${seed}.json`, JSON.stringify(figures.trace, null, 1));
    process.stdout.write(`  ${summary(figures)} (${figures.seconds} s)\n`);
    for (const line of [...figures.lost.map((l) => `LOST ${l}`), ...figures.vanished.map((l) => `VANISHED ${l}`), ...figures.duplicated.map((l) => `DUPLICATED ${l}`), ...figures.problems, ...figures.notes.map((l) => `note: ${l}`)]) {
      process.stdout.write(`  ${line}\n`);
    }
  }
  const total = (pick: (run: CrashFigures) => number) => runs.reduce((sum, run) => sum + pick(run), 0);
  const bad = total((run) => run.lost.length + run.vanished.length + run.duplicated.length + run.problems.length);
  process.stdout.write(
    `kills ${total((run) => run.kills)}, confirmed actions ${total((run) => run.confirmed)}, lost ${total((run) => run.lost.length)}, duplicated ${total((run) => run.duplicated.length)}, ` +
      `vanished ${total((run) => run.vanished.length)}, timers fired ${total((run) => run.timersFired)} of ${total((run) => run.timersDue)}, ` +
      `unanswered ${total((run) => run.unanswered)}, updates ${total((run) => run.updates)}, runs ${runs.length}, first seed ${firstSeed}\n`,
  );
  return bad > 0 || total((run) => run.timersFired) !== total((run) => run.timersDue) ? 1 : 0;
}

main().then(
  (code) => {
    clearInterval(keepAlive);
    process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
