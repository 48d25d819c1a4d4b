import { RegulationTextError, type LegalText } from "./legal-text.ts";
import { onlyQuantity, quantityFollowedBy } from "./quantities.ts";
import { Builder, countUnit, KIND_NAMES, PP_78_2007, ref, sentence, slug, UU_32_2004 } from "./requirement-builder.ts";
import type { RegionKind, Requirement } from "./requirements.ts";

/** UU 32/2004 and PP 78/2007: precondition, administrative (Pasal 5), technical (Pasal 6), territorial (Pasal 7–13). */
export function currentRequirements(law: LegalText, kind: RegionKind): Requirement[] {
  const b = new Builder(law, "current", kind);
  const province = kind === "province";
  const administrative = province ? 1 : 2;

  const ageText = b.text(ref(PP_78_2007, 3));
  const years = quantityFollowedBy(ageText, province ? "tahun bagi provinsi" : "tahun bagi kabupaten");
  b.add({
    key: "age",
    category: "precondition",
    title: `Daerah induk telah berusia paling sedikit ${years} tahun penyelenggaraan pemerintahan`,
    lawText: ageText,
    at: [ref(PP_78_2007, 3), ref(UU_32_2004, 4, 4)],
    check: { kind: "answers", questions: ["age"] },
    figure: years,
  });

  const aspirationArticle = province ? 14 : 16;
  b.add({
    key: "aspiration",
    category: "administrative",
    title: "Aspirasi sebagian besar masyarakat setempat: Keputusan BPD untuk desa dan Forum Komunikasi Kelurahan untuk kelurahan",
    lawText: `${b.text(ref(PP_78_2007, 5, 3))} ${b.text(ref(PP_78_2007, aspirationArticle, undefined, "a"))}`,
    at: [ref(PP_78_2007, 5, 3), ref(PP_78_2007, aspirationArticle, undefined, "a")],
    check: { kind: "answers", questions: ["aspiration"] },
  });

  const decisions = [
    { item: "a", key: "councilDecision", question: "councilDecision" },
    { item: "b", key: "headDecision", question: "headDecision" },
    { item: "c", key: "provincialCouncilDecision", question: "provincialCouncilDecision" },
    { item: "d", key: "governorDecision", question: "governorDecision" },
  ] as const;
  const uuAdministrative = ref(UU_32_2004, 5, province ? 2 : 3);
  for (const decision of decisions) {
    const at = ref(PP_78_2007, 5, administrative, decision.item);
    const words = b.text(at);
    b.add({
      key: decision.key,
      category: "administrative",
      title: sentence(words.split(/;\s*dan\s+Rekomendasi Menteri/i)[0]!),
      lawText: words,
      at: [at, uuAdministrative],
      check: { kind: "answers", questions: [decision.question] },
    });
  }
  const governorItem = ref(PP_78_2007, 5, administrative, "d");
  if (!/Rekomendasi Menteri/i.test(b.text(governorItem))) throw new RegulationTextError("Pasal 5 PP 78/2007 names no Rekomendasi Menteri");
  b.add({
    key: "ministerRecommendation",
    category: "administrative",
    title: "Rekomendasi Menteri",
    lawText: b.text(governorItem),
    at: [governorItem, uuAdministrative],
    readAs: "dibaca huruf e",
    check: { kind: "answers", questions: ["ministerRecommendation"] },
    note:
      `Teks Pasal 5 ayat (${administrative}) huruf d PP 78/2007 menyambung «; dan Rekomendasi Menteri» pada keputusan gubernur. ` +
      `Dibaca sebagai syarat tersendiri (huruf e): Pasal 5 ayat (${province ? 2 : 3}) UU 32/2004 menyebut rekomendasi Menteri Dalam Negeri ` +
      `sebagai syarat sendiri, dan Pasal 17 huruf h angka 5 PP 78/2007 merujuk «Pasal 5 ayat (2) … huruf e».`,
  });

  b.add({
    key: "study",
    category: "technical",
    title: "Hasil kajian daerah terhadap indikator faktor-faktor teknis",
    lawText: b.text(ref(PP_78_2007, 6, 2)),
    at: [ref(PP_78_2007, 6, 2)],
    check: { kind: "answers", questions: ["study"] },
  });
  b.add({
    key: "studyRating",
    category: "technical",
    title:
      "Calon daerah dan daerah induknya: total nilai seluruh indikator serta nilai faktor kependudukan, kemampuan ekonomi, potensi daerah dan kemampuan keuangan berkategori sangat mampu atau mampu",
    lawText: b.text(ref(PP_78_2007, 6, 3)),
    at: [ref(PP_78_2007, 6, 3)],
    check: { kind: "answers", questions: ["studyRating"] },
  });
  const factorsText = b.text(ref(PP_78_2007, 6, 1));
  for (const factor of technicalFactors(factorsText)) {
    b.add({
      key: `factor.${slug(factor)}`,
      category: "technical",
      title: `Faktor ${factor}`,
      lawText: factorsText,
      at: [ref(PP_78_2007, 6, 1), ref(UU_32_2004, 5, 4)],
      check: { kind: "studyScores" },
      note: "Dinilai dari hasil kajian daerah terhadap indikator dalam lampiran PP 78/2007 (Pasal 6 ayat (2)); lampiran itu tidak termuat dalam teks, jadi bot tidak menilai skornya.",
    });
  }

  const coverageItem = ref(PP_78_2007, 8, undefined, province ? "a" : kind === "regency" ? "b" : "c");
  const minimum = onlyQuantity(b.text(coverageItem));
  const uuPhysical = ref(UU_32_2004, 5, 5);
  const uuMinimum = quantityFollowedBy(
    b.text(uuPhysical),
    province ? "kabupaten/kota untuk pembentukan provinsi" : `kecamatan untuk pembentukan ${kind === "regency" ? "kabupaten" : "kota"}`,
  );
  if (uuMinimum !== minimum) throw new RegulationTextError(`UU 32/2004 Pasal 5 ayat (5) says ${uuMinimum}, PP 78/2007 Pasal 8 says ${minimum}`);
  b.add({
    key: "coverage",
    category: "territorial",
    title: `Cakupan wilayah paling sedikit ${minimum} ${countUnit(kind)}`,
    lawText: b.text(coverageItem),
    at: [coverageItem, uuPhysical],
    check: { kind: "minimumCount", minimum },
  });

  const mapArticle = province ? 9 : 10;
  b.add({
    key: "map",
    category: "territorial",
    title: `Peta wilayah calon ${KIND_NAMES[kind]} lengkap dengan daftar nama wilayah, garis batas dan wilayah yang berbatasan, dibuat menurut kaidah pemetaan`,
    lawText: b.law.wording(ref(PP_78_2007, mapArticle)),
    at: [ref(PP_78_2007, mapArticle)],
    check: { kind: "answers", questions: ["map"] },
  });
  b.add({
    key: "unity",
    category: "territorial",
    title: "Cakupan wilayah merupakan satu kesatuan wilayah administrasi",
    lawText: b.text(ref(PP_78_2007, 11, 2)),
    at: [ref(PP_78_2007, 11, 2)],
    check: { kind: "answers", questions: ["contiguous"] },
  });
  b.add({
    key: "islands",
    category: "territorial",
    title: "Untuk wilayah kepulauan atau gugusan pulau: peta dilengkapi daftar nama pulau",
    lawText: b.text(ref(PP_78_2007, 11, 1)),
    at: [ref(PP_78_2007, 11, 1)],
    check: { kind: "answers", questions: ["islands"] },
  });
  const relocationYears = onlyQuantity(b.text(ref(PP_78_2007, 12, 4)));
  b.add({
    key: "capital",
    category: "territorial",
    title:
      kind === "province"
        ? "Lokasi calon ibukota ditetapkan dengan keputusan gubernur dan keputusan DPRD provinsi, untuk satu lokasi, setelah kajian daerah"
        : kind === "regency"
          ? "Lokasi calon ibukota ditetapkan dengan keputusan bupati dan keputusan DPRD kabupaten, untuk satu lokasi, setelah kajian daerah"
          : "Lokasi calon ibukota ditetapkan untuk satu lokasi setelah kajian daerah",
    lawText: b.law.wording(ref(PP_78_2007, 12)),
    at: [ref(PP_78_2007, 12)],
    check: { kind: "answers", questions: ["capital"] },
    ...(kind === "city"
      ? {
          note:
            `Pasal 12 ayat (1) PP 78/2007 menyebut pejabat yang menetapkan hanya untuk ibukota provinsi dan kabupaten; untuk kota dipakai ayat (2) dan (3). ` +
            `Bila kota dibentuk dari ibukota kabupaten, ibukota kabupaten dipindahkan paling lama ${relocationYears} tahun (ayat (4)).`,
        }
      : {}),
  });
  b.add({
    key: "facilities",
    category: "territorial",
    title: "Bangunan dan lahan kantor kepala daerah, kantor DPRD dan kantor perangkat daerah di wilayah calon daerah; lahan milik pemerintah daerah dengan bukti kepemilikan yang sah",
    lawText: b.law.wording(ref(PP_78_2007, 13)),
    at: [ref(PP_78_2007, 13)],
    check: { kind: "answers", questions: ["facilities"] },
  });
  return b.requirements;
}

/** "… meliputi faktor kemampuan ekonomi, potensi daerah, …, dan rentang kendali …." → the factors' names. */
export function technicalFactors(text: string): string[] {
  const list = /meliputi faktor (.+?)\.?$/i.exec(text)?.[1];
  if (!list) throw new RegulationTextError(`no list of factors in "${text}"`);
  return list
    .split(/,\s*(?:dan\s+)?|\s+dan\s+(?=[^,]*$)/)
    .map((factor) => factor.trim())
    .filter(Boolean);
}
