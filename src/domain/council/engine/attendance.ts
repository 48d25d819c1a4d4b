import { findMember } from "../council.ts";
import { member, samePerson } from "../participants.ts";
import type { Person } from "../participants.ts";
import type { CommandOf } from "../session-commands.ts";
import { isExpelled, isInBody, isMemberPresent, isPersonPresent } from "../session-state.ts";
import { disciplineCitation, done, event, isTimer, personName, refuse, requirePhase, subjectMember } from "./context.ts";
import type { Decided, EngineContext, Refusal } from "./context.ts";
import { releaseFloor } from "./floor-release.ts";

/** Attendance (Pasal 44): members sign the list, invitees their own list (ayat (2)), leaving is told to the chair (ayat (4)). */

const ATTENDANCE_PHASES = ["scheduled", "postponed", "open", "suspended"] as const;

/** Invitees are recorded by the person chairing or the secretary: they come at the leadership's invitation (Pasal 59 ayat (1)). */
function requireRecorder(c: EngineContext): Refusal | null {
  const isPresiding = c.caller.member !== null && c.caller.member.id === c.state.presiding;
  return isPresiding || c.caller.person?.kind === "secretary" ? null : refuse("NOT_RECORDER");
}

export function signIn(cmd: CommandOf<"signIn">, c: EngineContext): Decided {
  const refused = requirePhase(c, ...ATTENDANCE_PHASES);
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  const subject = subjectMember(c, cmd.member, "presidingOrSecretary");
  if (!subject.ok) return subject;
  const who = member(subject.value.id);
  if (isExpelled(c.state, who)) return refuse("EXPELLED", { name: subject.value.name }, disciplineCitation(c, "askedToLeave"));
  if (isMemberPresent(c.state, who.id)) return refuse("ALREADY_SIGNED_IN", { name: subject.value.name });
  return done([event(c, "memberSignedIn", { member: who.id, inBody: isInBody(c.state, who.id) }, who)]);
}

export function signInInvitee(cmd: CommandOf<"signInInvitee">, c: EngineContext): Decided {
  const refused = requirePhase(c, ...ATTENDANCE_PHASES) ?? requireRecorder(c);
  if (refused) return refused;
  const { telegramUserId } = cmd;
  if (telegramUserId !== null && c.council.members.some((m) => m.telegramUserId === telegramUserId)) {
    return refuse("INVALID_COMMAND", { path: "telegramUserId", message: "belongs to a council member, who signs in as a member" });
  }
  if (telegramUserId !== null && c.state.invitees.some((g) => g.telegramUserId === telegramUserId && g.leftAt === null)) {
    return refuse("ALREADY_SIGNED_IN", { name: cmd.name });
  }
  const id = `i${c.state.invitees.length + 1}`;
  const payload = { invitee: id, name: cmd.name, description: cmd.description, telegramUserId };
  return done([event(c, "inviteeSignedIn", payload, { kind: "invitee", id })]);
}

/**
 * Observers come uninvited (Pasal 59 ayat (2)) and sign themselves in, also again after leaving; a closed meeting is
 * not open to the public (Pasal 40 ayat (2)).
 */
export function signInObserver(cmd: CommandOf<"signInObserver">, c: EngineContext): Decided {
  const refused = requirePhase(c, ...ATTENDANCE_PHASES);
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  if (c.state.setup?.nature === "closed") return refuse("CLOSED_MEETING", {}, c.rules.procedure.closedMeetingNoPublic.citation);
  const caller = c.caller.person;
  const returning = caller?.kind === "observer" && !isPersonPresent(c.state, caller);
  const self = caller === null || returning;
  if (!self && requireRecorder(c)) {
    return c.caller.person?.kind === "observer" && isPersonPresent(c.state, c.caller.person)
      ? refuse("ALREADY_SIGNED_IN", { name: personName(c, c.caller.person) })
      : refuse("NOT_RECORDER");
  }
  const id = `o${c.state.observers.length + 1}`;
  const telegramUserId = self ? c.caller.telegramUserId : cmd.telegramUserId;
  return done([event(c, "observerSignedIn", { observer: id, name: cmd.name, telegramUserId }, { kind: "observer", id })]);
}

export function leave(cmd: CommandOf<"leave">, c: EngineContext): Decided {
  const refused = requirePhase(c, ...ATTENDANCE_PHASES);
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  const target: Person | null = cmd.person ?? c.caller.person;
  if (!target) return refuse("UNKNOWN_SENDER");
  if (!samePerson(target, c.caller.person)) {
    const notRecorder = requireRecorder(c);
    if (notRecorder) return notRecorder;
  }
  if (target.kind === "secretary") return refuse("NOT_A_MEMBER");
  if (target.kind === "member" && !findMember(c.council, target.id)) return refuse("UNKNOWN_MEMBER", { memberId: target.id });
  if (!isPersonPresent(c.state, target)) return refuse("NOT_SIGNED_IN", { name: personName(c, target) }, c.rules.procedure.signIn.citation);

  const released = releaseFloor(c, target, { reason: "left" });
  if (target.kind === "member") {
    return done([...released, event(c, "memberLeft", { member: target.id, citation: c.rules.procedure.leaveNotice.citation }, target)]);
  }
  return done([...released, event(c, "guestLeft", { guest: target }, target)]);
}
