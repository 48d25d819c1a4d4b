import { describe, expect, it } from "vitest";
import { parseFundCsv } from "../../src/store/funds/fund-csv.ts";

const HEADER = "no,kecamatan,kampung,apbn,adk,pajak,retribusi,total";

describe("CSV fund tables (npm run import:funds)", () => {
  it("reads a valid table with a TOTAL row, in annex or PUEBI number style", () => {
    const result = parseFundCsv(
      [
        HEADER,
        '1,Tabukan Utara,Kalasuge,"707,475,000","442,268,879","7,595,663","3,325,458","1,160,665,000"',
        "2,Tabukan Utara,Bahu,Rp891.043.000,Rp400.268.879,7595663,3325458,1302233000",
        ',TOTAL,,"1,598,518,000","842,537,758","15,191,326","6,650,916","2,462,898,000"',
      ].join("\n"),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[1]).toMatchObject({ village: "Bahu", villageFund: 891_043_000, total: 1_302_233_000 });
    expect(result.totalRow?.total).toBe(2_462_898_000);
  });

  it("accepts semicolons and Indonesian header names", () => {
    const result = parseFundCsv("No;Kecamatan;Nama Desa;APBN;ADD;Bagi Hasil Pajak;Bagi Hasil Retribusi;Jumlah\n1;A;B;10;20;3;4;37");
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.districtAllocation).toBe(20);
  });

  it("names the missing columns", () => {
    const result = parseFundCsv("no,kecamatan,kampung,apbn,adk,total\n1,A,B,1,2,3");
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain("pajak");
    expect(result.problems[0]).toContain("retribusi");
  });

  it("names every row whose parts do not add up, and a column that does not match the TOTAL row", () => {
    const result = parseFundCsv(
      [HEADER, "1,A,B,10,20,3,4,37", "2,A,C,10,20,3,4,40", "3,A,D,1,1,1,1,5", ",TOTAL,,21,41,7,9,80"].join("\n"),
    );
    expect(result.problems.some((problem) => problem.includes("NO 2"))).toBe(true);
    expect(result.problems.some((problem) => problem.includes("NO 3"))).toBe(true);
    expect(result.problems.some((problem) => problem.includes("NO 1"))).toBe(false);
    expect(result.problems.some((problem) => problem.includes("kolom Total"))).toBe(true);
  });

  it("refuses amounts that are not whole rupiah, negative, or not numbers, naming the CSV line", () => {
    const result = parseFundCsv([HEADER, "1,A,B,10.5,20,3,4,37", "2,A,C,-10,20,3,4,17", "3,A,D,abc,1,1,1,3"].join("\n"));
    expect(result.problems.filter((problem) => /^baris [234]:/.test(problem))).toHaveLength(3);
  });

  it("survives garbage and an empty file", () => {
    expect(parseFundCsv("").problems).toEqual(["Berkas CSV kosong."]);
    expect(parseFundCsv('"unclosed,quote\n1,2').problems[0]).toMatch(/CSV tidak bisa dibaca|Kolom tidak ada/);
    expect(parseFundCsv("\u0000\u0001😀,🙂\n\u202e,x").problems.length).toBeGreaterThan(0);
  });
});
