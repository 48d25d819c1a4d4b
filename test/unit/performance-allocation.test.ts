import { describe, expect, it } from "vitest";
import { performanceScore, performanceWeights } from "../../src/domain/funds/performance-allocation.ts";
import type { PerformanceSubScores } from "../../src/domain/funds/performance-allocation.ts";
import { PERFORMANCE_CRITERIA } from "../../src/domain/funds/sangihe-2022-rules.ts";

const allHundred: PerformanceSubScores = {
  ownRevenueRatioChange: 100,
  priorityConformity: 100,
  selfManagedProcurement: 100,
  budgetRealisation: 100,
  outputRealisation: 100,
  idmScoreChange: 100,
  idmStatusChange: 100,
  idmLatestStatus: 100,
  poorPopulationImprovement: 100,
};

describe("Pasal 6: criteria weights", () => {
  it("weighs 20 / 20 / 25 / 35, summing to 100", () => {
    expect(PERFORMANCE_CRITERIA.map((c) => [c.key, c.percent, c.citation.article])).toEqual([
      ["financialManagement", 20, "Pasal 6 huruf a"],
      ["villageFundManagement", 20, "Pasal 6 huruf b"],
      ["outputAchievement", 25, "Pasal 6 huruf c"],
      ["developmentOutcome", 35, "Pasal 6 huruf d"],
    ]);
    expect(PERFORMANCE_CRITERIA.reduce((a, c) => a + c.percent, 0)).toBe(100);
  });
});

describe("Pasal 7: sub-criteria and effective weights", () => {
  it("multiplies criterion and sub-criterion weights", () => {
    const effective = Object.fromEntries(performanceWeights().weights.map((w) => [w.subCriterion, w.effectivePercent]));
    expect(effective).toEqual({
      ownRevenueRatioChange: 10,
      priorityConformity: 11,
      selfManagedProcurement: 9,
      budgetRealisation: 12.5,
      outputRealisation: 12.5,
      idmScoreChange: 10.5,
      idmStatusChange: 10.5,
      idmLatestStatus: 3.5,
      poorPopulationImprovement: 10.5,
    });
  });

  it("sub-weights of ayat (2), (3) and (4) sum to 100; ayat (1) gives only 50 and the rest is flagged", () => {
    for (const c of PERFORMANCE_CRITERIA) expect(c.subCriteria.reduce((a, s) => a + s.percent, 0) + c.unassignedPercent).toBe(100);
    const { unassigned, assignedPercent } = performanceWeights();
    expect(unassigned).toHaveLength(1);
    expect(unassigned[0]).toMatchObject({ criterion: "financialManagement", percentOfCriterion: 50, effectivePercent: 10 });
    expect(unassigned[0]?.citation.article).toBe("Pasal 7 ayat (1)");
    expect(unassigned[0]?.note).toBeTruthy();
    expect(assignedPercent).toBe(90);
  });

  it("scores a kampung over the assigned 90%, and rescaled to 100", () => {
    const full = performanceScore(allHundred);
    expect(full.ok && [full.value.score, full.value.maxScore, full.value.normalizedScore]).toEqual([90, 90, 100]);

    const mixed = performanceScore({ ...allHundred, priorityConformity: 50, idmLatestStatus: 0 });
    if (!mixed.ok) throw new Error(mixed.code);
    expect(mixed.value.score).toBe(90 - 5.5 - 3.5);
    expect(mixed.value.terms.find((t) => t.subCriterion === "priorityConformity")?.contribution).toBe(5.5);
    expect(mixed.value.unassigned[0]?.criterion).toBe("financialManagement");
  });

  it("rejects missing and out-of-range scores", () => {
    const { poorPopulationImprovement: _omitted, ...missing } = allHundred;
    expect(performanceScore(missing)).toMatchObject({ ok: false, code: "MISSING_SCORE", params: { subCriterion: "poorPopulationImprovement" } });
    expect(performanceScore({ ...allHundred, budgetRealisation: 101 })).toMatchObject({ ok: false, code: "INVALID_SCORE" });
    expect(performanceScore({ ...allHundred, budgetRealisation: Number.NaN })).toMatchObject({ ok: false, code: "INVALID_SCORE" });
  });
});
