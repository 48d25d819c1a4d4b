import type { ApiCall, OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { LocalBotApi, type LocalBotApiOptions } from "../../src/sandbox/local-bot-api.ts";

/** What the bot sent, seen from a test. */
export interface TelegramRecorder {
  readonly api: LocalBotApi;
  /** Every Bot API call as made (method and payload). */
  readonly calls: readonly ApiCall[];
  /** Everything visible the bot did, in order (messages, edits, callback answers, documents...). */
  readonly events: readonly OutgoingEvent[];
  /** New messages and documents, optionally only those to one chat. */
  messages(chatId?: number): OutgoingEvent[];
  /** The text of the latest message or edit (optionally in one chat). */
  lastText(chatId?: number): string | undefined;
  /** Texts of all messages and edits sent to a chat, in order. */
  textsTo(chatId: number): string[];
  /** The button labels of the latest message or edit that has buttons (optionally in one chat). */
  buttons(chatId?: number): string[][];
  callbackAnswers(): OutgoingEvent[];
  /** Forgets what was recorded so far (the chat transcript stays, so buttons can still be pressed). */
  clear(): void;
  /** Stops answering Bot API calls locally. */
  restore(): void;
}

/**
 * Answers Telegraf's Bot API calls with a LocalBotApi (Telegram.prototype.callApi is replaced, because
 * Telegraf builds a new Telegram per update) and records them. Call restore() when done.
 */
export function recordTelegramCalls(options: LocalBotApiOptions = {}): TelegramRecorder {
  const api = new LocalBotApi(options).install();
  const inChat = (chatId: number | undefined) => (event: OutgoingEvent) => chatId === undefined || event.chatId === chatId;
  const shown = (event: OutgoingEvent) => event.kind === "message" || event.kind === "edit";
  return {
    api,
    calls: api.calls,
    events: api.events,
    messages: (chatId) => api.events.filter((event) => (event.kind === "message" || event.kind === "document") && inChat(chatId)(event)),
    lastText: (chatId) => api.events.filter((event) => shown(event) && inChat(chatId)(event)).at(-1)?.text,
    textsTo: (chatId) => api.events.filter((event) => shown(event) && event.chatId === chatId).map((event) => event.text ?? ""),
    buttons: (chatId) => api.events.filter((event) => event.buttons.length > 0 && inChat(chatId)(event)).at(-1)?.buttons ?? [],
    callbackAnswers: () => api.events.filter((event) => event.kind === "callbackAnswer"),
    clear: () => {
      api.events.length = 0;
      api.calls.length = 0;
    },
    restore: () => api.uninstall(),
  };
}
