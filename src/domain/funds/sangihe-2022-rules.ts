import { cite } from "../shared/citation.ts";
import type { Citation } from "../shared/citation.ts";

/**
 * The rule book of Perbup Kepulauan Sangihe 5/2022 as data. Every figure sits next to the article it comes from.
 * Texts are the regulation's own Indonesian words (lightly cleaned of OCR damage); notes record how a garbled or
 * incomplete passage was read.
 */
export const SANGIHE_2022_REGULATION = "Perbup Kepulauan Sangihe 5/2022";

function pasal(article: string): Citation {
  return cite(SANGIHE_2022_REGULATION, article);
}

export type ClusterLetter = "a" | "b" | "c" | "d" | "e" | "f" | "g";

export interface PopulationCluster {
  readonly letter: ClusterLetter;
  /** Inclusive bounds in jiwa; `maxPopulation` null means no upper bound. */
  readonly minPopulation: number;
  readonly maxPopulation: number | null;
  readonly amount: number;
  readonly amountInWords: string;
  readonly citation: Citation;
  readonly note?: string;
}

export interface WeightedCriterion<Key extends string = string> {
  readonly key: Key;
  readonly percent: number;
  readonly text: string;
  readonly citation: Citation;
}

export type PerformanceCriterionKey = "financialManagement" | "villageFundManagement" | "outputAchievement" | "developmentOutcome";

export type PerformanceSubCriterionKey =
  | "ownRevenueRatioChange"
  | "priorityConformity"
  | "selfManagedProcurement"
  | "budgetRealisation"
  | "outputRealisation"
  | "idmScoreChange"
  | "idmStatusChange"
  | "idmLatestStatus"
  | "poorPopulationImprovement";

export interface PerformanceCriterion extends WeightedCriterion<PerformanceCriterionKey> {
  readonly subCriteria: readonly WeightedCriterion<PerformanceSubCriterionKey>[];
  /** Share of this criterion's weight that the regulation assigns to no sub-criterion. */
  readonly unassignedPercent: number;
  readonly note?: string;
}

export type FormulaVariable = "z1" | "z2" | "z3" | "z4";
export type FormulaIndicator = "population" | "poorPopulation" | "area" | "geographicDifficulty";

export interface FormulaWeight {
  readonly variable: FormulaVariable;
  readonly indicator: FormulaIndicator;
  /** Weight in percent: the formula's 0,10 is 10. */
  readonly percent: number;
  readonly text: string;
  readonly citation: Citation;
  readonly note?: string;
}

export type TrancheNumber = 1 | 2 | 3;
export type ProgressMeasure = "absorption" | "output";

export interface ProgressThreshold {
  readonly measure: ProgressMeasure;
  /** Minimum average, in percent. */
  readonly minimumPercent: number;
}

export interface TrancheCondition {
  readonly item: string;
  readonly text: string;
  readonly citation: Citation;
  /** Present when the condition is a reported figure the bot can check. */
  readonly thresholds?: readonly ProgressThreshold[];
}

export interface TrancheRule {
  readonly tranche: TrancheNumber;
  readonly percent: number;
  /** Month window, 1 = January, inclusive both ends ("paling cepat … paling lambat …"). */
  readonly earliestMonth: number;
  readonly latestMonth: number;
  readonly citation: Citation;
  readonly conditions: readonly TrancheCondition[];
}

// Pasal 4 ayat (1): the base allocation pool is 65% of the Dana Kampung budget.
export const BASE_SHARE = { percent: 65, citation: pasal("Pasal 4 ayat (1)") } as const;

// Pasal 4 ayat (2): the amount per kampung by population cluster.
export const POPULATION_CLUSTERS: readonly PopulationCluster[] = [
  {
    letter: "a",
    minPopulation: 0,
    maxPopulation: 100,
    amount: 415_978_000,
    amountInWords: "empat ratus lima belas juta sembilan ratus tujuh puluh delapan ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf a"),
  },
  {
    letter: "b",
    minPopulation: 101,
    maxPopulation: 500,
    amount: 478_334_000,
    amountInWords: "empat ratus tujuh puluh delapan juta, tiga ratus tiga puluh empat ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf b"),
  },
  {
    letter: "c",
    minPopulation: 501,
    maxPopulation: 1_500,
    amount: 504_725_000,
    amountInWords: "lima ratus empat juta, tujuh ratus dua puluh lima ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf c"),
  },
  {
    letter: "d",
    minPopulation: 1_501,
    maxPopulation: 3_000,
    amount: 603_117_000,
    amountInWords: "enam ratus tiga juta seratus tujuh belas ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf d"),
  },
  {
    letter: "e",
    minPopulation: 3_001,
    maxPopulation: 5_000,
    amount: 665_508_000,
    amountInWords: "enam ratus enam puluh lima juta, lima ratus delapan ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf e"),
    note:
      'Angka tercetak "Rp.665.508,000,000"; dibaca dari terbilang "enam ratus enam puluh lima juta, lima ratus delapan ribu rupiah" = Rp665.508.000.',
  },
  {
    letter: "f",
    minPopulation: 5_001,
    maxPopulation: 10_000,
    amount: 727_900_000,
    amountInWords: "tujuh ratus dua puluh tujuh juta sembilan ratus ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf f"),
  },
  {
    letter: "g",
    minPopulation: 10_001,
    maxPopulation: null,
    amount: 790_291_000,
    amountInWords: "tujuh ratus sembilan puluh juta dua ratus sembilan puluh satu ribu rupiah",
    citation: pasal("Pasal 4 ayat (2) huruf g"),
  },
];

