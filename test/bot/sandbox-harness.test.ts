import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { groups, users } from "../kit/users.ts";

let harness: TestBot | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the test harness drives the real bot through handleUpdate", () => {
  it("answers /start with the Indonesian welcome, using the sender's name", async () => {
    harness = await createTestBot();
    const events = await harness.sendText("/start", { from: users.siti });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "message", chatId: users.siti.id });
    expect(events[0]?.text).toMatch(/^Selamat datang, Siti!/);
    expect(harness.errors()).toEqual([]);
  });

  it("presses a button on the latest bot message and sees the bot answer the callback", async () => {
    harness = await createTestBot();
    await harness.sendText("/bahasa");
    expect(harness.recorder.buttons()).toEqual([["Bahasa Indonesia", "English"]]);
    const events = await harness.press("english");
    expect(events.map((event) => event.kind)).toEqual(["message", "callbackAnswer"]);
    expect(harness.recorder.lastText()).toBe("This chat now uses English.");
    expect(harness.recorder.calls.map((call) => call.method)).toContain("answerCallbackQuery");
    await expect(harness.press("Deutsch")).rejects.toThrow(/No single button "Deutsch"/);
  });

  it("drops a redelivered update (exactly once per update_id)", async () => {
    harness = await createTestBot();
    const update = harness.updates.privateMessage("/start");
    expect(await harness.send(update)).toHaveLength(1);
    expect(await harness.send(update)).toEqual([]);
  });

  it("talks in groups: commands are answered, chatter is not", async () => {
    harness = await createTestBot();
    const chat = groups.bpdSukamaju;
    expect(await harness.send(harness.updates.command("bantuan", { chat, mention: true }))).toHaveLength(1);
    expect(await harness.sendText("selamat pagi semua", { chat })).toEqual([]);
    expect(harness.recorder.textsTo(chat.id)[0]).toMatch(/^Perintah yang bisa Anda pakai:/);
  });

  it("answers inline queries and keeps its clock where the test sets it", async () => {
    harness = await createTestBot({ clock: "2027-01-04T08:30:00" });
    expect(harness.now().toISO()).toBe("2027-01-04T08:30:00.000+07:00");
    const [answer] = await harness.inline("kalasuge");
    expect(answer?.kind).toBe("inlineAnswer");
    expect(answer?.results?.[0]?.title).toMatch(/^Kalasuge/);
    harness.setClock("2027-01-05T10:00");
    await harness.sendText("/start");
    expect(harness.api.transcript(users.budi.id).at(-1)?.message.date).toBe(Date.parse("2027-01-05T03:00:00Z") / 1000);
  });
});
