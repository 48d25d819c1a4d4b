import { cite } from "../shared/citation.ts";
import type { Citation } from "../shared/citation.ts";
import { isRupiah, splitByPercent } from "../shared/money.ts";
import { accept, reject } from "../shared/rejection.ts";
import type { Outcome } from "../shared/rejection.ts";
import { BASE_SHARE, FORMULA_WEIGHTS, SANGIHE_2022_REGULATION } from "./sangihe-2022-rules.ts";
import type { FormulaIndicator, FormulaVariable, FormulaWeight } from "./sangihe-2022-rules.ts";

export interface FormulaRatios {
  readonly z1: number;
  readonly z2: number;
  readonly z3: number;
  readonly z4: number;
}

export interface FormulaInput extends FormulaRatios {
  /** AF Kabupaten: the regency's Alokasi Formula pool, integer rupiah. */
  readonly regencyFormulaTotal: number;
}

export interface FormulaTerm {
  readonly variable: FormulaVariable;
  readonly indicator: FormulaIndicator;
  readonly percent: number;
  readonly ratio: number;
  /** weight × ratio */
  readonly weightedRatio: number;
  /** This term's share of the amount; the terms add up to the amount exactly. */
  readonly amount: number;
  readonly citation: Citation;
}

export interface FormulaAllocation {
  /** AF Kampung, rounded down to a whole rupiah (see `rounding`). */
  readonly amount: number;
  readonly weightedRatio: number;
  readonly regencyFormulaTotal: number;
  readonly terms: readonly FormulaTerm[];
  /**
   * The product is rounded DOWN to a whole rupiah, so the kampung amounts never add up to more than AF Kabupaten;
   * floating-point noise below a millionth of a rupiah is removed first. Each term is rounded down and the rupiah
   * left over go to the terms with the largest fractions.
   */
  readonly rounding: "DOWN_TO_WHOLE_RUPIAH";
  readonly citation: Citation;
}

export type FormulaRejection = "INVALID_RATIO" | "INVALID_AMOUNT";

const FORMULA_CITATION = cite(SANGIHE_2022_REGULATION, "Pasal 10");

