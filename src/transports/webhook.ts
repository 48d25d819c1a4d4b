import { createServer, type Server } from "node:http";
import type { App } from "../app.ts";
import type { Logger } from "../logger.ts";
import type { RunningTransport } from "./polling.ts";
import { createWebhookHandler } from "./webhook-handler.ts";

export interface WebhookOptions {
  readonly url: string;
  readonly secret: string;
  readonly port: number;
  /** Only for tests: listen here instead of all interfaces. */
  readonly host?: string;
  /** Skip setWebhook (tests drive the HTTP endpoint directly). */
  readonly register?: boolean;
  /** How long an update may take before Telegram is answered 503 (see createWebhookHandler). */
  readonly timeoutMs?: number;
}

/**
 * Webhook mode: Telegram posts updates to WEBHOOK_URL, each checked and answered by createWebhookHandler
 * (403 without the secret token, 400 for a body that is not an update, 200 once the update is handled).
 */
export async function startWebhook(
  app: App,
  logger: Logger,
  options: WebhookOptions,
): Promise<RunningTransport & { server: Server; port: number }> {
  if (!app.bot.botInfo) app.bot.botInfo = await app.bot.telegram.getMe();
  const path = new URL(options.url).pathname;
  const handle = createWebhookHandler(app, logger, { path, secret: options.secret, timeoutMs: options.timeoutMs });
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "webhook request failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  if (options.register !== false) {
    await app.bot.telegram.setWebhook(options.url, { secret_token: options.secret, drop_pending_updates: false });
  }
  logger.info({ port, path }, "webhook listening");
  return {
    server,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        // close() stops new connections and waits for the requests in hand to finish.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
