import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegramServer } from "./fake-telegram-server.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0";
const SECRET = "rahasia_webhook_yang_panjang_1234";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const dir = mkdtempSync(join(tmpdir(), "bot-transport-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, "bot.db")}`, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return { child, output: () => output, exited };
}

function startUpdate(updateId: number, text = "/start") {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_700_000_000,
      chat: { id: 4242, type: "private" as const, first_name: "Sari" },
      from: { id: 4242, is_bot: false, first_name: "Sari" },
      text,
      entities: text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] : [],
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function waitUntil<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe("long polling against a local Bot API server (TELEGRAM_API_ROOT)", () => {
  it("answers /start through getUpdates and stops cleanly on SIGTERM", async () => {
    const telegram = new FakeTelegramServer(TOKEN);
    const apiRoot = await telegram.start();
    cleanups.push(() => telegram.stop());
    const bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot });

    telegram.push(startUpdate(1));
    const reply = await telegram.waitFor("sendMessage", 30_000);
    expect(reply.payload.chat_id).toBe(4242);
    expect(String(reply.payload.text)).toContain("Selamat datang");

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  });
});

describe("webhook mode", () => {
  it("refuses requests without the right secret-token header, and handles those with it", async () => {
    const telegram = new FakeTelegramServer(TOKEN);
    const apiRoot = await telegram.start();
    cleanups.push(() => telegram.stop());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, PORT: String(port) });

    const registered = await telegram.waitFor("setWebhook", 30_000);
    expect(registered.payload).toMatchObject({ url, secret_token: SECRET });
    await waitUntil(async () => ((await fetch(url, { method: "GET" })).status > 0 ? true : undefined), "webhook server");

    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

    expect((await post({}, startUpdate(10))).status).toBe(403);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "salah" }, startUpdate(11))).status).toBe(403);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": SECRET }, { update_id: 13 })).status).toBe(400);
    expect(telegram.calls.filter((call) => call.method === "sendMessage")).toHaveLength(0);

    const accepted = await post({ "X-Telegram-Bot-Api-Secret-Token": SECRET }, startUpdate(12));
    expect(accepted.status).toBe(200);
    const reply = await telegram.waitFor("sendMessage");
    expect(String(reply.payload.text)).toContain("Selamat datang");
    expect(telegram.calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  });
});
