import type { User } from "telegraf/types";
import { migrationData } from "../../../src/bot/features/migration/callback-data.ts";
import { foldRun } from "../../../src/domain/migration/engine.ts";
import { as, backup, chats, chooseAndCheck, people, recordForm1, setUpOrganisation, walkTo } from "../migration-kit.ts";
import { person, pressed, typed, type Cell, type Role, type Row, type Scene, type World } from "./matrix-kit.ts";

/**
 * The OSS migration rows (Perbup Bangli 56/2011): every command and button against a technician of the agency whose
 * PC it is, a technician of another agency, the agency's head, a TPP-SI member, an administrator of the IT office
 * (ADMIN_TELEGRAM_IDS) and a stranger. The organisation is that of test/bot/migration-kit.ts: Dinas Kesehatan
 * (technician Wayan, head Made), Dinas Pendidikan (technician Ketut), TPP-SI (Dewi) and its group.
 */

const ROLES: readonly Role[] = ["technician", "otherTechnician", "agencyHead", "supportTeam", "admin", "stranger"];
const TIME_ZONE = "Asia/Makassar";
/** The half-year the reports are for: ended by the time of the scene. */
const PERIOD = "2026-S1";

const DENIED = /⛔/;
const OTHER_AGENCY = /SKPD lain/;
const NOT_TECHNICIAN = /Hanya teknisi/;
const SUPPORT_ONLY = /Hanya anggota TPP-SI/;
const ADMIN_ONLY = /Hanya admin DishubKominfo/;
const HEAD_ONLY = /dibuat dan dikirim oleh kepala SKPD/;
const NO_AGENCY = /belum terdaftar di SKPD/;

/** The cells of `allowed`; every other role of the feature is refused, with `refusal` unless `overrides` says. */
function cells(allowed: readonly Role[], refusal: Cell, overrides: Partial<Record<Role, Cell>> = {}): Partial<Record<Role, Cell>> {
  return { ...Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? "ok" : refusal])), ...overrides };
}

/** A technician's step: Wayan's, Ketut's (another agency), or anyone else's, who is not a technician. */
const runCells = (allowed: readonly Role[] = ["technician"]) => cells(allowed, NOT_TECHNICIAN, allowed.includes("otherTechnician") ? {} : { otherTechnician: OTHER_AGENCY });

const dinkes = (w: World) => w.vars.get("dinkes") as number;
const disdik = (w: World) => w.vars.get("disdik") as number;

async function runs(w: World) {
  return w.bot.store.migration.runs.list({ agencyId: dinkes(w) });
}

async function runByTag(w: World, tag: string) {
  const run = (await runs(w)).find((r) => r.pc?.assetTag === tag);
  if (!run) throw new Error(`no run ${tag}`);
  return run;
}

/** The callback data of the newest button in `user`'s private chat whose data starts with `prefix`. */
function latestData(w: World, user: User, prefix: string): string {
  for (const entry of [...w.bot.api.transcript(user.id)].reverse()) {
    const found = (entry.message.reply_markup?.inline_keyboard ?? []).flat().map((b) => ("callback_data" in b ? b.callback_data : "")).find((d) => d.startsWith(prefix));
    if (found) return found;
  }
  throw new Error(`no button ${prefix}… in ${user.first_name}'s chat`);
}

/** A press, in the sender's private chat, of the button Wayan was last shown with this prefix. */
const wayansButton = (prefix: (w: World) => string | Promise<string>) => pressed(async (w) => latestData(w, people.wayan, await prefix(w)));

/** The first escalated run of Dinas Kesehatan that TPP-SI has (`taken`) or has not taken over yet. */
async function escalated(w: World, taken: boolean) {
  for (const run of await w.bot.store.migration.runs.list({ agencyId: dinkes(w), statuses: ["escalated"] })) {
    const loaded = (await w.bot.store.migration.runs.load(run.id, TIME_ZONE))!;
    const state = foldRun(loaded.events)!;
    if (Boolean(state.escalations.at(-1)?.takenOverBy) === taken) return run;
  }
  throw new Error(`no escalated run ${taken ? "taken over" : "waiting"}`);
}

/** A PC of Wayan's walked to the configuration and passed to TPP-SI (Lampiran angka 2 huruf c langkah 10). */
async function escalate(w: World, tag: string): Promise<void> {
  const wayan = as(w.bot, people.wayan);
  await walkTo(w.bot, people.wayan, tag, "configure");
  await wayan.press("Ada masalah");
  await wayan.say("Printer jaringan tidak terdeteksi");
  await wayan.say("Sudah menambah printer lewat system-config-printer");
  await wayan.press("Tidak teratasi");
}

