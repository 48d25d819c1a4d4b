import { z } from "zod";
import { distributionSchema, type Distribution } from "../../../domain/migration/distribution.ts";
import type { Db } from "../../../store/migration/organisation-repository.ts";
import type { BotContext } from "../../context.ts";

/** Settings the IT office's admins set by chat (stored, not environment variables). */
const chatSchema = z.object({ chatId: z.number().int(), title: z.string() });
export type RegisteredChat = z.output<typeof chatSchema>;

export const SETTING_KEYS = { distribution: "distribution", supportChat: "supportChat", bupatiChat: "bupatiChat" } as const;

export function distributionSetting(ctx: BotContext, db?: Db): Promise<Distribution | undefined> {
  return ctx.services.store.migration.organisation.setting(SETTING_KEYS.distribution, distributionSchema, db);
}

/** The TPP-SI group chat, registered by an admin with /grup_tppsi in that group. */
export function supportChatSetting(ctx: BotContext, db?: Db): Promise<RegisteredChat | undefined> {
  return ctx.services.store.migration.organisation.setting(SETTING_KEYS.supportChat, chatSchema, db);
}

/** The regional head's office chat that receives the recap, registered with /grup_bupati. */
export function bupatiChatSetting(ctx: BotContext, db?: Db): Promise<RegisteredChat | undefined> {
  return ctx.services.store.migration.organisation.setting(SETTING_KEYS.bupatiChat, chatSchema, db);
}
