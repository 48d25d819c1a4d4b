import type Database from "better-sqlite3";
import type { Message, Update, User } from "telegraf/types";
import { findButton, flatten } from "../../src/sandbox/keyboard.ts";
import { keyboardOf } from "../../src/sandbox/local-bot-api.ts";
import { UpdateFactory, type ConversationChat } from "../../src/sandbox/update-factory.ts";
import type { BotApiServer, ServedCall } from "../kit/bot-api-server.ts";

/**
 * Scripted users against the bot process: each update is pushed to the fake Bot API server and followed until the
 * bot confirms it (getUpdates with a higher offset), whatever kills and redeliveries happen meanwhile. What the bot
 * sent for it between the push and the confirmation is its response: a user saw a reply, or saw nothing.
 */

/** Whether a step's effect is in the database; undefined when it is, else what is missing. */
export type Expect = (db: Database.Database, updateId: number) => string | undefined;

export type Outcome = "confirmed" | "silent" | "failed" | "refused";

export interface Delivery {
  readonly lane: string;
  readonly step: string;
  readonly updateId: number;
  readonly chatId: number;
  readonly callbackId?: string;
  readonly expect?: Expect;
  readonly outcome: Outcome;
  readonly responses: readonly ServedCall[];
  /** When it was pushed and confirmed (epoch ms), for a trace of a failed run. */
  readonly pushedAt: number;
  readonly confirmedAt: number;
}

export interface KillSwitch {
  /** Arms a kill for this update (or not), by the seeded policy. */
  arm(update: { updateId: number; chatId: number; callbackId?: string }): void;
  disarm(updateId: number): void;
}

const SHOWN = new Set(["sendMessage", "editMessageText", "sendDocument", "editMessageCaption"]);
const FAILED = "Maaf, terjadi kesalahan";
const RECORDED = "Permintaan ini sudah dicatat";

export class Harness {
  readonly deliveries: Delivery[] = [];
  /** What the scripted users had to work around (not failures of the run, but worth reading). */
  readonly notes: string[] = [];
  readonly factory: UpdateFactory;
  stepsDone = 0;

  constructor(
    readonly server: BotApiServer,
    readonly kills: KillSwitch,
    readonly db: () => Database.Database,
    private readonly confirmTimeoutMs = 120_000,
  ) {
    this.factory = new UpdateFactory({ messageIds: (chatId) => server.api.nextMessageId(chatId) });
  }

  /** Pushes one update and waits for the bot to confirm it; returns what the user saw. */
  async deliver(update: Update, meta: { lane: string; step: string; expect?: Expect }): Promise<Delivery> {
    const chatId = chatIdOf(update);
    const callbackId = "callback_query" in update ? update.callback_query.id : undefined;
    const fromSeq = this.server.lastSeq;
    const pushedAt = Date.now();
    this.kills.arm({ updateId: update.update_id, chatId, ...(callbackId ? { callbackId } : {}) });
    this.server.push(update);
    const deadline = Date.now() + this.confirmTimeoutMs;
    while (!this.server.isConfirmed(update.update_id)) {
      if (Date.now() > deadline) throw new Error(`update ${update.update_id} (${meta.lane}: ${meta.step}) was never confirmed by the bot`);
      await this.server.changed(250);
    }
    this.kills.disarm(update.update_id);
    this.stepsDone++;
    const responses = this.server
      .callsAfter(fromSeq)
      .filter((call) => call.performed && (Number(call.payload.chat_id) === chatId || (callbackId !== undefined && call.payload.callback_query_id === callbackId)));
    const delivery: Delivery = { ...meta, updateId: update.update_id, chatId, ...(callbackId ? { callbackId } : {}), outcome: classify(responses, callbackId, chatId), responses, pushedAt, confirmedAt: Date.now() };
    this.deliveries.push(delivery);
    return delivery;
  }
}

function classify(responses: readonly ServedCall[], callbackId: string | undefined, chatId: number): Outcome {
  const shown = responses.filter((call) => SHOWN.has(call.method));
  const texts = shown.map((call) => String(call.payload.text ?? call.payload.caption ?? ""));
  if (callbackId !== undefined) {
    const answers = responses.filter((call) => call.method === "answerCallbackQuery" && call.payload.callback_query_id === callbackId);
    const alerts = answers.filter((call) => call.payload.show_alert === true);
    if (alerts.some((call) => String(call.payload.text ?? "").startsWith(FAILED))) return "failed";
    if (alerts.length > 0) return "refused";
    // In a group the answer's text is the confirmation; in a private chat the edited question is.
    if (answers.some((call) => typeof call.payload.text === "string" && call.payload.text !== "")) return "confirmed";
    return answers.length > 0 && chatId > 0 && shown.length > 0 ? "confirmed" : "silent";
  }
  if (texts.some((text) => text.startsWith(FAILED)) && !texts.some((text) => text.startsWith(RECORDED))) return "failed";
  return shown.length > 0 ? "confirmed" : "silent";
}

export function textsOf(delivery: Delivery): string[] {
  return delivery.responses.filter((call) => SHOWN.has(call.method) || call.method === "answerCallbackQuery").map((call) => String(call.payload.text ?? ""));
}

