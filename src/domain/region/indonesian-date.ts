import { DateTime } from "luxon";

/**
 * Dates as officials type them: "30-01-2024", "30/01/2024", "2024-01-30", "30 Januari 2024", "30 jan 2024",
 * "hari ini", "kemarin". Read as calendar days in the chat's time zone (the zone of `today`).
 */

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...MONTHS.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1] as const),
  ["agt", 8],
  ["ags", 8],
  ["sept", 9],
  ["okt", 10],
  ["des", 12],
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["aug", 8],
  ["october", 10],
  ["oct", 10],
  ["december", 12],
  ["dec", 12],
]);

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["hari ini", 0],
  ["sekarang", 0],
  ["today", 0],
  ["kemarin", -1],
  ["yesterday", -1],
]);

const MAX_DATE_TEXT = 40;

function dayOf(year: number, month: number, day: number, zone: string): DateTime | null {
  if (year < 1900 || year > 2999) return null;
  const date = DateTime.fromObject({ year, month, day }, { zone });
  return date.isValid ? date : null;
}

/** The calendar day the text names, at midnight in `today`'s zone; null when it names none (31 Februari, garbage). */
export function parseIndonesianDate(text: string, today: DateTime): DateTime | null {
  if (typeof text !== "string" || text.length > MAX_DATE_TEXT) return null;
  const cleaned = text.normalize("NFKC").toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ").trim().replace(/^(?:tanggal|tgl\.?)\s+/, "");
  const zone = today.zoneName ?? "UTC";
  const relative = RELATIVE_DAYS.get(cleaned);
  if (relative !== undefined) return today.startOf("day").plus({ days: relative });

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), zone);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cleaned);
  if (numeric) return dayOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), zone);
  const worded = /^(\d{1,2}) (\p{L}+)\.? (\d{4})$/u.exec(cleaned);
  if (worded) {
    const month = MONTH_BY_WORD.get(worded[2]!);
    return month === undefined ? null : dayOf(Number(worded[3]), month, Number(worded[1]), zone);
  }
  return null;
}

/** "30 Januari 2024" */
export function formatIndonesianDate(date: DateTime): string {
  return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** A stored ISO calendar day ("2024-01-30") as "30 Januari 2024". */
export function formatIsoDate(iso: string, zone = "UTC"): string {
  const date = DateTime.fromISO(iso, { zone });
  return date.isValid ? formatIndonesianDate(date) : iso;
}

/** The ISO calendar day ("2024-01-30") of a date in its own zone. */
export function isoDay(date: DateTime): string {
  return date.toISODate() ?? "";
}
