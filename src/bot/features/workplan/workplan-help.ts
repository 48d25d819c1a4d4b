import type { BotContext } from "../../context.ts";
import type { CommandHelp } from "../../feature.ts";
import { canRecordRealisation } from "./authorisation.ts";

const EVERYONE: readonly CommandHelp[] = [
  { usage: "/rkt", id: "RKT KPU OKU 2023: total anggaran dan program", en: "KPU OKU 2023 work plan: total budget and programmes" },
  { usage: "/indikator NO|KATA", id: "target dan anggaran satu indikator", en: "one indicator's target and budget" },
  { usage: "/realisasi", id: "realisasi indikator terhadap target, per program", en: "realisation against target, per programme" },
];

const OFFICIALS: readonly CommandHelp[] = [
  { usage: "/realisasi NO NILAI TANGGAL", id: "catat realisasi indikator (petugas RKT)", en: "record an indicator's realisation (RKT officials)" },
  { usage: "/petugas_rkt", id: "daftar petugas RKT", en: "list RKT officials" },
];

const ADMINS: readonly CommandHelp[] = [
  { usage: "/izinkan_rkt ID NAMA", id: "tunjuk petugas RKT (atau balas pesannya)", en: "appoint an RKT official (or reply to their message)" },
  { usage: "/cabut_rkt ID", id: "cabut petugas RKT", en: "remove an RKT official" },
];

export async function workPlanCommandsFor(ctx: BotContext): Promise<readonly CommandHelp[]> {
  const official = await canRecordRealisation(ctx);
  return [...EVERYONE, ...(official ? OFFICIALS : []), ...(ctx.isAdmin ? ADMINS : [])];
}

export const WORK_PLAN_WELCOME = {
  id: "• Pejabat KPU: tanya Rencana Kerja Tahunan KPU Kabupaten Ogan Komering Ulu 2023 — target dan anggaran tiap indikator, total per program, anggaran terbesar — dan catat realisasinya. Contoh: «anggaran pembentukan badan adhoc» atau «target partisipasi pemilih».",
  en: "• Election officials: ask about the 2023 work plan (RKT) of KPU Kabupaten Ogan Komering Ulu — each indicator's target and budget, totals per programme, the largest budgets — and record realisation. Try «anggaran pembentukan badan adhoc» or «target partisipasi pemilih».",
};
