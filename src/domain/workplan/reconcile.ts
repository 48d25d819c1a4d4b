import { sumRupiah } from "../shared/money.ts";
import { formatTarget, sameTarget, type Target } from "./target.ts";
import type { WorkPlanTableData, WorkPlanTableRow } from "./work-plan-document.ts";
import { SAME_WORDING, wordingSimilarity } from "./wording.ts";

/**
 * Reconciling the tables: the RKT table ("main") is the one answers come from; every row of the other tables is
 * tied to the RKT row it restates (same budget line, or else the same indicator wording), and where the figures
 * differ the difference is kept, naming both tables, so the bot can say so.
 */

export interface RowRef {
  readonly table: WorkPlanTableData;
  readonly row: WorkPlanTableRow;
}

export interface Counterpart extends RowRef {
  readonly matchedBy: "budget" | "wording";
  /** The other table words the same indicator (not another indicator on the same budget line). */
  readonly sameWording: boolean;
}

export type Difference =
  | { readonly kind: "target"; readonly source: RowRef }
  | { readonly kind: "budget"; readonly source: RowRef }
  /** The other table puts another indicator, with its own target, on the same budget line. */
  | { readonly kind: "otherIndicator"; readonly source: RowRef };

/** A careful reading of a target the RKT table misprints, with the tables it is read from. */
export interface TargetReading {
  readonly printed: RowRef;
  readonly readAs: Target;
  readonly sources: readonly RowRef[];
  readonly note: string;
}

export interface Indicator {
  /** The row's position in the RKT table: the number officials use ("indikator 5"). */
  readonly number: number;
  readonly main: RowRef;
  readonly programme: string | null;
  readonly target: Target;
  readonly budget: number;
  readonly reading: TargetReading | null;
  readonly counterparts: readonly Counterpart[];
  readonly differences: readonly Difference[];
}

export interface Programme {
  readonly position: number;
  readonly name: string;
  readonly indicators: readonly Indicator[];
  readonly budget: number;
  /** The table whose heading rows group the budget lines into programmes. */
  readonly source: WorkPlanTableData;
}

export interface TableTotal {
  readonly table: WorkPlanTableData;
  readonly total: number;
  /** RKT rows this table does not restate. */
  readonly missing: readonly Indicator[];
}

export interface NumberingNote {
  readonly table: WorkPlanTableData;
  readonly row: WorkPlanTableRow;
  readonly note: string;
}

/** How an answer names a row: "tabel RKT 2023 no. 5", "… no. 8 (baris ke-11)", "… baris ke-4". */
export function rowLabel(ref: RowRef, numberingNotes: readonly NumberingNote[]): string {
  const { table, row } = ref;
  if (row.printedNumber === null) return `${table.name} baris ke-${row.position}`;
  const misnumbered = numberingNotes.some((note) => note.table === table && note.row === row);
  if (misnumbered) return `${table.name} no. ${row.printedNumber} (baris ke-${row.position})`;
  if (table.kind === "budget" && row.programme) return `${table.name}, ${row.programme} no. ${row.printedNumber}`;
  return `${table.name} no. ${row.printedNumber}`;
}

