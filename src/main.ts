import { createApp } from "./app.ts";
import { ConfigError, loadConfig, loadDotEnv, type AppConfig } from "./config.ts";
import { createLogger, type Logger } from "./logger.ts";
import { startInteractiveSandbox } from "./sandbox/interactive.ts";
import { startJobTicker } from "./bot/jobs/job-runner.ts";
import { startPolling } from "./transports/polling.ts";
import { startWebhook } from "./transports/webhook.ts";

async function main(): Promise<void> {
  loadDotEnv();
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  if (config.mode === "sandbox") {
    await startInteractiveSandbox({
      databaseUrl: config.databaseUrl,
      timeZone: config.timeZone,
      logger,
      adminIds: config.adminIds,
    });
    return;
  }

  const app = await createApp({
    databaseUrl: config.databaseUrl,
    timeZone: config.timeZone,
    logger,
    botToken: config.botToken!,
    apiRoot: config.apiRoot,
    adminIds: config.adminIds,
  });
  const transport =
    config.mode === "webhook"
      ? await startWebhook(app, logger, config.webhook!)
      : await startPolling(app, logger);
  const ticker = startJobTicker(app.jobs, logger);
  void app.jobs.runDue();
  stopCleanlyOnSignals(
    async (signal) => {
      await transport.stop(signal);
      await ticker.stop();
    },
    app.close,
    logger,
  );
}

/** SIGINT/SIGTERM: stop taking updates, finish the ones in hand, close the database. */
function stopCleanlyOnSignals(stopTaking: (signal: string) => Promise<void>, closeApp: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await stopTaking(signal);
    await closeApp();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Gagal menjalankan bot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
