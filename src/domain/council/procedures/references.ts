import { z } from "zod";
import type { MemberId } from "../council.ts";
import type { SessionKind } from "../rule-book.ts";
import type { SessionEvent } from "../session-events.ts";
import type { Decision, SessionState } from "../session-state.ts";

/**
 * A procedure moves on by pointing at what happened in the council's meetings: a meeting (a session of the council,
 * by its id) or a decision recorded in one (by the id of the event row that recorded it, which names it for good).
 * These are the facts a procedure checks, taken from the session's log by `meetingReference` / `decisionReference`;
 * the bot builds them from the store, and the procedure engine parses them like any other input.
 */

const SESSION_KINDS = ["plenary", "leadership", "steeringCommittee", "commission", "workingMeeting", "hearing"] as const satisfies readonly SessionKind[];
const id = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const iso = z.string().min(10).max(40);
const memberId = z.string().trim().min(1).max(40);

export const meetingReferenceSchema = z.object({
  sessionId: id,
  kind: z.enum(SESSION_KINDS),
  nature: z.enum(["open", "closed"]),
  /** The session's phase is "closed": its record is final. */
  closed: z.boolean(),
  /** The meeting was opened (with quorum, or without it for a leadership election after its postponements, Pasal 24 ayat (3)). */
  opened: z.boolean(),
  openedWithoutQuorum: z.boolean(),
  leadershipElection: z.boolean(),
  /** The opening time, or the planned start of a meeting that never opened; ISO in the council's zone. */
  date: iso,
  /** Members of the council who signed its attendance list (Pasal 44 ayat (1)). */
  attendees: z.array(memberId).max(200),
  councilSize: z.number().int().min(0).max(1000),
  /** Invitees who signed their own list (Pasal 44 ayat (2)): the village head, the Bupati's official, … */
  invitees: z.array(z.object({ id: z.string().max(40), name: z.string().max(80), description: z.string().max(120) })).max(200),
});

export type MeetingReference = z.output<typeof meetingReferenceSchema>;

export const decisionReferenceSchema = z.object({
  decisionId: id,
  meeting: meetingReferenceSchema,
  decisionNo: z.number().int().min(1).max(10_000),
  motion: z.string().max(500),
  how: z.enum(["consensus", "vote", "showOfHands"]),
  passed: z.boolean(),
  /** Members who approved: "yes" votes, the elected candidate's votes, or for a consensus every member present. */
  approvals: z.number().int().min(0).max(1000),
  /** Members present with a vote when it was decided. */
  present: z.number().int().min(0).max(1000),
  at: iso,
  /** The member elected, for an election of persons. */
  elected: memberId.nullable(),
  /** Another procedure that already rests on this decision, or null. */
  usedBy: id.nullable(),
});

export type DecisionReference = z.output<typeof decisionReferenceSchema>;

/** What a procedure keeps of a meeting it rests on: copied in, so its log reads the same later. */
export interface MeetingSummary {
  readonly sessionId: number;
  readonly kind: SessionKind;
  readonly nature: "open" | "closed";
  readonly date: string;
  readonly attended: number;
  readonly councilSize: number;
}

export interface DecisionSummary {
  readonly decisionId: number;
  readonly sessionId: number;
  readonly sessionKind: SessionKind;
  readonly sessionDate: string;
  readonly decisionNo: number;
  readonly motion: string;
  readonly how: "consensus" | "vote" | "showOfHands";
  readonly passed: boolean;
  readonly approvals: number;
  readonly present: number;
  readonly allMembers: number;
  readonly at: string;
}

export function summarizeMeeting(meeting: MeetingReference): MeetingSummary {
  return {
    sessionId: meeting.sessionId,
    kind: meeting.kind,
    nature: meeting.nature,
    date: meeting.date,
    attended: meeting.attendees.length,
    councilSize: meeting.councilSize,
  };
}

export function summarizeDecision(decision: DecisionReference): DecisionSummary {
  return {
    decisionId: decision.decisionId,
    sessionId: decision.meeting.sessionId,
    sessionKind: decision.meeting.kind,
    sessionDate: decision.meeting.date,
    decisionNo: decision.decisionNo,
    motion: decision.motion,
    how: decision.how,
    passed: decision.passed,
    approvals: decision.approvals,
    present: decision.present,
    allMembers: decision.meeting.councilSize,
    at: decision.at,
  };
}

/** The meeting a session's log describes (its state and its events); undefined for a session never scheduled. */
export function meetingReference(sessionId: number, state: SessionState, events: readonly SessionEvent[]): MeetingReference | undefined {
  const setup = state.setup;
  if (!setup) return undefined;
  const opening = events.find((e) => e.type === "sessionOpened");
  return {
    sessionId,
    kind: setup.kind,
    nature: setup.nature,
    closed: state.phase === "closed",
    opened: state.openedAt !== null,
    openedWithoutQuorum: opening?.type === "sessionOpened" ? opening.payload.withoutQuorum : false,
    leadershipElection: setup.leadershipElection,
    date: state.openedAt ?? setup.plannedStart,
    attendees: Object.keys(state.attendance),
    councilSize: setup.councilSize,
    invitees: state.invitees.map((g) => ({ id: g.id, name: g.name, description: g.description })),
  };
}

function approvalsOf(decision: Decision, events: readonly SessionEvent[]): { approvals: number; present: number; elected: MemberId | null } {
  const result = decision.result;
  if (result === null) {
    const recorded = events.find((e) => e.type === "consensusRecorded" && e.payload.decisionNo === decision.decisionNo);
    const present = recorded?.type === "consensusRecorded" ? recorded.payload.present : 0;
    // A consensus is the agreement of every member present with a vote (Pasal 60 ayat (1)).
    return { approvals: present, present, elected: null };
  }
  if (result.kind === "motion") return { approvals: result.tally.yes, present: result.present, elected: null };
  const votes = result.tally.find((t) => t.candidate === result.elected)?.votes ?? 0;
  return { approvals: votes, present: result.present, elected: result.elected };
}

/** A decision of a session by its number, with the facts a procedure checks. */
export function decisionReference(
  decisionId: number,
  sessionId: number,
  state: SessionState,
  events: readonly SessionEvent[],
  decisionNo: number,
  usedBy: number | null,
): DecisionReference | undefined {
  const meeting = meetingReference(sessionId, state, events);
  const decision = state.decisions.find((d) => d.decisionNo === decisionNo);
  if (!meeting || !decision) return undefined;
  const { approvals, present, elected } = approvalsOf(decision, events);
  return {
    decisionId,
    meeting,
    decisionNo,
    motion: decision.motion,
    how: decision.how,
    passed: decision.passed,
    approvals,
    present,
    at: decision.at,
    elected,
    usedBy,
  };
}
