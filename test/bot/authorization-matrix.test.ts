import type { User } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpdateFactory } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { recordHandlers } from "../kit/handler-inventory.ts";
import { COUNCIL_SCENES } from "./authorization/council-scenes.ts";
import { coverage, PUBLIC } from "./authorization/inventory.ts";
import { defineScenes, keysOf, newStranger, StoreSnapshots, type Role, type Scene, type World } from "./authorization/matrix-kit.ts";
import { MIGRATION_SCENES } from "./authorization/migration-scenes.ts";
import { OFFICIAL_SCENES } from "./authorization/official-scenes.ts";
import { DEFAULT_CAST } from "./authorization/people.ts";

/**
 * The authorization matrix of the bot: every command and every button action of every feature, against the roles it
 * concerns, driven as real updates through handleUpdate, each refusal checked to have changed nothing in the store.
 * The first test lists what the bot registers (test/kit/handler-inventory.ts) and fails with the names of any
 * command or action without a row here (or a reason in PUBLIC), and of any row whose handler is gone.
 */

const SCENES: readonly Scene[] = [...COUNCIL_SCENES, ...MIGRATION_SCENES, ...OFFICIAL_SCENES];

const handlers = recordHandlers();
let bot: TestBot;
let snapshots: StoreSnapshots;
let cast: Record<Role, User> = { ...DEFAULT_CAST };
const vars = new Map<string, unknown>();

const world = (): World & { snapshots: StoreSnapshots; cast(users: Scene["users"]): void } => ({
  bot,
  factory,
  vars,
  snapshots,
  user: (role) => (role === "stranger" ? newStranger() : cast[role]),
  cast: (users) => {
    cast = { ...DEFAULT_CAST, ...users };
  },
});

// The matrix's own updates are numbered far from the harness's, so exactly-once never drops one of them.
let factory: UpdateFactory;

beforeAll(async () => {
  bot = await createTestBot({ clock: "2026-11-23T08:00:00", timeZone: "Asia/Makassar", adminIds: [DEFAULT_CAST.admin.id] });
  handlers.restore();
  snapshots = new StoreSnapshots(bot.databasePath);
  factory = new UpdateFactory({ nextUpdateId: 1_000_000, messageIds: (chatId) => bot.api.nextMessageId(chatId), now: () => bot.now().toJSDate() });
});

afterAll(async () => {
  snapshots?.close();
  expect(bot.errors()).toEqual([]);
  await bot.close();
});

describe("every command and button of the bot has a row (or is public, with the reason)", () => {
  it("finds no handler without a row, and no row without a handler", () => {
    expect(coverage(handlers.inventory, keysOf(SCENES), PUBLIC)).toEqual({ withoutRow: [], rowsWithoutHandler: [], unknownButtonFamilies: [], actionsParsedButNotListed: [] });
  });
});

defineScenes(SCENES, world);
