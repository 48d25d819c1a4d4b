import { DateTime } from "luxon";
import type { User } from "telegraf/types";
import { groupIdFromTitle, privateChatOf, supergroupChat, userOf } from "../../src/sandbox/update-factory.ts";
import { councilChair, councilChat, COUNCIL_SETUP, linkedMembers } from "../kit/council.ts";
import { expectations as is } from "./crash-checks.ts";
import { textsOf, type Harness, Lane } from "./crash-harness.ts";

/**
 * What the scripted users do: a council session in its group (set-up, account links, sign-ins, the opening,
 * speakers and a vote), a second council whose session nobody attends (its postponement timer falls due during
 * the run), and the OSS migration of two PCs by two technicians, each in their private chat.
 */

/** The people of the migration stories (test/bot/migration-kit.ts, which needs Vitest; this runs outside it too). */
export const people = {
  admin: userOf({ id: 9001, name: "Putu Arsana" }),
  wayan: userOf({ id: 2001, name: "I Wayan Sudarsana" }),
  komang: userOf({ id: 2002, name: "Komang Ayu" }),
} as const;
const DISTRO = "/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya";

const nameOf = (user: User) => [user.first_name, user.last_name].filter(Boolean).join(" ").replace(/^I /, "");

/** A session start as /sidang takes it: date and minute, in the council's zone. */
export function sidangTime(at: DateTime): string {
  return `${at.toFormat("yyyy-MM-dd")} ${at.toFormat("HH:mm")}`;
}

export async function councilSession(harness: Harness, zone: string): Promise<void> {
  const lane = new Lane(harness, "council", councilChat);
  const chair = councilChair;
  const [siti, wayan, yohanis, dewi, agus] = linkedMembers;
  await lane.say(chair, COUNCIL_SETUP, { step: "/bpd", expect: is.councilOf(councilChat.id) });
  for (const member of linkedMembers) {
    const gabung = async () => void (await lane.say(member, "/gabung"));
    await gabung();
    await lane.press(member, nameOf(member), { refresh: gabung, expect: is.linked(councilChat.id, member.id) });
  }
  // Two hours ahead: the planned-start timer of this session must not fire during the run.
  const start = DateTime.now().setZone(zone).plus({ hours: 2 });
  await lane.say(chair, `/sidang paripurna terbuka ${sidangTime(start)} | Balai Desa | Laporan Kepala Desa; Rancangan APBDes`, {
    step: "/sidang",
    expect: is.councilEvent("sessionScheduled"),
  });
  const signedIn = is.councilEvent("memberSignedIn");
  await lane.say(chair, "/hadir", { expect: signedIn });
  for (const member of [siti!, wayan!]) await lane.say(member, "/hadir", { expect: signedIn });
  // The rest tap the board; without a board on screen (its message lost in a kill) they type /hadir.
  for (const member of [yohanis!, dewi!, agus!]) {
    await lane.press(member, "Hadir", { data: /^bpd:\d+:hadir$/, refresh: () => lane.say(member, "/hadir", { expect: signedIn }), expect: signedIn });
  }
  await lane.say(chair, "/buka", { expect: is.councilEvent("sessionOpened") });
  await lane.say(chair, "/acara 1", { expect: is.councilEvent("itemStarted") });
  await lane.say(wayan!, "/bicara", { expect: is.councilEvent("speakerRegistered") });
  await lane.say(yohanis!, "/bicara", { expect: is.councilEvent("speakerRegistered") });
  await lane.say(chair, "/tutupdaftar", { expect: is.councilEvent("registrationClosed") });
  for (let turn = 0; turn < 2; turn++) {
    await lane.say(chair, "/lantai", { expect: is.councilEvent("floorGiven") });
    await lane.say(chair, "/selesai", { expect: is.councilEvent("speechFinished") });
  }
  const voteStarted = is.councilEvent("voteStarted");
  const motion = () => lane.say(chair, "/voting Menyetujui laporan Kepala Desa", { step: "/voting" });
  const put = await motion();
  // The chair may be asked which majority applies (Pasal 60 ayat (4)) before the vote starts.
  if (voteStarted(harness.db(), put.updateId) !== undefined) {
    await lane.press(chair, "Biasa", { prefix: true, refresh: motion, expect: voteStarted });
  }
  const voters: [User, string][] = [
    [chair, "yes"],
    [siti!, "yes"],
    [wayan!, "yes"],
    [yohanis!, "no"],
    [dewi!, "yes"],
    [agus!, "abstain"],
  ];
  const vote = (choice: string) => new RegExp(`^bpd:\\d+:vote:${choice}$`);
  // When no message shows the vote buttons (the board was being moved when the bot was killed), an accepted change
  // brings them back: the member still outside comes in, or goes out again.
  const rina = linkedMembers[5]!;
  let rinaIn = false;
  let bringing: Promise<void> | undefined;
  // Voters tap at once: the first to miss the buttons brings the board back, the others wait for it.
  const boardBack = () =>
    (bringing ??= (async () => {
      await lane.say(rina, rinaIn ? "/keluar" : "/hadir", { expect: is.councilEvent(rinaIn ? "memberLeft" : "memberSignedIn") });
      rinaIn = !rinaIn;
    })().finally(() => (bringing = undefined)));
  await Promise.all(voters.map(([voter, choice]) => lane.press(voter, choice, { data: vote(choice), refresh: boardBack, expect: is.councilEvent("voteCast") })));
  await lane.press(chair, "Tutup voting", { data: /^bpd:\d+:tutupvote$/, refresh: boardBack, expect: is.councilEvent("voteClosed") });
  await lane.say(chair, "/tutup", { expect: is.councilEvent("sessionClosed") });
}

