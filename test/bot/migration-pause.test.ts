import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestBot } from "../kit/bot-harness.ts";
import { as, chooseAndCheck, createMigrationBot, people, recordForm1, runOf, setUpOrganisation, shown, type Organisation } from "./migration-kit.ts";

/** Done-when 2: paused and resumed by another technician of the agency; another agency neither sees nor touches it. */

let bot: TestBot;
let org: Organisation;
beforeEach(async () => {
  bot = await createMigrationBot({ clock: "2026-04-06T08:00:00" });
  org = await setUpOrganisation(bot);
});
afterEach(async () => {
  expect(bot.errors()).toEqual([]);
  await bot.close();
});

const wayan = () => as(bot, people.wayan);
const komang = () => as(bot, people.komang);
const ketut = () => as(bot, people.ketut);

/** A button's callback data on the latest message with buttons in someone's chat. */
function callbackOf(userId: number, label: string): string {
  const entry = bot.api.latestWithButtons(userId)!;
  const button = entry.message.reply_markup!.inline_keyboard.flat().find((candidate) => candidate.text.includes(label)) as { callback_data: string };
  return button.callback_data;
}

describe("pause and resume (ARCHITECTURE: a run is its event log)", () => {
  it("another technician of the agency continues days later exactly where it stopped", async () => {
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.100" });
    await wayan().say("Lenovo ThinkCentre M72e");
    await wayan().say("Windows XP Professional");
    const paused = shown(await wayan().press("Jeda"));
    expect(paused).toContain("⏸ Migrasi PC 02.06.02.01.100 dijeda di langkah 4/15 Catat spesifikasi PC (Form 1). Semua jawaban sudah tersimpan.");
    // Paused: Wayan's typing is no longer taken as an answer (it falls through to the other features).
    expect(shown(await wayan().say("Microsoft Office 2003"))).not.toContain("✓ Aplikasi perkantoran");

    bot.setClock("2026-04-09T10:15:00");
    const menu = shown(await komang().say("/migrasi"));
    expect(menu).toContain("• 02.06.02.01.100 — langkah 4/15 Catat spesifikasi PC (Form 1) (terakhir: I Wayan Sudarsana, 06-04-2026 08:00)");
    const resumed = shown(await komang().press("02.06.02.01.100"));
    expect(resumed).toContain("Dilanjutkan dari jawaban terakhir I Wayan Sudarsana (06-04-2026 08:00).");
    expect(resumed).toContain("Status lisensi OS saat ini?");
    await komang().press("Tidak diketahui");
    expect(shown(await komang().say("LibreOffice 6"))).toContain("✓ Aplikasi perkantoran: LibreOffice 6");

    const run = await runOf(bot, org.dinkesId, "02.06.02.01.100");
    const loaded = (await bot.store.migration.runs.load(run.id, "Asia/Makassar"))!;
    const answers = loaded.events.filter((logged) => logged.event.type === "fieldAnswered");
    expect(answers.map((logged) => [logged.actor.name, logged.at.toFormat("dd-MM HH:mm")]).slice(-4)).toEqual([
      ["I Wayan Sudarsana", "06-04 08:00"],
      ["I Wayan Sudarsana", "06-04 08:00"],
      ["Komang Ayu", "09-04 10:15"],
      ["Komang Ayu", "09-04 10:15"],
    ]);
  });

  it("keeps several PCs going at once, each with its own place", async () => {
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.101" });
    await wayan().press("Jeda");
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.102" });
    await recordForm1(bot, people.wayan);
    await wayan().press("Jeda");
    await chooseAndCheck(bot, people.komang, { assetTag: "02.06.02.01.103", specialSoftware: "Aplikasi e-Puskesmas (Windows)" });
    const menu = shown(await wayan().say("/migrasi"));
    expect(menu).toContain("3 PC sedang berjalan, ditunda atau di TPP-SI:");
    expect(menu).toContain("02.06.02.01.101 — langkah 4/15");
    expect(menu).toContain("02.06.02.01.102 — langkah 5/15");
    expect(menu).toContain("02.06.02.01.103 — ditunda (pending)");
    expect(shown(await wayan().press("02.06.02.01.101"))).toContain("Merek dan model PC");
    expect(shown(await wayan().say("Dell OptiPlex 3020"))).toContain("✓ Merek/model: Dell OptiPlex 3020");
    const list = shown(await wayan().say("/pc"));
    expect(list).toContain("02.06.02.01.103 (Ruang Keuangan): ditunda (pending) — Aplikasi e-Puskesmas (Windows)");
  });

  it("tells a technician whose question was answered meanwhile by a colleague, instead of recording twice", async () => {
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.104" });
    await komang().say("/migrasi");
    await komang().press("02.06.02.01.104");
    await komang().say("Acer Veriton");
    const late = shown(await wayan().say("HP Compaq 6200"));
    expect(late).toContain("Pertanyaan itu sudah dijawab oleh Komang Ayu");
    expect(late).toContain("Sistem operasi yang terpasang sekarang");
    expect(shown(await wayan().say("Windows 7 Starter"))).toContain("✓ OS saat ini: Windows 7 Starter");
  });
});

