import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FUND_COLUMNS, FundTable, page } from "../../src/domain/funds/fund-table.ts";
import type { FundColumn } from "../../src/domain/funds/fund-table.ts";
import { AnnexFormatError, parseSangiheAnnex } from "../../src/domain/funds/sangihe-annex.ts";
import { validateFundRows } from "../../src/domain/funds/table-validation.ts";

const text = readFileSync(new URL("../../prisma/regulations/perbup-sangihe-5-2022-dana-kampung.txt", import.meta.url), "utf8");
const annex = parseSangiheAnnex(text);
const table = new FundTable(annex.meta, annex.rows);
const columns: FundColumn[] = FUND_COLUMNS.map((c) => c.key);

describe("Lampiran Perbup Kepulauan Sangihe 5/2022 (Pasal 13): parsing", () => {
  it("reads 145 kampung rows numbered 1..145 in order", () => {
    expect(annex.rows).toHaveLength(145);
    expect(annex.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 145 }, (_, i) => i + 1));
  });

  it("reads the first row and the TOTAL row", () => {
    expect(annex.rows[0]).toEqual({
      rowNumber: 1,
      district: "Tabukan Utara",
      village: "Kalasuge",
      villageFund: 707_475_000,
      districtAllocation: 442_268_879,
      taxShare: 7_595_663,
      leviesShare: 3_325_458,
      total: 1_160_665_000,
    });
    expect(annex.totalRow).toEqual({
      villageFund: 100_801_378_000,
      districtAllocation: 51_238_988_987,
      taxShare: 1_101_371_135,
      leviesShare: 482_191_410,
      total: 153_623_929_532,
    });
  });

  it("carries the regulation's meta", () => {
    expect(annex.meta).toEqual({
      regency: "Kepulauan Sangihe",
      fiscalYear: 2022,
      regulation: "Perbup Kepulauan Sangihe 5/2022",
      annex: "Lampiran",
    });
  });

  it("repairs names spread letter by letter by OCR", () => {
    expect(annex.rows[57]).toMatchObject({ rowNumber: 58, village: "Bebu", district: "Tamako" });
    expect(annex.rows[60]).toMatchObject({ rowNumber: 61, village: "Dagho", district: "Tamako" });
    expect(annex.rows.filter((r) => /^(\p{L} )+\p{L}$/u.test(r.village))).toEqual([]);
  });

  it("adds up: every row's parts equal its total, every column equals the TOTAL row", () => {
    expect(validateFundRows(annex.rows, annex.totalRow)).toEqual([]);
  });

  it("reads the last row, whose ADK and total are not round", () => {
    expect(annex.rows[144]).toMatchObject({ village: "Matutuang", districtAllocation: 314_470_411, total: 1_030_746_532 });
  });
});

describe("Lampiran: the parser refuses a damaged structure", () => {
  it("refuses a text that is not this regulation", () => {
    expect(() => parseSangiheAnnex("LAMPIRAN\n1\tA\tB\t1\t1\t1\t1\t4")).toThrow(AnnexFormatError);
  });

  it("refuses a missing row (numbers not contiguous)", () => {
    const damaged = text.replace(/^2\tTabukan Utara\tBahu\t.*\n/m, "");
    expect(() => parseSangiheAnnex(damaged)).toThrow(/row number 3 where 2 was expected/);
  });

  it("refuses a missing TOTAL row", () => {
    const damaged = text.replace(/^\tTOTAL\t.*$/m, "");
    expect(() => parseSangiheAnnex(damaged)).toThrow(/no TOTAL row/);
  });

  it("refuses an unreadable amount, naming the line", () => {
    const damaged = text.replace("707,475,000", "707.475,OOO");
    expect(() => parseSangiheAnnex(damaged)).toThrow(/line \d+: "707.475,OOO" is not an amount/);
  });

  it("refuses a row after the TOTAL row", () => {
    const damaged = text.replace(/^(\tTOTAL\t.*)$/m, "$1\n146\tTamako\tBaru\t1\t1\t1\t1\t4");
    expect(() => parseSangiheAnnex(damaged)).toThrow(/after the TOTAL row/);
  });

  it("tolerates Windows line ends", () => {
    expect(parseSangiheAnnex(text.replace(/\n/g, "\r\n")).rows).toHaveLength(145);
  });
});

