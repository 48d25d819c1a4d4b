import { Input, Markup, Telegram, TelegramError } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import { LocalBotApi } from "../../src/sandbox/local-bot-api.ts";
import { renderEvents } from "../../src/sandbox/render.ts";
import { SANDBOX_BOT_INFO } from "../../src/sandbox/sandbox-bot.ts";
import { groups, privateChatWith, users } from "../kit/users.ts";

const TOKEN = "999000:local-api-test";
const budiChat = privateChatWith(users.budi);
const NOW = new Date("2026-11-23T02:00:00Z");
const installed: LocalBotApi[] = [];

function localApi(options: ConstructorParameters<typeof LocalBotApi>[0] = {}): { api: LocalBotApi; telegram: Telegram } {
  const api = new LocalBotApi({ token: TOKEN, now: () => NOW, ...options }).install();
  installed.push(api);
  api.rememberChat(budiChat);
  api.rememberChat(groups.bpdSukamaju);
  return { api, telegram: new Telegram(TOKEN) };
}

afterEach(() => {
  for (const api of installed.splice(0)) api.uninstall();
});

async function apiError(call: Promise<unknown>): Promise<TelegramError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TelegramError);
  return error as TelegramError;
}

describe("LocalBotApi answers like Telegram", () => {
  it("swaps Telegram.prototype.callApi while installed and restores it after", async () => {
    expect(Object.hasOwn(Telegram.prototype, "callApi")).toBe(false);
    const { api, telegram } = localApi();
    expect(Object.hasOwn(Telegram.prototype, "callApi")).toBe(true);
    expect(await telegram.getMe()).toEqual(SANDBOX_BOT_INFO);
    api.uninstall();
    expect(Object.hasOwn(Telegram.prototype, "callApi")).toBe(false);
  });

  it("routes each bot token to its own LocalBotApi", async () => {
    const first = localApi();
    const second = new LocalBotApi({ token: "999001:other" }).install();
    installed.push(second);
    second.rememberChat(budiChat);
    await first.telegram.sendMessage(budiChat.id, "satu");
    await new Telegram("999001:other").sendMessage(budiChat.id, "dua");
    expect(first.api.events.map((event) => event.text)).toEqual(["satu"]);
    expect(second.events.map((event) => event.text)).toEqual(["dua"]);
  });

  it("returns a full Message with per-chat increasing ids and records the buttons", async () => {
    const { api, telegram } = localApi();
    const keyboard = Markup.inlineKeyboard([[Markup.button.callback("Hadir", "att:1"), Markup.button.callback("Izin", "att:2")]]);
    const first = await telegram.sendMessage(budiChat.id, "Daftar hadir rapat", keyboard);
    const second = await telegram.sendMessage(budiChat.id, "Kedua");
    const inGroup = await telegram.sendMessage(groups.bpdSukamaju.id, "Di grup");
    expect(first).toEqual({
      message_id: 1,
      date: NOW.getTime() / 1000,
      chat: budiChat,
      from: { id: 999000, is_bot: true, first_name: "Asisten Desa", username: "asisten_desa_bot" },
      text: "Daftar hadir rapat",
      reply_markup: { inline_keyboard: [[{ text: "Hadir", callback_data: "att:1", hide: false }, { text: "Izin", callback_data: "att:2", hide: false }]] },
    });
    expect([second.message_id, inGroup.message_id]).toEqual([2, 1]);
    expect(api.events[0]).toMatchObject({
      kind: "message",
      chatId: budiChat.id,
      messageId: 1,
      buttons: [["Hadir", "Izin"]],
      callbackData: [["att:1", "att:2"]],
    });
    expect(api.latestWithButtons(budiChat.id)?.message.message_id).toBe(1);
  });

  it("shares message ids with incoming messages of the chat", async () => {
    const { api, telegram } = localApi();
    expect(api.nextMessageId(budiChat.id)).toBe(1);
    expect((await telegram.sendMessage(budiChat.id, "balasan")).message_id).toBe(2);
  });

  it("edits text and keyboard; without reply_markup the keyboard goes, as in Telegram", async () => {
    const { api, telegram } = localApi();
    const sent = await telegram.sendMessage(budiChat.id, "Kuorum: 3 dari 7", Markup.inlineKeyboard([Markup.button.callback("Hadir", "h")]));
    const edited = await telegram.editMessageText(budiChat.id, sent.message_id, undefined, "Kuorum: 4 dari 7");
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "Kuorum: 4 dari 7", edit_date: NOW.getTime() / 1000 });
    expect(edited).not.toHaveProperty("reply_markup");
    await telegram.editMessageReplyMarkup(budiChat.id, sent.message_id, undefined, Markup.inlineKeyboard([Markup.button.callback("Tutup", "t")]).reply_markup);
    expect(api.events.slice(1).map((event) => [event.kind, event.text, event.buttons])).toEqual([
      ["edit", "Kuorum: 4 dari 7", []],
      ["edit", "Kuorum: 4 dari 7", [["Tutup"]]],
    ]);
  });

  it("refuses to edit a message that does not exist, or to change nothing", async () => {
    const { telegram } = localApi();
    const missing = await apiError(telegram.editMessageText(budiChat.id, 42, undefined, "baru"));
    expect(missing.code).toBe(400);
    expect(missing.description).toBe("Bad Request: message to edit not found");
    expect(missing.on).toMatchObject({ method: "editMessageText" });

    const sent = await telegram.sendMessage(budiChat.id, "Sama", Markup.inlineKeyboard([Markup.button.callback("A", "a")]));
    const same = await apiError(telegram.editMessageText(budiChat.id, sent.message_id, undefined, "Sama", Markup.inlineKeyboard([Markup.button.callback("A", "a")])));
    expect(same.code).toBe(400);
    expect(same.description).toMatch(/^Bad Request: message is not modified/);
  });

  it("parses HTML and MarkdownV2 like Telegram and rejects what Telegram rejects", async () => {
    const { api, telegram } = localApi();
    await telegram.sendMessage(budiChat.id, "<b>Rapat</b> dibuka &amp; <i>kuorum</i> tercapai", { parse_mode: "HTML" });
    await telegram.sendMessage(budiChat.id, "*Total* Rp1\\.160\\.665\\.000", { parse_mode: "MarkdownV2" });
    expect(api.events.map((event) => event.text)).toEqual(["Rapat dibuka & kuorum tercapai", "Total Rp1.160.665.000"]);

    const html = await apiError(telegram.sendMessage(budiChat.id, "a <x> b", { parse_mode: "HTML" }));
    expect(html.description).toMatch(/^Bad Request: can't parse entities: Unsupported start tag "x"/);
    const markdown = await apiError(telegram.sendMessage(budiChat.id, "Total Rp1.160", { parse_mode: "MarkdownV2" }));
    expect(markdown.description).toContain("Character '.' is reserved");
    expect((await apiError(telegram.sendMessage(budiChat.id, "  "))).description).toBe("Bad Request: message text is empty");
    expect((await apiError(telegram.sendMessage(budiChat.id, "x".repeat(4097)))).description).toBe("Bad Request: message is too long");
  });

  it("rejects callback data over 64 bytes", async () => {
    const { telegram } = localApi();
    const error = await apiError(telegram.sendMessage(budiChat.id, "x", Markup.inlineKeyboard([Markup.button.callback("x", "d".repeat(65))])));
    expect(error.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("answers a callback query once; a second answer is too late", async () => {
    const { api, telegram } = localApi();
    await telegram.answerCbQuery("q1", "Tercatat hadir", { show_alert: true });
    expect(api.events.at(-1)).toMatchObject({ kind: "callbackAnswer", text: "Tercatat hadir", showAlert: true });
    const again = await apiError(telegram.answerCbQuery("q1"));
    expect(again.description).toBe("Bad Request: query is too old and response timeout expired or query ID is invalid");
  });

  it("with knownChatsOnly, refuses chats the bot has never seen, as Telegram does", async () => {
    const { telegram } = localApi({ knownChatsOnly: true });
    const user = await apiError(telegram.sendMessage(777, "halo"));
    expect([user.code, user.description]).toEqual([403, "Forbidden: bot can't initiate conversation with a user"]);
    const group = await apiError(telegram.sendMessage(-1000000000777, "halo"));
    expect([group.code, group.description]).toEqual([400, "Bad Request: chat not found"]);
  });

  it("records documents with their name and keeps their bytes", async () => {
    const { api, telegram } = localApi();
    const sent = await telegram.sendDocument(budiChat.id, Input.fromBuffer(Buffer.from("isi risalah"), "risalah.txt"), { caption: "Risalah rapat" });
    expect(sent).toMatchObject({ document: { file_name: "risalah.txt" }, caption: "Risalah rapat" });
    expect(api.events.at(-1)).toMatchObject({ kind: "document", fileName: "risalah.txt", text: "Risalah rapat" });
    expect(api.documentContent(budiChat.id, sent.message_id)?.toString()).toBe("isi risalah");
  });

  it("records inline answers, deletions, pins and the command menu", async () => {
    const { api, telegram } = localApi();
    await telegram.answerInlineQuery("iq1", [
      { type: "article", id: "kalasuge", title: "Kalasuge", description: "Rp1.160.665.000", input_message_content: { message_text: "x" } },
    ]);
    await telegram.setMyCommands([{ command: "start", description: "Mulai" }]);
    expect(await telegram.getMyCommands()).toEqual([{ command: "start", description: "Mulai" }]);
    const sent = await telegram.sendMessage(budiChat.id, "hapus saya");
    await telegram.pinChatMessage(budiChat.id, sent.message_id);
    expect(await telegram.deleteMessage(budiChat.id, sent.message_id)).toBe(true);
    expect(api.transcript(budiChat.id)).toEqual([]);
    expect((await apiError(telegram.deleteMessage(budiChat.id, 99))).description).toBe("Bad Request: message to delete not found");
    expect(api.events.map((event) => [event.kind, event.method])).toEqual([
      ["inlineAnswer", "answerInlineQuery"],
      ["other", "setMyCommands"],
      ["message", "sendMessage"],
      ["other", "pinChatMessage"],
      ["other", "deleteMessage"],
    ]);
    expect(api.events[0]?.results).toEqual([{ id: "kalasuge", title: "Kalasuge", description: "Rp1.160.665.000" }]);
    expect(await telegram.getChat(groups.bpdSukamaju.id)).toEqual(groups.bpdSukamaju);
  });

  it("remembers custom keyboards until removed, and messages that ask for a reply", async () => {
    const { api, telegram } = localApi();
    await telegram.sendMessage(budiChat.id, "Setuju?", Markup.keyboard([["Ya", "Tidak"]]));
    expect(api.events.at(-1)).toMatchObject({ buttons: [["Ya", "Tidak"]], callbackData: [[null, null]], replyKeyboard: true });
    await telegram.sendMessage(budiChat.id, "Berapa jumlah hadir?", Markup.forceReply());
    expect(api.transcript(budiChat.id).at(-1)?.forceReply).toBe(true);
    expect(api.latestWithButtons(budiChat.id)?.message.text).toBe("Setuju?");
    await telegram.sendMessage(budiChat.id, "Terima kasih", Markup.removeKeyboard());
    expect(api.latestWithButtons(budiChat.id)).toBeUndefined();
  });

  it("carries on from a saved state: message ids, chats and the buttons of earlier messages", async () => {
    const { api, telegram } = localApi();
    await telegram.sendMessage(budiChat.id, "Pilih bahasa", Markup.inlineKeyboard([Markup.button.callback("English", "lang:en")]));
    const saved = JSON.parse(JSON.stringify(api.exportState()));
    api.uninstall();

    const restored = new LocalBotApi({ token: TOKEN, state: saved }).install();
    installed.push(restored);
    expect(restored.chat(budiChat.id)).toEqual(budiChat);
    expect(restored.latestWithButtons(budiChat.id)?.message.text).toBe("Pilih bahasa");
    expect((await new Telegram(TOKEN).sendMessage(budiChat.id, "lanjut")).message_id).toBe(2);
  });
});

describe("render: the bot's output as plain text", () => {
  it("shows messages, buttons, edits, notifications, documents and inline results", async () => {
    const { api, telegram } = localApi();
    const sent = await telegram.sendMessage(
      budiChat.id,
      "Rapat BPD dibuka.",
      Markup.inlineKeyboard([[Markup.button.callback("Hadir", "h"), Markup.button.callback("Izin", "i")], [Markup.button.url("Peraturan", "https://example.org")]]),
    );
    await telegram.editMessageText(budiChat.id, sent.message_id, undefined, "Rapat BPD ditutup.");
    await telegram.answerCbQuery("q", "Tercatat hadir");
    await telegram.answerCbQuery("q2");
    await telegram.sendDocument(budiChat.id, Input.fromBuffer(Buffer.from("x"), "risalah.pdf"), { caption: "Risalah" });
    await telegram.answerInlineQuery("iq", [{ type: "article", id: "1", title: "Kalasuge", description: "Tabukan Utara", input_message_content: { message_text: "x" } }]);
    await telegram.sendChatAction(budiChat.id, "typing");

    expect(renderEvents(api.events)).toBe(
      [
        "Rapat BPD dibuka.\n[Hadir] [Izin]\n[Peraturan (tautan)]",
        "(diubah) Rapat BPD ditutup.",
        "(notifikasi) Tercatat hadir",
        "[dokumen: risalah.pdf]\nRisalah",
        "(hasil inline)\n1. Kalasuge — Tabukan Utara",
      ].join("\n\n"),
    );
  });

  it("numbers the buttons for the terminal chat and names other chats", async () => {
    const { api, telegram } = localApi();
    const sent = await telegram.sendMessage(budiChat.id, "Pilih:", Markup.inlineKeyboard([Markup.button.callback("Ya", "y"), Markup.button.callback("Tidak", "n")]));
    await telegram.sendMessage(groups.bpdSukamaju.id, "Budi memilih.");
    const text = renderEvents(api.events, {
      numbered: { chatId: budiChat.id, messageId: sent.message_id },
      currentChatId: budiChat.id,
      chatName: () => "grup BPD Sukamaju",
    });
    expect(text).toBe("Pilih:\n[1 Ya] [2 Tidak]\n\n(ke grup BPD Sukamaju)\nBudi memilih.");
    expect(renderEvents(api.events, { numbered: true }).split("\n")[1]).toBe("[1 Ya] [2 Tidak]");
  });
});
