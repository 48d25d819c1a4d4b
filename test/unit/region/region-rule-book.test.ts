import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LegalText } from "../../../src/domain/region/legal-text.ts";
import { parseRegionFormationText } from "../../../src/domain/region/region-formation-text.ts";
import { RegionRuleBook, technicalFactors } from "../../../src/domain/region/region-rule-book.ts";
import type { Framework, ProposalAnswers, QuestionKey, RegionKind } from "../../../src/domain/region/requirements.ts";
import { formatCitation } from "../../../src/domain/shared/citation.ts";

const text = readFileSync(new URL("../../../prisma/regulations/pp-129-2000-pp-78-2007-region-formation.txt", import.meta.url), "utf8");
const parsed = parseRegionFormationText(text);
const book = new RegionRuleBook(new LegalText(parsed.regulations, parsed.provisions));

const cited = (framework: Framework, kind: RegionKind, key: string) => book.requirement(framework, kind, key)!.citations.map(formatCitation);
const verdict = (framework: Framework, proposal: ProposalAnswers, key: string) =>
  book.evaluate(framework, proposal).find((result) => result.requirement.key === key)!.verdict;
const proposal = (kind: RegionKind, count: number | null, answers: Partial<Record<QuestionKey, "yes" | "no" | "unknown" | "na">> = {}): ProposalAnswers => ({
  kind,
  count,
  answers,
});

describe("PP 78/2007 Pasal 8 and UU 32/2004 Pasal 5 ayat (5): territorial coverage", () => {
  it("a kabupaten needs 5 kecamatan, a kota 4, a province 5 kabupaten/kota", () => {
    expect([book.minimumCount("current", "regency"), book.minimumCount("current", "city"), book.minimumCount("current", "province")]).toEqual([5, 4, 5]);
    expect(cited("current", "regency", "coverage")).toEqual(["Pasal 8 huruf b PP 78/2007", "Pasal 5 ayat (5) UU 32/2004"]);
    expect(cited("current", "city", "coverage")).toEqual(["Pasal 8 huruf c PP 78/2007", "Pasal 5 ayat (5) UU 32/2004"]);
  });

  it("a kabupaten of four kecamatan is unmet; five is met; a kota of four is met", () => {
    expect(verdict("current", proposal("regency", 4), "coverage")).toBe("unmet");
    expect(verdict("current", proposal("regency", 5), "coverage")).toBe("met");
    expect(verdict("current", proposal("city", 4), "coverage")).toBe("met");
    expect(verdict("current", proposal("regency", null), "coverage")).toBe("unknown");
  });

  it("stops the rule book when the regulation and the law print different minimums", () => {
    const changed = parseRegionFormationText(text.replace("pembentukan kabupaten paling sedikit 5 (lima) kecamatan", "pembentukan kabupaten paling sedikit 6 (enam) kecamatan"));
    expect(() => new RegionRuleBook(new LegalText(changed.regulations, changed.provisions))).toThrow(/UU 32\/2004 Pasal 5 ayat \(5\) says 5, PP 78\/2007 Pasal 8 says 6/);
  });
});

describe("PP 129/2000 Pasal 10 huruf d–f: the earlier minimum", () => {
  it("was 3 kecamatan for a kabupaten or kota and 3 kabupaten/kota for a province", () => {
    expect([book.minimumCount("earlier", "regency"), book.minimumCount("earlier", "city"), book.minimumCount("earlier", "province")]).toEqual([3, 3, 3]);
    expect(cited("earlier", "regency", "coverage")).toEqual(["Pasal 10 huruf e PP 129/2000"]);
    expect(cited("earlier", "province", "coverage")).toEqual(["Pasal 10 huruf d PP 129/2000"]);
    expect(book.requirement("earlier", "regency", "coverage")!.note).toContain("«5.»");
  });

  it("a kabupaten of four kecamatan met it", () => {
    expect(verdict("earlier", proposal("regency", 4), "coverage")).toBe("met");
    expect(verdict("earlier", proposal("regency", 2), "coverage")).toBe("unmet");
  });
});

