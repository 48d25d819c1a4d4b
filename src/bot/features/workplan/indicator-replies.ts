import { formatRupiah, spellRupiah } from "../../../domain/shared/money.ts";
import { formatTarget } from "../../../domain/workplan/target.ts";
import type { WorkPlanFocus } from "../../../domain/workplan/work-plan-query-intent.ts";
import type { Difference, Indicator, RowRef, WorkPlan } from "../../../domain/workplan/work-plan.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { workPlanData } from "./callback-data.ts";
import type { WorkPlanReply } from "./reply.ts";

function targetLine(ctx: BotContext, indicator: Indicator): string {
  const printed = indicator.reading ? indicator.reading.printed.row.targetText : indicator.main.row.targetText;
  const formatted = formatTarget(indicator.target);
  const asPrinted = !indicator.reading && printed.replace(/\s+/g, "") !== formatted.replace(/\s+/g, "") ? ctx.say(` (tertulis «${printed}»)`, ` (printed «${printed}»)`) : "";
  return `${ctx.say("Target", "Target")}: ${formatted}${asPrinted}`;
}

function budgetLine(ctx: BotContext, indicator: Indicator): string {
  return `${ctx.say("Anggaran", "Budget")}: ${formatRupiah(indicator.budget)} (${spellRupiah(indicator.budget)})`;
}

function differenceLine(ctx: BotContext, plan: WorkPlan, difference: Difference): string {
  const { row } = difference.source;
  const where = plan.label(difference.source);
  switch (difference.kind) {
    case "target":
      return ctx.say(`• ${where} mencantumkan target «${row.targetText}».`, `• ${where} gives the target as «${row.targetText}».`);
    case "budget":
      return ctx.say(`• ${where} mencantumkan anggaran ${formatRupiah(row.budget ?? 0)}.`, `• ${where} gives the budget as ${formatRupiah(row.budget ?? 0)}.`);
    case "otherIndicator":
      return ctx.say(
        `• ${where} memakai baris anggaran yang sama dengan rumusan indikator lain: «${row.indicator}», target «${row.targetText}».`,
        `• ${where} puts another indicator wording on the same budget line: «${row.indicator}», target «${row.targetText}».`,
      );
  }
}

/**
 * One indicator: what it is, the asked figure first (budget or target), its source row in the RKT table, the
 * careful reading taken when the RKT table misprints it, and every other table that prints it differently.
 */
export function indicatorReply(ctx: BotContext, plan: WorkPlan, indicator: Indicator, focus: WorkPlanFocus = "both"): WorkPlanReply {
  const row = indicator.main.row;
  const figures = focus === "target" ? [targetLine(ctx, indicator), budgetLine(ctx, indicator)] : [budgetLine(ctx, indicator), targetLine(ctx, indicator)];
  const lines = [
    ctx.say(`Indikator ${indicator.number} ${plan.mainTable.name}: ${row.indicator}`, `Indicator ${indicator.number}, ${plan.mainTable.name}: ${row.indicator}`),
    ...(indicator.programme ? [indicator.programme] : []),
    ...(row.activity ? [ctx.say(`Kegiatan: ${row.activity}`, `Activity: ${row.activity}`)] : []),
    ...(row.strategicGoal ? [ctx.say(`Sasaran strategis: ${row.strategicGoal}`, `Strategic goal: ${row.strategicGoal}`)] : []),
    "",
    ...figures,
    ...(row.unit ? [ctx.say(`Satuan: ${row.unit}`, `Unit: ${row.unit}`)] : []),
    "",
    ctx.say(`Sumber: ${plan.label(indicator.main)} — ${plan.meta.document}.`, `Source: ${plan.label(indicator.main)} — ${plan.meta.document}.`),
  ];
  if (indicator.reading) {
    lines.push(ctx.say(`Catatan pembacaan: ${indicator.reading.note}`, `Reading note: ${indicator.reading.note}`));
  }
  if (indicator.differences.length > 0) {
    lines.push(
      "",
      indicator.reading
        ? ctx.say(
            `Anggaran di atas dari ${plan.mainTable.name} (tabel utama), target menurut catatan pembacaan. Tabel lain berbeda:`,
            `The budget above is from ${plan.mainTable.name} (the main table), the target per the reading note. Other tables differ:`,
          )
        : ctx.say(
            `Angka di atas dari ${plan.mainTable.name} (tabel utama). Tabel lain berbeda:`,
            `The figures above are from ${plan.mainTable.name} (the main table). Other tables differ:`,
          ),
      ...indicator.differences.map((difference) => differenceLine(ctx, plan, difference)),
    );
  }
  const programme = plan.programmeOf(indicator);
  return {
    text: lines.join("\n"),
    keyboard: keyboard([
      button(ctx.say("Realisasi", "Realisation"), workPlanData.history(indicator.number)),
      button(ctx.say("Catat realisasi", "Record realisation"), workPlanData.howToRecord(indicator.number)),
      ...(programme ? [button(ctx.say("« Program", "« Programme"), workPlanData.programme(programme.position))] : []),
      button(ctx.say("« Ringkasan RKT", "« RKT overview"), workPlanData.overview()),
    ]),
  };
}