describe("FundTable over the annex: kampung lookup", () => {
  it("finds every kampung by its exact name", () => {
    for (const row of annex.rows) {
      const found = table.findVillage(row.village);
      expect(found.kind).toBe("found");
      if (found.kind === "found") expect(found.rows).toContainEqual(row);
    }
  });

  it("returns both rows for names used in two kecamatan", () => {
    const mala = table.findVillage("Mala");
    expect(mala).toMatchObject({ kind: "found", match: "exact" });
    if (mala.kind === "found") {
      expect(mala.rows.map((r) => [r.rowNumber, r.district])).toEqual([
        [3, "Tabukan Utara"],
        [75, "Manganitu"],
      ]);
    }
    const bukide = table.findVillage("bukide");
    if (bukide.kind !== "found") throw new Error("Bukide not found");
    expect(bukide.rows.map((r) => [r.rowNumber, r.district])).toEqual([
      [27, "Nusa Tabukan"],
      [116, "Tabukan Selatan"],
    ]);
  });

  it.each(["KALASUGE", "kala suge", "Kala-suge", " kalasuge "])("finds Kalasuge exactly from %j", (query) => {
    expect(table.findVillage(query)).toMatchObject({ kind: "found", match: "exact", rows: [{ rowNumber: 1 }] });
  });

  it("corrects a one-letter typo when only one name is that close", () => {
    expect(table.findVillage("Kalasugee")).toMatchObject({ kind: "found", match: "corrected", rows: [{ village: "Kalasuge" }] });
    expect(table.findVillage("Kalasge")).toMatchObject({ kind: "found", match: "corrected", rows: [{ village: "Kalasuge" }] });
  });

  it("suggests when the query is short or close to several names", () => {
    const found = table.findVillage("Kal");
    expect(found.kind).toBe("suggest");
    if (found.kind === "suggest") expect(found.suggestions.every((r) => r.village.toLowerCase().startsWith("kal"))).toBe(true);
    const lapang = table.findVillage("Lapang");
    expect(lapang.kind).toBe("suggest");
    if (lapang.kind === "suggest") expect(lapang.suggestions.map((r) => r.village)).toEqual(expect.arrayContaining(["Lipang", "Lapango"]));
  });

  it("finds nothing for nonsense", () => {
    expect(table.findVillage("xyzzyq")).toEqual({ kind: "none" });
    expect(table.findVillage("")).toEqual({ kind: "none" });
    expect(table.findVillage("🙂".repeat(2000))).toEqual({ kind: "none" });
  });

  it("looks rows up by row number and cites the annex row", () => {
    const row = table.row(58);
    expect(row?.village).toBe("Bebu");
    expect(row && table.citationFor(row)).toEqual({ regulation: "Perbup Kepulauan Sangihe 5/2022", article: "Lampiran baris 58" });
  });
});

