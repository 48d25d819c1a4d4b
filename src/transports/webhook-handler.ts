import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "telegraf/types";
import { z } from "zod";
import type { App } from "../app.ts";
import { BOT_HANDLER_TIMEOUT_MS } from "../bot/create-bot.ts";
import type { Logger } from "../logger.ts";

export interface WebhookHandlerOptions {
  /** The path of WEBHOOK_URL; other paths get 404. */
  readonly path: string;
  readonly secret: string;
  /** How long an update may take before Telegram is answered 503 (default 40 s; Telegram gives up at 60 s). */
  readonly timeoutMs?: number;
  /** Largest body taken (default 1 MiB; an update is a few kilobytes). */
  readonly maxBodyBytes?: number;
}

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 40_000;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** An update: its id and exactly one payload object (message, callback_query, ...), whatever its kind. */
const updateSchema = z
  .looseObject({ update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) })
  .refine((update) => {
    const payloads = Object.entries(update).filter(([key]) => key !== "update_id");
    return payloads.length === 1 && typeof payloads[0]![1] === "object" && payloads[0]![1] !== null && !Array.isArray(payloads[0]![1]);
  }, "not an update");

class BadBody extends Error {}

/**
 * The HTTP side of webhook mode. A request is refused before the bot sees it when the secret token is
 * missing or wrong (403) or the body is not one update (400). Telegram is answered 200 only when the
 * update's handling has finished, so its effects are committed. A handler slower than `timeoutMs` gets 503
 * and goes on: Telegram sends the update again, and the redelivery cannot duplicate anything, because it
 * waits in its chat's queue behind the first delivery and is then dropped by the exactly-once middleware
 * (its id committed), or is handled afresh if the first delivery committed nothing.
 */
export function createWebhookHandler(app: App, logger: Logger, options: WebhookHandlerOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  // Telegraf's own timeout would end handleUpdate early (resolving it) and so pass for a finished update.
  if (timeoutMs >= BOT_HANDLER_TIMEOUT_MS) throw new Error(`webhook timeout must be under ${BOT_HANDLER_TIMEOUT_MS} ms`);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const secret = Buffer.from(options.secret);

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const refuse = (status: number, reason: string) => {
      request.resume();
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" }).end(reason);
    };
    if (new URL(request.url ?? "/", "http://webhook").pathname !== options.path) return refuse(404, "not found");
    if (request.method !== "POST") return refuse(405, "POST only");
    if (!secretMatches(request.headers["x-telegram-bot-api-secret-token"], secret)) return refuse(403, "forbidden");

    let update: Update;
    try {
      update = parseUpdate(await readBody(request, maxBodyBytes));
    } catch (error) {
      if (!(error instanceof BadBody)) throw error;
      logger.warn({ reason: error.message }, "webhook request refused");
      return refuse(400, error.message);
    }

    const handled = app.bot.handleUpdate(update).then(() => "done" as const);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
    const outcome = await Promise.race([handled, late]).finally(() => clearTimeout(timer));
    if (outcome === "late") {
      logger.warn({ updateId: update.update_id, timeoutMs }, "update still running at the webhook timeout; Telegram will send it again");
      handled.catch((error: unknown) => logger.error({ err: error, updateId: update.update_id }, "late update failed"));
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200).end();
  };
}

function secretMatches(header: string | string[] | undefined, secret: Buffer): boolean {
  if (typeof header !== "string") return false;
  const given = Buffer.from(header);
  return given.length === secret.length && timingSafeEqual(given, secret);
}

/** Collects the body; past `maxBytes` it stops collecting (the rest is drained, not kept) and refuses. */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(request.headers["content-length"] ?? 0) > maxBytes) return Promise.reject(new BadBody("body too large"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      request.off("data", onData);
      reject(new BadBody("body too large"));
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.once("error", reject);
  });
}

function parseUpdate(body: string): Update {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new BadBody("body is not JSON");
  }
  const parsed = updateSchema.safeParse(json);
  if (!parsed.success) throw new BadBody("body is not a Telegram update");
  return parsed.data as unknown as Update;
}
