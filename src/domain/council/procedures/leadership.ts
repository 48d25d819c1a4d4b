import { councilChair, councilViceChair, findMember, temporaryLeadership } from "../council.ts";
import type { CouncilMember } from "../council.ts";
import { checkDecision, checkMeeting } from "./checks.ts";
import { done, event, memberName, refuse, requireOpened, requireRecorder } from "./context.ts";
import type { Decided, OpenContext, ProcedureContext } from "./context.ts";
import type { ProcedureCommandOf } from "./procedure-commands.ts";
import type { VacancyReason } from "./procedure-events.ts";
import type { LeadershipOffice } from "./procedure-rules.ts";
import type { OfficeState } from "./procedure-state.ts";

/**
 * The council's leadership (Pasal 13-16, 24-29): while none is set the oldest member presides, assisted by the
 * youngest (Pasal 16 ayat (1), `temporaryLeadership`); the chair and vice chair are elected from and by the members
 * in a plenary attended by 2/3 (Pasal 13 ayat (4), 24); before taking office each takes the oath of Pasal 25 ayat (2)
 * before the Bupati or the official appointed, in an open plenary (ayat (1)), and the temporary leadership hands over
 * (Pasal 26). A vacancy (resignation or death, Pasal 15 ayat (4)) is filled as soon as possible in the same way,
 * ratified in a plenary and sworn in (Pasal 27-29).
 */

const OFFICES: readonly LeadershipOffice[] = ["chair", "viceChair"];

function holder(c: ProcedureContext, office: LeadershipOffice): CouncilMember | undefined {
  return office === "chair" ? councilChair(c.council) : councilViceChair(c.council);
}

export function openLeadership(cmd: ProcedureCommandOf<"openLeadership">, c: ProcedureContext): Decided {
  if (c.state) return refuse("ALREADY_OPENED");
  const notRecorder = requireRecorder(c);
  if (notRecorder) return notRecorder;
  const rules = c.rules.procedures.leadership;
  if (cmd.cause === "newTerm") {
    if (cmd.vacated.length) return refuse("VACANCY_NOT_FOR_NEW_TERM", {}, c.rules.procedure.temporaryLeadership.citation);
    const temporary = temporaryLeadership(c.council);
    const payload = {
      cause: cmd.cause,
      offices: OFFICES,
      vacated: [],
      temporary: temporary ? { presiding: temporary.presiding.id, assisting: temporary.assisting?.id ?? null, tie: temporary.tie } : null,
      acting: null,
      citation: c.rules.procedure.temporaryLeadership.citation,
    };
    return done([event(c, "leadershipOpened", payload)]);
  }
  if (cmd.vacated.length === 0) return refuse("VACANCY_REQUIRED", {}, rules.vacancy.citation);
  const vacated: { office: LeadershipOffice; member: string; reason: VacancyReason }[] = [];
  for (const entry of cmd.vacated) {
    if (vacated.some((v) => v.office === entry.office)) continue;
    const held = holder(c, entry.office);
    if (!held) return refuse("OFFICE_NOT_HELD", { office: rules.offices[entry.office].name }, rules.offices[entry.office].citation);
    vacated.push({ office: entry.office, member: held.id, reason: entry.reason });
  }
  const remaining = OFFICES.filter((office) => !vacated.some((v) => v.office === office)).map((office) => holder(c, office)).filter((m) => m !== undefined);
  // Pasal 15 ayat (4): with neither leader left, the oldest member presides to set the leadership; Pasal 15 ayat (3):
  // with the chair's office vacant, the vice chair does the chair's duties.
  const temporary = remaining.length === 0 ? temporaryLeadership(c.council, c.council.members.filter((m) => !vacated.some((v) => v.member === m.id))) : undefined;
  const acting = vacated.some((v) => v.office === "chair") ? (remaining.find((m) => m.role === "viceChair")?.id ?? null) : null;
  const payload = {
    cause: cmd.cause,
    offices: vacated.map((v) => v.office),
    vacated,
    temporary: temporary ? { presiding: temporary.presiding.id, assisting: temporary.assisting?.id ?? null, tie: temporary.tie } : null,
    acting,
    citation: temporary ? rules.bothVacant.citation : rules.vacancy.citation,
  };
  return done([event(c, "leadershipOpened", payload)]);
}

