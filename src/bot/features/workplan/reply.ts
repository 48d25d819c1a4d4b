import type { Markup } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";

/** A reply the work-plan feature sends or edits in place: text plus optional inline buttons. */
export interface WorkPlanReply {
  readonly text: string;
  readonly keyboard?: Markup.Markup<InlineKeyboardMarkup>;
}
