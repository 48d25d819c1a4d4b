import { normalizeName } from "../shared/text.ts";
import type { RegionKind } from "./requirements.ts";

/**
 * Plain Indonesian questions about forming a region: "syarat pembentukan kabupaten", "tahapan pemekaran kota",
 * "kabupaten 4 kecamatan memenuhi syarat?", "usulan pemekaran". A question is only the region feature's when it
 * says what it is about (pemekaran, pembentukan, syarat, tahapan …): "total kabupaten" stays with the village funds.
 */
export type RegionQueryIntent =
  | { readonly kind: "menu" }
  | { readonly kind: "requirements"; readonly regionKind: RegionKind }
  | { readonly kind: "procedure"; readonly regionKind: RegionKind }
  | { readonly kind: "checklist"; readonly regionKind: RegionKind; readonly count: number | null }
  | { readonly kind: "proposals" }
  | { readonly kind: "dissolution" }
  | { readonly kind: "unknown" };

const MAX_LENGTH = 300;

const SPLIT_WORDS: ReadonlySet<string> = new Set(["pemekaran", "dimekarkan", "pemekarkan", "dob", "otonom", "split"]);
/** "pembentukan" is about a region only with the region named: "pembentukan badan adhoc" is the work plan's. */
const FORMING_WORDS: ReadonlySet<string> = new Set(["pembentukan", "membentuk", "dibentuk", "formation", "form"]);
const DISSOLUTION_WORDS: ReadonlySet<string> = new Set(["penghapusan", "dihapus", "penggabungan", "digabung", "dissolution", "merger"]);
const REQUIREMENT_WORDS: ReadonlySet<string> = new Set(["syarat", "persyaratan", "kriteria", "requirements", "requirement"]);
const PROCEDURE_WORDS: ReadonlySet<string> = new Set(["tahapan", "tahap", "prosedur", "tata", "alur", "langkah", "proses", "procedure", "stages"]);
const CHECK_WORDS: ReadonlySet<string> = new Set(["cek", "periksa", "checklist", "memenuhi", "penuhi", "lolos", "cukup", "check"]);
const PROPOSAL_WORDS: ReadonlySet<string> = new Set(["usulan", "usul", "proposal", "proposals"]);
const KIND_WORDS: ReadonlyMap<string, RegionKind> = new Map<string, RegionKind>([
  ["kabupaten", "regency"],
  ["kab", "regency"],
  ["regency", "regency"],
  ["kota", "city"],
  ["city", "city"],
  ["provinsi", "province"],
  ["propinsi", "province"],
  ["province", "province"],
]);
/** A law of the text named by number: "pp 78", "pp 129", "uu 32". */
const LAW_NUMBERS: ReadonlySet<string> = new Set(["78", "129", "32"]);

function has(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((word) => set.has(word));
}

/** The kind named first; "kabupaten/kota" alone means a kabupaten, the more common case. */
function kindOf(words: readonly string[]): RegionKind | null {
  for (const word of words) {
    const kind = KIND_WORDS.get(word);
    if (kind) return kind;
  }
  return null;
}

/** "4 kecamatan", "5 kabupaten/kota": the number directly before kecamatan/kabupaten/kota. */
function countOf(words: readonly string[]): number | null {
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^\d{1,3}$/.test(words[i]!) && /^(kecamatan|kec|kabupaten|kab|kota)$/.test(words[i + 1]!)) return Number(words[i]);
  }
  return null;
}

export function parseRegionQuery(text: unknown): RegionQueryIntent {
  if (typeof text !== "string") return { kind: "unknown" };
  const words = normalizeName(text.slice(0, MAX_LENGTH)).split(" ").filter(Boolean);
  if (words.length === 0) return { kind: "unknown" };
  const lawNamed = words.some((word, i) => (word === "pp" || word === "uu") && LAW_NUMBERS.has(words[i + 1] ?? ""));
  const regionKind = kindOf(words);
  const regionNamed = regionKind !== null || words.includes("daerah") || words.includes("region");
  const formation = has(words, SPLIT_WORDS) || (has(words, FORMING_WORDS) && regionNamed) || lawNamed;
  const requirement = has(words, REQUIREMENT_WORDS);
  const procedure = has(words, PROCEDURE_WORDS);
  const count = countOf(words);

  const dissolution = has(words, DISSOLUTION_WORDS) && (words.includes("daerah") || regionKind !== null);
  if (dissolution && !formation) return { kind: "dissolution" };
  if (!formation && !(requirement && regionKind)) return { kind: "unknown" };
  if (has(words, PROPOSAL_WORDS) && !requirement && !procedure && count === null) return { kind: "proposals" };
  if (has(words, CHECK_WORDS) || (count !== null && (requirement || formation))) {
    return { kind: "checklist", regionKind: regionKind ?? "regency", count };
  }
  if (procedure) return { kind: "procedure", regionKind: regionKind ?? "regency" };
  if (requirement) return { kind: "requirements", regionKind: regionKind ?? "regency" };
  if (dissolution) return { kind: "dissolution" };
  return { kind: "menu" };
}
