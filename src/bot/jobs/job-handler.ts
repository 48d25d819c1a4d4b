import type { DateTime } from "luxon";
import type { Telegram } from "telegraf";
import type { Convenience } from "telegraf/types";
import type { z } from "zod";
import type { Logger } from "../../logger.ts";
import type { Transaction } from "../../store/prisma-client.ts";
import type { Store } from "../../store/store.ts";

/** A message a fired job sends once its effects are committed. */
export interface JobMessage {
  readonly chatId: number;
  readonly text: string;
  readonly extra?: Convenience.ExtraReplyMessage;
}

/**
 * What a fired job announces once its effects are committed: messages, then `afterwards` (e.g. editing a live board in
 * place), which a job may need beside plain messages.
 */
export interface JobAnnouncement {
  readonly messages: readonly JobMessage[];
  readonly afterwards?: (telegram: Telegram) => Promise<void>;
}

export interface JobContext {
  readonly store: Store;
  /** The time the job fires at (the bot's clock), in the configured zone. */
  readonly now: DateTime;
  readonly logger: Logger;
}

/**
 * What a kind of stored timer does when it falls due: its effects go through `tx` (committed together with
 * the claim on the job, so they happen once), and it returns the messages to announce them.
 */
export interface JobHandler<Payload = unknown> {
  readonly kind: string;
  readonly payload: z.ZodType<Payload>;
  run(tx: Transaction, payload: Payload, context: JobContext): Promise<readonly JobMessage[] | JobAnnouncement>;
}