describe("PP 129/2000 Pasal 3–10: seven factors and their indicators", () => {
  it("takes the factors from Pasal 3 and each factor's indicators from the article that cites it", () => {
    const factors = book.requirements("earlier", "regency").filter((r) => r.check.kind === "studyScores");
    expect(factors.map((f) => f.title)).toEqual([
      "Faktor kemampuan ekonomi",
      "Faktor potensi daerah",
      "Faktor sosial budaya",
      "Faktor sosial politik",
      "Faktor jumlah penduduk",
      "Faktor luas daerah",
      "Faktor pertimbangan lain yang memungkinkan terselenggaranya Otonomi Daerah",
    ]);
    expect(factors[0]!.citations.map(formatCitation)).toEqual(["Pasal 3 huruf a PP 129/2000", "Pasal 4 PP 129/2000"]);
    expect(factors[0]!.lawText).toContain("produk domestik regional bruto (PDRB) penerimaan daerah sendiri");
    expect(factors[6]!.lawText).toContain("rentang kendali");
    expect(factors[6]!.lawText).not.toContain("3 (tiga)");
  });

  it("cannot judge them: they are scored by the annex (Pasal 11), which the text does not have", () => {
    for (const result of book.evaluate("earlier", proposal("regency", 4)).filter((r) => r.requirement.check.kind === "studyScores")) {
      expect(result.verdict).toBe("unknown");
    }
  });
});

describe("PP 129/2000 Pasal 16 ayat (1): what the earlier procedure required", () => {
  it("political will (huruf a), an initial study (huruf b), and the DPRD approvals (huruf d for a kabupaten/kota, huruf c for a province)", () => {
    expect(cited("earlier", "regency", "politicalWill")).toEqual(["Pasal 16 ayat (1) huruf a PP 129/2000"]);
    expect(cited("earlier", "regency", "study")).toEqual(["Pasal 16 ayat (1) huruf b PP 129/2000"]);
    expect(cited("earlier", "regency", "approvals")).toEqual(["Pasal 16 ayat (1) huruf d PP 129/2000"]);
    expect(cited("earlier", "province", "approvals")).toEqual(["Pasal 16 ayat (1) huruf c PP 129/2000"]);
    const answered = proposal("regency", 4, { councilDecision: "yes", provincialCouncilDecision: "no" });
    expect(verdict("earlier", answered, "approvals")).toBe("unmet");
    expect(verdict("earlier", proposal("regency", 4, { councilDecision: "yes", provincialCouncilDecision: "yes" }), "approvals")).toBe("met");
  });
});

describe("PP 78/2007 Pasal 3 and UU 32/2004 Pasal 4 ayat (4): the parent region's minimum age", () => {
  it("is 7 years for a kabupaten or kota and 10 for a province", () => {
    expect([book.parentAgeYears("regency"), book.parentAgeYears("city"), book.parentAgeYears("province")]).toEqual([7, 7, 10]);
    expect(cited("current", "regency", "age")).toEqual(["Pasal 3 PP 78/2007", "Pasal 4 ayat (4) UU 32/2004"]);
  });
});

