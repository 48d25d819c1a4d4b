import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";

/**
 * Exactly-once per update_id. An update already committed is dropped; one still being handled (a
 * concurrent redelivery) is dropped too. Handlers that change state claim the id inside their own
 * transaction (`store.updates.inUpdate`); read-only updates are recorded when they finish.
 */
export function exactlyOnce(): MiddlewareFn<BotContext> {
  const inFlight = new Set<number>();
  return async (ctx, next) => {
    const updateId = ctx.update.update_id;
    if (inFlight.has(updateId)) return;
    inFlight.add(updateId);
    try {
      if (ctx.services.store.updates.isProcessed(updateId)) {
        ctx.services.logger.debug({ updateId }, "redelivered update dropped");
        return;
      }
      await next();
      await ctx.services.store.updates.markProcessed(updateId);
    } finally {
      inFlight.delete(updateId);
    }
  };
}
