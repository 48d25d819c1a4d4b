import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";

/** Telegram limits callback_data to 64 bytes; every button built here stays under it. */
export const MAX_CALLBACK_DATA_BYTES = 64;

export function button(label: string, data: string): InlineKeyboardButton.CallbackButton {
  if (Buffer.byteLength(data, "utf8") > MAX_CALLBACK_DATA_BYTES) {
    throw new Error(`callback data too long: ${data}`);
  }
  return Markup.button.callback(label, data);
}

/** Lays buttons out in rows of `perRow`, which reads well on a small phone screen. */
export function keyboard(buttons: readonly InlineKeyboardButton[], perRow = 2) {
  const rows: InlineKeyboardButton[][] = [];
  for (let index = 0; index < buttons.length; index += perRow) rows.push(buttons.slice(index, index + perRow));
  return Markup.inlineKeyboard(rows);
}
