import type { Chat, Message, MessageEntity, Update, User } from "telegraf/types";

type ReplyMessage = NonNullable<Message.TextMessage["reply_to_message"]>;
import type { BotMessage } from "./bot-api-types.ts";

/** Someone talking to the bot in the sandbox or a test. */
export interface Persona {
  readonly id: number;
  readonly name: string;
  readonly username?: string;
}

export type ConversationChat = Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat;

export interface UpdateFactoryOptions {
  /** The update_id the next update gets; the sandbox persists it so ids keep increasing between runs. */
  readonly nextUpdateId?: number;
  /** Hands out message ids per chat (shared with the bot's own messages, as in Telegram). */
  readonly messageIds?: (chatId: number) => number;
  readonly now?: () => Date;
}

/** Builds Update JSON exactly as Telegram delivers it to a bot. */
export class UpdateFactory {
  private updateId: number;
  private readonly messageIds: (chatId: number) => number;
  private readonly now: () => Date;

  constructor(options: UpdateFactoryOptions = {}) {
    this.updateId = options.nextUpdateId ?? 1;
    this.now = options.now ?? (() => new Date());
    const counters = new Map<number, number>();
    this.messageIds =
      options.messageIds ??
      ((chatId) => {
        const next = (counters.get(chatId) ?? 0) + 1;
        counters.set(chatId, next);
        return next;
      });
  }

  get nextUpdateId(): number {
    return this.updateId;
  }

  message(
    text: string,
    options: { from: User; chat: ConversationChat; replyTo?: BotMessage | Message },
  ): Update.MessageUpdate<Message.TextMessage> {
    return {
      update_id: this.takeUpdateId(),
      message: {
        message_id: this.messageIds(options.chat.id),
        from: options.from,
        chat: options.chat,
        date: this.unixNow(),
        text,
        ...entitiesField(text),
        ...(options.replyTo ? { reply_to_message: replyOf(options.replyTo) } : {}),
      },
    };
  }

  /** The same message after its sender edited it. */
  editedMessage(original: Message.TextMessage, text: string): Update.EditedMessageUpdate<Message.TextMessage> {
    return {
      update_id: this.takeUpdateId(),
      edited_message: {
        message_id: original.message_id,
        from: original.from!,
        chat: original.chat as ConversationChat,
        date: original.date,
        edit_date: this.unixNow(),
        text,
        ...entitiesField(text),
      },
    };
  }

  channelPost(text: string, chat: Chat.ChannelChat): Update.ChannelPostUpdate<Message.TextMessage> {
    return {
      update_id: this.takeUpdateId(),
      channel_post: {
        message_id: this.messageIds(chat.id),
        sender_chat: chat,
        chat,
        date: this.unixNow(),
        text,
        ...entitiesField(text),
      },
    };
  }

  /**
   * What Telegram delivers when someone adds the bot to a group: the service message naming the new
   * member, then the bot's own membership change.
   */
  botAddedToGroup(options: { from: User; chat: Chat.SupergroupChat | Chat.GroupChat; bot: User }): Update[] {
    const date = this.unixNow();
    const serviceMessage: Update.MessageUpdate = {
      update_id: this.takeUpdateId(),
      message: {
        message_id: this.messageIds(options.chat.id),
        from: options.from,
        chat: options.chat,
        date,
        new_chat_members: [options.bot],
      },
    };
    const membership: Update.MyChatMemberUpdate = {
      update_id: this.takeUpdateId(),
      my_chat_member: {
        chat: options.chat,
        from: options.from,
        date,
        old_chat_member: { status: "left", user: options.bot },
        new_chat_member: { status: "member", user: options.bot },
      },
    };
    return [serviceMessage, membership];
  }

  /** A tap on a callback button of a bot message: Telegram sends the message as it is now, and the data. */
  callbackQuery(options: { from: User; message: BotMessage | Message; data: string }): Update.CallbackQueryUpdate {
    const updateId = this.takeUpdateId();
    return {
      update_id: updateId,
      callback_query: {
        id: `${options.from.id}${String(updateId).padStart(10, "0")}`,
        from: options.from,
        message: options.message as Message,
        chat_instance: chatInstance(options.message.chat.id),
        data: options.data,
      },
    };
  }

  /** What typing "@bot query" sends; `chat` is where it was typed. */
  inlineQuery(query: string, options: { from: User; chat?: Chat }): Update.InlineQueryUpdate {
    const updateId = this.takeUpdateId();
    const chat = options.chat;
    const chatType = !chat ? undefined : chat.type === "private" && chat.id === options.from.id ? "sender" : chat.type;
    return {
      update_id: updateId,
      inline_query: {
        id: `${options.from.id}${String(updateId).padStart(10, "0")}`,
        from: options.from,
        query,
        offset: "",
        ...(chatType ? { chat_type: chatType } : {}),
      },
    };
  }

  private takeUpdateId(): number {
    const id = this.updateId;
    this.updateId += 1;
    return id;
  }

  private unixNow(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}

export function userOf(persona: Persona): User {
  const [first, ...rest] = persona.name.trim().split(/\s+/);
  return {
    id: persona.id,
    is_bot: false,
    first_name: first || persona.name,
    ...(rest.length > 0 ? { last_name: rest.join(" ") } : {}),
    ...(persona.username ? { username: persona.username } : {}),
    language_code: "id",
  };
}

export function privateChatOf(persona: Persona): Chat.PrivateChat {
  const user = userOf(persona);
  return {
    id: persona.id,
    type: "private",
    first_name: user.first_name,
    ...(user.last_name ? { last_name: user.last_name } : {}),
    ...(user.username ? { username: user.username } : {}),
  };
}

export function supergroupChat(id: number, title: string): Chat.SupergroupChat {
  return { id, type: "supergroup", title };
}

/**
 * A stable supergroup id for a group name (same name, same group, whatever the case or spacing), shaped
 * like Telegram's: -100 followed by ten digits.
 */
export function groupIdFromTitle(title: string): number {
  const key = title.normalize("NFKC").toLocaleLowerCase("id").replace(/\s+/g, " ").trim();
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return -(1_000_000_000_000 + hash);
}

/** The entities Telegram detects in typed text: bot commands and @mentions. */
export function textEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(/(^|\s)(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?|@[A-Za-z0-9_]{5,32})(?![A-Za-z0-9_@])/g)) {
    const token = match[2]!;
    const offset = match.index + match[1]!.length;
    entities.push({ type: token.startsWith("/") ? "bot_command" : "mention", offset, length: token.length });
  }
  return entities;
}

function entitiesField(text: string): { entities?: MessageEntity[] } {
  const entities = textEntities(text);
  return entities.length > 0 ? { entities } : {};
}

/** A replied-to message as Telegram nests it: without its own reply_to_message. */
function replyOf(message: BotMessage | Message): ReplyMessage {
  const { reply_to_message: _nested, ...rest } = message as Message.TextMessage;
  return rest as ReplyMessage;
}

function chatInstance(chatId: number): string {
  return String(BigInt(chatId) * 7919n);
}
