import { describe, expect, it } from "vitest";
import { seedFrom } from "../kit/random.ts";
import { runCrashSession, summary } from "./crash-run.ts";

/**
 * The short crash run of `npm test` (`npm run test:crash` runs more): the real bot process, killed at least ten times
 * while a council session, a postponement timer and two PC migrations go on, must lose nothing it confirmed, record
 * nothing twice, and fire the timer once. CRASH_SEED repeats a run.
 */
describe("crash safety: SIGKILL at random points, restart on the same database", () => {
  it("keeps every confirmed action, duplicates nothing, fires the pending timer once", { timeout: 180_000 }, async () => {
    const seed = seedFrom(process.env.CRASH_SEED);
    console.log(`crash run seed ${seed} (CRASH_SEED=${seed} repeats it)`);
    const figures = await runCrashSession({ seed, kills: 10, timerLeadSeconds: 10 });
    console.log(summary(figures));
    for (const note of figures.notes) console.log(`note: ${note}`);
    expect(figures.problems).toEqual([]);
    expect(figures.lost).toEqual([]);
    expect(figures.vanished).toEqual([]);
    expect(figures.duplicated).toEqual([]);
    expect(figures.kills).toBeGreaterThanOrEqual(10);
    expect(figures.confirmed).toBeGreaterThan(50);
    expect(figures.timersFired).toBe(figures.timersDue);
  });
});
