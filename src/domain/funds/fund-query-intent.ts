import { parseIndonesianNumber } from "../shared/numbers.ts";
import type { FundColumn, RankOrder } from "./fund-table.ts";
import {
  FILLERS,
  TOTAL_WORDS,
  REGENCY_WORDS,
  DISTRICT_WORDS,
  TRANCHE_WORDS,
  ABSORPTION_WORDS,
  OUTPUT_WORDS,
  COMPARE_COMMANDS,
  COMPARE_SEPARATORS,
  PERFORMANCE_WORDS,
  HIGHEST_WORDS,
  LOWEST_WORDS,
  RANK_WORDS,
  COLUMN_WORDS,
  PALING_HIGH,
  PALING_LOW,
  MULTIPLIER_OR_UNIT,
  TRANCHE_NUMBERS,
} from "./fund-query-words.ts";
import type { FormulaVariable } from "./sangihe-2022-rules.ts";

/**
 * What a plain-text question about village funds asks for. Names are returned as typed (cleaned of punctuation);
 * resolving them against a table, and every validation of figures, is left to the table and the calculators.
 */
export type FundQueryIntent =
  | { readonly kind: "village"; readonly name: string }
  | { readonly kind: "district"; readonly name: string }
  | { readonly kind: "regency" }
  | { readonly kind: "rank"; readonly order: RankOrder; readonly column: FundColumn; readonly count: number; readonly district?: string }
  | { readonly kind: "compare"; readonly a: string; readonly b: string }
  | {
      readonly kind: "tranche";
      readonly village?: string;
      readonly completedTranche?: 1 | 2;
      readonly absorptionPercent?: number;
      readonly outputPercent?: number;
    }
  | { readonly kind: "baseAllocation"; readonly population?: number }
  | {
      readonly kind: "formula";
      readonly z1?: number;
      readonly z2?: number;
      readonly z3?: number;
      readonly z4?: number;
      readonly regencyFormulaTotal?: number;
      /** Inputs the text did not give, in formula order. */
      readonly missing: readonly (FormulaVariable | "regencyFormulaTotal")[];
    }
  | { readonly kind: "performance" }
  | { readonly kind: "unknown" };

export const MAX_QUERY_LENGTH = 300;
export const DEFAULT_RANK_COUNT = 5;
export const MAX_RANK_COUNT = 50;
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 80;

interface Token {
  readonly text: string;
  readonly word: string;
}

