import type { Message, User } from "telegraf/types";
import { councilData, type CouncilAction } from "../../../src/bot/features/council/callback-data.ts";
import { procedureData, type ProcedureAction } from "../../../src/bot/features/council/procedures/callback-data.ts";
import { decisionChoices } from "../../../src/bot/features/council/procedures/procedure-service.ts";
import { applyInUpdate } from "../../../src/bot/features/council/session-service.ts";
import { foldMinutesRecord } from "../../../src/domain/council/minutes/record.ts";
import { member as memberPerson } from "../../../src/domain/council/participants.ts";
import type { ProcedureKind } from "../../../src/domain/council/procedures/procedure-events.ts";
import type { ProcedureState } from "../../../src/domain/council/procedures/procedure-state.ts";
import type { SessionState } from "../../../src/domain/council/session-state.ts";
import { groupIdFromTitle, supergroupChat } from "../../../src/sandbox/update-factory.ts";
import { COUNCIL_SETUP } from "../../kit/council.ts";
import { press, pressed, privateOf, say, typed, type Cell, type Role, type Row, type Scene, type World } from "./matrix-kit.ts";
import { council } from "./people.ts";

/**
 * The council (BPD) rows: every command and button of the council's sessions, its record after the meeting and its
 * procedures, in the council's group (and the private chats where a secret ballot and a closed meeting's record go).
 * Scenes follow one council through set-up, a plenary from scheduling to close, and its record; a second council
 * holds a closed meeting its chair misses; a third the discipline ladder and a commission's meeting; then the
 * procedures over several meetings.
 */

const A = supergroupChat(groupIdFromTitle("BPD Sukamaju"), "BPD Sukamaju");
const B = supergroupChat(groupIdFromTitle("BPD Mekarsari Matriks"), "BPD Mekarsari Matriks");
const C = supergroupChat(groupIdFromTitle("BPD Sirnagalih Matriks"), "BPD Sirnagalih Matriks");
type Group = typeof A;

/** The secretary links an account like a member (/gabung, "Sekretaris: …") and may all the law gives the secretary. */
const secretaryMay: Cell = "ok";

// The words of the refusals (src/bot/features/council/messages.ts, procedures/refusals.ts, minutes-feature.ts).
const PRESIDING = /Hanya pimpinan rapat.*yang dapat melakukan ini/;
const RECORDER = /yang mencatat untuk orang lain/;
const UNKNOWN = /tidak terdaftar di BPD/;
const MEMBERS = /Hanya anggota BPD yang dapat melakukan ini/;
const OBSERVER_SILENT = /Peninjau tidak boleh berbicara/;
const MEETING_CHAIR = /Hanya ketua rapat itu/;
const RECORD_MEMBERS = /hanya untuk anggota BPD ini/;
const PROCEDURE_RECORDER = /Hanya Ketua, Wakil Ketua atau Sekretaris BPD yang mencatat/;
// What the linked secretary is told where the law gives the secretary no part (Pasal 73: not a member, no vote).
const SECRETARY_NO_VOTE = /Sekretaris BPD tidak mempunyai hak suara/;
const SECRETARY_NOT_MEMBER = /Sekretaris BPD bukan anggota/;
const INTERRUPTION_MEMBERS = /Hanya anggota BPD yang dapat mengajukan interupsi/;

const LINKED: readonly [User, string][] = [
  [council.viceChair, "Siti Aminah"],
  [council.member, "Wayan Sudarsana"],
  [council.yohanis, "Yohanis Makagansang"],
  [council.otherCommission, "Dewi Lestari"],
  [council.agus, "Agus Salim"],
  [council.rina, "Rina Wati"],
];

// --- Reading the council's state from the store -------------------------------------------------------------

async function storedIn(w: World, chat: Group) {
  const stored = await w.bot.store.council.byChat(chat.id);
  if (!stored) throw new Error(`no council in ${chat.title}`);
  return stored;
}

