import { DateTime } from "luxon";
import type { CouncilRuleBook } from "../rule-book.ts";
import { checkDecision, checkMeeting } from "./checks.ts";
import type { DecisionRequirement } from "./checks.ts";
import { dayOf, done, event, refuse, requireOpened, requireRecorder } from "./context.ts";
import type { Decided, OpenContext, ProcedureContext, Refusal } from "./context.ts";
import type { ProcedureCommandOf } from "./procedure-commands.ts";
import type { DeadlineFinding } from "./procedure-events.ts";
import type { StagedProcedureRules, StageRule } from "./procedure-rules.ts";
import { stageDone } from "./procedure-state.ts";
import type { DecisionSummary, MeetingSummary } from "./references.ts";
import { summarizeMeeting } from "./references.ts";

/**
 * Stages of discussion: four for a draft village regulation (Pasal 66-70), three for the village head's report
 * (Pasal 5-6). Each stage is completed by pointing at the meeting that held it — or, where the stage ends in a
 * decision, at the decision — in order, unless the Panitia Musyawarah decided to leave a stage out (Pasal 5, 66).
 */

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export function roman(stage: number): string {
  return ROMAN[stage - 1] ?? String(stage);
}

export function stagedRules(rules: CouncilRuleBook, kind: "villageRegulation" | "headReport"): StagedProcedureRules {
  return kind === "villageRegulation" ? rules.procedures.villageRegulation : rules.headReport;
}

/** The article of a stage for this draft: its source's own, where Pasal 67-68 distinguish them. */
export function stageCitation(stage: StageRule, source: "villageHead" | "councilInitiative" | null) {
  return (source && stage.bySource?.[source].citation) ?? stage.citation;
}

/** Stages are taken on a staged procedure that is under discussion: an initiative only once adopted (Pasal 8 ayat (7)-(8)). */
function requireStaged(c: ProcedureContext): Refusal | null {
  const refused = requireOpened(c, "villageRegulation", "headReport") ?? requireRecorder(c);
  if (refused) return refused;
  const state = c.state!;
  if (state.kind === "villageRegulation" && state.source === "councilInitiative" && state.decision?.outcome !== "approved") {
    return refuse("NOT_ADOPTED", {}, c.rules.procedures.villageRegulation.initiativeDecision.citation);
  }
  return null;
}

function deadlineFinding(c: OpenContext, heldOn: string): DeadlineFinding | null {
  const report = c.state.report;
  if (!report) return null;
  const rule = report.basis === "annual" ? c.rules.headReport.annualDeadline : c.rules.headReport.endOfTermDeadline;
  return { due: report.due, heldOn, met: heldOn <= report.due, citation: rule.citation, reading: report.reading };
}

