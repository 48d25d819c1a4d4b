import { DateTime } from "luxon";
import { samePerson } from "../participants.ts";
import type { Person } from "../participants.ts";
import type { SessionEvent } from "../session-events.ts";
import { event, presidingPerson } from "./context.ts";
import type { EngineContext } from "./context.ts";

/** Whole seconds an interruption has run, which the speaker gets back (Pasal 50 ayat (2): a speaker is not to be disturbed). */
export function interruptionSeconds(c: EngineContext): number {
  const running = c.state.interruption;
  if (!running) return 0;
  return Math.max(0, Math.floor(c.now.diff(DateTime.fromISO(running.since), "seconds").seconds));
}

/**
 * The events that end an interruption and a speech when `person` (or anyone, for a suspension) leaves the discussion,
 * so the log says how each ended. `endSpeech` is false when the causing event itself ends the speech (speechForbidden,
 * askedToLeave).
 */
export function releaseFloor(c: EngineContext, person: Person | "anyone", endSpeech: { reason: "left" | "suspended" } | null): SessionEvent[] {
  const { floor, interruption } = c.state;
  const involves = (p: Person) => person === "anyone" || samePerson(p, person);
  const events: SessionEvent[] = [];
  const speakerInvolved = floor !== null && involves(floor.speaker);
  if (floor && interruption && (speakerInvolved || involves({ kind: "member", id: interruption.member }))) {
    events.push(
      event(
        c,
        "interruptionEnded",
        {
          requestNo: interruption.requestNo,
          member: interruption.member,
          resumes: floor.speaker,
          pausedSeconds: interruptionSeconds(c),
          citation: c.rules.procedure.interruptionNoDebate.citation,
        },
        presidingPerson(c),
      ),
    );
  }
  if (floor && speakerInvolved && endSpeech) {
    events.push(event(c, "speechFinished", { floorNo: floor.floorNo, speaker: floor.speaker, reason: endSpeech.reason }, presidingPerson(c)));
  }
  return events;
}
