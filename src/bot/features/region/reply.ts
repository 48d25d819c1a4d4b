import type { Markup } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";

/** A reply the region-formation feature sends or edits in place: text plus optional inline buttons. */
export interface RegionReply {
  readonly text: string;
  readonly keyboard?: Markup.Markup<InlineKeyboardMarkup>;
}

/** Telegram refuses messages over 4,096 characters. */
export const MAX_MESSAGE_LENGTH = 4096;

/** Splits a long text at blank lines (or, failing that, at line ends) into messages Telegram accepts. */
export function messageChunks(text: string, limit = MAX_MESSAGE_LENGTH): string[] {
  if (text.length <= limit) return [text];
  const chunks: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current !== "") chunks.push(current);
    current = line.length <= limit ? line : line.slice(0, limit - 1) + "…";
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