export function recordStage(cmd: ProcedureCommandOf<"recordStage">, c: ProcedureContext): Decided {
  const refused = requireStaged(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const kind = open.state.kind as "villageRegulation" | "headReport";
  const rules = stagedRules(c.rules, kind);
  const stage = rules.stages.find((s) => s.stage === cmd.stage);
  if (!stage) return refuse("UNKNOWN_STAGE", { stage: cmd.stage, stages: rules.stages.length }, rules.stagesCitation);
  if (stageDone(open.state, stage.stage)) return refuse("STAGE_ALREADY_DONE", { stage: roman(stage.stage) });
  const missing = rules.stages.filter((s) => s.stage < stage.stage && !stageDone(open.state, s.stage)).map((s) => roman(s.stage));
  if (missing.length) return refuse("STAGE_OUT_OF_ORDER", { stage: roman(stage.stage), missing: missing.join(", ") }, rules.deviation.citation);

  if (kind === "villageRegulation") {
    const amendments = c.rules.procedures.villageRegulation.amendments;
    const pending = open.state.amendments.filter((a) => a.outcome === null).map((a) => a.amendmentNo);
    if (stage.stage === amendments.decidedInStage && pending.length) return refuse("AMENDMENTS_PENDING", { amendments: pending.join(", ") }, amendments.decided.citation);
  }

  const final = stage.stage === rules.stages[rules.stages.length - 1]?.stage;
  const attendance = kind === "headReport" ? c.rules.headReport.attendance : undefined;
  let meeting: MeetingSummary;
  let decision: DecisionSummary | null = null;
  let outcome: "approved" | "rejected" = "approved";
  if (stage.reference === "decision") {
    if (!cmd.decision) return refuse("REFERENCE_REQUIRED", { stage: roman(stage.stage), reference: "decision" }, c.rules.procedures.meetingConcludes.citation);
    const requirement: DecisionRequirement = {
      meetingKind: stage.meetingKind,
      kindCitation: stage.meetingCitation,
      outcomes: final ? "either" : "passed",
      passedCitation: c.rules.procedures.meetingConcludes.citation,
      ...(attendance ? { attendance } : {}),
      ...(final && kind === "villageRegulation" ? { matter: "villageRegulation" as const } : {}),
    };
    const checked = checkDecision(open, cmd.decision, requirement);
    if (!checked.ok) return checked;
    meeting = summarizeMeeting(cmd.decision.meeting);
    decision = checked.value.decision;
    outcome = checked.value.outcome;
  } else {
    if (!cmd.meeting) return refuse("REFERENCE_REQUIRED", { stage: roman(stage.stage), reference: "meeting" }, stage.meetingCitation);
    const checked = checkMeeting(open, cmd.meeting, { meetingKind: stage.meetingKind, kindCitation: stage.meetingCitation, ...(attendance ? { attendance } : {}) });
    if (!checked.ok) return checked;
    meeting = checked.value;
  }
  const delivered = kind === "headReport" && stage.stage === c.rules.headReport.deliveredInStage;
  const payload = {
    stage: stage.stage,
    meeting,
    decision,
    outcome,
    final,
    citation: stageCitation(stage, open.state.source),
    deadline: delivered ? deadlineFinding(open, dayOf(meeting.date)) : null,
  };
  return done([event(c, "stageRecorded", payload)]);
}

/** Pasal 5, 66: "kecuali apabila Panitia Musyawarah menentukan lain" — a decision of its meeting leaves stages out. */
export function waiveStages(cmd: ProcedureCommandOf<"waiveStages">, c: ProcedureContext): Decided {
  const refused = requireStaged(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rules = stagedRules(c.rules, open.state.kind as "villageRegulation" | "headReport");
  const stages = [...new Set(cmd.stages)].sort((a, b) => a - b);
  for (const number of stages) {
    const stage = rules.stages.find((s) => s.stage === number);
    if (!stage) return refuse("UNKNOWN_STAGE", { stage: number, stages: rules.stages.length }, rules.stagesCitation);
    if (stageDone(open.state, number)) return refuse("STAGE_ALREADY_DONE", { stage: roman(number) });
    if (stage.notWaivable) return refuse("NOT_WAIVABLE", { stage: roman(number) }, stage.notWaivable.citation);
  }
  const checked = checkDecision(open, cmd.decision, {
    meetingKind: "steeringCommittee",
    kindCitation: rules.deviation.citation,
    outcomes: "passed",
    passedCitation: rules.deviation.citation,
  });
  if (!checked.ok) return checked;
  return done([event(c, "stagesWaived", { stages, decision: checked.value.decision, citation: rules.deviation.citation })]);
}

/** The day the report is due: months after the budget year ends (Pasal 4 ayat (3), as read), or before the term ends (ayat (4)). */
export function headReportDue(c: ProcedureContext, basis: "annual" | "endOfTerm", budgetYear: number | undefined, termEnds: string | undefined): string | undefined {
  const rules = c.rules.headReport;
  if (basis === "annual") {
    if (budgetYear === undefined) return undefined;
    const { month, day } = rules.annualDeadline.budgetYearEnds;
    return DateTime.fromObject({ year: budgetYear, month, day }, { zone: c.council.zone }).plus({ months: rules.annualDeadline.months }).toISODate() ?? undefined;
  }
  if (termEnds === undefined) return undefined;
  const end = DateTime.fromISO(termEnds, { zone: c.council.zone });
  return end.isValid ? (end.minus({ months: rules.endOfTermDeadline.months }).toISODate() ?? undefined) : undefined;
}

export function openHeadReport(cmd: ProcedureCommandOf<"openHeadReport">, c: ProcedureContext): Decided {
  if (c.state) return refuse("ALREADY_OPENED");
  const notRecorder = requireRecorder(c);
  if (notRecorder) return notRecorder;
  const rules = c.rules.headReport;
  if (cmd.basis === "annual" && cmd.budgetYear === undefined) return refuse("BUDGET_YEAR_REQUIRED", {}, rules.annualDeadline.citation);
  if (cmd.basis === "endOfTerm" && cmd.termEnds === undefined) return refuse("TERM_END_REQUIRED", {}, rules.endOfTermDeadline.citation);
  const due = headReportDue(c, cmd.basis, cmd.budgetYear, cmd.termEnds);
  if (!due) return refuse("INVALID_DATE", { date: cmd.termEnds ?? String(cmd.budgetYear) });
  const annual = cmd.basis === "annual";
  const payload = {
    basis: cmd.basis,
    budgetYear: annual ? (cmd.budgetYear ?? null) : null,
    termEnds: annual ? null : (cmd.termEnds ?? null),
    due,
    citation: annual ? rules.annualDeadline.citation : rules.endOfTermDeadline.citation,
    reading: annual ? rules.annualDeadline.reading : null,
  };
  return done([event(c, "headReportOpened", payload)]);
}
