import { Telegraf } from "telegraf";
import type { Logger } from "../logger.ts";
import type { Store } from "../store/store.ts";
import type { ChatQueue } from "./chat-queue.ts";
import { BotContext, type Clock } from "./context.ts";
import { fallbackFeature } from "./features/general/fallback.ts";
import { generalFeature } from "./features/general/general-feature.ts";
import { FEATURES } from "./features/index.ts";
import { chatlessCallback } from "./middleware/chatless-callback.ts";
import { errorBoundary } from "./middleware/error-boundary.ts";
import { exactlyOnce } from "./middleware/exactly-once.ts";
import { perChatOrder } from "./middleware/per-chat-order.ts";
import { wellFormedUpdate } from "./middleware/well-formed-update.ts";
import { retryOnFlood } from "./telegram-retry.ts";

export interface BotDependencies {
  /** Shared with the job runner, so timers and updates of one chat never interleave. */
  readonly queue: ChatQueue;
  readonly token: string;
  readonly apiRoot?: string;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeZone: string;
  readonly adminIds?: readonly number[];
}

/** Telegraf gives up waiting for an update's middleware after this (the middleware goes on running). */
export const BOT_HANDLER_TIMEOUT_MS = 50_000;

/** The bot itself: middleware, then one composer per feature, then the fallback that never leaves silence. */
export function createBot(deps: BotDependencies): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(deps.token, {
    contextType: BotContext,
    // Every call is an API call, never a reply in the webhook's HTTP response (Telegraf's default for
    // answerCallbackQuery and a few more), which would acknowledge the update before its effects commit.
    telegram: { webhookReply: false, ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}) },
    handlerTimeout: BOT_HANDLER_TIMEOUT_MS,
  });
  const services = {
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    timeZone: deps.timeZone,
    adminIds: new Set(deps.adminIds ?? []),
  };

  // Telegraf makes a Telegram per update for ctx; bot.telegram serves the job runner and the transports.
  retryOnFlood(bot.telegram, deps.logger);
  bot.use(async (ctx, next) => {
    retryOnFlood(ctx.telegram, deps.logger);
    ctx.services = services;
    return next();
  });
  bot.use(wellFormedUpdate());
  bot.use(errorBoundary());
  bot.use(perChatOrder(deps.queue));
  bot.use(exactlyOnce());
  bot.use(async (ctx, next) => {
    if (ctx.chat) ctx.language = await deps.store.chatSettings.language(ctx.chat.id);
    return next();
  });
  bot.use(chatlessCallback());
  bot.use(generalFeature());
  for (const feature of FEATURES) bot.use(feature.composer());
  bot.use(fallbackFeature());

  bot.catch((error, ctx) => deps.logger.error({ err: error, updateId: ctx.update.update_id }, "unhandled bot error"));
  return bot;
}
