import { describe, expect, it } from "vitest";
import type { FundRow, FundTotals } from "../../src/domain/funds/fund-table.ts";
import { validateFundRows } from "../../src/domain/funds/table-validation.ts";

const rows: FundRow[] = [
  { rowNumber: 1, district: "Tabukan Utara", village: "Kalasuge", villageFund: 707_475_000, districtAllocation: 442_268_879, taxShare: 7_595_663, leviesShare: 3_325_458, total: 1_160_665_000 },
  { rowNumber: 2, district: "Tabukan Utara", village: "Bahu", villageFund: 891_043_000, districtAllocation: 400_268_879, taxShare: 7_595_663, leviesShare: 3_325_458, total: 1_302_233_000 },
];
const totals: FundTotals = {
  villageFund: 1_598_518_000,
  districtAllocation: 842_537_758,
  taxShare: 15_191_326,
  leviesShare: 6_650_916,
  total: 2_462_898_000,
};

describe("validateFundRows (Pasal 13: the annex figures)", () => {
  it("accepts rows that add up and match their TOTAL row", () => {
    expect(validateFundRows(rows, totals)).toEqual([]);
    expect(validateFundRows(rows)).toEqual([]);
  });

  it("catches a row whose parts do not add up, with the difference", () => {
    const broken = [rows[0] as FundRow, { ...(rows[1] as FundRow), total: 1_302_234_000 }];
    expect(validateFundRows(broken)).toEqual([
      { code: "PARTS_DO_NOT_ADD_UP", rowNumber: 2, column: "total", expected: 1_302_233_000, actual: 1_302_234_000, difference: 1000 },
    ]);
  });

  it("catches a column whose sum differs from the TOTAL row", () => {
    const broken = [rows[0] as FundRow, { ...(rows[1] as FundRow), taxShare: 7_595_000, total: 1_302_232_337 }];
    expect(validateFundRows(broken, totals)).toEqual([
      { code: "COLUMN_SUM_MISMATCH", rowNumber: null, column: "taxShare", expected: 15_191_326, actual: 15_190_663, difference: -663 },
      { code: "COLUMN_SUM_MISMATCH", rowNumber: null, column: "total", expected: 2_462_898_000, actual: 2_462_897_337, difference: -663 },
    ]);
  });

  it("catches duplicate row numbers once per number", () => {
    const dup = [rows[0] as FundRow, { ...(rows[1] as FundRow), rowNumber: 1 }, { ...(rows[1] as FundRow), rowNumber: 1 }];
    expect(validateFundRows(dup).filter((p) => p.code === "DUPLICATE_ROW_NUMBER")).toEqual([{ code: "DUPLICATE_ROW_NUMBER", rowNumber: 1 }]);
  });

  it("catches fractions, negatives, NaN and missing names", () => {
    const bad: FundRow[] = [
      { ...(rows[0] as FundRow), villageFund: 707_475_000.5 },
      { ...(rows[1] as FundRow), taxShare: -1, leviesShare: Number.NaN, village: " " },
      { ...(rows[1] as FundRow), rowNumber: 0 },
    ];
    const problems = validateFundRows(bad);
    expect(problems).toContainEqual({ code: "INVALID_AMOUNT", rowNumber: 1, column: "villageFund", actual: 707_475_000.5 });
    expect(problems).toContainEqual({ code: "INVALID_AMOUNT", rowNumber: 2, column: "taxShare", actual: -1 });
    expect(problems).toContainEqual({ code: "INVALID_AMOUNT", rowNumber: 2, column: "leviesShare", actual: Number.NaN });
    expect(problems).toContainEqual({ code: "MISSING_NAME", rowNumber: 2, field: "village" });
    expect(problems).toContainEqual({ code: "INVALID_ROW_NUMBER", rowNumber: 0 });
  });

  it("refuses an empty table", () => {
    expect(validateFundRows([])).toEqual([{ code: "EMPTY_TABLE", rowNumber: null }]);
  });
});
