import { DateTime } from "luxon";
import type { Citation } from "../../shared/citation.ts";
import { accept } from "../../shared/rejection.ts";
import type { Outcome } from "../../shared/rejection.ts";
import type { CouncilMember } from "../council.ts";
import { member } from "../participants.ts";
import type { ProposalKind } from "../rule-book.ts";
import { requiredCount } from "../vote.ts";
import { actingMember, done, event, fractionParams, memberName, refuse, requireMember, requireOpened, requireRecorder } from "./context.ts";
import type { Decided, OpenContext, ProcedureContext, Refusal } from "./context.ts";
import type { ProcedureCommandOf } from "./procedure-commands.ts";
import type { ProcedureKind } from "./procedure-events.ts";
import { hasSigned } from "./procedure-state.ts";
import type { ProposalState } from "./procedure-state.ts";
import type { ProcedureRejectionCode } from "./rejection-codes.ts";

/**
 * Proposals that need the signatures of a share of all members (Pasal 7 ayat (1)-(3), 8 ayat (1)-(3), 39, 58 ayat (1),
 * 75 ayat (1)): a member opens one and signs it first; members sign by button; the secretariat numbers the kinds it
 * numbers; the proposers may change or withdraw it until it is decided (Pasal 7 ayat (7), 8 ayat (9)).
 */

export type ProposalProcedure = Extract<ProcedureKind, "closedMeetingRequest" | "informationRequest" | "agendaChange" | "rulesChange" | "villageRegulation">;

export const PROPOSAL_OF: Readonly<Record<ProposalProcedure, ProposalKind>> = {
  closedMeetingRequest: "closedMeeting",
  informationRequest: "villageHeadInformation",
  agendaChange: "agendaChange",
  rulesChange: "rulesChange",
  villageRegulation: "villageRegulationInitiative",
};

const PROPOSAL_PROCEDURES = Object.keys(PROPOSAL_OF) as ProposalProcedure[];

/** The last day an agenda change for a meeting on `meetingDate` may be proposed (Pasal 58 ayat (3)). */
export function agendaChangeDeadline(meetingDate: string, days: number, zone: string): string | undefined {
  const date = DateTime.fromISO(meetingDate, { zone });
  return date.isValid ? (date.minus({ days }).toISODate() ?? undefined) : undefined;
}

/** Pasal 58 ayat (3): the change is proposed at the latest `days` days before the meeting; refused later. */
function tooLate(c: ProcedureContext, meetingDate: string, deadline: string): Refusal | null {
  const today = c.now.toISODate() ?? "";
  const notice = c.rules.agendaChangeNotice;
  return today > deadline ? refuse("AGENDA_CHANGE_TOO_LATE", { meetingDate, deadline, days: notice.days, today }, notice.citation) : null;
}

function agendaDeadlineRefusal(c: OpenContext): Refusal | null {
  return c.state.kind === "agendaChange" && c.state.meetingDate && c.state.deadline ? tooLate(c, c.state.meetingDate, c.state.deadline) : null;
}

export function openProposal(cmd: ProcedureCommandOf<"openProposal">, c: ProcedureContext): Decided {
  if (c.state) return refuse("ALREADY_OPENED");
  const proposer = requireMember(c);
  if (!proposer.ok) return proposer;
  const kind = PROPOSAL_OF[cmd.procedure];
  let meetingDate: string | null = null;
  let deadline: string | null = null;
  if (cmd.procedure === "agendaChange") {
    if (!cmd.meetingDate) return refuse("MEETING_DATE_REQUIRED", {}, c.rules.agendaChangeNotice.citation);
    const due = agendaChangeDeadline(cmd.meetingDate, c.rules.agendaChangeNotice.days, c.council.zone);
    if (!due) return refuse("INVALID_DATE", { date: cmd.meetingDate });
    const late = tooLate(c, cmd.meetingDate, due);
    if (late) return late;
    meetingDate = cmd.meetingDate;
    deadline = due;
  }
  const rule = c.rules.proposals[kind];
  const members = c.council.members.length;
  const required = requiredCount(rule, members);
  const actor = member(proposer.value.id);
  return done([
    event(
      c,
      "proposalOpened",
      {
        procedure: cmd.procedure,
        proposal: kind,
        title: cmd.title,
        text: cmd.text,
        meetingDate,
        deadline,
        required,
        members,
        citation: rule.citation,
        numbered: c.rules.procedures.numbering[kind] !== undefined,
      },
      actor,
    ),
    event(c, "proposalSigned", { member: proposer.value.id, version: 1, signatures: 1, required, citation: c.rules.procedures.signedProposal.citation }, actor),
  ]);
}

/** The proposal of an opened procedure that has one. */
function requireProposal(c: ProcedureContext): Outcome<{ context: OpenContext; proposal: ProposalState }, ProcedureRejectionCode> {
  const refused = requireOpened(c, ...PROPOSAL_PROCEDURES);
  if (refused) return refused;
  const open = c as OpenContext;
  const proposal = open.state.proposal;
  if (!proposal) return refuse("WRONG_KIND", { kind: open.state.kind });
  return accept({ context: open, proposal });
}

