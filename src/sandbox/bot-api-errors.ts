import { TelegramError } from "telegraf";

/** An error shaped exactly like the one Telegraf throws when Telegram answers `ok: false`. */
export function botApiError(errorCode: number, description: string, on: object = {}): TelegramError {
  const response = { ok: false, error_code: errorCode, description };
  return new TelegramError(response, on);
}

/** Telegram's 400 answers all start with "Bad Request: ". */
export function badRequest(detail: string, on: object = {}): TelegramError {
  return botApiError(400, `Bad Request: ${detail}`, on);
}
