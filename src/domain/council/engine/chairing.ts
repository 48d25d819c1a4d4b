import { DateTime } from "luxon";
import { findMember, hasNoLeadership } from "../council.ts";
import type { CouncilMember } from "../council.ts";
import { member, samePerson } from "../participants.ts";
import type { CommandOf } from "../session-commands.ts";
import { isMemberPresent, presentMembers } from "../session-state.ts";
import { done, event, isTimer, memberName, refuse, requirePhase, requirePresiding } from "./context.ts";
import type { Decided, EngineContext } from "./context.ts";
import { mayPreside } from "./presiding.ts";

/** Who holds the chair: handing it over to speak as a member (Pasal 49 ayat (2)) and standing in for an absent chair (Pasal 15 ayat (3), 16). */

function presentRoster(c: EngineContext): CouncilMember[] {
  return presentMembers(c.state)
    .map((id) => findMember(c.council, id))
    .filter((m): m is CouncilMember => m !== undefined);
}

function mayTakeChair(c: EngineContext, m: CouncilMember): boolean {
  const setup = c.state.setup!;
  return m.id === setup.assisting || mayPreside(c.council, c.rules, setup, m, presentRoster(c));
}

export function handOverChair(cmd: CommandOf<"handOverChair">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open", "suspended") ?? requirePresiding(c);
  if (refused) return refused;
  const to = findMember(c.council, cmd.to);
  if (!to) return refuse("UNKNOWN_MEMBER", { memberId: cmd.to });
  const from = c.state.presiding!;
  if (to.id === from || !isMemberPresent(c.state, to.id) || !mayTakeChair(c, to)) {
    return refuse("NO_OTHER_LEADER_PRESENT", { name: to.name }, c.rules.procedure.handOver.citation);
  }
  return done([event(c, "chairHandedOver", { from, to: to.id, citation: c.rules.procedure.handOver.citation }, member(from))]);
}

/** The member who handed the chair over takes it back, or the one holding it gives it back. */
export function takeBackChair(_: CommandOf<"takeBackChair">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open", "suspended");
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: "takeBackChair" });
  const original = c.state.handedOverBy;
  const current = c.state.presiding;
  const caller = c.caller.member?.id;
  if (!original || !current || (caller !== original && caller !== current)) return refuse("NOT_HANDED_OVER");
  if (!isMemberPresent(c.state, original)) return refuse("NOT_PRESENT", { name: memberName(c, original) }, c.rules.procedure.signIn.citation);
  if (samePerson(c.state.floor?.speaker, member(original))) {
    return refuse("FLOOR_TAKEN", { speaker: memberName(c, original) }, c.rules.procedure.handOver.citation);
  }
  return done([event(c, "chairTakenBack", { from: current, to: original, citation: c.rules.procedure.handOver.citation }, member(caller!))]);
}

/**
 * The person chairing is not there: the vice chair stands in (Pasal 15 ayat (3)); without leadership the oldest or
 * youngest present (Pasal 16 ayat (2)). Before the opening only from the planned start on, so nobody takes the chair early.
 */
export function takeOverChair(_: CommandOf<"takeOverChair">, c: EngineContext): Decided {
  const refused = requirePhase(c, "scheduled", "postponed", "open", "suspended");
  if (refused) return refused;
  const taker = c.caller.member;
  if (!taker) return refuse(c.caller.person ? "NOT_A_MEMBER" : "UNKNOWN_SENDER");
  const from = c.state.presiding!;
  const citation = hasNoLeadership(c.council) ? c.rules.procedure.temporaryLeadership.citation : c.rules.procedure.substituteChair.citation;
  if (taker.id === from || isMemberPresent(c.state, from)) return refuse("PRESIDING_PRESENT", { presiding: memberName(c, from) }, citation);
  if (!isMemberPresent(c.state, taker.id)) return refuse("NOT_SIGNED_IN", { name: taker.name }, c.rules.procedure.signIn.citation);
  const beforeOpening = c.state.phase === "scheduled" || c.state.phase === "postponed";
  if (beforeOpening && c.now < DateTime.fromISO(c.state.setup!.plannedStart)) {
    return refuse("BEFORE_PLANNED_START", { plannedStart: c.state.setup!.plannedStart }, citation);
  }
  if (!mayTakeChair(c, taker)) return refuse("MAY_NOT_PRESIDE", { memberId: taker.id, kind: c.rules.sessionKinds[c.state.setup!.kind].name }, citation);
  return done([event(c, "chairTakenOver", { from, to: taker.id, citation }, member(taker.id))]);
}
