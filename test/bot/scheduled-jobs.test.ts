import { DateTime } from "luxon";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp, type App } from "../../src/app.ts";
import type { JobHandler } from "../../src/bot/jobs/job-handler.ts";
import { SANDBOX_BOT_INFO } from "../../src/sandbox/sandbox-bot.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";

/** A timer that switches a chat's language and says so: an effect and an announcement, like a postponement. */
const switchLanguage: JobHandler<{ chatId: number }> = {
  kind: "test.switchLanguage",
  payload: z.object({ chatId: z.number() }),
  async run(tx, { chatId }, { store }) {
    await store.chatSettings.setLanguage(tx, chatId, "en");
    return [{ chatId, text: "Waktu habis: bahasa diganti." }];
  },
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function testBot(): Promise<TestBot> {
  const bot = await createTestBot({ clock: "2026-11-23T09:00:00" });
  cleanups.push(() => bot.close());
  bot.app.jobs.register(switchLanguage as JobHandler<never>);
  return bot;
}

async function scheduleAt(bot: TestBot, iso: string): Promise<number> {
  const update = bot.updates.privateMessage("jadwalkan");
  return bot.store.updates.inUpdate(update.update_id, (tx) =>
    bot.store.jobs.schedule(tx, {
      kind: switchLanguage.kind,
      payload: { chatId: users.siti.id },
      dueAt: DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate(),
      chatId: users.siti.id,
      key: `language:${users.siti.id}`,
    }),
  );
}

describe("stored timers (ARCHITECTURE.md: time is injected; timers survive restarts)", () => {
  it("fire once when due, with their effect and their announcement", async () => {
    const bot = await testBot();
    await scheduleAt(bot, "2026-11-23T10:00:00");

    expect(await bot.app.jobs.runDue()).toBe(0);
    bot.setClock("2026-11-23T10:00:00");
    const before = bot.api.events.length;
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(bot.api.events.slice(before).map((event) => [event.chatId, event.text])).toEqual([[users.siti.id, "Waktu habis: bahasa diganti."]]);
    expect(await bot.store.chatSettings.language(users.siti.id)).toBe("en");
    expect(await bot.app.jobs.runDue()).toBe(0);
    expect(bot.api.events.length).toBe(before + 1);
  });

  it("survive a restart and fire once after it; concurrent passes do not fire twice", async () => {
    const bot = await testBot();
    await scheduleAt(bot, "2026-11-23T09:30:00");
    await scheduleAt(bot, "2026-11-23T09:45:00");

    let restarted: App | undefined;
    cleanups.push(async () => restarted?.close());
    restarted = await createApp({
      databaseUrl: `file:${bot.databasePath}`,
      timeZone: "Asia/Jakarta",
      logger: pino({ level: "silent" }),
      botToken: `${SANDBOX_BOT_INFO.id}:restart`,
      clock: () => DateTime.fromISO("2026-11-23T12:00:00", { zone: "Asia/Jakarta" }),
    });
    restarted.jobs.register(switchLanguage as JobHandler<never>);
    expect(await restarted.store.jobs.pending(switchLanguage.kind)).toHaveLength(2);

    const [first, second] = await Promise.all([restarted.jobs.runDue(), restarted.jobs.runDue()]);
    expect([first, second]).toEqual([2, 2]);
    expect(await restarted.store.chatSettings.language(users.siti.id)).toBe("en");
    expect(await restarted.jobs.runDue()).toBe(0);
    expect(await restarted.store.jobs.pending()).toEqual([]);
  });

  it("a cancelled timer never fires", async () => {
    const bot = await testBot();
    await scheduleAt(bot, "2026-11-23T09:30:00");
    const update = bot.updates.privateMessage("batalkan");
    await bot.store.updates.inUpdate(update.update_id, (tx) =>
      bot.store.jobs.cancel(tx, switchLanguage.kind, `language:${users.siti.id}`, new Date()),
    );
    bot.setClock("2026-11-23T11:00:00");
    expect(await bot.app.jobs.runDue()).toBe(0);
  });

  it("a job whose payload does not validate is set aside, not retried forever", async () => {
    const bot = await testBot();
    const update = bot.updates.privateMessage("rusak");
    await bot.store.updates.inUpdate(update.update_id, (tx) =>
      bot.store.jobs.schedule(tx, { kind: switchLanguage.kind, payload: { chatId: "bukan angka" }, dueAt: new Date(0) }),
    );
    for (let pass = 0; pass < 6; pass++) expect(await bot.app.jobs.runDue()).toBe(0);
    expect(await bot.store.jobs.pending()).toEqual([]);
    expect(bot.errors().length).toBeGreaterThan(0);
  });
});
