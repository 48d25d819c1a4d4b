import { cite, type Citation } from "../shared/citation.ts";
import { sumRupiah } from "../shared/money.ts";
import { reconcile, rowLabel, type Indicator, type Programme, type Reconciled, type RowRef } from "./reconcile.ts";
import type { ParsedWorkPlan, StatementKind, WorkPlanMeta, WorkPlanStatement, WorkPlanTableData } from "./work-plan-document.ts";
import { containsWord, contentWords } from "./wording.ts";

export type { Counterpart, Difference, Indicator, Programme, RowRef, TableTotal, TargetReading } from "./reconcile.ts";

/**
 * The result of looking an indicator up by words: the RKT indicators that fit best (several when they fit
 * equally), rows found only in another table, or nothing.
 */
export type IndicatorLookup =
  | { readonly kind: "found"; readonly indicators: readonly Indicator[] }
  | { readonly kind: "elsewhere"; readonly rows: readonly RowRef[] }
  | { readonly kind: "none" };

/** At least this share of the question's words must be found in an indicator's wording. */
const MIN_MATCH_SHARE = 0.6;
const MAX_CHOICES = 6;

interface Scored<T> {
  readonly item: T;
  readonly share: number;
  readonly indicatorHits: number;
}

function score<T>(item: T, query: readonly string[], indicatorText: string, otherText: string): Scored<T> {
  const indicatorWords = contentWords(indicatorText);
  const allWords = [...indicatorWords, ...contentWords(otherText)];
  const hits = query.filter((word) => containsWord(allWords, word)).length;
  const indicatorHits = query.filter((word) => containsWord(indicatorWords, word)).length;
  return { item, share: hits / query.length, indicatorHits };
}

/** Keeps the best-scoring items: highest share, then most words found in the indicator's own wording. */
function best<T>(scored: readonly Scored<T>[]): Scored<T>[] {
  const top = Math.max(0, ...scored.map((s) => s.share));
  if (top < MIN_MATCH_SHARE) return [];
  const atTop = scored.filter((s) => s.share === top);
  const mostHits = Math.max(...atTop.map((s) => s.indicatorHits));
  return atTop.filter((s) => s.indicatorHits === mostHits);
}

/** The work plan of one organisation and year: its statements, tables, and the RKT reconciled against the rest. */
export class WorkPlan {
  private readonly reconciled: Reconciled;

  constructor(
    readonly meta: WorkPlanMeta,
    readonly statements: readonly WorkPlanStatement[],
    readonly tables: readonly WorkPlanTableData[],
  ) {
    this.reconciled = reconcile(tables);
  }

  static fromParsed(parsed: ParsedWorkPlan): WorkPlan {
    return new WorkPlan(parsed.meta, parsed.statements, parsed.tables);
  }

  get mainTable(): WorkPlanTableData {
    return this.reconciled.main;
  }

  get indicators(): readonly Indicator[] {
    return this.reconciled.indicators;
  }

  get programmes(): readonly Programme[] {
    return this.reconciled.programmes;
  }

  get tableTotals() {
    return this.reconciled.tableTotals;
  }

  get numberingNotes() {
    return this.reconciled.numberingNotes;
  }

  get totalBudget(): number {
    return sumRupiah(this.indicators.map((indicator) => indicator.budget));
  }

  statementsOf(kind: StatementKind): WorkPlanStatement[] {
    return this.statements.filter((statement) => statement.kind === kind);
  }

  indicator(number: number): Indicator | undefined {
    return this.indicators.find((indicator) => indicator.number === number);
  }

  programme(position: number): Programme | undefined {
    return this.programmes.find((programme) => programme.position === position);
  }

  programmeOf(indicator: Indicator): Programme | undefined {
    return this.programmes.find((programme) => programme.name === indicator.programme);
  }

  /** "tabel RKT 2023 no. 5" */
  label(ref: RowRef): string {
    return rowLabel(ref, this.reconciled.numberingNotes);
  }

  citation(ref: RowRef): Citation {
    return cite(this.meta.document, this.label(ref));
  }

  tableCitation(table: WorkPlanTableData): Citation {
    return cite(this.meta.document, table.name);
  }

  /** The largest budget lines of the RKT table, largest first; ties in table order. */
  largest(count: number): Indicator[] {
    return [...this.indicators].sort((a, b) => b.budget - a.budget || a.number - b.number).slice(0, Math.max(0, count));
  }

  /**
   * Looks an indicator up by the words of a question ("pembentukan badan adhoc", "partisipasi pemilih"): the
   * RKT rows whose indicator, activity or strategic goal hold the words; failing that, rows that only another
   * table has (an indicator the RKT table does not list).
   */
  find(query: string): IndicatorLookup {
    const words = [...new Set(contentWords(query))];
    if (words.length === 0) return { kind: "none" };
    const fromMain = best(
      this.indicators.map((indicator) => {
        const wordings = [indicator.main.row.indicator, ...indicator.counterparts.filter((c) => c.sameWording).map((c) => c.row.indicator)];
        const row = indicator.main.row;
        return score(indicator, words, wordings.join(" "), `${row.activity ?? ""} ${row.strategicGoal ?? ""}`);
      }),
    );
    const elsewhere = best(
      this.reconciled.otherRows.map((ref) => score(ref, words, ref.row.indicator, `${ref.row.activity ?? ""} ${ref.row.strategicGoal ?? ""}`)),
    );
    const mainShare = fromMain[0]?.share ?? 0;
    const otherShare = elsewhere[0]?.share ?? 0;
    if (fromMain.length > 0 && mainShare >= otherShare) return { kind: "found", indicators: fromMain.slice(0, MAX_CHOICES).map((s) => s.item) };
    if (elsewhere.length > 0) return { kind: "elsewhere", rows: elsewhere.slice(0, MAX_CHOICES).map((s) => s.item) };
    return { kind: "none" };
  }
}
