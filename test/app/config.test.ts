import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0";

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration from the environment", () => {
  it("with nothing set runs the sandbox on its own database", () => {
    const config = loadConfig({});
    expect(config.mode).toBe("sandbox");
    expect(config.databaseUrl).toBe("file:./data/sandbox.db");
    expect(config.timeZone).toBe("Asia/Jakarta");
  });

  it("treats blank values as not set, as copied from .env.example", () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "", WEBHOOK_URL: " ", PORT: "" }).mode).toBe("sandbox");
  });

  it("with a token polls, and with a webhook URL and secret listens for webhooks", () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN }).mode).toBe("polling");
    const webhook = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      WEBHOOK_URL: "https://bot.example.id/telegram",
      WEBHOOK_SECRET: "rahasia-yang-cukup-panjang",
      PORT: "8443",
      TIME_ZONE: "Asia/Makassar",
    });
    expect(webhook).toMatchObject({ mode: "webhook", webhook: { port: 8443 }, timeZone: "Asia/Makassar" });
    expect(webhook.databaseUrl).toBe("file:./data/bot.db");
  });

  it("names every bad variable at once", () => {
    const problems = problemsOf({
      TELEGRAM_BOT_TOKEN: "not-a-token",
      TELEGRAM_API_ROOT: "ftp://x",
      PORT: "99999",
      TIME_ZONE: "Mars/Olympus",
      LOG_LEVEL: "loud",
      DATABASE_URL: "mysql://x",
    });
    for (const name of ["TELEGRAM_BOT_TOKEN", "TELEGRAM_API_ROOT", "PORT", "TIME_ZONE", "LOG_LEVEL", "DATABASE_URL"]) {
      expect(problems.some((problem) => problem.startsWith(`${name}:`))).toBe(true);
    }
  });

  it("requires the token and the secret for webhook mode", () => {
    const problems = problemsOf({ WEBHOOK_URL: "https://bot.example.id/telegram" });
    expect(problems.some((problem) => problem.startsWith("TELEGRAM_BOT_TOKEN:"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("WEBHOOK_SECRET:"))).toBe(true);
  });
});

describe("invalid configuration stops the program", () => {
  it("prints one clear message naming each bad variable and exits 1", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, TELEGRAM_BOT_TOKEN: "salah", TIME_ZONE: "Bulan/Purnama" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Konfigurasi tidak valid");
    expect(result.stderr).toContain("TELEGRAM_BOT_TOKEN");
    expect(result.stderr).toContain("TIME_ZONE");
    expect(result.stderr.match(/Konfigurasi tidak valid/g)).toHaveLength(1);
  });
});
