import type { Composer } from "telegraf";
import type { Transaction } from "../../../store/prisma-client.ts";
import type { BotContext } from "../../context.ts";
import { displayName } from "./authorisation.ts";

/**
 * Commands with which an administrator names the officials of a feature: grant (by replying to the user's message,
 * or by user id), revoke, and list. Used by the work plan (/izinkan_rkt) and region formation (/izinkan_pemekaran).
 * Every change commits with the update's exactly-once record.
 */

export interface OfficialEntry {
  readonly userId: number;
  readonly name: string;
  readonly grantedBy: number;
}

export interface OfficialRegistry {
  grantOfficial(tx: Transaction, official: OfficialEntry): Promise<boolean>;
  revokeOfficial(tx: Transaction, userId: number): Promise<boolean>;
  officials(): Promise<readonly OfficialEntry[]>;
}

export interface OfficialRole {
  readonly registry: (ctx: BotContext) => OfficialRegistry;
  /** "petugas RKT" / "RKT official" */
  readonly name: { readonly id: string; readonly en: string };
  /** What the role allows, "mencatat realisasi indikator" / "record indicator realisation". */
  readonly allows: { readonly id: string; readonly en: string };
  readonly commands: { readonly grant: string; readonly revoke: string; readonly list: string };
}

const USER_ID = /^\d{1,15}$/;
const MAX_NAME_LENGTH = 80;

/** The user a grant or revoke is about: the author of the replied-to message, or "ID [NAME]" typed after the command. */
function targetOf(ctx: BotContext, payload: string): { userId: number; name: string } | null {
  const message = ctx.message;
  const replied = message && "reply_to_message" in message ? message.reply_to_message?.from : undefined;
  if (replied && !replied.is_bot) return { userId: replied.id, name: displayName(replied) };
  const [id, ...name] = payload.trim().split(/\s+/);
  if (!id || !USER_ID.test(id)) return null;
  const userId = Number(id);
  const typed = name.join(" ").slice(0, MAX_NAME_LENGTH).trim();
  return { userId, name: typed || `Pengguna ${userId}` };
}

export function registerOfficialCommands(feature: Composer<BotContext>, role: OfficialRole): void {
  const { grant, revoke, list } = role.commands;
  const roleName = (ctx: BotContext) => ctx.say(role.name.id, role.name.en);
  const onlyAdmins = (ctx: BotContext) =>
    ctx.reply(
      ctx.say(
        `Hanya admin yang dapat menunjuk atau mencabut ${role.name.id}. Tidak ada yang diubah.`,
        `Only administrators can appoint or remove ${role.name.en}s. Nothing was changed.`,
      ),
    );
  const usage = (ctx: BotContext, command: string) =>
    ctx.reply(
      ctx.say(
        `Balas pesan orang yang dimaksud dengan /${command}, atau ketik /${command} ID_TELEGRAM NAMA (contoh: /${command} 1002 Siti Aminah).`,
        `Reply to the person's message with /${command}, or type /${command} TELEGRAM_ID NAME (e.g. /${command} 1002 Siti Aminah).`,
      ),
    );

  feature.command(grant, async (ctx) => {
    if (!ctx.isAdmin) return void (await onlyAdmins(ctx));
    const target = targetOf(ctx, ctx.payload);
    if (!target) return void (await usage(ctx, grant));
    const granted = await ctx.services.store.updates.inUpdate(ctx.update.update_id, (tx) =>
      role.registry(ctx).grantOfficial(tx, { userId: target.userId, name: target.name, grantedBy: ctx.from.id }),
    );
    await ctx.reply(
      granted
        ? ctx.say(
            `${target.name} (${target.userId}) sekarang ${role.name.id}: boleh ${role.allows.id}.`,
            `${target.name} (${target.userId}) is now an ${role.name.en}: may ${role.allows.en}.`,
          )
        : ctx.say(`${target.name} (${target.userId}) sudah ${role.name.id}.`, `${target.name} (${target.userId}) already is an ${role.name.en}.`),
    );
  });

  feature.command(revoke, async (ctx) => {
    if (!ctx.isAdmin) return void (await onlyAdmins(ctx));
    const target = targetOf(ctx, ctx.payload);
    if (!target) return void (await usage(ctx, revoke));
    const revoked = await ctx.services.store.updates.inUpdate(ctx.update.update_id, (tx) => role.registry(ctx).revokeOfficial(tx, target.userId));
    await ctx.reply(
      revoked
        ? ctx.say(`${target.userId} bukan lagi ${role.name.id}.`, `${target.userId} is no longer an ${role.name.en}.`)
        : ctx.say(`${target.userId} memang bukan ${role.name.id}; tidak ada yang diubah.`, `${target.userId} was not an ${role.name.en}; nothing was changed.`),
    );
  });

  feature.command(list, async (ctx) => {
    const officials = await role.registry(ctx).officials();
    const mine = ctx.from !== undefined && officials.some((official) => official.userId === ctx.from!.id);
    if (!ctx.isAdmin && !mine) {
      return void (await ctx.reply(
        ctx.say(`Daftar ${role.name.id} hanya untuk admin dan ${role.name.id}.`, `The list of ${role.name.en}s is for administrators and ${role.name.en}s only.`),
      ));
    }
    await ctx.reply(
      officials.length === 0
        ? ctx.say(`Belum ada ${role.name.id}. Admin menunjuk dengan /${grant}.`, `No ${role.name.en}s yet. Administrators appoint them with /${grant}.`)
        : [
            ctx.say(`${roleName(ctx)} (boleh ${role.allows.id}):`, `${roleName(ctx)}s (may ${role.allows.en}):`),
            ...officials.map((official) => `• ${official.name} (${official.userId})`),
            ctx.say("Admin juga boleh.", "Administrators may too."),
          ].join("\n"),
    );
  });
}