function officeOf(c: OpenContext, office: LeadershipOffice): OfficeState | undefined {
  return c.state.leadership?.offices.find((o) => o.office === office);
}

export function recordElection(cmd: ProcedureCommandOf<"recordElection">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "leadership") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rules = c.rules.procedures.leadership;
  const name = rules.offices[cmd.office].name;
  const office = officeOf(open, cmd.office);
  if (!office) return refuse("OFFICE_NOT_OPEN", { office: name });
  if (office.elected) return refuse("ALREADY_ELECTED", { office: name, name: memberName(c, office.elected.member) });
  const elected = findMember(c.council, cmd.member);
  if (!elected) return refuse("UNKNOWN_MEMBER", { memberId: cmd.member }, rules.electedFromMembers.citation);
  const other = open.state.leadership!.offices.find((o) => o.office !== cmd.office && o.elected?.member === elected.id);
  if (other) return refuse("ELECTED_TO_OTHER_OFFICE", { name: elected.name, office: rules.offices[other.office].name }, rules.offices[cmd.office].citation);
  if (cmd.decision.elected !== null && cmd.decision.elected !== elected.id) {
    return refuse("ELECTED_MISMATCH", { elected: memberName(c, cmd.decision.elected), member: elected.name });
  }
  const election = c.rules.leadershipElection;
  const checked = checkDecision(open, cmd.decision, {
    meetingKind: "plenary",
    kindCitation: election.plenaryOnly,
    outcomes: "passed",
    passedCitation: c.rules.majorities.ordinary.citation,
    attendance: election.attendance,
    matter: "councilLeadershipElection",
  });
  if (!checked.ok) return checked;
  const citation = open.state.leadership!.cause === "vacancy" ? rules.ratification.citation : rules.electedFromMembers.citation;
  return done([event(c, "leaderElected", { office: cmd.office, member: elected.id, decision: checked.value.decision, citation })]);
}

export function recordOath(cmd: ProcedureCommandOf<"recordOath">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "leadership") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rules = c.rules.procedures.leadership;
  const name = rules.offices[cmd.office].name;
  const office = officeOf(open, cmd.office);
  if (!office) return refuse("OFFICE_NOT_OPEN", { office: name });
  if (!office.elected) return refuse("NOT_ELECTED", { office: name }, rules.oath.before.citation);
  if (office.sworn) return refuse("ALREADY_SWORN", { office: name });
  const checked = checkMeeting(open, cmd.meeting, { meetingKind: rules.oath.meetingKind, kindCitation: rules.oath.before.citation, openMeeting: rules.oath.before.citation });
  if (!checked.ok) return checked;
  const leader = office.elected.member;
  if (!cmd.meeting.attendees.includes(leader)) return refuse("NOT_ATTENDING", { name: memberName(c, leader) }, c.rules.procedure.signIn.citation);
  const officiant = cmd.meeting.invitees.find((g) => g.id === cmd.officiant);
  if (!officiant) return refuse("UNKNOWN_OFFICIANT", { officiant: cmd.officiant }, rules.oath.before.citation);
  const leadership = open.state.leadership!;
  const payload = {
    office: cmd.office,
    member: leader,
    meeting: checked.value,
    officiant: officiant.description ? `${officiant.name}, ${officiant.description}` : officiant.name,
    citation: leadership.cause === "vacancy" ? rules.oathAfterVacancy.citation : rules.oath.wording.citation,
    handedOverBy: leadership.temporary?.presiding ?? leadership.acting,
    handoverCitation: rules.handover.citation,
  };
  return done([event(c, "oathTaken", payload)]);
}
