import type { Citation } from "../shared/citation.ts";
import { normalizeName } from "../shared/text.ts";
import { pasal } from "./bangli-56-2011-rules.ts";

/**
 * Pasal 8: which format agency data is kept in. Static data (content that almost never changes, Pasal 1 angka 14)
 * in PDF (ayat (2)); dynamic data (content that changes often, Pasal 1 angka 15) in ODF (ayat (3)); data that
 * cannot be kept or converted to those formats in its native format (ayat (4)).
 *
 * Reading: ayat (4) refers to "format yang dimaksud pada ayat (1) atau ayat (2)"; the formats are in ayat (2) and
 * ayat (3) (ayat (1) names none), so it is read as ayat (2) or (3).
 */

export type DataKind = "static" | "dynamic" | "native";
export type DocumentShape = "text" | "spreadsheet" | "presentation" | "drawing";

export interface FormatAdvice {
  readonly kind: DataKind;
  /** "PDF", "ODF — .odt (OpenDocument Text)", "format bawaannya". */
  readonly format: { readonly id: string; readonly en: string };
  readonly why: { readonly id: string; readonly en: string };
  readonly citations: readonly Citation[];
}

const ODF_BY_SHAPE: Record<DocumentShape, { id: string; en: string }> = {
  text: { id: "ODF — .odt (OpenDocument Text)", en: "ODF — .odt (OpenDocument Text)" },
  spreadsheet: { id: "ODF — .ods (OpenDocument Spreadsheet)", en: "ODF — .ods (OpenDocument Spreadsheet)" },
  presentation: { id: "ODF — .odp (OpenDocument Presentation)", en: "ODF — .odp (OpenDocument Presentation)" },
  drawing: { id: "ODF — .odg (OpenDocument Drawing)", en: "ODF — .odg (OpenDocument Drawing)" },
};

export function adviceFor(kind: DataKind, shape: DocumentShape = "text"): FormatAdvice {
  switch (kind) {
    case "static":
      return {
        kind,
        format: { id: "PDF (Portable Document Format)", en: "PDF (Portable Document Format)" },
        why: {
          id: "data statis: isinya nyaris tidak pernah berubah atau sangat jarang berubah",
          en: "static data: its content almost never changes",
        },
        citations: [pasal("Pasal 8 ayat (2)"), pasal("Pasal 1 angka 14")],
      };
    case "dynamic":
      return {
        kind,
        format: ODF_BY_SHAPE[shape],
        why: { id: "data dinamis: isinya sering berubah", en: "dynamic data: its content changes often" },
        citations: [pasal("Pasal 8 ayat (3)"), pasal("Pasal 1 angka 15")],
      };
    case "native":
      return {
        kind,
        format: { id: "format bawaannya (native)", en: "its native format" },
        why: {
          id: "data yang tidak dimungkinkan disimpan atau dikonversi ke PDF atau ODF",
          en: "data that cannot be kept in or converted to PDF or ODF",
        },
        citations: [pasal("Pasal 8 ayat (4)")],
      };
  }
}

const STATIC_WORDS = [
  "sk", "surat keputusan", "keputusan", "peraturan", "perbup", "perda", "pergub", "arsip", "scan", "pindaian", "hasil scan",
  "surat masuk", "surat keluar", "surat", "berita acara", "notulen", "risalah", "laporan akhir", "laporan tahunan", "lakip",
  "sertifikat", "ijazah", "akta", "kontrak", "perjanjian", "mou", "final", "salinan", "naskah dinas", "dokumen final",
  "pengumuman", "undangan", "piagam", "sk pegawai",
];
const DYNAMIC_WORDS = [
  "draf", "draft", "konsep", "rancangan", "anggaran", "rka", "dpa", "daftar", "rekap", "rekapitulasi", "inventaris",
  "tabel", "spreadsheet", "excel", "xls", "xlsx", "word", "doc", "docx", "presentasi", "powerpoint", "ppt", "pptx",
  "jadwal", "absensi", "daftar hadir", "data pegawai", "kepegawaian", "stok", "persediaan", "buku kas", "kas", "catatan",
  "agenda", "laporan bulanan", "laporan berjalan", "formulir", "template", "templat",
];
const NATIVE_WORDS = [
  "database", "basis data", "sql", "foto", "gambar", "jpg", "png", "video", "audio", "rekaman", "suara", "peta", "gis",
  "shp", "shapefile", "cad", "dwg", "autocad", "kode sumber", "source code", "program", "aplikasi", "email", "e mail",
  "surel", "backup aplikasi", "arsip zip", "zip", "rar", "iso", "mesin virtual",
];
const SHAPE_WORDS: Record<DocumentShape, string[]> = {
  spreadsheet: ["tabel", "spreadsheet", "excel", "xls", "xlsx", "anggaran", "rka", "dpa", "daftar", "rekap", "rekapitulasi", "inventaris", "absensi", "daftar hadir", "stok", "persediaan", "buku kas", "kas", "data pegawai"],
  presentation: ["presentasi", "powerpoint", "ppt", "pptx", "slide", "paparan"],
  drawing: ["diagram", "bagan", "denah", "gambar teknik", "struktur organisasi"],
  text: [],
};

function hits(text: string, words: readonly string[]): number {
  const padded = ` ${text} `;
  return words.filter((word) => padded.includes(` ${word} `)).length;
}

export type FormatQuestionResult =
  | { readonly kind: "advice"; readonly advice: FormatAdvice }
  /** The words say nothing clear: ask whether the content changes. */
  | { readonly kind: "ask" };

/** Reads a description of agency data ("draf RKA 2025", "SK Bupati hasil scan", "foto kegiatan") into advice. */
export function adviseFormat(description: string): FormatQuestionResult {
  const text = normalizeName(description.slice(0, 200));
  if (text === "") return { kind: "ask" };
  const scores = { static: hits(text, STATIC_WORDS), dynamic: hits(text, DYNAMIC_WORDS), native: hits(text, NATIVE_WORDS) };
  // "final"/"scan" of a dynamic document makes it static; "draf" of a static one makes it dynamic: count the
  // decisive words double.
  if (/\b(draf|draft|konsep|rancangan)\b/.test(text)) scores.dynamic += 2;
  if (/\b(final|scan|pindaian|salinan)\b/.test(text)) scores.static += 2;
  const ranked = (Object.entries(scores) as [DataKind, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0 || (second && second[1] === best[1])) return { kind: "ask" };
  return { kind: "advice", advice: adviceFor(best[0], shapeOf(text)) };
}

export function shapeOf(text: string): DocumentShape {
  for (const shape of ["spreadsheet", "presentation", "drawing"] as const) {
    if (hits(text, SHAPE_WORDS[shape]) > 0) return shape;
  }
  return "text";
}
