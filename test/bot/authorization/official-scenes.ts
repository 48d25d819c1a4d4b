import { regionData } from "../../../src/bot/features/region/callback-data.ts";
import { COUNCIL_GROUP } from "./council-scenes.ts";
import { pressed, say, typed, type Cell, type Role, type Row, type Scene, type World } from "./matrix-kit.ts";
import { council, DEFAULT_CAST, officials } from "./people.ts";

/**
 * The officials an administrator appoints (ADMIN_TELEGRAM_IDS): of the work plan (RKT KPU OKU 2023), who record
 * realisation, and of region formation (PP 78/2007), who register proposals and record their stages; a council's
 * chair may also attach the council's decision to a proposal, in the council's group. What both features show is
 * public (listed in inventory.ts); what they record is in these rows.
 */

const admin = DEFAULT_CAST.admin;

function cells(allowed: readonly Role[], refusal: Cell, roles: readonly Role[] = ["admin", "official", "stranger"]): Partial<Record<Role, Cell>> {
  return Object.fromEntries(roles.map((role) => [role, allowed.includes(role) ? "ok" : refusal]));
}

const ADMIN_ONLY = /Hanya admin yang dapat menunjuk atau mencabut/;

const workPlanRows: Row[] = [
  {
    key: "workplan/realisasi",
    title: "realisation recorded against a target",
    act: typed("/realisasi 4 75% 30-06-2023"),
    writes: true,
    cells: cells(["admin", "official"], /hanya admin atau petugas RKT/),
  },
  {
    key: "workplan/realisasi",
    title: "a formation official is not an RKT official",
    users: { official: officials.region },
    act: typed("/realisasi 4 76% 30-06-2023"),
    writes: true,
    cells: { official: /hanya admin atau petugas RKT/ },
  },
  { key: "workplan/izinkan_rkt", act: typed("/izinkan_rkt 1060 Pengguna Baru"), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "workplan/cabut_rkt", act: typed("/cabut_rkt 1060"), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "workplan/petugas_rkt", act: typed("/petugas_rkt"), writes: false, shows: /\(1051\)/, cells: cells(["admin", "official"], /hanya untuk admin/) },
];

/** The first tracked proposal with no stage recorded yet whose name starts with `prefix`. */
async function fresh(w: World, prefix: string): Promise<number> {
  const found = (await w.bot.store.region.proposals()).find((p) => p.name.startsWith(prefix) && p.stagesRecorded === 0);
  if (!found) throw new Error(`no fresh proposal ${prefix}`);
  return found.id;
}

/** A passed decision of the council of the group not yet attached to the proposal. */
async function unattachedDecision(w: World, proposalId: number): Promise<number> {
  const stored = (await w.bot.store.council.byChat(COUNCIL_GROUP.id))!;
  const proposal = (await w.bot.store.region.proposal(proposalId))!;
  const attached = new Set(proposal.stages.flatMap((s) => s.documents.map((d) => d.councilDecisionId)));
  const decision = (await w.bot.store.council.decisionsOf(stored.id, 40)).find((d) => d.decision.passed && !attached.has(d.id));
  if (!decision) throw new Error("no passed council decision left to attach");
  return decision.id;
}

const inCouncil = () => COUNCIL_GROUP;
const ATTACH_ROLES: readonly Role[] = ["admin", "official", "chair", "viceChair", "member", "stranger"];
const MAY_ATTACH = /hanya admin, petugas pemekaran, atau Ketua BPD grup ini/;

const regionRows: Row[] = [
  {
    key: "region/usulan_baru",
    act: typed((_, role) => `/usulan_baru Kabupaten Sukamaju Raya ${role}`),
    writes: true,
    cells: { ...cells(["admin", "official"], /hanya admin atau petugas pemekaran/), chair: /hanya admin atau petugas pemekaran/ },
  },
  {
    key: "region/usulan_baru",
    title: "an RKT official is not a formation official",
    users: { official: officials.workPlan },
    act: typed("/usulan_baru Kabupaten Sukamaju Raya Lain"),
    writes: true,
    cells: { official: /hanya admin atau petugas pemekaran/ },
  },
  {
    key: "region/catat_tahap",
    title: "stage 1 of a proposal (Pasal 16 huruf a PP 78/2007)",
    act: typed(async (w) => `/catat_tahap ${await fresh(w, "Kabupaten Sukamaju Raya")} 1 15-01-2024 Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024`),
    writes: true,
    cells: { ...cells(["admin", "official"], /hanya admin atau petugas pemekaran/), chair: /hanya admin atau petugas pemekaran/ },
  },
  {
    key: "region/lampirkan_keputusan",
    title: "in the council's group: its decisions offered as the village's aspiration",
    before: async (w) => void (await say(w, admin, "/usulan_baru Kabupaten Lampiran Aspirasi")),
    act: typed(async (w) => `/lampirkan_keputusan ${await fresh(w, "Kabupaten Lampiran")}`, inCouncil),
    writes: false,
    shows: /untuk dilampirkan ke usulan/,
    cells: cells(["admin", "official", "chair"], MAY_ATTACH, ATTACH_ROLES),
  },
  {
    key: "region/rf:attachDecision",
    act: pressed(async (w) => {
      const proposal = (await w.bot.store.region.proposals()).find((p) => p.name.startsWith("Kabupaten Lampiran"))!.id;
      return regionData.attachDecision(proposal, await unattachedDecision(w, proposal));
    }, inCouncil),
    writes: true,
    cells: cells(["admin", "official", "chair"], MAY_ATTACH, ATTACH_ROLES),
  },
  { key: "region/izinkan_pemekaran", act: typed("/izinkan_pemekaran 1061 Pengguna Baru"), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "region/cabut_pemekaran", act: typed("/cabut_pemekaran 1061"), writes: true, cells: cells(["admin"], ADMIN_ONLY) },
  { key: "region/petugas_pemekaran", act: typed("/petugas_pemekaran"), writes: false, shows: /\(1050\)/, cells: cells(["admin", "official"], /hanya untuk admin/) },
];

export const OFFICIAL_SCENES: readonly Scene[] = [
  {
    title: "work plan: realisation, by administrators and the officials they appoint (RKT KPU Kabupaten Ogan Komering Ulu 2023)",
    users: { official: officials.workPlan },
    before: async (w) => {
      await say(w, admin, `/izinkan_rkt ${officials.workPlan.id} Wati Susanti`);
      await say(w, admin, `/izinkan_pemekaran ${officials.region.id} Rudi Hartono`);
    },
    rows: workPlanRows,
  },
  {
    title: "region formation: proposals and their stages, by administrators and the officials they appoint (PP 78/2007)",
    users: { official: officials.region, chair: council.chair },
    before: async (w) => void (await say(w, admin, `/izinkan_pemekaran ${officials.region.id} Rudi Hartono`)),
    rows: regionRows,
  },
];
