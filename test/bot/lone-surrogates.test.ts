import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestBot } from "../kit/bot-harness.ts";
import { as, createMigrationBot, people, runOf, setUpOrganisation, shown, type Organisation } from "./migration-kit.ts";

/**
 * Found by the fuzzer (test/fuzz): text with half of a UTF-16 surrogate pair (JSON can carry "\udfff"; no UTF-8 form)
 * made the database refuse the write of the PC's location, and the technician was told something went wrong.
 */

let bot: TestBot;
let org: Organisation;
beforeEach(async () => {
  bot = await createMigrationBot();
  org = await setUpOrganisation(bot);
});
afterEach(() => bot.close());

describe("text with a lone surrogate", () => {
  it("is kept with U+FFFD in its place", async () => {
    const wayan = as(bot, people.wayan);
    await wayan.say("/migrasi");
    await wayan.press("Mulai PC baru");
    await wayan.say("02.06.02.01.017");
    await wayan.say("Ruang \udfffKeuangan");
    const next = shown(await wayan.say("Ni Luh \ud800Ayu"));
    expect(bot.errors()).toEqual([]);
    expect(next).toContain("Langkah 2/15");
    const run = await runOf(bot, org.dinkesId, "02.06.02.01.017");
    expect(run.pc).toMatchObject({ location: "Ruang \ufffdKeuangan", pcUser: "Ni Luh \ufffdAyu" });
  });
});
