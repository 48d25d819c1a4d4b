import type { MiddlewareFn } from "telegraf";
import { z } from "zod";
import type { BotContext } from "../context.ts";

/**
 * The fields of an update the bot reads, with the types the Bot API promises. Telegram keeps them, but an update can
 * also come from a misbehaving proxy or a forged webhook request, and Telegraf and the features read them without
 * checking (`ctx.from.id`, `text.startsWith`, `BigInt(chat.id)`): one wrong type would be an error per update. Fields
 * the bot does not read stay unchecked (loose objects), so a new Bot API field never drops an update.
 */

const id = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).refine((value) => value !== 0);
const user = z.looseObject({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
const chat = z.looseObject({ id, type: z.enum(["private", "group", "supergroup", "channel"]) });
const entity = z.looseObject({ type: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });

/** Entities point inside their text (offsets and lengths in UTF-16 code units, as JavaScript counts). */
const entitiesInside = (text: string | undefined, entities: readonly z.infer<typeof entity>[] | undefined) =>
  entities === undefined || (text !== undefined && entities.every((e) => e.offset + e.length <= text.length));

/** A private chat's id is its user's id (Bot API): the sender of anything in it is that user. */
const privateChatOf = (where: { id: number; type: string }, from: { id: number } | undefined) => where.type !== "private" || where.id === from?.id;

const repliedTo = z.looseObject({ message_id: z.number().int(), from: user.optional(), chat: chat.optional(), text: z.string().optional() });

const messageFields = z
  .looseObject({
    message_id: z.number().int(),
    date: z.number().int(),
    chat,
    from: user.optional(),
    sender_chat: chat.optional(),
    text: z.string().optional(),
    caption: z.string().optional(),
    entities: z.array(entity).optional(),
    caption_entities: z.array(entity).optional(),
    reply_to_message: repliedTo.optional(),
  })
  .refine((m) => entitiesInside(m.text, m.entities) && entitiesInside(m.caption, m.caption_entities), "entities");

/** A message in a private chat or a group has a sender (a fake one for anonymous admins); a channel's come as posts. */
const message = messageFields
  .refine((m) => m.from !== undefined, "from")
  .refine((m) => m.chat.type !== "channel", "chat.type")
  .refine((m) => privateChatOf(m.chat, m.from), "private chat of another user");
const channelPost = messageFields.refine((m) => m.chat.type === "channel", "chat.type");

const callbackQuery = z
  .looseObject({
    id: z.string().min(1),
    from: user,
    // An inaccessible message (Bot API 7.0) has only its chat, id and date 0.
    message: z.looseObject({ message_id: z.number().int(), chat, date: z.number().int(), text: z.string().optional() }).optional(),
    inline_message_id: z.string().optional(),
    chat_instance: z.string(),
    data: z.string().optional(),
  })
  .refine((q) => !q.message || privateChatOf(q.message.chat, q.from), "private chat of another user");

const inlineQuery = z.looseObject({ id: z.string().min(1), from: user, query: z.string(), offset: z.string() });
const membership = z.looseObject({ chat, from: user, date: z.number().int() });

const PAYLOADS: Readonly<Record<string, z.ZodType>> = {
  message,
  edited_message: message,
  channel_post: channelPost,
  edited_channel_post: channelPost,
  callback_query: callbackQuery,
  inline_query: inlineQuery,
  my_chat_member: membership,
  chat_member: membership,
};

const envelope = z.looseObject({ update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) });

/** The reason an update is not one the bot can read, or undefined when it is. */
export function malformation(update: unknown): string | undefined {
  const head = envelope.safeParse(update);
  if (!head.success) return "update_id";
  const payloads = Object.entries(head.data).filter(([key]) => key !== "update_id");
  if (payloads.length !== 1) return "payloads";
  const [kind, payload] = payloads[0]!;
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return kind;
  const schema = PAYLOADS[kind];
  if (!schema) return undefined;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return [kind, ...issue.path.map(String), ...(issue.path.length === 0 ? [issue.message] : [])].join(".");
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces every lone surrogate (half of a UTF-16 pair, which JSON can carry as "\udfff") in the update's strings
 * with U+FFFD, in place: such a string has no UTF-8 form, and the database driver refuses to write it.
 */
export function repairText(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (typeof field === "string") {
      LONE_SURROGATE.lastIndex = 0;
      if (LONE_SURROGATE.test(field)) record[key] = field.replace(LONE_SURROGATE, "\ufffd");
    } else repairText(field);
  }
}

/**
 * First in line: an update the bot cannot read is logged (its id and the first bad field, never its content) and
 * dropped. Nothing is answered, since nothing in it can be trusted, the chat and the callback query's id included.
 * The strings of an update it can read are made valid Unicode.
 */
export function wellFormedUpdate(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const problem = malformation(ctx.update);
    if (problem === undefined) {
      repairText(ctx.update);
      return next();
    }
    const updateId = (ctx.update as { update_id?: unknown }).update_id;
    ctx.services.logger.warn({ updateId: typeof updateId === "number" ? updateId : null, field: problem }, "malformed update dropped");
    return Promise.resolve();
  };
}