async function memberIdOf(w: World, chat: Group, name: string): Promise<string> {
  const found = (await storedIn(w, chat)).council.members.find((m) => m.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.id;
}

async function liveIn(w: World, chat: Group): Promise<{ id: number; state: SessionState }> {
  const session = await w.bot.store.council.liveSession((await storedIn(w, chat)).id);
  if (!session) throw new Error(`no live session in ${chat.title}`);
  return session;
}

async function lastClosedIn(w: World, chat: Group): Promise<number> {
  const [session] = await w.bot.store.council.closedSessions((await storedIn(w, chat)).id, 1);
  if (!session) throw new Error(`no closed session in ${chat.title}`);
  return session.id;
}

function at(w: World, iso: string): void {
  w.bot.setClock(iso);
}

// --- Acts ---------------------------------------------------------------------------------------------------

const inGroup = (chat: Group, text: string | ((w: World, role: Role) => string | Promise<string>)) => typed(text, () => chat);

/** A session button of the group's live session; `arg` may be read from the state when the cell runs. */
function button(chat: Group, action: CouncilAction, arg?: string | number | ((w: World) => Promise<string | number>)) {
  return pressed(async (w) => councilData((await liveIn(w, chat)).id, action, typeof arg === "function" ? await arg(w) : arg), () => chat);
}

const speakerArg = (chat: Group, name: string) => async (w: World) => `m.${await memberIdOf(w, chat, name)}`;

async function pendingRequestOf(w: World, chat: Group, name: string): Promise<number> {
  const id = await memberIdOf(w, chat, name);
  const request = (await liveIn(w, chat)).state.interruptionRequests.find((r) => r.member === id);
  if (!request) throw new Error(`${name} has no pending interruption`);
  return request.requestNo;
}

const inviteeId = async (w: World, chat: Group) => {
  const guest = (await liveIn(w, chat)).state.invitees.findLast((g) => g.telegramUserId === council.invitee.id && g.leftAt === null);
  if (!guest) throw new Error("the invitee is not present");
  return guest.id;
};

/** A press of the record's button of the group's last closed session. */
function recordButton(chat: Group, action: string, arg?: number | ((w: World) => Promise<number>), where: "group" | "private" = "group") {
  return pressed(
    async (w) => {
      const argument = typeof arg === "function" ? await arg(w) : arg;
      return `rsl:${await lastClosedIn(w, chat)}:${action}${argument === undefined ? "" : `:${argument}`}`;
    },
    where === "group" ? () => chat : (_, from) => privateOf(from),
  );
}

// --- Steps of the scenes (not judged) -----------------------------------------------------------------------

async function setUpCouncil(w: World, chat: Group): Promise<void> {
  await say(w, council.chair, COUNCIL_SETUP, chat);
  for (const [user, name] of LINKED) {
    await say(w, user, "/gabung", chat);
    await press(w, user, councilData(0, "link", await memberIdOf(w, chat, name)), chat);
  }
  await say(w, council.secretary, "/gabung", chat);
  await press(w, council.secretary, councilData(0, "link", "secretary"), chat);
}

async function signIn(w: World, chat: Group, ...who: User[]): Promise<void> {
  for (const user of who) await say(w, user, "/hadir", chat);
}

/** The invitee's message in the group, to which the chair replies with /undangan. */
function inviteeMessage(w: World): Message.TextMessage {
  return w.vars.get("inviteeMessage") as Message.TextMessage;
}

async function signInInvitee(w: World, chat: Group): Promise<void> {
  if (!w.vars.has("inviteeMessage")) {
    const hello = w.factory.message("Selamat pagi, saya Sari dari kantor kecamatan.", { from: council.invitee, chat });
    await w.bot.send(hello);
    w.vars.set("inviteeMessage", hello.message);
  }
  await say(w, council.chair, "/undangan Kepala Seksi Pemerintahan Kecamatan", chat, inviteeMessage(w));
}

/** A decision by the chair's buttons: /voting (or /mufakat, /angkat) then the majority, and in a closed meeting the matter. */
async function decide(w: World, chat: Group, by: User, text: string, choice: string, closed = false): Promise<void> {
  await say(w, by, text, chat);
  const session = await liveIn(w, chat);
  await press(w, by, councilData(session.id, "mj", choice), chat);
  if (closed) await press(w, by, councilData(session.id, "mt", `${choice}.0`), chat);
}

/**
 * `by` records that a member without Telegram has left (Pasal 44 ayat (4)): the engine lets the person chairing or the
 * secretary record another's leaving, but the bot has no command or button for it, so this goes to the session
 * service as a typed command would, with an update id of the matrix's own.
 */
async function recordLeaving(w: World, chat: Group, by: User, name: string): Promise<void> {
  const stored = await storedIn(w, chat);
  const { update_id } = w.factory.message("/keluar", { from: by, chat });
  const command = { type: "leave", person: memberPerson(await memberIdOf(w, chat, name)) } as const;
  const applied = await applyInUpdate(w.bot.store, update_id, stored, command, { actor: { kind: "user", telegramUserId: by.id }, now: w.bot.now() });
  if (!applied.ok) throw new Error(`${name} could not be recorded as leaving: ${applied.rejection.code}`);
}

/** The meeting's chair settles every correction still pending on the record of the group's last closed session. */
async function settleCorrections(w: World, chat: Group): Promise<void> {
  const id = await lastClosedIn(w, chat);
  const record = foldMinutesRecord(await w.bot.store.minutes.events(id));
  for (const c of record.corrections.filter((x) => x.status === "pending")) await press(w, council.chair, `rsl:${id}:ok:${c.correctionNo}`, chat);
  const left = foldMinutesRecord(await w.bot.store.minutes.events(id)).corrections.filter((x) => x.status === "pending");
  if (left.length) throw new Error(`corrections still pending: ${left.map((x) => x.correctionNo).join(", ")}`);
}

/**
 * The official risalah is issued once, and nothing in the product withdraws it (Pasal 56 ayat (6)). So that the
 * meeting's chair issues it from the state the secretary found, the secretary's issue is taken back out of the
 * record's log: its last event, which must be that issue.
 */
async function takeBackOfficialRisalah(w: World, chat: Group, by: User): Promise<void> {
  const id = await lastClosedIn(w, chat);
  await w.bot.store.transaction(async (tx) => {
    const last = await tx.councilMinutesEvent.findFirst({ where: { sessionId: id }, orderBy: { sequence: "desc" } });
    if (last?.type !== "officialIssued" || last.recordedBy !== BigInt(by.id)) throw new Error(`the record's last event is not ${by.first_name}'s official issue`);
    await tx.councilMinutesEvent.delete({ where: { id: last.id } });
  });
  if (foldMinutesRecord(await w.bot.store.minutes.events(id)).officialIssuedAt !== null) throw new Error("the official risalah is still issued");
}

async function signBackIn(w: World, chat: Group, role: Role): Promise<void> {
  if (role === "invitee") return signInInvitee(w, chat);
  if (role === "observer") return void (await say(w, council.observer, "/peninjau", chat));
  await say(w, w.user(role), "/hadir", chat);
}

// --- Cells ----------------------------------------------------------------------------------------------------

const everyone = (cell: Cell, roles: readonly Role[] = ["chair", "viceChair", "secretary", "member", "otherCommission", "invitee", "observer", "stranger"]) =>
  Object.fromEntries(roles.map((r) => [r, cell])) as Partial<Record<Role, Cell>>;
const NO_GUESTS: readonly Role[] = ["chair", "viceChair", "secretary", "member", "otherCommission", "stranger"];

/** Only the person chairing: every other sender is told so, the secretary too (Pasal 14 huruf c: the chair's, not the secretariat's). */
function chairOnly(overrides: Partial<Record<Role, Cell>> = {}, roles: readonly Role[] = ["chair", "viceChair", "secretary", "member", "otherCommission", "invitee", "observer", "stranger"]) {
  return { ...everyone(PRESIDING, roles), chair: "ok" as Cell, ...overrides };
}

// --- Scenes ---------------------------------------------------------------------------------------------------

const setUp: Scene = {
  title: "council: the group's council and its members' accounts (Pasal 13, 21-22)",
  before: (w) => setUpCouncil(w, A),
  rows: [
    { key: "council/bpd", title: "the roster, once set up", act: inGroup(A, "/bpd"), writes: false, shows: /BPD Sukamaju — 9 anggota/, cells: everyone("ok", NO_GUESTS) },
    { key: "council/anggota", act: inGroup(A, "/anggota"), writes: false, shows: /BPD Sukamaju — 9 anggota/, cells: everyone("ok", NO_GUESTS) },
    { key: "council/gabung", title: "the names still to link", act: inGroup(A, "/gabung"), writes: false, shows: /Pilih nama Anda|sudah terhubung/, cells: everyone("ok", NO_GUESTS) },
    {
      key: "council/bpd:link",
      title: "anyone not linked claims an unlinked name; the chair sees it and can undo it",
      act: pressed(async (w) => councilData(0, "link", await memberIdOf(w, A, "Hasan Basri")), () => A),
      writes: true,
      cells: { chair: /sudah terhubung/, viceChair: /sudah terhubung/, secretary: /sudah terhubung/, member: /sudah terhubung/, otherCommission: /sudah terhubung/, stranger: "ok" },
      after: async (w) => void (await press(w, council.chair, councilData(0, "unlink", await memberIdOf(w, A, "Hasan Basri")), A)),
    },
    {
      key: "council/bpd:link",
      title: "the secretary's name, while no account holds it: claimed like a member's",
      before: async (w) => void (await press(w, council.chair, councilData(0, "unlink", "secretary"), A)),
      act: pressed(councilData(0, "link", "secretary"), () => A),
      writes: true,
      cells: { chair: /sudah terhubung/, viceChair: /sudah terhubung/, member: /sudah terhubung/, otherCommission: /sudah terhubung/, stranger: "ok", secretary: "ok" },
      // A stranger's claim is undone by the chair; the secretary's own is the state the scenes go on with.
      after: async (w, role) => {
        if (role === "stranger") await press(w, council.chair, councilData(0, "unlink", "secretary"), A);
      },
    },
    {
      key: "council/bpd:unlink",
      title: "only the chair undoes a link (Pasal 14)",
      before: async (w) => {
        const claimer = { id: 1099, is_bot: false, first_name: "Lina", last_name: "Palsu" } satisfies User;
        await press(w, claimer, councilData(0, "link", await memberIdOf(w, A, "Lina Marlina")), A);
      },
      act: pressed(async (w) => councilData(0, "unlink", await memberIdOf(w, A, "Lina Marlina")), () => A),
      writes: true,
      cells: { ...everyone(/Hanya Ketua BPD/, NO_GUESTS), chair: "ok" },
    },
    {
      key: "council/bpd:unlink",
      title: "the secretary's link too: only the chair undoes it, not even the secretary",
      act: pressed(councilData(0, "unlink", "secretary"), () => A),
      writes: true,
      cells: { ...everyone(/Hanya Ketua BPD/, NO_GUESTS), chair: "ok" },
      // The secretary links again, so the scenes go on with a linked secretary.
      after: async (w) => void (await press(w, council.secretary, councilData(0, "link", "secretary"), A)),
    },
    { key: "council/sidang", title: "without details: the kind of meeting by buttons", act: inGroup(A, "/sidang"), writes: false, shows: /Pilih jenis rapat/, cells: everyone("ok", NO_GUESTS) },
    {
      key: "council/bpd:sk",
      title: "the kind chosen (edits the question; the schedule itself is checked)",
      act: pressed(councilData(0, "sk", "paripurna"), () => A),
      writes: false,
      shows: /Terbuka|terbuka/,
      cells: everyone("ok", NO_GUESTS),
    },
    {
      key: "council/bpd:sn",
      title: "the nature chosen: a line to complete",
      act: pressed(councilData(0, "sn", "paripurna.terbuka"), () => A),
      writes: false,
      shows: /\/sidang paripurna terbuka/,
      cells: everyone("ok", NO_GUESTS),
    },
    {
      key: "council/sidang",
      title: "with details: the chair convenes, or the vice chair standing in (Pasal 30 ayat (4), 15 ayat (3))",
      act: inGroup(A, "/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes"),
      writes: true,
      cells: {
        // A refusal stores nothing: no empty session is left to become the council's live one.
        member: /Hanya Ketua BPD yang mengundang/,
        otherCommission: /Hanya Ketua BPD yang mengundang/,
        secretary: MEMBERS,
        stranger: UNKNOWN,
        viceChair: "ok",
        chair: "ok",
      },
      // Called off again, so the next sender finds no meeting scheduled.
      after: async (w) => void (await say(w, council.chair, "/tutup", A)),
    },
  ],
};

const beforeOpening: Scene = {
  title: "council: a plenary scheduled, before its opening (Pasal 44-45, 59)",
  before: async (w) => {
    at(w, "2026-11-23T09:00:00");
    await say(w, council.chair, "/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes", A);
    await signInInvitee(w, A);
    await say(w, council.observer, "/peninjau", A);
  },
  rows: [
    {
      key: "council/undangan",
      title: "invitees are recorded by the person chairing or the secretary (Pasal 59 ayat (1))",
      act: inGroup(A, "/undangan Camat Sukamaju, Camat"),
      writes: true,
      cells: { ...everyone(RECORDER), secretary: secretaryMay, chair: "ok" },
    },
    {
      key: "council/peninjau",
      title: "observers sign themselves in (Pasal 59 ayat (2)), or the person chairing or the secretary records one",
      act: inGroup(A, "/peninjau"),
      writes: true,
      cells: { viceChair: RECORDER, member: RECORDER, otherCommission: RECORDER, invitee: RECORDER, observer: /sudah mengisi daftar hadir/, stranger: "ok", secretary: secretaryMay, chair: "ok" },
    },
    {
      key: "council/hadir",
      title: "members sign the list (Pasal 44 ayat (1)); guests have their own",
      act: inGroup(A, "/hadir"),
      writes: true,
      cells: { secretary: MEMBERS, invitee: MEMBERS, observer: MEMBERS, stranger: UNKNOWN, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok" },
    },
    {
      key: "council/keluar",
      title: "telling the chair one leaves (Pasal 44 ayat (4)); the secretary keeps the list, and is not on it",
      act: inGroup(A, "/keluar"),
      writes: true,
      cells: { secretary: MEMBERS, stranger: UNKNOWN, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok", invitee: "ok", observer: "ok" },
      after: (w, role) => signBackIn(w, A, role),
    },
    {
      key: "council/peninjau",
      title: "an observer who left comes back (Pasal 59 ayat (2))",
      before: async (w) => void (await say(w, council.observer, "/keluar", A)),
      act: inGroup(A, "/peninjau"),
      writes: true,
      cells: { observer: "ok" },
    },
    {
      key: "council/bpd:keluar",
      act: button(A, "keluar"),
      writes: true,
      cells: { secretary: MEMBERS, stranger: UNKNOWN, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok", invitee: "ok", observer: "ok" },
      after: (w, role) => signBackIn(w, A, role),
    },
    {
      key: "council/bpd:hadir",
      before: async (w) => {
        for (const user of [council.chair, council.viceChair, council.member, council.otherCommission]) await say(w, user, "/keluar", A);
      },
      act: button(A, "hadir"),
      writes: true,
      cells: { secretary: MEMBERS, invitee: MEMBERS, observer: MEMBERS, stranger: UNKNOWN, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok" },
    },
    {
      key: "council/bpd:hm",
      title: "a member without Telegram, signed in by the person chairing or the secretary",
      act: button(A, "hm", (w) => memberIdOf(w, A, "Hasan Basri")),
      writes: true,
      cells: { ...everyone(RECORDER), secretary: secretaryMay, chair: "ok" },
      // Hasan is recorded as having left, so the chair signs him in from the same state; the chair's stays.
      after: async (w, role) => {
        if (role !== "chair") await recordLeaving(w, A, w.user(role), "Hasan Basri");
      },
    },
    {
      key: "council/bpd:tunda",
      title: "quorum missing at the planned start (Pasal 45 ayat (1))",
      before: async (w) => at(w, "2026-11-23T10:00:00"),
      act: button(A, "tunda"),
      writes: true,
      cells: chairOnly(),
    },
    {
      key: "council/tunda",
      title: "again, to a time the chair sets (Pasal 45 ayat (2))",
      before: async (w) => at(w, "2026-11-23T11:01:00"),
      act: inGroup(A, "/tunda 13:00"),
      writes: true,
      cells: chairOnly(),
    },
    {
      key: "council/buka",
      before: (w) => signIn(w, A, council.yohanis, council.agus),
      act: inGroup(A, "/buka"),
      writes: true,
      cells: chairOnly(),
    },
  ],
};

const meeting: Scene = {
  title: "council: the plenary runs (Pasal 47-54, 60)",
  rows: [
    { key: "council/acara", act: inGroup(A, "/acara 1"), writes: true, cells: chairOnly() },
    {
      key: "council/bicara",
      title: "members register; an invitee asks for the floor (Pasal 47, 59 ayat (5)); observers may not speak (ayat (6))",
      act: inGroup(A, "/bicara"),
      writes: true,
      cells: { secretary: MEMBERS, observer: OBSERVER_SILENT, stranger: UNKNOWN, member: "ok", otherCommission: "ok", invitee: "ok", viceChair: "ok", chair: "ok" },
    },
    { key: "council/tutupdaftar", act: inGroup(A, "/tutupdaftar"), writes: true, cells: chairOnly() },
    { key: "council/lantai", title: "the floor to the first in turn (Pasal 51)", act: inGroup(A, "/lantai"), writes: true, cells: chairOnly() },
    {
      key: "council/interupsi",
      title: "while Wayan speaks: members ask to interrupt (Pasal 52); the person chairing hands over first (Pasal 49)",
      act: inGroup(A, "/interupsi"),
      writes: true,
      cells: {
        chair: /menyerahkan pimpinan dulu/,
        member: /tidak menginterupsi dirinya sendiri/,
        invitee: /Hanya anggota BPD yang dapat mengajukan interupsi/,
        observer: OBSERVER_SILENT,
        stranger: "no",
        secretary: INTERRUPTION_MEMBERS,
        viceChair: "ok",
        otherCommission: "ok",
      },
    },
    { key: "council/bpd:izin", act: button(A, "izin", (w) => pendingRequestOf(w, A, "Siti Aminah")), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:selint",
      title: "the interrupter or the person chairing ends it (Pasal 52 ayat (2))",
      act: button(A, "selint"),
      writes: true,
      cells: { ...chairOnly(), viceChair: "ok" },
      after: async (w, role) => {
        if (role === "viceChair") await press(w, council.chair, councilData((await liveIn(w, A)).id, "izin", await pendingRequestOf(w, A, "Dewi Lestari")), A);
      },
    },
    {
      key: "council/bpd:interupsi",
      act: button(A, "interupsi"),
      writes: true,
      cells: {
        chair: /menyerahkan pimpinan dulu/,
        member: /tidak menginterupsi dirinya sendiri/,
        invitee: /Hanya anggota BPD yang dapat mengajukan interupsi/,
        observer: OBSERVER_SILENT,
        stranger: "no",
        secretary: INTERRUPTION_MEMBERS,
        viceChair: "ok",
        otherCommission: "ok",
      },
      after: async (w, role) => {
        const name = role === "viceChair" ? "Siti Aminah" : "Dewi Lestari";
        await press(w, council.chair, councilData((await liveIn(w, A)).id, "tolakint", await pendingRequestOf(w, A, name)), A);
      },
    },
    {
      key: "council/bpd:tolakint",
      before: async (w) => void (await say(w, council.viceChair, "/interupsi", A)),
      act: button(A, "tolakint", (w) => pendingRequestOf(w, A, "Siti Aminah")),
      writes: true,
      cells: chairOnly(),
    },
    {
      key: "council/bpd:intunda",
      title: "an interruption moving to postpone (Pasal 52 ayat (1))",
      act: button(A, "intunda"),
      writes: true,
      cells: {
        chair: /menyerahkan pimpinan dulu/,
        member: /tidak menginterupsi dirinya sendiri/,
        invitee: /Hanya anggota BPD yang dapat mengajukan interupsi/,
        observer: OBSERVER_SILENT,
        stranger: "no",
        secretary: INTERRUPTION_MEMBERS,
        viceChair: "ok",
        otherCommission: "ok",
      },
      after: async (w, role) => {
        const name = role === "viceChair" ? "Siti Aminah" : "Dewi Lestari";
        await press(w, council.chair, councilData((await liveIn(w, A)).id, "tolakint", await pendingRequestOf(w, A, name)), A);
      },
    },
    { key: "council/bpd:waktu", title: "the speaking time is up (Pasal 48 ayat (2))", before: async (w) => at(w, "2026-11-23T11:20:00"), act: button(A, "waktu"), writes: true, cells: chairOnly() },
    { key: "council/bpd:menyimpang", title: "Pasal 48 ayat (3)", act: button(A, "menyimpang"), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:selesai",
      title: "the speaker, or the person chairing, ends the speech",
      act: button(A, "selesai"),
      writes: true,
      cells: { ...chairOnly(), member: "ok" },
      after: async (w, role) => {
        if (role === "member") await say(w, council.chair, "/lantai", A);
      },
    },
    {
      key: "council/selesai",
      title: "the invitee speaking ends, or the person chairing",
      before: async (w) => void (await say(w, council.chair, "/lantai", A)),
      act: inGroup(A, "/selesai"),
      writes: true,
      cells: { ...chairOnly(), invitee: "ok" },
      after: async (w, role) => {
        if (role === "invitee") await say(w, council.chair, "/lantai", A);
      },
    },
    { key: "council/bpd:lewat", title: "the chair's own turn passed over (Pasal 51 ayat (3))", act: button(A, "lewat", speakerArg(A, "Budi Santoso")), writes: true, cells: chairOnly() },
    { key: "council/daftar", title: "a new round of speakers (Pasal 47 ayat (1))", act: inGroup(A, "/daftar"), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:bicara",
      act: button(A, "bicara"),
      writes: true,
      cells: { secretary: MEMBERS, observer: OBSERVER_SILENT, stranger: UNKNOWN, member: "ok", otherCommission: "ok", invitee: "ok", viceChair: "ok", chair: "ok" },
    },
    { key: "council/bpd:naik", title: "Dewi moved up (Pasal 51 ayat (2))", act: button(A, "naik", speakerArg(A, "Dewi Lestari")), writes: true, cells: chairOnly() },
    { key: "council/bpd:tutupdaftar", act: button(A, "tutupdaftar"), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:lantaike",
      title: "the floor to the invitee (Pasal 59 ayat (5))",
      act: button(A, "lantaike", async (w) => `i.${await inviteeId(w, A)}`),
      writes: true,
      cells: chairOnly(),
    },
    {
      key: "council/bpd:lantai",
      before: async (w) => void (await say(w, council.invitee, "/selesai", A)),
      act: button(A, "lantai"),
      writes: true,
      cells: chairOnly(),
    },
    { key: "council/pimpinan", title: "the chair's panel shows buttons only; each press is checked", act: inGroup(A, "/pimpinan"), writes: false, shows: /Panel pimpinan rapat/, cells: everyone("ok") },
    { key: "council/bpd:pnl", act: button(A, "pnl"), writes: false, shows: /Panel pimpinan rapat/, cells: everyone("ok") },
    {
      key: "council/papan",
      title: "the board sent again below the chat, by anyone in the group: it writes only where the board now is",
      act: inGroup(A, "/papan"),
      writes: true,
      shows: /^📋 Rapat Paripurna BPD Sukamaju/m,
      changes: ["CouncilSession.boardMessageId"],
      cells: everyone("ok"),
    },
    {
      key: "council/bpd:serah",
      title: "to the vice chair, to speak as a member (Pasal 49 ayat (2))",
      before: async (w) => void (await say(w, council.otherCommission, "/selesai", A)),
      act: button(A, "serah", (w) => memberIdOf(w, A, "Siti Aminah")),
      writes: true,
      cells: chairOnly(),
    },
    {
      key: "council/bpd:ambil",
      title: "taken back by the one who handed it over, or given back by the one holding it",
      act: button(A, "ambil"),
      writes: true,
      cells: { ...everyone(/tidak diserahkan oleh Anda/), viceChair: "ok", chair: "ok" },
      after: async (w, role) => {
        if (role === "viceChair") await press(w, council.chair, councilData((await liveIn(w, A)).id, "serah", await memberIdOf(w, A, "Siti Aminah")), A);
      },
    },
    { key: "council/bpd:acara", title: "the next item", act: button(A, "acara", 2), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:daftar",
      title: "a new round of speakers",
      before: async (w) => void (await say(w, council.chair, "/tutupdaftar", A)),
      act: button(A, "daftar"),
      writes: true,
      cells: chairOnly(),
    },
    { key: "council/voting", title: "the motion put: the majority is asked by buttons", act: inGroup(A, "/voting Menerima laporan Kepala Desa"), writes: false, shows: /memerlukan suara/, cells: chairOnly() },
    { key: "council/bpd:mj", title: "the ordinary majority chosen: the vote starts", act: button(A, "mj", "v.o"), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:vote",
      title: "in the group: members present vote; never the invitee, an observer or the secretary (Pasal 59 ayat (5)-(6), 73)",
      act: button(A, "vote", "yes"),
      writes: true,
      cells: {
        secretary: SECRETARY_NO_VOTE,
        invitee: /Undangan tidak mempunyai hak suara/,
        observer: /Peninjau tidak mempunyai hak suara/,
        stranger: UNKNOWN,
        chair: "ok",
        viceChair: "ok",
        member: "ok",
        otherCommission: "ok",
      },
    },
    { key: "council/suara", title: "the buttons for members without Telegram, shown to anyone; pressing is checked", act: inGroup(A, "/suara"), writes: false, shows: /dicatat oleh pimpinan rapat/, cells: everyone("ok") },
    {
      key: "council/bpd:vf",
      title: "Hasan Basri's vote, recorded by the person chairing; the secretary, who has no vote, records none (Pasal 73)",
      act: button(A, "vf", async (w) => `${await memberIdOf(w, A, "Hasan Basri")}.yes`),
      writes: true,
      cells: {
        ...everyone(RECORDER),
        secretary: SECRETARY_NO_VOTE,
        invitee: /Undangan tidak mempunyai hak suara/,
        observer: /Peninjau tidak mempunyai hak suara/,
        stranger: UNKNOWN,
        chair: "ok",
      },
    },
    { key: "council/bpd:tutupvote", act: button(A, "tutupvote"), writes: true, cells: chairOnly() },
    { key: "council/mufakat", act: inGroup(A, "/mufakat Menyetujui jadwal reses"), writes: false, shows: /memerlukan suara/, cells: chairOnly() },
    { key: "council/angkat", act: inGroup(A, "/angkat 6 1 0 Menerima laporan panitia"), writes: false, shows: /memerlukan suara/, cells: chairOnly() },
    {
      key: "council/bpd:batalvote",
      before: (w) => decide(w, A, council.chair, "/voting Usul yang keliru", "v.o"),
      act: button(A, "batalvote"),
      writes: true,
      cells: chairOnly(),
    },
    {
      key: "council/tutupvoting",
      before: (w) => decide(w, A, council.chair, "/voting Menyetujui Rancangan APBDes", "v.o"),
      act: inGroup(A, "/tutupvoting"),
      writes: true,
      cells: chairOnly(),
    },
    { key: "council/pemilihan", title: "an election of persons: candidates by button", act: inGroup(A, "/pemilihan Sekretaris Panitia"), writes: false, shows: /Tekan nama calon/, cells: chairOnly() },
    {
      key: "council/bpd:cal",
      title: "a candidate chosen (edits the draft only)",
      act: button(A, "cal", (w) => memberIdOf(w, A, "Siti Aminah")),
      writes: false,
      shows: /Calon: Siti Aminah/,
      cells: chairOnly(),
    },
    { key: "council/bpd:pilih", title: "the election starts, by secret ballot", act: button(A, "pilih", "r"), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:surat",
      title: "a ballot sent to the presser's private chat; casting it is checked there",
      act: button(A, "surat"),
      writes: false,
      shows: /Surat suara dikirim/,
      cells: everyone("ok"),
    },
    {
      key: "council/bpd:vote",
      title: "a secret ballot, in the voter's private chat",
      act: pressed(async (w) => councilData((await liveIn(w, A)).id, "vote", await memberIdOf(w, A, "Siti Aminah")), (_, from) => privateOf(from)),
      writes: true,
      cells: {
        secretary: SECRETARY_NO_VOTE,
        invitee: /Undangan tidak mempunyai hak suara/,
        observer: /Peninjau tidak mempunyai hak suara/,
        stranger: UNKNOWN,
        chair: "ok",
        viceChair: "ok",
        member: "ok",
        otherCommission: "ok",
      },
    },
    {
      key: "council/skors",
      title: "Pasal 54 ayat (3)",
      before: async (w) => void (await press(w, council.chair, councilData((await liveIn(w, A)).id, "tutupvote"), A)),
      act: inGroup(A, "/skors 14:00"),
      writes: true,
      cells: chairOnly(),
    },
    { key: "council/lanjut", before: async (w) => at(w, "2026-11-23T14:01:00"), act: inGroup(A, "/lanjut"), writes: true, cells: chairOnly() },
    {
      key: "council/bpd:lanjut",
      before: async (w) => {
        await say(w, council.chair, "/skors 14:30", A);
        at(w, "2026-11-23T14:31:00");
      },
      act: button(A, "lanjut"),
      writes: true,
      cells: chairOnly(),
    },
    { key: "council/tutup", act: inGroup(A, "/tutup"), writes: true, cells: chairOnly() },
  ],
};

const record: Scene = {
  title: "council: the record of the open plenary (Pasal 56)",
  rows: [
    {
      key: "council/papan",
      title: "no meeting live: nothing to send again, nothing written",
      act: inGroup(A, "/papan"),
      writes: true,
      cells: everyone(/Belum ada rapat yang dijadwalkan/),
    },
    { key: "council/risalah", title: "an open meeting's record, in its group", act: inGroup(A, "/risalah"), writes: false, shows: /Risalah sementara dibagikan/, cells: everyone("ok") },
    {
      key: "council/koreksi",
      title: "members and the parties concerned correct within 7 days (Pasal 56 ayat (4))",
      act: inGroup(A, "/koreksi Pada acara 1 yang berbicara kedua adalah Ibu Dewi"),
      writes: true,
      cells: {
        observer: /Koreksi disampaikan oleh anggota BPD/,
        stranger: /Koreksi disampaikan oleh anggota BPD/,
        secretary: secretaryMay,
        chair: "ok",
        viceChair: "ok",
        member: "ok",
        otherCommission: "ok",
        invitee: "ok",
      },
    },
    {
      key: "council/rsl:dd",
      title: "the draft (.odt), for the council's members and its secretary",
      act: recordButton(A, "dd"),
      writes: false,
      shows: /\[dokumen/,
      cells: { invitee: RECORD_MEMBERS, observer: RECORD_MEMBERS, stranger: RECORD_MEMBERS, secretary: secretaryMay, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok" },
    },
    {
      key: "council/rsl:ok",
      title: "the meeting's chair settles a correction (Pasal 56 ayat (5))",
      act: recordButton(A, "ok", 1),
      writes: true,
      cells: { viceChair: MEETING_CHAIR, member: MEETING_CHAIR, otherCommission: MEETING_CHAIR, invitee: RECORD_MEMBERS, observer: RECORD_MEMBERS, stranger: RECORD_MEMBERS, secretary: MEETING_CHAIR, chair: "ok" },
    },
    {
      key: "council/rsl:no",
      act: recordButton(A, "no", 2),
      writes: true,
      cells: { viceChair: MEETING_CHAIR, member: MEETING_CHAIR, otherCommission: MEETING_CHAIR, invitee: RECORD_MEMBERS, observer: RECORD_MEMBERS, stranger: RECORD_MEMBERS, secretary: MEETING_CHAIR, chair: "ok" },
    },
    {
      key: "council/rsl:rs",
      title: "the official risalah, by the secretary or the meeting's chair, after the 7 days (Pasal 56 ayat (6))",
      before: async (w) => {
        at(w, "2026-12-01T15:00:00");
        await settleCorrections(w, A);
      },
      act: recordButton(A, "rs"),
      writes: true,
      // Taken back after the secretary, so the chair issues it from the same state; the chair's stays, for the .pdf.
      after: async (w, role) => {
        if (role !== "chair") await takeBackOfficialRisalah(w, A, w.user(role));
      },
      cells: {
        viceChair: MEETING_CHAIR,
        member: MEETING_CHAIR,
        otherCommission: MEETING_CHAIR,
        invitee: RECORD_MEMBERS,
        observer: RECORD_MEMBERS,
        stranger: RECORD_MEMBERS,
        secretary: secretaryMay,
        chair: "ok",
      },
    },
    {
      key: "council/rsl:do",
      title: "the official risalah (.pdf)",
      act: recordButton(A, "do"),
      writes: false,
      shows: /\[dokumen/,
      cells: { invitee: RECORD_MEMBERS, observer: RECORD_MEMBERS, stranger: RECORD_MEMBERS, secretary: secretaryMay, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok" },
    },
  ],
};

const chairAbsent: Scene = {
  title: "council: a closed plenary its chair misses at first (Pasal 15 ayat (3), 39-43)",
  before: async (w) => {
    at(w, "2026-12-07T09:00:00");
    await setUpCouncil(w, B);
    await say(w, council.chair, "/sidang paripurna tertutup 10:00 | Balai Desa | Sengketa batas tanah kas desa; Lain-lain", B);
    await signIn(w, B, council.viceChair, council.member, council.otherCommission, council.yohanis, council.agus, council.rina);
    at(w, "2026-12-07T10:00:00");
  },
  rows: [
    {
      key: "council/ambilalih",
      title: "the vice chair stands in for the chair who is not there",
      act: inGroup(B, "/ambilalih"),
      writes: true,
      cells: {
        chair: /pimpinan tidak lowong/,
        member: /tidak dapat memimpin rapat jenis ini/,
        otherCommission: /tidak dapat memimpin rapat jenis ini/,
        secretary: MEMBERS,
        stranger: UNKNOWN,
        viceChair: "ok",
      },
    },
    {
      key: "council/bpd:alih",
      title: "the vice chair has gone: the chair, now come, takes it over",
      before: async (w) => {
        await say(w, council.viceChair, "/keluar", B);
        await say(w, council.chair, "/hadir", B);
      },
      act: button(B, "alih"),
      writes: true,
      cells: { member: /tidak dapat memimpin rapat jenis ini/, otherCommission: /tidak dapat memimpin rapat jenis ini/, viceChair: "no", secretary: MEMBERS, stranger: UNKNOWN, chair: "ok" },
    },
    { key: "council/bpd:buka", act: button(B, "buka"), writes: true, cells: chairOnly({}, NO_GUESTS) },
    {
      key: "council/bpd:mt",
      title: "a closed meeting's decision: not a matter of Pasal 42",
      before: async (w) => {
        await say(w, council.chair, "/voting Menyerahkan sengketa kepada Kepala Desa", B);
        await press(w, council.chair, councilData((await liveIn(w, B)).id, "mj", "v.o"), B);
      },
      act: button(B, "mt", "v.o.0"),
      writes: true,
      cells: chairOnly({}, NO_GUESTS),
    },
    {
      key: "council/bpd:tutup",
      before: async (w) => void (await press(w, council.chair, councilData((await liveIn(w, B)).id, "tutupvote"), B)),
      act: button(B, "tutup"),
      writes: true,
      cells: chairOnly({}, NO_GUESTS),
    },
    {
      key: "council/rsl:om",
      title: "the meeting's chair leaves an item out of a closed meeting's record (Pasal 43 ayat (3))",
      act: recordButton(B, "om", 1),
      writes: true,
      cells: { viceChair: MEETING_CHAIR, member: MEETING_CHAIR, otherCommission: MEETING_CHAIR, stranger: RECORD_MEMBERS, secretary: MEETING_CHAIR, chair: "ok" },
    },
    {
      key: "council/rsl:kd",
      title: "the meeting's chair sends the draft (RAHASIA, to members privately)",
      act: recordButton(B, "kd"),
      writes: true,
      cells: { viceChair: MEETING_CHAIR, member: MEETING_CHAIR, otherCommission: MEETING_CHAIR, stranger: RECORD_MEMBERS, secretary: MEETING_CHAIR, chair: "ok" },
    },
    { key: "council/risalah", title: "a closed meeting's record is not shown in the group (Pasal 41)", act: inGroup(B, "/risalah"), writes: false, cells: everyone(/RAHASIA/, NO_GUESTS) },
    {
      key: "council/risalah",
      title: "…but privately, to the council's members",
      act: typed("/risalah"),
      writes: false,
      shows: /Risalah .*RAHASIA/,
      cells: { stranger: "no", secretary: secretaryMay, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok" },
    },
    {
      key: "council/koreksi",
      title: "a closed meeting's record is corrected privately",
      act: typed("/koreksi Acara 2 tidak dibahas"),
      writes: true,
      cells: { stranger: "no", secretary: secretaryMay, chair: "ok", viceChair: "ok", member: "ok", otherCommission: "ok" },
    },
  ],
};

const discipline: Scene = {
  title: "council: the discipline ladder (Pasal 53-54)",
  before: async (w) => {
    at(w, "2026-12-08T09:00:00");
    await setUpCouncil(w, C);
    await say(w, council.chair, "/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa", C);
    await signIn(w, C, council.chair, council.viceChair, council.member, council.otherCommission, council.yohanis, council.agus, council.rina);
    at(w, "2026-12-08T10:00:00");
    for (const text of ["/buka", "/acara 1"]) await say(w, council.chair, text, C);
    await say(w, council.member, "/bicara", C);
    for (const text of ["/tutupdaftar", "/lantai"]) await say(w, council.chair, text, C);
  },
  rows: [
    { key: "council/bpd:tegur", title: "Wayan warned for improper words (Pasal 53 ayat (1))", act: button(C, "tegur"), writes: true, cells: chairOnly({}, NO_GUESTS) },
    {
      key: "council/bpd:tarik",
      title: "the warned member retracts, or the person chairing records it (Pasal 53 ayat (2))",
      act: button(C, "tarik", async (w) => (await liveIn(w, C)).state.improperWordsWarnings.findLast((x) => !x.retracted)!.warningNo),
      writes: true,
      cells: { ...everyone(/Hanya yang ditegur/, NO_GUESTS), member: "ok", chair: "ok" },
      after: async (w, role) => {
        if (role === "member") await press(w, council.chair, councilData((await liveIn(w, C)).id, "tegur"), C);
      },
    },
    { key: "council/bpd:larang", title: "Pasal 54 ayat (1)", act: button(C, "larang"), writes: true, cells: chairOnly({}, NO_GUESTS) },
    { key: "council/bpd:usir", title: "Pasal 54 ayat (2)", act: button(C, "usir", speakerArg(C, "Wayan Sudarsana")), writes: true, cells: chairOnly({}, NO_GUESTS) },
  ],
};

const commission: Scene = {
  title: "council: a closed meeting of Bidang Pemerintahan (Pasal 21 ayat (5), 36)",
  before: async (w) => {
    await say(w, council.chair, "/tutup", C);
    at(w, "2026-12-08T14:00:00");
    await say(w, council.chair, "/sidang bidang pemerintahan tertutup 15:00 | Ruang BPD | Usul bidang pemerintahan", C);
    await signIn(w, C, council.member, council.yohanis, council.chair, council.viceChair, council.otherCommission);
    at(w, "2026-12-08T15:00:00");
  },
  rows: [
    {
      key: "council/buka",
      title: "chaired by a member of the commission, not the council's leadership (Pasal 36)",
      act: inGroup(C, "/buka"),
      writes: true,
      cells: { ...chairOnly({}, NO_GUESTS), chair: PRESIDING, member: "ok" },
    },
    {
      key: "council/bpd:vote",
      title: "only the commission's members vote (Pasal 21 ayat (5))",
      before: (w) => decide(w, C, council.member, "/voting Usul bidang pemerintahan", "v.o", true),
      act: button(C, "vote", "yes"),
      writes: true,
      cells: {
        chair: /tidak mempunyai hak suara dalam rapat ini/,
        viceChair: /tidak mempunyai hak suara dalam rapat ini/,
        otherCommission: /tidak mempunyai hak suara dalam rapat ini/,
        stranger: UNKNOWN,
        secretary: SECRETARY_NO_VOTE,
        member: "ok",
      },
    },
  ],
};

// --- Procedures over several meetings (Pasal 4-8, 58, 63-71, 75) ----------------------------------------------

async function proceduresOf(w: World, kinds: readonly ProcedureKind[]) {
  return (await w.bot.store.procedures.ofCouncil((await storedIn(w, A)).id, { kinds, openOnly: false })).filter((p) => p.state !== null) as { id: number; kind: ProcedureKind; state: ProcedureState }[];
}

/** The first procedure (oldest first) of these kinds that `pick` accepts. */
async function procedureWhere(w: World, kinds: readonly ProcedureKind[], pick: (state: ProcedureState) => boolean): Promise<number> {
  const found = (await proceduresOf(w, kinds)).sort((a, b) => a.id - b.id).find((p) => pick(p.state));
  if (!found) throw new Error(`no ${kinds.join("/")} procedure as wanted`);
  return found.id;
}

const signed = (s: ProcedureState) => s.status === "open" && s.proposal !== null && s.proposal.signatures.length >= s.proposal.required;

function procedureButton(action: ProcedureAction, target: (w: World) => Promise<number>, arg?: (w: World, id: number) => Promise<string>) {
  return pressed(async (w) => {
    const id = await target(w);
    return procedureData(id, action, arg ? await arg(w, id) : undefined);
  }, () => A);
}

/** The newest passed decision of a closed meeting of `kind` that no step has used yet. */
async function unusedDecision(w: World, kind: "steeringCommittee" | "plenary"): Promise<number> {
  const choices = await decisionChoices(w.bot.store, await storedIn(w, A), kind);
  const free = choices.filter((c) => c.usedBy === null && c.passed).sort((a, b) => b.decisionId - a.decisionId);
  if (!free[0]) throw new Error(`no unused ${kind} decision`);
  return free[0].decisionId;
}

/** A meeting (Pasal 30-31) of `kind` held in group A with the members given, each decision by consensus or show of hands. */
async function holdMeeting(w: World, kind: string, start: string, members: readonly User[], decisions: readonly [string, string][]): Promise<void> {
  const day = start.slice(0, 10);
  at(w, `${day}T${String(Number(start.slice(11, 13)) - 1).padStart(2, "0")}:30:00`);
  await say(w, council.chair, `/sidang ${kind} terbuka ${start.slice(11, 16)} | Balai Desa | Acara`, A);
  await signIn(w, A, ...members);
  at(w, start);
  await say(w, council.chair, "/buka", A);
  for (const [text, choice] of decisions) await decide(w, A, council.chair, text, choice);
  await say(w, council.chair, "/tutup", A);
}

const SEVEN = [council.chair, council.viceChair, council.member, council.otherCommission, council.yohanis, council.agus, council.rina];

const recorderOnly = (): Partial<Record<Role, Cell>> => ({
  member: PROCEDURE_RECORDER,
  otherCommission: PROCEDURE_RECORDER,
  stranger: UNKNOWN,
  secretary: secretaryMay,
  chair: "ok",
  viceChair: "ok",
});

const procedures: Scene = {
  title: "council: procedures over several meetings (Pasal 4-8, 58, 63-71, 73, 75)",
  before: async (w) => at(w, "2026-12-09T08:00:00"),
  rows: [
    { key: "council/usul", title: "the proposals under way, for anyone in the group", act: inGroup(A, "/usul"), writes: false, shows: /Belum ada usul|Usul yang sedang berjalan/, cells: everyone("ok", NO_GUESTS) },
    {
      key: "council/usul",
      title: "a member opens a proposal and signs it first (Pasal 7 ayat (1))",
      act: inGroup(A, (_, role) => `/usul keterangan Tanah kas desa ${role} | Meminta keterangan Kepala Desa tentang pengadaan tanah kas desa tahun 2026.`),
      writes: true,
      cells: { secretary: SECRETARY_NOT_MEMBER, stranger: UNKNOWN, member: "ok", chair: "ok", viceChair: "ok", otherCommission: "ok" },
    },
    {
      key: "council/bpp:v",
      title: "a procedure's card, for anyone in the group",
      act: procedureButton("v", (w) => procedureWhere(w, ["informationRequest"], () => true)),
      writes: false,
      shows: /#\d+/,
      cells: everyone("ok", NO_GUESTS),
    },
    {
      key: "council/bpp:sg",
      title: "members sign Wayan's proposal (Pasal 7 ayat (1))",
      act: procedureButton("sg", (w) => procedureWhere(w, ["informationRequest"], () => true)),
      writes: true,
      cells: { member: /sudah menandatangani/, secretary: SECRETARY_NOT_MEMBER, stranger: UNKNOWN, otherCommission: "ok", chair: "ok", viceChair: "ok" },
    },
    {
      key: "council/bpp:ws",
      title: "a signer withdraws their own signature",
      act: procedureButton("ws", (w) => procedureWhere(w, ["informationRequest"], () => true)),
      writes: true,
      cells: { secretary: SECRETARY_NOT_MEMBER, stranger: UNKNOWN, otherCommission: "ok", chair: "ok", viceChair: "ok" },
      after: async (w, role) => void (await press(w, w.user(role), procedureData(await procedureWhere(w, ["informationRequest"], () => true), "sg"), A)),
    },
    {
      key: "council/bpp:wd",
      title: "the first proposer withdraws the proposal",
      before: async (w) => void (await say(w, council.member, "/usul tertutup Rapat tertutup sengketa | Sengketa batas tanah menyangkut nama baik warga.", A)),
      act: procedureButton("wd", (w) => procedureWhere(w, ["closedMeetingRequest"], (s) => s.status === "open")),
      writes: true,
      cells: { chair: /Hanya pengusul pertama/, viceChair: /Hanya pengusul pertama/, otherCommission: /Hanya pengusul pertama/, secretary: SECRETARY_NOT_MEMBER, stranger: UNKNOWN, member: "ok" },
    },
    {
      key: "council/bpp:no",
      title: "the secretariat numbers a signed proposal (Pasal 7 ayat (3)): one signed proposal for each recorder",
      before: async (w) => {
        // Wayan's is signed already; the chair's and the vice chair's are signed now.
        for (const name of ["Budi Santoso", "Siti Aminah"]) {
          const opener = await memberIdOf(w, A, name);
          const id = await procedureWhere(w, ["informationRequest"], (s) => s.proposal?.opener === opener);
          for (const user of [council.member, council.otherCommission]) await press(w, user, procedureData(id, "sg"), A);
        }
        const ready = (await proceduresOf(w, ["informationRequest"])).filter((p) => signed(p.state) && p.state.proposal!.number === null);
        if (ready.length !== 3) throw new Error(`${ready.length} signed proposals to number, not 3`);
      },
      act: procedureButton("no", (w) => procedureWhere(w, ["informationRequest"], (s) => signed(s) && s.proposal!.number === null)),
      writes: true,
      cells: recorderOnly(),
    },
    {
      key: "council/bpp:cd",
      title: "the decisions a step may rest on: the Panitia Musyawarah's view (Pasal 7 ayat (5)), one for each recorder's step",
      before: (w) => holdMeeting(w, "musyawarah", "2026-12-09T10:00:00", [council.chair, council.viceChair], [
        ["/mufakat Permintaan keterangan tanah kas desa dapat diajukan", "m.o"],
        ["/mufakat Permintaan keterangan kedua dapat diajukan", "m.o"],
        ["/mufakat Permintaan keterangan ketiga dapat diajukan", "m.o"],
      ]),
      act: procedureButton("cd", (w) => procedureWhere(w, ["informationRequest"], (s) => s.proposal?.number != null && !s.consideration), async () => "ps"),
      writes: false,
      shows: /Pilih keputusan/,
      cells: recorderOnly(),
    },
    {
      key: "council/bpp:d",
      title: "a step recorded with a closed meeting's decision",
      act: procedureButton(
        "d",
        (w) => procedureWhere(w, ["informationRequest"], (s) => s.proposal?.number != null && !s.consideration),
        async (w) => `ps.${await unusedDecision(w, "steeringCommittee")}`,
      ),
      writes: true,
      cells: recorderOnly(),
    },
    { key: "council/lpj", title: "the village head's reports, for anyone in the group", act: inGroup(A, "/lpj"), writes: false, shows: /Pertanggungjawaban Kepala Desa|Belum ada pertanggungjawaban/, cells: everyone("ok", NO_GUESTS) },
    { key: "council/lpj", title: "the leadership or the secretary records a report's opening (Pasal 4)", act: inGroup(A, "/lpj tahunan 2026"), writes: true, cells: recorderOnly() },
    {
      key: "council/bpp:x",
      title: "after the plenary's decision (2/3 of all members, Pasal 7 ayat (4)), the request goes to the village head (ayat (8))",
      before: async (w) => {
        await holdMeeting(w, "paripurna", "2026-12-09T13:00:00", SEVEN, [
          ["/angkat 7 0 0 Meminta keterangan Kepala Desa tentang tanah kas desa", "h.vh"],
          ["/angkat 7 0 0 Meminta keterangan kedua kepada Kepala Desa", "h.vh"],
          ["/angkat 7 0 0 Meminta keterangan ketiga kepada Kepala Desa", "h.vh"],
        ]);
        // One approved request for each recorder to send.
        for (let i = 0; i < 3; i++) {
          const id = await procedureWhere(w, ["informationRequest"], (s) => s.consideration !== null && s.decision === null);
          await press(w, council.chair, procedureData(id, "d", `pk.${await unusedDecision(w, "plenary")}`), A);
        }
      },
      act: procedureButton("x", (w) => procedureWhere(w, ["informationRequest"], (s) => s.decision?.outcome === "approved" && s.exchange.length === 0), async () => "sh"),
      writes: true,
      cells: recorderOnly(),
    },
    {
      key: "council/bpp:cm",
      title: "the meetings a stage may rest on: the report's stage I (Pasal 5)",
      act: procedureButton("cm", (w) => procedureWhere(w, ["headReport"], () => true), async () => "t1"),
      writes: false,
      shows: /Pilih .*yang sudah ditutup/,
      cells: recorderOnly(),
    },
    {
      key: "council/bpp:m",
      title: "a stage recorded with a closed plenary",
      act: procedureButton(
        "m",
        (w) => procedureWhere(w, ["headReport"], (s) => s.stages.length === 0),
        async (w) => `t1.${await lastClosedIn(w, A)}`,
      ),
      writes: true,
      cells: recorderOnly(),
    },
    { key: "council/perdes", title: "the drafts, for anyone in the group", act: inGroup(A, "/perdes"), writes: false, shows: /Rancangan Peraturan Desa|Belum ada rancangan/, cells: everyone("ok", NO_GUESTS) },
    {
      key: "council/perdes",
      title: "a draft from the village head, recorded (Pasal 64 ayat (1))",
      act: inGroup(A, "/perdes kades Raperdes APB Desa 2027 | Nota Pengantar No. 140/12/2026"),
      writes: true,
      cells: recorderOnly(),
    },
    { key: "council/pimpinan_bpd", title: "the leadership, for anyone in the group", act: inGroup(A, "/pimpinan_bpd"), writes: false, shows: /Budi Santoso/, cells: everyone("ok", NO_GUESTS) },
    { key: "council/pimpinan_bpd", title: "the election of the leadership opened (Pasal 24)", act: inGroup(A, "/pimpinan_bpd pemilihan"), writes: true, cells: recorderOnly() },
  ],
};

export const COUNCIL_SCENES: readonly Scene[] = [setUp, beforeOpening, meeting, record, chairAbsent, discipline, commission, procedures];

/** For the region rows: the council whose decisions a proposal may attach, its group and chair. */
export const COUNCIL_GROUP = A;
