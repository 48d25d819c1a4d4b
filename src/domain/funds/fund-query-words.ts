import type { FundColumn } from "./fund-table.ts";

/**
 * The words parseFundQuery listens for, Indonesian first, simple English second. Lookups are Sets and Maps, never
 * plain objects, so a word like "constructor" cannot reach Object.prototype.
 */

/** Dropped at both ends of a name: "berapa dana kampung Kalasuge ya?" → "Kalasuge". */
export const FILLERS: ReadonlySet<string> = new Set([
  "berapa", "berapakah", "brp", "dana", "kampung", "desa", "dong", "ya", "yg", "yang", "apa", "apakah", "ada",
  "kak", "pak", "bu", "bang", "min", "gan", "sih", "nih", "deh", "kah", "tolong", "mohon", "coba", "saya", "mau",
  "ingin", "tahu", "lihat", "cek", "info", "informasi", "rincian", "detail", "untuk", "utk", "buat", "di", "dari",
  "punya", "besaran", "anggaran", "the", "of", "for", "in", "what", "is", "how", "much", "please", "show", "village",
  "fund", "funds", "me",
]);
export const TOTAL_WORDS: ReadonlySet<string> = new Set(["total", "jumlah", "rekap", "ringkasan", "summary"]);
export const REGENCY_WORDS: ReadonlySet<string> = new Set(["kabupaten", "kab", "semua", "seluruh", "keseluruhan", "regency", "all"]);
export const DISTRICT_WORDS: ReadonlySet<string> = new Set(["kecamatan", "kec", "district"]);
export const TRANCHE_WORDS: ReadonlySet<string> = new Set(["tahap", "tahapan", "tranche", "penyaluran", "pencairan", "termin"]);
export const ABSORPTION_WORDS: ReadonlySet<string> = new Set(["serapan", "penyerapan", "realisasi", "absorption"]);
export const OUTPUT_WORDS: ReadonlySet<string> = new Set(["capaian", "keluaran", "output"]);
export const COMPARE_COMMANDS: ReadonlySet<string> = new Set(["bandingkan", "banding", "perbandingan", "bandingin", "compare"]);
export const COMPARE_SEPARATORS: ReadonlySet<string> = new Set(["dan", "dengan", "vs", "versus", "and", "&", "lawan", "with"]);
export const PERFORMANCE_WORDS: ReadonlySet<string> = new Set(["kinerja", "performance"]);
export const HIGHEST_WORDS: ReadonlySet<string> = new Set(["tertinggi", "terbesar", "teratas", "terbanyak", "highest", "top", "largest", "biggest"]);
export const LOWEST_WORDS: ReadonlySet<string> = new Set(["terendah", "terkecil", "terbawah", "tersedikit", "lowest", "smallest", "bottom"]);
export const RANK_WORDS: ReadonlySet<string> = new Set(["peringkat", "ranking", "rank", "urutan"]);
export const COLUMN_WORDS: ReadonlyMap<string, FundColumn> = new Map<string, FundColumn>([
  ["apbn", "villageFund"],
  ["dd", "villageFund"],
  ["adk", "districtAllocation"],
  ["add", "districtAllocation"],
  ["alokasi", "districtAllocation"],
  ["pajak", "taxShare"],
  ["tax", "taxShare"],
  ["retribusi", "leviesShare"],
  ["levies", "leviesShare"],
  ["total", "total"],
  ["jumlah", "total"],
]);
export const PALING_HIGH: ReadonlySet<string> = new Set(["besar", "tinggi", "banyak"]);
export const PALING_LOW: ReadonlySet<string> = new Set(["kecil", "rendah", "sedikit"]);
export const MULTIPLIER_OR_UNIT: ReadonlySet<string> = new Set(["ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "%", "persen", "jiwa", "orang", "rupiah"]);
export const TRANCHE_NUMBERS: ReadonlyMap<string, 1 | 2 | 3> = new Map<string, 1 | 2 | 3>([
  ["1", 1],
  ["i", 1],
  ["2", 2],
  ["ii", 2],
  ["3", 3],
  ["iii", 3],
]);
