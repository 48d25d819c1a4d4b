import { formatPercent } from "../shared/money.ts";
import { parseIndonesianNumber } from "../shared/numbers.ts";

/**
 * A performance target as the work plan prints it: "82%", "13 kec", "1 dokumen", "5 Lap". It stays what it is, a
 * value with its unit; a count of kecamatan is never turned into a percentage or the other way round.
 */
export type TargetUnit = "percent" | "district" | "document" | "report" | "times" | "institution" | "service" | "unit";

export interface Target {
  /** As printed in the table, spaces tidied: "97 %", "13 Kec". */
  readonly text: string;
  readonly value: number;
  readonly unit: TargetUnit;
}

/** The Indonesian word for each unit, singular as Indonesian counts ("13 kecamatan", "5 laporan"). */
export const TARGET_UNIT_WORDS: Readonly<Record<TargetUnit, string>> = {
  percent: "%",
  district: "kecamatan",
  document: "dokumen",
  report: "laporan",
  times: "kali",
  institution: "lembaga",
  service: "layanan",
  unit: "unit",
};

// The abbreviations the tables use: "kec", "Lap", "lap".
const UNIT_BY_WORD: ReadonlyMap<string, TargetUnit> = new Map<string, TargetUnit>([
  ["%", "percent"],
  ["persen", "percent"],
  ["kec", "district"],
  ["kecamatan", "district"],
  ["dokumen", "document"],
  ["dok", "document"],
  ["lap", "report"],
  ["laporan", "report"],
  ["kali", "times"],
  ["lembaga", "institution"],
  ["layanan", "service"],
  ["unit", "unit"],
  ["satker", "unit"],
]);

export function unitOfWord(word: string): TargetUnit | undefined {
  return UNIT_BY_WORD.get(word.trim().toLowerCase().replace(/\.$/, ""));
}

const TARGET_PATTERN = /^(\d+(?:[.,]\d+)?)\s*(%|[\p{L}]+\.?)$/u;

/** "82 %" → {82, percent}; "13 Kec" → {13, district}; "1 lembaga" → {1, institution}. Anything else → null. */
export function parseTarget(printed: string): Target | null {
  const text = printed.replace(/\s+/g, " ").trim();
  const match = TARGET_PATTERN.exec(text);
  if (!match) return null;
  const value = parseIndonesianNumber(match[1] ?? "");
  const unit = unitOfWord(match[2] ?? "");
  if (value === null || unit === undefined) return null;
  return { text, value, unit };
}

/** "82%", "13 kecamatan", "1 dokumen": the target in the bot's own words, unit spelled out. */
export function formatTargetValue(value: number, unit: TargetUnit): string {
  if (unit === "percent") return formatPercent(value);
  const number = Number.isInteger(value) ? value.toLocaleString("id-ID") : String(value).replace(".", ",");
  return `${number} ${TARGET_UNIT_WORDS[unit]}`;
}

export function formatTarget(target: Target): string {
  return formatTargetValue(target.value, target.unit);
}

export function sameTarget(a: Target, b: Target): boolean {
  return a.unit === b.unit && a.value === b.value;
}
