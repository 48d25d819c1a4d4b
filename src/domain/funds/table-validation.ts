import { FUND_COLUMNS, FUND_PART_COLUMNS } from "./fund-table.ts";
import type { FundColumn, FundRow, FundTotals } from "./fund-table.ts";

export type FundTableProblemCode =
  | "EMPTY_TABLE"
  | "INVALID_ROW_NUMBER"
  | "DUPLICATE_ROW_NUMBER"
  | "MISSING_NAME"
  | "INVALID_AMOUNT"
  | "PARTS_DO_NOT_ADD_UP"
  | "COLUMN_SUM_MISMATCH";

/**
 * One thing wrong with a table. `rowNumber` names the row; it is null for problems of the TOTAL row or of the
 * table as a whole. `difference` is always actual − expected.
 */
export interface FundTableProblem {
  readonly code: FundTableProblemCode;
  readonly rowNumber: number | null;
  readonly column?: FundColumn;
  readonly field?: "district" | "village";
  readonly expected?: number;
  readonly actual?: number;
  readonly difference?: number;
}

const ALL_COLUMNS: readonly FundColumn[] = FUND_COLUMNS.map((c) => c.key);

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function rowProblems(row: FundRow): FundTableProblem[] {
  const problems: FundTableProblem[] = [];
  const rowNumber = row.rowNumber;
  if (!Number.isSafeInteger(rowNumber) || rowNumber < 1) problems.push({ code: "INVALID_ROW_NUMBER", rowNumber });
  for (const field of ["district", "village"] as const) {
    if (typeof row[field] !== "string" || row[field].trim() === "") problems.push({ code: "MISSING_NAME", rowNumber, field });
  }

  const invalid = ALL_COLUMNS.filter((column) => !isAmount(row[column]));
  for (const column of invalid) problems.push({ code: "INVALID_AMOUNT", rowNumber, column, actual: row[column] });
  if (invalid.length > 0) return problems;

  const parts = FUND_PART_COLUMNS.reduce((sum, column) => sum + row[column], 0);
  if (parts !== row.total) {
    problems.push({
      code: "PARTS_DO_NOT_ADD_UP",
      rowNumber,
      column: "total",
      expected: parts,
      actual: row.total,
      difference: row.total - parts,
    });
  }
  return problems;
}

/**
 * Everything wrong with a table, row by row, then against its TOTAL row when one is given. An empty list means the
 * table can be used; importers refuse the table whole otherwise, so every problem is reported, not only the first.
 */
export function validateFundRows(rows: readonly FundRow[], totalRow?: FundTotals): FundTableProblem[] {
  if (rows.length === 0) return [{ code: "EMPTY_TABLE", rowNumber: null }];

  const problems: FundTableProblem[] = [];
  const seen = new Set<number>();
  const reported = new Set<number>();
  for (const row of rows) {
    problems.push(...rowProblems(row));
    if (seen.has(row.rowNumber) && !reported.has(row.rowNumber)) {
      problems.push({ code: "DUPLICATE_ROW_NUMBER", rowNumber: row.rowNumber });
      reported.add(row.rowNumber);
    }
    seen.add(row.rowNumber);
  }

  if (totalRow) {
    for (const column of ALL_COLUMNS) {
      const sum = rows.reduce((acc, row) => acc + (isAmount(row[column]) ? row[column] : 0), 0);
      const expected = totalRow[column];
      if (sum !== expected) {
        problems.push({ code: "COLUMN_SUM_MISMATCH", rowNumber: null, column, expected, actual: sum, difference: sum - expected });
      }
    }
  }
  return problems;
}
