import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";

/**
 * Last line of defence: a failure is logged (ids and error only, never message text) and the user is told
 * something went wrong instead of meeting silence, and the update is not recorded as handled. Callback queries are always answered so the phone's
 * spinner stops.
 */
export function errorBoundary(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const answerCbQuery = ctx.answerCbQuery.bind(ctx);
    ctx.answerCbQuery = (...args) => {
      ctx.callbackAnswered = true;
      return answerCbQuery(...args);
    };
    try {
      await next();
    } catch (error) {
      ctx.services.logger.error({ err: error, updateId: ctx.update.update_id }, "update failed");
      const text = ctx.say(
        "Maaf, terjadi kesalahan saat memproses permintaan ini. Tidak ada yang diubah; silakan coba lagi.",
        "Sorry, something went wrong handling this request. Nothing was changed; please try again.",
      );
      await safely(ctx, async () => {
        if (ctx.callbackQuery) {
          await ctx.answerCbQuery(text, { show_alert: true });
        } else if (ctx.chat && ctx.message) {
          await ctx.reply(text);
        }
      });
    } finally {
      if (ctx.callbackQuery && !ctx.callbackAnswered) await safely(ctx, () => ctx.answerCbQuery());
    }
  };
}

async function safely(ctx: BotContext, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    ctx.services.logger.warn({ err: error, updateId: ctx.update.update_id }, "telegram call failed");
  }
}
