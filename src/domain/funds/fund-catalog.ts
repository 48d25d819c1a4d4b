import { normalizeName } from "../shared/text.ts";
import type { FundRow, FundTable, FundTableMeta } from "./fund-table.ts";

export interface CatalogMatch {
  readonly table: FundTable;
  readonly meta: FundTableMeta;
  readonly rows: readonly FundRow[];
}

/** Like `VillageLookup`, across tables: a name found in several tables (regencies or years) returns every match. */
export type CatalogVillageLookup =
  | { readonly kind: "found"; readonly match: "exact" | "corrected"; readonly matches: readonly CatalogMatch[] }
  | { readonly kind: "suggest"; readonly suggestions: readonly CatalogMatch[] }
  | { readonly kind: "none" };

// Words people put before a regency name that the table's regency name does not carry.
const REGENCY_PREFIXES = new Set(["kabupaten", "kab", "regency"]);

function regencyWords(name: string): string[] {
  return normalizeName(name)
    .split(" ")
    .filter((w) => w !== "" && !REGENCY_PREFIXES.has(w));
}

/** "Sangihe" matches "Kepulauan Sangihe": every word of the query is a word of the name, in order. */
function regencyMatches(query: readonly string[], name: readonly string[]): boolean {
  if (query.length === 0) return false;
  let at = 0;
  for (const word of name) if (word === query[at]) at++;
  return at === query.length;
}

/**
 * Several annex tables (regencies, fiscal years). Tables keep the order they were registered in; the default is
 * the newest fiscal year, and among tables of that year the first registered.
 */
export class FundCatalog {
  private readonly registered: readonly FundTable[];

  constructor(tables: readonly FundTable[]) {
    this.registered = [...tables];
  }

  tables(): readonly FundTable[] {
    return this.registered;
  }

  defaultTable(): FundTable | undefined {
    let best: FundTable | undefined;
    for (const table of this.registered) {
      if (!best || table.meta.fiscalYear > best.meta.fiscalYear) best = table;
    }
    return best;
  }

  /** Tables of a regency ("Sangihe", "Kabupaten Kepulauan Sangihe"), newest year first. */
  tablesForRegency(regency: string): readonly FundTable[] {
    const query = regencyWords(regency);
    return this.registered
      .filter((t) => regencyMatches(query, regencyWords(t.meta.regency)))
      .sort((a, b) => b.meta.fiscalYear - a.meta.fiscalYear);
  }

  /** The table of a regency: the given fiscal year, or its newest. */
  tableForRegency(regency: string, fiscalYear?: number): FundTable | undefined {
    const tables = this.tablesForRegency(regency);
    return fiscalYear === undefined ? tables[0] : tables.find((t) => t.meta.fiscalYear === fiscalYear);
  }

  /** Exact matches in every table first; only when no table has the name, corrections, then suggestions. */
  findVillage(query: string, limit = 5): CatalogVillageLookup {
    const exact: CatalogMatch[] = [];
    const corrected: CatalogMatch[] = [];
    const suggested: CatalogMatch[] = [];
    for (const table of this.ordered()) {
      const found = table.findVillage(query, limit);
      if (found.kind === "found") (found.match === "exact" ? exact : corrected).push({ table, meta: table.meta, rows: found.rows });
      else if (found.kind === "suggest") suggested.push({ table, meta: table.meta, rows: found.suggestions });
    }
    if (exact.length > 0) return { kind: "found", match: "exact", matches: exact };
    if (corrected.length > 0) return { kind: "found", match: "corrected", matches: corrected };
    if (suggested.length > 0) return { kind: "suggest", suggestions: suggested };
    return { kind: "none" };
  }

  /** Newest year first, then registration order: the default table comes first. */
  private ordered(): FundTable[] {
    return this.registered
      .map((table, index) => ({ table, index }))
      .sort((a, b) => b.table.meta.fiscalYear - a.table.meta.fiscalYear || a.index - b.index)
      .map((x) => x.table);
  }
}
