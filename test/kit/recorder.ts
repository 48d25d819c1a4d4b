import type { ResponseParameters } from "telegraf/types";
import { botApiError } from "../../src/sandbox/bot-api-errors.ts";
import type { ApiCall, OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { LocalBotApi, type LocalBotApiOptions } from "../../src/sandbox/local-bot-api.ts";

/** An `ok: false` answer of the Bot API. */
export interface TelegramFailure {
  readonly code: number;
  readonly description: string;
  readonly parameters?: ResponseParameters;
}

/** The answers Telegram gives that the bot must survive (descriptions as Telegram words them). */
export const telegramFailures = {
  flood: (retryAfterSeconds: number): TelegramFailure => ({
    code: 429,
    description: `Too Many Requests: retry after ${retryAfterSeconds}`,
    parameters: { retry_after: retryAfterSeconds },
  }),
  blocked: { code: 403, description: "Forbidden: bot was blocked by the user" },
  kicked: { code: 403, description: "Forbidden: bot was kicked from the supergroup chat" },
  chatNotFound: { code: 400, description: "Bad Request: chat not found" },
  notModified: {
    code: 400,
    description:
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  },
  editNotFound: { code: 400, description: "Bad Request: message to edit not found" },
  cantEdit: { code: 400, description: "Bad Request: message can't be edited" },
  badEntities: { code: 400, description: "Bad Request: can't parse entities: unsupported start tag" },
} as const satisfies Record<string, TelegramFailure | ((seconds: number) => TelegramFailure)>;

export interface InterceptOptions {
  /** How many matching calls are affected (default 1). */
  readonly times?: number;
  /** Only calls whose payload passes. */
  readonly when?: (payload: Record<string, unknown>) => boolean;
}

/** What the bot sent, seen from a test. */
export interface TelegramRecorder {
  readonly api: LocalBotApi;
  /** Every Bot API call as made (method and payload), also those made to fail. */
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
  /** The next matching calls of `method` fail with `failure` and change nothing, as Telegram would answer. */
  failNext(method: string, failure: TelegramFailure, options?: InterceptOptions): void;
  /** The next matching calls of `method` are answered only after `ms` (a slow network or a slow Telegram). */
  delayNext(method: string, ms: number, options?: InterceptOptions): void;
  /** Forgets what was recorded so far (the chat transcript stays, so buttons can still be pressed). */
  clear(): void;
  /** Stops answering Bot API calls locally. */
  restore(): void;
}

interface Interception extends InterceptOptions {
  readonly method: string;
  readonly failure?: TelegramFailure;
  readonly delayMs?: number;
  left: number;
}

/**
 * Answers Telegraf's Bot API calls with a LocalBotApi (Telegram.prototype.callApi is replaced, because
 * Telegraf builds a new Telegram per update) and records them. Call restore() when done.
 */
export function recordTelegramCalls(options: LocalBotApiOptions = {}): TelegramRecorder {
  const api = new LocalBotApi(options).install();
  const interceptions: Interception[] = [];
  const answer = api.call.bind(api);
  // The route calls api.call at each call, so replacing it on the instance intercepts every Bot API call.
  api.call = async (method, payload) => {
    const found = interceptions.find((entry) => entry.method === method && entry.left > 0 && (entry.when?.(payload) ?? true));
    if (!found) return answer(method, payload);
    found.left--;
    if (found.delayMs) await new Promise((resolve) => setTimeout(resolve, found.delayMs));
    if (!found.failure) return answer(method, payload);
    api.calls.push({ method, payload });
    const { code, description, parameters } = found.failure;
    throw botApiError(code, description, { method, payload }, parameters);
  };
  const intercept = (entry: Omit<Interception, "left">) => interceptions.push({ ...entry, left: entry.times ?? 1 });
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
    failNext: (method, failure, interceptOptions = {}) => intercept({ method, failure, ...interceptOptions }),
    delayNext: (method, delayMs, interceptOptions = {}) => intercept({ method, delayMs, ...interceptOptions }),
    clear: () => {
      api.events.length = 0;
      api.calls.length = 0;
    },
    restore: () => {
      interceptions.length = 0;
      api.uninstall();
    },
  };
}
