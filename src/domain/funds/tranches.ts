import type { DateTime } from "luxon";
import type { Citation } from "../shared/citation.ts";
import { assertRupiah, splitByPercent } from "../shared/money.ts";
import { accept, reject } from "../shared/rejection.ts";
import type { Outcome } from "../shared/rejection.ts";
import { SANGIHE_2022_RULES, TRANCHE_RULES } from "./sangihe-2022-rules.ts";
import type { ProgressMeasure, TrancheCondition, TrancheNumber, TrancheRule } from "./sangihe-2022-rules.ts";

export interface Tranche {
  readonly tranche: TrancheNumber;
  readonly percent: number;
  readonly amount: number;
  readonly earliestMonth: number;
  readonly latestMonth: number;
  readonly conditions: readonly TrancheCondition[];
  readonly citation: Citation;
}

/**
 * The three disbursements of a kampung's Dana Kampung (Pasal 14 ayat (4)): 40% / 40% / 20%. Tranches I and II are
 * rounded down and tranche III takes the remainder, so the three add up to the amount to the rupiah.
 * Throws RangeError for an amount that is not a non-negative whole number of rupiah (amounts come from the table).
 */
export function tranchesFor(villageFundAmount: number, rules: readonly TrancheRule[] = TRANCHE_RULES): Tranche[] {
  assertRupiah(villageFundAmount, "villageFundAmount");
  const amounts = splitByPercent(villageFundAmount, rules.map((r) => r.percent));
  return rules.map((rule, i) => ({
    tranche: rule.tranche,
    percent: rule.percent,
    amount: amounts[i] ?? 0,
    earliestMonth: rule.earliestMonth,
    latestMonth: rule.latestMonth,
    conditions: rule.conditions,
    citation: rule.citation,
  }));
}

export type WindowState = "notYetOpen" | "open" | "closed";

export interface TrancheWindow {
  readonly tranche: TrancheNumber;
  readonly earliestMonth: number;
  readonly latestMonth: number;
  readonly state: WindowState;
  readonly citation: Citation;
}

export interface TrancheWindowStatus {
  readonly year: number;
  readonly month: number;
  /** The windows are stated for this fiscal year; when `year` differs the bot should say so. */
  readonly fiscalYear: number;
  readonly sameFiscalYear: boolean;
  readonly windows: readonly TrancheWindow[];
  readonly open: readonly TrancheNumber[];
}

/** Which tranche windows include the month of `now` (read in `now`'s own zone). Windows overlap: in June all three are open. */
export function trancheWindowStatus(
  now: DateTime,
  rules: readonly TrancheRule[] = TRANCHE_RULES,
  fiscalYear: number = SANGIHE_2022_RULES.fiscalYear,
): TrancheWindowStatus {
  const month = now.month;
  const windows = rules.map((rule) => ({
    tranche: rule.tranche,
    earliestMonth: rule.earliestMonth,
    latestMonth: rule.latestMonth,
    state: (month < rule.earliestMonth ? "notYetOpen" : month > rule.latestMonth ? "closed" : "open") as WindowState,
    citation: rule.citation,
  }));
  return {
    year: now.year,
    month,
    fiscalYear,
    sameFiscalYear: now.year === fiscalYear,
    windows,
    open: windows.filter((w) => w.state === "open").map((w) => w.tranche),
  };
}

export interface ThresholdCheck {
  readonly measure: ProgressMeasure;
  readonly required: number;
  readonly reported: number;
  readonly met: boolean;
  /** Percentage points still missing; 0 when met. */
  readonly shortfall: number;
  readonly citation: Citation;
}

export interface NextTrancheCheck {
  readonly completedTranche: 1 | 2;
  readonly nextTranche: 2 | 3;
  readonly thresholds: readonly ThresholdCheck[];
  readonly allThresholdsMet: boolean;
  /** The document conditions of the next tranche, which the bot can list but not check. */
  readonly otherConditions: readonly TrancheCondition[];
  readonly citation: Citation;
}

export interface ProgressReport {
  readonly completedTranche: 1 | 2;
  readonly absorptionPercent: number;
  readonly outputPercent: number;
}

export type TrancheCheckRejection = "INVALID_TRANCHE" | "INVALID_PERCENT";

function isPercent(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 100;
}

function roundPoints(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Whether reported absorption and output after tranche I or II reach the thresholds for the next tranche:
 * after I, ≥ 50% absorption and ≥ 35% output (Pasal 14 ayat (6) huruf b); after II, ≥ 90% and ≥ 75% (ayat (7) huruf a).
 */
export function checkNextTranche(
  report: ProgressReport,
  rules: readonly TrancheRule[] = TRANCHE_RULES,
): Outcome<NextTrancheCheck, TrancheCheckRejection> {
  const { completedTranche, absorptionPercent, outputPercent } = report;
  if (completedTranche !== 1 && completedTranche !== 2) {
    return reject("INVALID_TRANCHE", { completedTranche: String(completedTranche) });
  }
  const next = rules.find((r) => r.tranche === completedTranche + 1);
  if (!next) return reject("INVALID_TRANCHE", { completedTranche });
  for (const [measure, value] of [["absorption", absorptionPercent], ["output", outputPercent]] as const) {
    if (!isPercent(value)) return reject("INVALID_PERCENT", { measure, value: String(value) }, next.citation);
  }

  const reported: Record<ProgressMeasure, number> = { absorption: absorptionPercent, output: outputPercent };
  const thresholds: ThresholdCheck[] = next.conditions.flatMap((condition) =>
    (condition.thresholds ?? []).map((t) => {
      const value = reported[t.measure];
      const met = value >= t.minimumPercent;
      return {
        measure: t.measure,
        required: t.minimumPercent,
        reported: value,
        met,
        shortfall: met ? 0 : roundPoints(t.minimumPercent - value),
        citation: condition.citation,
      };
    }),
  );

  return accept({
    completedTranche,
    nextTranche: next.tranche as 2 | 3,
    thresholds,
    allThresholdsMet: thresholds.every((t) => t.met),
    otherConditions: next.conditions.filter((c) => !c.thresholds),
    citation: next.citation,
  });
}
