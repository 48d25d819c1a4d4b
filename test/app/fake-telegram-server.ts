import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Update } from "telegraf/types";

export interface RecordedCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

/**
 * A Bot API server on loopback, enough for Telegraf's long polling: getMe, deleteWebhook, getUpdates
 * (with offset and a short long-poll), and every send method recorded. Tests push updates and wait for calls.
 */
export class FakeTelegramServer {
  readonly calls: RecordedCall[] = [];
  private readonly queue: Update[] = [];
  private server?: Server;
  private waiters: (() => void)[] = [];
  private messageId = 0;

  constructor(private readonly token: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        (result) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify(result));
        },
        (error: Error) => {
          response.writeHead(500);
          response.end(error.message);
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("no address");
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  push(update: Update): void {
    this.queue.push(update);
    this.notify();
  }

  /** Resolves when a call of that method has been recorded (bounded by a timeout). */
  async waitFor(method: string, timeoutMs = 10_000): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((call) => call.method === method);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${method} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private async handle(request: IncomingMessage): Promise<unknown> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(request.url ?? "");
    if (!match || match[1] !== this.token) return { ok: false, error_code: 401, description: "Unauthorized" };
    const method = match[2]!;
    const payload = await readJson(request);
    if (method === "getUpdates") return { ok: true, result: await this.updatesAfter(Number(payload.offset ?? 0)) };
    this.calls.push({ method, payload });
    this.notify();
    switch (method) {
      case "getMe":
        return { ok: true, result: { id: 999000, is_bot: true, first_name: "Asisten Desa", username: "asisten_desa_bot" } };
      case "sendMessage":
        return {
          ok: true,
          result: {
            message_id: ++this.messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: payload.chat_id, type: "private" },
            text: payload.text,
          },
        };
      default:
        return { ok: true, result: true };
    }
  }

  private async updatesAfter(offset: number): Promise<Update[]> {
    const deadline = Date.now() + 500;
    for (;;) {
      const pending = this.queue.filter((update) => update.update_id >= offset);
      if (pending.length > 0 || Date.now() > deadline) return pending;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  if (!body) return {};
  if ((request.headers["content-type"] ?? "").includes("json")) return JSON.parse(body) as Record<string, unknown>;
  return {};
}
