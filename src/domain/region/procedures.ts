import type { Citation } from "../shared/citation.ts";
import { provisionCitation, type LegalText, type ProvisionRef } from "./legal-text.ts";
import { onlyQuantity } from "./quantities.ts";
import { PP_78_2007, UU_32_2004 } from "./region-rule-book.ts";
import type { RegionKind } from "./requirements.ts";

/**
 * The stages of forming a region by splitting (pemekaran) under PP 78/2007: Pasal 16 for a kabupaten/kota,
 * Pasal 14 for a province, then Pasal 18–21 for both. Each stage carries the law's words, its articles and the
 * documents it produces; stages happen in this order, each on the decision of the one before.
 */

export type StageKey =
  | "aspiration"
  | "regencyCouncil"
  | "regent"
  | "governor"
  | "provincialCouncil"
  | "minister"
  | "dpod"
  | "president"
  | "law"
  | "inauguration";

export interface ProcedureStage {
  readonly number: number;
  readonly key: StageKey;
  readonly title: string;
  /** The law lets this body refuse ("menyetujui atau menolak"); a refusal ends the proposal. */
  readonly canReject: boolean;
  readonly citations: readonly Citation[];
  readonly lawText: string;
  /** What the stage produces, in the law's words where the law lists them. */
  readonly documents: readonly string[];
  readonly note?: string;
}

export interface Procedure {
  readonly kind: RegionKind;
  /** The article that sets the order: Pasal 16 (kabupaten/kota) or Pasal 14 (provinsi). */
  readonly citation: Citation;
  readonly stages: readonly ProcedureStage[];
  /** Pasal 21 ayat (2): inauguration at the latest this many months after the law is promulgated. */
  readonly inaugurationMonths: number;
  readonly inaugurationCitation: Citation;
}

function at(article: number, item?: string, paragraph?: number, regulation = PP_78_2007): ProvisionRef {
  return { regulation, article, ...(paragraph === undefined ? {} : { paragraph }), ...(item === undefined ? {} : { item }) };
}

function clause(text: string): string {
  return text.replace(/\s*(?:;\s*(?:dan|atau)?|\.)\s*$/u, "").trim();
}

interface StageSpec {
  readonly key: StageKey;
  readonly title: string;
  readonly canReject: boolean;
  readonly at: readonly ProvisionRef[];
  /** Provisions whose angka list the documents to attach. */
  readonly attachmentsOf?: ProvisionRef;
  readonly documents: readonly string[];
  readonly note?: string;
}

