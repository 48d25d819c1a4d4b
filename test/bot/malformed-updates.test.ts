import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Update } from "telegraf/types";
import { malformation } from "../../src/bot/middleware/well-formed-update.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";

/** Found by the fuzzer (test/fuzz): updates whose JSON has wrong types made handlers throw (an error logged per update). */

let bot: TestBot;
beforeEach(async () => {
  bot = await createTestBot({ logLevel: "warn" });
});
afterEach(() => bot.close());

type Json = Record<string, unknown>;
const message = (text: string, changes: (m: Json) => void): Json => {
  const update = structuredClone(bot.updates.privateMessage(text, { from: users.siti })) as unknown as Json;
  changes(update.message as Json);
  return update;
};

describe("an update with wrong types inside is dropped, with a warning naming the field, never an error", () => {
  const cases: [string, () => Json, string][] = [
    ["text as a number", () => message("x", (m) => (m.text = 1.5)), "message.text"],
    ["no chat", () => message("dana Kalasuge", (m) => delete m.chat), "message.chat"],
    ["chat id as a string", () => message("dana Kalasuge", (m) => ((m.chat as Json).id = "x")), "message.chat.id"],
    ["no sender in a private chat", () => message("/start", (m) => delete m.from), "message.from"],
    [
      "a message of a channel without a sender, sent as a message",
      () => message("dana Kalasuge", (m) => {
        delete m.from;
        (m.chat as Json).type = "channel";
      }),
      "message.from",
    ],
    ["a channel post from a private chat", () => ({ update_id: 80, channel_post: (message("x", () => undefined).message as Json) }), "channel_post.chat.type"],
    ["a sender id that is not an integer", () => message("/start", (m) => ((m.from as Json).id = 1.5)), "message.from.id"],
    ["a command entity past the end of the text", () => message("/start", (m) => (m.entities = [{ type: "bot_command", offset: 500, length: 9 }])), "message.entities"],
    ["a private chat that is another user's", () => message("/start", (m) => ((m.chat as Json).id = users.budi.id)), "message.private chat of another user"],
    ["update_id as an object", () => ({ ...message("/start", () => undefined), update_id: { id: "x" } }), "update_id"],
    ["the message as a number", () => ({ update_id: 77, message: -1 }), "message"],
    ["an inline query without its text", () => ({ update_id: 78, inline_query: { id: "1", from: users.siti, query: null, offset: "" } }), "inline_query.query"],
    ["a callback query as a number", () => ({ update_id: 79, callback_query: 42 }), "callback_query"],
  ];
  for (const [what, build, field] of cases) {
    it(what, async () => {
      const update = build();
      expect(malformation(update)).toBe(field);
      await bot.app.bot.handleUpdate(update as unknown as Update);
      expect(bot.errors()).toEqual([]);
      expect(bot.recorder.calls).toEqual([]);
      expect(bot.logs.filter((entry) => entry.msg === "malformed update dropped").map((entry) => entry.field)).toEqual([field]);
    });
  }

  it("lets through every update the test kit builds, as Telegram sends them", () => {
    const { updates } = bot;
    const sent = updates.privateMessage("dana Kalasuge");
    for (const update of [
      sent,
      updates.groupMessage("/hadir"),
      updates.command("dana", { args: "Kalasuge" }),
      updates.callbackQuery({ data: "fk:1" }),
      updates.inlineQuery("Kalasuge"),
      updates.editedMessage(sent, "dana Mala"),
      updates.channelPost("Pengumuman"),
    ]) {
      expect(malformation(update)).toBeUndefined();
    }
  });
});
