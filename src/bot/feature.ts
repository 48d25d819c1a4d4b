import type { Composer } from "telegraf";
import type { BotContext } from "./context.ts";
import type { JobHandler } from "./jobs/job-handler.ts";

/** One line of /bantuan: the command as typed, and what it does in Indonesian and English. */
export interface CommandHelp {
  readonly usage: string;
  readonly id: string;
  readonly en: string;
}

/**
 * A feature of the bot: its composer, what /start says it does, and the commands it offers the sender
 * (which may depend on the sender's role in this chat).
 */
export interface Feature {
  readonly name: string;
  readonly composer: () => Composer<BotContext>;
  readonly welcome: { readonly id: string; readonly en: string };
  commandsFor(ctx: BotContext): readonly CommandHelp[] | Promise<readonly CommandHelp[]>;
  /** The stored timers this feature schedules, and what each does when it falls due. */
  readonly jobs?: readonly JobHandler<never>[];
}