function chatIdOf(update: Update): number {
  if ("message" in update) return update.message.chat.id;
  if ("callback_query" in update && update.callback_query.message) return update.callback_query.message.chat.id;
  throw new Error("the scripts send messages and button presses only");
}

export interface StepOptions {
  readonly step?: string;
  /** The step changes something: where to find it in the database. */
  readonly expect?: Expect;
}

export interface PressOptions extends StepOptions {
  /**
   * Brings the buttons back when the message carrying them was never seen (its reply lost in a kill). What it sends
   * may itself do the step (then the press is not needed).
   */
  readonly refresh?: () => Promise<Delivery | void>;
  /** Match a label by its start (after any icon), for labels that carry changing text. */
  readonly prefix?: boolean;
  /** The button whose callback data matches, on the newest message that has one (a label may be on several messages). */
  readonly data?: RegExp;
}

const MAX_ATTEMPTS = 6;

/** One chat of the script: its steps run one after another, as a person waits for each answer. */
export class Lane {
  /** A reply was lost, so the buttons on screen may be stale. */
  private stale = false;

  constructor(
    readonly harness: Harness,
    readonly name: string,
    readonly chat: ConversationChat,
  ) {}

  /** Types a message; a failure is retried, as a user told "coba lagi" would. */
  async say(who: User, text: string | (() => string), options: StepOptions = {}): Promise<Delivery> {
    const tried: Delivery[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const body = typeof text === "function" ? text() : text;
      const step = options.step ?? body.split("\n")[0]!.slice(0, 40);
      const delivery = await this.harness.deliver(this.harness.factory.message(body, { from: who, chat: this.chat }), { lane: this.name, step, ...(options.expect ? { expect: options.expect } : {}) });
      tried.push(delivery);
      if (delivery.outcome === "confirmed") return delivery;
      if (delivery.outcome === "silent") this.stale = true;
      if (!options.expect) {
        if (delivery.outcome === "silent") return delivery;
        continue;
      }
      if (this.done(tried, options.expect)) return delivery;
    }
    throw new Error(`${this.name}: «${String(typeof text === "function" ? text() : text).slice(0, 40)}» did not go through in ${MAX_ATTEMPTS} attempts`);
  }

  /** Presses a button of the newest bot message with buttons in the chat. */
  async press(who: User, label: string, options: PressOptions = {}): Promise<Delivery> {
    const tried: Delivery[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const shown = this.buttonFor(label, options) !== undefined;
      if ((this.stale || !shown) && options.refresh) {
        if (!shown && options.data) this.harness.notes.push(`${this.name}: no message showed ${options.data.source} for ${options.step ?? label}`);
        this.stale = false;
        const refreshed = await options.refresh();
        if (refreshed) tried.push(refreshed);
        if (options.expect && this.done(tried, options.expect)) return refreshed!;
      }
      const found = this.buttonFor(label, options);
      if (!found) {
        this.stale = true;
        continue;
      }
      const update = this.harness.factory.callbackQuery({ from: who, message: found.message, data: found.data });
      const delivery = await this.harness.deliver(update, { lane: this.name, step: options.step ?? `[${label}]`, ...(options.expect ? { expect: options.expect } : {}) });
      tried.push(delivery);
      if (delivery.outcome === "confirmed") return delivery;
      this.stale = true;
      if (!options.expect) {
        if (delivery.outcome === "silent") return delivery;
        continue;
      }
      if (this.done(tried, options.expect)) return delivery;
    }
    throw new Error(`${this.name}: [${label}] did not go through in ${MAX_ATTEMPTS} attempts`);
  }

  /** The button now on screen, if the newest message with buttons has it. */
  buttonFor(label: string, options: { prefix?: boolean; data?: RegExp } = {}): { message: Message; data: string } | undefined {
    const { api } = this.harness.server;
    const pattern = options.data;
    const entry = pattern
      ? api.transcript(this.chat.id).findLast((candidate) => flatten(keyboardOf(candidate)).some((button) => button.action.type === "callback" && pattern.test(button.action.data)))
      : api.latestWithButtons(this.chat.id);
    if (!entry) return undefined;
    const keyboard = keyboardOf(entry);
    if (pattern) {
      const button = flatten(keyboard).find((candidate) => candidate.action.type === "callback" && pattern.test(candidate.action.data));
      return button?.action.type === "callback" ? { message: entry.message as unknown as Message, data: button.action.data } : undefined;
    }
    const button = options.prefix
      ? flatten(keyboard).find((candidate) => candidate.label.replace(/^[^\p{L}\p{N}]+/u, "").startsWith(label) || candidate.label.startsWith(label))
      : (() => {
          const match = findButton(keyboard, label);
          return match.ok ? match.button : undefined;
        })();
    if (!button || button.action.type !== "callback") return undefined;
    return { message: entry.message as unknown as Message, data: button.action.data };
  }

  /** A step whose reply never came may still have been recorded: then it is done, and not done again. */
  private done(tried: readonly Delivery[], expect: Expect): boolean {
    const db = this.harness.db();
    return tried.some((delivery) => expect(db, delivery.updateId) === undefined);
  }
}
