import type { AnswerValue, QuestionKey, RegionKind } from "./requirements.ts";

/**
 * The checklist an official answers about a proposal, in the order the bot asks. The first question is the
 * number of kecamatan (kabupaten/kota for a province); the rest are answered yes, no or "don't know", and the
 * islands question may not apply.
 */
export const CHECKLIST_QUESTIONS: readonly QuestionKey[] = [
  "count",
  "age",
  "aspiration",
  "councilDecision",
  "headDecision",
  "provincialCouncilDecision",
  "governorDecision",
  "ministerRecommendation",
  "study",
  "studyRating",
  "map",
  "contiguous",
  "islands",
  "capital",
  "facilities",
];

/** Questions whose answer may be "does not apply". */
export const OPTIONAL_QUESTIONS: ReadonlySet<QuestionKey> = new Set(["islands"]);

/** A count beyond this is a typing slip: Indonesia's largest regencies have a few dozen kecamatan. */
export const MAX_PLAUSIBLE_COUNT = 200;

export interface ChecklistState {
  readonly kind: RegionKind;
  readonly count: number | null;
  /** Answers to the yes/no questions, in CHECKLIST_QUESTIONS order after "count"; undefined = not asked yet. */
  readonly answers: readonly (AnswerValue | undefined)[];
}

export const YES_NO_QUESTIONS: readonly QuestionKey[] = CHECKLIST_QUESTIONS.filter((question) => question !== "count");

/** The next question to ask, or null when every question is answered. */
export function nextQuestion(state: ChecklistState): QuestionKey | null {
  if (state.count === null) return "count";
  const index = YES_NO_QUESTIONS.findIndex((_, i) => state.answers[i] === undefined);
  return index < 0 ? null : YES_NO_QUESTIONS[index]!;
}

export function answersOf(state: ChecklistState): Partial<Record<QuestionKey, AnswerValue>> {
  const answers: Partial<Record<QuestionKey, AnswerValue>> = {};
  YES_NO_QUESTIONS.forEach((question, i) => {
    const answer = state.answers[i];
    if (answer !== undefined) answers[question] = answer;
  });
  return answers;
}

/** The state after answering the next question; unchanged when nothing is left to ask. */
export function answerNext(state: ChecklistState, answer: AnswerValue): ChecklistState {
  const question = nextQuestion(state);
  if (question === null || question === "count") return state;
  if (answer === "na" && !OPTIONAL_QUESTIONS.has(question)) return state;
  const index = YES_NO_QUESTIONS.indexOf(question);
  const answers = [...state.answers];
  answers[index] = answer;
  return { ...state, answers };
}

/** Stops asking: every question not answered yet is left as "don't know". */
export function finish(state: ChecklistState): ChecklistState {
  return { ...state, answers: YES_NO_QUESTIONS.map((_, i) => state.answers[i] ?? "unknown") };
}

export function withCount(state: ChecklistState, count: number): ChecklistState {
  return { ...state, count };
}

export function emptyChecklist(kind: RegionKind, count: number | null = null): ChecklistState {
  return { kind, count, answers: [] };
}
