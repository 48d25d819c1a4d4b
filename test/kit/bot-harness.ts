import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import type { Chat, Update, User } from "telegraf/types";
import { createApp, type App } from "../../src/app.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { findButton } from "../../src/sandbox/keyboard.ts";
import { keyboardOf, type LocalBotApi } from "../../src/sandbox/local-bot-api.ts";
import { SANDBOX_BOT_INFO } from "../../src/sandbox/sandbox-bot.ts";
import { UpdateFactory, type ConversationChat } from "../../src/sandbox/update-factory.ts";
import { recordTelegramCalls, type TelegramRecorder } from "./recorder.ts";
import { freshTestDatabase } from "./test-database.ts";
import { updateBuilders, type UpdateBuilders } from "./updates.ts";
import { privateChatWith, users } from "./users.ts";

/** A Monday morning in Jakarta: the harness's time unless a test sets another. */
export const DEFAULT_TEST_CLOCK = "2026-11-23T09:00:00";

export interface TestBotOptions {
  /** The bot's time, ISO 8601 in `timeZone`. */
  readonly clock?: string;
  readonly timeZone?: string;
  /** Refuse chats Telegram would refuse (a private chat whose user never wrote to the bot gets 403). */
  readonly knownChatsOnly?: boolean;
  /** Lowest level kept in `logs`; default LOG_LEVEL or "warn". */
  readonly logLevel?: string;
  /** ADMIN_TELEGRAM_IDS of the bot under test. */
  readonly adminIds?: readonly number[];
}

export interface SendOptions {
  /** Default: users.budi. */
  readonly from?: User;
  /** Default: the sender's private chat with the bot. */
  readonly chat?: ConversationChat;
}

export interface LogEntry {
  readonly level: number;
  readonly msg?: string;
  readonly [field: string]: unknown;
}

export interface TestBot {
  readonly app: App;
  readonly bot: App["bot"];
  readonly store: App["store"];
  readonly api: LocalBotApi;
  readonly recorder: TelegramRecorder;
  /** Update builders whose message ids follow this bot's chats. */
  readonly updates: UpdateBuilders;
  readonly databasePath: string;
  /** The bot's logger, for parts a test wires itself (a webhook); what it writes lands in `logs`. */
  readonly logger: Logger;
  /** What the bot logged (pino JSON objects). */
  readonly logs: readonly LogEntry[];
  /** Logged errors: the error boundary swallows failures, so assert this is empty. */
  errors(): LogEntry[];
  now(): DateTime;
  setClock(iso: string): void;
  /** Handles one update; returns what the bot did for it. */
  send(update: Update): Promise<OutgoingEvent[]>;
  sendText(text: string, options?: SendOptions): Promise<OutgoingEvent[]>;
  /** Presses a button (label, case-insensitive, or unique prefix) of the latest bot message with buttons in the chat. */
  press(label: string, options?: SendOptions): Promise<OutgoingEvent[]>;
  inline(query: string, options?: SendOptions): Promise<OutgoingEvent[]>;
  close(): Promise<void>;
}

/** The whole bot (real store on a fresh copy of the template database) behind a local Bot API. */
export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const timeZone = options.timeZone ?? "Asia/Jakarta";
  let clock = parseClock(options.clock ?? DEFAULT_TEST_CLOCK, timeZone);
  const dir = mkdtempSync(join(tmpdir(), "asisten-desa-test-"));
  const databasePath = await freshTestDatabase(dir);
  const token = `${SANDBOX_BOT_INFO.id}:test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const recorder = recordTelegramCalls({ token, knownChatsOnly: options.knownChatsOnly ?? false, now: () => clock.toJSDate() });
  const { api } = recorder;
  const logs: LogEntry[] = [];
  // The bot's own logger configuration (redaction, error serializer), writing into `logs`.
  const logger = createLogger(options.logLevel ?? process.env.LOG_LEVEL ?? "warn", undefined, {
    write: (line: string) => void logs.push(JSON.parse(line) as LogEntry),
  });
  let app: App;
  try {
    app = await createApp({
      databaseUrl: `file:${databasePath}`,
      timeZone,
      logger,
      botToken: token,
      clock: () => clock,
      adminIds: options.adminIds ?? [],
    });
  } catch (error) {
    recorder.restore();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  app.bot.botInfo = SANDBOX_BOT_INFO;
  const factory = new UpdateFactory({ messageIds: (chatId) => api.nextMessageId(chatId), now: () => clock.toJSDate() });
  const updates = updateBuilders(factory);
  const chatOf = (sendOptions: SendOptions) => sendOptions.chat ?? privateChatWith(sendOptions.from ?? users.budi);

  const send = async (update: Update): Promise<OutgoingEvent[]> => {
    const chat = chatIn(update);
    if (chat) api.rememberChat(chat);
    const before = api.events.length;
    await app.bot.handleUpdate(update);
    return api.events.slice(before);
  };

  const sendText = (text: string, sendOptions: SendOptions = {}) =>
    send(factory.message(text, { from: sendOptions.from ?? users.budi, chat: chatOf(sendOptions) }));

  return {
    app,
    bot: app.bot,
    store: app.store,
    api,
    recorder,
    updates,
    databasePath,
    logger,
    logs,
    errors: () => logs.filter((entry) => entry.level >= 50),
    now: () => clock,
    setClock: (iso) => {
      clock = parseClock(iso, timeZone);
    },
    send,
    sendText,
    press: async (label, sendOptions = {}) => {
      const chat = chatOf(sendOptions);
      const entry = api.latestWithButtons(chat.id);
      if (!entry) throw new Error(`No bot message with buttons in chat ${chat.id}.`);
      const match = findButton(keyboardOf(entry), label);
      if (!match.ok) throw new Error(`No single button "${label}" (${match.reason}); buttons: ${match.candidates.join(" | ")}`);
      const { action } = match.button;
      if (action.type === "text") return sendText(match.button.label, sendOptions);
      if (action.type !== "callback") throw new Error(`Button "${match.button.label}" is a ${action.type} button, not a callback button.`);
      return send(factory.callbackQuery({ from: sendOptions.from ?? users.budi, message: entry.message, data: action.data }));
    },
    inline: (query, sendOptions = {}) =>
      send(factory.inlineQuery(query, { from: sendOptions.from ?? users.budi, chat: chatOf(sendOptions) })),
    close: async () => {
      recorder.restore();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function parseClock(iso: string, timeZone: string): DateTime {
  const time = DateTime.fromISO(iso, { zone: timeZone });
  if (!time.isValid) throw new Error(`Invalid clock "${iso}": ${time.invalidExplanation ?? time.invalidReason}`);
  return time;
}

/** The chat an incoming update belongs to, so the local Bot API knows it as Telegram would. */
function chatIn(update: Update): Chat | undefined {
  if ("message" in update) return update.message.chat;
  if ("edited_message" in update) return update.edited_message.chat;
  if ("channel_post" in update) return update.channel_post.chat;
  if ("callback_query" in update) return update.callback_query.message?.chat;
  if ("my_chat_member" in update) return update.my_chat_member.chat;
  return undefined;
}
