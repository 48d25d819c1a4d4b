import { member, samePerson } from "../participants.ts";
import type { Speaker } from "../participants.ts";
import type { CommandOf } from "../session-commands.ts";
import type { SessionEvent } from "../session-events.ts";
import { isForbidden, isPersonPresent, remainingSpeakingSeconds } from "../session-state.ts";
import {
  disciplineCitation,
  done,
  event,
  isTimer,
  personName,
  presidingPerson,
  refuse,
  requireItem,
  requireNoFloor,
  requireNoRunningVote,
  requirePhase,
  requirePresiding,
  subjectMember,
} from "./context.ts";
import type { Decided, EngineContext, Refusal } from "./context.ts";

/** Agenda items and the speakers' list: registration (Pasal 47), speaking time (48), the chair (49), turns (51). */

function inQueue(c: EngineContext, speaker: Speaker): boolean {
  return c.state.queue.some((p) => samePerson(p, speaker));
}

export function startItem(cmd: CommandOf<"startItem">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c) ?? requireNoFloor(c) ?? requireNoRunningVote(c);
  if (refused) return refused;
  const agenda = c.state.setup!.agenda;
  const title = agenda[cmd.itemNo - 1];
  if (title === undefined) return refuse("UNKNOWN_ITEM", { itemNo: cmd.itemNo, items: agenda.length });
  if (c.state.currentItem === cmd.itemNo) return refuse("ITEM_ALREADY_STARTED", { itemNo: cmd.itemNo });
  const actor = presidingPerson(c);
  return done([
    event(c, "itemStarted", { itemNo: cmd.itemNo, title }, actor),
    event(c, "registrationOpened", { itemNo: cmd.itemNo, round: 1, citation: c.rules.procedure.registration.citation }, actor),
  ]);
}

/** A new round of speakers on the same item (Pasal 47 ayat (1), "babak pembicaraan"). */
export function openRegistration(_: CommandOf<"openRegistration">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c) ?? requireItem(c);
  if (refused) return refused;
  if (c.state.registrationOpen) return refuse("REGISTRATION_ALREADY_OPEN");
  const payload = { itemNo: c.state.currentItem!, round: c.state.registrationRound + 1, citation: c.rules.procedure.registration.citation };
  return done([event(c, "registrationOpened", payload, presidingPerson(c))]);
}

export function closeRegistration(_: CommandOf<"closeRegistration">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c) ?? requireItem(c);
  if (refused) return refused;
  if (!c.state.registrationOpen) return refuse("REGISTRATION_CLOSED", {}, c.rules.procedure.registration.citation);
  const payload = {
    itemNo: c.state.currentItem!,
    round: c.state.registrationRound,
    registered: c.state.queue.length,
    citation: c.rules.procedure.unregisteredNoFloor.citation,
  };
  return done([event(c, "registrationClosed", payload, presidingPerson(c))]);
}

/**
 * A member registers before the discussion starts (Pasal 47 ayat (1)); the chair may register a member who raised a
 * hand. An invitee asks for the floor at any time and speaks only when the chair gives it (Pasal 59 ayat (5)).
 */
export function registerSpeaker(cmd: CommandOf<"registerSpeaker">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requireItem(c);
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  const caller = c.caller.person;
  if (caller?.kind === "observer") return refuse("OBSERVER_MAY_NOT_SPEAK", {}, c.rules.procedure.observerSilent.citation);

  let speaker: Speaker;
  if (caller?.kind === "invitee" && cmd.member === undefined) {
    speaker = { kind: "invitee", id: caller.id };
  } else {
    const subject = subjectMember(c, cmd.member, "presiding");
    if (!subject.ok) return subject;
    speaker = member(subject.value.id);
    if (!c.state.registrationOpen) return refuse("REGISTRATION_CLOSED", {}, c.rules.procedure.registration.citation);
  }
  const name = personName(c, speaker);
  if (!isPersonPresent(c.state, speaker)) return refuse("NOT_SIGNED_IN", { name }, c.rules.procedure.signIn.citation);
  if (isForbidden(c.state, speaker)) return refuse("SPEECH_FORBIDDEN", { name }, disciplineCitation(c, "speechForbidden"));
  if (inQueue(c, speaker)) return refuse("ALREADY_REGISTERED", { name });
  return done([event(c, "speakerRegistered", { speaker, itemNo: c.state.currentItem! }, speaker)]);
}

function reordered(queue: readonly Speaker[], speaker: Speaker, position: number): Speaker[] {
  const rest = queue.filter((p) => !samePerson(p, speaker));
  const at = Math.min(Math.max(position, 1), rest.length + 1) - 1;
  return [...rest.slice(0, at), speaker, ...rest.slice(at)];
}

export function reorderSpeaker(cmd: CommandOf<"reorderSpeaker">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c) ?? requireItem(c);
  if (refused) return refused;
  const speaker = cmd.speaker as Speaker;
  if (!inQueue(c, speaker)) return refuse("NOT_IN_QUEUE", { name: personName(c, speaker) });
  const order = reordered(c.state.queue, speaker, cmd.position);
  return done([event(c, "speakingOrderChanged", { moved: speaker, order, citation: c.rules.procedure.reorder.citation }, presidingPerson(c))]);
}

