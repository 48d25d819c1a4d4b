import type { BotContext } from "../../context.ts";
import { isAdmin } from "../workplan/authorisation.ts";

/** Who may register proposals and record their stages: an administrator, or a user an administrator appointed. */
export async function canTrackProposals(ctx: BotContext): Promise<boolean> {
  if (!ctx.from) return false;
  return isAdmin(ctx) || (await ctx.services.store.region.isOfficial(ctx.from.id));
}
