import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startWebhook } from "../../src/transports/webhook.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";

const SECRET = "rahasia_webhook_yang_panjang_1234";
const TIMEOUT_MS = 400;

let bot: TestBot;
let url: string;
let stop: () => Promise<void>;

beforeEach(async () => {
  bot = await createTestBot();
  const webhook = await startWebhook(bot.app, bot.logger, {
    url: "http://127.0.0.1/telegram/hook",
    secret: SECRET,
    port: 0,
    host: "127.0.0.1",
    register: false,
    timeoutMs: TIMEOUT_MS,
  });
  url = `http://127.0.0.1:${webhook.port}/telegram/hook`;
  stop = () => {
    webhook.server.closeAllConnections();
    return webhook.stop("test");
  };
});
afterEach(async () => {
  await stop();
  await bot.close();
});

const post = (body: string, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
const sentTexts = () => bot.api.events.filter((event) => event.kind === "message").map((event) => event.text);

describe("webhook: requests that are refused change nothing", () => {
  it("403 without the secret token or with a wrong one", async () => {
    const update = bot.updates.command("bahasa", { args: "en", from: users.siti });
    expect((await post(JSON.stringify(update), {})).status).toBe(403);
    expect((await post(JSON.stringify(update), { "x-telegram-bot-api-secret-token": "salah" })).status).toBe(403);
    const sameLength = SECRET.slice(0, -1) + "X";
    expect((await post(JSON.stringify(update), { "x-telegram-bot-api-secret-token": sameLength })).status).toBe(403);
    expect(bot.store.updates.isProcessed(update.update_id)).toBe(false);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("id");
    expect(bot.recorder.calls).toEqual([]);
  });

  it("400 for a body that is not JSON, not an update, or too large", async () => {
    const bodies = [
      "{not json",
      "[]",
      '"update"',
      JSON.stringify({ message: { text: "/start" } }),
      JSON.stringify({ update_id: 5 }),
      JSON.stringify({ update_id: -1, message: {} }),
      JSON.stringify({ update_id: 5, message: "teks" }),
      JSON.stringify({ update_id: 5, message: {}, callback_query: {} }),
      JSON.stringify({ ...bot.updates.command("start"), padding: "x".repeat(2 * 1024 * 1024) }),
    ];
    for (const body of bodies) expect((await post(body)).status, body.slice(0, 60)).toBe(400);
    expect(bot.recorder.calls).toEqual([]);
  });

  it("404 on another path, 405 for anything but POST", async () => {
    expect((await fetch(url.replace("/hook", "/lain"), { method: "POST", body: "{}" })).status).toBe(404);
    expect((await fetch(url, { method: "GET" })).status).toBe(405);
  });
});

describe("webhook: acknowledged only once the update is handled", () => {
  it("answers 200 after the change committed and the reply was sent", async () => {
    const update = bot.updates.command("bahasa", { args: "en", from: users.siti });
    const response = await post(JSON.stringify(update));
    expect(response.status).toBe(200);
    expect(bot.store.updates.isProcessed(update.update_id)).toBe(true);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    expect(sentTexts()).toEqual(["This chat now uses English."]);
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect(sentTexts()).toHaveLength(1);
  });

  it("answers a button press by an API call, never in the HTTP response (which would acknowledge it early)", async () => {
    const response = await post(JSON.stringify(bot.updates.callbackQuery({ data: "lang:en", from: users.siti })));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(bot.recorder.callbackAnswers()).toHaveLength(1);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
  });

  it("a handler slower than the timeout gets 503; Telegram's redeliveries, during and after, add no second effect or reply", async () => {
    const update = bot.updates.command("bahasa", { args: "en", from: users.siti });
    bot.recorder.delayNext("sendMessage", 3 * TIMEOUT_MS);
    const started = Date.now();
    const first = await post(JSON.stringify(update));
    expect(first.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3 * TIMEOUT_MS);

    // Telegram retries while the first delivery is still running: the retry waits behind it in the chat's queue.
    const during = await post(JSON.stringify(update));
    expect([200, 503]).toContain(during.status);

    await waitUntil(() => sentTexts().length === 1);
    const after = await post(JSON.stringify(update));
    expect(after.status).toBe(200);
    expect(sentTexts()).toEqual(["This chat now uses English."]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    expect(bot.errors()).toEqual([]);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