describe("FundTable over the annex: kecamatan and kabupaten", () => {
  it("lists the 12 kecamatan in annex order", () => {
    expect(table.districts()).toEqual([
      "Tabukan Utara",
      "Nusa Tabukan",
      "Manganitu Selatan",
      "Tatoareng",
      "Tamako",
      "Manganitu",
      "Tabukan Tengah",
      "Tabukan Selatan",
      "Kendahe",
      "Tabukan Selatan Tengah",
      "Tabukan Selatan Tenggara",
      "Kepulauan Marore",
    ]);
  });

  it("summarises a kecamatan with totals and kampung ranked by total", () => {
    const found = table.findDistrict("kepulauan marore");
    if (found.kind !== "found") throw new Error("Kepulauan Marore not found");
    expect(found.summary.villageCount).toBe(3);
    expect(found.summary.totals).toEqual({
      villageFund: 2_049_015_000,
      districtAllocation: 993_808_169,
      taxShare: 22_786_989,
      leviesShare: 9_976_374,
      total: 3_075_586_532,
    });
    expect(found.summary.villages.map((r) => r.village)).toEqual(["Marore", "Matutuang", "Kawio"]);
  });

  it("corrects or suggests kecamatan names", () => {
    expect(table.findDistrict("Tamakoo")).toMatchObject({ kind: "found", match: "corrected", summary: { district: "Tamako", villageCount: 20 } });
    const tabukan = table.findDistrict("tabukan");
    expect(tabukan.kind).toBe("suggest");
    if (tabukan.kind === "suggest") expect(tabukan.suggestions).toContain("Tabukan Utara");
    expect(table.findDistrict("Tabukan Selatan")).toMatchObject({ kind: "found", summary: { district: "Tabukan Selatan", villageCount: 14 } });
    expect(table.findDistrict("qqqqqq")).toEqual({ kind: "none" });
  });

  it("kecamatan totals add up to the kabupaten totals", () => {
    const sums = Object.fromEntries(columns.map((c) => [c, table.districtSummaries().reduce((a, d) => a + d.totals[c], 0)]));
    expect(sums).toEqual(annex.totalRow);
  });

  it("gives the kabupaten totals: every column, 145 kampung, 12 kecamatan", () => {
    expect(table.regencyTotals()).toEqual({ totals: annex.totalRow, villageCount: 145, districtCount: 12 });
  });
});

describe("FundTable over the annex: ranking, comparing, paging", () => {
  it("ranks the whole kabupaten by any column", () => {
    expect(table.rank("total", "highest", 3).map((r) => r.village)).toEqual(["Lapango", "Kalekube", "Nanedakele"]);
    expect(table.rank("villageFund", "lowest", 3).map((r) => r.village)).toEqual(["Mandoi", "Kalinda I", "Bengka"]);
  });

  it("ranks within a kecamatan", () => {
    expect(table.rank("total", "lowest", 3, "tamako").map((r) => r.village)).toEqual(["Kalinda I", "Mahumu I", "Lelipang"]);
    expect(table.rank("total", "highest", 100, "Tamako")).toHaveLength(20);
    expect(table.rank("total", "highest", 5, "Atlantis")).toEqual([]);
  });

  it("orders ties by row number and refuses silly counts quietly", () => {
    const byTax = table.rank("taxShare", "highest", 145);
    expect(byTax.map((r) => r.rowNumber)).toEqual(Array.from({ length: 145 }, (_, i) => i + 1));
    expect(table.rank("total", "highest", 0)).toEqual([]);
    expect(table.rank("total", "highest", -3)).toEqual([]);
    expect(table.rank("total", "highest", Number.NaN)).toEqual([]);
    expect(table.rank("total", "highest", 1000)).toHaveLength(145);
  });

  it("compares two kampung column by column", () => {
    const bahu = table.row(2);
    const naha = table.row(5);
    if (!bahu || !naha) throw new Error("rows missing");
    const comparison = table.compare(bahu, naha);
    expect(comparison.columns.find((c) => c.column === "villageFund")).toEqual({
      column: "villageFund",
      a: 891_043_000,
      b: 636_408_000,
      difference: 254_635_000,
    });
    expect(comparison.columns.find((c) => c.column === "total")?.difference).toBe(1_302_233_000 - 1_072_798_000);
  });

  it("pages lists, clamping page numbers from callback data", () => {
    const first = page(annex.rows, 1, 10);
    expect(first).toMatchObject({ page: 1, pageSize: 10, totalItems: 145, totalPages: 15, hasPrevious: false, hasNext: true });
    expect(first.items[0]?.rowNumber).toBe(1);
    const last = page(annex.rows, 99, 10);
    expect(last).toMatchObject({ page: 15, hasNext: false, hasPrevious: true });
    expect(last.items.map((r) => r.rowNumber)).toEqual([141, 142, 143, 144, 145]);
    expect(page(annex.rows, Number.NaN, 0)).toMatchObject({ page: 1, pageSize: 1 });
    expect(page([], 3, 10)).toMatchObject({ items: [], page: 1, totalPages: 1 });
  });
});