export const TIMER_COUNCIL_CHAT = supergroupChat(groupIdFromTitle("BPD Karanganyar"), "BPD Karanganyar");

/** A council whose session nobody attends: at its planned start (`startFor()` when it is scheduled) its timer postpones it. */
export async function unattendedSession(harness: Harness, startFor: () => DateTime): Promise<void> {
  const lane = new Lane(harness, "timer", TIMER_COUNCIL_CHAT);
  const chair = councilChair;
  await lane.say(chair, COUNCIL_SETUP.replace("/bpd Sukamaju", "/bpd Karanganyar"), { step: "/bpd", expect: is.councilOf(TIMER_COUNCIL_CHAT.id) });
  await lane.say(chair, () => `/sidang paripurna ${sidangTime(startFor())} | Balai Desa | Laporan`, { step: "/sidang", expect: is.councilEvent("sessionScheduled") });
}

const CODE = /[2-9A-Z]{4}-[2-9A-Z]{4}/;

/** The IT office sets up an agency and the distribution; resolves with the technicians' join code. */
export async function itOffice(harness: Harness): Promise<string> {
  const admin = people.admin;
  const lane = new Lane(harness, "admin", privateChatOf({ id: admin.id, name: nameOf(admin) }));
  const technicianCode = (texts: string[]) => texts.join("\n").split("\n").find((line) => line.includes("Teknisi"))?.match(CODE)?.[0];
  const created = await lane.say(admin, "/skpd_baru Dinas Kesehatan", { expect: is.agency("Dinas Kesehatan") });
  let code = technicianCode(textsOf(created));
  // The reply with the codes was lost: the admin looks them up.
  for (let attempt = 0; !code && attempt < 5; attempt++) code = technicianCode(textsOf(await lane.say(admin, "/skpd Dinas Kesehatan")));
  if (!code) throw new Error("admin: no technician code shown");
  await lane.say(admin, DISTRO, { step: "/distro", expect: is.setting("distribution") });
  return code;
}

/** A technician joins with the code and walks one PC through the 15 steps of the SOP. */
export async function technician(harness: Harness, who: User, code: Promise<string>, assetTag: string): Promise<void> {
  const lane = new Lane(harness, `technician ${who.id}`, privateChatOf({ id: who.id, name: nameOf(who) }));
  const joinCode = await code;
  await lane.say(who, `/gabung ${joinCode}`, { step: "/gabung", expect: is.member(who.id, "technician") });
  await lane.press(who, "Saya memenuhi ketiganya", { prefix: true, refresh: async () => void (await lane.say(who, "/kualifikasi")), expect: is.qualified(who.id) });
  const menu = async () => void (await lane.say(who, "/migrasi"));
  await menu();
  await lane.press(who, "Mulai PC baru", { prefix: true, refresh: menu, expect: is.runEvent() });
  // The current question again: the menu, then the run under way.
  const resume = async () => {
    await menu();
    await lane.press(who, assetTag, { prefix: true, refresh: menu });
  };
  const answer = (text: string) => lane.say(who, text, { expect: is.runEvent() });
  const choose = (label: string) => lane.press(who, label, { prefix: true, refresh: resume, expect: is.runEvent() });
  for (const text of [assetTag, "Ruang Keuangan", "Ni Luh Ayu", "Intel Core i3-3220 3,3 GHz"]) await answer(text);
  await choose("Ya");
  await answer("4 GB");
  await answer("500 GB");
  await choose("Tidak");
  // Form 1.
  await answer("HP ProDesk 400 G1");
  await answer("Windows 7 Professional");
  await choose("Tidak berlisensi");
  await answer("Microsoft Office 2007");
  await answer("Aplikasi SIMPUS, Google Chrome");
  await answer("KEU-01 / WORKGROUP");
  await choose("IP statis");
  for (const text of ["192.168.10.25", "Printer Epson L3110", "D:\\Data, Documents"]) await answer(text);
  // Backup, live CD, the two rules of langkah 7, install, configuration, restore, user test.
  await choose("HDD eksternal");
  await answer("Gusti Ayu Rai");
  for (const label of ["Ya, lengkap dan terbaca", "Tidak bermasalah", "Ya, hanya partisi OS", "Ya, tanpa dual boot", "Instalasi berhasil", "Konfigurasi selesai", "Data terpulihkan"]) {
    await choose(label);
  }
  await answer("Ni Luh Ayu");
  await choose("Pengguna puas");
}

export const TECHNICIANS: readonly { readonly who: User; readonly assetTag: string }[] = [
  { who: people.wayan, assetTag: "02.06.02.01.017" },
  { who: people.komang, assetTag: "02.06.02.01.018" },
];

/** Steps the scripts take when nothing goes wrong, for spreading the kills over the run. */
export const PLANNED_STEPS = 1 + 12 + 1 + 6 + 7 + 4 + 1 + 6 + 2 + 2 + (3 + 4 + 38) * 2 + 2;