// Pasal 6 (criteria weights) and Pasal 7 (sub-criteria weights) of the Alokasi Kinerja.
export const PERFORMANCE_CRITERIA: readonly PerformanceCriterion[] = [
  {
    key: "financialManagement",
    percent: 20,
    text: "pengelolaan keuangan Kampung",
    citation: pasal("Pasal 6 huruf a"),
    subCriteria: [
      {
        key: "ownRevenueRatioChange",
        percent: 50,
        text: "perubahan rasio pendapatan asli Daerah Kampung terhadap total pendapatan APBKampung",
        citation: pasal("Pasal 7 ayat (1)"),
      },
    ],
    unassignedPercent: 50,
    note: "Pasal 7 ayat (1) memberi satu kriteria dengan bobot 50%; sisa 50% tidak diatur kriterianya dalam peraturan ini.",
  },
  {
    key: "villageFundManagement",
    percent: 20,
    text: "pengelolaan Dana Kampung",
    citation: pasal("Pasal 6 huruf b"),
    subCriteria: [
      {
        key: "priorityConformity",
        percent: 55,
        text: "persentase kesesuaian bidang pembangunan dan pemberdayaan sebagai prioritas Dana Kampung terhadap total Dana Kampung",
        citation: pasal("Pasal 7 ayat (2) huruf a"),
      },
      {
        key: "selfManagedProcurement",
        percent: 45,
        text: "persentase pengadaan barang/jasa Dana Kampung secara swakelola",
        citation: pasal("Pasal 7 ayat (2) huruf b"),
      },
    ],
    unassignedPercent: 0,
  },
  {
    key: "outputAchievement",
    percent: 25,
    text: "capaian keluaran (output) Dana Kampung",
    citation: pasal("Pasal 6 huruf c"),
    subCriteria: [
      {
        key: "budgetRealisation",
        percent: 50,
        text: "persentase realisasi anggaran Dana Kampung",
        citation: pasal("Pasal 7 ayat (3) huruf a"),
      },
      {
        key: "outputRealisation",
        percent: 50,
        text: "persentase capaian keluaran Dana Kampung",
        citation: pasal("Pasal 7 ayat (3) huruf b"),
      },
    ],
    unassignedPercent: 0,
  },
  {
    key: "developmentOutcome",
    percent: 35,
    text: "capaian hasil (outcome) pembangunan Kampung",
    citation: pasal("Pasal 6 huruf d"),
    subCriteria: [
      {
        key: "idmScoreChange",
        percent: 30,
        text: "perubahan skor Indeks Kampung Membangun",
        citation: pasal("Pasal 7 ayat (4) huruf a"),
      },
      {
        key: "idmStatusChange",
        percent: 30,
        text: "perubahan status Kampung Indeks Kampung Membangun",
        citation: pasal("Pasal 7 ayat (4) huruf b"),
      },
      {
        key: "idmLatestStatus",
        percent: 10,
        text: "status Kampung Indeks Kampung Membangun terakhir",
        citation: pasal("Pasal 7 ayat (4) huruf c"),
      },
      {
        key: "poorPopulationImprovement",
        percent: 30,
        text: "perbaikan jumlah penduduk miskin Kampung",
        citation: pasal("Pasal 7 ayat (4) huruf d"),
      },
    ],
    unassignedPercent: 0,
  },
];

