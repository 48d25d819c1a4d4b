import { member, samePerson } from "../participants.ts";
import type { CommandOf } from "../session-commands.ts";
import { isForbidden, isMemberPresent } from "../session-state.ts";
import { disciplineCitation, done, event, isTimer, presidingPerson, refuse, requirePhase, requirePresiding } from "./context.ts";
import type { Decided, EngineContext } from "./context.ts";
import { interruptionSeconds } from "./floor-release.ts";

/** Interruptions (Pasal 52): while a member speaks, another asks the chair to interrupt, for a clarification or to move to postpone. */

function purposeCitation(c: EngineContext, purpose: "clarification" | "postpone") {
  return purpose === "clarification" ? c.rules.procedure.interruptionClarification.citation : c.rules.procedure.interruptionPostpone.citation;
}

export function requestInterruption(cmd: CommandOf<"requestInterruption">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open");
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  const caller = c.caller.person;
  if (caller?.kind === "observer") return refuse("OBSERVER_MAY_NOT_SPEAK", {}, c.rules.procedure.observerSilent.citation);
  const asker = c.caller.member;
  if (!asker) return refuse("INTERRUPTION_MEMBERS_ONLY", {}, purposeCitation(c, cmd.purpose));
  const floor = c.state.floor;
  if (!floor) return refuse("NO_SPEAKER", {}, purposeCitation(c, cmd.purpose));
  if (!isMemberPresent(c.state, asker.id)) return refuse("NOT_SIGNED_IN", { name: asker.name }, c.rules.procedure.signIn.citation);
  if (samePerson(floor.speaker, member(asker.id))) return refuse("OWN_SPEECH");
  if (asker.id === c.state.presiding) return refuse("CHAIR_MUST_HAND_OVER", {}, c.rules.procedure.chairSpeaksOnlyAsChair.citation);
  if (c.state.interruption) return refuse("INTERRUPTION_IN_PROGRESS", {}, c.rules.procedure.interruptionNoDebate.citation);
  if (isForbidden(c.state, member(asker.id))) {
    return refuse("SPEECH_FORBIDDEN", { name: asker.name }, disciplineCitation(c, "speechForbidden"));
  }
  const pending = c.state.interruptionRequests.find((r) => r.member === asker.id);
  if (pending) return refuse("INTERRUPTION_PENDING", { requestNo: pending.requestNo });
  const payload = {
    requestNo: c.state.interruptionCount + 1,
    member: asker.id,
    purpose: cmd.purpose,
    floorNo: floor.floorNo,
    citation: purposeCitation(c, cmd.purpose),
  };
  return done([event(c, "interruptionRequested", payload, member(asker.id))]);
}

/** The chair allows it and sets its time (Pasal 52 ayat (3)); the speaker's clock stops meanwhile. */
export function allowInterruption(cmd: CommandOf<"allowInterruption">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const request = c.state.interruptionRequests.find((r) => r.requestNo === cmd.requestNo);
  if (!request) return refuse("UNKNOWN_INTERRUPTION", { requestNo: cmd.requestNo });
  if (c.state.interruption) return refuse("INTERRUPTION_IN_PROGRESS", {}, c.rules.procedure.interruptionNoDebate.citation);
  const payload = { requestNo: request.requestNo, member: request.member, seconds: cmd.seconds, citation: c.rules.procedure.interruptionTime.citation };
  return done([event(c, "interruptionAllowed", payload, presidingPerson(c))]);
}

export function refuseInterruption(cmd: CommandOf<"refuseInterruption">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const request = c.state.interruptionRequests.find((r) => r.requestNo === cmd.requestNo);
  if (!request) return refuse("UNKNOWN_INTERRUPTION", { requestNo: cmd.requestNo });
  const payload = { requestNo: request.requestNo, member: request.member, citation: purposeCitation(c, request.purpose) };
  return done([event(c, "interruptionRefused", payload, presidingPerson(c))]);
}

/** Ends the interruption without debate (Pasal 52 ayat (2)): by the interrupter, the chair, or the timer at its end. */
export function endInterruption(_: CommandOf<"endInterruption">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open");
  if (refused) return refused;
  const running = c.state.interruption;
  const floor = c.state.floor;
  if (!running || !floor) return refuse("NO_INTERRUPTION");
  const byInterrupter = c.caller.member?.id === running.member;
  if (!byInterrupter) {
    const notPresiding = requirePresiding(c, { timerAllowed: true });
    if (notPresiding) return notPresiding;
  }
  const payload = {
    requestNo: running.requestNo,
    member: running.member,
    resumes: floor.speaker,
    pausedSeconds: interruptionSeconds(c),
    citation: c.rules.procedure.interruptionNoDebate.citation,
  };
  return done([event(c, "interruptionEnded", payload, byInterrupter ? member(running.member) : presidingPerson(c))]);
}
