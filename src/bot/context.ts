import type { DateTime } from "luxon";
import { Context } from "telegraf";
import type { Logger } from "../logger.ts";
import type { Language } from "../store/chat-settings.ts";
import type { Store } from "../store/store.ts";

export type Clock = () => DateTime;

export interface BotServices {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeZone: string;
  /** Telegram user ids of the installation's administrators (ADMIN_TELEGRAM_IDS). */
  readonly adminIds: ReadonlySet<number>;
}

export class BotContext extends Context {
  services!: BotServices;
  /** The chat's reply language: Indonesian unless the chat chose English with /bahasa. */
  language: Language = "id";
  callbackAnswered = false;
  private clockReading?: DateTime;

  /** The bot's time for this update, read once: every part of one update sees the same instant. */
  get now(): DateTime {
    return (this.clockReading ??= this.services.clock());
  }

  /** Picks the Indonesian or English wording for this chat. */
  say(id: string, en: string): string {
    return this.language === "en" ? en : id;
  }

  /** The sender is one of the installation's administrators (ADMIN_TELEGRAM_IDS). */
  get isAdmin(): boolean {
    return this.from !== undefined && this.services.adminIds.has(this.from.id);
  }

  /**
   * The text of a message as a question to the bot: the @mention of the bot removed, cut to `maxLength` so a
   * 5,000-character message costs no more than a short one.
   */
  questionText(maxLength: number): string | undefined {
    const message = this.message;
    if (!message || !("text" in message)) return undefined;
    const username = this.botInfo?.username;
    const text = username ? message.text.replace(new RegExp(`@${username}\\b`, "gi"), " ") : message.text;
    return text.slice(0, maxLength);
  }

  /** Whether this update is addressed to the bot: a private chat, a command, a mention or a reply to the bot. */
  get addressedToBot(): boolean {
    if (this.chat?.type === "private") return true;
    const message = this.message;
    if (!message || !("text" in message)) return false;
    if (message.text.startsWith("/")) return true;
    const username = this.botInfo?.username;
    if (username && message.text.toLowerCase().includes(`@${username.toLowerCase()}`)) return true;
    return message.reply_to_message?.from?.id === this.botInfo?.id;
  }
}
