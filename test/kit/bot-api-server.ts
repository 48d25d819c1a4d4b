import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { TelegramError } from "telegraf";
import type { Update } from "telegraf/types";
import { LocalBotApi } from "../../src/sandbox/local-bot-api.ts";

/** One Bot API call the bot made over HTTP, in the order the server received them. */
export interface ServedCall {
  readonly seq: number;
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** Whether Telegram carried it out (false when the bot was killed before the call took effect). */
  performed: boolean;
}

/** What happens to a call: performed and answered (the default), or the bot is killed before or after it takes effect. */
export type CallFate = "answer" | "killBefore" | "killAfter";

export interface BotApiServerOptions {
  readonly token: string;
  /** Longest a getUpdates long poll is held, whatever `timeout` the bot asks (default 2 s). */
  readonly maxPollMs?: number;
  /** Decides each call's fate; `kill` is then called before the response (or instead of the effect). */
  readonly fateOf?: (call: ServedCall) => CallFate;
  readonly kill?: () => void;
}

/**
 * A Bot API server on loopback that behaves like Telegram towards a long-polling bot: `getUpdates` returns
 * the updates from `offset` on and forgets those before it (the bot's confirmation), so an update the bot
 * never confirmed is delivered again to the next process; every other method is answered by a LocalBotApi
 * (message ids, edits, "message is not modified", one answer per callback query) and recorded.
 */
export class BotApiServer {
  readonly api: LocalBotApi;
  readonly calls: ServedCall[] = [];
  private pending: Update[] = [];
  private confirmedBelow = 0;
  private server?: Server;
  private wakers = new Set<() => void>();
  private seq = 0;
  private polls = 0;

  constructor(private readonly options: BotApiServerOptions) {
    this.api = new LocalBotApi({ token: options.token });
  }

  /** Update ids below this were confirmed by the bot (getUpdates with a higher offset). */
  get confirmedOffset(): number {
    return this.confirmedBelow;
  }

  /** How many getUpdates calls were answered or are being held. */
  get pollCount(): number {
    return this.polls;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.serve(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("no address");
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.wakers) wake();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** An update from a user: held until the bot confirms it. */
  push(update: Update): void {
    const chat = chatOf(update);
    if (chat) this.api.rememberChat(chat);
    this.pending.push(update);
    this.pending.sort((a, b) => a.update_id - b.update_id);
    this.wake();
  }

  isConfirmed(updateId: number): boolean {
    return updateId < this.confirmedBelow;
  }

  /** Calls received from `fromSeq` on (exclusive). */
  callsAfter(fromSeq: number): ServedCall[] {
    return this.calls.filter((call) => call.seq > fromSeq);
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Resolves when something changes (a call, a confirmation) or after `ms`. */
  changed(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private wake(): void {
    for (const wake of [...this.wakers]) wake();
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(request.url ?? "");
    if (!match || match[1] !== this.options.token) return reply(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    let payload: Record<string, unknown>;
    try {
      payload = await readPayload(request);
    } catch {
      return reply(response, 400, { ok: false, error_code: 400, description: "Bad Request: unreadable body" });
    }
    if (method === "getUpdates") return this.getUpdates(response, payload);

    const call: ServedCall = { seq: ++this.seq, method, payload, performed: false };
    this.calls.push(call);
    const fate = this.options.fateOf?.(call) ?? "answer";
    if (fate === "killBefore") {
      this.options.kill?.();
      this.wake();
      return;
    }
    let status = 200;
    let body: unknown;
    try {
      body = { ok: true, result: await this.api.call(method, payload) };
      call.performed = true;
    } catch (error) {
      if (!(error instanceof TelegramError)) throw error;
      status = error.code;
      body = { ok: false, error_code: error.code, description: error.description, ...(error.parameters ? { parameters: error.parameters } : {}) };
    }
    this.wake();
    if (fate === "killAfter") return this.options.kill?.();
    reply(response, status, body);
  }

  private async getUpdates(response: ServerResponse, payload: Record<string, unknown>): Promise<void> {
    this.polls++;
    const offset = Number(payload.offset ?? 0);
    if (offset > this.confirmedBelow) {
      this.confirmedBelow = offset;
      this.pending = this.pending.filter((update) => update.update_id >= offset);
      this.wake();
    }
    const limit = Math.min(Math.max(Number(payload.limit ?? 100), 1), 100);
    const waitMs = Math.min(Number(payload.timeout ?? 0) * 1000, this.options.maxPollMs ?? 2_000);
    const deadline = Date.now() + waitMs;
    let gone = false;
    response.once("close", () => (gone = true));
    while (this.pending.length === 0 && Date.now() < deadline && !gone) await this.changed(deadline - Date.now());
    if (gone) return;
    reply(response, 200, { ok: true, result: this.pending.slice(0, limit) });
  }
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/** JSON bodies as Telegraf sends them; a multipart body (a document) keeps its text fields only. */
async function readPayload(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = request.headers["content-type"] ?? "";
  if (body.length === 0) return {};
  if (type.includes("json")) return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  if (type.includes("multipart/form-data")) {
    const form = await new Response(body, { headers: { "content-type": type } }).formData();
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      fields[key] = typeof value === "string" ? parseField(value) : { filename: value.name, source: Buffer.from(await value.arrayBuffer()) };
    }
    return fields;
  }
  return {};
}

function parseField(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function chatOf(update: Update) {
  if ("message" in update) return update.message.chat;
  if ("edited_message" in update) return update.edited_message.chat;
  if ("callback_query" in update) return update.callback_query.message?.chat;
  return undefined;
}
