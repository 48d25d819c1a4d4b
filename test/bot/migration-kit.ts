import type { Chat, User } from "telegraf/types";
import { expect } from "vitest";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { groupIdFromTitle, supergroupChat, userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";

/**
 * The people and chats of the OSS migration stories (Perbup Bangli 56/2011), and a test bot whose
 * ADMIN_TELEGRAM_IDS is the IT office's admin.
 */

export const people = {
  /** DishubKominfo (IT office) admin. */
  admin: userOf({ id: 9001, name: "Putu Arsana" }),
  /** Technicians of Dinas Kesehatan. */
  wayan: userOf({ id: 2001, name: "I Wayan Sudarsana" }),
  komang: userOf({ id: 2002, name: "Komang Ayu" }),
  /** Head of Dinas Kesehatan. */
  made: userOf({ id: 2003, name: "Made Wirata" }),
  /** Technician and head of Dinas Pendidikan. */
  ketut: userOf({ id: 2101, name: "Ketut Suarjana" }),
  nyoman: userOf({ id: 2102, name: "Nyoman Sari" }),
  /** TPP-SI members. */
  dewi: userOf({ id: 3001, name: "Dewi Lestari" }),
  gede: userOf({ id: 3002, name: "Gede Artha" }),
  /** Nobody in particular. */
  stranger: users.budi,
} as const satisfies Record<string, User>;

export const chats = {
  supportGroup: supergroupChat(groupIdFromTitle("TPP-SI Kabupaten Bangli"), "TPP-SI Kabupaten Bangli"),
  bupatiOffice: supergroupChat(groupIdFromTitle("Bagian Umum Setda Bangli"), "Bagian Umum Setda Bangli"),
} as const satisfies Record<string, Chat.SupergroupChat>;

export const DISTRO = "/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya";

/** The shared test bot, on Makassar time (Bangli, WITA), with the IT office's admin in ADMIN_TELEGRAM_IDS. */
export function createMigrationBot(options: { clock?: string; timeZone?: string; adminIds?: readonly number[] } = {}): Promise<TestBot> {
  return createTestBot({
    clock: options.clock ?? "2026-01-05T08:00:00",
    timeZone: options.timeZone ?? "Asia/Makassar",
    adminIds: options.adminIds ?? [people.admin.id],
  });
}

/** What the bot showed (messages, edits, callback notices, document names), joined for `toContain`. */
export function shown(events: readonly OutgoingEvent[]): string {
  return events
    .map((event) => (event.kind === "document" ? `[dokumen: ${event.fileName}] ${event.text ?? ""}` : (event.text ?? "")))
    .filter(Boolean)
    .join("\n---\n");
}

export function lastText(events: readonly OutgoingEvent[]): string {
  return events.filter((event) => event.kind === "message" || event.kind === "edit").at(-1)?.text ?? "";
}

/** A person talking in private, and pressing buttons of their private chat. */
export function as(bot: TestBot, user: User) {
  return {
    say: (text: string) => bot.sendText(text, { from: user }),
    press: (label: string) => bot.press(label, { from: user }),
    sayIn: (chat: Chat.SupergroupChat, text: string) => bot.sendText(text, { from: user, chat }),
    pressIn: (chat: Chat.SupergroupChat, label: string) => bot.press(label, { from: user, chat }),
  };
}

function codeFrom(text: string, label: RegExp): string {
  const line = text.split("\n").find((candidate) => label.test(candidate));
  const code = line?.match(/[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0];
  if (!code) throw new Error(`no code in ${text}`);
  return code;
}

export interface Organisation {
  readonly dinkesId: number;
  readonly disdikId: number;
}

/**
 * The set-up of the stories: two agencies (Dinas Kesehatan with technicians Wayan and Komang and head Made; Dinas
 * Pendidikan with technician Ketut and head Nyoman), TPP-SI (Dewi, Gede) with its group, the Bupati's office chat,
 * and the agreed distribution. Everyone joined by chat, as they would.
 */
export async function setUpOrganisation(bot: TestBot): Promise<Organisation> {
  const admin = as(bot, people.admin);
  const dinkes = shown(await admin.say("/skpd_baru Dinas Kesehatan"));
  const disdik = shown(await admin.say("/skpd_baru Dinas Pendidikan"));
  expect(shown(await admin.say(DISTRO))).toContain("Linux Mint 22.1 Xfce");
  const support = shown(await admin.say("/kode_tppsi"));
  expect(shown(await admin.sayIn(chats.supportGroup, "/grup_tppsi"))).toContain("terdaftar sebagai grup TPP-SI");
  expect(shown(await admin.sayIn(chats.bupatiOffice, "/grup_bupati"))).toContain("penerima rekapitulasi");

  const join = async (user: User, code: string, technician: boolean) => {
    const reply = shown(await as(bot, user).say(`/gabung ${code}`));
    expect(reply).toContain("Anda terdaftar sebagai");
    if (technician) expect(shown(await as(bot, user).press("Saya memenuhi ketiganya"))).toContain("Kualifikasi Personil dikonfirmasi");
  };
  await join(people.wayan, codeFrom(dinkes, /Teknisi/), true);
  await join(people.komang, codeFrom(dinkes, /Teknisi/), true);
  await join(people.made, codeFrom(dinkes, /Kepala/), false);
  await join(people.ketut, codeFrom(disdik, /Teknisi/), true);
  await join(people.nyoman, codeFrom(disdik, /Kepala/), false);
  await join(people.dewi, codeFrom(support, /TPP-SI/), false);
  await join(people.gede, codeFrom(support, /TPP-SI/), false);

  const agencies = await bot.store.migration.organisation.agencies();
  const id = (name: string) => agencies.find((agency) => agency.name === name)!.id;
  return { dinkesId: id("Dinas Kesehatan"), disdikId: id("Dinas Pendidikan") };
}

export interface PcData {
  readonly assetTag: string;
  readonly location?: string;
  readonly user?: string;
  readonly ram?: string;
  readonly disk?: string;
  readonly processorOk?: boolean;
  readonly specialSoftware?: string;
}

/** Presses a button or types, as the step asks. */
export type Act = (user: User) => Promise<OutgoingEvent[]>;

/** Langkah 1-2: a new PC, its target data and the technical check. Returns the last reply. */
export async function chooseAndCheck(bot: TestBot, user: User, pc: PcData): Promise<string> {
  const tech = as(bot, user);
  await tech.say("/migrasi");
  expect(shown(await tech.press("Mulai PC baru"))).toContain("Langkah 1/15 · Tentukan PC target migrasi");
  await tech.say(pc.assetTag);
  await tech.say(pc.location ?? "Ruang Keuangan");
  expect(shown(await tech.say(pc.user ?? "Ni Luh Ayu"))).toContain("Langkah 2/15 · Pengecekan teknis");
  await tech.say("Intel Core i3-3220 3,3 GHz");
  await tech.press(pc.processorOk === false ? "Tidak" : "Ya");
  await tech.say(pc.ram ?? "4 GB");
  await tech.say(pc.disk ?? "500 GB");
  if (pc.specialSoftware) {
    await tech.press("Ya");
    return shown(await tech.say(pc.specialSoftware));
  }
  return shown(await tech.press("Tidak"));
}

/** Langkah 4: Form 1 Data Proses Migrasi. */
export async function recordForm1(bot: TestBot, user: User): Promise<string> {
  const tech = as(bot, user);
  await tech.say("HP ProDesk 400 G1");
  await tech.say("Windows 7 Professional");
  await tech.press("Tidak berlisensi");
  await tech.say("Microsoft Office 2007");
  await tech.say("Aplikasi SIMPUS, Google Chrome");
  await tech.say("KEU-01 / WORKGROUP");
  await tech.press("IP statis");
  await tech.say("192.168.10.25");
  await tech.say("Printer Epson L3110");
  return shown(await tech.say("D:\\Data, Documents"));
}

/** Langkah 5: backup by the agency, confirmed by a named person. */
export async function backup(bot: TestBot, user: User): Promise<string> {
  const tech = as(bot, user);
  await tech.press("HDD eksternal");
  await tech.say("Gusti Ayu Rai");
  return shown(await tech.press("Ya, lengkap dan terbaca"));
}

/** Langkah 7's two rules, confirmed before installing. */
export async function confirmInstallRules(bot: TestBot, user: User): Promise<string> {
  const tech = as(bot, user);
  await tech.press("Ya, hanya partisi OS");
  return shown(await tech.press("Ya, tanpa dual boot"));
}

/** Walks a new PC to the start of a step: "liveTest" (6), "install" (7), "configure" (9), "restore" (11), "userTest" (13). */
export async function walkTo(bot: TestBot, user: User, assetTag: string, step: "liveTest" | "install" | "configure" | "restore" | "userTest"): Promise<string> {
  const tech = as(bot, user);
  await chooseAndCheck(bot, user, { assetTag });
  await recordForm1(bot, user);
  let last = await backup(bot, user);
  if (step === "liveTest") return last;
  last = shown(await tech.press("Tidak bermasalah"));
  if (step === "install") return last;
  last = await confirmInstallRules(bot, user);
  expect(last).toContain("Langkah 7/15");
  last = shown(await tech.press("Instalasi berhasil"));
  if (step === "configure") return last;
  last = shown(await tech.press("Konfigurasi selesai"));
  if (step === "restore") return last;
  return shown(await tech.press("Data terpulihkan"));
}

/** The run of an asset tag in an agency. */
export async function runOf(bot: TestBot, agencyId: number, assetTag: string) {
  const runs = await bot.store.migration.runs.list({ agencyId });
  const run = runs.find((candidate) => candidate.pc?.assetTag === assetTag);
  if (!run) throw new Error(`no run for ${assetTag}`);
  return run;
}
