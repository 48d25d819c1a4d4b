import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";

let bot: TestBot;
beforeEach(async () => {
  bot = await createTestBot();
});
afterEach(() => bot.close());

describe("exactly once per update_id (ARCHITECTURE.md)", () => {
  it("a redelivered query gets one reply", async () => {
    const update = bot.updates.privateMessage("dana Kalasuge");
    expect((await bot.send(update)).filter((event) => event.kind === "message")).toHaveLength(1);
    expect(await bot.send(update)).toEqual([]);
  });

  it("a redelivered change has one effect and one reply, also after a restart of the store's memory", async () => {
    const update = bot.updates.command("bahasa", { args: "en", from: users.siti });
    const first = await bot.send(update);
    expect(first.filter((event) => event.kind === "message").map((event) => event.text)).toEqual(["This chat now uses English."]);
    expect(await bot.send(update)).toEqual([]);

    await bot.store.updates.load();
    expect(await bot.send(update)).toEqual([]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    expect((await bot.sendText("/bahasa id", { from: users.siti }))[0]?.text).toBe("Bahasa chat ini sekarang Bahasa Indonesia.");
  });

  it("the same update delivered twice at once is handled once", async () => {
    const update = bot.updates.privateMessage("total kecamatan Tamako");
    const before = bot.api.events.length;
    await Promise.all([bot.send(update), bot.send(update)]);
    expect(bot.api.events.slice(before).filter((event) => event.kind === "message")).toHaveLength(1);
  });
});
