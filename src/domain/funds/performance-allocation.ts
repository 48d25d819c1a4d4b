import type { Citation } from "../shared/citation.ts";
import { accept, reject } from "../shared/rejection.ts";
import type { Outcome } from "../shared/rejection.ts";
import { PERFORMANCE_CRITERIA } from "./sangihe-2022-rules.ts";
import type { PerformanceCriterion, PerformanceCriterionKey, PerformanceSubCriterionKey } from "./sangihe-2022-rules.ts";

/** A sub-criterion's weight in the whole score: criterion weight × sub-weight (Pasal 6 × Pasal 7), e.g. 20% × 55% = 11%. */
export interface EffectiveWeight {
  readonly criterion: PerformanceCriterionKey;
  readonly subCriterion: PerformanceSubCriterionKey;
  readonly criterionPercent: number;
  readonly subPercent: number;
  readonly effectivePercent: number;
  readonly criterionCitation: Citation;
  readonly citation: Citation;
}

/** Weight the regulation gives to a criterion but to none of its sub-criteria (Pasal 7 ayat (1): 50% of 20%). */
export interface UnassignedWeight {
  readonly criterion: PerformanceCriterionKey;
  readonly percentOfCriterion: number;
  readonly effectivePercent: number;
  readonly citation: Citation;
  readonly note?: string;
}

export interface PerformanceWeights {
  readonly weights: readonly EffectiveWeight[];
  readonly unassigned: readonly UnassignedWeight[];
  /** Sum of the effective weights; 100 minus the unassigned part. */
  readonly assignedPercent: number;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function performanceWeights(criteria: readonly PerformanceCriterion[] = PERFORMANCE_CRITERIA): PerformanceWeights {
  const weights: EffectiveWeight[] = criteria.flatMap((c) =>
    c.subCriteria.map((s) => ({
      criterion: c.key,
      subCriterion: s.key,
      criterionPercent: c.percent,
      subPercent: s.percent,
      effectivePercent: round6((c.percent * s.percent) / 100),
      criterionCitation: c.citation,
      citation: s.citation,
    })),
  );
  const unassigned: UnassignedWeight[] = criteria
    .filter((c) => c.unassignedPercent > 0)
    .map((c) => ({
      criterion: c.key,
      percentOfCriterion: c.unassignedPercent,
      effectivePercent: round6((c.percent * c.unassignedPercent) / 100),
      citation: c.subCriteria[0]?.citation ?? c.citation,
      ...(c.note === undefined ? {} : { note: c.note }),
    }));
  return { weights, unassigned, assignedPercent: round6(weights.reduce((a, w) => a + w.effectivePercent, 0)) };
}

/** Scores 0–100 for every sub-criterion. */
export type PerformanceSubScores = Readonly<Record<PerformanceSubCriterionKey, number>>;

export interface PerformanceTerm extends EffectiveWeight {
  readonly score: number;
  /** score × effective weight / 100, in points of the whole score. */
  readonly contribution: number;
}

export interface PerformanceScore {
  /** Σ contributions, on the regulation's own scale: at most `maxScore`, since part of the weight is unassigned. */
  readonly score: number;
  readonly maxScore: number;
  /** `score` rescaled to 0–100 over the assigned weight only; a reading, not the regulation's figure. */
  readonly normalizedScore: number;
  readonly terms: readonly PerformanceTerm[];
  readonly unassigned: readonly UnassignedWeight[];
}

export type PerformanceRejection = "MISSING_SCORE" | "INVALID_SCORE";

/**
 * The weighted performance score of a kampung (Pasal 6 and 7). The 50% of Pasal 7 ayat (1) that no criterion
 * fills is reported in `unassigned` and left out of the score rather than guessed.
 */
export function performanceScore(
  subScores: Partial<Record<PerformanceSubCriterionKey, number>>,
  criteria: readonly PerformanceCriterion[] = PERFORMANCE_CRITERIA,
): Outcome<PerformanceScore, PerformanceRejection> {
  const { weights, unassigned, assignedPercent } = performanceWeights(criteria);
  const terms: PerformanceTerm[] = [];
  for (const weight of weights) {
    const score = subScores[weight.subCriterion];
    if (score === undefined) return reject("MISSING_SCORE", { subCriterion: weight.subCriterion }, weight.citation);
    if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 100) {
      return reject("INVALID_SCORE", { subCriterion: weight.subCriterion, value: String(score) }, weight.citation);
    }
    terms.push({ ...weight, score, contribution: round6((score * weight.effectivePercent) / 100) });
  }
  const score = round6(terms.reduce((a, t) => a + t.contribution, 0));
  const normalizedScore = assignedPercent > 0 ? round6((score / assignedPercent) * 100) : 0;
  return accept({ score, maxScore: assignedPercent, normalizedScore, terms, unassigned });
}
