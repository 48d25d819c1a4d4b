import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleLabel, LegalText, RegulationTextError } from "../../../src/domain/region/legal-text.ts";
import { onlyQuantity, quantityFollowedBy } from "../../../src/domain/region/quantities.ts";
import { parseRegionFormationText } from "../../../src/domain/region/region-formation-text.ts";

const text = readFileSync(new URL("../../../prisma/regulations/pp-129-2000-pp-78-2007-region-formation.txt", import.meta.url), "utf8");
const parsed = parseRegionFormationText(text);
const law = new LegalText(parsed.regulations, parsed.provisions);

describe("the region-formation text: three regulations and a news item", () => {
  it("finds PP 129/2000, UU 32/2004 and PP 78/2007 with their titles", () => {
    expect(parsed.regulations).toEqual([
      {
        code: "PP 129/2000",
        title: "Peraturan Pemerintah Nomor 129 Tahun 2000 tentang Persyaratan Pembentukan dan Kriteria Pemekaran, Penghapusan dan Penggabungan Daerah",
        position: 1,
      },
      { code: "UU 32/2004", title: "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah", position: 2 },
      {
        code: "PP 78/2007",
        title: "Peraturan Pemerintah Nomor 78 Tahun 2007 tentang Tata Cara Pembentukan, Penghapusan, dan Penggabungan Daerah",
        position: 3,
      },
    ]);
  });

  it("reads the articles each regulation's text has", () => {
    const articles = (code: string) => [...new Set(parsed.provisions.filter((p) => p.regulation === code).map((p) => p.article))];
    expect(articles("PP 129/2000")).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(articles("UU 32/2004")).toEqual([4, 5, 6, 8]);
    expect(articles("PP 78/2007")).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 30]);
  });

  it("takes nothing from the news item or the signature blocks", () => {
    expect(parsed.provisions.some((p) => /Chatib|KPPOD|ABDURRAHMAN|DJOHAN|NOMOR 233/i.test(p.text))).toBe(false);
    expect(law.get({ regulation: "PP 129/2000", article: 20 }).text).toMatch(/^Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan\. Agar setiap orang/);
  });

  it("reads PP 129/2000's numbered items as the letters its articles cite, keeping the printed marker", () => {
    const item = law.get({ regulation: "PP 129/2000", article: 10, item: "e" });
    expect(item.text).toBe("Kabupaten yang akan dibentuk minimal telah terdiri dari 3 (tiga) Kecamatan;");
    expect(item.printedItem).toBe("5.");
    expect(articleLabel(item)).toBe("Pasal 10 huruf e");
    expect(law.get({ regulation: "PP 129/2000", article: 16, paragraph: 1, item: "f" }).text).toMatch(/^berdasarkan rekomendasi pada huruf e/);
  });

  it("reads PP 78/2007's ayat, huruf and angka", () => {
    expect(law.get({ regulation: "PP 78/2007", article: 5, paragraph: 2, item: "a" }).text).toBe(
      "Keputusan DPRD kabupaten/kota induk tentang persetujuan pembentukan calon kabupaten/kota;",
    );
    expect(law.within({ regulation: "PP 78/2007", article: 16, item: "h" }).map((p) => p.subItem)).toEqual([null, 1, 2, 3, 4, 5]);
    expect(articleLabel(law.get({ regulation: "PP 78/2007", article: 16, item: "d", subItem: 2 }))).toBe("Pasal 16 huruf d angka 2");
  });

  it("throws when a rule asks for a provision the text does not have", () => {
    expect(() => law.get({ regulation: "PP 78/2007", article: 23 })).toThrow(RegulationTextError);
  });

  it("refuses a text that lacks one of the three regulations", () => {
    expect(() => parseRegionFormationText(text.replace(/NOMOR 78 TAHUN 2007/g, "NOMOR 87 TAHUN 2007"))).toThrow(/no PP 78\/2007/);
  });
});

describe("figures as the law writes them: «5 (lima)»", () => {
  it("reads a figure with its words, and the one followed by a phrase", () => {
    expect(onlyQuantity("pembentukan kabupaten paling sedikit 5 (lima) kecamatan; dan")).toBe(5);
    const age = law.get({ regulation: "PP 78/2007", article: 3 }).text;
    expect(quantityFollowedBy(age, "tahun bagi provinsi")).toBe(10);
    expect(quantityFollowedBy(age, "tahun bagi kabupaten")).toBe(7);
  });

  it("stops when the figure and its words disagree, or when there is not exactly one", () => {
    expect(() => onlyQuantity("paling sedikit 5 (enam) kecamatan")).toThrow(/the figure 5 is "lima", not "enam"/);
    expect(() => onlyQuantity("tanpa angka")).toThrow(RegulationTextError);
    expect(() => onlyQuantity("1 (satu) dan 2 (dua)")).toThrow(RegulationTextError);
  });
});
