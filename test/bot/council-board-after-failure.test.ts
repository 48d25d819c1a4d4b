import { afterEach, describe, expect, it } from "vitest";
import type { User } from "telegraf/types";
import { keyboardOf } from "../../src/sandbox/local-bot-api.ts";
import { flatten } from "../../src/sandbox/keyboard.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, linkedMembers, setUpCouncil } from "../kit/council.ts";

/**
 * Found by the crash run (test/crash): the bot was killed after /voting (or the vote's majority button) committed and
 * before the board, moved below the notice, was sent. The old board had already lost its buttons, so no message in
 * the group showed Setuju / Tolak / Abstain, and nothing the members could type brought them back: only another
 * accepted change edits the (old) board in place. The same happens when sending the new board fails.
 */

let bot: TestBot;
afterEach(async () => bot?.close());

const say = (text: string, from: User = councilChair) => bot.sendText(text, { from, chat: councilChat });
const shownData = () => bot.api.transcript(councilChat.id).flatMap((entry) => flatten(keyboardOf(entry)).map((button) => (button.action.type === "callback" ? button.action.data : "")));

describe("the council board when moving it fails", () => {
  // Was a defect (publishBoard with fresh=true removed the old board's buttons before sending the new one). Now the new
  // board goes first, and when it cannot be sent the old one shows the vote in place.
  it("still shows the vote's buttons somewhere when the new board cannot be sent", async () => {
    bot = await createTestBot({ clock: "2026-11-23T09:00:00" });
    await setUpCouncil(bot);
    await say("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa");
    for (const member of [councilChair, ...linkedMembers.slice(0, 5)]) await say("/hadir", member);
    await say("/buka");
    bot.recorder.failNext("sendMessage", { code: 502, description: "Bad Gateway" }, { when: (payload) => String(payload.text).startsWith("📋") });
    await say("/voting Menyetujui laporan Kepala Desa");
    if (bot.recorder.buttons(councilChat.id).flat().some((label) => label.startsWith("Biasa"))) await bot.press("Biasa", { from: councilChair, chat: councilChat });
    expect((await bot.store.council.liveSession((await bot.store.council.byChat(councilChat.id))!.id))?.state.votes.length).toBe(1);
    expect(shownData().some((data) => /:vote:yes$/.test(data))).toBe(true);
  });
});
