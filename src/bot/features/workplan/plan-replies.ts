import { formatPercent, formatRupiah, spellRupiah } from "../../../domain/shared/money.ts";
import { formatTarget } from "../../../domain/workplan/target.ts";
import type { Programme, WorkPlan } from "../../../domain/workplan/work-plan.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { workPlanData } from "./callback-data.ts";
import type { WorkPlanReply } from "./reply.ts";

/** "Penyelenggaraan Pemilu" for "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi". */
export function shortProgrammeName(programme: Programme): string {
  return programme.name.replace(/^Program\s+/i, "").replace(/\s+dalam\s+.*$/i, "");
}

function share(part: number, whole: number): string {
  return whole > 0 ? formatPercent((part / whole) * 100) : "–";
}

export function planTitle(plan: WorkPlan): string {
  return `Rencana Kerja Tahunan (RKT) ${plan.meta.organisation} Tahun ${plan.meta.fiscalYear}`;
}

/** Where the programme grouping comes from, and whether the budget table adds up to the same total. */
function sourceLines(ctx: BotContext, plan: WorkPlan): string[] {
  const main = plan.mainTable;
  const lines = [ctx.say(`Sumber: ${main.name} (tabel utama) — ${plan.meta.document}.`, `Source: ${main.name} (the main table) — ${plan.meta.document}.`)];
  const groupedBy = plan.programmes[0]?.source;
  const mainTotal = plan.totalBudget;
  if (groupedBy) {
    const total = plan.tableTotals.find((t) => t.table === groupedBy)?.total;
    lines.push(
      ctx.say(
        `Pengelompokan program menurut ${groupedBy.name}${total === mainTotal ? " (jumlahnya sama)" : ""}.`,
        `Programmes as grouped in ${groupedBy.name}${total === mainTotal ? " (same total)" : ""}.`,
      ),
    );
  }
  for (const other of plan.tableTotals) {
    if (other.table === main || other.total === mainTotal) continue;
    const missing = other.missing.map((i) => `no. ${i.number} (${formatRupiah(i.budget)})`).join(", ");
    lines.push(
      ctx.say(
        `Catatan: ${other.table.name} berjumlah ${formatRupiah(other.total)}${missing ? ` karena tidak memuat indikator ${missing}` : ""}.`,
        `Note: ${other.table.name} adds up to ${formatRupiah(other.total)}${missing ? ` because it lacks indicator ${missing}` : ""}.`,
      ),
    );
  }
  return lines;
}

function programmeLines(ctx: BotContext, plan: WorkPlan): string[] {
  return plan.programmes.map(
    (programme) =>
      `${programme.position}. ${programme.name} — ${formatRupiah(programme.budget)} ` +
      ctx.say(
        `(${programme.indicators.length} indikator, ${share(programme.budget, plan.totalBudget)})`,
        `(${programme.indicators.length} indicators, ${share(programme.budget, plan.totalBudget)})`,
      ),
  );
}

/** /rkt: the total budget, the programmes with their totals, and a button per programme. */
export function overviewReply(ctx: BotContext, plan: WorkPlan): WorkPlanReply {
  const text = [
    planTitle(plan),
    ctx.say(`Ditetapkan: ${plan.meta.signed} — ${plan.meta.signatory}`, `Signed: ${plan.meta.signed} — ${plan.meta.signatory}`),
    "",
    ctx.say(`Total anggaran: ${formatRupiah(plan.totalBudget)}`, `Total budget: ${formatRupiah(plan.totalBudget)}`),
    `(${spellRupiah(plan.totalBudget)})`,
    ctx.say(
      `${plan.indicators.length} indikator dalam ${plan.programmes.length} program:`,
      `${plan.indicators.length} indicators in ${plan.programmes.length} programmes:`,
    ),
    ...programmeLines(ctx, plan),
    "",
    ...sourceLines(ctx, plan),
  ].join("\n");
  return {
    text,
    keyboard: keyboard(
      [
        ...plan.programmes.map((programme) => button(shortProgrammeName(programme), workPlanData.programme(programme.position))),
        button(ctx.say("Anggaran terbesar", "Largest budgets"), workPlanData.largest()),
        button(ctx.say("Visi, misi, sasaran", "Vision, missions, goals"), workPlanData.statements()),
        button(ctx.say("Realisasi", "Realisation"), workPlanData.progress()),
      ],
      2,
    ),
  };
}

/** "total per program": each programme's total and share. */
export function programmesReply(ctx: BotContext, plan: WorkPlan): WorkPlanReply {
  return {
    text: [
      ctx.say(`Anggaran per program, ${planTitle(plan)}:`, `Budget per programme, ${planTitle(plan)}:`),
      ...programmeLines(ctx, plan),
      ctx.say(`Total: ${formatRupiah(plan.totalBudget)}`, `Total: ${formatRupiah(plan.totalBudget)}`),
      "",
      ...sourceLines(ctx, plan),
    ].join("\n"),
    keyboard: keyboard(plan.programmes.map((programme) => button(shortProgrammeName(programme), workPlanData.programme(programme.position)))),
  };
}

