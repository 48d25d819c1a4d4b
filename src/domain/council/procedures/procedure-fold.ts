import { DateTime } from "luxon";
import type { ProcedureEvent } from "./procedure-events.ts";
import { initialState } from "./procedure-state.ts";
import type { OfficeState, ProcedureState, ProposalState } from "./procedure-state.ts";
import type { DecisionSummary } from "./references.ts";

/**
 * The fold of a procedure's log. Pure and total: it trusts the events `decideProcedure` produced and never throws,
 * so a log always replays. An event before the procedure's opening event is ignored.
 */
export function foldProcedure(events: Iterable<ProcedureEvent>): ProcedureState | null {
  let state: ProcedureState | null = null;
  for (const event of events) state = evolveProcedure(state, event);
  return state;
}

export function evolveAllProcedure(state: ProcedureState | null, events: Iterable<ProcedureEvent>): ProcedureState | null {
  let next = state;
  for (const event of events) next = evolveProcedure(next, event);
  return next;
}

function later(a: string | null, b: string): string {
  if (a === null) return b;
  return DateTime.fromISO(b, { setZone: true }) > DateTime.fromISO(a, { setZone: true }) ? b : a;
}

/** A step resting on a decision: the decision is used, and the next step may not be earlier. */
function rested(state: ProcedureState, decision: DecisionSummary | null, at: string, sessionId: number): ProcedureState {
  return {
    ...state,
    usedDecisions: decision ? [...state.usedDecisions, decision.decisionId] : state.usedDecisions,
    lastStepAt: later(state.lastStepAt, at),
    lastStepSessionId: sessionId,
  };
}

function ended(state: ProcedureState, status: ProcedureState["status"], at: string): ProcedureState {
  return { ...state, status, closedAt: at };
}

function withProposal(state: ProcedureState, change: (proposal: ProposalState) => ProposalState): ProcedureState {
  return state.proposal ? { ...state, proposal: change(state.proposal) } : state;
}

function withOffice(state: ProcedureState, office: string, change: (o: OfficeState) => OfficeState): ProcedureState {
  const leadership = state.leadership;
  if (!leadership) return state;
  return { ...state, leadership: { ...leadership, offices: leadership.offices.map((o) => (o.office === office ? change(o) : o)) } };
}

function opening(state: ProcedureState | null, event: ProcedureEvent): ProcedureState | null {
  const at = event.at;
  switch (event.type) {
    case "proposalOpened": {
      const p = event.payload;
      return {
        ...initialState(p.procedure, p.title, at),
        source: p.procedure === "villageRegulation" ? "councilInitiative" : null,
        meetingDate: p.meetingDate,
        deadline: p.deadline,
        proposal: {
          kind: p.proposal,
          title: p.title,
          text: p.text,
          version: 1,
          opener: event.actor.id,
          required: p.required,
          members: p.members,
          citation: p.citation,
          signatures: [],
          numbered: p.numbered,
          number: null,
          numberedAt: null,
        },
      };
    }
    case "headDraftReceived":
      return { ...initialState("villageRegulation", event.payload.title, at), source: "villageHead", coverNote: event.payload.coverNote, receivedAt: at };
    case "headReportOpened": {
      const p = event.payload;
      return { ...initialState("headReport", "", at), report: { basis: p.basis, budgetYear: p.budgetYear, termEnds: p.termEnds, due: p.due, reading: p.reading } };
    }
    case "leadershipOpened": {
      const p = event.payload;
      const offices: OfficeState[] = p.offices.map((office) => {
        const vacated = p.vacated.find((v) => v.office === office);
        return { office, vacated: vacated ? { member: vacated.member, reason: vacated.reason } : null, elected: null, sworn: null };
      });
      return { ...initialState("leadership", "", at), leadership: { cause: p.cause, offices, temporary: p.temporary, acting: p.acting } };
    }
    default:
      return state;
  }
}

