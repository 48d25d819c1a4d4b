import type { DateTime } from "luxon";
import { isoDay, parseIndonesianDate } from "../region/indonesian-date.ts";
import { parseIndonesianNumber } from "../shared/numbers.ts";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { formatTarget, unitOfWord, type Target, type TargetUnit } from "./target.ts";
import type { Indicator, Programme, WorkPlan } from "./work-plan.ts";

/** What an official reports an indicator reached, on a day: "75%" of voter participation on 30 Juni 2023. */
export interface RealisationRecord {
  readonly id?: number;
  readonly indicatorNumber: number;
  readonly value: number;
  readonly unit: TargetUnit;
  /** ISO calendar day in the chat's time zone. */
  readonly achievedOn: string;
  readonly recordedBy: number;
  readonly recordedByName: string;
}

export type RealisationRejectionCode =
  | "USAGE"
  | "UNKNOWN_INDICATOR"
  | "BAD_VALUE"
  | "UNIT_MISMATCH"
  | "NEGATIVE"
  | "PERCENT_OVER_100"
  | "BAD_DATE"
  | "FUTURE_DATE"
  | "OUTSIDE_PLAN_YEAR";

export interface RealisationCommand {
  readonly indicatorNumber: number;
  readonly valueText: string;
  /** Empty: today. */
  readonly dateText: string;
}

export interface CheckedRealisation {
  readonly indicator: Indicator;
  readonly value: number;
  readonly unit: TargetUnit;
  readonly achievedOn: string;
}

const MAX_COMMAND_LENGTH = 120;

/** "4 75% 30-06-2023", "5 8 kec 30 Juni 2023", "4 75 %" (today). Null when it is not of that shape. */
export function parseRealisationCommand(payload: string): RealisationCommand | null {
  if (payload.length > MAX_COMMAND_LENGTH) return null;
  const tokens = payload.trim().split(/\s+/).filter(Boolean);
  const [first, value, maybeUnit, ...rest] = tokens;
  if (!first || !/^\d{1,3}$/.test(first) || !value) return null;
  const unitFollows = maybeUnit !== undefined && unitOfWord(maybeUnit) !== undefined;
  const valueText = unitFollows ? `${value} ${maybeUnit}` : value;
  const dateWords = unitFollows ? rest : [maybeUnit, ...rest].filter((t): t is string => t !== undefined);
  return { indicatorNumber: Number(first), valueText, dateText: dateWords.join(" ") };
}

/** "75%", "75", "8 kec", "1 dokumen": a value in the target's unit; a unit given must be the target's. */
function readValue(text: string, target: Target): Outcome<number, RealisationRejectionCode> {
  const match = /^([+-]?\d[\d.,]*)\s*(%|[\p{L}]+\.?)?$/u.exec(text.trim());
  const value = match ? parseIndonesianNumber(match[1]!) : null;
  if (!match || value === null) return reject("BAD_VALUE", { text, target: formatTarget(target) });
  const unitWord = match[2];
  if (unitWord !== undefined && unitOfWord(unitWord) !== target.unit) {
    return reject("UNIT_MISMATCH", { text, target: formatTarget(target) });
  }
  if (value < 0) return reject("NEGATIVE", { text });
  if (target.unit === "percent" && value > 100) return reject("PERCENT_OVER_100", { text });
  return accept(value);
}

/**
 * Checks a realisation before it is recorded: the indicator exists in the RKT table, the value is in the
 * target's unit, and the day is a real day of the plan's year that has already come (in the chat's zone).
 */
export function checkRealisation(plan: WorkPlan, command: RealisationCommand, today: DateTime): Outcome<CheckedRealisation, RealisationRejectionCode> {
  const indicator = plan.indicator(command.indicatorNumber);
  if (!indicator) return reject("UNKNOWN_INDICATOR", { number: command.indicatorNumber, count: plan.indicators.length });
  const value = readValue(command.valueText, indicator.target);
  if (!value.ok) return value;
  const day = command.dateText === "" ? today.startOf("day") : parseIndonesianDate(command.dateText, today);
  if (!day) return reject("BAD_DATE", { text: command.dateText });
  if (day > today.endOf("day")) return reject("FUTURE_DATE", { date: isoDay(day) });
  if (day.year !== plan.meta.fiscalYear) return reject("OUTSIDE_PLAN_YEAR", { date: isoDay(day), year: plan.meta.fiscalYear });
  return accept({ indicator, value: value.value, unit: indicator.target.unit, achievedOn: isoDay(day) });
}

/** Realisation as a share of the target, in percent; null when the target is zero. */
export function achievementPercent(target: Target, value: number): number | null {
  return target.value > 0 ? (value / target.value) * 100 : null;
}

export interface IndicatorProgress {
  readonly indicator: Indicator;
  /** Newest first: by day reached, then by order of recording. */
  readonly history: readonly RealisationRecord[];
  readonly latest: RealisationRecord | null;
  readonly achievement: number | null;
}

export interface ProgrammeProgress {
  readonly programme: Programme | null;
  readonly indicators: readonly IndicatorProgress[];
  readonly recorded: number;
  /** Indicators whose latest realisation reaches the target. */
  readonly met: number;
  /** Mean achievement of the recorded indicators, each capped at 100% so one overshoot does not hide a shortfall. */
  readonly averageAchievement: number | null;
}

function newestFirst(a: RealisationRecord, b: RealisationRecord): number {
  if (a.achievedOn !== b.achievedOn) return a.achievedOn < b.achievedOn ? 1 : -1;
  return (b.id ?? 0) - (a.id ?? 0);
}

export function indicatorProgress(indicator: Indicator, records: readonly RealisationRecord[]): IndicatorProgress {
  const history = records.filter((record) => record.indicatorNumber === indicator.number).sort(newestFirst);
  const latest = history[0] ?? null;
  return { indicator, history, latest, achievement: latest ? achievementPercent(indicator.target, latest.value) : null };
}

/** Realisation against target for every indicator, grouped by programme in the order of the plan. */
export function progressByProgramme(plan: WorkPlan, records: readonly RealisationRecord[]): ProgrammeProgress[] {
  const groups: { programme: Programme | null; indicators: readonly Indicator[] }[] = plan.programmes.map((programme) => ({
    programme,
    indicators: programme.indicators,
  }));
  const ungrouped = plan.indicators.filter((indicator) => !plan.programmeOf(indicator));
  if (ungrouped.length > 0) groups.push({ programme: null, indicators: ungrouped });
  return groups.map(({ programme, indicators }) => {
    const progress = indicators.map((indicator) => indicatorProgress(indicator, records));
    const achieved = progress.map((p) => p.achievement).filter((a): a is number => a !== null);
    return {
      programme,
      indicators: progress,
      recorded: progress.filter((p) => p.latest !== null).length,
      met: achieved.filter((a) => a >= 100).length,
      averageAchievement: achieved.length > 0 ? achieved.reduce((sum, a) => sum + Math.min(a, 100), 0) / achieved.length : null,
    };
  });
}
