import type { DateTime } from "luxon";
import type { User } from "telegraf/types";
import type { Actor } from "../../../domain/migration/engine.ts";
import type { Person } from "../../../domain/migration/roles.ts";
import type { Db } from "../../../store/migration/organisation-repository.ts";
import type { BotContext } from "../../context.ts";
import { clip, markup, type View } from "./run-view.ts";
import { speakerFor, type Speaker } from "./texts.ts";

/** Small helpers every migration handler uses: who is asking, now, replying and writing to other chats. */

export function displayName(user: User | undefined): string {
  if (!user) return "?";
  return [user.first_name, user.last_name].filter(Boolean).join(" ").slice(0, 64) || user.username || String(user.id);
}

export function now(ctx: BotContext): DateTime {
  return ctx.services.clock().setZone(ctx.services.timeZone);
}

/** The sender as the migration rules see them (inside a transaction, pass it as `db`). */
export async function personOf(ctx: BotContext, db?: Db): Promise<Person> {
  const user = ctx.from!;
  return ctx.services.store.migration.organisation.person(
    { id: user.id, name: displayName(user) },
    ctx.services.adminIds.has(user.id),
    ctx.services.timeZone,
    db,
  );
}

export function actorOf(person: Person, role: string): Actor {
  return { id: person.id, name: person.name, role };
}

export async function replyView(ctx: BotContext, view: View): Promise<void> {
  await ctx.reply(clip(view.text), markup(view));
}

/** A button press edits its message in place (one live message per question); a typed answer gets a new one. */
export async function showView(ctx: BotContext, view: View): Promise<void> {
  if (ctx.callbackQuery && ctx.callbackQuery.message) {
    try {
      await ctx.editMessageText(clip(view.text), markup(view));
      return;
    } catch (error) {
      const description = (error as { description?: string }).description ?? "";
      if (description.includes("message is not modified")) return;
      ctx.services.logger.debug({ err: error }, "edit failed; sending a new message");
    }
  }
  await replyView(ctx, view);
}

export async function languageOf(ctx: BotContext, chatId: number): Promise<Speaker> {
  return speakerFor(await ctx.services.store.chatSettings.language(chatId));
}

/**
 * Writes to another chat (TPP-SI's group, a technician, the Bupati's office). The state change is already
 * committed: a chat that cannot be reached (never started the bot, bot removed) is logged, not retried.
 */
export async function sendTo(ctx: BotContext, chatId: number, view: View): Promise<boolean> {
  try {
    await ctx.telegram.sendMessage(chatId, clip(view.text), markup(view));
    return true;
  } catch (error) {
    ctx.services.logger.warn({ err: error, chatId }, "migration notice not delivered");
    return false;
  }
}

export async function sendDocumentTo(ctx: BotContext, chatId: number, document: { source: Buffer; filename: string }, caption?: string): Promise<boolean> {
  try {
    await ctx.telegram.sendDocument(chatId, document, caption ? { caption: caption.slice(0, 1000) } : {});
    return true;
  } catch (error) {
    ctx.services.logger.warn({ err: error, chatId }, "migration document not delivered");
    return false;
  }
}

export function isPrivate(ctx: BotContext): boolean {
  return ctx.chat?.type === "private";
}

/**
 * Answers a button press with a short notice (an alert when it refuses). Telegram cuts alerts at 200 characters:
 * a longer refusal (the rule and its article) is also written in the chat, whole.
 */
export async function notice(ctx: BotContext, text: string, alert = false): Promise<void> {
  if (!ctx.callbackQuery) return void (await ctx.reply(text));
  if (text.length <= 200) return void (await ctx.answerCbQuery(text, alert ? { show_alert: true } : {}));
  const first = text.split("\n")[0]!;
  await ctx.answerCbQuery(first.length <= 200 ? first : `${first.slice(0, 199)}…`, alert ? { show_alert: true } : {});
  if (ctx.chat) await ctx.reply(text);
}
