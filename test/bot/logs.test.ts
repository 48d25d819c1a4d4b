import { afterEach, describe, expect, it } from "vitest";
import { loggedError } from "../../src/log-serializers.ts";
import { botApiError } from "../../src/sandbox/bot-api-errors.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, COUNCIL_SETUP, linkedMembers, setUpCouncil } from "../kit/council.ts";
import { telegramFailures } from "../kit/recorder.ts";
import { as, chooseAndCheck, people, setUpOrganisation } from "./migration-kit.ts";

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const CLOSED_AGENDA = "Usul pemberhentian Kepala Desa Sutrisno";
const CLOSED_MOTION = "Memberhentikan Sutrisno karena penyalahgunaan dana";

/** Every name of the council roster (Ketua:, Wakil:, Anggota:, Sekretaris: lines). */
const councilNames = COUNCIL_SETUP.split("\n")
  .map((line) => /^(?:Ketua|Wakil|Anggota|Sekretaris): ([^,]+)/.exec(line)?.[1])
  .filter((name): name is string => name !== undefined);

describe("loggedError", () => {
  it("keeps type, first line, frames, codes and the Bot API answer; drops the call's payload and later lines", () => {
    const refused = botApiError(403, "Forbidden: bot was blocked by the user", {
      method: "sendMessage",
      payload: { chat_id: 5, text: "Rapat tertutup: Sutrisno", reply_markup: { inline_keyboard: [[{ text: "Hadir: Hasan Basri" }]] } },
    });
    const error = new Error("Invalid `prisma.council.create()` invocation:\n{ data: { name: \"Budi Santoso\" } }", { cause: refused });
    const logged = loggedError(error);
    expect(logged).toMatchObject({
      type: "Error",
      message: "Invalid `prisma.council.create()` invocation:",
      cause: { type: "TelegramError", telegram: { code: 403, description: "Forbidden: bot was blocked by the user", method: "sendMessage" } },
    });
    for (const secret of ["Sutrisno", "Hasan Basri", "Budi Santoso", "chat_id"]) expect(JSON.stringify(logged)).not.toContain(secret);
    expect(loggedError("Budi Santoso")).toEqual({ type: "string" });
  });
});

describe("logs keep out closed-meeting records and personal data (LOG_LEVEL=debug)", () => {
  it("council updates and a migration update, with Telegram refusing some calls, log ids and codes only", async () => {
    const testBot = await createTestBot({ logLevel: "debug", clock: "2026-11-23T09:00:00", adminIds: [people.admin.id] });
    bot = testBot;
    const chat = councilChat;
    const say = (text: string, from = councilChair) => testBot.sendText(text, { from, chat });

    await setUpCouncil(testBot);
    await say(`/sidang paripurna tertutup 09:30 | Balai Desa | ${CLOSED_AGENDA}`);
    // Board edits that fail are logged with the error, whose call carries the board's text.
    testBot.recorder.failNext("editMessageText", telegramFailures.editNotFound, { times: 2 });
    await say("/hadir");
    for (const member of linkedMembers.slice(0, 5)) await say("/hadir", member);
    await say("/buka");
    await say("/acara 1");
    await say(`/voting ${CLOSED_MOTION}`);
    await testBot.press("Biasa", { from: councilChair, chat });
    await testBot.press("Bukan hal dalam Pasal 42", { from: councilChair, chat });
    // A reply refused after the vote committed reaches the error boundary, which logs the error.
    testBot.recorder.failNext("answerCallbackQuery", telegramFailures.badEntities);
    await testBot.press("Setuju", { from: linkedMembers[0]!, chat });
    testBot.recorder.failNext("sendMessage", telegramFailures.badEntities);
    await say("/tutupvoting");

    await setUpOrganisation(testBot);
    await chooseAndCheck(testBot, people.wayan, { assetTag: "KES-PC-0042", location: "Ruang Poli Gigi", user: "Ni Komang Sriasih" });
    testBot.recorder.failNext("sendMessage", telegramFailures.badEntities);
    await as(testBot, people.wayan).say("Catatan pribadi: sandi admin Rahasia123");

    const logged = JSON.stringify(testBot.logs);
    // The test sees what it means to: debug entries, and errors of refused Bot API calls.
    expect(testBot.logs.some((entry) => entry.level === 20)).toBe(true);
    const withErrors = testBot.logs.filter((entry) => entry.err !== undefined).map((entry) => entry.msg);
    expect(withErrors).toEqual(expect.arrayContaining(["board edit failed; sending a new board", "reply failed after the update committed"]));
    expect(withErrors.length).toBeGreaterThanOrEqual(4);

    const secrets = [
      ...councilNames,
      ...linkedMembers.map((user) => [user.first_name, user.last_name].filter(Boolean).join(" ")),
      CLOSED_AGENDA,
      "Sutrisno",
      CLOSED_MOTION,
      "Balai Desa",
      "Suara Anda",
      ...Object.values(people).map((user) => [user.first_name, user.last_name].filter(Boolean).join(" ")),
      "Wayan",
      "Dinas Kesehatan",
      "KES-PC-0042",
      "Ruang Poli Gigi",
      "Ni Komang Sriasih",
      "Rahasia123",
      "Langkah",
    ];
    for (const secret of secrets) expect(logged, secret).not.toContain(secret);
  });
});
