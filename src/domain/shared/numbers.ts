/**
 * Tolerant reading of numbers as people in Indonesia type them, and as the regulation annexes print them.
 *
 * Separators: Indonesian writes "1.160.665.000" and "12,5"; the annexes print "707,475,000".
 *   - one kind of separator used several times → thousands ("1.160.665.000", "707,475,000");
 *   - both kinds → the last one is the decimal mark ("1.500,5", "1,500.5");
 *   - a single comma → decimal mark ("1,5", "0,015", "12,5%");
 *   - a single dot followed by exactly three digits and a non-zero head → thousands ("1.500"), else decimal ("1.5", "0.015").
 */

const MAX_INPUT_LENGTH = 64;

/** Powers of ten; a Map, so "constructor" is not a multiplier. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["ribu", 3],
  ["rb", 3],
  ["juta", 6],
  ["jt", 6],
  ["miliar", 9],
  ["milyar", 9],
  ["triliun", 12],
]);

const UNITS = new Set(["%", "persen", "jiwa", "orang", "penduduk", "kk", "rupiah", "km2", "km²", "ha", "hektar"]);

const NUMBER_PATTERN = /^([+-]?)(\d[\d.,]*)(?:\s*([^\d\s.,].*))?$/;

interface Decimal {
  readonly digits: string;
  readonly fractionDigits: string;
}

function isThousandsGrouping(groups: readonly string[]): boolean {
  const [head, ...rest] = groups;
  if (head === undefined || rest.length === 0) return false;
  if (!/^[1-9]\d{0,2}$/.test(head)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

function splitDecimal(numeral: string): Decimal | null {
  const dots = numeral.split(".").length - 1;
  const commas = numeral.split(",").length - 1;

  if (dots === 0 && commas === 0) return { digits: numeral, fractionDigits: "" };

  if (dots > 0 && commas > 0) {
    const decimalMark = numeral.lastIndexOf(".") > numeral.lastIndexOf(",") ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const at = numeral.lastIndexOf(decimalMark);
    const whole = numeral.slice(0, at);
    const fraction = numeral.slice(at + 1);
    if (whole.includes(decimalMark) || !/^\d+$/.test(fraction)) return null;
    if (!isThousandsGrouping(whole.split(groupMark))) return null;
    return { digits: whole.split(groupMark).join(""), fractionDigits: fraction };
  }

  const mark = dots > 0 ? "." : ",";
  const groups = numeral.split(mark);
  if (groups.length > 2) return isThousandsGrouping(groups) ? { digits: groups.join(""), fractionDigits: "" } : null;

  const [whole = "", fraction = ""] = groups;
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return null;
  if (mark === "." && isThousandsGrouping(groups)) return { digits: whole + fraction, fractionDigits: "" };
  return { digits: whole, fractionDigits: fraction };
}

/** The words after the digits: an optional multiplier ("juta"), then an optional unit ("jiwa", "%"). */
function exponentOfTail(tail: string): number | null {
  const words = tail.replace(/%/g, " % ").trim().split(" ").filter(Boolean);
  if (words.length > 2) return null;
  const [first, second] = words;
  if (first === undefined) return 0;
  const multiplier = MULTIPLIERS.get(first);
  if (multiplier === undefined) return second === undefined && UNITS.has(first) ? 0 : null;
  return second === undefined || UNITS.has(second) ? multiplier : null;
}

function cleanInput(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u2212/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:rp\.?|idr)\s*/, "");
}

/**
 * "1.500" → 1500, "1.500 jiwa" → 1500, "1,5" → 1.5, "Rp1.160.665.000" → 1160665000, "707,475,000" → 707475000,
 * "12,5%" → 12.5, "35 miliar" → 35000000000. Anything else (garbage, NaN, Infinity, over 64 characters,
 * beyond the safe-integer range) → null.
 */
export function parseIndonesianNumber(text: string): number | null {
  if (typeof text !== "string" || text.length > MAX_INPUT_LENGTH) return null;
  const match = NUMBER_PATTERN.exec(cleanInput(text));
  if (!match) return null;
  const [, sign = "", numeral = "", tail = ""] = match;

  const exponent = exponentOfTail(tail);
  if (exponent === null) return null;

  // a sentence may end right after the number: "1.500."
  const decimal = splitDecimal(numeral.replace(/[.,]$/, ""));
  if (!decimal) return null;

  const value = Number(`${sign}${decimal.digits}${decimal.fractionDigits ? `.${decimal.fractionDigits}` : ""}e${exponent}`);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return null;
  return value === 0 ? 0 : value;
}

/** A whole amount as printed in the annexes: "707,475,000" → 707475000. Anything else → null. */
export function parseAnnexAmount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length > 24 || !/^(?:0|[1-9]\d{0,2}(?:,\d{3})*)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/,/g, ""));
  return Number.isSafeInteger(value) ? value : null;
}
