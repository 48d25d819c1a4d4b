import type { DateTime } from "luxon";
import type { Chat, Update } from "telegraf/types";
import { createApp, type App } from "../app.ts";
import type { Logger } from "../logger.ts";
import { sqlitePath } from "../store/database-file.ts";
import type { OutgoingEvent } from "./bot-api-types.ts";
import { buttonByNumber, findButton } from "./keyboard.ts";
import { keyboardOf, LocalBotApi } from "./local-bot-api.ts";
import { SANDBOX_BOT_INFO, SANDBOX_BOT_TOKEN } from "./sandbox-bot.ts";
import { SandboxClock } from "./sandbox-clock.ts";
import { loadSandboxState, resetSandbox, sandboxStatePath, saveSandboxState, type SandboxState } from "./sandbox-state.ts";
import { sandboxTexts } from "./sandbox-texts.ts";
import { privateChatOf, supergroupChat, UpdateFactory, userOf, type ConversationChat, type Persona } from "./update-factory.ts";

/** Where the sandbox user is talking: the private chat with the bot, or a group. */
export type Place = { readonly kind: "private" } | { readonly kind: "group"; readonly id: number; readonly title: string };

export interface SandboxSessionOptions {
  readonly databaseUrl: string;
  readonly timeZone: string;
  readonly logger: Logger;
  /** Fix the bot's clock at this time; otherwise it reads the real time. */
  readonly fixedClock?: DateTime;
  /** ADMIN_TELEGRAM_IDS; when empty, the sandbox's default persona administers the sandbox. */
  readonly adminIds?: readonly number[];
}

/** The persona the sandbox starts as; it administers the sandbox unless ADMIN_TELEGRAM_IDS says otherwise. */
export const SANDBOX_DEFAULT_ADMIN_ID = 1001;

export interface MissingButton {
  readonly reason: "no-buttons" | "not-found" | "ambiguous";
  /** What the user asked to press. */
  readonly label: string;
  /** The labels that could be meant: all of them, or the ones the label was ambiguous between. */
  readonly labels: readonly string[];
}

/** What came of one thing the user did. */
export interface TurnResult {
  /** What the bot did, in order. */
  readonly events: OutgoingEvent[];
  /** The sandbox's own remarks (in Indonesian), e.g. that the bot was just added to a group. */
  readonly notes: string[];
  /** The bot failed: bot.handleUpdate threw. */
  readonly failure?: unknown;
  /** How many updates reached the bot (none for a link button, for instance). */
  readonly delivered: number;
  /** A press that found no such button: nothing was sent. */
  readonly missingButton?: MissingButton;
}

/**
 * The bot running against the sandbox database with a local Bot API: the engine under both the one-shot
 * CLI (`npm run chat`) and the terminal chat (`npm start` without a token). Its state is re-read before
 * and saved after every turn, so both can share one sandbox.
 */
export class SandboxSession {
  readonly databasePath: string;
  readonly statePath: string;
  private state: SandboxState;
  private readonly api: LocalBotApi;
  /** Remarks to show with the next turn (an unreadable state file, for instance). */
  private pendingNotes: string[] = [];

  private constructor(
    private readonly options: SandboxSessionOptions,
    private readonly clock: SandboxClock,
    private app: App,
  ) {
    this.databasePath = sqlitePath(options.databaseUrl);
    this.statePath = sandboxStatePath(this.databasePath);
    this.state = this.readState();
    this.api = new LocalBotApi({
      token: SANDBOX_BOT_TOKEN,
      knownChatsOnly: true,
      now: () => this.now().toJSDate(),
      state: this.state.botApi,
    }).install();
  }

  /** Opens (creating, migrating and seeding when needed) the sandbox database and starts the bot. */
  static async open(options: SandboxSessionOptions): Promise<SandboxSession> {
    const clock = new SandboxClock(options.timeZone, options.fixedClock);
    return new SandboxSession(options, clock, await SandboxSession.startApp(options, clock));
  }

