import { normalizeName } from "../shared/text.ts";

/**
 * Plain Indonesian questions about the work plan: "anggaran pembentukan badan adhoc", "target partisipasi pemilih",
 * "anggaran terbesar", "total per program", "visi misi KPU", "realisasi RKT". The subject words are returned as
 * typed; finding the indicator they name is WorkPlan.find's job.
 *
 * `anchored` says the question is plainly about the work plan (it says RKT, KPU, indikator, target …). An
 * unanchored question is only the work plan's when its words name an indicator; otherwise another feature (the
 * village funds, which also speak of "anggaran") may answer it.
 */
export type WorkPlanFocus = "budget" | "target" | "both";

export type WorkPlanQueryIntent =
  | { readonly kind: "overview"; readonly anchored: boolean }
  | { readonly kind: "statements"; readonly anchored: boolean }
  | { readonly kind: "largest"; readonly count: number; readonly anchored: boolean }
  | { readonly kind: "programmes"; readonly anchored: boolean }
  | { readonly kind: "progress"; readonly anchored: boolean }
  | { readonly kind: "indicator"; readonly focus: WorkPlanFocus; readonly subject: string; readonly anchored: boolean }
  | { readonly kind: "unknown" };

export const MAX_WORK_PLAN_QUERY_LENGTH = 300;
export const DEFAULT_LARGEST_COUNT = 5;
export const MAX_LARGEST_COUNT = 20;

const ANCHORS: ReadonlySet<string> = new Set([
  "rkt", "kpu", "indikator", "target", "renstra", "pemilu", "pemilihan", "pemilih", "adhoc", "kinerja", "workplan",
  "sasaran", "visi", "misi",
]);
const PLAN_WORDS: ReadonlySet<string> = new Set(["rkt", "rencana", "kerja", "tahunan", "workplan", "plan", "kpu", "oku", "2023"]);
const BUDGET_WORDS: ReadonlySet<string> = new Set(["anggaran", "pagu", "biaya", "budget", "rp", "rupiah"]);
const TARGET_WORDS: ReadonlySet<string> = new Set(["target", "sasaran"]);
const INDICATOR_WORDS: ReadonlySet<string> = new Set(["indikator", "indicator", "kinerja"]);
const LARGEST_WORDS: ReadonlySet<string> = new Set(["terbesar", "tertinggi", "terbanyak", "largest", "biggest", "top"]);
const PROGRAMME_WORDS: ReadonlySet<string> = new Set(["program", "programme", "programs"]);
const PER_WORDS: ReadonlySet<string> = new Set(["per", "tiap", "setiap", "masing", "each"]);
const PROGRESS_WORDS: ReadonlySet<string> = new Set(["realisasi", "capaian", "progres", "progress", "kemajuan"]);
const STATEMENT_WORDS: ReadonlySet<string> = new Set(["visi", "misi", "vision", "mission"]);
/** Words of the village-fund questions: such a question is not the work plan's unless it is anchored. */
const FUND_WORDS: ReadonlySet<string> = new Set(["dana", "kampung", "desa", "kecamatan", "kabupaten", "alokasi", "tahap", "apbn", "adk"]);
const FILLERS: ReadonlySet<string> = new Set([
  "berapa", "berapakah", "brp", "apa", "apakah", "ya", "yg", "yang", "dong", "kak", "pak", "bu", "tolong", "mohon", "coba",
  "saya", "mau", "ingin", "tahu", "lihat", "cek", "info", "informasi", "untuk", "utk", "di", "dari", "dalam", "pada", "nya",
  "besar", "besarnya", "jumlah", "total", "nilai", "what", "is", "the", "of", "for", "how", "much", "show", "me", "please",
  "tahun", "ini", "kah", "sih", "ada", "adalah",
]);

/** "ad hoc", "ad-hoc" → "adhoc", as the tables write it. */
function wordsOf(text: string): string[] {
  return normalizeName(text.slice(0, MAX_WORK_PLAN_QUERY_LENGTH))
    .replace(/\bad hoc\b/g, "adhoc")
    .split(" ")
    .filter(Boolean);
}

function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((word) => set.has(word));
}

function countIn(words: readonly string[]): number {
  const number = words.find((word) => /^\d{1,2}$/.test(word));
  const n = number === undefined ? DEFAULT_LARGEST_COUNT : Number(number);
  return Math.min(Math.max(n, 1), MAX_LARGEST_COUNT);
}

/** Reads a question about the work plan; anything else gives `unknown`. Total: any input gives an intent. */
export function parseWorkPlanQuery(text: unknown): WorkPlanQueryIntent {
  if (typeof text !== "string") return { kind: "unknown" };
  const words = wordsOf(text);
  if (words.length === 0) return { kind: "unknown" };
  const anchored = hasAny(words, ANCHORS) || hasAny(words, PLAN_WORDS);
  if (!anchored && hasAny(words, FUND_WORDS)) return { kind: "unknown" };

  const aboutBudget = hasAny(words, BUDGET_WORDS);
  if (hasAny(words, PROGRESS_WORDS) && (anchored || hasAny(words, PROGRAMME_WORDS))) return { kind: "progress", anchored: true };
  if (hasAny(words, LARGEST_WORDS) && (aboutBudget || anchored)) return { kind: "largest", count: countIn(words), anchored };
  if (hasAny(words, PROGRAMME_WORDS) && (hasAny(words, PER_WORDS) || words.every((w) => PROGRAMME_WORDS.has(w) || BUDGET_WORDS.has(w) || FILLERS.has(w) || PLAN_WORDS.has(w)))) {
    return { kind: "programmes", anchored: anchored || aboutBudget };
  }
  const strategicGoals = words.includes("sasaran") && words.includes("strategis");
  if (hasAny(words, STATEMENT_WORDS) || strategicGoals || (anchored && words.includes("tujuan"))) {
    return { kind: "statements", anchored: true };
  }

  const focus: WorkPlanFocus = hasAny(words, TARGET_WORDS) ? (aboutBudget ? "both" : "target") : aboutBudget ? "budget" : "both";
  const subject = words.filter(
    (word) => !FILLERS.has(word) && !BUDGET_WORDS.has(word) && !TARGET_WORDS.has(word) && !INDICATOR_WORDS.has(word) && !PLAN_WORDS.has(word),
  );
  if (subject.length === 0) return anchored ? { kind: "overview", anchored } : { kind: "unknown" };
  return { kind: "indicator", focus, subject: subject.join(" "), anchored };
}
