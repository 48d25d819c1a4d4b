import type { DateTime } from "luxon";
import { formatFieldValue, type Field, type FieldValue, type LocalText } from "./fields.ts";
import type { Actor, Escalation, RunState } from "./engine.ts";
import type { Procedure, Step } from "./procedure.ts";

/** Views of a run: Form 1, Form 2, the time each step took, and a one-line status. */

export interface FormLine {
  readonly key: string;
  readonly label: LocalText;
  readonly field: Field;
  readonly value: FieldValue | undefined;
}

/** The latest value of every field of a form, in the order the procedure asks them (unanswered ones left out). */
export function formLines(procedure: Procedure, state: RunState, form: string): FormLine[] {
  const lines: FormLine[] = [];
  for (const [key, { field }] of procedure.fieldIndex) {
    if (field.form !== form || !(key in state.values)) continue;
    lines.push({ key, label: field.label, field, value: state.values[key] });
  }
  return lines;
}

export function formatLine(line: FormLine, language: "id" | "en"): string {
  return `${line.label[language]}: ${formatFieldValue(line.field, line.value, language)}`;
}

export type TroubleshootingResult = "open" | "solved" | "escalated";

/** One Form 2 entry: a visit of a troubleshooting step. */
export interface TroubleshootingEntry {
  readonly index: number;
  readonly step: Step;
  readonly phase: LocalText;
  readonly at: DateTime;
  readonly by?: Actor;
  readonly lines: readonly FormLine[];
  readonly result: TroubleshootingResult;
  /** When escalated: how TPP-SI took it and how it ended. */
  readonly escalation?: Escalation;
}

export function troubleshootingLog(procedure: Procedure, state: RunState): TroubleshootingEntry[] {
  const entries: TroubleshootingEntry[] = [];
  let escalationIndex = 0;
  for (const visit of state.visits) {
    const step = procedure.byId.get(visit.step);
    if (!step?.troubleshooting) continue;
    const lines: FormLine[] = [];
    for (const [key, value] of Object.entries(visit.values)) {
      const entry = procedure.fieldIndex.get(key);
      if (entry && entry.field.form === "form2") lines.push({ key, label: entry.field.label, field: entry.field, value });
    }
    const then = step.then;
    const answer = "choice" in then && visit.answer ? then.choice.find((candidate) => candidate.key === visit.answer) : undefined;
    const result: TroubleshootingResult = !answer ? "open" : "escalate" in answer.go ? "escalated" : "solved";
    let escalation: Escalation | undefined;
    if (result === "escalated") {
      escalation = state.escalations.slice(escalationIndex).find((candidate) => candidate.step === step.id && candidate.openedAt >= visit.enteredAt);
      if (escalation) escalationIndex = state.escalations.indexOf(escalation) + 1;
    }
    entries.push({
      index: entries.length + 1,
      step,
      phase: step.troubleshooting.label,
      at: visit.answeredAt ?? visit.enteredAt,
      ...(visit.answeredBy ? { by: visit.answeredBy } : {}),
      lines,
      result,
      ...(escalation ? { escalation } : {}),
    });
  }
  return entries;
}

export interface StepTime {
  readonly step: Step;
  readonly visits: number;
  readonly ms: number;
}

export interface RunTimes {
  readonly steps: readonly StepTime[];
  /** Time the run spent on hold (pending). */
  readonly onHoldMs: number;
  /** Time the run spent with TPP-SI. */
  readonly supportMs: number;
  readonly totalMs: number;
}

/** How long each step took (all its visits), and the time on hold and with TPP-SI; open spans run to `now`. */
export function runTimes(procedure: Procedure, state: RunState, now: DateTime): RunTimes {
  const end = state.endedAt ?? now;
  const byStep = new Map<string, { visits: number; ms: number }>();
  for (const visit of state.visits) {
    if (visit.skipped) continue;
    const left = visit.leftAt ?? (state.status === "inProgress" ? end : visit.enteredAt);
    const entry = byStep.get(visit.step) ?? { visits: 0, ms: 0 };
    entry.visits += 1;
    entry.ms += Math.max(0, left.toMillis() - visit.enteredAt.toMillis());
    byStep.set(visit.step, entry);
  }
  const span = (from: DateTime, to: DateTime | undefined) => Math.max(0, (to ?? end).toMillis() - from.toMillis());
  const onHoldMs = state.holds.reduce((sum, hold) => sum + span(hold.at, hold.resumedAt), 0);
  const supportMs = state.escalations.reduce((sum, escalation) => sum + span(escalation.openedAt, escalation.closedAt), 0);
  const steps = procedure.steps
    .filter((step) => byStep.has(step.id))
    .map((step) => ({ step, ...byStep.get(step.id)! }))
    .filter((entry) => !("end" in entry.step.then));
  return { steps, onHoldMs, supportMs, totalMs: Math.max(0, end.toMillis() - state.startedAt.toMillis()) };
}

/** "2 hari 3 jam", "45 menit", "< 1 menit". */
export function formatDuration(ms: number, language: "id" | "en" = "id"): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return language === "en" ? "< 1 minute" : "< 1 menit";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts =
    language === "en"
      ? [days && `${days} d`, hours && `${hours} h`, !days && rest && `${rest} min`]
      : [days && `${days} hari`, hours && `${hours} jam`, !days && rest && `${rest} menit`];
  return parts.filter(Boolean).join(" ");
}
