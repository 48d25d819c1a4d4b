import { pino } from "pino";
import { Telegram } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { retryOnFlood } from "../../src/bot/telegram-retry.ts";
import { createTestBot, type LogEntry, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, linkedMembers, setUpCouncil } from "../kit/council.ts";
import { recordTelegramCalls, telegramFailures, type TelegramFailure, type TelegramRecorder } from "../kit/recorder.ts";
import { users } from "../kit/users.ts";

let bot: TestBot | undefined;
let recorder: TelegramRecorder | undefined;
afterEach(async () => {
  await bot?.close();
  recorder?.restore();
  bot = recorder = undefined;
});

const messages = (events: readonly OutgoingEvent[]) => events.filter((event) => event.kind === "message").map((event) => event.text);
const callsOf = (testBot: TestBot, method: string) => testBot.recorder.calls.filter((call) => call.method === method);
const warnings = (testBot: TestBot) => testBot.logs.filter((entry: LogEntry) => entry.level === 40);

const RECORDED_ID = "Permintaan ini sudah dicatat, tetapi balasannya tidak dapat ditampilkan. Tidak perlu diulang.";
const RECORDED_EN = "This request was recorded, but its reply could not be shown. There is no need to repeat it.";

describe("retryOnFlood: 429 Too Many Requests", () => {
  const TOKEN = "7:flood-test";
  const silent = pino({ level: "silent" });
  const telegramWith = (options: Parameters<typeof retryOnFlood>[2]) => retryOnFlood(new Telegram(TOKEN), silent, options);
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  afterEach(() => void (waits.length = 0));

  it("waits each retry_after and calls again until the call goes through", async () => {
    recorder = recordTelegramCalls({ token: TOKEN });
    recorder.failNext("sendMessage", telegramFailures.flood(2), { times: 2 });
    const sent = await telegramWith({ sleep }).sendMessage(5, "halo");
    expect(sent.message_id).toBeGreaterThan(0);
    expect(waits).toEqual([2000, 2000]);
    expect(recorder.calls.filter((call) => call.method === "sendMessage")).toHaveLength(3);
  });

  it("gives up after maxRetries, and never starts a wait that would pass the cap", async () => {
    recorder = recordTelegramCalls({ token: TOKEN });
    recorder.failNext("sendMessage", telegramFailures.flood(1), { times: 3 });
    await expect(telegramWith({ sleep, maxRetries: 2 }).sendMessage(5, "halo")).rejects.toMatchObject({ code: 429 });
    expect(waits).toEqual([1000, 1000]);

    waits.length = 0;
    recorder.failNext("sendMessage", telegramFailures.flood(30));
    await expect(telegramWith({ sleep, maxTotalWaitMs: 20_000 }).sendMessage(5, "halo")).rejects.toMatchObject({ code: 429 });
    expect(waits).toEqual([]);
  });

  it("retries nothing but 429, and leaves getUpdates to Telegraf's polling", async () => {
    recorder = recordTelegramCalls({ token: TOKEN });
    recorder.failNext("sendMessage", telegramFailures.blocked);
    await expect(telegramWith({ sleep }).sendMessage(5, "halo")).rejects.toMatchObject({ code: 403 });
    recorder.failNext("getUpdates", telegramFailures.flood(1));
    await expect(telegramWith({ sleep }).callApi("getUpdates", {})).rejects.toMatchObject({ code: 429 });
    expect(waits).toEqual([]);
  });
});