async function code(w: World, role: "technician" | "agencyHead", agencyId: number): Promise<string> {
  const found = (await w.bot.store.migration.organisation.currentCodes()).find((c) => c.role === role && c.agencyId === agencyId);
  if (!found) throw new Error(`no ${role} code`);
  return found.code;
}

const inPrivate = (text: string | ((w: World, role: Role) => string | Promise<string>)) => typed(text);
const inGroup = (chat: (typeof chats)["supportGroup"], text: string) => typed(text, () => chat);

/** A technician of Dinas Kesehatan who joined and has not confirmed the SOP's qualifications. */
const newcomer = person(2005, "Nengah Suparta");

const organisation: Row[] = [
  { key: "migration/skpd_baru", act: inPrivate((_, role) => `/skpd_baru Dinas Pertanian ${role}`), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "migration/kode_baru", act: inPrivate("/kode_baru Dinas Pendidikan"), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "migration/kode_tppsi", act: inPrivate("/kode_tppsi"), writes: false, shows: /Kode gabung anggota TPP-SI/, cells: cells(["admin"], ADMIN_ONLY) },
  {
    key: "migration/grup_tppsi",
    title: "run in TPP-SI's group",
    // Later than the set-up, so registering the group again is a change (its time).
    before: async (w) => w.bot.setClock("2026-12-10T09:00:00"),
    act: inGroup(chats.supportGroup, "/grup_tppsi"),
    writes: true,
    cells: cells(["admin"], ADMIN_ONLY),
  },
  { key: "migration/grup_bupati", title: "run in the Bupati's office chat", act: inGroup(chats.bupatiOffice, "/grup_bupati"), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "migration/distro", title: "the agreed distribution, for anyone", act: inPrivate("/distro"), writes: false, shows: /Distro yang disepakati/, cells: cells(ROLES, "no") },
  {
    key: "migration/distro",
    title: "set by the IT office (Lampiran angka 2 huruf a)",
    act: inPrivate("/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 4 GB; disk 20 GB; livecd ya"),
    writes: true,
    cells: cells(["admin"], ADMIN_ONLY),
  },
  {
    key: "migration/skpd",
    title: "admins see every agency, its people their own",
    act: inPrivate("/skpd"),
    writes: false,
    shows: /SKPD terdaftar|🏢 SKPD/,
    cells: cells(["admin", "technician", "otherTechnician", "agencyHead"], NO_AGENCY),
  },
  {
    key: "migration/m:agencyDetail",
    title: "Dinas Kesehatan's people and codes",
    act: pressed((w) => migrationData.agencyDetail(dinkes(w))),
    writes: false,
    shows: /🏢 SKPD Dinas Kesehatan/,
    cells: cells(["admin", "technician", "agencyHead"], NO_AGENCY, { otherTechnician: OTHER_AGENCY, stranger: NO_AGENCY }),
  },
  {
    key: "migration/m:removeMember",
    title: "an admin removes a person who joined with the wrong code",
    before: async (w) => {
      await as(w.bot, person(2199, "Salah Kode")).say(`/gabung ${await code(w, "technician", disdik(w))}`);
    },
    act: pressed(async (w) => migrationData.removeMember((await w.bot.store.migration.organisation.members(disdik(w))).find((m) => m.userId === 2199)!.id)),
    writes: true,
    cells: cells(["admin"], ADMIN_ONLY),
  },
  {
    key: "migration/gabung",
    title: "a code is the authority: anyone who has it joins, once, for one agency",
    act: inPrivate(async (w) => `/gabung ${await code(w, "technician", dinkes(w))}`),
    writes: true,
    cells: { otherTechnician: /sudah terdaftar di SKPD Dinas Pendidikan/, stranger: "ok" },
  },
  {
    key: "migration/m:qualify",
    title: "a technician confirms the SOP's staff qualifications (Lampiran angka 1 huruf c)",
    users: { technician: newcomer },
    before: async (w) => void (await as(w.bot, newcomer).say(`/gabung ${await code(w, "technician", dinkes(w))}`)),
    act: pressed(migrationData.qualify()),
    writes: true,
    cells: { agencyHead: NOT_TECHNICIAN, supportTeam: NOT_TECHNICIAN, admin: NOT_TECHNICIAN, stranger: NOT_TECHNICIAN, technician: "ok" },
  },
];