function specs(kind: RegionKind, inaugurationMonths: number): StageSpec[] {
  const province = kind === "province";
  const article = province ? 14 : 16;
  const administrative = province ? 1 : 2;
  const decision = (item: string) => at(5, item, administrative);
  return [
    {
      key: "aspiration",
      title: "Aspirasi sebagian besar masyarakat: Keputusan BPD (desa) dan Forum Komunikasi Kelurahan (kelurahan)",
      canReject: false,
      at: [at(article, "a")],
      documents: ["Keputusan BPD tiap desa, atau keputusan Forum Komunikasi Kelurahan tiap kelurahan, di calon cakupan wilayah"],
    },
    {
      key: "regencyCouncil",
      title: "Keputusan DPRD kabupaten/kota atas aspirasi masyarakat",
      canReject: !province,
      at: [at(article, "b"), decision("a")],
      documents: ["Keputusan DPRD kabupaten/kota"],
    },
    {
      key: "regent",
      title: "Keputusan bupati/walikota berdasarkan hasil kajian daerah, dan usulannya kepada gubernur",
      canReject: true,
      at: [at(article, "c"), at(article, "d"), decision("b")],
      attachmentsOf: at(article, "d"),
      documents: ["Keputusan bupati/walikota", "Usulan kepada gubernur, dengan lampiran:"],
    },
    {
      key: "governor",
      title: province
        ? "Persetujuan gubernur berdasarkan hasil kajian daerah, dan penyampaian usulan kepada DPRD provinsi"
        : "Keputusan gubernur atas usulan (evaluasi kajian daerah), dan penyampaian usulan kepada DPRD provinsi",
      canReject: true,
      at: province ? [at(article, "e"), decision("d")] : [at(article, "e"), at(article, "f"), decision("d")],
      documents: ["Keputusan gubernur", "Surat penyampaian usulan kepada DPRD provinsi"],
    },
    {
      key: "provincialCouncil",
      title: "Keputusan DPRD provinsi atas usulan pembentukan",
      canReject: true,
      at: province ? [at(article, "f"), decision("c")] : [at(article, "g"), decision("c")],
      documents: ["Keputusan DPRD provinsi"],
    },
    {
      key: "minister",
      title: "Usulan gubernur kepada Presiden melalui Menteri; penelitian Tim Menteri dan rekomendasi kepada DPOD",
      canReject: false,
      at: province ? [at(article, "f"), at(18)] : [at(article, "h"), at(18)],
      attachmentsOf: province ? at(article, "f") : at(article, "h"),
      documents: ["Rekomendasi Menteri kepada DPOD (Pasal 18 ayat (3))", "Usulan gubernur kepada Presiden melalui Menteri, dengan lampiran:"],
      ...(province
        ? {}
        : {
            note:
              "Pasal 16 huruf h angka 5 merujuk «Pasal 5 ayat (1) huruf c» dan «ayat (1) huruf d», yaitu syarat provinsi; untuk kabupaten/kota " +
              "dibaca Pasal 5 ayat (2) huruf c dan d, sebagaimana Pasal 16 huruf d angka 4 merujuk ayat (2).",
          }),
    },
    {
      key: "dpod",
      title: "Sidang DPOD: tanggapan tertulis anggota, dan saran serta pertimbangan kepada Presiden",
      canReject: false,
      at: [at(19)],
      documents: ["Saran dan pertimbangan DPOD kepada Presiden"],
    },
    {
      key: "president",
      title: "Usulan Menteri kepada Presiden; bila Presiden menyetujui, Menteri menyiapkan rancangan undang-undang",
      canReject: true,
      at: [at(20)],
      documents: ["Persetujuan Presiden", "Rancangan undang-undang pembentukan daerah"],
    },
    {
      key: "law",
      title: "Undang-undang pembentukan daerah diundangkan",
      canReject: false,
      at: [at(21, undefined, 1), at(4, undefined, 1, UU_32_2004)],
      documents: ["Undang-undang pembentukan daerah (nomor dan tanggal diundangkan)"],
    },
    {
      key: "inauguration",
      title: `Peresmian daerah dan pelantikan penjabat kepala daerah, paling lama ${inaugurationMonths} bulan sejak undang-undang diundangkan`,
      canReject: false,
      at: [at(21)],
      documents: ["Berita acara peresmian daerah", "Keputusan pengangkatan penjabat kepala daerah"],
    },
  ];
}

export function buildProcedure(law: LegalText, kind: RegionKind): Procedure {
  const inaugurationRef = at(21, undefined, 2);
  const inaugurationMonths = onlyQuantity(law.get(inaugurationRef).text);
  const stages = specs(kind, inaugurationMonths).map((spec, index): ProcedureStage => {
    const attachments = spec.attachmentsOf
      ? law.within(spec.attachmentsOf).filter((provision) => provision.subItem !== null).map((provision) => `  ${provision.subItem}. ${clause(provision.text)}`)
      : [];
    return {
      number: index + 1,
      key: spec.key,
      title: spec.title,
      canReject: spec.canReject,
      citations: spec.at.map(provisionCitation),
      lawText: spec.at.map((place) => law.wording(place)).join(" "),
      documents: [...spec.documents, ...attachments],
      ...(spec.note ? { note: spec.note } : {}),
    };
  });
  return {
    kind,
    citation: provisionCitation(at(kind === "province" ? 14 : 16)),
    stages,
    inaugurationMonths,
    inaugurationCitation: provisionCitation(inaugurationRef),
  };
}