/** Pasal 7 ayat (7), 8 ayat (9): the proposers may change or withdraw it only until it is decided. */
function notDecided(c: OpenContext, proposal: ProposalState): Refusal | null {
  return c.state.decision === null ? null : refuse("ALREADY_DECIDED", {}, changeRule(c, proposal.kind));
}

function changeRule(c: ProcedureContext, kind: ProposalKind): Citation | undefined {
  return c.rules.procedures.changeOrWithdraw[kind]?.citation;
}

export function sign(cmd: ProcedureCommandOf<"sign">, c: ProcedureContext): Decided {
  const found = requireProposal(c);
  if (!found.ok) return found;
  const { context, proposal } = found.value;
  const who = actingMember(c, cmd.member);
  if (!who.ok) return who;
  const decided = notDecided(context, proposal);
  if (decided) return decided;
  if (hasSigned(proposal, who.value.id)) return refuse("ALREADY_SIGNED", { name: who.value.name });
  const late = agendaDeadlineRefusal(context);
  if (late) return late;
  const payload = {
    member: who.value.id,
    version: proposal.version,
    signatures: proposal.signatures.length + 1,
    required: proposal.required,
    citation: c.rules.procedures.signedProposal.citation,
  };
  return done([event(c, "proposalSigned", payload, member(who.value.id))]);
}

export function withdrawSignature(_: ProcedureCommandOf<"withdrawSignature">, c: ProcedureContext): Decided {
  const found = requireProposal(c);
  if (!found.ok) return found;
  const { context, proposal } = found.value;
  const self = requireMember(c);
  if (!self.ok) return self;
  if (!hasSigned(proposal, self.value.id)) return refuse("NOT_SIGNED", { name: self.value.name });
  const decided = notDecided(context, proposal);
  if (decided) return decided;
  const left = proposal.signatures.length - 1;
  const events = [event(c, "signatureWithdrawn", { member: self.value.id, version: proposal.version, signatures: left })];
  // A proposal nobody signs any more has been withdrawn by its proposers.
  if (left === 0) events.push(event(c, "proposalWithdrawn", { citation: changeRule(c, proposal.kind) ?? null }));
  return done(events);
}

function requireOpener(c: ProcedureContext, proposal: ProposalState): Outcome<CouncilMember, ProcedureRejectionCode> {
  const self = requireMember(c);
  if (!self.ok) return self;
  if (self.value.id !== proposal.opener) return refuse("NOT_OPENER", { opener: memberName(c, proposal.opener) }, c.rules.procedures.signedProposal.citation);
  return self;
}

export function change(cmd: ProcedureCommandOf<"change">, c: ProcedureContext): Decided {
  const found = requireProposal(c);
  if (!found.ok) return found;
  const { context, proposal } = found.value;
  const opener = requireOpener(c, proposal);
  if (!opener.ok) return opener;
  const refused = notDecided(context, proposal) ?? agendaDeadlineRefusal(context);
  if (refused) return refused;
  const payload = { version: proposal.version + 1, title: cmd.title ?? proposal.title, text: cmd.text, citation: changeRule(c, proposal.kind) ?? null };
  return done([event(c, "proposalChanged", payload)]);
}

export function withdraw(_: ProcedureCommandOf<"withdraw">, c: ProcedureContext): Decided {
  const found = requireProposal(c);
  if (!found.ok) return found;
  const { context, proposal } = found.value;
  const opener = requireOpener(c, proposal);
  if (!opener.ok) return opener;
  const decided = notDecided(context, proposal);
  if (decided) return decided;
  return done([event(c, "proposalWithdrawn", { citation: changeRule(c, proposal.kind) ?? null })]);
}

/** Pasal 7 ayat (2): a proposal goes forward only with the signatures of its share of all members. */
export function requireSignatures(c: OpenContext): Refusal | null {
  const proposal = c.state.proposal;
  if (!proposal || proposal.signatures.length >= proposal.required) return null;
  const signed = proposal.signatures.length;
  const rule = c.rules.proposals[proposal.kind];
  return refuse(
    "NOT_ENOUGH_SIGNATURES",
    { required: proposal.required, signed, missing: proposal.required - signed, ...fractionParams(rule, proposal.members) },
    proposal.citation,
  );
}

export function numberProposal(cmd: ProcedureCommandOf<"number">, c: ProcedureContext): Decided {
  const found = requireProposal(c);
  if (!found.ok) return found;
  const { context, proposal } = found.value;
  const notRecorder = requireRecorder(c);
  if (notRecorder) return notRecorder;
  const rule = c.rules.procedures.numbering[proposal.kind];
  if (!proposal.numbered || !rule) return refuse("NOT_NUMBERED_KIND");
  if (proposal.number !== null) return refuse("ALREADY_NUMBERED", { number: proposal.number });
  const refused = requireSignatures(context) ?? notDecided(context, proposal);
  if (refused) return refused;
  return done([event(c, "proposalNumbered", { number: cmd.number, citation: rule.citation })]);
}
