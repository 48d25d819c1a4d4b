import type { Citation } from "../shared/citation.ts";

/**
 * The requirements for forming a region, as data: each with the law's words, its articles and how a proposal is
 * checked against it. Two frameworks: the law in force (UU 32/2004 with PP 78/2007) and the earlier one
 * (PP 129/2000), kept so the bot can say what changed.
 */

export type RegionKind = "province" | "regency" | "city";
export const REGION_KINDS: readonly RegionKind[] = ["regency", "city", "province"];

/** current: UU 32/2004 and PP 78/2007; earlier: PP 129/2000 (made under UU 22/1999). */
export type Framework = "current" | "earlier";

export type RequirementCategory = "precondition" | "administrative" | "technical" | "territorial";

/** What the checklist asks an official about a proposal. */
export type QuestionKey =
  | "count"
  | "age"
  | "aspiration"
  | "councilDecision"
  | "headDecision"
  | "provincialCouncilDecision"
  | "governorDecision"
  | "ministerRecommendation"
  | "study"
  | "studyRating"
  | "map"
  | "contiguous"
  | "islands"
  | "capital"
  | "facilities";

export type RequirementCheck =
  /** The number of kecamatan (or kabupaten/kota for a province) must reach the minimum. */
  | { readonly kind: "minimumCount"; readonly minimum: number }
  /** Met when every question is answered yes (or does not apply); unmet when any is answered no. */
  | { readonly kind: "answers"; readonly questions: readonly QuestionKey[] }
  /** Scored from the regional study's figures against the regulation's annex: the bot cannot judge it. */
  | { readonly kind: "studyScores" };

export interface Requirement {
  /** Stable within its framework and kind, e.g. "coverage", "factor.kemampuan-ekonomi". */
  readonly key: string;
  readonly framework: Framework;
  readonly kind: RegionKind;
  readonly category: RequirementCategory;
  /** Short statement of the requirement, in the law's terms. */
  readonly title: string;
  /** The law's own words, from the parsed text. */
  readonly lawText: string;
  readonly citations: readonly Citation[];
  readonly check: RequirementCheck;
  /** The number the requirement sets, when it sets one (years of government of the parent region). */
  readonly figure?: number;
  /** How an ambiguous or garbled passage was read, citing both places. */
  readonly note?: string;
}

export type AnswerValue = "yes" | "no" | "unknown" | "na";

export interface ProposalAnswers {
  readonly kind: RegionKind;
  /** Kecamatan (kabupaten/kota for a province) in the proposed coverage; null when not given. */
  readonly count: number | null;
  readonly answers: Readonly<Partial<Record<QuestionKey, AnswerValue>>>;
}

export type Verdict = "met" | "unmet" | "unknown";

export interface RequirementResult {
  readonly requirement: Requirement;
  readonly verdict: Verdict;
  /** The count checked against the minimum, when the requirement is a minimum. */
  readonly count?: number;
  /** Questions answered no, and questions not answered (yet or "tidak tahu"). */
  readonly answeredNo: readonly QuestionKey[];
  readonly unanswered: readonly QuestionKey[];
}

export function judge(requirement: Requirement, proposal: ProposalAnswers): RequirementResult {
  const check = requirement.check;
  if (check.kind === "minimumCount") {
    if (proposal.count === null) return { requirement, verdict: "unknown", answeredNo: [], unanswered: ["count"] };
    return { requirement, verdict: proposal.count >= check.minimum ? "met" : "unmet", count: proposal.count, answeredNo: [], unanswered: [] };
  }
  if (check.kind === "studyScores") return { requirement, verdict: "unknown", answeredNo: [], unanswered: [] };
  const answeredNo = check.questions.filter((question) => proposal.answers[question] === "no");
  const unanswered = check.questions.filter((question) => {
    const answer = proposal.answers[question];
    return answer === undefined || answer === "unknown";
  });
  const verdict: Verdict = answeredNo.length > 0 ? "unmet" : unanswered.length > 0 ? "unknown" : "met";
  return { requirement, verdict, answeredNo, unanswered };
}
