import { existsSync } from "node:fs";
import { IANAZone } from "luxon";
import { z } from "zod";

/** Environment variables left blank (as copied from .env.example) count as not set. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const environmentSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optional(
      z.string().regex(/^\d{3,}:[A-Za-z0-9_-]{20,}$/, "bentuk token tidak dikenal (contoh: 123456:ABC-DEF...)"),
    ),
    TELEGRAM_API_ROOT: optional(z.url({ protocol: /^https?$/, error: "harus URL http(s)" })),
    WEBHOOK_URL: optional(z.url({ protocol: /^https?$/, error: "harus URL http(s)" })),
    // Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and - (Bot API setWebhook secret_token).
    WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "16-256 karakter A-Z, a-z, 0-9, _ atau -")),
    PORT: optional(z.coerce.number({ error: "harus angka" }).int().min(1).max(65535)),
    DATABASE_URL: optional(z.string().regex(/^file:.+/, "harus berbentuk file:PATH (SQLite)")),
    TIME_ZONE: optional(
      z.string().refine((zone) => IANAZone.isValidZone(zone), "zona waktu IANA tidak dikenal (contoh: Asia/Makassar)"),
    ),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `salah satu dari ${LOG_LEVELS.join(", ")}` })),
    ADMIN_TELEGRAM_IDS: optional(
      z
        .string()
        .regex(/^\s*\d{1,15}(\s*,\s*\d{1,15})*\s*$/, "daftar id pengguna Telegram dipisah koma, mis. 12345,67890")
        .transform((list) => list.split(",").map((id) => Number(id.trim()))),
    ),
  })
  .superRefine((env, issues) => {
    if (env.WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN) {
      issues.addIssue({ code: "custom", path: ["TELEGRAM_BOT_TOKEN"], message: "wajib diisi bila WEBHOOK_URL diisi" });
    }
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      issues.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "wajib diisi bila WEBHOOK_URL diisi" });
    }
  });

export type RunMode = "sandbox" | "polling" | "webhook";

export interface AppConfig {
  readonly mode: RunMode;
  readonly botToken?: string;
  readonly apiRoot?: string;
  readonly webhook?: { readonly url: string; readonly secret: string; readonly port: number };
  readonly databaseUrl: string;
  readonly timeZone: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Telegram user ids of the installation's administrators (IT office): they register agencies and grant roles. */
  readonly adminIds: readonly number[];
}

export const DEFAULT_DATABASE_URL = "file:./data/bot.db";
export const DEFAULT_SANDBOX_DATABASE_URL = "file:./data/sandbox.db";
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";
const DEFAULT_PORT = 8080;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Konfigurasi tidak valid (invalid configuration):\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n` +
        "Perbaiki variabel di atas (lihat .env.example) lalu jalankan lagi.",
    );
    this.name = "ConfigError";
  }
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "?"}: ${issue.message}`));
  }
  const values = parsed.data;
  const mode: RunMode = !values.TELEGRAM_BOT_TOKEN ? "sandbox" : values.WEBHOOK_URL ? "webhook" : "polling";
  return {
    mode,
    botToken: values.TELEGRAM_BOT_TOKEN,
    apiRoot: values.TELEGRAM_API_ROOT,
    webhook:
      mode === "webhook"
        ? { url: values.WEBHOOK_URL!, secret: values.WEBHOOK_SECRET!, port: values.PORT ?? DEFAULT_PORT }
        : undefined,
    databaseUrl: values.DATABASE_URL ?? (mode === "sandbox" ? DEFAULT_SANDBOX_DATABASE_URL : DEFAULT_DATABASE_URL),
    timeZone: values.TIME_ZONE ?? DEFAULT_TIME_ZONE,
    logLevel: values.LOG_LEVEL ?? (mode === "sandbox" ? "warn" : "info"),
    adminIds: values.ADMIN_TELEGRAM_IDS ?? [],
  };
}

/** Loads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
