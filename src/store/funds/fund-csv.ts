import { parse } from "csv-parse/sync";
import { z } from "zod";
import { fundColumnLabel, type FundRow } from "../../domain/funds/fund-table.ts";
import { validateFundRows, type FundTableProblem } from "../../domain/funds/table-validation.ts";
import { formatRupiah } from "../../domain/shared/money.ts";
import { parseIndonesianNumber } from "../../domain/shared/numbers.ts";
import { normalizeName } from "../../domain/shared/text.ts";

/** Accepted header names (normalized) for each column of a fund table. */
const COLUMN_ALIASES = {
  rowNumber: ["no", "nomor", "no urut"],
  district: ["kecamatan", "district"],
  village: ["kampung", "nama kampung", "desa", "nama desa", "village"],
  villageFund: ["apbn", "dana kampung", "dana desa", "village fund"],
  districtAllocation: ["adk", "add", "alokasi dana kampung", "alokasi dana desa"],
  taxShare: ["pajak", "bagi hasil pajak", "tax share"],
  leviesShare: ["retribusi", "bagi hasil retribusi", "levies share"],
  total: ["total", "jumlah", "total dana kampung per kampung"],
} as const satisfies Record<Exclude<keyof FundRow, "id">, readonly string[]>;

type Column = keyof typeof COLUMN_ALIASES;
const AMOUNT_COLUMNS = ["villageFund", "districtAllocation", "taxShare", "leviesShare", "total"] as const;

const rupiah = z
  .string()
  .transform((text, issue) => {
    const value = parseIndonesianNumber(text);
    if (value === null || !Number.isSafeInteger(value) || value < 0) {
      issue.addIssue({ code: "custom", message: `«${text.slice(0, 30)}» bukan jumlah rupiah bulat` });
      return z.NEVER;
    }
    return value;
  });

const rowSchema = z.object({
  rowNumber: z.string().trim().regex(/^\d{1,6}$/, "nomor baris harus angka").transform(Number),
  district: z.string().trim().min(1, "kecamatan kosong").max(100),
  village: z.string().trim().min(1, "nama kampung kosong").max(100),
  villageFund: rupiah,
  districtAllocation: rupiah,
  taxShare: rupiah,
  leviesShare: rupiah,
  total: rupiah,
});

export interface FundCsvResult {
  readonly rows: FundRow[];
  readonly totalRow?: Omit<FundRow, "rowNumber" | "district" | "village">;
  /** Every problem found, each naming its CSV line; the table is refused whole when there is any. */
  readonly problems: string[];
}

/** Reads a fund table from CSV (comma or semicolon separated, header row required). Never throws on bad data. */
export function parseFundCsv(text: string): FundCsvResult {
  let records: string[][];
  try {
    records = parse(text, { delimiter: [",", ";", "\t"], relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { rows: [], problems: [`CSV tidak bisa dibaca: ${(error as Error).message}`] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: ["Berkas CSV kosong."] };

  const positions = locateColumns(header);
  const missing = (Object.keys(COLUMN_ALIASES) as Column[]).filter((column) => positions[column] === undefined);
  if (missing.length > 0) {
    return { rows: [], problems: [`Kolom tidak ada: ${missing.map((column) => COLUMN_ALIASES[column][0]).join(", ")} (baris judul: ${header.join(", ").slice(0, 200)})`] };
  }

  const rows: FundRow[] = [];
  const problems: string[] = [];
  let totalRow: FundCsvResult["totalRow"];
  body.forEach((record, index) => {
    const line = index + 2;
    const cell = (column: Column) => record[positions[column]!] ?? "";
    if (/^total$/i.test(cell("district")) || /^total$/i.test(cell("village")) || /^total$/i.test(cell("rowNumber"))) {
      const amounts = z.object(Object.fromEntries(AMOUNT_COLUMNS.map((c) => [c, rupiah]))).safeParse(
        Object.fromEntries(AMOUNT_COLUMNS.map((c) => [c, cell(c)])),
      );
      if (amounts.success) totalRow = amounts.data as FundCsvResult["totalRow"];
      else problems.push(`baris ${line} (TOTAL): ${amounts.error.issues.map((issue) => issue.message).join("; ")}`);
      return;
    }
    const parsed = rowSchema.safeParse(Object.fromEntries((Object.keys(COLUMN_ALIASES) as Column[]).map((c) => [c, cell(c)])));
    if (!parsed.success) {
      problems.push(`baris ${line}: ${parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join("; ")}`);
      return;
    }
    rows.push(parsed.data);
  });
  if (rows.length === 0 && problems.length === 0) problems.push("Tidak ada baris data.");
  for (const problem of validateFundRows(rows, totalRow)) problems.push(describeValidationProblem(problem));
  return { rows, totalRow, problems };
}

function locateColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const positions: Partial<Record<Column, number>> = {};
  header.forEach((title, index) => {
    const key = normalizeName(title);
    for (const [column, aliases] of Object.entries(COLUMN_ALIASES) as [Column, readonly string[]][]) {
      if (positions[column] === undefined && aliases.includes(key)) positions[column] = index;
    }
  });
  return positions;
}

/** The validation problem in Indonesian, naming the row (by its NO) and the column. */
export function describeValidationProblem(problem: FundTableProblem): string {
  const where = problem.rowNumber === null ? "baris TOTAL" : `baris NO ${problem.rowNumber}`;
  const column = problem.column ? fundColumnLabel(problem.column) : "";
  switch (problem.code) {
    case "EMPTY_TABLE":
      return "Tabel tidak berisi satu kampung pun.";
    case "INVALID_ROW_NUMBER":
      return `${where}: nomor baris tidak sah.`;
    case "DUPLICATE_ROW_NUMBER":
      return `${where}: nomor baris dipakai lebih dari sekali.`;
    case "MISSING_NAME":
      return `${where}: ${problem.field === "district" ? "kecamatan" : "nama kampung"} kosong.`;
    case "INVALID_AMOUNT":
      return `${where}: ${column} bukan jumlah rupiah bulat.`;
    case "PARTS_DO_NOT_ADD_UP":
      return `${where}: APBN + ADK + pajak + retribusi = ${formatRupiah(problem.expected ?? 0)}, tetapi total tertulis ${formatRupiah(problem.actual ?? 0)} (selisih ${formatRupiah(problem.difference ?? 0)}).`;
    case "COLUMN_SUM_MISMATCH":
      return `kolom ${column}: jumlah semua baris ${formatRupiah(problem.actual ?? 0)}, tetapi baris TOTAL ${formatRupiah(problem.expected ?? 0)} (selisih ${formatRupiah(problem.difference ?? 0)}).`;
  }
}