/** A row only another table has: answered from that table, saying it is not in the RKT table. */
function elsewhereReply(ctx: BotContext, plan: WorkPlan, ref: RowRef): WorkPlanReply {
  const { row } = ref;
  const sharing = plan.indicators.find((indicator) => indicator.counterparts.some((c) => c.row === row));
  const lines = [
    ctx.say(
      `«${row.indicator}» tidak ada di ${plan.mainTable.name}; yang memuatnya ${plan.label(ref)}:`,
      `«${row.indicator}» is not in ${plan.mainTable.name}; it is in ${plan.label(ref)}:`,
    ),
    ...(row.programme ? [row.programme] : []),
    ...(row.activity ? [ctx.say(`Kegiatan: ${row.activity}`, `Activity: ${row.activity}`)] : []),
    `${ctx.say("Target", "Target")}: ${row.target ? formatTarget(row.target) : row.targetText}`,
    row.budget === null
      ? ctx.say("Tabel itu tidak memuat anggaran.", "That table has no budget column.")
      : `${ctx.say("Anggaran", "Budget")}: ${formatRupiah(row.budget)}`,
  ];
  if (sharing) {
    lines.push(
      ctx.say(
        `Baris anggaran yang sama di ${plan.mainTable.name} adalah indikator ${sharing.number}: «${sharing.main.row.indicator}» (target ${formatTarget(sharing.target)}).`,
        `The same budget line in ${plan.mainTable.name} is indicator ${sharing.number}: «${sharing.main.row.indicator}» (target ${formatTarget(sharing.target)}).`,
      ),
    );
  }
  return {
    text: lines.join("\n"),
    keyboard: keyboard([
      ...(sharing ? [button(ctx.say(`Indikator ${sharing.number}`, `Indicator ${sharing.number}`), workPlanData.indicator(sharing.number))] : []),
      button(ctx.say("« Ringkasan RKT", "« RKT overview"), workPlanData.overview()),
    ]),
  };
}

/** The answer to words naming an indicator: the indicator, a choice, a row of another table, or not found. */
export function indicatorLookupReply(ctx: BotContext, plan: WorkPlan, subject: string, focus: WorkPlanFocus): WorkPlanReply {
  const lookup = plan.find(subject);
  if (lookup.kind === "found" && lookup.indicators.length === 1) return indicatorReply(ctx, plan, lookup.indicators[0]!, focus);
  if (lookup.kind === "found") {
    return {
      text: [
        ctx.say(`Ada ${lookup.indicators.length} indikator yang cocok dengan «${subject}»:`, `${lookup.indicators.length} indicators match «${subject}»:`),
        ...lookup.indicators.map(
          (indicator) => `${indicator.number}. ${indicator.main.row.indicator} — ${indicator.main.row.activity ?? ""} — ${formatRupiah(indicator.budget)}`,
        ),
        ctx.say("Pilih salah satu:", "Choose one:"),
      ].join("\n"),
      keyboard: keyboard(lookup.indicators.map((indicator) => button(ctx.say(`Indikator ${indicator.number}`, `Indicator ${indicator.number}`), workPlanData.indicator(indicator.number))), 3),
    };
  }
  if (lookup.kind === "elsewhere") return elsewhereReply(ctx, plan, lookup.rows[0]!);
  return {
    text: ctx.say(
      `Tidak ada indikator RKT yang cocok dengan «${subject}». Ketik /rkt untuk melihat semua program dan indikatornya.`,
      `No RKT indicator matches «${subject}». Type /rkt to see every programme and its indicators.`,
    ),
    keyboard: keyboard([button(ctx.say("Ringkasan RKT", "RKT overview"), workPlanData.overview())]),
  };
}