const runRows: Row[] = [
  { key: "migration/migrasi", act: inPrivate("/migrasi"), writes: false, shows: /Migrasi OSS — SKPD/, cells: runCells(["technician", "otherTechnician"]) },
  { key: "migration/pc", act: inPrivate("/pc"), writes: false, shows: /PC SKPD/, cells: cells(["technician", "otherTechnician", "agencyHead"], NO_AGENCY) },
  {
    key: "migration/m:field",
    title: "an answer by button to Wayan's PC (the backup medium)",
    act: wayansButton(async (w) => `mf:${(await runByTag(w, "MX.01")).id}:`),
    writes: true,
    cells: runCells(),
  },
  {
    key: "migration/m:restartStep",
    act: wayansButton(async (w) => `mx:${(await runByTag(w, "MX.01")).id}:`),
    writes: true,
    cells: runCells(),
  },
  {
    key: "migration/m:choose",
    title: "the live CD test's result",
    before: async (w) => {
      // A fresh view of the PC, below the answers pressed on earlier messages.
      await as(w.bot, people.wayan).say("/migrasi");
      await as(w.bot, people.wayan).press("▶ MX.01");
      await backup(w.bot, people.wayan);
    },
    act: wayansButton(async (w) => `mc:${(await runByTag(w, "MX.01")).id}:`),
    writes: true,
    cells: runCells(),
  },
  {
    key: "migration/m:pause",
    title: "the technician's typing no longer goes to the PC",
    act: pressed(async (w) => migrationData.pause((await runByTag(w, "MX.01")).id)),
    writes: true,
    cells: runCells(),
  },
  {
    key: "migration/m:openRun",
    title: "any technician of the agency continues a PC",
    act: pressed(async (w) => migrationData.openRun((await runByTag(w, "MX.01")).id)),
    writes: true,
    cells: runCells(),
  },
  {
    key: "migration/m:resume",
    title: "a PC on hold for special software, resumed at the check",
    before: async (w) => {
      await chooseAndCheck(w.bot, people.wayan, { assetTag: "MX.02", specialSoftware: "Aplikasi SIMPUS versi Windows" });
    },
    act: wayansButton(async (w) => `mh:${(await runByTag(w, "MX.02")).id}:`),
    writes: true,
    cells: runCells(),
  },
  {
    key: "migration/m:viewForms",
    title: "Form 1 and Form 2, for the agency and TPP-SI",
    act: pressed(async (w) => migrationData.viewForms((await runByTag(w, "MX.01")).id)),
    writes: false,
    shows: /Form 1/,
    cells: cells(["technician", "agencyHead", "supportTeam", "admin"], "no", { otherTechnician: OTHER_AGENCY }),
  },
  {
    key: "migration/m:newRun",
    before: async (w) => void (await as(w.bot, people.wayan).say("/migrasi")),
    act: pressed(migrationData.newRun()),
    writes: true,
    cells: cells(["technician", "otherTechnician"], NOT_TECHNICIAN),
  },
];

const supportRows: Row[] = [
  {
    key: "migration/eskalasi",
    before: async (w) => {
      await escalate(w, "MX.03");
      await escalate(w, "MX.04");
    },
    act: inPrivate("/eskalasi"),
    writes: false,
    shows: /PC sedang di TPP-SI/,
    cells: cells(["supportTeam", "admin"], SUPPORT_ONLY),
  },
  {
    key: "migration/m:takeOver",
    title: "TPP-SI (which the IT office coordinates) takes a PC's problem over",
    act: pressed(async (w) => {
      const run = await escalated(w, false);
      return migrationData.takeOver(run.id, run.seq);
    }, () => chats.supportGroup),
    writes: true,
    cells: cells(["supportTeam", "admin"], SUPPORT_ONLY),
  },
  {
    key: "migration/m:handBack",
    title: "asks TPP-SI for the note to the technician",
    act: pressed(async (w) => {
      const run = await escalated(w, true);
      return migrationData.handBack(run.id, run.seq);
    }, () => chats.supportGroup),
    writes: true,
    cells: cells(["supportTeam", "admin"], SUPPORT_ONLY),
  },
  {
    key: "migration/m:finish",
    act: pressed(async (w) => {
      const run = await escalated(w, true);
      return migrationData.finish(run.id, run.seq);
    }, () => chats.supportGroup),
    writes: true,
    cells: cells(["supportTeam", "admin"], SUPPORT_ONLY),
  },
];

/** Wayan proposes keeping SIMPEG BKN (Pasal 14 ayat (3), 17). */
async function proposeException(w: World): Promise<void> {
  const wayan = as(w.bot, people.wayan);
  await wayan.say("/pengecualian");
  await wayan.press("Ajukan pengecualian");
  await wayan.say("SIMPEG BKN");
  await wayan.say("Kepegawaian, di 2 PC bagian umum");
  await wayan.press("Pasal 14 ayat (3)");
  await wayan.press("Perlu pengadaan lisensi");
  await wayan.say("02.06.02.01.050, 02.06.02.01.051");
  await wayan.say("Migrasi SIMPEG butuh pengembangan ulang; biaya lisensi lebih kecil dan risiko teknis rendah.");
}