describe("exactly once per update", () => {
  it("records a redelivered answer once", async () => {
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.105" });
    const run = await runOf(bot, org.dinkesId, "02.06.02.01.105");
    const update = bot.updates.privateMessage("Asus VivoPC", { from: people.wayan });
    expect(shown(await bot.send(update))).toContain("✓ Merek/model: Asus VivoPC");
    expect(await bot.send(update)).toEqual([]);
    expect((await runOf(bot, org.dinkesId, "02.06.02.01.105")).seq).toBe(run.seq + 1);
  });
});

describe("another agency cannot see or touch it (Pasal 13: migration inside the agency's own SKPD)", () => {
  it("does not list it, and refuses its buttons and answers with the rule", async () => {
    await chooseAndCheck(bot, people.wayan, { assetTag: "02.06.02.01.200" });
    const run = await runOf(bot, org.dinkesId, "02.06.02.01.200");
    // Wayan's own answer button, pressed by Ketut.
    const pause = callbackOf(people.wayan.id, "Jeda");
    expect(shown(await bot.send(bot.updates.callbackQuery({ from: people.ketut, data: pause })))).toContain("Ini milik SKPD lain");

    const menu = shown(await ketut().say("/migrasi"));
    expect(menu).toContain("SKPD Dinas Pendidikan");
    expect(menu).not.toContain("02.06.02.01.200");
    expect(shown(await ketut().say("/pc"))).not.toContain("02.06.02.01.200");

    // Forged buttons with the run's id: open, pause, answer, view the forms.
    for (const data of [`mo:${run.id}`, `mp:${run.id}`, `mx:${run.id}:${run.seq}`, `mv:${run.id}`]) {
      const events = await bot.send(bot.updates.callbackQuery({ from: people.ketut, data }));
      const refusal = shown(events);
      expect(refusal, data).toContain("⛔ Ini milik SKPD lain. Anda terdaftar di SKPD Dinas Pendidikan");
      expect(refusal, data).toContain("Pasal 13 Perbup Bangli 56/2011");
    }
    const after = await runOf(bot, org.dinkesId, "02.06.02.01.200");
    expect(after.seq).toBe(run.seq);

    // An agency head is not a technician: they see progress, not the steps.
    const head = shown(await as(bot, people.made).say("/migrasi"));
    expect(head).toContain("Hanya teknisi (pengelola TIK SKPD) yang terdaftar");
    expect(head).toContain("Pasal 13 jo. Pasal 1 angka 17 Perbup Bangli 56/2011");
    const headProgress = shown(await as(bot, people.made).say("/progres"));
    expect(headProgress).toContain("Laporan migrasi OSS SKPD Dinas Kesehatan");
    expect(headProgress).toContain("• Dalam proses: 1");
  });
});