/** "a", "a dan b", "a, b dan c" */
export function listInIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} dan ${items[items.length - 1]}`;
}

/** Rows numbered out of sequence or not at all. In the APBN table numbering starts again under each programme. */
export function numberingNotes(tables: readonly WorkPlanTableData[]): NumberingNote[] {
  const notes: NumberingNote[] = [];
  for (const table of tables) {
    let lastNumber = 0;
    let programme: string | null = null;
    for (const row of table.rows) {
      if (table.kind === "budget" && row.programme !== programme) lastNumber = 0;
      programme = row.programme;
      const after = lastNumber > 0 ? ` setelah no. ${lastNumber}` : "";
      if (row.printedNumber === null) {
        notes.push({ table, row, note: `${table.name}: baris ke-${row.position}${after} tidak bernomor; dibaca sebagai baris tersendiri.` });
        continue;
      }
      const number = Number(row.printedNumber);
      if (number !== lastNumber + 1) {
        notes.push({
          table,
          row,
          note: `${table.name}: baris ke-${row.position} bernomor ${number}${after}; dibaca sebagai baris ke-${row.position}, bukan ulangan no. ${number}.`,
        });
      }
      lastNumber = number;
    }
  }
  return notes;
}

function correspondingMainRow(row: WorkPlanTableRow, main: WorkPlanTableData): { row: WorkPlanTableRow; matchedBy: "budget" | "wording" } | null {
  if (row.budget !== null) {
    const sameBudget = main.rows.filter((candidate) => candidate.budget === row.budget);
    if (sameBudget.length === 1) return { row: sameBudget[0]!, matchedBy: "budget" };
  }
  let best: { row: WorkPlanTableRow; score: number; activity: number } | null = null;
  for (const candidate of main.rows) {
    const score = wordingSimilarity(row.indicator, candidate.indicator);
    const activity = wordingSimilarity(row.activity ?? "", candidate.activity ?? "");
    if (!best || score > best.score || (score === best.score && activity > best.activity)) best = { row: candidate, score, activity };
  }
  return best && best.score >= SAME_WORDING ? { row: best.row, matchedBy: "wording" } : null;
}

/**
 * A "Persentase …" indicator whose RKT target is not a percentage (the RKT table prints "1 lembaga", the content
 * of the unit column, for voter participation) is read from the other tables that word the same indicator, when
 * they agree on one percentage. Otherwise the RKT figure stands and the differences are listed.
 */
function readTarget(main: RowRef, counterparts: readonly Counterpart[], labelOf: (ref: RowRef) => string): { target: Target; reading: TargetReading | null } {
  const printed = main.row.target!;
  if (printed.unit === "percent" || !/^persentase\b/i.test(main.row.indicator)) return { target: printed, reading: null };
  const sources = counterparts.filter((c) => c.sameWording && c.row.target?.unit === "percent");
  const values = new Set(sources.map((c) => c.row.target!.value));
  if (sources.length === 0 || values.size !== 1) return { target: printed, reading: null };
  const readAs = sources[0]!.row.target!;
  const unitNote = main.row.unit ? ` (isi kolom Satuan baris itu «${main.row.unit}»)` : "";
  const note =
    `${labelOf(main)} mencetak target «${printed.text}»${unitNote}, padahal indikatornya persentase; ` +
    `dibaca ${formatTarget(readAs)} sesuai ${listInIndonesian(sources.map(labelOf))}.`;
  return { target: readAs, reading: { printed: main, readAs, sources, note } };
}

function differencesOf(target: Target, budget: number, counterparts: readonly Counterpart[]): Difference[] {
  const differences: Difference[] = [];
  for (const counterpart of counterparts) {
    const source = { table: counterpart.table, row: counterpart.row };
    if (!counterpart.sameWording) {
      differences.push({ kind: "otherIndicator", source });
      continue;
    }
    if (counterpart.row.target && !sameTarget(counterpart.row.target, target)) differences.push({ kind: "target", source });
    if (counterpart.row.budget !== null && counterpart.row.budget !== budget) differences.push({ kind: "budget", source });
  }
  return differences;
}

export interface Reconciled {
  readonly main: WorkPlanTableData;
  readonly indicators: readonly Indicator[];
  readonly programmes: readonly Programme[];
  readonly tableTotals: readonly TableTotal[];
  readonly numberingNotes: readonly NumberingNote[];
  /** Rows of the other tables that restate no RKT indicator's wording: found only there. */
  readonly otherRows: readonly RowRef[];
}

export function reconcile(tables: readonly WorkPlanTableData[]): Reconciled {
  const main = tables.find((table) => table.kind === "main");
  if (!main) throw new Error("a work plan needs its RKT table");
  const notes = numberingNotes(tables);
  const labelOf = (ref: RowRef) => rowLabel(ref, notes);

  const counterpartsOf = new Map<WorkPlanTableRow, Counterpart[]>(main.rows.map((row) => [row, []]));
  const otherRows: RowRef[] = [];
  for (const table of tables) {
    if (table === main) continue;
    for (const row of table.rows) {
      const match = correspondingMainRow(row, main);
      const sameWording = match !== null && wordingSimilarity(row.indicator, match.row.indicator) >= SAME_WORDING;
      if (match) counterpartsOf.get(match.row)!.push({ table, row, matchedBy: match.matchedBy, sameWording });
      if (!sameWording) otherRows.push({ table, row });
    }
  }

  const budgetTable = tables.find((table) => table.kind === "budget");
  const indicators: Indicator[] = main.rows.map((row) => {
    const ref = { table: main, row };
    const counterparts = counterpartsOf.get(row)!;
    const { target, reading } = readTarget(ref, counterparts, labelOf);
    const budget = row.budget ?? 0;
    const inBudgetTable = counterparts.find((c) => c.table === budgetTable && c.matchedBy === "budget");
    return {
      number: row.position,
      main: ref,
      programme: inBudgetTable?.row.programme ?? row.programme,
      target,
      budget,
      reading,
      counterparts,
      differences: differencesOf(target, budget, counterparts),
    };
  });

  const programmeNames = [...new Set(indicators.map((indicator) => indicator.programme).filter((name): name is string => name !== null))];
  const programmes: Programme[] = budgetTable
    ? programmeNames.map((name, index) => {
        const members = indicators.filter((indicator) => indicator.programme === name);
        return { position: index + 1, name, indicators: members, budget: sumRupiah(members.map((i) => i.budget)), source: budgetTable };
      })
    : [];

  const tableTotals: TableTotal[] = tables
    .filter((table) => table.hasBudget)
    .map((table) => ({
      table,
      total: sumRupiah(table.rows.map((row) => row.budget ?? 0)),
      missing: table === main ? [] : indicators.filter((indicator) => !indicator.counterparts.some((c) => c.table === table)),
    }));

  return { main, indicators, programmes, tableTotals, numberingNotes: notes, otherRows };
}