describe("Telegram refusals through handleUpdate", () => {
  it("a 429 on the reply is waited out (logged at warn) and the reply sent once", async () => {
    bot = await createTestBot();
    bot.recorder.failNext("sendMessage", telegramFailures.flood(1));
    const started = Date.now();
    const events = await bot.send(bot.updates.command("bahasa", { args: "en", from: users.siti }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(messages(events)).toEqual(["This chat now uses English."]);
    expect(callsOf(bot, "sendMessage")).toHaveLength(2);
    expect(warnings(bot).map((entry) => entry.msg)).toContain("telegram flood limit: waiting, then calling again");
    expect(bot.errors()).toEqual([]);
  });

  it("a 429 longer than the cap is not waited for; the change is kept and the user told it was recorded", async () => {
    bot = await createTestBot();
    bot.recorder.failNext("sendMessage", telegramFailures.flood(3600));
    const started = Date.now();
    const events = await bot.send(bot.updates.command("bahasa", { args: "en", from: users.siti }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(messages(events)).toEqual([RECORDED_EN]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
  });

  it("a reply that fails after the change committed does not claim that nothing was changed", async () => {
    bot = await createTestBot();
    bot.recorder.failNext("sendMessage", telegramFailures.badEntities);
    const update = bot.updates.command("bahasa", { args: "en", from: users.siti });
    expect(messages(await bot.send(update))).toEqual([RECORDED_EN]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    // Telegram's redelivery changes nothing and says nothing.
    expect(await bot.send(update)).toEqual([]);
  });

  it("a failure before anything committed says that nothing was changed", async () => {
    bot = await createTestBot();
    bot.recorder.failNext("sendMessage", telegramFailures.badEntities);
    const events = await bot.send(bot.updates.command("start"));
    expect(messages(events)).toEqual(["Maaf, terjadi kesalahan saat memproses permintaan ini. Tidak ada yang diubah; silakan coba lagi."]);
  });

  const unreachable: [string, TelegramFailure][] = [
    ["403 bot was blocked by the user", telegramFailures.blocked],
    ["400 chat not found", telegramFailures.chatNotFound],
  ];

  it.each(unreachable)("%s: the committed change stays, nobody is written to, only a warning is logged", async (_name, failure) => {
    bot = await createTestBot();
    bot.recorder.failNext("sendMessage", failure);
    const update = bot.updates.command("bahasa", { args: "en", from: users.siti });
    expect(await bot.send(update)).toEqual([]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    expect(callsOf(bot, "sendMessage")).toHaveLength(1);
    expect(warnings(bot)).toContainEqual(expect.objectContaining({ msg: "reply failed after the update committed", telegram: "unreachable" }));
    expect(bot.errors()).toEqual([]);
    expect(await bot.send(update)).toEqual([]);
  });

  it.each(unreachable)("%s on a button press: the press is still answered, and says it was recorded", async (_name, failure) => {
    bot = await createTestBot();
    await bot.sendText("/bahasa", { from: users.siti });
    bot.recorder.failNext("sendMessage", failure);
    const events = await bot.press("English", { from: users.siti });
    expect(events.filter((event) => event.kind === "callbackAnswer")).toEqual([
      expect.objectContaining({ text: RECORDED_EN, showAlert: true }),
    ]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    expect(bot.errors()).toEqual([]);
  });
});

describe("edits of the council's live board that Telegram refuses", () => {
  const chat = councilChat;
  const member = linkedMembers[0]!;

  async function councilWithBoard(): Promise<{ testBot: TestBot; signedIn: () => Promise<number> }> {
    const testBot = await createTestBot({ clock: "2026-11-23T09:00:00" });
    await setUpCouncil(testBot);
    await testBot.sendText("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa", { from: councilChair, chat });
    const councilId = (await testBot.store.council.byChat(chat.id))!.id;
    const signedIn = async () => {
      const session = await testBot.store.council.liveSession(councilId);
      return session!.events.filter((event) => event.type === "memberSignedIn").length;
    };
    return { testBot, signedIn };
  }

  it("message is not modified: the sign-in is kept and nothing else is sent", async () => {
    const { testBot, signedIn } = await councilWithBoard();
    bot = testBot;
    bot.recorder.failNext("editMessageText", telegramFailures.notModified);
    const events = await bot.sendText("/hadir", { from: member, chat });
    expect(await signedIn()).toBe(1);
    expect(events.filter((event) => (event.text ?? "").startsWith("📋"))).toEqual([]);
    expect(bot.errors()).toEqual([]);
  });

  it.each([
    ["message to edit not found", telegramFailures.editNotFound],
    ["message can't be edited", telegramFailures.cantEdit],
  ])("%s: the sign-in is kept and the board is sent anew", async (_name, failure) => {
    const { testBot, signedIn } = await councilWithBoard();
    bot = testBot;
    bot.recorder.failNext("editMessageText", failure);
    const events = await bot.sendText("/hadir", { from: member, chat });
    expect(await signedIn()).toBe(1);
    expect(events.filter((event) => event.kind === "message" && (event.text ?? "").startsWith("📋"))).toHaveLength(1);
    expect(bot.errors()).toEqual([]);
  });

  it("a board that can be neither edited nor sent (bot removed): the press is kept and answered", async () => {
    const { testBot, signedIn } = await councilWithBoard();
    bot = testBot;
    bot.recorder.failNext("editMessageText", telegramFailures.editNotFound);
    bot.recorder.failNext("sendMessage", telegramFailures.kicked);
    const events = await bot.press("✋ Hadir", { from: member, chat });
    expect(await signedIn()).toBe(1);
    expect(events.filter((event) => event.kind === "callbackAnswer")).toEqual([
      expect.objectContaining({ text: RECORDED_ID, showAlert: true }),
    ]);
    expect(bot.errors()).toEqual([]);
  });
});
