import type { Target } from "./target.ts";

/**
 * The work plan as the document prints it, before any reconciliation: its statements (vision, missions, strategic
 * goals) and every table with its own figures. The document repeats its tables with differences; each table keeps
 * its figures here, and `reconcileWorkPlan` decides which one answers.
 */

export interface WorkPlanMeta {
  readonly id?: number;
  /** "KPU Kabupaten Ogan Komering Ulu" */
  readonly organisation: string;
  readonly fiscalYear: number;
  /** Short name used in citations: "RKT KPU Kabupaten Ogan Komering Ulu 2023". */
  readonly document: string;
  /** "Baturaja, 30 Januari 2023" */
  readonly signed: string;
  readonly signatory: string;
  /** The strategic plan (Renstra) the work plan details, as the text names it. */
  readonly strategicPlan: string;
}

/**
 * - vision: the vision sentence; visionMeaning: what each word of the vision means;
 * - mission: a mission the text words; strategicGoal: the strategic goals (sasaran strategis) of BAB II huruf A;
 * - absent: a caption the text announces whose content the text does not have (a figure lost in conversion).
 */
export type StatementKind = "vision" | "visionMeaning" | "mission" | "strategicGoal" | "absent";

export interface WorkPlanStatement {
  readonly kind: StatementKind;
  /** Order within its kind, from 1. */
  readonly position: number;
  /** The word explained ("Mandiri"), the mission's name, or the goal's number as printed. */
  readonly label: string | null;
  readonly text: string;
  /** 1-based line in the document. */
  readonly line: number;
}

/**
 * - main: the RKT table itself, the one answers come from;
 * - budget: the APBN table, whose programme headings group the budget lines;
 * - indicators: BAB II huruf B, indicators with targets and budgets;
 * - programme: BAB II huruf C, one table per programme, targets without budgets.
 */
export type WorkPlanTableKind = "main" | "budget" | "indicators" | "programme";

export interface WorkPlanTableRow {
  readonly id?: number;
  /** Order within the table, from 1; the printed number may repeat or be missing. */
  readonly position: number;
  /** The No column as printed ("8" after "10" happens), null when blank. */
  readonly printedNumber: string | null;
  /** From the table's programme heading rows, or the programme the table is about. */
  readonly programme: string | null;
  readonly strategicGoal: string | null;
  readonly activity: string | null;
  readonly indicator: string;
  /** The Satuan column as printed ("1 lembaga", "Layanan"). */
  readonly unit: string | null;
  /** The Target column as printed; `target` is its value and unit. */
  readonly targetText: string;
  readonly target: Target | null;
  /** Integer rupiah; null in tables without a budget column. */
  readonly budget: number | null;
  readonly line: number;
}

export interface WorkPlanTableData {
  readonly id?: number;
  /** Order in the document, from 1. */
  readonly position: number;
  readonly kind: WorkPlanTableKind;
  /** How answers name the table: "tabel RKT 2023", "tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B)". */
  readonly name: string;
  /** The caption as printed above the table. */
  readonly caption: string;
  readonly hasBudget: boolean;
  readonly line: number;
  readonly rows: readonly WorkPlanTableRow[];
}

export interface ParsedWorkPlan {
  readonly meta: WorkPlanMeta;
  readonly statements: readonly WorkPlanStatement[];
  readonly tables: readonly WorkPlanTableData[];
}
