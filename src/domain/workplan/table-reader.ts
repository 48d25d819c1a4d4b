import { parseIndonesianNumber } from "../shared/numbers.ts";
import { parseTarget } from "./target.ts";
import type { WorkPlanTableRow } from "./work-plan-document.ts";

/** A tab-separated table of the work plan, as the OCR text lays it out: a header row, then rows. */

export type ColumnKey = "number" | "strategicGoal" | "activity" | "indicator" | "unit" | "target" | "budget";

const COLUMN_BY_HEADER: ReadonlyMap<string, ColumnKey> = new Map<string, ColumnKey>([
  ["no", "number"],
  ["sasaran strategis", "strategicGoal"],
  ["kegiatan", "activity"],
  ["indikator kinerja", "indicator"],
  ["satuan", "unit"],
  ["target", "target"],
  ["anggaran", "budget"],
  ["anggaran (rp)", "budget"],
]);

export class WorkPlanFormatError extends Error {
  override readonly name = "WorkPlanFormatError";
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.line = line;
  }
}

export function cellsOf(line: string): string[] {
  return line.split("\t").map((cell) => cell.replace(/\s+/g, " ").trim());
}

/** The columns of a header row ("No\tIndikator Kinerja\tSatuan\tTarget\tAnggaran"), or null when it is not one. */
export function headerColumns(line: string): ColumnKey[] | null {
  if (!line.includes("\t")) return null;
  const cells = cellsOf(line).filter((cell) => cell !== "");
  if (cells[0]?.toLowerCase() !== "no") return null;
  const columns = cells.map((cell) => COLUMN_BY_HEADER.get(cell.toLowerCase()));
  if (columns.some((column) => column === undefined)) return null;
  const keys = columns as ColumnKey[];
  if (!keys.includes("indicator") || !keys.includes("target")) return null;
  return keys;
}

/** "---\t--\t----" rows drawn under a table. */
function isRule(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === "" || /^-+$/.test(cell));
}

/** A heading row inside a table: "Program Dukungan Manajemen" in the first cell, the rest empty. */
function programmeHeading(cells: readonly string[]): string | null {
  const [first = "", ...rest] = cells;
  return /^Program\b/i.test(first) && rest.every((cell) => cell === "") ? first : null;
}

interface MutableRow {
  position: number;
  printedNumber: string | null;
  programme: string | null;
  cells: Map<ColumnKey, string>;
  line: number;
}

/**
 * Reads the rows of one table. `programme` is the programme the whole table is about, if any; heading rows
 * inside the table ("Program …" alone on a row) override it for the rows below them. A row with no number and
 * no target continues the row above it (the OCR split a tall cell over two lines); a row with no number but a
 * target is a row of its own.
 */
export class TableReader {
  private readonly rows: MutableRow[] = [];
  private programme: string | null;

  constructor(
    readonly columns: readonly ColumnKey[],
    readonly headerLine: number,
    programme: string | null,
  ) {
    this.programme = programme;
  }

  /** Takes one tab-separated line of the table (never the header). */
  add(line: string, lineNumber: number): void {
    const cells = cellsOf(line);
    while (cells.length > this.columns.length && cells[cells.length - 1] === "") cells.pop();
    if (isRule(cells)) return;
    const heading = programmeHeading(cells);
    if (heading) {
      this.programme = heading;
      return;
    }
    if (cells.length > this.columns.length) {
      throw new WorkPlanFormatError(`${cells.length} cells in a table of ${this.columns.length} columns`, lineNumber);
    }
    const byColumn = new Map<ColumnKey, string>();
    this.columns.forEach((column, index) => byColumn.set(column, cells[index] ?? ""));
    const number = byColumn.get("number") ?? "";
    const target = byColumn.get("target") ?? "";
    const previous = this.rows[this.rows.length - 1];

    if (number === "" && target === "") {
      if (!previous) throw new WorkPlanFormatError("a continuation line with no row above it", lineNumber);
      for (const [column, text] of byColumn) {
        if (text === "") continue;
        const before = previous.cells.get(column) ?? "";
        previous.cells.set(column, before === "" ? text : `${before} ${text}`);
      }
      return;
    }
    if (number !== "" && !/^\d{1,3}$/.test(number)) {
      throw new WorkPlanFormatError(`unrecognised table row: "${line.trim()}"`, lineNumber);
    }
    this.rows.push({
      position: this.rows.length + 1,
      printedNumber: number === "" ? null : number,
      programme: this.programme,
      cells: byColumn,
      line: lineNumber,
    });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  finish(): WorkPlanTableRow[] {
    return this.rows.map((row) => {
      const cell = (column: ColumnKey): string | null => {
        if (!this.columns.includes(column)) return null;
        return row.cells.get(column) ?? "";
      };
      const indicator = cell("indicator") ?? "";
      if (indicator === "") throw new WorkPlanFormatError("a row without an indicator", row.line);
      const targetText = cell("target") ?? "";
      const target = parseTarget(targetText);
      if (!target) throw new WorkPlanFormatError(`"${targetText}" is not a target like 82%, 13 kec or 1 dokumen`, row.line);
      return {
        position: row.position,
        printedNumber: row.printedNumber,
        programme: row.programme,
        strategicGoal: cell("strategicGoal") || null,
        activity: cell("activity") || null,
        indicator,
        unit: cell("unit") || null,
        targetText: target.text,
        target,
        budget: this.budgetOf(cell("budget"), row.line),
        line: row.line,
      };
    });
  }

  private budgetOf(text: string | null, line: number): number | null {
    if (text === null) return null;
    const value = parseIndonesianNumber(text);
    if (value === null || !Number.isSafeInteger(value) || value < 0) {
      throw new WorkPlanFormatError(`"${text}" is not a budget in whole rupiah like 14.271.302.000`, line);
    }
    return value;
  }
}
