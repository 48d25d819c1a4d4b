import { TelegramError } from "telegraf";
import type { Chat, InlineKeyboardMarkup, User, UserFromGetMe } from "telegraf/types";
import { badRequest, botApiError } from "./bot-api-errors.ts";
import type { ApiCall, BotMessage, InlineResultView, LocalBotApiState, OutgoingEvent, TranscriptEntry } from "./bot-api-types.ts";
import { ANY_TOKEN, routeBotApi, type BotApiHandler } from "./call-api-patch.ts";
import { readDocument } from "./document-file.ts";
import { callbackDataOf, inlineKeyboardOf, isForceReply, labelsOf, removesReplyKeyboard, replyKeyboardOf } from "./keyboard.ts";
import { inlineMarkupOf, keyboardOf, sameMarkup, shownKeyboard, validateMarkup, type ShownKeyboard } from "./message-markup.ts";
import { SANDBOX_BOT_INFO } from "./sandbox-bot.ts";
import { MAX_CAPTION_LENGTH, MAX_MESSAGE_LENGTH, visibleText } from "./telegram-text.ts";

export type { ApiCall, BotMessage, LocalBotApiState, OutgoingEvent, TranscriptEntry } from "./bot-api-types.ts";
export { keyboardOf } from "./message-markup.ts";

export interface LocalBotApiOptions {
  readonly botInfo?: UserFromGetMe;
  /** Answer only for the bot with this token; by default every bot in the process is answered locally. */
  readonly token?: string;
  /**
   * Behave like Telegram towards chats it has not seen: a private chat whose user never wrote to the bot
   * gets 403 "bot can't initiate conversation with a user", an unknown group 400 "chat not found".
   * Otherwise unknown chats are made up on first use (convenient in unit tests).
   */
  readonly knownChatsOnly?: boolean;
  /** The time stamped on sent messages; the sandbox passes the bot's clock. */
  readonly now?: () => Date;
  readonly state?: LocalBotApiState;
  /** How many recent bot messages per chat are kept (and saved) so their buttons can be pressed. */
  readonly transcriptLimit?: number;
}

type Payload = Record<string, unknown>;
const MAX_CALLBACK_ANSWER_LENGTH = 200;
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content " +
  "and reply markup of the message";

/** Answers Bot API methods inside the process the way Telegram would, and remembers what the bot did. */
export class LocalBotApi implements BotApiHandler {
  readonly botInfo: UserFromGetMe;
  /** Everything the bot did that a person would notice, in order; see takeEvents(). */
  readonly events: OutgoingEvent[] = [];
  readonly calls: ApiCall[] = [];
  now: () => Date;
  private readonly token: string;
  private readonly knownChatsOnly: boolean;
  private readonly transcriptLimit: number;
  private chats = new Map<number, Chat>();
  private lastMessageIds = new Map<number, number>();
  private transcripts = new Map<number, TranscriptEntry[]>();
  private readonly answeredQueries = new Set<string>();
  private readonly documents = new Map<string, Buffer>();
  private commands: unknown[] = [];
  private removeRoute: (() => void) | undefined;

  constructor(options: LocalBotApiOptions = {}) {
    this.botInfo = options.botInfo ?? SANDBOX_BOT_INFO;
    this.token = options.token ?? ANY_TOKEN;
    this.knownChatsOnly = options.knownChatsOnly ?? false;
    this.transcriptLimit = options.transcriptLimit ?? 50;
    this.now = options.now ?? (() => new Date());
    if (options.state) this.loadState(options.state);
  }

  /** Starts answering Telegraf's Bot API calls (Telegram.prototype.callApi is swapped). */
  install(): this {
    if (!this.removeRoute) this.removeRoute = routeBotApi(this.token, this);
    return this;
  }

  uninstall(): void {
    this.removeRoute?.();
    this.removeRoute = undefined;
  }

  get installed(): boolean {
    return this.removeRoute !== undefined;
  }

  /** Makes a chat known, as Telegram knows a chat once someone in it has written to the bot. */
  rememberChat(chat: Chat): void {
    this.chats.set(chat.id, chat);
  }

  chat(chatId: number): Chat | undefined {
    return this.chats.get(chatId);
  }

