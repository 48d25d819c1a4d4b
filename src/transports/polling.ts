import type { App } from "../app.ts";
import type { Logger } from "../logger.ts";

export interface RunningTransport {
  /** Stops taking updates, lets the ones in hand finish, then resolves. */
  stop(reason: string): Promise<void>;
}

/** Long polling: the bot asks Telegram (or TELEGRAM_API_ROOT) for updates. */
export async function startPolling(app: App, logger: Logger): Promise<RunningTransport> {
  app.bot.botInfo = await app.bot.telegram.getMe();
  // launch() resolves only when polling ends; keep the promise to await it on stop.
  const polling = app.bot.launch({ dropPendingUpdates: false }).catch((error: unknown) => {
    logger.fatal({ err: error }, "polling stopped with an error");
    process.exitCode = 1;
  });
  logger.info({ username: app.bot.botInfo.username }, "long polling started");
  return {
    async stop(reason) {
      app.bot.stop(reason);
      await polling;
    },
  };
}