// Pasal 10: AF Kampung = {(0,10 × Z1) + (0,40 × Z2) + (0,20 × Z3) + (0,30 × Z4)} × AF Kabupaten.
export const FORMULA_WEIGHTS: readonly FormulaWeight[] = [
  {
    variable: "z1",
    indicator: "population",
    percent: 10,
    text: "rasio jumlah penduduk setiap Kampung terhadap total penduduk Kampung di Daerah",
    citation: pasal("Pasal 10"),
  },
  {
    variable: "z2",
    indicator: "poorPopulation",
    percent: 40,
    text: "rasio jumlah penduduk miskin setiap Kampung terhadap total penduduk miskin Kampung di Daerah",
    citation: pasal("Pasal 10"),
    note: 'Teks tertulis "setiap Kabupaten"; dibaca "setiap Kampung" karena rasio dihitung per Kampung terhadap total Kampung di Daerah.',
  },
  {
    variable: "z3",
    indicator: "area",
    percent: 20,
    text: "rasio luas wilayah setiap Kampung terhadap total luas wilayah Kampung di Daerah",
    citation: pasal("Pasal 10"),
  },
  {
    variable: "z4",
    indicator: "geographicDifficulty",
    percent: 30,
    text: "rasio Indeks Kesulitan Geografis (IKG) setiap Kampung terhadap IKG Kampung di Daerah",
    citation: pasal("Pasal 10"),
  },
];

// Pasal 14 ayat (4) (shares and windows) with the conditions of ayat (5), (6) and (7).
export const TRANCHE_RULES: readonly TrancheRule[] = [
  {
    tranche: 1,
    percent: 40,
    earliestMonth: 1,
    latestMonth: 6,
    citation: pasal("Pasal 14 ayat (4) huruf a"),
    conditions: [
      {
        item: "a",
        text: "peraturan Bupati mengenai tata cara pembagian dan penetapan rincian Dana Kampung setiap Kampung",
        citation: pasal("Pasal 14 ayat (5) huruf a"),
      },
      { item: "b", text: "peraturan Kampung mengenai APBKampung", citation: pasal("Pasal 14 ayat (5) huruf b") },
      { item: "c", text: "surat kuasa pemindahbukuan Dana Kampung", citation: pasal("Pasal 14 ayat (5) huruf c") },
    ],
  },
  {
    tranche: 2,
    percent: 40,
    earliestMonth: 3,
    latestMonth: 8,
    citation: pasal("Pasal 14 ayat (4) huruf b"),
    conditions: [
      {
        item: "a",
        text: "laporan realisasi penyerapan dan capaian keluaran Dana Kampung tahun anggaran sebelumnya",
        citation: pasal("Pasal 14 ayat (6) huruf a"),
      },
      {
        item: "b",
        text:
          "laporan realisasi penyerapan dan capaian keluaran Dana Kampung tahap I menunjukkan rata-rata realisasi penyerapan paling rendah 50% dan rata-rata capaian keluaran paling rendah 35% dari Dana Kampung tahap I yang telah disalurkan",
        citation: pasal("Pasal 14 ayat (6) huruf b"),
        thresholds: [
          { measure: "absorption", minimumPercent: 50 },
          { measure: "output", minimumPercent: 35 },
        ],
      },
      {
        item: "c",
        text: "peraturan Kapitalaung mengenai penetapan keluarga penerima manfaat BLT Kampung",
        citation: pasal("Pasal 14 ayat (6) huruf c"),
      },
      {
        item: "d",
        text:
          "berita acara konfirmasi dan rekonsiliasi kumulatif sisa Dana Kampung di RKUD antara Pemerintah Daerah dan kepala KPPN (sisa Dana Kampung tahun anggaran 2015 sampai 2021)",
        citation: pasal("Pasal 14 ayat (6) huruf d"),
      },
    ],
  },
  {
    tranche: 3,
    percent: 20,
    earliestMonth: 6,
    latestMonth: 12,
    citation: pasal("Pasal 14 ayat (4) huruf c"),
    conditions: [
      {
        item: "a",
        text:
          "laporan realisasi penyerapan dan capaian keluaran Dana Kampung sampai tahap II menunjukkan rata-rata realisasi penyerapan paling sedikit 90% dan rata-rata capaian keluaran paling sedikit 75% dari Dana Kampung tahap II yang telah disalurkan",
        citation: pasal("Pasal 14 ayat (7) huruf a"),
        thresholds: [
          { measure: "absorption", minimumPercent: 90 },
          { measure: "output", minimumPercent: 75 },
        ],
      },
      {
        item: "b",
        text: "laporan konvergensi pencegahan stunting tingkat Kampung tahun anggaran sebelumnya",
        citation: pasal("Pasal 14 ayat (7) huruf b"),
      },
    ],
  },
];

export const SANGIHE_2022_RULES = {
  regulation: SANGIHE_2022_REGULATION,
  fiscalYear: 2022,
  baseShare: BASE_SHARE,
  populationClusters: POPULATION_CLUSTERS,
  performanceCriteria: PERFORMANCE_CRITERIA,
  formulaWeights: FORMULA_WEIGHTS,
  formulaCitation: pasal("Pasal 10"),
  tranches: TRANCHE_RULES,
} as const;
