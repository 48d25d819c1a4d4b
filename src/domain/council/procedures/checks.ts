import { DateTime } from "luxon";
import type { Citation } from "../../shared/citation.ts";
import { accept } from "../../shared/rejection.ts";
import type { Outcome } from "../../shared/rejection.ts";
import type { ClosedMeetingMatter, SessionKind, ThresholdRule } from "../rule-book.ts";
import { requiredCount } from "../vote.ts";
import { fractionParams, refuse } from "./context.ts";
import type { OpenContext, Refusal } from "./context.ts";
import type { StepOutcome } from "./procedure-events.ts";
import type { ProcedureRejectionCode } from "./rejection-codes.ts";
import { summarizeDecision, summarizeMeeting } from "./references.ts";
import type { DecisionReference, DecisionSummary, MeetingReference, MeetingSummary } from "./references.ts";

/**
 * The checks a step makes of the meeting or decision it rests on: the session is closed (its record is final), of
 * the kind the article names, not earlier than the step before, attended as the article requires, and the decision
 * passed with the approvals the law asks of all members.
 */

export interface MeetingRequirement {
  readonly meetingKind: SessionKind;
  readonly kindCitation: Citation;
  /** Members who must have signed the meeting's attendance list. */
  readonly attendance?: ThresholdRule;
  /** The meeting must have been open to the public, and the article that says so. */
  readonly openMeeting?: Citation;
}

export interface DecisionRequirement extends MeetingRequirement {
  /** "either": a refusal also completes the step (and ends the procedure); "passed": only an approval does. */
  readonly outcomes: "passed" | "either";
  readonly passedCitation: Citation;
  /** The approvals of all members a passed decision must reach (Pasal 7 ayat (4), 8 ayat (5), 75 ayat (3)). */
  readonly special?: ThresholdRule;
  /** A closed meeting may not decide this (Pasal 42). */
  readonly matter?: ClosedMeetingMatter;
}

export interface CheckedDecision {
  readonly decision: DecisionSummary;
  readonly outcome: StepOutcome;
  /** The approvals the special majority required, or null. */
  readonly required: number | null;
}

type Checked<T> = Outcome<T, ProcedureRejectionCode>;

function millis(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

/** `sameMeeting`: a step resting on a meeting (dated by its opening) is in order after an earlier step of that meeting. */
function beforePrevious(c: OpenContext, at: string, sameMeeting: number | null): Refusal | null {
  const previous = c.state.lastStepAt;
  if (previous === null || (sameMeeting !== null && c.state.lastStepSessionId === sameMeeting)) return null;
  return millis(at) < millis(previous) ? refuse("BEFORE_PREVIOUS_STEP", { at, previous }) : null;
}

function kindRefusal(c: OpenContext, meeting: MeetingReference, requirement: MeetingRequirement): Refusal | null {
  if (!meeting.closed) return refuse("SESSION_NOT_CLOSED", { sessionId: meeting.sessionId });
  if (meeting.kind !== requirement.meetingKind) {
    return refuse("WRONG_MEETING_KIND", { required: c.rules.sessionKinds[requirement.meetingKind].name, kind: c.rules.sessionKinds[meeting.kind].name }, requirement.kindCitation);
  }
  return null;
}

function attendanceRefusal(meeting: MeetingReference, rule: ThresholdRule | undefined): Refusal | null {
  if (!rule) return null;
  // Pasal 24 ayat (3): after two postponements the leadership election goes ahead without its attendance.
  if (meeting.leadershipElection && meeting.openedWithoutQuorum) return null;
  const required = requiredCount(rule, meeting.councilSize);
  const attended = meeting.attendees.length;
  if (attended >= required) return null;
  return refuse("ATTENDANCE_TOO_LOW", { attended, required, date: meeting.date, ...fractionParams(rule, meeting.councilSize) }, rule.citation);
}

function openMeetingRefusal(meeting: MeetingReference, citation: Citation | undefined): Refusal | null {
  return citation && meeting.nature !== "open" ? refuse("OPEN_MEETING_REQUIRED", {}, citation) : null;
}

/** A step that rests on a meeting (an explanation, the oath): closed, of its kind, attended, opened, in order. */
export function checkMeeting(c: OpenContext, meeting: MeetingReference, requirement: MeetingRequirement): Checked<MeetingSummary> {
  const refused =
    kindRefusal(c, meeting, requirement) ??
    attendanceRefusal(meeting, requirement.attendance) ??
    (meeting.opened ? null : refuse("MEETING_NOT_OPENED", { date: meeting.date }, c.rules.procedures.validMeeting.citation)) ??
    openMeetingRefusal(meeting, requirement.openMeeting) ??
    beforePrevious(c, meeting.date, meeting.sessionId);
  return refused ?? accept(summarizeMeeting(meeting));
}

/** A step that rests on a decision: as a meeting, and the decision unused, in order, passed with the approvals required. */
export function checkDecision(c: OpenContext, reference: DecisionReference, requirement: DecisionRequirement): Checked<CheckedDecision> {
  const meeting = reference.meeting;
  const kind = kindRefusal(c, meeting, requirement);
  if (kind) return kind;
  if (reference.usedBy !== null) return refuse("DECISION_ALREADY_USED", { procedureId: reference.usedBy });
  if (c.state.usedDecisions.includes(reference.decisionId)) return refuse("DECISION_ALREADY_USED", { procedureId: 0 });
  const matter = requirement.matter ? c.rules.closedMeetings.undecidableMatters.find((m) => m.matter === requirement.matter) : undefined;
  if (matter && meeting.nature === "closed") return refuse("CLOSED_MEETING_MATTER", { matter: matter.text }, matter.citation);
  const refused = openMeetingRefusal(meeting, requirement.openMeeting) ?? attendanceRefusal(meeting, requirement.attendance) ?? beforePrevious(c, reference.at, null);
  if (refused) return refused;
  if (!reference.passed && requirement.outcomes === "passed") return refuse("DECISION_NOT_PASSED", { motion: reference.motion }, requirement.passedCitation);
  const special = requirement.special;
  const required = special ? requiredCount(special, meeting.councilSize) : null;
  if (reference.passed && special && required !== null && reference.approvals < required) {
    return refuse("SPECIAL_MAJORITY_NOT_REACHED", { approvals: reference.approvals, required, ...fractionParams(special, meeting.councilSize) }, special.citation);
  }
  return accept({ decision: summarizeDecision(reference), outcome: reference.passed ? "approved" : "rejected", required });
}
