import { DateTime } from "luxon";
import type { Telegraf } from "telegraf";
import { createBot } from "./bot/create-bot.ts";
import type { BotContext, Clock } from "./bot/context.ts";
import type { Logger } from "./logger.ts";
import { openStore, type Store } from "./store/store.ts";

export interface AppOptions {
  readonly databaseUrl: string;
  readonly timeZone: string;
  readonly logger: Logger;
  /** Token for Telegraf; the sandbox passes a placeholder because its Bot API calls never leave the process. */
  readonly botToken: string;
  readonly apiRoot?: string;
  /** The time the bot sees; the sandbox's --clock fixes it. */
  readonly clock?: Clock;
}

export interface App {
  readonly bot: Telegraf<BotContext>;
  readonly store: Store;
  close(): Promise<void>;
}

/** One bot, whatever carries its updates: polling, webhook, sandbox and tests all start here. */
export async function createApp(options: AppOptions): Promise<App> {
  const store = await openStore(options.databaseUrl);
  const clock: Clock = options.clock ?? (() => DateTime.now().setZone(options.timeZone));
  const bot = createBot({
    token: options.botToken,
    apiRoot: options.apiRoot,
    store,
    clock,
    logger: options.logger,
    timeZone: options.timeZone,
  });
  await store.updates.load();
  return { bot, store, close: () => store.close() };
}