function tokenize(text: string): Token[] {
  return text
    .slice(0, MAX_QUERY_LENGTH)
    .normalize("NFKC")
    .replace(/\u2212/g, "-")
    .replace(/[^\p{L}\p{N}.,%'’&-]+/gu, " ")
    .split(" ")
    .map((t) => t.replace(/^(?:[.,'’]|-(?!\d))+/u, "").replace(/[.,'’-]+$/u, ""))
    .filter((t) => t !== "")
    .map((t) => ({ text: t, word: t.toLowerCase() }));
}

function has(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => words.has(t.word));
}

function indexOf(tokens: readonly Token[], words: ReadonlySet<string>): number {
  return tokens.findIndex((t) => words.has(t.word));
}

/** A number starting at token i, taking a following multiplier or unit ("35 miliar", "1.500 jiwa"). */
function numberAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const token = tokens[i];
  if (!token || !/^[+-]?\d/.test(token.word)) return null;
  const following = tokens[i + 1];
  if (following && MULTIPLIER_OR_UNIT.has(following.word)) {
    const value = parseIndonesianNumber(`${token.word} ${following.word}`);
    if (value !== null) return { value, next: i + 2 };
  }
  const value = parseIndonesianNumber(token.word);
  return value === null ? null : { value, next: i + 1 };
}

/** The first number within `reach` tokens after index i (skips words such as "keluaran" in "capaian keluaran 40"). */
function numberAfter(tokens: readonly Token[], i: number, used: Set<number>, reach = 2): number | undefined {
  for (let j = i + 1; j <= i + reach && j < tokens.length; j++) {
    const found = numberAt(tokens, j);
    if (found) {
      for (let k = i; k < found.next; k++) used.add(k);
      return found.value;
    }
  }
  return undefined;
}

/** Drops filler words at both ends; a filler inside a name ("Lapango I") stays. */
function nameOf(tokens: readonly Token[], alsoDrop: ReadonlySet<string> = new Set()): string | undefined {
  const drop = (t: Token) => FILLERS.has(t.word) || alsoDrop.has(t.word);
  let start = 0;
  let end = tokens.length;
  while (start < end && drop(tokens[start] as Token)) start++;
  while (end > start && drop(tokens[end - 1] as Token)) end--;
  const words = tokens.slice(start, end);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return undefined;
  if (!words.some((t) => /\p{L}/u.test(t.text))) return undefined;
  const name = words.map((t) => t.text).join(" ");
  return name.length > MAX_NAME_LENGTH ? undefined : name;
}

function performanceIntent(tokens: readonly Token[]): FundQueryIntent | null {
  return has(tokens, PERFORMANCE_WORDS) ? { kind: "performance" } : null;
}

const FORMULA_INPUTS: ReadonlyMap<string, FormulaVariable | "regencyFormulaTotal"> = new Map([
  ["z1", "z1"],
  ["z2", "z2"],
  ["z3", "z3"],
  ["z4", "z4"],
  ["af", "regencyFormulaTotal"],
] as const);

function formulaIntent(tokens: readonly Token[]): FundQueryIntent | null {
  if (!tokens.some((t) => t.word === "formula" || FORMULA_INPUTS.has(t.word))) return null;
  const used = new Set<number>();
  const values: Partial<Record<FormulaVariable | "regencyFormulaTotal", number>> = {};
  tokens.forEach((t, i) => {
    const key = FORMULA_INPUTS.get(t.word);
    if (key === undefined || values[key] !== undefined) return;
    // "af kabupaten 35 miliar": one word may sit between AF and its figure
    const value = numberAfter(tokens, i, used, key === "regencyFormulaTotal" ? 2 : 1);
    if (value !== undefined) values[key] = value;
  });
  const missing = [...FORMULA_INPUTS.values()].filter((k) => values[k] === undefined);
  return { kind: "formula", ...values, missing };
}

function baseAllocationIntent(tokens: readonly Token[]): FundQueryIntent | null {
  const words = tokens.map((t) => t.word);
  const asked =
    words.some((w, i) => (w === "alokasi" && words[i + 1] === "dasar") || (w === "base" && words[i + 1] === "allocation")) ||
    words.some((w) => w === "klaster" || w === "penduduk" || w === "jiwa" || w === "population" || w === "cluster");
  if (!asked) return null;
  for (let i = 0; i < tokens.length; i++) {
    const found = numberAt(tokens, i);
    if (found) return { kind: "baseAllocation", population: found.value };
  }
  return { kind: "baseAllocation" };
}

function trancheIntent(tokens: readonly Token[]): FundQueryIntent | null {
  if (!has(tokens, TRANCHE_WORDS)) return null;
  const used = new Set<number>();
  let completedTranche: 1 | 2 | undefined;
  let absorptionPercent: number | undefined;
  let outputPercent: number | undefined;

  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    if (TRANCHE_WORDS.has(t.word)) {
      used.add(i);
      const n = TRANCHE_NUMBERS.get(tokens[i + 1]?.word ?? "");
      if (n !== undefined) {
        used.add(i + 1);
        if (n !== 3 && completedTranche === undefined) completedTranche = n;
      }
    } else if (ABSORPTION_WORDS.has(t.word) && absorptionPercent === undefined) {
      used.add(i);
      absorptionPercent = numberAfter(tokens, i, used);
    } else if (OUTPUT_WORDS.has(t.word) && outputPercent === undefined) {
      used.add(i);
      outputPercent = numberAfter(tokens, i, used);
    }
  });

  const rest = tokens.filter((t, i) => !used.has(i) && !ABSORPTION_WORDS.has(t.word) && !OUTPUT_WORDS.has(t.word));
  const village = nameOf(rest);
  return {
    kind: "tranche",
    ...(village === undefined ? {} : { village }),
    ...(completedTranche === undefined ? {} : { completedTranche }),
    ...(absorptionPercent === undefined ? {} : { absorptionPercent }),
    ...(outputPercent === undefined ? {} : { outputPercent }),
  };
}

function compareIntent(tokens: readonly Token[]): FundQueryIntent | null {
  const command = indexOf(tokens, COMPARE_COMMANDS);
  const versus = tokens.findIndex((t) => t.word === "vs" || t.word === "versus");
  if (command < 0 && versus < 0) return null;
  const body = command < 0 ? tokens : tokens.slice(command + 1);
  const split = indexOf(body, COMPARE_SEPARATORS);
  if (split < 0) return { kind: "unknown" };
  const a = nameOf(body.slice(0, split));
  const b = nameOf(body.slice(split + 1));
  return a !== undefined && b !== undefined ? { kind: "compare", a, b } : { kind: "unknown" };
}

