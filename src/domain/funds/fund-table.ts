import { cite } from "../shared/citation.ts";
import type { Citation } from "../shared/citation.ts";
import { NameIndex } from "../shared/text.ts";

export { page } from "./paging.ts";
export type { Page } from "./paging.ts";

/** One kampung row of an annex table. Amounts are integer rupiah. */
export interface FundRow {
  readonly id?: number;
  /** The NO column of the annex, kept so answers can cite "Lampiran baris 58". */
  readonly rowNumber: number;
  readonly district: string;
  readonly village: string;
  /** APBN: Dana Kampung (Dana Desa). */
  readonly villageFund: number;
  /** ADK: Alokasi Dana Kampung. */
  readonly districtAllocation: number;
  readonly taxShare: number;
  readonly leviesShare: number;
  readonly total: number;
}

export type FundColumn = "villageFund" | "districtAllocation" | "taxShare" | "leviesShare" | "total";
export type FundPartColumn = Exclude<FundColumn, "total">;

export interface FundColumnInfo {
  readonly key: FundColumn;
  /** The legal term as the bot shows it. */
  readonly label: string;
  /** Column number in the Sangihe annex header: (8) = (4) + (5) + (6) + (7). */
  readonly annexColumn: string;
}

export const FUND_COLUMNS: readonly FundColumnInfo[] = [
  { key: "villageFund", label: "APBN (Dana Kampung)", annexColumn: "(4)" },
  { key: "districtAllocation", label: "ADK (Alokasi Dana Kampung)", annexColumn: "(5)" },
  { key: "taxShare", label: "Bagi hasil pajak", annexColumn: "(6)" },
  { key: "leviesShare", label: "Bagi hasil retribusi", annexColumn: "(7)" },
  { key: "total", label: "Total", annexColumn: "(8)" },
];

/** The parts whose sum is the total. */
export const FUND_PART_COLUMNS: readonly FundPartColumn[] = ["villageFund", "districtAllocation", "taxShare", "leviesShare"];

export function fundColumnLabel(column: FundColumn): string {
  return FUND_COLUMNS.find((c) => c.key === column)?.label ?? column;
}

export type FundTotals = Readonly<Record<FundColumn, number>>;

export interface FundTableMeta {
  readonly id?: number;
  readonly regency: string;
  readonly fiscalYear: number;
  /** Short name, e.g. "Perbup Kepulauan Sangihe 5/2022". */
  readonly regulation: string;
  /** Where the table sits in the regulation, e.g. "Lampiran". */
  readonly annex: string;
}

export interface DistrictSummary {
  readonly district: string;
  readonly villageCount: number;
  readonly totals: FundTotals;
  /** Ranked by total, highest first; ties by row number. */
  readonly villages: readonly FundRow[];
}

export interface RegencyTotals {
  readonly totals: FundTotals;
  readonly villageCount: number;
  readonly districtCount: number;
}

/** `found.match` is "corrected" when a one-typo query was resolved to a single name: show the name used. */
export type VillageLookup =
  | { readonly kind: "found"; readonly match: "exact" | "corrected"; readonly rows: readonly FundRow[] }
  | { readonly kind: "suggest"; readonly suggestions: readonly FundRow[] }
  | { readonly kind: "none" };

export type DistrictLookup =
  | { readonly kind: "found"; readonly match: "exact" | "corrected"; readonly summary: DistrictSummary }
  | { readonly kind: "suggest"; readonly suggestions: readonly string[] }
  | { readonly kind: "none" };

export type RankOrder = "highest" | "lowest";

export interface ColumnComparison {
  readonly column: FundColumn;
  readonly a: number;
  readonly b: number;
  /** a − b */
  readonly difference: number;
}

export interface FundComparison {
  readonly a: FundRow;
  readonly b: FundRow;
  readonly columns: readonly ColumnComparison[];
}

const COLUMN_KEYS: readonly FundColumn[] = FUND_COLUMNS.map((c) => c.key);

function emptyTotals(): Record<FundColumn, number> {
  return { villageFund: 0, districtAllocation: 0, taxShare: 0, leviesShare: 0, total: 0 };
}

function addRow(totals: Record<FundColumn, number>, row: FundRow): void {
  for (const column of COLUMN_KEYS) totals[column] += row[column];
}

function rankBy(rows: readonly FundRow[], column: FundColumn, order: RankOrder): FundRow[] {
  const sign = order === "highest" ? -1 : 1;
  return [...rows].sort((a, b) => sign * (a[column] - b[column]) || a.rowNumber - b.rowNumber);
}

function uniqueByRowNumber(rows: readonly FundRow[]): FundRow[] {
  const seen = new Set<number>();
  return rows.filter((r) => {
    if (seen.has(r.rowNumber)) return false;
    seen.add(r.rowNumber);
    return true;
  });
}

