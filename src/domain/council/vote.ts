import type { Citation } from "../shared/citation.ts";
import type { MajorityKind, MajorityRule, Threshold } from "./rule-book.ts";

/**
 * Thresholds and tallies. All arithmetic is on whole numbers so 2/3 of 9 is exactly 6, never 5.999….
 */

/**
 * The smallest count that satisfies a threshold over `base` people:
 *   atLeast 2/3 of 9  → ⌈18/3⌉ = 6;   atLeast 2/3 of 11 → ⌈22/3⌉ = 8;
 *   moreThan 1/2 of 7 → ⌊7/2⌋ + 1 = 4; moreThan 1/2 of 8 → 5.
 */
export function requiredCount(threshold: Pick<Threshold, "comparison" | "fraction">, base: number): number {
  if (!Number.isSafeInteger(base) || base < 0) throw new RangeError(`base must be a non-negative whole number, got ${base}`);
  const { numerator, denominator } = threshold.fraction;
  const scaled = numerator * base;
  return threshold.comparison === "atLeast" ? Math.ceil(scaled / denominator) : Math.floor(scaled / denominator) + 1;
}

export interface VoteBase {
  /** Members present with the right to vote. */
  readonly present: number;
  /** All members of the council, whatever their attendance. */
  readonly allMembers: number;
}

/** The number of "yes" votes a motion needs under a majority rule: ordinary over those present, special over all members. */
export function majorityThreshold(rule: MajorityRule, base: VoteBase): number {
  return requiredCount(rule, rule.base === "present" ? base.present : base.allMembers);
}

export type MotionChoice = "yes" | "no" | "abstain";

export const MOTION_CHOICES: readonly MotionChoice[] = ["yes", "no", "abstain"];

export interface MotionTally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

export function tallyMotion(choices: Iterable<MotionChoice>): MotionTally {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const choice of choices) {
    if (choice === "yes") yes++;
    else if (choice === "no") no++;
    else abstain++;
  }
  return { yes, no, abstain };
}

interface ResultBase {
  readonly majority: MajorityKind;
  /** Members present with the right to vote, the base of an ordinary majority. */
  readonly present: number;
  readonly allMembers: number;
  /** The number of votes needed, and the article that sets it. */
  readonly threshold: number;
  readonly citation: Citation;
}

export interface MotionResult extends ResultBase {
  readonly kind: "motion";
  readonly tally: MotionTally;
  readonly passed: boolean;
}

export interface ElectionResult extends ResultBase {
  readonly kind: "election";
  /** Votes per candidate (member id), in the order the candidates were put. */
  readonly tally: readonly { readonly candidate: string; readonly votes: number }[];
  readonly abstain: number;
  /** The candidate who reached the threshold, or null when nobody did (the chair calls another round). */
  readonly elected: string | null;
}

export type VoteResult = MotionResult | ElectionResult;

export function motionResult(rule: MajorityRule, tally: MotionTally, base: VoteBase): MotionResult {
  const threshold = majorityThreshold(rule, base);
  return {
    kind: "motion",
    majority: rule.kind,
    tally,
    present: base.present,
    allMembers: base.allMembers,
    threshold,
    citation: rule.citation,
    passed: tally.yes >= threshold,
  };
}

/** An election of persons: a candidate is elected with the votes the majority rule demands (Pasal 60 ayat (4) for an ordinary one). */
export function electionResult(
  rule: MajorityRule,
  candidates: readonly string[],
  choices: Iterable<string>,
  base: VoteBase,
): ElectionResult {
  const votes = new Map(candidates.map((c) => [c, 0]));
  let abstain = 0;
  for (const choice of choices) {
    const current = votes.get(choice);
    if (current === undefined) abstain++;
    else votes.set(choice, current + 1);
  }
  const threshold = majorityThreshold(rule, base);
  const tally = candidates.map((candidate) => ({ candidate, votes: votes.get(candidate) ?? 0 }));
  const elected = tally.find((t) => t.votes >= threshold)?.candidate ?? null;
  return {
    kind: "election",
    majority: rule.kind,
    tally,
    abstain,
    present: base.present,
    allMembers: base.allMembers,
    threshold,
    citation: rule.citation,
    elected,
  };
}

export function resultPassed(result: VoteResult): boolean {
  return result.kind === "motion" ? result.passed : result.elected !== null;
}