export function evolveProcedure(current: ProcedureState | null, event: ProcedureEvent): ProcedureState | null {
  if (current === null) return opening(null, event);
  const state = current;
  const at = event.at;
  switch (event.type) {
    case "proposalOpened":
    case "headDraftReceived":
    case "headReportOpened":
    case "leadershipOpened":
      return state;
    case "proposalSigned": {
      const signed = withProposal(state, (p) => ({ ...p, signatures: [...p.signatures, { member: event.payload.member, at, recordedBy: event.recordedBy }] }));
      // A closed-meeting request binds once its share of members has signed (Pasal 39).
      const complete = signed.proposal !== null && signed.proposal.signatures.length >= signed.proposal.required;
      return signed.kind === "closedMeetingRequest" && complete ? ended(signed, "done", at) : signed;
    }
    case "signatureWithdrawn":
      return withProposal(state, (p) => ({ ...p, signatures: p.signatures.filter((s) => s.member !== event.payload.member) }));
    case "proposalChanged": {
      const { version, title, text } = event.payload;
      const changed = withProposal(state, (p) => ({
        ...p,
        version,
        title,
        text,
        signatures: [{ member: p.opener, at, recordedBy: event.recordedBy }],
      }));
      return { ...changed, title };
    }
    case "proposalWithdrawn":
      return ended(state, "withdrawn", at);
    case "proposalNumbered": {
      const numbered = withProposal(state, (p) => ({ ...p, number: event.payload.number, numberedAt: at }));
      return state.kind === "villageRegulation" ? { ...numbered, receivedAt: at } : numbered;
    }
    case "considered": {
      const { decision, favourable } = event.payload;
      return { ...rested(state, decision, decision.at, decision.sessionId), consideration: { decision, outcome: favourable ? "approved" : "rejected", recordedAt: at } };
    }
    case "decided": {
      const { decision, outcome } = event.payload;
      const next = { ...rested(state, decision, decision.at, decision.sessionId), decision: { decision, outcome, recordedAt: at } };
      if (outcome === "rejected") return ended(next, "rejected", at);
      return state.kind === "rulesChange" || state.kind === "agendaChange" ? ended(next, "done", at) : next;
    }
    case "stageRecorded": {
      const p = event.payload;
      const record = { stage: p.stage, meeting: p.meeting, decision: p.decision, outcome: p.outcome, recordedAt: at, deadline: p.deadline };
      const next = { ...rested(state, p.decision, p.decision?.at ?? p.meeting.date, p.meeting.sessionId), stages: [...state.stages, record] };
      if (p.outcome === "rejected") return ended(next, "rejected", at);
      return p.final && state.kind === "headReport" ? ended(next, "done", at) : next;
    }
    case "stagesWaived": {
      const { stages, decision } = event.payload;
      return { ...rested(state, decision, decision.at, decision.sessionId), waived: [...state.waived, ...stages] };
    }
    case "amendmentProposed": {
      const { amendmentNo, member, text } = event.payload;
      return { ...state, amendments: [...state.amendments, { amendmentNo, member, text, proposedAt: at, decision: null, outcome: null }] };
    }
    case "amendmentDecided": {
      const { amendmentNo, decision, outcome } = event.payload;
      const amendments = state.amendments.map((a) => (a.amendmentNo === amendmentNo ? { ...a, decision, outcome } : a));
      return { ...rested(state, decision, decision.at, decision.sessionId), amendments };
    }
    case "becameComplement":
      return ended({ ...state, complementOf: { procedureId: event.payload.of, title: event.payload.title } }, "complement", at);
    case "approvalDecreeRecorded":
      return { ...state, approvalDecree: event.payload.number };
    case "regulationSigned":
      return ended({ ...state, regulationNumber: event.payload.number }, "done", at);
    case "exchangeRecorded": {
      const next = { ...state, exchange: [...state.exchange, { step: event.payload.step, at, note: event.payload.note }] };
      return event.payload.step === "finished" ? ended(next, "done", at) : next;
    }
    case "leaderElected": {
      const { office, member, decision } = event.payload;
      return withOffice(rested(state, decision, decision.at, decision.sessionId), office, (o) => ({ ...o, elected: { member, decision } }));
    }
    case "oathTaken": {
      const { office, meeting, officiant } = event.payload;
      const next = withOffice(rested(state, null, meeting.date, meeting.sessionId), office, (o) => ({ ...o, sworn: { meeting, officiant, at } }));
      const allSworn = next.leadership?.offices.every((o) => o.sworn !== null) ?? false;
      return allSworn ? ended(next, "done", at) : next;
    }
  }
}
