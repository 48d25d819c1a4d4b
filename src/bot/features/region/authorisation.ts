import type { BotContext } from "../../context.ts";

/** Who may register proposals and record their stages: an administrator, or a user an administrator appointed. */
export async function canTrackProposals(ctx: BotContext): Promise<boolean> {
  if (!ctx.from) return false;
  return ctx.isAdmin || (await ctx.services.store.region.isOfficial(ctx.from.id));
}
