import type { Chat, User } from "telegraf/types";
import type { BotMessage } from "../../src/sandbox/bot-api-types.ts";
import { SANDBOX_BOT_INFO } from "../../src/sandbox/sandbox-bot.ts";
import { textEntities, userOf } from "../../src/sandbox/update-factory.ts";
import { councilChat } from "../kit/council.ts";
import { channels } from "../kit/users.ts";
import type { Random } from "../kit/random.ts";
import type { FuzzWorld } from "./fuzz-world.ts";
import { argumentOf, textOf } from "./text-generator.ts";

export type FuzzKind =
  | "private text"
  | "private command"
  | "group command"
  | "group text"
  | "callback"
  | "replayed update"
  | "edited message"
  | "channel post"
  | "inline query"
  | "other message"
  | "wrong types";

export interface Generated {
  readonly kind: FuzzKind;
  /** Not necessarily a valid Update: the "wrong types" kind breaks it on purpose. */
  readonly update: Record<string, unknown> & { update_id: unknown };
  /** A private chat's message from its own user: some reply is due. */
  readonly replyDueIn?: number;
  /** A callback query to be answered. */
  readonly callbackId?: string;
}

type Json = Record<string, unknown>;

const BOT = { id: SANDBOX_BOT_INFO.id, is_bot: true, first_name: SANDBOX_BOT_INFO.first_name, username: SANDBOX_BOT_INFO.username };

const COUNCIL_ACTIONS = [
  "hadir", "keluar", "buka", "tunda", "daftar", "tutupdaftar", "bicara", "lantai", "selesai", "waktu", "menyimpang",
  "interupsi", "izin", "tolakint", "tegur", "larang", "usir", "vote", "tutupvote", "tutup", "hm", "vf", "link", "unlink", "x", "",
];
const COUNCIL_ARGS = ["yes", "no", "abstain", "m1", "m2", "m3", "m9", "m10", "m99", "m3.yes", "m9.no", "m1.m2", "1", "0", "999", "..", "a".repeat(41), ""];
const PERIODS = ["2026-S1", "2026-S2", "2025-S1", "9999-S1", "2026-S3", "2026-1", ""];

/** Updates as the fuzzer sends them: every kind Telegram delivers, and some it never would. */
export class UpdateGenerator {
  private updateId = 1_000_000;
  private readonly sent: Json[] = [];
  private messageId = 50_000;

  constructor(
    private readonly random: Random,
    private readonly world: FuzzWorld,
  ) {}

  next(): Generated {
    const r = this.random;
    const roll = r.int(0, 99);
    if (roll < 16) return this.privateText();
    if (roll < 32) return this.command(true);
    if (roll < 44) return this.command(false);
    if (roll < 49) return this.groupText();
    if (roll < 74) return this.callback();
    if (roll < 78 && this.sent.length > 0) return { kind: "replayed update", update: structuredClone(r.pick(this.sent)) as Generated["update"] };
    if (roll < 82) return this.edited();
    if (roll < 85) return this.channelPost();
    if (roll < 89) return this.inline();
    if (roll < 94) return this.otherMessage();
    return this.wrongTypes();
  }

  private id(): number {
    return this.updateId++;
  }

  private remember(update: Json): void {
    if (this.sent.length < 500) this.sent.push(update);
    else this.sent[this.random.int(0, 499)] = update;
  }

  /** A fuzzer's sender, sometimes someone the bot never saw; often an insider, who has something to lose. */
  private sender(): User {
    const r = this.random;
    if (r.chance(0.15)) return userOf({ id: r.int(8_000_000, 8_999_999_999), name: textOf(r).slice(0, 64) || "X" });
    if (r.chance(0.35)) return r.pick(this.world.insiders);
    return r.pick(this.world.senders);
  }

  private group(from?: User): Chat.SupergroupChat | Chat.GroupChat {
    const r = this.random;
    // The insider's own council is where the chair's commands do something.
    if (from && this.world.insiders.includes(from) && r.chance(0.6)) return this.world.insiderChat;
    const choice = r.int(0, 3);
    if (choice === 0) return councilChat;
    if (choice === 1) return this.world.insiderChat;
    if (choice === 2) return { id: -r.int(1, 999_999_999), type: "group", title: textOf(r).slice(0, 128) || "Grup" };
    return { id: -1_000_000_000_000 - r.int(1, 999_999_999), type: "supergroup", title: "Grup Lain" };
  }

