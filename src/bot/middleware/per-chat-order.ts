import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";

/**
 * Telegraf's polling handles a batch of updates concurrently; one chat's updates must still be handled
 * in the order they came, so each chat gets a queue. Different chats run in parallel.
 */
export function perChatOrder(): MiddlewareFn<BotContext> {
  const tails = new Map<string, Promise<void>>();
  return async (ctx, next) => {
    const key = chatKey(ctx);
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    tails.set(key, tail);
    await previous;
    try {
      await next();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

function chatKey(ctx: BotContext): string {
  if (ctx.chat) return `chat:${ctx.chat.id}`;
  if (ctx.from) return `user:${ctx.from.id}`;
  return "none";
}
