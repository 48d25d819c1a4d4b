import { TelegramError } from "telegraf";
import type { ResponseParameters } from "telegraf/types";

/** An error shaped exactly like the one Telegraf throws when Telegram answers `ok: false`. */
export function botApiError(errorCode: number, description: string, on: object = {}, parameters?: ResponseParameters): TelegramError {
  const response = { ok: false as const, error_code: errorCode, description, ...(parameters ? { parameters } : {}) };
  return new TelegramError(response, on);
}

/** Telegram's 400 answers all start with "Bad Request: ". */
export function badRequest(detail: string, on: object = {}): TelegramError {
  return botApiError(400, `Bad Request: ${detail}`, on);
}