  private message(chat: Chat, from: User | undefined, text: string): Json {
    const entities = textEntities(text);
    return {
      message_id: this.messageId++,
      ...(from ? { from } : {}),
      chat,
      date: 1_780_000_000 + this.random.int(0, 1_000_000),
      text,
      ...(entities.length ? { entities } : {}),
      ...(this.random.chance(0.05) ? { reply_to_message: { message_id: this.random.int(1, 100), from: BOT, chat, date: 1_780_000_000, text: "…" } } : {}),
    };
  }

  private privateChat(user: User): Chat.PrivateChat {
    return { id: user.id, type: "private", first_name: user.first_name, ...(user.last_name ? { last_name: user.last_name } : {}) };
  }

  private privateText(): Generated {
    const from = this.sender();
    const update = { update_id: this.id(), message: this.message(this.privateChat(from), from, textOf(this.random)) };
    this.remember(update);
    return { kind: "private text", update, replyDueIn: from.id };
  }

  private commandText(inGroup: boolean): string {
    const r = this.random;
    const name = r.chance(0.9) ? r.pick(this.world.commands) : r.pick(["", "x", "HADIR", "hadir_", "a".repeat(40), "start1", "bantuan2"]);
    const mention = inGroup && r.chance(0.4) ? r.pick([`@${SANDBOX_BOT_INFO.username}`, "@bot_lain", "@"]) : r.chance(0.05) ? `@${SANDBOX_BOT_INFO.username}` : "";
    const args = r.chance(0.7) ? argumentOf(r) : "";
    const multiline = r.chance(0.1) ? `\n${textOf(r)}\n${textOf(r)}` : "";
    return `/${name}${mention}${args ? r.pick([" ", "  ", "\n", "\t"]) + args : ""}${multiline}`;
  }

  private command(inPrivate: boolean): Generated {
    const from = this.sender();
    const chat = inPrivate ? this.privateChat(from) : this.group(from);
    const update = { update_id: this.id(), message: this.message(chat, from, this.commandText(!inPrivate)) };
    this.remember(update);
    return { kind: inPrivate ? "private command" : "group command", update, ...(inPrivate ? { replyDueIn: from.id } : {}) };
  }

  private groupText(): Generated {
    const r = this.random;
    const text = r.chance(0.3) ? `@${SANDBOX_BOT_INFO.username} ${textOf(r)}` : textOf(r);
    const from = this.sender();
    const update = { update_id: this.id(), message: this.message(this.group(from), from, text) };
    this.remember(update);
    return { kind: "group text", update };
  }

  private callbackData(): string {
    const r = this.random;
    const world = this.world;
    const run = () => (r.chance(0.8) && world.runs.length ? r.pick(world.runs) : { id: r.int(0, 2_000_000_001), seq: r.int(0, 99) });
    const seqOf = (known: { seq: number }) => r.pick([known.seq, known.seq - 1, known.seq + 1, 0, r.int(0, 1_000_001)]);
    const session = () => (r.chance(0.8) ? r.pick([...world.sessionIds, 0]) : r.pick([-1, 1_000_000_001, r.int(0, 1_000_000)]));
    const small = () => r.pick([0, 1, 2, 3, 5, 9, 14, 15, 20, 21, 99, -1, r.int(0, 2_000_000_001)]);
    const choice = r.int(0, 99);
    if (choice < 8) return textOf(r).slice(0, r.int(0, 100));
    if (choice < 15 && world.buttonMessages.length) {
      const buttons = r.pick(world.buttonMessages).reply_markup?.inline_keyboard.flat() ?? [];
      const data = buttons.map((button) => ("callback_data" in button ? button.callback_data : "")).filter(Boolean);
      if (data.length) return r.pick(data);
    }
    if (choice < 40) {
      const arg = r.chance(0.7) ? `:${r.pick(COUNCIL_ARGS)}` : "";
      return `bpd:${session()}:${r.pick(COUNCIL_ACTIONS)}${arg}`;
    }
    if (choice < 70) {
      const known = run();
      const agency = r.pick([this.world.organisation.dinkesId, this.world.organisation.disdikId, 0, 999]);
      return r.pick([
        "mn", "mq", "mE", `mo:${known.id}`, `mc:${known.id}:${seqOf(known)}:${small()}`, `mf:${known.id}:${seqOf(known)}:${r.pick(["y", "n", "c", "s", "k", "z", String(small())])}`,
        `mp:${known.id}`, `mx:${known.id}:${seqOf(known)}`, `mh:${known.id}:${seqOf(known)}`, `mv:${known.id}`, `mt:${known.id}:${seqOf(known)}`,
        `mb:${known.id}:${seqOf(known)}`, `md:${known.id}:${seqOf(known)}`, `mr:${agency}:${r.pick(PERIODS)}`, `ms:${agency}:${r.pick(PERIODS)}`,
        `mk:${r.pick(PERIODS)}`, `mu:${r.pick(PERIODS)}`, `me:${r.pick(["s", String(small())])}`, `ma:${small()}`, `mj:${small()}`,
        `mF:${r.pick(["static", "dynamic", "native", "x"])}`, `mS:${r.pick(["text", "spreadsheet", "presentation", "drawing", "x"])}`,
        `mR:${small()}`, `mA:${agency}`,
      ]);
    }
    if (choice < 80) {
      const column = r.pick(["villageFund", "districtAllocation", "taxShare", "leviesShare", "total", "x"]);
      return r.pick([`fv:1:${small()}`, `fd:1:${small()}:${small()}`, `fl:1:${small()}`, `fk:${small()}`, `ft:1:${small()}`, `fr:1:${column}:${r.pick(["h", "l", "x"])}`, `fv:${small()}:1`]);
    }
    if (choice < 90) {
      const kind = r.pick(["k", "c", "p", "x"]);
      const answers = Array.from({ length: r.int(0, 12) }, () => r.pick(["y", "n", "u", "-", "q"])).join("");
      return r.pick([
        "rf:m", `rf:q:${kind}`, `rf:t:${kind}`, "rf:o", "rf:d", `rf:c:${kind}:${r.pick(["x", String(small())])}:${answers}`, `rf:r:${kind}:${r.pick(["x", String(small())])}:${answers}`,
        "rf:l", `rf:p:${small()}`, `rf:s:${small()}:${small()}`, `rf:b:${small()}:${small()}`,
      ]);
    }
    if (choice < 96) return r.pick(["wp:o", `wp:p:${small()}`, `wp:i:${small()}`, `wp:h:${small()}`, `wp:n:${small()}`, "wp:l", "wp:s", "wp:r", "wp:x"]);
    return r.pick(["lang:id", "lang:en", "lang:xx", "lang:", "lang:id:en"]);
  }

