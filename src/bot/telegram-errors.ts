import { z } from "zod";

/**
 * What a failed Bot API call means for the bot:
 * - flood: 429, Telegram did not run the call and says when to try again;
 * - unreachable: the chat cannot be written to (blocked, kicked, no rights, chat gone): nobody to tell;
 * - unchanged: an edit that would change nothing; the message already shows what it should;
 * - messageGone: the message to edit or delete no longer exists or is too old to edit;
 * - other: any other refusal (a bug on our side, such as bad markup).
 */
export type TelegramFailureKind = "flood" | "unreachable" | "unchanged" | "messageGone" | "other";

export interface TelegramFailure {
  readonly kind: TelegramFailureKind;
  readonly code: number;
  readonly description: string;
  /** Seconds Telegram asks to wait (429 only). */
  readonly retryAfter?: number;
}

// Telegraf's TelegramError carries Telegram's answer in `response`; read it by shape, not by class.
const telegramErrorSchema = z.object({
  response: z.object({
    error_code: z.number().int(),
    description: z.string(),
    parameters: z.object({ retry_after: z.number().nonnegative().optional() }).loose().optional(),
  }),
});

const UNREACHABLE =
  /chat not found|bot was blocked|bot was kicked|user is deactivated|have no rights|not enough rights|CHAT_WRITE_FORBIDDEN|group chat was upgraded|PEER_ID_INVALID/i;
const GONE = /message to edit not found|message can't be edited|message to delete not found|message can't be deleted|MESSAGE_ID_INVALID/i;

/** The Telegram refusal behind an error, or undefined when the error did not come from the Bot API. */
export function telegramFailureOf(error: unknown): TelegramFailure | undefined {
  const parsed = telegramErrorSchema.safeParse(error);
  if (!parsed.success) return undefined;
  const { error_code: code, description, parameters } = parsed.data.response;
  const failure = { code, description };
  if (code === 429) return { ...failure, kind: "flood", retryAfter: parameters?.retry_after };
  if (code === 403 || UNREACHABLE.test(description)) return { ...failure, kind: "unreachable" };
  if (/message is not modified/i.test(description)) return { ...failure, kind: "unchanged" };
  if (GONE.test(description)) return { ...failure, kind: "messageGone" };
  return { ...failure, kind: "other" };
}
