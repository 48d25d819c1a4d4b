import { findMember } from "../council.ts";
import { samePerson } from "../participants.ts";
import type { Speaker } from "../participants.ts";
import type { CommandOf } from "../session-commands.ts";
import { isForbidden, isPersonPresent } from "../session-state.ts";
import { disciplineCitation, done, event, personName, presidingPerson, refuse, requirePhase, requirePresiding } from "./context.ts";
import type { Decided, EngineContext, Refusal } from "./context.ts";
import { releaseFloor } from "./floor-release.ts";

/**
 * The discipline ladder (Pasal 53-54): warning to retract improper words, retraction (struck from the minutes),
 * speech forbidden on a repeat, asked to leave when that is ignored; the suspension of ayat (3) is in scheduling.ts.
 */

function requirePresentTarget(c: EngineContext, person: Speaker): Refusal | null {
  if (person.kind === "member" && !findMember(c.council, person.id)) return refuse("UNKNOWN_MEMBER", { memberId: person.id });
  return isPersonPresent(c.state, person) ? null : refuse("NOT_PRESENT", { name: personName(c, person) });
}

export function warnImproperWords(cmd: CommandOf<"warnImproperWords">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const person = cmd.person as Speaker;
  const absent = requirePresentTarget(c, person);
  if (absent) return absent;
  const payload = {
    warningNo: c.state.improperWordsWarnings.length + 1,
    person,
    words: cmd.words,
    citation: disciplineCitation(c, "improperWordsWarning"),
  };
  return done([event(c, "improperWordsWarned", payload, presidingPerson(c))]);
}

/** Pasal 53 ayat (2)-(3): the warned speaker takes the words back (or the chair records it), and they leave the minutes. */
export function retractWords(cmd: CommandOf<"retractWords">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open");
  if (refused) return refused;
  const warning = c.state.improperWordsWarnings.find((w) => w.warningNo === cmd.warningNo);
  if (!warning) return refuse("UNKNOWN_WARNING", { warningNo: cmd.warningNo });
  if (!samePerson(c.caller.person, warning.person)) {
    const notPresiding = requirePresiding(c);
    if (notPresiding) return refuse("NOT_YOUR_WARNING");
  }
  if (warning.retracted) return refuse("ALREADY_RETRACTED", { warningNo: warning.warningNo });
  const payload = { warningNo: warning.warningNo, person: warning.person, citation: disciplineCitation(c, "retraction") };
  return done([event(c, "wordsRetracted", payload, warning.person)]);
}

/**
 * Pasal 54 ayat (1): the speaker ignored the warning and repeated it. A warning that was retracted was heeded, so it
 * takes a second warning (the repeat) before the chair may forbid.
 */
export function forbidSpeech(cmd: CommandOf<"forbidSpeech">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const person = cmd.person as Speaker;
  const absent = requirePresentTarget(c, person);
  if (absent) return absent;
  const citation = disciplineCitation(c, "speechForbidden");
  const name = personName(c, person);
  if (isForbidden(c.state, person)) return refuse("SPEECH_FORBIDDEN", { name }, citation);
  const warnings = c.state.improperWordsWarnings.filter((w) => samePerson(w.person, person));
  const ignoredOrRepeated = warnings.length >= 2 || warnings.some((w) => !w.retracted);
  if (!ignoredOrRepeated) return refuse("NO_PRIOR_WARNING", { name, warnings: warnings.length }, citation);
  return done([...releaseFloor(c, person, null), event(c, "speechForbidden", { person, itemNo: c.state.currentItem, citation }, presidingPerson(c))]);
}

/** Pasal 54 ayat (2): the prohibition is ignored too; the member leaves and no longer counts for quorum. */
export function askToLeave(cmd: CommandOf<"askToLeave">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const person = cmd.person as Speaker;
  const absent = requirePresentTarget(c, person);
  if (absent) return absent;
  const citation = disciplineCitation(c, "askedToLeave");
  if (!isForbidden(c.state, person)) return refuse("NOT_FORBIDDEN", { name: personName(c, person) }, citation);
  return done([...releaseFloor(c, person, null), event(c, "askedToLeave", { person, citation }, presidingPerson(c))]);
}