  private callbackMessage(from: User): BotMessage | undefined {
    const r = this.random;
    const choice = r.int(0, 9);
    if (choice < 4 && this.world.buttonMessages.length) {
      const own = this.world.buttonMessages.filter((message) => message.chat.id === from.id || message.chat.type !== "private");
      return r.pick(r.chance(0.7) && own.length ? own : this.world.buttonMessages);
    }
    if (choice === 9) return undefined;
    const chat: Chat = choice < 7 ? this.privateChat(from) : this.group(from);
    return { message_id: r.int(1, 100_000), from: BOT, chat, date: 1_780_000_000, text: textOf(r).slice(0, 200) || "…" };
  }

  private callback(): Generated {
    const from = this.sender();
    const data = this.callbackData();
    const message = this.callbackMessage(from);
    const id = `${from.id}${this.updateId}`;
    const query = {
      id,
      from,
      chat_instance: String(this.random.int(1, 1e9)),
      ...(message ? { message: { ...message, reply_markup: { inline_keyboard: [[{ text: "…", callback_data: data }]] } } } : { inline_message_id: `inline-${this.updateId}` }),
      ...(this.random.chance(0.03) ? {} : { data }),
    };
    const update = { update_id: this.id(), callback_query: query };
    this.remember(update);
    // A button in someone else's private chat cannot be pressed; such a forged press is dropped unanswered.
    const forged = message?.chat.type === "private" && message.chat.id !== from.id;
    return { kind: "callback", update, ...(forged ? {} : { callbackId: id }) };
  }

  private edited(): Generated {
    const from = this.sender();
    const chat = this.random.chance(0.5) ? this.privateChat(from) : this.group();
    const message = { ...this.message(chat, from, this.random.chance(0.5) ? this.commandText(chat.type !== "private") : textOf(this.random)), edit_date: 1_780_500_000 };
    return { kind: "edited message", update: { update_id: this.id(), edited_message: message } };
  }

  private channelPost(): Generated {
    const chat = this.random.chance(0.5) ? channels.pengumuman : { id: -1_009_000_000_000 - this.random.int(1, 1e6), type: "channel" as const, title: "Kanal" };
    const post = { ...this.message(chat, undefined, this.random.chance(0.4) ? this.commandText(true) : textOf(this.random)), sender_chat: chat };
    const key = this.random.chance(0.2) ? "edited_channel_post" : "channel_post";
    return { kind: "channel post", update: { update_id: this.id(), [key]: post } };
  }