  private static async startApp(options: SandboxSessionOptions, clock: SandboxClock): Promise<App> {
    const app = await createApp({
      databaseUrl: options.databaseUrl,
      timeZone: options.timeZone,
      logger: options.logger,
      botToken: SANDBOX_BOT_TOKEN,
      clock: () => clock.now(),
      adminIds: options.adminIds?.length ? options.adminIds : [SANDBOX_DEFAULT_ADMIN_ID],
    });
    app.bot.botInfo = SANDBOX_BOT_INFO;
    return app;
  }

  /** The bot's time: the fixed clock if one is set, else now, in the configured zone. */
  now(): DateTime {
    return this.clock.now();
  }

  get clockIsFixed(): boolean {
    return this.clock.isFixed;
  }

  /** Fixes the bot's clock; undefined goes back to the real time. */
  setClock(time: DateTime | undefined): void {
    this.clock.fix(time);
  }

  /** The name this user id last used in the sandbox. */
  personaName(userId: number): string | undefined {
    return this.state.personas[String(userId)];
  }

  /** A chat the sandbox has already seen. */
  knownChat(chatId: number): Chat | undefined {
    this.refresh();
    return this.api.chat(chatId);
  }

  chatName(chatId: number): string {
    const chat = this.api.chat(chatId);
    if (chat?.type === "private") return sandboxTexts.privateChatName(chat.first_name);
    if (chat && "title" in chat) return sandboxTexts.groupName(chat.title);
    return sandboxTexts.unknownChatName(chatId);
  }

  chatIdOf(persona: Persona, place: Place): number {
    return place.kind === "private" ? persona.id : place.id;
  }

  /** The newest bot message with buttons where the user is, and its buttons. */
  latestButtons(persona: Persona, place: Place): { messageId: number; labels: string[] } | undefined {
    this.refresh();
    const entry = this.api.latestWithButtons(this.chatIdOf(persona, place));
    if (!entry) return undefined;
    return { messageId: entry.message.message_id, labels: keyboardOf(entry).flat().map((button) => button.label) };
  }

  /** The user types `text` and sends it (as a reply, if the bot's last message there asked for one). */
  sendText(persona: Persona, place: Place, text: string): Promise<TurnResult> {
    return this.turn(persona, place, (factory, chat, notes) => {
      const latest = this.api.transcript(chat.id).at(-1);
      const replyTo = latest?.forceReply ? latest.message : undefined;
      if (replyTo) notes.push(sandboxTexts.sentAsReply);
      return [factory.message(text, { from: userOf(persona), chat, ...(replyTo ? { replyTo } : {}) })];
    });
  }

  /** The user taps a button (by label, or by its number) of the newest bot message with buttons where they are. */
  press(persona: Persona, place: Place, which: string | { readonly number: number }): Promise<TurnResult> {
    const label = typeof which === "string" ? which : String(which.number);
    return this.turn(persona, place, (factory, chat, notes) => {
      const entry = this.api.latestWithButtons(chat.id);
      if (!entry) return { reason: "no-buttons", label, labels: [] };
      const keyboard = keyboardOf(entry);
      const match = typeof which === "string" ? findButton(keyboard, which) : buttonByNumber(keyboard, which.number);
      if (!match.ok) return { reason: match.reason, label, labels: match.candidates };
      const { button } = match;
      switch (button.action.type) {
        case "callback":
          return [factory.callbackQuery({ from: userOf(persona), message: entry.message, data: button.action.data })];
        case "text":
          return [factory.message(button.label, { from: userOf(persona), chat })];
        case "inline":
          notes.push(sandboxTexts.inlineFromButton(button.label, button.action.query));
          return [factory.inlineQuery(button.action.query, { from: userOf(persona), chat })];
        case "url":
          notes.push(sandboxTexts.linkButton(button.label, button.action.url));
          return [];
        case "unsupported":
          notes.push(sandboxTexts.unsupportedButton(button.label));
          return [];
      }
    });
  }

