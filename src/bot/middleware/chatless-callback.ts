import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";

/**
 * Every button the bot sends sits on a message in a chat, and every feature answers a press there (edits the message,
 * replies below it). A press that comes without its message (a button of an inline-mode message, which the bot never
 * sends, or forged data) is answered here as no longer valid, before a feature tries to reply into no chat.
 */
export function chatlessCallback(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery || ctx.callbackQuery.message) return next();
    await ctx.answerCbQuery(ctx.say("Tombol ini sudah tidak berlaku. Silakan minta lagi.", "This button is no longer valid. Please ask again."), { show_alert: true });
  };
}