  private inline(): Generated {
    const from = this.sender();
    const query = { id: `${from.id}${this.updateId}`, from, query: textOf(this.random).slice(0, this.random.chance(0.9) ? 256 : 100_000), offset: this.random.pick(["", "10", "x"]) };
    return { kind: "inline query", update: { update_id: this.id(), inline_query: query } };
  }

  /** Messages without text and the other updates a bot in a group receives. */
  private otherMessage(): Generated {
    const r = this.random;
    const from = this.sender();
    const inPrivate = r.chance(0.5);
    const chat = inPrivate ? this.privateChat(from) : this.group();
    const base = { message_id: this.messageId++, from, chat, date: 1_780_000_000 };
    const content = r.pick<Json>([
      { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } },
      { photo: [{ file_id: "p", file_unique_id: "p", width: 90, height: 90 }], ...(r.chance(0.5) ? { caption: textOf(r) } : {}) },
      { document: { file_id: "d", file_unique_id: "d", file_name: textOf(r).slice(0, 60) }, caption: "/laporan 2026-1" },
      { location: { latitude: -7.4, longitude: 109.7 } },
      { contact: { phone_number: "+62812", first_name: "Siti" } },
      { voice: { file_id: "v", file_unique_id: "v", duration: 3 } },
      { new_chat_members: [BOT], ...(inPrivate ? {} : {}) },
      { left_chat_member: BOT },
      { new_chat_title: textOf(r).slice(0, 100) },
      { pinned_message: { message_id: 1, chat, date: 1 } },
      { poll: { id: "p", question: "?", options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: "regular", allows_multiple_answers: false } },
    ]);
    if (r.chance(0.25)) {
      const membership = { chat, from, date: 1_780_000_000, old_chat_member: { status: "member", user: BOT }, new_chat_member: { status: r.pick(["kicked", "left", "administrator", "member"]), user: BOT } };
      return { kind: "other message", update: { update_id: this.id(), [r.pick(["my_chat_member", "chat_member"])]: membership } };
    }
    return { kind: "other message", update: { update_id: this.id(), message: { ...base, ...content } }, ...(inPrivate ? { replyDueIn: from.id } : {}) };
  }

  /** A valid update with one part of the wrong type, missing, or contradicting another. */
  private wrongTypes(): Generated {
    const r = this.random;
    const base = r.pick([() => this.privateText(), () => this.command(r.chance(0.5)), () => this.callback(), () => this.inline(), () => this.edited()])();
    const update = structuredClone(base.update) as Json;
    const payloadKey = Object.keys(update).find((key) => key !== "update_id")!;
    const payload = update[payloadKey] as Json;
    const wrong = () => r.pick<unknown>([null, 42, -1, 1.5, "42", "", true, [], {}, [1, 2], { id: "x" }, 2 ** 64, "\ud800"]);
    const objectAt = (key: string): Json | undefined => {
      const value = payload[key];
      return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
    };
    const mutations: (() => void)[] = [
      () => (update.update_id = wrong()),
      () => (payload.text = wrong()),
      () => (payload.data = wrong()),
      () => (payload.query = wrong()),
      () => delete payload.from,
      () => (payload.from = wrong()),
      () => objectAt("from") && (objectAt("from")!.id = wrong()),
      () => delete payload.chat,
      () => (payload.chat = wrong()),
      () => objectAt("chat") && (objectAt("chat")!.id = wrong()),
      () => objectAt("chat") && (objectAt("chat")!.type = r.pick(["weird", 7, "channel", "private"])),
      () => (payload.entities = r.pick<unknown>(["x", [{ type: "bot_command", offset: 500, length: 9 }], [{ type: "bot_command", offset: -3, length: 40 }], [{ offset: 0 }], [null], [{ type: "bot_command", offset: 0, length: 1e9 }]])),
      () => (payload.date = wrong()),
      () => (payload.message = wrong()),
      () => (payload.id = wrong()),
      () => (payload.message_id = wrong()),
      () => (update[r.pick(["edited_message", "callback_query", "message"])] = structuredClone(payload)),
      () => (update[payloadKey] = wrong()),
      () => (payload.reply_to_message = wrong()),
      () => (payload.from = { id: r.pick([0, -5, 2 ** 53 + 2, 1.5]), is_bot: r.chance(0.5), first_name: wrong() }),
    ];
    r.pick(mutations)();
    if (r.chance(0.3)) r.pick(mutations)();
    // Nothing in it can be trusted, the callback query's id included: no answer or reply is due.
    return { kind: "wrong types", update: update as Generated["update"] };
  }
}
