import type { InlineKeyboardMarkup } from "telegraf/types";
import { badRequest } from "./bot-api-errors.ts";
import type { TranscriptEntry } from "./bot-api-types.ts";
import { flatten, inlineKeyboardOf, MAX_CALLBACK_DATA_BYTES, type Keyboard } from "./keyboard.ts";

/** The buttons a person sees on a message: its inline keyboard, else the custom keyboard it brought. */
export function keyboardOf(entry: TranscriptEntry): Keyboard {
  return shownKeyboard(entry).keyboard;
}

export interface ShownKeyboard {
  readonly keyboard: Keyboard;
  readonly replyKeyboard: boolean;
}

export function shownKeyboard(entry: TranscriptEntry | undefined): ShownKeyboard {
  const inline = inlineKeyboardOf(entry?.message.reply_markup);
  if (inline && flatten(inline).length > 0) return { keyboard: inline, replyKeyboard: false };
  if (entry?.replyKeyboard) return { keyboard: entry.replyKeyboard, replyKeyboard: true };
  return { keyboard: [], replyKeyboard: false };
}

/** The inline keyboard to store on a message (a copy), or undefined when it has no buttons. */
export function inlineMarkupOf(markup: unknown): InlineKeyboardMarkup | undefined {
  const parsed = typeof markup === "string" ? (JSON.parse(markup) as unknown) : markup;
  const rows = inlineKeyboardOf(parsed);
  return rows && flatten(rows).length > 0 ? structuredClone(parsed as InlineKeyboardMarkup) : undefined;
}

/** What Telegram rejects in a keyboard: callback data outside 1-64 bytes, inline buttons that do nothing. */
export function validateMarkup(markup: unknown): void {
  for (const button of flatten(inlineKeyboardOf(markup))) {
    if (button.action.type === "callback") {
      const bytes = Buffer.byteLength(button.action.data, "utf8");
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
    }
    if (button.action.type === "unsupported" && button.action.what === "unknown") {
      throw badRequest("text buttons are unallowed in the inline keyboard");
    }
  }
}

export function sameMarkup(next: InlineKeyboardMarkup | undefined, current: InlineKeyboardMarkup | undefined): boolean {
  return JSON.stringify(next ?? null) === JSON.stringify(current ?? null);
}
