import type { CommandHelp } from "../../feature.ts";

export const FUNDS_COMMANDS: readonly CommandHelp[] = [
  { usage: "/dana NAMA", id: "dana satu kampung", en: "one kampung's funds" },
  { usage: "/kecamatan NAMA", id: "ringkasan satu kecamatan", en: "one kecamatan" },
  { usage: "/kabupaten", id: "total kabupaten", en: "regency totals" },
  { usage: "/peringkat", id: "kampung tertinggi/terendah", en: "highest/lowest kampung" },
  { usage: "/banding A dan B", id: "bandingkan dua kampung", en: "compare two kampung" },
  { usage: "/tahap NAMA", id: "tahap penyaluran dan syaratnya", en: "tranches and conditions" },
  { usage: "/alokasidasar JIWA", id: "alokasi dasar menurut jumlah penduduk", en: "base allocation by population" },
  { usage: "/formula", id: "kalkulator alokasi formula", en: "formula allocation calculator" },
  { usage: "/kinerja", id: "bobot alokasi kinerja", en: "performance allocation weights" },
];

export const FUNDS_WELCOME = {
  id: "• Pejabat dan perangkat: tanya berapa dana kampung yang diterima sebuah kampung dan mengapa — rincian APBN, ADK, bagi hasil pajak dan retribusi, per kampung dan per kecamatan, tahap penyaluran dan syaratnya, serta rumus alokasinya (Perbup Kepulauan Sangihe 5/2022). Contoh: «berapa dana kampung Kalasuge?» atau «total kecamatan Tamako».",
  en: "• Officials: ask how much a village (kampung) receives and why — APBN, ADK, tax and levy shares, per kampung and per kecamatan, disbursement tranches and their conditions, and the allocation formulas (Perbup Kepulauan Sangihe 5/2022). Try «berapa dana kampung Kalasuge?» or «total kecamatan Tamako».",
};
