import type { Chat, Message, Update, User } from "telegraf/types";
import type { BotMessage } from "../../src/sandbox/bot-api-types.ts";
import { SANDBOX_BOT_INFO } from "../../src/sandbox/sandbox-bot.ts";
import { UpdateFactory, type ConversationChat } from "../../src/sandbox/update-factory.ts";
import { channels, groups, privateChatWith, users } from "./users.ts";

/** Builders of real Update JSON; every update gets a new update_id. */
export interface UpdateBuilders {
  privateMessage(text: string, options?: { from?: User; chatId?: number }): Update.MessageUpdate<Message.TextMessage>;
  groupMessage(text: string, options?: { from?: User; chat?: ConversationChat }): Update.MessageUpdate<Message.TextMessage>;
  /** `/name args` with its bot_command entity; in a group, `mention` appends @asisten_desa_bot. */
  command(
    name: string,
    options?: { args?: string; from?: User; chat?: ConversationChat; mention?: boolean },
  ): Update.MessageUpdate<Message.TextMessage>;
  /** A button press; without `message`, a bot message in the sender's private chat carrying the button. */
  callbackQuery(options: { data: string; from?: User; message?: BotMessage | Message }): Update.CallbackQueryUpdate;
  inlineQuery(query: string, options?: { from?: User; chat?: Chat }): Update.InlineQueryUpdate;
  editedMessage(original: Update.MessageUpdate<Message.TextMessage> | Message.TextMessage, text: string): Update.EditedMessageUpdate<Message.TextMessage>;
  channelPost(text: string, options?: { chat?: Chat.ChannelChat }): Update.ChannelPostUpdate<Message.TextMessage>;
}

/** Builders over one factory (the test harness passes one that shares message ids with its local Bot API). */
export function updateBuilders(factory: UpdateFactory): UpdateBuilders {
  const privateChat = (from: User, chatId = from.id): ConversationChat => ({ ...privateChatWith(from), id: chatId });
  return {
    privateMessage: (text, { from = users.budi, chatId } = {}) => factory.message(text, { from, chat: privateChat(from, chatId) }),
    groupMessage: (text, { from = users.budi, chat = groups.bpdSukamaju } = {}) => factory.message(text, { from, chat }),
    command: (name, { args, from = users.budi, chat, mention = false } = {}) => {
      const target = chat ?? privateChat(from);
      const suffix = mention && target.type !== "private" ? `@${SANDBOX_BOT_INFO.username}` : "";
      const text = `/${name.replace(/^\//, "")}${suffix}${args ? ` ${args}` : ""}`;
      return factory.message(text, { from, chat: target });
    },
    callbackQuery: ({ data, from = users.budi, message }) =>
      factory.callbackQuery({ from, data, message: message ?? buttonMessage(from, data) }),
    inlineQuery: (query, { from = users.budi, chat } = {}) => factory.inlineQuery(query, { from, ...(chat ? { chat } : {}) }),
    editedMessage: (original, text) => factory.editedMessage("message" in original ? original.message : original, text),
    channelPost: (text, { chat = channels.pengumuman } = {}) => factory.channelPost(text, chat),
  };
}

function buttonMessage(to: User, data: string): BotMessage {
  const { id, is_bot, first_name, username } = SANDBOX_BOT_INFO;
  return {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: privateChatWith(to),
    from: { id, is_bot, first_name, username },
    text: "…",
    reply_markup: { inline_keyboard: [[{ text: data, callback_data: data }]] },
  };
}

const defaults = updateBuilders(new UpdateFactory());

export const { privateMessage, groupMessage, command, callbackQuery, inlineQuery, editedMessage, channelPost } = defaults;
