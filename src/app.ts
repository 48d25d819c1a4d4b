import { DateTime } from "luxon";
import type { Telegraf } from "telegraf";
import { ChatQueue } from "./bot/chat-queue.ts";
import { createBot } from "./bot/create-bot.ts";
import { FEATURES } from "./bot/features/index.ts";
import { JobRunner } from "./bot/jobs/job-runner.ts";
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
  /** Telegram user ids of the installation's administrators. */
  readonly adminIds?: readonly number[];
  /** The time the bot sees; the sandbox's --clock fixes it. */
  readonly clock?: Clock;
}

export interface App {
  readonly bot: Telegraf<BotContext>;
  readonly store: Store;
  /** Fires the stored timers that are due at the bot's clock. */
  readonly jobs: JobRunner;
  close(): Promise<void>;
}

/** One bot, whatever carries its updates: polling, webhook, sandbox and tests all start here. */
export async function createApp(options: AppOptions): Promise<App> {
  const store = await openStore(options.databaseUrl);
  const clock: Clock = options.clock ?? (() => DateTime.now().setZone(options.timeZone));
  const queue = new ChatQueue();
  const bot = createBot({
    queue,
    token: options.botToken,
    apiRoot: options.apiRoot,
    store,
    clock,
    logger: options.logger,
    timeZone: options.timeZone,
    adminIds: options.adminIds,
  });
  await store.updates.load();
  const jobs = new JobRunner({
    store,
    telegram: () => bot.telegram,
    clock,
    logger: options.logger,
    queue,
    handlers: FEATURES.flatMap((feature) => feature.jobs ?? []),
  });
  return { bot, store, jobs, close: () => store.close() };
}
