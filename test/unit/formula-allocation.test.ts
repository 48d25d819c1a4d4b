import { describe, expect, it } from "vitest";
import { formulaAllocation, ratiosFrom, regencyFormulaAndPerformanceTotal } from "../../src/domain/funds/formula-allocation.ts";
import { FORMULA_WEIGHTS } from "../../src/domain/funds/sangihe-2022-rules.ts";

describe("Pasal 10: formula weights", () => {
  it("weighs Z1 0,10, Z2 0,40, Z3 0,20, Z4 0,30, summing to 1", () => {
    expect(FORMULA_WEIGHTS.map((w) => [w.variable, w.indicator, w.percent])).toEqual([
      ["z1", "population", 10],
      ["z2", "poorPopulation", 40],
      ["z3", "area", 20],
      ["z4", "geographicDifficulty", 30],
    ]);
    expect(FORMULA_WEIGHTS.reduce((a, w) => a + w.percent, 0)).toBe(100);
    expect(FORMULA_WEIGHTS.every((w) => w.citation.article === "Pasal 10")).toBe(true);
  });

  it("records reading Z2's 'setiap Kabupaten' as 'setiap Kampung'", () => {
    const z2 = FORMULA_WEIGHTS.find((w) => w.variable === "z2");
    expect(z2?.note).toMatch(/setiap Kabupaten.*setiap Kampung/);
  });
});

describe("Pasal 10: AF Kampung", () => {
  it("computes the allocation with each weighted term", () => {
    const outcome = formulaAllocation({ z1: 0.01, z2: 0.02, z3: 0.01, z4: 0.015, regencyFormulaTotal: 35_000_000_000 });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.amount).toBe(542_500_000);
    expect(outcome.value.weightedRatio).toBeCloseTo(0.0155, 12);
    expect(outcome.value.terms.map((t) => [t.variable, t.amount])).toEqual([
      ["z1", 35_000_000],
      ["z2", 280_000_000],
      ["z3", 70_000_000],
      ["z4", 157_500_000],
    ]);
    expect(outcome.value.rounding).toBe("DOWN_TO_WHOLE_RUPIAH");
  });

  it("rounds down to a whole rupiah, with terms adding up to the amount", () => {
    const third = 1 / 3;
    const outcome = formulaAllocation({ z1: third, z2: third, z3: third, z4: third, regencyFormulaTotal: 1000 });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.amount).toBe(333);
    expect(outcome.value.terms.reduce((a, t) => a + t.amount, 0)).toBe(333);
  });

  it("gives the whole pool to a kampung whose ratios are all 1", () => {
    const outcome = formulaAllocation({ z1: 1, z2: 1, z3: 1, z4: 1, regencyFormulaTotal: 35_280_482_300 });
    expect(outcome.ok && outcome.value.amount).toBe(35_280_482_300);
  });

  it("rejects ratios outside [0, 1] and bad totals", () => {
    expect(formulaAllocation({ z1: 1.5, z2: 0, z3: 0, z4: 0, regencyFormulaTotal: 1 })).toMatchObject({
      ok: false,
      code: "INVALID_RATIO",
      params: { variable: "z1" },
    });
    expect(formulaAllocation({ z1: 0, z2: -0.1, z3: 0, z4: 0, regencyFormulaTotal: 1 })).toMatchObject({ ok: false, code: "INVALID_RATIO" });
    expect(formulaAllocation({ z1: 0, z2: 0, z3: Number.NaN, z4: 0, regencyFormulaTotal: 1 })).toMatchObject({ ok: false, code: "INVALID_RATIO" });
    expect(formulaAllocation({ z1: 0, z2: 0, z3: 0, z4: 0, regencyFormulaTotal: 1.5 })).toMatchObject({ ok: false, code: "INVALID_AMOUNT" });
    expect(formulaAllocation({ z1: 0, z2: 0, z3: 0, z4: 0, regencyFormulaTotal: -1 })).toMatchObject({ ok: false, code: "INVALID_AMOUNT" });
  });

  it("derives Z1..Z4 from the indicators", () => {
    const outcome = ratiosFrom({ population: 1500, totalPopulation: 150_000, poor: 20, totalPoor: 1000, area: 5, totalArea: 500, ikg: 60, totalIkg: 4000 });
    expect(outcome).toEqual({ ok: true, value: { z1: 0.01, z2: 0.02, z3: 0.01, z4: 0.015 } });
  });

  it("rejects indicators with a zero total or a part above its total", () => {
    const base = { population: 1, totalPopulation: 10, poor: 1, totalPoor: 10, area: 1, totalArea: 10, ikg: 1, totalIkg: 10 };
    expect(ratiosFrom({ ...base, totalPoor: 0 })).toMatchObject({ ok: false, code: "INVALID_INDICATOR", params: { indicator: "poor" } });
    expect(ratiosFrom({ ...base, area: 11 })).toMatchObject({ ok: false, params: { indicator: "area", reason: "PART_EXCEEDS_TOTAL" } });
    expect(ratiosFrom({ ...base, ikg: -1 })).toMatchObject({ ok: false, params: { indicator: "ikg" } });
  });
});

describe("Pasal 2 and Pasal 4 ayat (1): pools of the kabupaten", () => {
  it("leaves 35% of the APBN total for formula and performance together, stating it is combined", () => {
    const outcome = regencyFormulaAndPerformanceTotal(100_801_378_000);
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.base).toMatchObject({ percent: 65, amount: 65_520_895_700 });
    expect(outcome.value.formulaAndPerformance).toMatchObject({ percent: 35, amount: 35_280_482_300 });
    expect(outcome.value.reading).toEqual({ kind: "combined", formulaAndPerformanceTotal: 35_280_482_300 });
  });

  it("takes the formula pool as the remainder when the performance pool is given", () => {
    const outcome = regencyFormulaAndPerformanceTotal(100_801_378_000, 10_000_000_000);
    expect(outcome.ok && outcome.value.reading).toEqual({ kind: "formulaIsRemainder", performanceTotal: 10_000_000_000, formulaTotal: 25_280_482_300 });
  });

  it("loses no rupiah on odd totals", () => {
    const outcome = regencyFormulaAndPerformanceTotal(101);
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.base.amount + outcome.value.formulaAndPerformance.amount).toBe(101);
  });

  it("rejects a performance pool larger than the 35% and invalid totals", () => {
    expect(regencyFormulaAndPerformanceTotal(100, 36)).toMatchObject({ ok: false, code: "PERFORMANCE_EXCEEDS_POOL" });
    expect(regencyFormulaAndPerformanceTotal(-1)).toMatchObject({ ok: false, code: "INVALID_AMOUNT" });
    expect(regencyFormulaAndPerformanceTotal(100, 0.5)).toMatchObject({ ok: false, code: "INVALID_AMOUNT" });
  });
});