  /** The user types "@asisten_desa_bot query" where they are. */
  inline(persona: Persona, place: Place, query: string): Promise<TurnResult> {
    return this.turn(persona, place, (factory, chat) => [factory.inlineQuery(query, { from: userOf(persona), chat })]);
  }

  /** Deletes the sandbox database and state and starts again from a freshly seeded database. */
  async reset(): Promise<void> {
    await this.app.close();
    resetSandbox(this.databasePath);
    this.state = this.readState();
    this.api.loadState(this.state.botApi);
    this.app = await SandboxSession.startApp(this.options, this.clock);
  }

  async close(): Promise<void> {
    this.api.uninstall();
    await this.app.close();
  }

  private async turn(
    persona: Persona,
    place: Place,
    build: (factory: UpdateFactory, chat: ConversationChat, notes: string[]) => Update[] | MissingButton,
  ): Promise<TurnResult> {
    this.refresh();
    const notes = this.pendingNotes.splice(0);
    const factory = new UpdateFactory({
      nextUpdateId: this.state.nextUpdateId,
      messageIds: (chatId) => this.api.nextMessageId(chatId),
      now: () => this.now().toJSDate(),
    });
    const { chat, arrival } = this.enter(persona, place, factory, notes);
    const built = build(factory, chat, notes);
    if (!Array.isArray(built)) return { events: [], notes, delivered: 0, missingButton: built };
    this.api.takeEvents();
    // Timers that fell due by the bot's clock (a moved --clock, or time passing) fire before the user's turn.
    await this.app.jobs.runDue();
    let failure: unknown;
    let delivered = 0;
    for (const update of [...arrival, ...built]) {
      try {
        delivered += 1;
        await this.app.bot.handleUpdate(update);
      } catch (error) {
        failure = error;
        this.options.logger.error({ err: error, updateId: update.update_id }, "sandbox update failed");
        break;
      }
    }
    this.save(factory.nextUpdateId, persona);
    return { events: this.api.takeEvents(), notes, delivered, ...(failure === undefined ? {} : { failure }) };
  }

  /**
   * Makes the chat known to the local Bot API. A group seen for the first time means someone just added
   * the bot to it: Telegram's updates for that come first.
   */
  private enter(
    persona: Persona,
    place: Place,
    factory: UpdateFactory,
    notes: string[],
  ): { chat: ConversationChat; arrival: Update[] } {
    if (place.kind === "private") {
      const chat = privateChatOf(persona);
      this.api.rememberChat(chat);
      return { chat, arrival: [] };
    }
    const chat = supergroupChat(place.id, place.title);
    const isNew = this.api.chat(chat.id) === undefined;
    this.api.rememberChat(chat);
    if (!isNew) return { chat, arrival: [] };
    notes.push(sandboxTexts.botAddedToGroup(place.title, persona.name));
    return { chat, arrival: factory.botAddedToGroup({ from: userOf(persona), chat, bot: SANDBOX_BOT_INFO }) };
  }

  /** Picks up what another sandbox process (the CLI beside the terminal chat) saved meanwhile. */
  private refresh(): void {
    this.state = this.readState();
    this.api.loadState(this.state.botApi);
  }

  private readState(): SandboxState {
    const loaded = loadSandboxState(this.statePath);
    if (loaded.problem) {
      this.options.logger.debug({ file: this.statePath, problem: loaded.problem }, "sandbox state unreadable; starting afresh");
      const note = sandboxTexts.stateUnreadable(this.statePath);
      if (!this.pendingNotes.includes(note)) this.pendingNotes.push(note);
    }
    return loaded.state;
  }

  private save(nextUpdateId: number, persona: Persona): void {
    this.state = {
      version: 1,
      nextUpdateId,
      personas: { ...this.state.personas, [String(persona.id)]: persona.name },
      botApi: this.api.exportState(),
    };
    saveSandboxState(this.statePath, this.state);
  }
}
