import { RegulationTextError, type LegalText } from "./legal-text.ts";
import { onlyQuantity } from "./quantities.ts";
import { Builder, clause, countUnit, KIND_NAMES, PP_129_2000, ref, sentence, slug } from "./requirement-builder.ts";
import type { RegionKind, Requirement } from "./requirements.ts";

/** PP 129/2000: the seven factors of Pasal 3 with the indicators of Pasal 4–10, the minimum of Pasal 10, and Pasal 16. */
export function earlierRequirements(law: LegalText, kind: RegionKind): Requirement[] {
  const b = new Builder(law, "earlier", kind);
  const factors = law.within(ref(PP_129_2000, 3)).filter((provision) => provision.item !== null);
  for (const factor of factors) {
    const name = clause(factor.text);
    // Each factor's article opens "… sebagaimana dimaksud dalam Pasal 3 huruf x": that article lists its indicators.
    const article = law.provisions.find(
      (provision) =>
        provision.regulation === PP_129_2000 && provision.item === null && new RegExp(`Pasal 3 huruf ${factor.item}\\b`).test(provision.text),
    );
    const indicators = article
      ? law.within(ref(PP_129_2000, article.article)).filter((provision) => provision.item !== null && !/\d+ \(/.test(provision.text))
      : [];
    b.add({
      key: `factor.${slug(name)}`,
      category: "technical",
      title: `Faktor ${name}`,
      lawText: [article?.text ?? factor.text, ...indicators.map((indicator) => clause(indicator.text))].join(" "),
      at: [ref(PP_129_2000, 3, undefined, factor.item!), ...(article ? [ref(PP_129_2000, article.article)] : [])],
      check: { kind: "studyScores" },
      note: "Diukur dan dinilai menurut lampiran PP 129/2000 (Pasal 11); lampiran itu tidak termuat dalam teks, jadi bot tidak menilai skornya.",
    });
  }

  const opener = kind === "province" ? /^Propinsi\b/ : kind === "regency" ? /^Kabupaten\b/ : /^Kota\b/;
  const coverage = law.within(ref(PP_129_2000, 10)).find((provision) => provision.item !== null && opener.test(provision.text));
  if (!coverage?.item) throw new RegulationTextError(`PP 129/2000 Pasal 10 has no minimum for a ${kind}`);
  const minimum = onlyQuantity(coverage.text);
  b.add({
    key: "coverage",
    category: "territorial",
    title: `${KIND_NAMES[kind].charAt(0).toUpperCase()}${KIND_NAMES[kind].slice(1)} yang akan dibentuk minimal terdiri dari ${minimum} ${countUnit(kind)}`,
    lawText: coverage.text,
    at: [ref(PP_129_2000, 10, undefined, coverage.item)],
    check: { kind: "minimumCount", minimum },
    note:
      `Teks mencetak butir Pasal 10 dengan angka («${coverage.printedItem ?? ""}»), sedangkan PP 129/2000 merujuk butirnya sebagai huruf ` +
      `(Pasal 19: «Pasal 10 huruf a, b dan c»); dikutip sebagai huruf ${coverage.item}. Jumlah ini termasuk «pertimbangan lain» Pasal 3 huruf g.`,
  });

  const procedure = law.within(ref(PP_129_2000, 16, 1));
  const itemWith = (pattern: RegExp) => procedure.find((provision) => provision.item !== null && pattern.test(provision.text));
  const will = itemWith(/kemauan politik/i);
  const study = itemWith(/penelitian awal/i);
  const approvals = itemWith(kind === "province" ? /usul pembentukan Propinsi/i : /usul pembentukan Kabupaten\/Kota/i);
  if (!will?.item || !study?.item || !approvals?.item) throw new RegulationTextError("PP 129/2000 Pasal 16 ayat (1) lacks its steps");
  b.add({
    key: "politicalWill",
    category: "administrative",
    title: sentence(will.text),
    lawText: will.text,
    at: [ref(PP_129_2000, 16, 1, will.item)],
    check: { kind: "answers", questions: ["aspiration", "headDecision"] },
    note: "Kemauan politik masyarakat dibaca dari keputusan yang menyatakan aspirasinya, kemauan Pemerintah Daerah dari keputusan kepala daerah.",
  });
  b.add({
    key: "study",
    category: "administrative",
    title: sentence(study.text),
    lawText: study.text,
    at: [ref(PP_129_2000, 16, 1, study.item)],
    check: { kind: "answers", questions: ["study"] },
  });
  b.add({
    key: "approvals",
    category: "administrative",
    title: "Persetujuan DPRD kabupaten/kota dan DPRD provinsi, dituangkan dalam Keputusan DPRD",
    lawText: approvals.text,
    at: [ref(PP_129_2000, 16, 1, approvals.item)],
    check: { kind: "answers", questions: ["councilDecision", "provincialCouncilDecision"] },
  });
  return b.requirements;
}
