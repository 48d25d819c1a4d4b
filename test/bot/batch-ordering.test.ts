import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { setUpCouncilOf } from "../kit/council.ts";

/**
 * Telegraf's polling hands a batch of updates to the bot concurrently. One chat's updates must still be handled one
 * at a time in the order they came, and an update that Telegram delivers twice in the batch only once.
 */

let bot: TestBot;
afterEach(async () => bot?.close());

describe("a batch delivered at once (polling), with a duplicate, two chats interleaved", () => {
  it("handles each chat's updates in order and the duplicate once", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:30:00" });
    const a = await setUpCouncilOf(bot, 5);
    const b = await setUpCouncilOf(bot, 7);
    for (const council of [a, b]) await bot.sendText("/sidang paripurna 10:00 | Balai Desa | Laporan", { from: council.members[0]!, chat: council.chat });
    const member = (c: typeof a, i: number) => ({ from: c.members[i]!, chat: c.chat });
    const batch = [
      bot.updates.groupMessage("/hadir", member(a, 1)),
      bot.updates.groupMessage("/hadir", member(b, 1)),
      bot.updates.groupMessage("/keluar", member(a, 1)),
      bot.updates.groupMessage("/hadir", member(b, 2)),
      bot.updates.groupMessage("/hadir", member(a, 1)),
      bot.updates.groupMessage("/keluar", member(b, 1)),
    ];
    await Promise.all([...batch, batch[0]!, batch[3]!].map((update) => bot.bot.handleUpdate(update)));
    const typesOf = async (c: typeof a) => {
      const council = (await bot.store.council.byChat(c.chat.id))!;
      const session = (await bot.store.council.liveSession(council.id))!;
      return session.events.filter((e) => e.type === "memberSignedIn" || e.type === "memberLeft").map((e) => `${e.type}:${"member" in e.payload ? e.payload.member : ""}`);
    };
    expect(await typesOf(a)).toEqual(["memberSignedIn:m2", "memberLeft:m2", "memberSignedIn:m2"]);
    expect(await typesOf(b)).toEqual(["memberSignedIn:m2", "memberSignedIn:m3", "memberLeft:m2"]);
    expect(bot.errors()).toEqual([]);
  });
});
