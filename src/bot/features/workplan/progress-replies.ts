import { formatIsoDate } from "../../../domain/region/indonesian-date.ts";
import { formatPercent } from "../../../domain/shared/money.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import {
  indicatorProgress,
  progressByProgramme,
  type IndicatorProgress,
  type RealisationRecord,
  type RealisationRejectionCode,
} from "../../../domain/workplan/realisation.ts";
import { formatTarget, formatTargetValue } from "../../../domain/workplan/target.ts";
import type { Indicator, WorkPlan } from "../../../domain/workplan/work-plan.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { workPlanData } from "./callback-data.ts";
import type { WorkPlanReply } from "./reply.ts";

export const RECORD_EXAMPLE = "/realisasi 4 75% 30-06-2023";

function progressLine(ctx: BotContext, progress: IndicatorProgress): string {
  const { indicator, latest, achievement } = progress;
  const head = `${indicator.number}. ${indicator.main.row.indicator} — target ${formatTarget(indicator.target)}`;
  if (!latest) return `${head}, ${ctx.say("belum ada realisasi", "no realisation yet")}`;
  const reached = `${formatTargetValue(latest.value, latest.unit)} (${formatIsoDate(latest.achievedOn)})`;
  const share = achievement === null ? "" : ` → ${formatPercent(achievement)} ${ctx.say("dari target", "of target")}`;
  return `${head}, ${ctx.say("realisasi", "realised")} ${reached}${share}`;
}

/** Realisation against target for every indicator, per programme. */
export function progressReply(ctx: BotContext, plan: WorkPlan, records: readonly RealisationRecord[]): WorkPlanReply {
  const lines = [ctx.say(`Realisasi ${plan.mainTable.name} terhadap target:`, `Realisation against target, ${plan.mainTable.name}:`)];
  for (const group of progressByProgramme(plan, records)) {
    const name = group.programme?.name ?? ctx.say("Tanpa program", "No programme");
    const average = group.averageAchievement === null ? "" : ctx.say(`; rata-rata capaian ${formatPercent(group.averageAchievement)}`, `; average achievement ${formatPercent(group.averageAchievement)}`);
    lines.push(
      "",
      name,
      ctx.say(
        `${group.recorded} dari ${group.indicators.length} indikator tercatat, ${group.met} mencapai target${average}.`,
        `${group.recorded} of ${group.indicators.length} indicators recorded, ${group.met} reach their target${average}.`,
      ),
      ...group.indicators.map((progress) => progressLine(ctx, progress)),
    );
  }
  lines.push(
    "",
    ctx.say(
      "Rata-rata capaian membatasi tiap indikator pada 100%, agar satu indikator yang melampaui target tidak menutupi yang tertinggal.",
      "The average caps each indicator at 100%, so one overshoot does not hide a shortfall.",
    ),
    ctx.say(`Petugas RKT mencatat dengan: ${RECORD_EXAMPLE} (nomor indikator, nilai, tanggal).`, `RKT officials record with: ${RECORD_EXAMPLE} (indicator number, value, date).`),
  );
  return { text: lines.join("\n"), keyboard: keyboard([button(ctx.say("« Ringkasan RKT", "« RKT overview"), workPlanData.overview())]) };
}

/** One indicator's realisation history, newest first. */
export function historyReply(ctx: BotContext, plan: WorkPlan, indicator: Indicator, records: readonly RealisationRecord[]): WorkPlanReply {
  const progress = indicatorProgress(indicator, records);
  const lines = [progressLine(ctx, progress)];
  if (progress.history.length > 0) {
    lines.push(
      "",
      ctx.say("Riwayat (terbaru dahulu):", "History (newest first):"),
      ...progress.history.map(
        (record) => `• ${formatIsoDate(record.achievedOn)}: ${formatTargetValue(record.value, record.unit)} — ${ctx.say("dicatat oleh", "recorded by")} ${record.recordedByName}`,
      ),
    );
  }
  lines.push("", ctx.say(`Sumber target: ${plan.label(indicator.main)}.`, `Target source: ${plan.label(indicator.main)}.`));
  return {
    text: lines.join("\n"),
    keyboard: keyboard([
      button(ctx.say("Catat realisasi", "Record realisation"), workPlanData.howToRecord(indicator.number)),
      button(ctx.say(`Indikator ${indicator.number}`, `Indicator ${indicator.number}`), workPlanData.indicator(indicator.number)),
    ]),
  };
}