function rankOrder(tokens: readonly Token[]): RankOrder | null {
  if (has(tokens, HIGHEST_WORDS)) return "highest";
  if (has(tokens, LOWEST_WORDS)) return "lowest";
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]?.word !== "paling") continue;
    const next = tokens[i + 1]?.word ?? "";
    if (PALING_HIGH.has(next)) return "highest";
    if (PALING_LOW.has(next)) return "lowest";
  }
  return has(tokens, RANK_WORDS) ? "highest" : null;
}

function isRankKeyword(t: Token): boolean {
  return (
    HIGHEST_WORDS.has(t.word) || LOWEST_WORDS.has(t.word) || RANK_WORDS.has(t.word) || COLUMN_WORDS.has(t.word) ||
    t.word === "paling" || PALING_HIGH.has(t.word) || PALING_LOW.has(t.word) || /^\d/.test(t.word)
  );
}

/** "di kecamatan Tamako", "kecamatan Tamako" or "di Tamako": the words up to the next ranking keyword. */
function rankDistrict(tokens: readonly Token[]): { name?: string; used: Set<number> } {
  const used = new Set<number>();
  let at = indexOf(tokens, DISTRICT_WORDS);
  if (at < 0) at = tokens.findIndex((t, i) => (t.word === "di" || t.word === "in") && tokens[i + 1] !== undefined && !isRankKeyword(tokens[i + 1] as Token));
  if (at < 0) return { used };
  let end = at + 1;
  while (end < tokens.length && !isRankKeyword(tokens[end] as Token)) end++;
  for (let i = at; i < end; i++) used.add(i);
  const name = nameOf(tokens.slice(at + 1, end), DISTRICT_WORDS);
  return name === undefined ? { used } : { name, used };
}

function rankIntent(tokens: readonly Token[]): FundQueryIntent | null {
  const order = rankOrder(tokens);
  if (!order) return null;
  const district = rankDistrict(tokens);

  let count = DEFAULT_RANK_COUNT;
  let column: FundColumn = "total";
  let columnFound = false;
  tokens.forEach((t, i) => {
    if (district.used.has(i)) return;
    const mapped = COLUMN_WORDS.get(t.word);
    if (mapped && !columnFound) {
      column = mapped;
      columnFound = mapped !== "total"; // "total" may be a plain word; a specific column mentioned later wins
    }
  });
  const countAt = tokens.findIndex((t, i) => !district.used.has(i) && /^\d+$/.test(t.word));
  if (countAt >= 0) {
    const n = Number(tokens[countAt]?.word);
    if (Number.isSafeInteger(n) && n > 0) count = Math.min(n, MAX_RANK_COUNT);
  }
  return { kind: "rank", order, column, count, ...(district.name === undefined ? {} : { district: district.name }) };
}

function districtIntent(tokens: readonly Token[]): FundQueryIntent | null {
  const at = indexOf(tokens, DISTRICT_WORDS);
  if (at < 0) return null;
  const name = nameOf(tokens.slice(at + 1), new Set([...TOTAL_WORDS, ...DISTRICT_WORDS]));
  return name === undefined ? { kind: "unknown" } : { kind: "district", name };
}

function regencyIntent(tokens: readonly Token[]): FundQueryIntent | null {
  if (has(tokens, REGENCY_WORDS)) return { kind: "regency" };
  const content = tokens.filter((t) => !FILLERS.has(t.word));
  return content.length > 0 && content.every((t) => TOTAL_WORDS.has(t.word)) ? { kind: "regency" } : null;
}

function villageIntent(tokens: readonly Token[]): FundQueryIntent | null {
  const name = nameOf(tokens, TOTAL_WORDS);
  return name === undefined ? null : { kind: "village", name };
}

const PARSERS: readonly ((tokens: readonly Token[]) => FundQueryIntent | null)[] = [
  performanceIntent,
  formulaIntent,
  baseAllocationIntent,
  trancheIntent,
  compareIntent,
  rankIntent,
  districtIntent,
  regencyIntent,
  villageIntent,
];

/**
 * Reads a question such as "berapa dana kampung Kalasuge?", "10 terendah total di kecamatan Tamako" or
 * "bandingkan Bahu dan Naha". Total: any string (or anything else) gives an intent, at worst `unknown`;
 * only the first MAX_QUERY_LENGTH characters are read.
 */
export function parseFundQuery(text: unknown): FundQueryIntent {
  if (typeof text !== "string") return { kind: "unknown" };
  const tokens = tokenize(text);
  if (tokens.length === 0) return { kind: "unknown" };
  for (const parse of PARSERS) {
    const intent = parse(tokens);
    if (intent) return intent;
  }
  return { kind: "unknown" };
}
