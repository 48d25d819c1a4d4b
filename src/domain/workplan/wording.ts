import { distance } from "fastest-levenshtein";
import { normalizeName } from "../shared/text.ts";

/**
 * Comparing the wording of indicators across the tables and against a user's question. The tables word the same
 * indicator slightly differently ("prasarana" / "praserana", "di dokumentasikan" / "didokumentasikan"), so words
 * match when equal or, for words of five letters or more, one typo apart.
 */

const STOPWORDS: ReadonlySet<string> = new Set([
  "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "dalam", "serta", "sesuai", "oleh", "pada", "the", "of", "and",
]);

export function contentWords(text: string): string[] {
  return normalizeName(text)
    .split(" ")
    .filter((word) => word !== "" && !STOPWORDS.has(word));
}

export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1;
}

/** Whether `word` is in `words`, allowing one typo in longer words and a typed prefix of four letters or more. */
export function containsWord(words: readonly string[], word: string): boolean {
  return words.some((candidate) => wordsMatch(candidate, word) || (word.length >= 4 && candidate.startsWith(word)));
}

/** Dice coefficient of two wordings' content words, 0..1: 2 × shared / (|a| + |b|). */
export function wordingSimilarity(a: string, b: string): number {
  const left = [...new Set(contentWords(a))];
  const right = [...new Set(contentWords(b))];
  if (left.length === 0 || right.length === 0) return 0;
  const shared = left.filter((word) => right.some((other) => wordsMatch(word, other))).length;
  return (2 * shared) / (left.length + right.length);
}

/** Two wordings of one indicator, as the tables print them, score at least this. */
export const SAME_WORDING = 0.6;