/** Why `speaker` may not take the floor now, if anything stops them. */
function floorRefusal(c: EngineContext, speaker: Speaker): Refusal | null {
  const name = personName(c, speaker);
  if (speaker.kind === "member") {
    if (c.state.registrationOpen) return refuse("REGISTRATION_STILL_OPEN", {}, c.rules.procedure.registration.citation);
    if (!c.state.registered.some((p) => samePerson(p, speaker))) return refuse("NOT_REGISTERED", { name }, c.rules.procedure.unregisteredNoFloor.citation);
    if (!inQueue(c, speaker)) return refuse("NOT_IN_QUEUE", { name });
    if (speaker.id === c.state.presiding) return refuse("CHAIR_MUST_HAND_OVER", {}, c.rules.procedure.handOver.citation);
  }
  if (isForbidden(c.state, speaker)) return refuse("SPEECH_FORBIDDEN", { name }, disciplineCitation(c, "speechForbidden"));
  if (!isPersonPresent(c.state, speaker)) return refuse("SPEAKER_NOT_PRESENT", { name }, c.rules.procedure.passOver.citation);
  return null;
}

/**
 * Gives the floor to the next in turn (Pasal 51 ayat (1)), passing over anyone no longer present (ayat (3)); or to a
 * named speaker, which moves them to the front (ayat (2)). The chair sets the time (Pasal 48 ayat (1)).
 */
export function giveFloor(cmd: CommandOf<"giveFloor">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c) ?? requireItem(c) ?? requireNoFloor(c) ?? requireNoRunningVote(c);
  if (refused) return refused;
  const actor = presidingPerson(c);
  const events: SessionEvent[] = [];
  let speaker: Speaker | undefined = cmd.speaker as Speaker | undefined;

  if (speaker) {
    if (speaker.kind === "invitee" && !c.state.invitees.some((g) => g.id === speaker!.id)) return refuse("NOT_PRESENT", { name: speaker.id });
    const notNow = floorRefusal(c, speaker);
    if (notNow) return notNow;
    const position = c.state.queue.findIndex((p) => samePerson(p, speaker));
    if (position > 0) {
      const order = reordered(c.state.queue, speaker, 1);
      events.push(event(c, "speakingOrderChanged", { moved: speaker, order, citation: c.rules.procedure.reorder.citation }, actor));
    }
  } else {
    if (c.state.queue.length === 0) return refuse("QUEUE_EMPTY", {}, c.rules.procedure.turnOrder.citation);
    for (const next of c.state.queue) {
      if (isPersonPresent(c.state, next)) {
        speaker = next;
        break;
      }
      events.push(event(c, "speakerPassedOver", { speaker: next, citation: c.rules.procedure.passOver.citation }, actor));
    }
    // Everyone waiting has gone: their turns lapse (Pasal 51 ayat (3)) and nobody gets the floor.
    if (!speaker) return done(events);
    const notNow = floorRefusal(c, speaker);
    if (notNow) return notNow;
  }

  const seconds = cmd.seconds ?? c.state.setup!.speakingTimeSeconds;
  const floorNo = c.state.floorCount + 1;
  events.push(event(c, "floorGiven", { floorNo, speaker, seconds, citation: c.rules.procedure.speakingTime.citation }, actor));
  return done(events);
}

/** The chair passes over someone who is unable to speak at their turn (Pasal 51 ayat (3)). */
export function passOver(cmd: CommandOf<"passOver">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c) ?? requireItem(c);
  if (refused) return refused;
  const speaker = cmd.speaker as Speaker;
  if (!inQueue(c, speaker)) return refuse("NOT_IN_QUEUE", { name: personName(c, speaker) });
  return done([event(c, "speakerPassedOver", { speaker, citation: c.rules.procedure.passOver.citation }, presidingPerson(c))]);
}

/** Pasal 48 ayat (2); a stored timer issues it for the chair when the time runs out. */
export function warnSpeakingTime(_: CommandOf<"warnSpeakingTime">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c, { timerAllowed: true });
  if (refused) return refused;
  const floor = c.state.floor;
  if (!floor) return refuse("NO_SPEAKER");
  if (c.state.interruption) return refuse("INTERRUPTION_IN_PROGRESS", {}, c.rules.procedure.interruptionNoDebate.citation);
  const remaining = remainingSpeakingSeconds(c.state, c.now) ?? 0;
  if (remaining > 0) return refuse("TIME_NOT_UP", { remainingSeconds: remaining }, c.rules.procedure.overtimeWarning.citation);
  const payload = { floorNo: floor.floorNo, speaker: floor.speaker, overBySeconds: -remaining, citation: c.rules.procedure.overtimeWarning.citation };
  return done([event(c, "speakingTimeWarned", payload, presidingPerson(c))]);
}

export function warnOffTopic(_: CommandOf<"warnOffTopic">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const floor = c.state.floor;
  if (!floor) return refuse("NO_SPEAKER");
  const payload = { floorNo: floor.floorNo, speaker: floor.speaker, citation: c.rules.procedure.offTopicWarning.citation };
  return done([event(c, "offTopicWarned", payload, presidingPerson(c))]);
}

/** The speaker ends their turn, or the chair ends it for them. */
export function finishSpeech(_: CommandOf<"finishSpeech">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open");
  if (refused) return refused;
  const floor = c.state.floor;
  if (!floor) return refuse("NO_SPEAKER");
  const bySpeaker = samePerson(c.caller.person, floor.speaker);
  if (!bySpeaker) {
    const notPresiding = requirePresiding(c);
    if (notPresiding) return notPresiding;
  }
  if (c.state.interruption) return refuse("INTERRUPTION_IN_PROGRESS", {}, c.rules.procedure.interruptionNoDebate.citation);
  const actor = bySpeaker ? floor.speaker : presidingPerson(c);
  return done([event(c, "speechFinished", { floorNo: floor.floorNo, speaker: floor.speaker, reason: "finished" }, actor)]);
}
