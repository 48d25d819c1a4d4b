import type { DateTime } from "luxon";
import type { Citation } from "../../shared/citation.ts";
import type { MemberId } from "../council.ts";
import type { Person } from "../participants.ts";
import type { MinutesStatus } from "./minutes.ts";

/** What the record needs beyond the log: its status, and the Pimpinan's and the correctors' decisions about it. */
export interface MinutesOptions {
  /** "draft": risalah sementara, sent round after the meeting (Pasal 56 ayat (3)); "official": risalah resmi (ayat (6)). */
  readonly status: MinutesStatus;
  /** Agenda item numbers the Pimpinan BPD decided to leave out of the record of a closed meeting (Pasal 43 ayat (3)). */
  readonly omittedItems?: readonly number[];
  /** Accepted corrections to the draft, listed in the official version (Pasal 56 ayat (4)-(5)). */
  readonly corrections?: readonly MinutesCorrectionInput[];
}

export interface MinutesCorrectionInput {
  /** A participant of the session, or another party concerned by name (Pasal 56 ayat (4) "pihak yang bersangkutan"). */
  readonly by: Person | { readonly name: string };
  /** When it reached the secretary. */
  readonly at: DateTime;
  readonly text: string;
  /**
   * Only for a disputed correction: the member who chaired the meeting and decided it (Pasal 56 ayat (5)), or the
   * Panitia Musyawarah (Pasal 19 huruf c).
   */
  readonly settledBy?: MemberId | "steeringCommittee";
}

export type MinutesErrorCode =
  | "NOT_SCHEDULED"
  | "NOT_CLOSED"
  | "OMISSION_ONLY_IN_CLOSED_MEETING"
  | "UNKNOWN_ITEM"
  | "CORRECTIONS_ONLY_IN_OFFICIAL"
  | "UNKNOWN_PERSON"
  | "EMPTY_CORRECTION"
  | "NOT_THE_MEETING_CHAIR";

/** The options contradict the log or the regulation: a programming error of the caller, not a user's mistake. */
export class MinutesError extends Error {
  constructor(
    readonly code: MinutesErrorCode,
    message: string,
    readonly citation?: Citation,
  ) {
    super(citation ? `${code}: ${message} (${citation.article})` : `${code}: ${message}`);
    this.name = "MinutesError";
  }
}
