import { Composer } from "telegraf";
import type { User } from "telegraf/types";
import type { BotMessage } from "../../src/sandbox/bot-api-types.ts";
import { groupIdFromTitle, supergroupChat, userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, COUNCIL_SETUP, linkedMembers, setUpCouncil } from "../kit/council.ts";
import { people, runOf, setUpOrganisation, walkTo, chooseAndCheck, type Organisation } from "../bot/migration-kit.ts";

/**
 * The state the fuzzer is let loose on: a council with a live session and a vote running (every roster name linked,
 * so nobody can claim one), a second council of one of the fuzzer's senders, the OSS migration with two agencies and
 * runs in progress, a region-formation proposal. The fuzzer's senders are strangers plus two insiders who own
 * something of their own (the second council's chair, the other agency's technician): what they do to their own
 * things is theirs; everything else must come out of the fuzz exactly as it went in.
 */

export interface FuzzWorld {
  readonly bot: TestBot;
  readonly organisation: Organisation;
  /** Chats and users whose state must not change. */
  readonly protectedChats: readonly number[];
  readonly protectedUsers: readonly number[];
  /** Who the fuzzer sends as. */
  readonly senders: readonly User[];
  /** The senders who own something (a council, an agency's run): their own things are theirs to change. */
  readonly insiders: readonly User[];
  readonly insiderChat: ReturnType<typeof supergroupChat>;
  readonly sessionIds: readonly number[];
  readonly runs: readonly { readonly id: number; readonly seq: number }[];
  /** Every command the bot registers (found by listening to Composer.command while the bot was built). */
  readonly commands: readonly string[];
  /** Bot messages with buttons seen during the set-up, to press stale or someone else's buttons. */
  readonly buttonMessages: readonly BotMessage[];
}

export const strangers: readonly User[] = Array.from({ length: 6 }, (_, i) => userOf({ id: 7001 + i, name: `Orang Asing ${i + 1}` }));
/** Chairs a council of their own in their own group. */
export const insiderChair = userOf({ id: 6001, name: "Ahmad Fauzi" });
const hasan = userOf({ id: 1008, name: "Hasan Basri" });
const lina = userOf({ id: 1009, name: "Lina Marlina" });

/** Builds the bot while noting every command name its composers register. */
async function botWithCommands(): Promise<{ bot: TestBot; commands: string[] }> {
  const names = new Set<string>();
  const prototype = Composer.prototype as unknown as { command: (...args: unknown[]) => unknown };
  const original = prototype.command;
  prototype.command = function (this: unknown, command: unknown, ...fns: unknown[]) {
    for (const name of [command].flat()) if (typeof name === "string") names.add(name);
    return original.call(this, command, ...fns);
  };
  try {
    const bot = await createTestBot({ clock: "2026-02-02T09:00:00", timeZone: "Asia/Makassar", adminIds: [people.admin.id] });
    return { bot, commands: [...names].sort() };
  } finally {
    prototype.command = original;
  }
}

export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const { bot, commands } = await botWithCommands();
  const linkedUsers: User[] = [];
  const say = (text: string, from: User, chat = councilChat) => bot.sendText(text, { from, chat });

  // Council A: every name of the roster linked (anyone in the group may claim an open one, by design), a session
  // open, a vote running with three ballots in.
  await setUpCouncil(bot);
  for (const user of [hasan, lina, ...Array.from({ length: 5 }, (_, i) => userOf({ id: 1010 + i, name: `Akun ${1010 + i}` }))]) {
    const offer = (await say("/gabung", user)).find((event) => event.buttons.length > 0);
    if (!offer) break;
    const own = offer.buttons.flat().find((label) => label === `${user.first_name} ${user.last_name}`) ?? offer.buttons[0]![0]!;
    await bot.press(own, { from: user, chat: councilChat });
    linkedUsers.push(user);
  }
  await say("/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes", councilChair);
  for (const user of [councilChair, ...linkedMembers.slice(0, 5)]) await say("/hadir", user);
  await say("/buka", councilChair);
  await say("/voting Menyetujui laporan Kepala Desa", councilChair);
  if (bot.api.latestWithButtons(councilChat.id) && bot.recorder.buttons(councilChat.id).flat().some((label) => label.startsWith("Biasa"))) {
    await bot.press("Biasa", { from: councilChair, chat: councilChat });
  }
  for (const user of [councilChair, linkedMembers[0]!, linkedMembers[1]!]) await bot.press("Setuju", { from: user, chat: councilChat });

  // Council B, the insider's own: scheduled.
  const insiderChat = supergroupChat(groupIdFromTitle("BPD Mekarsari"), "BPD Mekarsari");
  await say(COUNCIL_SETUP.replace("/bpd Sukamaju", "/bpd Mekarsari"), insiderChair, insiderChat);
  await say("/sidang paripurna 11:00 | Balai Desa | Laporan", insiderChair, insiderChat);

  // The migration: Wayan's PC at langkah 7, Komang's at langkah 2; Ketut (the other agency) is a fuzzer sender.
  const organisation = await setUpOrganisation(bot);
  await walkTo(bot, people.wayan, "02.06.02.01.017", "install");
  await bot.sendText("/migrasi", { from: people.komang });
  await bot.press("Mulai PC baru", { from: people.komang });
  await bot.sendText("02.06.02.01.018", { from: people.komang });
  await chooseAndCheck(bot, people.ketut, { assetTag: "03.01.01.01.001" });
  const runs = [];
  for (const tag of ["02.06.02.01.017"]) {
    const run = await runOf(bot, organisation.dinkesId, tag);
    runs.push({ id: run.id, seq: run.seq });
  }
  const all = await bot.store.migration.runs.list({});
  for (const run of all) if (!runs.some((known) => known.id === run.id)) runs.push({ id: run.id, seq: run.seq });

  // A region-formation proposal tracked by an official.
  await bot.sendText("/izinkan_pemekaran 3101 Petugas Pemekaran", { from: people.admin });
  await bot.sendText("/usulan_baru Kabupaten Sukamaju Raya", { from: userOf({ id: 3101, name: "Petugas Pemekaran" }) });

  const councils = [councilChat.id, insiderChat.id];
  const sessionIds: number[] = [];
  for (const chatId of councils) {
    const stored = await bot.store.council.byChat(chatId);
    const live = stored ? await bot.store.council.liveSession(stored.id) : undefined;
    if (live) sessionIds.push(live.id);
  }
  await bot.sendText("/hadir", { from: insiderChair, chat: insiderChat });
  const buttonMessages = [councilChat.id, insiderChat.id, people.wayan.id, people.komang.id, people.ketut.id, people.admin.id].flatMap((chatId) =>
    bot.api.transcript(chatId).filter((entry) => (entry.message.reply_markup?.inline_keyboard.flat().length ?? 0) > 0).map((entry) => entry.message),
  );
  expectNoErrors(bot, "the set-up");
  const protectedUsers = [councilChair, ...linkedMembers, ...linkedUsers, people.admin, people.wayan, people.komang, people.made, people.dewi, people.gede].map((user) => user.id);
  return {
    bot,
    organisation,
    protectedChats: [councilChat.id, ...protectedUsers],
    protectedUsers,
    senders: [...strangers, insiderChair, people.ketut],
    insiders: [insiderChair, people.ketut],
    insiderChat,
    sessionIds,
    runs,
    commands,
    buttonMessages,
  };
}

function expectNoErrors(bot: TestBot, when: string): void {
  const errors = bot.errors();
  if (errors.length > 0) throw new Error(`${when} logged errors: ${JSON.stringify(errors)}`);
}
