import { DateTime } from "luxon";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { ISSUED_ON, REPORTING, pasal } from "./bangli-56-2011-rules.ts";
import { stateAt, type LoggedEvent, type RunState } from "./engine.ts";
import type { ExceptionBasis, ExceptionStatus } from "./exceptions.ts";

/**
 * Pasal 16: every agency reports its migration progress every six months to the Bupati through the head of
 * DishubKominfo, which recaps all agencies. A report is a projection of the run logs as they stood at the end of the
 * half-year (or now, for the half-year in progress): nothing is counted twice and nothing is edited afterwards.
 */

export interface ReportPeriod {
  readonly year: number;
  readonly half: 1 | 2;
  /** First moment of the half-year in the organisation's zone. */
  readonly start: DateTime;
  /** Last moment (inclusive). */
  readonly end: DateTime;
}

export function periodKey(period: ReportPeriod): string {
  return `${period.year}-S${period.half}`;
}

export function periodLabel(period: ReportPeriod, language: "id" | "en"): string {
  if (language === "en") return `${period.half === 1 ? "January–June" : "July–December"} ${period.year} (half ${period.half})`;
  return `Semester ${period.half === 1 ? "I (Januari–Juni)" : "II (Juli–Desember)"} ${period.year}`;
}

export function periodOf(year: number, half: 1 | 2, zone: string): ReportPeriod {
  const start = DateTime.fromObject({ year, month: half === 1 ? 1 : 7, day: 1 }, { zone });
  const end = start.plus({ months: REPORTING.months }).minus({ milliseconds: 1 });
  return { year, half, start, end };
}

export function periodContaining(time: DateTime): ReportPeriod {
  return periodOf(time.year, time.month <= 6 ? 1 : 2, time.zoneName ?? "UTC");
}

export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const zone = period.start.zoneName ?? "UTC";
  return period.half === 2 ? periodOf(period.year, 1, zone) : periodOf(period.year - 1, 2, zone);
}

/** The first half-year there is to report: the regulation was issued on 6 December 2011 (Pasal 17 ayat (4), 18). */
export function firstPeriod(zone: string): ReportPeriod {
  return periodOf(Number(ISSUED_ON.isoDate.slice(0, 4)), 2, zone);
}

export type PeriodErrorCode = "BAD_PERIOD" | "BEFORE_REGULATION" | "FUTURE_PERIOD";

const ROMAN: Record<string, 1 | 2> = { i: 1, ii: 2, "1": 1, "2": 2 };

/**
 * "2026-S1", "2026-1", "S2 2026", "semester 2 2026", "semester II 2026", "2026 semester I" → a half-year.
 * Refuses half-years before the regulation and half-years not begun yet.
 */
export function parsePeriod(text: string, now: DateTime): Outcome<ReportPeriod, PeriodErrorCode> {
  const clean = text.toLowerCase().replace(/semester|smt|sem\.?/g, "s").replace(/\s+/g, " ").trim();
  let year: number | undefined;
  let half: 1 | 2 | undefined;
  const direct = /^(\d{4})\s*[-/ ]?\s*s?\s*(ii|i|1|2)$/.exec(clean);
  const reversed = /^s?\s*(ii|i|1|2)\s*[-/ ]?\s*(\d{4})$/.exec(clean);
  if (direct) {
    year = Number(direct[1]);
    half = ROMAN[direct[2]!];
  } else if (reversed) {
    year = Number(reversed[2]);
    half = ROMAN[reversed[1]!];
  }
  if (year === undefined || half === undefined) return reject("BAD_PERIOD", { text: text.slice(0, 40) });
  const zone = now.zoneName ?? "UTC";
  const period = periodOf(year, half, zone);
  if (period.end < firstPeriod(zone).start) return reject("BEFORE_REGULATION", { period: periodKey(period) }, pasal("Pasal 17 ayat (4)"));
  if (period.start > now) return reject("FUTURE_PERIOD", { period: periodKey(period) }, REPORTING.periodCitation);
  return accept(period);
}

/** One PC's run, as the report needs it. */
export interface ReportRun {
  readonly runId: number;
  readonly agencyId: number;
  readonly assetTag: string;
  readonly location: string;
  readonly pcUser: string;
  readonly events: readonly LoggedEvent[];
}

export interface ReportException {
  readonly id: number;
  readonly agencyId: number;
  readonly systemName: string;
  readonly basis: ExceptionBasis;
  readonly proposedAt: DateTime;
  readonly decidedAt: DateTime | null;
  /** The status as of now; reports look at it as of their date. */
  readonly status: ExceptionStatus;
  readonly supportEvaluation: string | null;
}

