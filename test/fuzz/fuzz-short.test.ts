import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFrom, seededRandom } from "../kit/random.ts";
import { fuzz } from "./fuzz-run.ts";
import { buildFuzzWorld, type FuzzWorld } from "./fuzz-world.ts";
import { protectedState, withoutSelfService } from "./protected-state.ts";

/**
 * Fuzzing through handleUpdate: FUZZ_UPDATES generated updates (10,000 in `npm test`, 100,000 with `npm run
 * test:fuzz`) from strangers and from two insiders, against a council with a vote running and migrations under way.
 * FUZZ_SEED repeats a run.
 */
const COUNT = Number(process.env.FUZZ_UPDATES ?? 10_000);

let world: FuzzWorld;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);
beforeAll(async () => {
  process.on("unhandledRejection", onRejection);
  world = await buildFuzzWorld();
});
afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await world?.bot.close();
});

describe("fuzzing the bot with generated updates", () => {
  it(`survives ${COUNT} updates: no crash, no error, every callback answered, private chats answered, nobody else's state touched`, { timeout: Math.max(120_000, COUNT * 20) }, async () => {
    const seed = seedFrom(process.env.FUZZ_SEED);
    console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} repeats it), ${world.commands.length} commands: ${world.commands.map((c) => `/${c}`).join(" ")}`);
    const scope = { chats: world.protectedChats, users: world.protectedUsers, agencyId: world.organisation.dinkesId };
    const before = protectedState(world.bot.databasePath, scope);
    const figures = await fuzz(world, seededRandom(seed), COUNT);
    const after = withoutSelfService(before, protectedState(world.bot.databasePath, scope), world.protectedUsers);
    console.log(
      `updates sent ${figures.sent} (${Object.entries(figures.byKind).map(([kind, n]) => `${kind} ${n}`).join(", ")}); ` +
        `replies ${figures.replies}; refusals ${figures.refusals}; callbacks answered ${figures.callbacksAnswered}; ` +
        `slowest ${figures.slowest.map((s) => `${s.kind} ${Math.round(s.ms)} ms`).join(", ")}`,
    );
    console.log(`slowest update: ${figures.slowest[0]?.update.slice(0, 300)}`);
    expect(figures.problems.slice(0, 20)).toEqual([]);
    expect(rejections).toEqual([]);
    expect(world.bot.errors()).toEqual([]);
    const changed = Object.keys(before).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]));
    for (const table of changed) console.log(`${table} changed: ${JSON.stringify(after[table]!.filter((row) => !before[table]!.some((old) => JSON.stringify(old) === JSON.stringify(row))))}`);
    expect(changed).toEqual([]);
  });
});
