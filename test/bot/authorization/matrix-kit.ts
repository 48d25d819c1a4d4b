import Database from "better-sqlite3";
import type { Chat, Message, Update, User } from "telegraf/types";
import { describe, expect, it } from "vitest";
import type { BotMessage, OutgoingEvent } from "../../../src/sandbox/bot-api-types.ts";
import { SANDBOX_BOT_INFO } from "../../../src/sandbox/sandbox-bot.ts";
import { privateChatOf, UpdateFactory, userOf, type ConversationChat } from "../../../src/sandbox/update-factory.ts";
import type { TestBot } from "../../kit/bot-harness.ts";
import { privateChatWith } from "../../kit/users.ts";

/**
 * The bot-level authorization matrix: each row is one command or button of one feature, driven as a real update
 * through `bot.handleUpdate` for every role it concerns. A cell is allowed (the sender sees the answer, and a command
 * that writes changed the store) or refused (the sender is told why, and the store is exactly as before: every table
 * but the exactly-once log of update ids). Rows run in order on the state the scene built; refused cells first, so an
 * allowed one cannot change the state they are judged on, and a row may put the state back after an allowed cell.
 */

export const ROLES = [
  // A council (BPD) and its sessions (Perbup Banjarnegara 962/2011).
  "chair",
  "viceChair",
  "secretary",
  "member",
  "otherCommission",
  "invitee",
  "observer",
  "stranger",
  // The OSS migration (Perbup Bangli 56/2011).
  "technician",
  "otherTechnician",
  "agencyHead",
  "supportTeam",
  /** ADMIN_TELEGRAM_IDS: the IT office (DishubKominfo), and the administrators of the work plan and region formation. */
  "admin",
  /** An official appointed by an administrator: of the work plan (RKT) or of region formation, as the row's feature. */
  "official",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A defect found by the matrix, in code this work may not change: the cell says what the law or the design wants, and
 * the test is `it.fails` until the defect is fixed (then it fails, and the cell becomes a plain one).
 */
export interface Defect {
  /** A few words for the test's name; the whole story is at the constant that holds it. */
  readonly defect: string;
  readonly want: "ok" | "no" | RegExp;
}

/** "ok": allowed; "no": refused, whatever the words; a RegExp: refused with words that match it. */
export type Cell = "ok" | "no" | RegExp | Defect;

export interface World {
  readonly bot: TestBot;
  /** Updates of the matrix's own (replies to a message, presses on a chosen message), numbered apart from the harness's. */
  readonly factory: UpdateFactory;
  /** The person of a role; "stranger" is a new person at each call. */
  user(role: Role): User;
  /** Scene-wide values (chats, ids) the rows read. */
  readonly vars: Map<string, unknown>;
}

export type Act = (w: World, from: User, role: Role) => Update | Promise<Update>;

export interface Row {
  /** The handler: "council/hadir" for a command, "council/bpd:hadir" for a button (family prefix and action). */
  readonly key: string;
  /** What the row shows, when the key alone does not say. */
  readonly title?: string;
  readonly act: Act;
  /**
   * An allowed sender changes the store; otherwise the row reads only, and `shows` tells its answer from a refusal.
   * A writing row's `shows`, if any, is what an allowed sender sees as well, and a refusal does not.
   */
  readonly writes: boolean;
  readonly shows?: RegExp;
  /**
   * What an allowed sender changes, exactly: "Table.column" where the table keeps its rows and only that column
   * differs, "Table" where rows are added or removed (see StoreSnapshots.changes). Unset: any change is the answer.
   */
  readonly changes?: readonly string[];
  readonly cells: Partial<Record<Role, Cell>>;
  /** Who plays a role in this row only (e.g. a technician who has not yet confirmed the qualifications). */
  readonly users?: Partial<Record<Role, User>>;
  /** Runs once before the row's cells. */
  readonly before?: (w: World) => Promise<void>;
  /** Runs after each cell that was allowed, to put the state back for the next sender. */
  readonly after?: (w: World, role: Role) => Promise<void>;
}

export interface Scene {
  readonly title: string;
  /** Who plays each role here, where it is not the matrix's default. */
  readonly users?: Partial<Record<Role, User>>;
  readonly before?: (w: World) => Promise<void>;
  readonly rows: readonly Row[];
}

// --- The store before and after -----------------------------------------------------------------------------

const NOT_STATE = new Set(["ProcessedUpdate", "_prisma_migrations", "sqlite_sequence"]);

/** Every table of the database as text, read through a connection of the test's own (WAL: it sees each commit). */
export class StoreSnapshots {
  private readonly db: Database.Database;
  private readonly tables: string[];
  private readonly columns = new Map<string, string[]>();

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
      .map((t) => t.name)
      .filter((name) => !NOT_STATE.has(name));
    for (const table of this.tables) this.columns.set(table, (this.db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name));
  }

  take(): Map<string, string> {
    const replacer = (_: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
    return new Map(this.tables.map((table) => [table, JSON.stringify(this.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all(), replacer)]));
  }

  /** The tables that differ. */
  static changed(before: Map<string, string>, after: Map<string, string>): string[] {
    return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
  }

  /** What differs, finer: "Table.column" for each column that changed in a table that kept its rows, else "Table". */
  changes(before: Map<string, string>, after: Map<string, string>): string[] {
    return StoreSnapshots.changed(before, after).flatMap((table) => {
      const [was, now] = [before.get(table), after.get(table)].map((json) => JSON.parse(json ?? "[]") as unknown[][]);
      if (was!.length !== now!.length) return [table];
      const columns = this.columns.get(table) ?? [];
      return columns.filter((_, i) => was!.some((row, r) => JSON.stringify(row[i]) !== JSON.stringify(now![r]![i]))).map((column) => `${table}.${column}`);
    });
  }

  close(): void {
    this.db.close();
  }
}

// --- Building updates -------------------------------------------------------------------------------------------

let strangers = 0;

/** A person the bot has never seen. */
export function newStranger(): User {
  strangers += 1;
  return userOf({ id: 40_000 + strangers, name: `Orang Luar ${strangers}` });
}

export function person(id: number, name: string): User {
  return userOf({ id, name });
}

export function privateOf(user: User): Chat.PrivateChat {
  return privateChatWith(user);
}

/** A typed message in `chat` (default: the sender's private chat), optionally a reply to `replyTo`. */
export function typed(text: string | ((w: World, role: Role) => string | Promise<string>), where?: (w: World) => ConversationChat, replyTo?: (w: World) => Message | BotMessage | undefined): Act {
  return async (w, from, role) => {
    const chat = where ? where(w) : privateOf(from);
    const body = typeof text === "string" ? text : await text(w, role);
    const reply = replyTo?.(w);
    w.bot.api.rememberChat(chat);
    return w.factory.message(body, { from, chat, ...(reply ? { replyTo: reply } : {}) });
  };
}

/** The newest bot message in the chat carrying a button with `data` (or of its family), or a bare one carrying it. */
export function messageWith(w: World, chat: ConversationChat, data: string): BotMessage {
  const entries = w.bot.api.transcript(chat.id);
  const datas = (entry: (typeof entries)[number]) => (entry.message.reply_markup?.inline_keyboard ?? []).flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
  const family = data.split(":").slice(0, 3).join(":");
  const exact = entries.findLast((entry) => datas(entry).includes(data));
  const near = exact ?? entries.findLast((entry) => datas(entry).some((d) => d.startsWith(family)));
  if (near) return near.message;
  const { id, is_bot, first_name, username } = SANDBOX_BOT_INFO;
  return {
    message_id: w.bot.api.nextMessageId(chat.id),
    date: Math.floor(w.bot.now().toSeconds()),
    chat,
    from: { id, is_bot, first_name, username },
    text: "…",
    reply_markup: { inline_keyboard: [[{ text: data, callback_data: data }]] },
  };
}

/** A press of a button with `data` (computed when the cell runs), on the bot's message in `chat` that carries it. */
export function pressed(data: string | ((w: World, role: Role) => string | Promise<string>), where?: (w: World, from: User) => ConversationChat): Act {
  return async (w, from, role) => {
    const chat = where ? where(w, from) : privateOf(from);
    const body = typeof data === "string" ? data : await data(w, role);
    w.bot.api.rememberChat(chat);
    return w.factory.callbackQuery({ from, data: body, message: messageWith(w, chat, body) });
  };
}

/** Sends as `from` and returns what the bot did. */
export async function send(w: World, act: Act, from: User, role: Role): Promise<OutgoingEvent[]> {
  return w.bot.send(await act(w, from, role));
}

export async function say(w: World, from: User, text: string, chat?: ConversationChat, replyTo?: Message | BotMessage): Promise<OutgoingEvent[]> {
  return send(w, typed(text, chat ? () => chat : undefined, replyTo ? () => replyTo : undefined), from, "stranger");
}

export async function press(w: World, from: User, data: string, chat?: ConversationChat): Promise<OutgoingEvent[]> {
  return send(w, pressed(data, chat ? () => chat : undefined), from, "stranger");
}

/** What a person would see of the bot's answer: messages, edits, alerts and notices, document names. */
export function seen(events: readonly OutgoingEvent[]): string {
  return events
    .map((e) => (e.kind === "document" ? `[dokumen ${e.fileName ?? ""}] ${e.text ?? ""}` : (e.text ?? "")))
    .filter((text) => text.trim() !== "")
    .join("\n---\n");
}

export function privateUserChat(user: User): Chat.PrivateChat {
  return privateChatOf({ id: user.id, name: [user.first_name, user.last_name].filter(Boolean).join(" ") });
}

// --- Running the matrix -----------------------------------------------------------------------------------------

function isDefect(cell: Cell): cell is Defect {
  return typeof cell === "object" && !(cell instanceof RegExp);
}

function wanted(cell: Cell): "ok" | "no" | RegExp {
  return isDefect(cell) ? cell.want : cell;
}

function label(cell: Cell): string {
  const want = wanted(cell);
  const text = want === "ok" ? "allowed" : want === "no" ? "refused" : `refused: ${want.source}`;
  return isDefect(cell) ? `${text} — DEFECT: ${cell.defect}` : text;
}

/**
 * Refused first (they must see the state the row was given), then the allowed ones in the order written, a defect
 * that wants "allowed" before the others, so that its fix shows, and the chair last: what the person chairing may
 * do for anyone (end a speech, take back the chair, retract for the warned) would leave the others nothing to do.
 */
function ordered(cells: Partial<Record<Role, Cell>>): [Role, Cell][] {
  const entries = Object.entries(cells) as [Role, Cell][];
  const refused = entries.filter(([, cell]) => wanted(cell) !== "ok");
  const allowedDefects = entries.filter(([, cell]) => wanted(cell) === "ok" && isDefect(cell));
  const allowed = entries.filter(([, cell]) => wanted(cell) === "ok" && !isDefect(cell));
  const chairLast = [...allowed.filter(([role]) => role !== "chair"), ...allowed.filter(([role]) => role === "chair")];
  return [...refused, ...allowedDefects, ...chairLast];
}

export interface Observed {
  readonly allowed: boolean;
  readonly said: string;
  readonly changed: string[];
}

/** Defines the scenes' rows as tests on a world the caller builds in `beforeAll`. */
export function defineScenes(scenes: readonly Scene[], world: () => World & { snapshots: StoreSnapshots; cast(users: Scene["users"]): void }): void {
  for (const scene of scenes) {
    describe(scene.title, () => {
      it("sets the scene", async () => {
        world().cast(scene.users);
        await scene.before?.(world());
      });
      for (const row of scene.rows) {
        describe(`${row.key}${row.title ? ` — ${row.title}` : ""}`, () => {
          if (row.before) it("(state for the row)", async () => row.before!(world()));
          for (const [role, cell] of ordered(row.cells)) {
            const test = isDefect(cell) ? it.fails : it;
            test(`${role}: ${label(cell)}`, async () => {
              const w = world();
              const from = row.users?.[role] ?? w.user(role);
              const before = w.snapshots.take();
              const events = await send(w, row.act, from, role);
              const after = w.snapshots.take();
              const changed = StoreSnapshots.changed(before, after);
              const said = seen(events);
              const want = wanted(cell);
              const looksAllowed = row.writes ? changed.length > 0 : row.shows ? row.shows.test(said) : said !== "";
              if (looksAllowed && row.after) await row.after(w, role);
              const context = `${role} sent ${row.key}; the bot said:\n${said || "(nothing)"}\nchanged: ${changed.join(", ") || "nothing"}`;
              if (want === "ok") {
                expect(looksAllowed, context).toBe(true);
                if (!row.writes) expect(changed, context).toEqual([]);
                else if (row.shows) expect(said, context).toMatch(row.shows);
                if (row.changes) expect(w.snapshots.changes(before, after), context).toEqual(row.changes);
              } else {
                expect(changed, `a refusal changed the store — ${context}`).toEqual([]);
                expect(said, `a refusal says why — ${context}`).not.toBe("");
                if (row.shows) expect(said, context).not.toMatch(row.shows);
                if (want instanceof RegExp) expect(said, context).toMatch(want);
              }
            });
          }
        });
      }
    });
  }
}

/** The keys the rows cover. */
export function keysOf(scenes: readonly Scene[]): Set<string> {
  return new Set(scenes.flatMap((scene) => scene.rows.map((row) => row.key)));
}
