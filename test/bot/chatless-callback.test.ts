import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Update } from "telegraf/types";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";

/** Found by the fuzzer (test/fuzz): a feature answering a press by replying into its chat threw when there was none. */

let bot: TestBot;
beforeEach(async () => {
  bot = await createTestBot();
});
afterEach(() => bot.close());

describe("a button press without its message (an inline-mode message, or forged)", () => {
  it("is answered as no longer valid instead of failing to reply into no chat", async () => {
    const update: Update.CallbackQueryUpdate = {
      update_id: 90,
      callback_query: { id: "q-90", from: users.siti, chat_instance: "1", inline_message_id: "inline-1", data: "mF:dynamic" },
    };
    const events = await bot.send(update);
    expect(bot.errors()).toEqual([]);
    expect(events).toMatchObject([{ kind: "callbackAnswer", text: "Tombol ini sudah tidak berlaku. Silakan minta lagi.", showAlert: true }]);
  });
});