/** One programme: its total (figures and words), share, and its indicators with target and budget. */
export function programmeReply(ctx: BotContext, plan: WorkPlan, programme: Programme): WorkPlanReply {
  const numbers = programme.indicators.map((indicator) => indicator.number);
  const text = [
    programme.name,
    ctx.say(
      `Total anggaran: ${formatRupiah(programme.budget)} (${share(programme.budget, plan.totalBudget)} dari RKT)`,
      `Total budget: ${formatRupiah(programme.budget)} (${share(programme.budget, plan.totalBudget)} of the RKT)`,
    ),
    `(${spellRupiah(programme.budget)})`,
    "",
    ctx.say("Indikator (nomor tabel RKT):", "Indicators (RKT table number):"),
    ...programme.indicators.map(
      (indicator) =>
        `${indicator.number}. ${indicator.main.row.indicator} — ${ctx.say("target", "target")} ${formatTarget(indicator.target)} — ${formatRupiah(indicator.budget)}`,
    ),
    "",
    ctx.say(
      `Sumber: ${plan.mainTable.name} no. ${numbers[0]}–${numbers[numbers.length - 1]}; program menurut ${programme.source.name}.`,
      `Source: ${plan.mainTable.name} no. ${numbers[0]}–${numbers[numbers.length - 1]}; programme as in ${programme.source.name}.`,
    ),
  ].join("\n");
  return {
    text,
    keyboard: keyboard(
      [
        ...programme.indicators.map((indicator) => button(ctx.say(`Indikator ${indicator.number}`, `Indicator ${indicator.number}`), workPlanData.indicator(indicator.number))),
        button(ctx.say("« Ringkasan RKT", "« RKT overview"), workPlanData.overview()),
      ],
      4,
    ),
  };
}

/** The largest budget lines of the RKT table. */
export function largestReply(ctx: BotContext, plan: WorkPlan, count: number): WorkPlanReply {
  const lines = plan.largest(count);
  return {
    text: [
      ctx.say(`${lines.length} anggaran terbesar, ${plan.mainTable.name}:`, `${lines.length} largest budget lines, ${plan.mainTable.name}:`),
      ...lines.map(
        (indicator, rank) =>
          `${rank + 1}. ${formatRupiah(indicator.budget)} (${share(indicator.budget, plan.totalBudget)}) — ` +
          `${ctx.say("indikator", "indicator")} ${indicator.number}: ${indicator.main.row.activity ?? indicator.main.row.indicator}`,
      ),
      ctx.say(`Total RKT: ${formatRupiah(plan.totalBudget)}.`, `RKT total: ${formatRupiah(plan.totalBudget)}.`),
      ctx.say(`Sumber: ${plan.mainTable.name} — ${plan.meta.document}.`, `Source: ${plan.mainTable.name} — ${plan.meta.document}.`),
    ].join("\n"),
    keyboard: keyboard(lines.map((indicator) => button(ctx.say(`Indikator ${indicator.number}`, `Indicator ${indicator.number}`), workPlanData.indicator(indicator.number))), 3),
  };
}

/** Vision and what its words mean, the mission the text words, the strategic goals, and what the text lacks. */
export function statementsReply(ctx: BotContext, plan: WorkPlan): WorkPlanReply {
  const vision = plan.statementsOf("vision")[0];
  const absent = plan.statementsOf("absent");
  const text = [
    ...(vision ? [ctx.say(`Visi: “${vision.text}”`, `Vision: “${vision.text}”`)] : []),
    ...plan.statementsOf("visionMeaning").map((meaning) => `• ${meaning.text}`),
    "",
    ...plan.statementsOf("mission").map((mission) => ctx.say(`Misi — ${mission.label}: «${mission.text}»`, `Mission — ${mission.label}: «${mission.text}»`)),
    "",
    ctx.say("Sasaran strategis (BAB II huruf A):", "Strategic goals (BAB II huruf A):"),
    ...plan.statementsOf("strategicGoal").map((goal) => `${goal.label}. ${goal.text}`),
    ...(absent.length > 0
      ? [
          "",
          ctx.say(
            `Judul berikut ada dalam dokumen tetapi isinya tidak termuat dalam teks: ${absent.map((a) => `«${a.text}» (baris ${a.line})`).join(", ")}.`,
            `These captions are in the document but their content is missing from the text: ${absent.map((a) => `«${a.text}» (line ${a.line})`).join(", ")}.`,
          ),
        ]
      : []),
    "",
    ctx.say(`Sumber: ${plan.meta.document}, BAB I dan BAB II huruf A; Renstra: ${plan.meta.strategicPlan}.`, `Source: ${plan.meta.document}, BAB I and BAB II huruf A; strategic plan: ${plan.meta.strategicPlan}.`),
  ].join("\n");
  return { text, keyboard: keyboard([button(ctx.say("« Ringkasan RKT", "« RKT overview"), workPlanData.overview())]) };
}
