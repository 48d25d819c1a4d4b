import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FundCatalog } from "../../src/domain/funds/fund-catalog.ts";
import { FundTable } from "../../src/domain/funds/fund-table.ts";
import type { FundRow } from "../../src/domain/funds/fund-table.ts";
import { parseSangiheAnnex } from "../../src/domain/funds/sangihe-annex.ts";

const text = readFileSync(new URL("../../prisma/regulations/perbup-sangihe-5-2022-dana-kampung.txt", import.meta.url), "utf8");
const annex = parseSangiheAnnex(text);
const sangihe2022 = new FundTable(annex.meta, annex.rows);

function row(rowNumber: number, district: string, village: string, villageFund: number): FundRow {
  return { rowNumber, district, village, villageFund, districtAllocation: 0, taxShare: 0, leviesShare: 0, total: villageFund };
}

const sangihe2023 = new FundTable({ ...annex.meta, fiscalYear: 2023, regulation: "Perbup Kepulauan Sangihe 1/2023" }, [
  row(1, "Tabukan Utara", "Kalasuge", 720_000_000),
  row(2, "Tabukan Utara", "Bahu", 900_000_000),
]);
const talaud2023 = new FundTable({ regency: "Kepulauan Talaud", fiscalYear: 2023, regulation: "Perbup Kepulauan Talaud 2/2023", annex: "Lampiran I" }, [
  row(1, "Lirung", "Lirung", 800_000_000),
  row(2, "Melonguane", "Bahu", 700_000_000),
]);

describe("FundCatalog", () => {
  const catalog = new FundCatalog([sangihe2022, talaud2023, sangihe2023]);

  it("defaults to the newest fiscal year, then the first registered", () => {
    expect(catalog.defaultTable()).toBe(talaud2023);
    expect(new FundCatalog([sangihe2022]).defaultTable()).toBe(sangihe2022);
    expect(new FundCatalog([]).defaultTable()).toBeUndefined();
  });

  it("finds a regency's table by a short or long name, newest year unless one is asked", () => {
    expect(catalog.tableForRegency("Sangihe")).toBe(sangihe2023);
    expect(catalog.tableForRegency("kabupaten kepulauan sangihe", 2022)).toBe(sangihe2022);
    expect(catalog.tableForRegency("Talaud")).toBe(talaud2023);
    expect(catalog.tableForRegency("Sangihe", 2019)).toBeUndefined();
    expect(catalog.tableForRegency("Minahasa")).toBeUndefined();
    expect(catalog.tableForRegency("")).toBeUndefined();
    expect(catalog.tablesForRegency("Sangihe")).toEqual([sangihe2023, sangihe2022]);
  });

  it("returns every table that has the name, with its meta", () => {
    const found = catalog.findVillage("Bahu");
    if (found.kind !== "found") throw new Error("Bahu not found");
    expect(found.matches.map((m) => [m.meta.regency, m.meta.fiscalYear, m.rows[0]?.district])).toEqual([
      ["Kepulauan Talaud", 2023, "Melonguane"],
      ["Kepulauan Sangihe", 2023, "Tabukan Utara"],
      ["Kepulauan Sangihe", 2022, "Tabukan Utara"],
    ]);
  });

  it("keeps a name found in one table only unambiguous", () => {
    const found = catalog.findVillage("Dagho");
    expect(found).toMatchObject({ kind: "found", match: "exact" });
    if (found.kind === "found") expect(found.matches.map((m) => m.table)).toEqual([sangihe2022]);
  });

  it("prefers exact matches in any table over corrections elsewhere", () => {
    const found = catalog.findVillage("Lirung");
    if (found.kind !== "found") throw new Error("Lirung not found");
    expect(found.match).toBe("exact");
    expect(found.matches.map((m) => m.table)).toEqual([talaud2023]);
  });

  it("corrects typos across tables and reports nothing for nonsense", () => {
    const found = catalog.findVillage("Kalasugee");
    expect(found).toMatchObject({ kind: "found", match: "corrected" });
    if (found.kind === "found") expect(found.matches).toHaveLength(2);
    expect(catalog.findVillage("qqqqqqq")).toEqual({ kind: "none" });
  });
});
