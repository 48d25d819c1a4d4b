import type { Chat, InlineKeyboardMarkup, User } from "telegraf/types";
import type { Keyboard } from "./keyboard.ts";

/** A Message as Telegram returns it for what the bot sent (plain JSON, so it can be saved and replayed). */
export interface BotMessage {
  readonly message_id: number;
  readonly date: number;
  readonly edit_date?: number;
  readonly chat: Chat;
  readonly from: User;
  readonly text?: string;
  readonly caption?: string;
  readonly document?: { readonly file_id: string; readonly file_unique_id: string; readonly file_name: string };
  readonly reply_markup?: InlineKeyboardMarkup;
}

/** One bot message the user can still see, with what its chat shows around it. */
export interface TranscriptEntry {
  readonly message: BotMessage;
  /** A custom keyboard sent with this message (Telegram does not echo it in the Message). */
  readonly replyKeyboard?: Keyboard;
  /** The message asked for a reply (ForceReply): a client answers it as a reply. */
  readonly forceReply?: boolean;
}

export interface InlineResultView {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export type OutgoingEventKind = "message" | "edit" | "callbackAnswer" | "inlineAnswer" | "document" | "other";

/** Something the bot did that a person would notice, recorded in the order it happened. */
export interface OutgoingEvent {
  readonly kind: OutgoingEventKind;
  /** The Bot API method, e.g. "sendMessage", "editMessageReplyMarkup", "deleteMessage". */
  readonly method: string;
  readonly chatId?: number;
  readonly messageId?: number;
  /** Message or edited text as shown (markup parsed), callback notification, or document caption. */
  readonly text?: string;
  /** Button labels by row (inline keyboard, or the custom keyboard when `replyKeyboard`). */
  readonly buttons: string[][];
  /** callback_data by row, parallel to `buttons`; null for buttons that are not callback buttons. */
  readonly callbackData: (string | null)[][];
  readonly keyboard: Keyboard;
  readonly replyKeyboard?: boolean;
  readonly showAlert?: boolean;
  readonly url?: string;
  readonly fileName?: string;
  readonly inlineQueryId?: string;
  readonly results?: readonly InlineResultView[];
}

/** The raw call, for tests that need to look at exactly what was sent. */
export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

/** Everything LocalBotApi needs to carry on where it left off (JSON-serialisable). */
export interface LocalBotApiState {
  readonly chats: Record<string, Chat>;
  /** The last message_id used in each chat, by users and bot alike (Telegram numbers them per chat). */
  readonly lastMessageIds: Record<string, number>;
  /** The most recent bot messages per chat, oldest first. */
  readonly transcript: Record<string, readonly TranscriptEntry[]>;
}

export const EMPTY_BOT_API_STATE: LocalBotApiState = { chats: {}, lastMessageIds: {}, transcript: {} };