/** Removes floating-point noise: 542499999.99999994 → 542500000. */
function withoutNoise(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function isRatio(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1;
}

/** Hands the rupiah lost by rounding each term down to the terms with the largest fractions. */
function apportion(exacts: readonly number[], total: number): number[] {
  const floors = exacts.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const byFraction = exacts.map((x, i) => ({ i, fraction: x - Math.floor(x) })).sort((a, b) => b.fraction - a.fraction);
  for (const { i } of byFraction) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

/** AF Kampung = {(0,10 × Z1) + (0,40 × Z2) + (0,20 × Z3) + (0,30 × Z4)} × AF Kabupaten (Pasal 10). */
export function formulaAllocation(
  input: FormulaInput,
  weights: readonly FormulaWeight[] = FORMULA_WEIGHTS,
): Outcome<FormulaAllocation, FormulaRejection> {
  for (const w of weights) {
    const ratio = input[w.variable];
    if (!isRatio(ratio)) return reject("INVALID_RATIO", { variable: w.variable, value: String(ratio) }, FORMULA_CITATION);
  }
  const total = input.regencyFormulaTotal;
  if (!isRupiah(total) || total < 0) {
    return reject("INVALID_AMOUNT", { field: "regencyFormulaTotal", value: String(total) }, FORMULA_CITATION);
  }

  const exacts = weights.map((w) => withoutNoise((w.percent * input[w.variable] * total) / 100));
  const amount = Math.floor(withoutNoise(exacts.reduce((a, b) => a + b, 0)));
  const termAmounts = apportion(exacts, amount);
  const terms = weights.map((w, i) => ({
    variable: w.variable,
    indicator: w.indicator,
    percent: w.percent,
    ratio: input[w.variable],
    weightedRatio: withoutNoise((w.percent * input[w.variable]) / 100),
    amount: termAmounts[i] ?? 0,
    citation: w.citation,
  }));
  const weightedRatio = withoutNoise(terms.reduce((a, t) => a + (t.percent * t.ratio) / 100, 0));

  return accept({ amount, weightedRatio, regencyFormulaTotal: total, terms, rounding: "DOWN_TO_WHOLE_RUPIAH", citation: FORMULA_CITATION });
}

export interface FormulaIndicators {
  readonly population: number;
  readonly totalPopulation: number;
  readonly poor: number;
  readonly totalPoor: number;
  readonly area: number;
  readonly totalArea: number;
  /** Indeks Kesulitan Geografis (Pasal 11). */
  readonly ikg: number;
  readonly totalIkg: number;
}

export type IndicatorRejection = "INVALID_INDICATOR";

/** Z1..Z4 as the ratios of Pasal 10: each kampung's figure over the total of all kampung in the regency. */
export function ratiosFrom(indicators: FormulaIndicators): Outcome<FormulaRatios, IndicatorRejection> {
  const pairs = [
    ["z1", "population", indicators.population, indicators.totalPopulation],
    ["z2", "poor", indicators.poor, indicators.totalPoor],
    ["z3", "area", indicators.area, indicators.totalArea],
    ["z4", "ikg", indicators.ikg, indicators.totalIkg],
  ] as const;
  const ratios: Record<FormulaVariable, number> = { z1: 0, z2: 0, z3: 0, z4: 0 };
  for (const [variable, indicator, part, whole] of pairs) {
    if (!Number.isFinite(part) || part < 0) return reject("INVALID_INDICATOR", { indicator, reason: "NOT_A_NON_NEGATIVE_NUMBER" }, FORMULA_CITATION);
    if (!Number.isFinite(whole) || whole <= 0) return reject("INVALID_INDICATOR", { indicator, reason: "TOTAL_NOT_POSITIVE" }, FORMULA_CITATION);
    if (part > whole) return reject("INVALID_INDICATOR", { indicator, reason: "PART_EXCEEDS_TOTAL" }, FORMULA_CITATION);
    ratios[variable] = part / whole;
  }
  return accept(ratios);
}

/**
 * How the 35% left after the base share splits is not in the regulation: Pasal 2 names Alokasi Kinerja and
 * Alokasi Formula, Pasal 4 ayat (1) fixes only the base share. Without a performance pool the two stay combined;
 * with one, the formula pool is what remains.
 */
export type PoolReading =
  | { readonly kind: "combined"; readonly formulaAndPerformanceTotal: number }
  | { readonly kind: "formulaIsRemainder"; readonly performanceTotal: number; readonly formulaTotal: number };

export interface RegencyPools {
  readonly villageFundTotal: number;
  readonly base: { readonly percent: number; readonly amount: number; readonly citation: Citation };
  readonly formulaAndPerformance: { readonly percent: number; readonly amount: number; readonly citations: readonly Citation[] };
  readonly reading: PoolReading;
}

export type PoolRejection = "INVALID_AMOUNT" | "PERFORMANCE_EXCEEDS_POOL";

export function regencyFormulaAndPerformanceTotal(
  villageFundTotal: number,
  performanceTotal?: number,
): Outcome<RegencyPools, PoolRejection> {
  if (!isRupiah(villageFundTotal) || villageFundTotal < 0) {
    return reject("INVALID_AMOUNT", { field: "villageFundTotal", value: String(villageFundTotal) }, BASE_SHARE.citation);
  }
  // The base share is rounded down; the remainder takes what is left, so no rupiah is lost.
  const [base = 0, rest = 0] = splitByPercent(villageFundTotal, [BASE_SHARE.percent, 100 - BASE_SHARE.percent]);
  const citations = [cite(SANGIHE_2022_REGULATION, "Pasal 2"), BASE_SHARE.citation];

  let reading: PoolReading = { kind: "combined", formulaAndPerformanceTotal: rest };
  if (performanceTotal !== undefined) {
    if (!isRupiah(performanceTotal) || performanceTotal < 0) {
      return reject("INVALID_AMOUNT", { field: "performanceTotal", value: String(performanceTotal) }, BASE_SHARE.citation);
    }
    if (performanceTotal > rest) {
      return reject("PERFORMANCE_EXCEEDS_POOL", { performanceTotal, pool: rest }, BASE_SHARE.citation);
    }
    reading = { kind: "formulaIsRemainder", performanceTotal, formulaTotal: rest - performanceTotal };
  }

  return accept({
    villageFundTotal,
    base: { percent: BASE_SHARE.percent, amount: base, citation: BASE_SHARE.citation },
    formulaAndPerformance: { percent: 100 - BASE_SHARE.percent, amount: rest, citations },
    reading,
  });
}
