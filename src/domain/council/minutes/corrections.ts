import { DateTime } from "luxon";
import type { MemberId } from "../council.ts";
import type { CouncilRuleBook } from "../rule-book.ts";
import type { MinutesCorrection } from "./minutes.ts";
import { MinutesError } from "./options.ts";
import type { MinutesCorrectionInput } from "./options.ts";
import type { Names } from "./people.ts";

interface CorrectionContext {
  readonly names: Names;
  /** Everyone who chaired the meeting at some point: "Ketua rapat yang bersangkutan" (Pasal 56 ayat (5)). */
  readonly chairs: ReadonlySet<MemberId>;
  readonly rules: CouncilRuleBook;
  readonly zone: string;
}

/** The accepted corrections for the official version, in the order they reached the secretary (Pasal 56 ayat (4)-(5)). */
export function projectCorrections(inputs: readonly MinutesCorrectionInput[], c: CorrectionContext): MinutesCorrection[] {
  const { records, minutes } = c.rules;
  const corrections = inputs.map((input): MinutesCorrection => {
    const text = input.text.trim();
    if (text === "") throw new MinutesError("EMPTY_CORRECTION", "a correction needs its text", minutes.citation);
    let by: MinutesCorrection["by"];
    if ("kind" in input.by) {
      if (!c.names.knows(input.by)) throw new MinutesError("UNKNOWN_PERSON", `${input.by.kind} ${input.by.id} is not in this session`, minutes.citation);
      by = c.names.person(input.by);
    } else {
      by = { kind: "party", name: input.by.name.trim() };
    }
    let settledBy: MinutesCorrection["settledBy"] = null;
    let settledCitation = null;
    if (input.settledBy === "steeringCommittee") {
      settledBy = { kind: "steeringCommittee" };
      settledCitation = records.disputeAlternative.citation;
    } else if (input.settledBy !== undefined) {
      if (!c.chairs.has(input.settledBy)) {
        throw new MinutesError("NOT_THE_MEETING_CHAIR", `${input.settledBy} did not chair this meeting`, records.dispute.citation);
      }
      settledBy = { kind: "chair", person: c.names.member(input.settledBy) };
      settledCitation = records.dispute.citation;
    }
    return { by, at: input.at.setZone(c.zone).toISO() ?? "", text, settledBy, settledCitation };
  });
  // Array sort is stable: corrections received at the same moment keep the order they were given in.
  return corrections.sort((a, b) => DateTime.fromISO(a.at).toMillis() - DateTime.fromISO(b.at).toMillis());
}
