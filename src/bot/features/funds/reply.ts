import type { Markup } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";

/** A reply the fund feature sends or edits in place: text plus optional inline buttons. */
export interface FundReply {
  readonly text: string;
  readonly keyboard?: Markup.Markup<InlineKeyboardMarkup>;
}

/** Telegram refuses messages over 4,096 characters; long lists are paged well before that. */
export const MAX_MESSAGE_LENGTH = 4096;