/** How to record an indicator's realisation: the exact command to type. */
export function howToRecordReply(ctx: BotContext, plan: WorkPlan, indicator: Indicator): WorkPlanReply {
  const example = indicator.target.unit === "percent" ? "75%" : `${Math.max(1, Math.floor(indicator.target.value / 2))}`;
  return {
    text: [
      ctx.say(
        `Mencatat realisasi indikator ${indicator.number} (target ${formatTarget(indicator.target)}): ketik`,
        `To record indicator ${indicator.number} (target ${formatTarget(indicator.target)}), type`,
      ),
      `/realisasi ${indicator.number} ${example} 30-06-${plan.meta.fiscalYear}`,
      ctx.say(
        `Nilai dalam satuan target (${formatTarget(indicator.target)}); tanggal dalam tahun ${plan.meta.fiscalYear}, tanpa tanggal berarti hari ini. Hanya admin dan petugas RKT yang dapat mencatat.`,
        `The value in the target's unit (${formatTarget(indicator.target)}); a date in ${plan.meta.fiscalYear}, none means today. Only administrators and RKT officials can record.`,
      ),
    ].join("\n"),
  };
}

export function recordedReply(ctx: BotContext, plan: WorkPlan, indicator: Indicator, records: readonly RealisationRecord[], recorded: RealisationRecord): WorkPlanReply {
  const progress = indicatorProgress(indicator, records);
  const achievement = progress.achievement === null ? "" : ` → ${formatPercent(progress.achievement)} ${ctx.say("dari target", "of target")}`;
  const value = formatTargetValue(recorded.value, recorded.unit);
  const isLatest = progress.latest?.id === recorded.id;
  return {
    text: [
      ctx.say(
        `Tercatat: realisasi indikator ${indicator.number} (${indicator.main.row.indicator}) ${value} per ${formatIsoDate(recorded.achievedOn)}, oleh ${recorded.recordedByName}.`,
        `Recorded: indicator ${indicator.number} (${indicator.main.row.indicator}) reached ${value} on ${formatIsoDate(recorded.achievedOn)}, by ${recorded.recordedByName}.`,
      ),
      isLatest
        ? ctx.say(`Target ${formatTarget(indicator.target)}${achievement}.`, `Target ${formatTarget(indicator.target)}${achievement}.`)
        : ctx.say(
            `Realisasi terbaru tetap yang bertanggal lebih akhir: ${progressLine(ctx, progress)}`,
            `The latest realisation is still the later-dated one: ${progressLine(ctx, progress)}`,
          ),
      ctx.say(`Sumber target: ${plan.label(indicator.main)}.`, `Target source: ${plan.label(indicator.main)}.`),
    ].join("\n"),
    keyboard: keyboard([
      button(ctx.say("Riwayat", "History"), workPlanData.history(indicator.number)),
      button(ctx.say("Ringkasan realisasi", "Realisation summary"), workPlanData.progress()),
    ]),
  };
}

/** Why a realisation was refused, and what to type instead. Nothing was recorded. */
export function realisationRefusal(ctx: BotContext, rejection: Rejection<RealisationRejectionCode>): string {
  const p = rejection.params;
  const reason = ((): string => {
    switch (rejection.code) {
      case "USAGE":
        return ctx.say(`tulis nomor indikator, nilai dan tanggal, misalnya ${RECORD_EXAMPLE}`, `give the indicator number, value and date, e.g. ${RECORD_EXAMPLE}`);
      case "UNKNOWN_INDICATOR":
        return ctx.say(`tidak ada indikator ${p.number}; tabel RKT memuat indikator 1–${p.count}`, `there is no indicator ${p.number}; the RKT table has indicators 1–${p.count}`);
      case "BAD_VALUE":
        return ctx.say(`«${p.text}» bukan nilai; targetnya ${p.target}`, `«${p.text}» is not a value; the target is ${p.target}`);
      case "UNIT_MISMATCH":
        return ctx.say(`«${p.text}» tidak dalam satuan target (${p.target})`, `«${p.text}» is not in the target's unit (${p.target})`);
      case "NEGATIVE":
        return ctx.say("realisasi tidak bisa negatif", "a realisation cannot be negative");
      case "PERCENT_OVER_100":
        return ctx.say(`«${p.text}» lebih dari 100%`, `«${p.text}» is over 100%`);
      case "BAD_DATE":
        return ctx.say(`«${p.text}» bukan tanggal; tulis misalnya 30-06-2023 atau 30 Juni 2023`, `«${p.text}» is not a date; write e.g. 30-06-2023 or 30 Juni 2023`);
      case "FUTURE_DATE":
        return ctx.say(`tanggal ${formatIsoDate(String(p.date))} belum tiba`, `${formatIsoDate(String(p.date))} has not come yet`);
      case "OUTSIDE_PLAN_YEAR":
        return ctx.say(`tanggal ${formatIsoDate(String(p.date))} di luar tahun rencana ${p.year}`, `${formatIsoDate(String(p.date))} is outside the plan year ${p.year}`);
    }
  })();
  return ctx.say(`Realisasi tidak dicatat: ${reason}. Tidak ada yang diubah.`, `Realisation not recorded: ${reason}. Nothing was changed.`);
}
