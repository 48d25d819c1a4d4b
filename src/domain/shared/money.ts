/**
 * Money is integer rupiah held in a `number`. Every function here refuses anything that is not a safe integer,
 * so a rounding slip upstream fails loudly instead of printing "Rp1.160.664.999,9999".
 */

export function isRupiah(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

export function assertRupiah(value: number, what = "amount"): number {
  if (!isRupiah(value)) throw new RangeError(`${what} must be a whole number of rupiah (safe integer), got ${value}`);
  return value;
}

/** Sums amounts, refusing a non-integer part or a total beyond the safe-integer range. */
export function sumRupiah(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) sum += assertRupiah(value);
  return assertRupiah(sum, "sum");
}

/** Digits grouped by thousands with a dot, as Indonesian writes them: 1160665000 → "1.160.665.000". */
export function groupThousands(n: number): string {
  const digits = String(Math.abs(assertRupiah(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return n < 0 ? `-${grouped}` : grouped;
}

/** PUEBI form, no space and no trailing ",00": `Rp1.160.665.000`, `-Rp5.000`. */
export function formatRupiah(n: number): string {
  const grouped = groupThousands(Math.abs(assertRupiah(n)));
  return n < 0 ? `-Rp${grouped}` : `Rp${grouped}`;
}

const UNITS = [
  "",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
  "sebelas",
] as const;

// "miliar", never "milyar" (KBBI / PUEBI).
const SCALES = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"] as const;

function unit(n: number): string {
  return UNITS[n] ?? "";
}

function spellBelowHundred(n: number): string[] {
  if (n < 12) return n === 0 ? [] : [unit(n)];
  if (n < 20) return [unit(n - 10), "belas"];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return ones === 0 ? [unit(tens), "puluh"] : [unit(tens), "puluh", unit(ones)];
}

function spellBelowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = spellBelowHundred(n % 100);
  if (hundreds === 0) return rest;
  const head = hundreds === 1 ? ["seratus"] : [unit(hundreds), "ratus"];
  return [...head, ...rest];
}

/** Indonesian number words: 1160665000 → "satu miliar seratus enam puluh juta enam ratus enam puluh lima ribu". */
export function terbilang(n: number): string {
  assertRupiah(n, "number");
  if (n === 0) return "nol";
  if (n < 0) return `minus ${terbilang(-n)}`;

  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);

  const words: string[] = [];
  for (let scale = groups.length - 1; scale >= 0; scale--) {
    const group = groups[scale] ?? 0;
    if (group === 0) continue;
    const scaleWord = SCALES[scale] ?? "";
    if (scale === 1 && group === 1) words.push("seribu");
    else words.push(...spellBelowThousand(group), ...(scaleWord ? [scaleWord] : []));
  }
  return words.join(" ");
}

/** Terbilang of an amount of money: 0 → "nol rupiah". */
export function spellRupiah(n: number): string {
  return `${terbilang(n)} rupiah`;
}

/** Indonesian percent with a decimal comma, at most `maxDecimals` decimals, no trailing zeros: 12.5 → "12,5%". */
export function formatPercent(x: number, maxDecimals = 2): string {
  if (!Number.isFinite(x)) throw new RangeError(`percent must be finite, got ${x}`);
  const fixed = x.toFixed(maxDecimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  const text = trimmed === "-0" ? "0" : trimmed;
  return `${text.replace(".", ",")}%`;
}

/**
 * Splits an amount by percentages without losing a rupiah. Every part but the last is rounded down;
 * the LAST part takes the remainder, so the parts always add up to the amount exactly.
 * The percentages must add up to 100 and have at most two decimals (computed exactly with BigInt).
 *   splitByPercent(707_475_000, [40, 40, 20]) → [282_990_000, 282_990_000, 141_495_000]
 */
export function splitByPercent(amount: number, percents: readonly number[]): number[] {
  assertRupiah(amount);
  if (amount < 0) throw new RangeError(`amount to split must not be negative, got ${amount}`);
  if (percents.length === 0) throw new RangeError("at least one percentage is needed");

  const hundredths = percents.map((p) => {
    const scaled = Math.round(p * 100);
    if (!Number.isFinite(p) || p < 0 || Math.abs(scaled - p * 100) > 1e-6) {
      throw new RangeError(`percentages must be non-negative with at most two decimals, got ${p}`);
    }
    return scaled;
  });
  if (hundredths.reduce((a, b) => a + b, 0) !== 10_000) {
    throw new RangeError(`percentages must add up to 100, got ${percents.join(" + ")}`);
  }

  const whole = BigInt(amount);
  const parts = hundredths.slice(0, -1).map((h) => Number((whole * BigInt(h)) / 10_000n));
  const taken = parts.reduce((a, b) => a + b, 0);
  return [...parts, amount - taken];
}