const exceptionRows: Row[] = [
  {
    key: "migration/pengecualian",
    act: inPrivate("/pengecualian"),
    writes: false,
    shows: /Pengecualian migrasi/,
    cells: cells(["technician", "otherTechnician", "agencyHead", "supportTeam", "admin"], NO_AGENCY),
  },
  {
    key: "migration/m:exceptionField",
    title: "an answer to the proposal form, which only the one who started it has",
    before: async (w) => {
      const wayan = as(w.bot, people.wayan);
      await wayan.press("Ajukan pengecualian");
      await wayan.say("SIMPEG BKN");
      await wayan.say("Kepegawaian, di 2 PC bagian umum");
    },
    act: pressed(migrationData.exceptionField(0)),
    writes: true,
    cells: cells(["technician"], /Formulir ini sudah tidak aktif/),
  },
  {
    key: "migration/m:newException",
    title: "the agency proposes (Pasal 17 ayat (3))",
    act: pressed(migrationData.newException()),
    writes: true,
    cells: cells(["technician", "otherTechnician", "agencyHead"], NO_AGENCY),
  },
  {
    key: "migration/m:approveException",
    title: "TPP-SI evaluates (Pasal 17 ayat (3)): the evaluation is asked first",
    before: proposeException,
    act: pressed(async (w) => migrationData.approveException((await w.bot.store.migration.exceptions.list({ status: "proposed" }, TIME_ZONE))[0]!.id)),
    writes: true,
    cells: cells(["supportTeam", "admin"], SUPPORT_ONLY),
  },
  {
    key: "migration/m:rejectException",
    act: pressed(async (w) => migrationData.rejectException((await w.bot.store.migration.exceptions.list({ status: "proposed" }, TIME_ZONE))[0]!.id)),
    writes: true,
    cells: cells(["supportTeam", "admin"], SUPPORT_ONLY),
  },
];

const reportRows: Row[] = [
  { key: "migration/progres", act: inPrivate("/progres"), writes: false, shows: /📊/, cells: cells(["admin", "technician", "otherTechnician", "agencyHead"], NO_AGENCY) },
  { key: "migration/laporan", title: "the agency head's 6-monthly report (Pasal 16)", act: inPrivate("/laporan"), writes: false, shows: /Laporan untuk periode mana/, cells: cells(["agencyHead"], HEAD_ONLY) },
  {
    key: "migration/m:agencyReport",
    title: "Dinas Kesehatan's report: its head, and the IT office",
    act: pressed((w) => migrationData.agencyReport(dinkes(w), PERIOD)),
    writes: false,
    shows: /📊 Laporan migrasi OSS SKPD Dinas Kesehatan/,
    cells: cells(["agencyHead", "admin"], HEAD_ONLY),
  },
  {
    key: "migration/m:submitReport",
    title: "sent to the Bupati through DishubKominfo by the agency's head (Pasal 16 ayat (2))",
    act: pressed((w) => migrationData.submitReport(dinkes(w), PERIOD)),
    writes: true,
    cells: cells(["agencyHead"], HEAD_ONLY),
  },
  { key: "migration/rekap", title: "the IT office's recap (Pasal 16 ayat (3))", act: inPrivate("/rekap"), writes: false, shows: /Laporan untuk periode mana/, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "migration/m:recap", act: pressed(migrationData.recap(PERIOD)), writes: false, shows: /📊 Rekapitulasi migrasi OSS/, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "migration/m:sendRecap", title: "to the Bupati (Pasal 16 ayat (4))", act: pressed(migrationData.sendRecap(PERIOD)), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
];

export const MIGRATION_SCENES: readonly Scene[] = [
  {
    title: "migration: the organisation, a technician's PCs, TPP-SI, exceptions and reports (Perbup Bangli 56/2011)",
    before: async (w) => {
      w.bot.setClock("2026-12-10T08:00:00");
      const org = await setUpOrganisation(w.bot);
      w.vars.set("dinkes", org.dinkesId);
      w.vars.set("disdik", org.disdikId);
      await chooseAndCheck(w.bot, people.wayan, { assetTag: "MX.01" });
      await recordForm1(w.bot, people.wayan);
    },
    rows: [...organisation, ...runRows, ...supportRows, ...exceptionRows, ...reportRows],
  },
];
