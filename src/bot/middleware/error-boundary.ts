import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";
import { telegramFailureOf } from "../telegram-errors.ts";

/**
 * Last line of defence: a failure is logged (ids and error only, never message text) and the user is told
 * what became of the request instead of meeting silence. Whether it was recorded is read from the record of
 * committed updates: a handler that committed and then failed to reply must not say that nothing changed.
 * A chat the bot cannot write to (blocked, kicked, gone) has nobody to tell. Callback queries are always
 * answered so the phone's spinner stops.
 */
export function errorBoundary(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const answerCbQuery = ctx.answerCbQuery.bind(ctx);
    ctx.answerCbQuery = async (...args) => {
      const answered = await answerCbQuery(...args);
      ctx.callbackAnswered = true;
      return answered;
    };
    try {
      await next();
    } catch (error) {
      await tellWhatHappened(ctx, error);
    } finally {
      if (ctx.callbackQuery && !ctx.callbackAnswered) await safely(ctx, () => ctx.answerCbQuery());
    }
  };
}

async function tellWhatHappened(ctx: BotContext, error: unknown): Promise<void> {
  const updateId = ctx.update.update_id;
  const committed = ctx.services.store.updates.isProcessed(updateId);
  const failure = telegramFailureOf(error);
  // A refusal by Telegram is about delivery, not about the request; the bot's own failures are errors.
  const log = failure ? ctx.services.logger.warn.bind(ctx.services.logger) : ctx.services.logger.error.bind(ctx.services.logger);
  log({ err: error, updateId, committed, telegram: failure?.kind }, committed ? "reply failed after the update committed" : "update failed");

  // The message already shows what it should.
  if (failure?.kind === "unchanged" && !committed) return;
  const text = committed
    ? ctx.say(
        "Permintaan ini sudah dicatat, tetapi balasannya tidak dapat ditampilkan. Tidak perlu diulang.",
        "This request was recorded, but its reply could not be shown. There is no need to repeat it.",
      )
    : ctx.say(
        "Maaf, terjadi kesalahan saat memproses permintaan ini. Tidak ada yang diubah; silakan coba lagi.",
        "Sorry, something went wrong handling this request. Nothing was changed; please try again.",
      );
  await safely(ctx, async () => {
    if (ctx.callbackQuery && !ctx.callbackAnswered) {
      await ctx.answerCbQuery(text, { show_alert: true });
    } else if (failure?.kind !== "unreachable" && ctx.chat && (ctx.message || ctx.callbackQuery)) {
      await ctx.reply(text);
    }
  });
}

async function safely(ctx: BotContext, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    ctx.services.logger.warn({ err: error, updateId: ctx.update.update_id }, "telegram call failed");
  }
}
