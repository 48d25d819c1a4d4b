import type { Update } from "telegraf/types";
import type { Random } from "../kit/random.ts";
import type { FuzzWorld } from "./fuzz-world.ts";
import { UpdateGenerator, type FuzzKind, type Generated } from "./update-generator.ts";

interface Delivered {
  readonly method: string;
  readonly chatId: number;
  readonly text: string;
  readonly alert: boolean;
}

export interface FuzzFigures {
  readonly sent: number;
  readonly byKind: Readonly<Partial<Record<FuzzKind, number>>>;
  readonly replies: number;
  readonly refusals: number;
  readonly callbacksAnswered: number;
  readonly slowest: readonly { readonly kind: FuzzKind; readonly ms: number; readonly update: string }[];
  readonly problems: readonly string[];
}

/** A single update may take this long before it counts as a hang (a regular expression gone exponential, a loop). */
const SLOW_MS = 5_000;

/**
 * Sends `count` generated updates through `bot.handleUpdate`, one at a time, and checks each: handleUpdate never
 * throws, every callback query is answered, a private chat's message always gets some reply. Problems are collected,
 * not thrown, so one run shows them all.
 */
export async function fuzz(world: FuzzWorld, random: Random, count: number): Promise<FuzzFigures> {
  const { bot } = world;
  const generator = new UpdateGenerator(random, world);
  const answered = new Set<string>();
  let delivered: Delivered[] = [];
  const inner = bot.api.call.bind(bot.api);
  bot.api.call = async (method, payload) => {
    const result = await inner(method, payload);
    if (method === "answerCallbackQuery") answered.add(String(payload.callback_query_id));
    const text = String(payload.text ?? payload.caption ?? "");
    delivered.push({ method, chatId: Number(payload.chat_id), text, alert: payload.show_alert === true });
    return result;
  };
  const byKind: Partial<Record<FuzzKind, number>> = {};
  const problems: string[] = [];
  const slowest: { kind: FuzzKind; ms: number; update: string }[] = [];
  let replies = 0;
  let refusals = 0;
  let callbacksAnswered = 0;
  const errorsBefore = bot.errors().length;
  const check = (generated: Generated, calls: readonly Delivered[]) => {
    const sent = calls.filter((call) => /^send|^editMessage/.test(call.method));
    replies += sent.length;
    refusals += calls.filter((call) => call.alert || /^(⛔|⚠️|Maaf|Hanya)|tidak (dikenal|berlaku|terdaftar)|hanya (dapat|boleh|bisa)/i.test(call.text)).length;
    if (generated.callbackId !== undefined) {
      if (answered.has(generated.callbackId)) callbacksAnswered++;
      else problems.push(`callback query not answered: ${describe(generated.update)}`);
    }
    if (generated.replyDueIn !== undefined && !sent.some((call) => call.chatId === generated.replyDueIn)) {
      problems.push(`no reply in a private chat: ${describe(generated.update)}`);
    }
  };
  const handle = async (generated: Generated) => {
    byKind[generated.kind] = (byKind[generated.kind] ?? 0) + 1;
    const started = performance.now();
    try {
      await bot.bot.handleUpdate(generated.update as unknown as Update);
    } catch (error) {
      problems.push(`handleUpdate threw on ${describe(generated.update)}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    const ms = performance.now() - started;
    slowest.push({ kind: generated.kind, ms, update: describe(generated.update) });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 3);
    if (ms > SLOW_MS) problems.push(`${Math.round(ms)} ms for ${describe(generated.update)}`);
  };
  let errorsSeen = errorsBefore;
  const newErrors = (generated: readonly Generated[]) => {
    const errors = bot.errors();
    for (const error of errors.slice(errorsSeen)) problems.push(`error logged for ${generated.map((g) => describe(g.update)).join(" + ")}: ${JSON.stringify(error)}`);
    errorsSeen = errors.length;
  };
  try {
    for (let i = 0; i < count; ) {
      // Now and then several chats at once, as polling hands the bot a batch: one update per chat, so what was
      // sent to a chat is still known to be for its update.
      const burst: Generated[] = [];
      const chats = new Set<string>();
      const size = random.chance(0.03) ? random.int(2, 8) : 1;
      while (burst.length < size && i < count) {
        const generated = generator.next();
        const key = chatKeyOf(generated.update);
        if (size > 1 && chats.has(key)) continue;
        chats.add(key);
        burst.push(generated);
        i++;
      }
      delivered = [];
      await Promise.all(burst.map(handle));
      for (const generated of burst) {
        const chatId = generated.replyDueIn;
        check(generated, burst.length === 1 ? delivered : delivered.filter((call) => chatId === undefined || call.chatId === chatId));
      }
      newErrors(burst);
    }
  } finally {
    bot.api.call = inner;
  }
  return { sent: count, byKind, replies, refusals, callbacksAnswered, slowest, problems };
}

/** Which chat an update is for, as the per-chat queue sees it. */
function chatKeyOf(update: unknown): string {
  const payload = Object.entries((update ?? {}) as Record<string, unknown>).find(([key]) => key !== "update_id")?.[1] as
    | { chat?: { id?: unknown }; message?: { chat?: { id?: unknown } }; from?: { id?: unknown } }
    | undefined;
  return String(payload?.chat?.id ?? payload?.message?.chat?.id ?? `user ${String(payload?.from?.id)}`);
}

/** The update, short enough for a failure message, but enough to send it again. */
export function describe(update: unknown): string {
  const json = JSON.stringify(update) ?? String(update);
  return json.length > 600 ? `${json.slice(0, 600)}…(${json.length} chars)` : json;
}