describe("PP 78/2007 Pasal 5: administrative requirements", () => {
  it("a kabupaten/kota needs the decisions of ayat (2) huruf a–d and the Minister's recommendation", () => {
    const administrative = book.requirements("current", "regency").filter((r) => r.category === "administrative");
    expect(administrative.map((r) => [r.key, formatCitation(r.citations[0]!)])).toEqual([
      ["aspiration", "Pasal 5 ayat (3) PP 78/2007"],
      ["councilDecision", "Pasal 5 ayat (2) huruf a PP 78/2007"],
      ["headDecision", "Pasal 5 ayat (2) huruf b PP 78/2007"],
      ["provincialCouncilDecision", "Pasal 5 ayat (2) huruf c PP 78/2007"],
      ["governorDecision", "Pasal 5 ayat (2) huruf d PP 78/2007"],
      ["ministerRecommendation", "Pasal 5 ayat (2) huruf d (dibaca huruf e) PP 78/2007"],
    ]);
    expect(book.requirement("current", "regency", "governorDecision")!.title).toBe("Keputusan gubernur tentang persetujuan pembentukan calon kabupaten/kota");
  });

  it("reads the Minister's recommendation, printed inside huruf d, as a requirement of its own, citing both places", () => {
    const note = book.requirement("current", "regency", "ministerRecommendation")!.note!;
    expect(note).toContain("Pasal 5 ayat (3) UU 32/2004");
    expect(note).toContain("Pasal 17 huruf h angka 5 PP 78/2007");
  });

  it("a province uses ayat (1) and UU 32/2004 Pasal 5 ayat (2)", () => {
    expect(cited("current", "province", "councilDecision")).toEqual(["Pasal 5 ayat (1) huruf a PP 78/2007", "Pasal 5 ayat (2) UU 32/2004"]);
  });

  it("a decision answered «not yet» is unmet; unanswered is unknown", () => {
    expect(verdict("current", proposal("regency", 5, { governorDecision: "no" }), "governorDecision")).toBe("unmet");
    expect(verdict("current", proposal("regency", 5, { governorDecision: "unknown" }), "governorDecision")).toBe("unknown");
    expect(verdict("current", proposal("regency", 5, { governorDecision: "yes" }), "governorDecision")).toBe("met");
  });
});

describe("PP 78/2007 Pasal 6: technical requirements", () => {
  it("reads the eleven factors from ayat (1) and leaves their scores to the study (ayat (2))", () => {
    expect(technicalFactors(book.law.get({ regulation: "PP 78/2007", article: 6, paragraph: 1 }).text)).toHaveLength(11);
    const scored = book.evaluate("current", proposal("regency", 5)).filter((r) => r.requirement.check.kind === "studyScores");
    expect(scored).toHaveLength(11);
    expect(scored.every((r) => r.verdict === "unknown")).toBe(true);
  });

  it("judges ayat (3) only from the study's category the official reports", () => {
    expect(verdict("current", proposal("regency", 5, { studyRating: "yes" }), "studyRating")).toBe("met");
    expect(verdict("current", proposal("regency", 5, { studyRating: "no" }), "studyRating")).toBe("unmet");
  });
});

describe("PP 78/2007 Pasal 9–13: map, one administrative whole, islands, capital, facilities", () => {
  it("cites the map article of the kind of region", () => {
    expect(cited("current", "regency", "map")).toEqual(["Pasal 10 PP 78/2007"]);
    expect(cited("current", "province", "map")).toEqual(["Pasal 9 PP 78/2007"]);
    expect(cited("current", "regency", "unity")).toEqual(["Pasal 11 ayat (2) PP 78/2007"]);
    expect(cited("current", "regency", "capital")).toEqual(["Pasal 12 PP 78/2007"]);
    expect(cited("current", "regency", "facilities")).toEqual(["Pasal 13 PP 78/2007"]);
  });

  it("the list of islands does not apply to a region that is not islands", () => {
    expect(verdict("current", proposal("regency", 5, { islands: "na" }), "islands")).toBe("met");
  });

  it("names who sets a capital for a kabupaten and a province; for a kota it notes Pasal 12 ayat (1) names no one and the 5-year move of ayat (4)", () => {
    expect(book.requirement("current", "regency", "capital")!.title).toContain("keputusan bupati dan keputusan DPRD kabupaten");
    expect(book.requirement("current", "province", "capital")!.title).toContain("keputusan gubernur dan keputusan DPRD provinsi");
    expect(book.requirement("current", "city", "capital")!.note).toContain("paling lama 5 tahun (ayat (4))");
  });
});
