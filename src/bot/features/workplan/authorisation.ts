import type { BotContext } from "../../context.ts";

/** Who may record realisation: an administrator, or a user an administrator made an RKT official. */
export async function canRecordRealisation(ctx: BotContext): Promise<boolean> {
  if (!ctx.from) return false;
  return ctx.isAdmin || (await ctx.services.store.workplan.isOfficial(ctx.from.id));
}

export function displayName(user: { first_name: string; last_name?: string; id: number }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || `Pengguna ${user.id}`;
}