  /** Message ids are per chat and shared by users and bot; incoming messages take theirs from here too. */
  nextMessageId(chatId: number): number {
    const next = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, next);
    return next;
  }

  /** The recent bot messages in a chat, oldest first. */
  transcript(chatId: number): readonly TranscriptEntry[] {
    return this.transcripts.get(chatId) ?? [];
  }

  /** The newest bot message in the chat that still shows buttons: the one a person would tap. */
  latestWithButtons(chatId: number): TranscriptEntry | undefined {
    return this.transcript(chatId).findLast((entry) => keyboardOf(entry).length > 0);
  }

  /** Returns the events recorded since the last call and forgets them. */
  takeEvents(): OutgoingEvent[] {
    return this.events.splice(0, this.events.length);
  }

  /** The bytes of a document the bot sent (kept in memory only, not in the saved state). */
  documentContent(chatId: number, messageId: number): Buffer | undefined {
    return this.documents.get(`${chatId}:${messageId}`);
  }

  exportState(): LocalBotApiState {
    return structuredClone({
      chats: Object.fromEntries(this.chats),
      lastMessageIds: Object.fromEntries(this.lastMessageIds),
      transcript: Object.fromEntries(this.transcripts),
    });
  }

  loadState(state: LocalBotApiState): void {
    const byChat = <T>(record: Record<string, T>) =>
      new Map(Object.entries(structuredClone(record)).map(([id, value]) => [Number(id), value]));
    this.chats = byChat(state.chats);
    this.lastMessageIds = byChat(state.lastMessageIds);
    this.transcripts = byChat(state.transcript) as Map<number, TranscriptEntry[]>;
  }

  async call(method: string, payload: Payload): Promise<unknown> {
    this.calls.push({ method, payload });
    try {
      return await this.dispatch(method, payload);
    } catch (error) {
      if (error instanceof TelegramError) throw botApiError(error.code, error.description, { method, payload }, error.parameters);
      throw error;
    }
  }

  private async dispatch(method: string, payload: Payload): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "sendMessage":
        return this.sendMessage(payload);
      case "sendDocument":
        return this.sendDocument(payload);
      case "editMessageText":
      case "editMessageCaption":
      case "editMessageReplyMarkup":
        return this.editMessage(method, payload);
      case "deleteMessage":
        return this.deleteMessage(payload);
      case "answerCallbackQuery":
        return this.answerCallbackQuery(payload);
      case "answerInlineQuery":
        return this.answerInlineQuery(payload);
      case "getChat":
        return this.existingChat(payload.chat_id);
      case "setMyCommands":
        this.commands = Array.isArray(payload.commands) ? payload.commands : [];
        return this.other(method, payload);
      case "getMyCommands":
        return this.commands;
      case "deleteMyCommands":
        this.commands = [];
        return this.other(method, payload);
      default:
        if (/^send(?!ChatAction)/.test(method)) return this.sendOther(method, payload);
        return this.other(method, payload);
    }
  }

  private sendMessage(payload: Payload): BotMessage {
    const chat = this.chatFor(payload.chat_id);
    const text = visibleText(String(payload.text ?? ""), parseModeOf(payload));
    if (text === "") throw badRequest("message text is empty");
    if (text.length > MAX_MESSAGE_LENGTH) throw badRequest("message is too long");
    const entry = this.store(chat, { text }, payload.reply_markup);
    this.record(chat.id, "message", "sendMessage", { messageId: entry.message.message_id, text }, shownKeyboard(entry));
    return entry.message;
  }

  private async sendDocument(payload: Payload): Promise<BotMessage> {
    const chat = this.chatFor(payload.chat_id);
    const caption = this.caption(payload);
    const { fileName, content } = await readDocument(payload.document);
    const fileId = `sandbox-document-${chat.id}-${(this.lastMessageIds.get(chat.id) ?? 0) + 1}`;
    const document = { file_id: fileId, file_unique_id: fileId, file_name: fileName };
    const entry = this.store(chat, { document, ...(caption ? { caption } : {}) }, payload.reply_markup);
    const messageId = entry.message.message_id;
    if (content) this.documents.set(`${chat.id}:${messageId}`, content);
    this.record(chat.id, "document", "sendDocument", { messageId, text: caption, fileName }, shownKeyboard(entry));
    return entry.message;
  }

  private sendOther(method: string, payload: Payload): BotMessage {
    const chat = this.chatFor(payload.chat_id);
    const caption = this.caption(payload);
    const entry = this.store(chat, caption ? { caption } : {}, payload.reply_markup);
    this.record(chat.id, "other", method, { messageId: entry.message.message_id, text: caption }, shownKeyboard(entry));
    return entry.message;
  }

  private editMessage(method: string, payload: Payload): BotMessage | true {
    const inline = inlineMarkupOf(payload.reply_markup);
    if (payload.inline_message_id) {
      const text = typeof payload.text === "string" ? visibleText(payload.text, parseModeOf(payload)) : undefined;
      this.record(undefined, "edit", method, { text }, { keyboard: inlineKeyboardOf(inline) ?? [], replyKeyboard: false });
      return true;
    }
    const chat = this.existingChat(payload.chat_id);
    const entries = this.transcripts.get(chat.id) ?? [];
    const index = entries.findIndex((entry) => entry.message.message_id === Number(payload.message_id));
    const entry = entries[index];
    if (!entry) {
      const existed = Number(payload.message_id) <= (this.lastMessageIds.get(chat.id) ?? 0);
      throw badRequest(existed ? "message can't be edited" : "message to edit not found");
    }
    const before = entry.message;
    const content = this.editedContent(method, payload, before);
    const unchanged =
      content.text === before.text && content.caption === before.caption && sameMarkup(inline, before.reply_markup);
    if (unchanged) {
      throw badRequest(NOT_MODIFIED);
    }
    const { reply_markup: _dropped, ...rest } = before;
    const message: BotMessage = { ...rest, ...content, edit_date: this.unixNow(), ...(inline ? { reply_markup: inline } : {}) };
    const edited: TranscriptEntry = { ...entry, message };
    entries[index] = edited;
    this.record(chat.id, "edit", method, { messageId: message.message_id, text: message.text ?? message.caption }, shownKeyboard(edited));
    return message;
  }

  private editedContent(method: string, payload: Payload, before: BotMessage): { text?: string; caption?: string } {
    if (method === "editMessageReplyMarkup") return { text: before.text, caption: before.caption };
    if (method === "editMessageCaption") {
      if (before.text !== undefined) throw badRequest("there is no caption in the message to edit");
      return { caption: this.caption(payload) };
    }
    if (before.text === undefined) throw badRequest("there is no text in the message to edit");
    const text = visibleText(String(payload.text ?? ""), parseModeOf(payload));
    if (text === "") throw badRequest("message text is empty");
    if (text.length > MAX_MESSAGE_LENGTH) throw badRequest("MESSAGE_TOO_LONG");
    return { text };
  }

  private deleteMessage(payload: Payload): true {
    const chat = this.existingChat(payload.chat_id);
    const messageId = Number(payload.message_id);
    const entries = this.transcripts.get(chat.id) ?? [];
    const index = entries.findIndex((entry) => entry.message.message_id === messageId);
    if (index === -1 && messageId > (this.lastMessageIds.get(chat.id) ?? 0)) throw badRequest("message to delete not found");
    if (index !== -1) entries.splice(index, 1);
    this.record(chat.id, "other", "deleteMessage", { messageId });
    return true;
  }

  private answerCallbackQuery(payload: Payload): true {
    const id = String(payload.callback_query_id ?? "");
    if (this.answeredQueries.has(id)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    const text = typeof payload.text === "string" ? payload.text : undefined;
    if (text && text.length > MAX_CALLBACK_ANSWER_LENGTH) throw badRequest("MESSAGE_TOO_LONG");
    this.answeredQueries.add(id);
    this.record(undefined, "callbackAnswer", "answerCallbackQuery", {
      text,
      showAlert: payload.show_alert === true,
      url: typeof payload.url === "string" ? payload.url : undefined,
    });
    return true;
  }

  private answerInlineQuery(payload: Payload): true {
    const results: InlineResultView[] = (Array.isArray(payload.results) ? payload.results : []).map((raw: Payload) => ({
      id: String(raw.id ?? ""),
      title: String(raw.title ?? raw.id ?? ""),
      ...(typeof raw.description === "string" ? { description: raw.description } : {}),
    }));
    if (results.length > 50) throw badRequest("RESULTS_TOO_MUCH");
    this.record(undefined, "inlineAnswer", "answerInlineQuery", { inlineQueryId: String(payload.inline_query_id ?? ""), results });
    return true;
  }

  private other(method: string, payload: Payload): true {
    const chatId = payload.chat_id === undefined ? undefined : Number(payload.chat_id);
    const messageId = payload.message_id === undefined ? undefined : Number(payload.message_id);
    this.record(chatId, "other", method, { messageId });
    return true;
  }

  private caption(payload: Payload): string | undefined {
    if (typeof payload.caption !== "string") return undefined;
    const caption = visibleText(payload.caption, parseModeOf(payload));
    if (caption.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
    return caption === "" ? undefined : caption;
  }

  /** Stores a new bot message in its chat's transcript, as Telegram would number and stamp it. */
  private store(chat: Chat, content: Partial<BotMessage>, markup: unknown): TranscriptEntry {
    validateMarkup(markup);
    const inline = inlineMarkupOf(markup);
    const message: BotMessage = {
      message_id: this.nextMessageId(chat.id),
      from: this.botUser(),
      chat,
      date: this.unixNow(),
      ...content,
      ...(inline ? { reply_markup: inline } : {}),
    };
    const entries = this.transcripts.get(chat.id) ?? [];
    if (removesReplyKeyboard(markup)) {
      for (const [index, entry] of entries.entries()) entries[index] = { message: entry.message, forceReply: entry.forceReply };
    }
    const replyKeyboard = replyKeyboardOf(markup);
    const entry: TranscriptEntry = {
      message,
      ...(replyKeyboard ? { replyKeyboard } : {}),
      ...(isForceReply(markup) ? { forceReply: true } : {}),
    };
    entries.push(entry);
    this.transcripts.set(chat.id, entries.slice(-this.transcriptLimit));
    return entry;
  }

  private record(
    chatId: number | undefined,
    kind: OutgoingEvent["kind"],
    method: string,
    details: Partial<OutgoingEvent>,
    shown: ShownKeyboard = { keyboard: [], replyKeyboard: false },
  ): void {
    this.events.push({
      kind,
      method,
      ...(chatId === undefined ? {} : { chatId }),
      ...withoutUndefined(details),
      buttons: labelsOf(shown.keyboard),
      callbackData: callbackDataOf(shown.keyboard),
      keyboard: shown.keyboard,
      ...(shown.replyKeyboard ? { replyKeyboard: true } : {}),
    });
  }

  /** The chat a send goes to, refusing the chats Telegram would refuse. */
  private chatFor(chatIdValue: unknown): Chat {
    const chatId = Number(chatIdValue);
    const known = this.chats.get(chatId);
    if (known) return known;
    if (!Number.isSafeInteger(chatId) || chatId === 0) throw badRequest("chat not found");
    if (this.knownChatsOnly) {
      if (chatId > 0) throw botApiError(403, "Forbidden: bot can't initiate conversation with a user");
      throw badRequest("chat not found");
    }
    const made: Chat =
      chatId > 0
        ? { id: chatId, type: "private", first_name: `Pengguna ${chatId}` }
        : { id: chatId, type: "supergroup", title: `Grup ${chatId}` };
    this.chats.set(chatId, made);
    return made;
  }

  private existingChat(chatIdValue: unknown): Chat {
    const chat = this.chats.get(Number(chatIdValue));
    if (!chat) throw badRequest("chat not found");
    return chat;
  }

  /** The bot as a message's sender: a plain User, without getMe's extra fields. */
  private botUser(): User {
    const { id, is_bot, first_name, username } = this.botInfo;
    return { id, is_bot, first_name, username };
  }

  private unixNow(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}

function parseModeOf(payload: Payload): string | undefined {
  return typeof payload.parse_mode === "string" ? payload.parse_mode : undefined;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