export interface ReportAgency {
  readonly id: number;
  readonly name: string;
  /** When the agency's own report for the period reached DishubKominfo (for the recap). */
  readonly submittedAt?: DateTime | null;
}

export interface Counts {
  /** PCs whose migration finished (step 15) in the period. */
  migratedInPeriod: number;
  /** PCs migrated up to the report date. */
  migratedTotal: number;
  /** With the technicians, between steps 1 and 14, at the report date. */
  inProgress: number;
  /** Pending (Lampiran langkah 2) at the report date. */
  onHold: number;
  /** With TPP-SI at the report date. */
  withSupportTeam: number;
  /** PCs found unsuitable in the period (another PC chosen, langkah 3). */
  unsuitableInPeriod: number;
  /** Escalations to TPP-SI opened in the period, and how they stood at the report date. */
  escalationsInPeriod: number;
  escalationsHandedBack: number;
  escalationsFinished: number;
  escalationsOpen: number;
  exceptionsProposed: number;
  exceptionsApproved: number;
  exceptionsRejected: number;
}

export type PcStatus = "migrated" | "inProgress" | "onHold" | "withSupportTeam" | "unsuitable";

export interface PcLine {
  readonly agencyId: number;
  readonly runId: number;
  readonly assetTag: string;
  readonly location: string;
  readonly pcUser: string;
  readonly status: PcStatus;
  readonly step: string;
  /** On hold: the reason; unsuitable: none. */
  readonly reason?: string;
  readonly since: DateTime;
}

export interface EscalationLine {
  readonly agencyId: number;
  readonly runId: number;
  readonly assetTag: string;
  readonly step: string;
  readonly openedAt: DateTime;
  readonly outcome: "open" | "withSupportTeam" | "handedBack" | "finished";
  readonly by?: string;
  readonly note?: string;
}

export interface AgencySection {
  readonly agency: ReportAgency;
  readonly counts: Counts;
  readonly pcs: readonly PcLine[];
  readonly escalations: readonly EscalationLine[];
  readonly exceptions: readonly (ReportException & { readonly statusAtDate: ExceptionStatus })[];
}

export interface MigrationReport {
  readonly period: ReportPeriod;
  /** The moment the counts are taken: the period's end, or now when the period is still running. */
  readonly asOf: DateTime;
  readonly provisional: boolean;
  readonly sections: readonly AgencySection[];
  readonly total: Counts;
}

export function emptyCounts(): Counts {
  return {
    migratedInPeriod: 0,
    migratedTotal: 0,
    inProgress: 0,
    onHold: 0,
    withSupportTeam: 0,
    unsuitableInPeriod: 0,
    escalationsInPeriod: 0,
    escalationsHandedBack: 0,
    escalationsFinished: 0,
    escalationsOpen: 0,
    exceptionsProposed: 0,
    exceptionsApproved: 0,
    exceptionsRejected: 0,
  };
}

function within(time: DateTime | undefined, period: ReportPeriod, asOf: DateTime): boolean {
  return time !== undefined && time >= period.start && time <= asOf;
}

function pcStatus(state: RunState): PcStatus {
  switch (state.status) {
    case "done":
      return "migrated";
    case "escalated":
      return "withSupportTeam";
    default:
      return state.status;
  }
}

