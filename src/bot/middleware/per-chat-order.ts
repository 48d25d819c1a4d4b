import type { MiddlewareFn } from "telegraf";
import { chatQueueKey, type ChatQueue } from "../chat-queue.ts";
import type { BotContext } from "../context.ts";

/** One chat's updates are handled in the order they came (see ChatQueue). */
export function perChatOrder(queue: ChatQueue): MiddlewareFn<BotContext> {
  return (ctx, next) => queue.run(chatQueueKey(ctx.chat?.id, ctx.from?.id), next);
}