/**
 * One annex table (one regency, one fiscal year). Every index is built in the constructor so that queries on a
 * national-size table (75,000 rows) are Map hits or walks over precomputed, sorted lists.
 */
export class FundTable {
  readonly meta: FundTableMeta;
  readonly rows: readonly FundRow[];
  private readonly villageIndex: NameIndex<FundRow>;
  private readonly districtIndex: NameIndex<string>;
  private readonly summaries = new Map<string, DistrictSummary>();
  private readonly byRowNumber = new Map<number, FundRow>();
  private readonly rankings = new Map<string, readonly FundRow[]>();
  private readonly regency: RegencyTotals;

  constructor(meta: FundTableMeta, rows: readonly FundRow[]) {
    this.meta = meta;
    this.rows = [...rows].sort((a, b) => a.rowNumber - b.rowNumber);
    this.villageIndex = new NameIndex(this.rows.map((row) => ({ name: row.village, value: row })));

    const rowsByDistrict = new Map<string, FundRow[]>();
    const totals = emptyTotals();
    for (const row of this.rows) {
      this.byRowNumber.set(row.rowNumber, row);
      addRow(totals, row);
      const list = rowsByDistrict.get(row.district);
      if (list) list.push(row);
      else rowsByDistrict.set(row.district, [row]);
    }

    for (const [district, districtRows] of rowsByDistrict) {
      const districtTotals = emptyTotals();
      for (const row of districtRows) addRow(districtTotals, row);
      this.summaries.set(district, {
        district,
        villageCount: districtRows.length,
        totals: districtTotals,
        villages: rankBy(districtRows, "total", "highest"),
      });
    }
    this.districtIndex = new NameIndex([...rowsByDistrict.keys()].map((name) => ({ name, value: name })));

    for (const column of COLUMN_KEYS) {
      for (const order of ["highest", "lowest"] as const) {
        this.rankings.set(`${column}:${order}`, rankBy(this.rows, column, order));
      }
    }

    this.regency = { totals, villageCount: this.rows.length, districtCount: rowsByDistrict.size };
  }

  row(rowNumber: number): FundRow | undefined {
    return this.byRowNumber.get(rowNumber);
  }

  /** Where a row's figures come from: "Lampiran baris 58" of the regulation. */
  citationFor(row: FundRow): Citation {
    return cite(this.meta.regulation, `${this.meta.annex} baris ${row.rowNumber}`);
  }

  /** All rows of that name (one per kecamatan that has it), or close names to offer, or nothing. */
  findVillage(query: string, limit = 5): VillageLookup {
    const lookup = this.villageIndex.resolve(query, limit);
    switch (lookup.kind) {
      case "exact":
      case "corrected":
        return { kind: "found", match: lookup.kind, rows: lookup.values };
      case "suggest":
        return { kind: "suggest", suggestions: uniqueByRowNumber(lookup.matches.map((m) => m.value)) };
      case "none":
        return { kind: "none" };
    }
  }

  findDistrict(query: string, limit = 5): DistrictLookup {
    const lookup = this.districtIndex.resolve(query, limit);
    switch (lookup.kind) {
      case "exact":
      case "corrected": {
        const summary = lookup.values[0] === undefined ? undefined : this.summaries.get(lookup.values[0]);
        return summary ? { kind: "found", match: lookup.kind, summary } : { kind: "none" };
      }
      case "suggest":
        return { kind: "suggest", suggestions: lookup.matches.map((m) => m.value) };
      case "none":
        return { kind: "none" };
    }
  }

  /** The summary of a kecamatan named exactly (up to case, spacing and punctuation). */
  district(name: string): DistrictSummary | undefined {
    const [district] = this.districtIndex.exact(name);
    return district === undefined ? undefined : this.summaries.get(district);
  }

  /** Kecamatan names in the order the annex lists them. */
  districts(): readonly string[] {
    return [...this.summaries.keys()];
  }

  districtSummaries(): readonly DistrictSummary[] {
    return [...this.summaries.values()];
  }

  regencyTotals(): RegencyTotals {
    return this.regency;
  }

  /**
   * The `n` kampung with the highest or lowest value in a column, ties by row number; within one kecamatan when
   * `district` is given (matched exactly up to case and spacing; an unknown kecamatan gives an empty list).
   */
  rank(column: FundColumn, order: RankOrder, n: number, district?: string): readonly FundRow[] {
    const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
    if (count === 0) return [];
    if (district === undefined) return (this.rankings.get(`${column}:${order}`) ?? []).slice(0, count);
    const summary = this.district(district);
    if (!summary) return [];
    return rankBy(summary.villages, column, order).slice(0, count);
  }

  /** Two rows side by side, with a − b per column. */
  compare(a: FundRow, b: FundRow): FundComparison {
    return {
      a,
      b,
      columns: COLUMN_KEYS.map((column) => ({ column, a: a[column], b: b[column], difference: a[column] - b[column] })),
    };
  }
}