/** Builds the report of the given agencies for a half-year, as of its end (or `now` while it runs). */
export function buildReport(input: {
  readonly period: ReportPeriod;
  readonly now: DateTime;
  readonly agencies: readonly ReportAgency[];
  readonly runs: readonly ReportRun[];
  readonly exceptions: readonly ReportException[];
}): MigrationReport {
  const { period, now } = input;
  const provisional = now < period.end;
  const asOf = provisional ? now : period.end;
  const total = emptyCounts();
  const sections = input.agencies.map((agency): AgencySection => {
    const counts = emptyCounts();
    const pcs: PcLine[] = [];
    const escalations: EscalationLine[] = [];
    for (const run of input.runs.filter((candidate) => candidate.agencyId === agency.id)) {
      const state = stateAt(run.events, asOf);
      if (!state) continue;
      const status = pcStatus(state);
      if (status === "unsuitable" && !within(state.endedAt, period, asOf)) continue;
      const base = { agencyId: agency.id, runId: run.runId, assetTag: run.assetTag, location: run.location, pcUser: run.pcUser, step: state.step };
      switch (status) {
        case "migrated":
          counts.migratedTotal += 1;
          if (within(state.endedAt, period, asOf)) counts.migratedInPeriod += 1;
          pcs.push({ ...base, status, since: state.endedAt ?? state.lastAt });
          break;
        case "inProgress":
          counts.inProgress += 1;
          pcs.push({ ...base, status, since: state.startedAt });
          break;
        case "onHold": {
          counts.onHold += 1;
          const hold = state.holds.at(-1);
          pcs.push({ ...base, status, reason: hold?.reason ?? "", since: hold?.at ?? state.lastAt });
          break;
        }
        case "withSupportTeam":
          counts.withSupportTeam += 1;
          pcs.push({ ...base, status, since: state.escalations.at(-1)?.openedAt ?? state.lastAt });
          break;
        case "unsuitable":
          counts.unsuitableInPeriod += 1;
          pcs.push({ ...base, status, since: state.endedAt ?? state.lastAt });
          break;
      }
      for (const escalation of state.escalations) {
        if (!within(escalation.openedAt, period, asOf)) continue;
        counts.escalationsInPeriod += 1;
        const outcome = escalation.outcome ?? (escalation.takenOverBy ? "withSupportTeam" : "open");
        if (outcome === "handedBack") counts.escalationsHandedBack += 1;
        else if (outcome === "finished") counts.escalationsFinished += 1;
        else counts.escalationsOpen += 1;
        escalations.push({
          agencyId: agency.id,
          runId: run.runId,
          assetTag: run.assetTag,
          step: escalation.step,
          openedAt: escalation.openedAt,
          outcome,
          ...(escalation.takenOverBy ? { by: escalation.takenOverBy.name } : {}),
          ...(escalation.note ? { note: escalation.note } : {}),
        });
      }
    }
    const exceptions = input.exceptions
      .filter((exception) => exception.agencyId === agency.id && exception.proposedAt <= asOf)
      .map((exception) => {
        const decided = exception.decidedAt !== null && exception.decidedAt <= asOf;
        const statusAtDate: ExceptionStatus = decided ? exception.status : "proposed";
        return { ...exception, statusAtDate };
      });
    for (const exception of exceptions) {
      if (exception.statusAtDate === "approved") counts.exceptionsApproved += 1;
      else if (exception.statusAtDate === "rejected") counts.exceptionsRejected += 1;
      else counts.exceptionsProposed += 1;
    }
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    return { agency, counts, pcs, escalations, exceptions };
  });
  return { period, asOf, provisional, sections, total };
}

/** The CSV columns, in order: the header names and the count each holds. */
export const CSV_COLUMNS: readonly { readonly header: string; readonly key: keyof Counts }[] = [
  { header: "pc_selesai_periode_ini", key: "migratedInPeriod" },
  { header: "pc_selesai_kumulatif", key: "migratedTotal" },
  { header: "pc_dalam_proses", key: "inProgress" },
  { header: "pc_ditunda", key: "onHold" },
  { header: "pc_ditangani_tppsi", key: "withSupportTeam" },
  { header: "pc_tidak_memenuhi_syarat", key: "unsuitableInPeriod" },
  { header: "eskalasi_periode_ini", key: "escalationsInPeriod" },
  { header: "eskalasi_dikembalikan_ke_teknisi", key: "escalationsHandedBack" },
  { header: "eskalasi_diselesaikan_tppsi", key: "escalationsFinished" },
  { header: "eskalasi_belum_selesai", key: "escalationsOpen" },
  { header: "pengecualian_diajukan", key: "exceptionsProposed" },
  { header: "pengecualian_disetujui", key: "exceptionsApproved" },
  { header: "pengecualian_ditolak", key: "exceptionsRejected" },
];

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report's counts as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read the names right): one row per agency
 * and a TOTAL row; the recap adds whether each agency's own report was received.
 */
export function reportCsv(report: MigrationReport, options: { readonly recap: boolean }): string {
  const header = ["periode", "per_tanggal", "skpd", ...CSV_COLUMNS.map((column) => column.header), ...(options.recap ? ["laporan_skpd_diterima"] : [])];
  const period = periodKey(report.period);
  const asOf = report.asOf.toISODate() ?? "";
  const rows = report.sections.map((section) => [
    period,
    asOf,
    section.agency.name,
    ...CSV_COLUMNS.map((column) => section.counts[column.key]),
    ...(options.recap ? [section.agency.submittedAt ? section.agency.submittedAt.toISODate() ?? "ya" : "belum"] : []),
  ]);
  rows.push([period, asOf, "TOTAL", ...CSV_COLUMNS.map((column) => report.total[column.key]), ...(options.recap ? [`${report.sections.filter((section) => section.agency.submittedAt).length}/${report.sections.length}`] : [])]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
