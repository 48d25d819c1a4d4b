import { parseAnnexAmount } from "../shared/numbers.ts";
import { repairSpacedLetters } from "../shared/text.ts";
import type { FundRow, FundTableMeta, FundTotals } from "./fund-table.ts";

export const SANGIHE_2022_META: FundTableMeta = {
  regency: "Kepulauan Sangihe",
  fiscalYear: 2022,
  regulation: "Perbup Kepulauan Sangihe 5/2022",
  annex: "Lampiran",
};

export interface ParsedAnnex {
  readonly rows: FundRow[];
  readonly totalRow: FundTotals;
  readonly meta: FundTableMeta;
}

export class AnnexFormatError extends Error {
  override readonly name = "AnnexFormatError";
  /** 1-based line in the regulation text, when the problem is on one line. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.line = line;
  }
}

const AMOUNT_COLUMNS = 5;

function cellsOf(line: string): string[] {
  const cells = line.split("\t").map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

function cleanName(cell: string): string {
  return repairSpacedLetters(cell.replace(/\s+/g, " ").trim());
}

/** The header blocks repeat on every page: "NO KECAMATAN …", "APBN ADK …", "(1) (2) … (8)". */
function isHeader(cells: readonly string[]): boolean {
  const first = cells.find((c) => c !== "") ?? "";
  return /^NO$/i.test(first) || /^APBN$/i.test(first) || /^\(1\)$/.test(first);
}

function amounts(cells: readonly string[], lineNumber: number): number[] {
  if (cells.length !== AMOUNT_COLUMNS) throw new AnnexFormatError(`expected ${AMOUNT_COLUMNS} amounts, found ${cells.length}`, lineNumber);
  return cells.map((cell) => {
    const value = parseAnnexAmount(cell);
    if (value === null) throw new AnnexFormatError(`"${cell}" is not an amount like 707,475,000`, lineNumber);
    return value;
  });
}

function toTotals([villageFund = 0, districtAllocation = 0, taxShare = 0, leviesShare = 0, total = 0]: readonly number[]): FundTotals {
  return { villageFund, districtAllocation, taxShare, leviesShare, total };
}

/** Where the annex starts: a line reading just "LAMPIRAN" (Pasal 13 mentions "Lampiran" in running text). */
function annexStart(lines: readonly string[]): number {
  const index = lines.findIndex((line) => line.trim() === "LAMPIRAN");
  if (index < 0) throw new AnnexFormatError('no line reading "LAMPIRAN": this is not the annex of the regulation');
  return index;
}

function assertIsSangihe2022(text: string): void {
  const flat = text.replace(/\s+/g, " ").toUpperCase();
  if (!flat.includes("BUPATI KEPULAUAN SANGIHE") || !flat.includes("NOMOR 5 TAHUN 2022")) {
    throw new AnnexFormatError("the text is not Peraturan Bupati Kepulauan Sangihe Nomor 5 Tahun 2022");
  }
}

/**
 * Reads the kampung table of the annex of Perbup Kepulauan Sangihe 5/2022: 8 tab-separated columns
 * (NO, KECAMATAN, NAMA KAMPUNG, APBN, ADK, BAGI HASIL PAJAK, BAGI HASIL RETRIBUSI, TOTAL), page headers repeated,
 * then one TOTAL row. Names spread by OCR ("D a g h o") are joined back. Throws AnnexFormatError when the structure
 * is not exactly that: unknown lines, row numbers not 1..N in order, no TOTAL row or rows after it.
 * Whether the figures add up is checked separately by validateFundRows.
 */
export function parseSangiheAnnex(regulationText: string): ParsedAnnex {
  assertIsSangihe2022(regulationText);
  const lines = regulationText.split(/\r?\n/);
  const start = annexStart(lines);

  const rows: FundRow[] = [];
  let totalRow: FundTotals | undefined;

  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const lineNumber = i + 1;
    if (!line.includes("\t")) continue; // titles, page marks, the signature block
    const cells = cellsOf(line);
    if (cells.length === 0 || isHeader(cells)) continue;

    const [first = "", second = "", third = "", ...rest] = cells;
    if (first === "" && /^TOTAL$/i.test(second)) {
      if (totalRow) throw new AnnexFormatError("a second TOTAL row", lineNumber);
      totalRow = toTotals(amounts(rest, lineNumber));
      continue;
    }
    if (totalRow) throw new AnnexFormatError("a table row after the TOTAL row", lineNumber);
    if (!/^\d+$/.test(first)) throw new AnnexFormatError(`unrecognised table line: "${line.trim()}"`, lineNumber);

    const rowNumber = Number(first);
    const expected = rows.length + 1;
    if (rowNumber !== expected) throw new AnnexFormatError(`row number ${rowNumber} where ${expected} was expected`, lineNumber);
    const district = cleanName(second);
    const village = cleanName(third);
    if (district === "" || village === "") throw new AnnexFormatError(`row ${rowNumber} has no kecamatan or kampung name`, lineNumber);

    rows.push({ rowNumber, district, village, ...toTotals(amounts(rest, lineNumber)) });
  }

  if (rows.length === 0) throw new AnnexFormatError("the annex has no kampung rows");
  if (!totalRow) throw new AnnexFormatError("the annex has no TOTAL row");
  return { rows, totalRow, meta: SANGIHE_2022_META };
}
