import type { DateTime } from "luxon";
import type { Citation } from "../../shared/citation.ts";
import { accept, reject, type Outcome } from "../../shared/rejection.ts";
import type { Council, MemberId } from "../council.ts";
import { findMember, memberByTelegramUser } from "../council.ts";
import type { Person } from "../participants.ts";
import type { CouncilRuleBook } from "../rule-book.ts";
import type { SessionState } from "../session-state.ts";

/**
 * The life of a session's written record after the meeting (Perbup Banjarnegara 962/2011 Pasal 56, 57, 43), as its
 * own append-only log beside the session's: the Pimpinan may leave a matter of a closed meeting out (Pasal 43 ayat (3)),
 * the draft goes round (Pasal 56 ayat (3)), members and parties send corrections within 7 days of receiving it
 * (ayat (4)), the chair of that meeting settles each (ayat (5)), and after the window the official record is issued
 * (ayat (6)). The documents themselves are projected from the session's log (projectMinutes) with these choices.
 *
 * Readings: the draft counts as received when the bot delivers it, so the 7 days run from the issue of the draft.
 * Every correction is put to the meeting's chair, who accepts or rejects it: the bot cannot tell an agreed correction
 * from a disputed one, and ayat (5) gives the chair the last word. The official record waits until every correction is
 * settled. A catatan rapat or a laporan (Pasal 57) has no correction window: its chair signs it, so it is issued at once.
 */

/** A member, the secretary, or an invitee of the meeting ("pihak yang bersangkutan"). */
export type Corrector = Person;

export interface MinutesCorrection {
  readonly correctionNo: number;
  readonly by: Corrector;
  readonly at: string;
  readonly text: string;
  readonly status: "pending" | "accepted" | "rejected";
  readonly settledBy: MemberId | null;
}

export interface MinutesRecordEventPayloads {
  itemsOmitted: { readonly items: readonly number[]; readonly citation: Citation };
  draftIssued: { readonly correctionsCloseAt: string | null; readonly citation: Citation };
  correctionSubmitted: { readonly correctionNo: number; readonly by: Corrector; readonly text: string; readonly citation: Citation };
  correctionSettled: { readonly correctionNo: number; readonly accepted: boolean; readonly settledBy: MemberId; readonly citation: Citation };
  officialIssued: { readonly citation: Citation };
}

export type MinutesRecordEventType = keyof MinutesRecordEventPayloads;

export type MinutesRecordEvent = {
  [T in MinutesRecordEventType]: { readonly type: T; readonly payload: MinutesRecordEventPayloads[T]; readonly by: number | null; readonly at: string };
}[MinutesRecordEventType];

export interface MinutesRecordState {
  readonly omittedItems: readonly number[];
  readonly draftIssuedAt: string | null;
  /** Null where the record has no correction window (Pasal 57). */
  readonly correctionsCloseAt: string | null;
  readonly corrections: readonly MinutesCorrection[];
  readonly officialIssuedAt: string | null;
}

export const INITIAL_MINUTES_RECORD: MinutesRecordState = { omittedItems: [], draftIssuedAt: null, correctionsCloseAt: null, corrections: [], officialIssuedAt: null };

export function evolveMinutesRecord(state: MinutesRecordState, event: MinutesRecordEvent): MinutesRecordState {
  switch (event.type) {
    case "itemsOmitted":
      return { ...state, omittedItems: event.payload.items };
    case "draftIssued":
      return { ...state, draftIssuedAt: event.at, correctionsCloseAt: event.payload.correctionsCloseAt };
    case "correctionSubmitted":
      return {
        ...state,
        corrections: [
          ...state.corrections,
          { correctionNo: event.payload.correctionNo, by: event.payload.by, at: event.at, text: event.payload.text, status: "pending", settledBy: null },
        ],
      };
    case "correctionSettled":
      return {
        ...state,
        corrections: state.corrections.map((c) =>
          c.correctionNo === event.payload.correctionNo ? { ...c, status: event.payload.accepted ? "accepted" : "rejected", settledBy: event.payload.settledBy } : c,
        ),
      };
    case "officialIssued":
      return { ...state, officialIssuedAt: event.at };
  }
}

export function foldMinutesRecord(events: readonly MinutesRecordEvent[]): MinutesRecordState {
  return events.reduce(evolveMinutesRecord, INITIAL_MINUTES_RECORD);
}

export type MinutesRecordCommand =
  | { readonly type: "omitItems"; readonly items: readonly number[] }
  | { readonly type: "issueDraft" }
  | { readonly type: "submitCorrection"; readonly text: string }
  | { readonly type: "settleCorrection"; readonly correctionNo: number; readonly accept: boolean }
  | { readonly type: "issueOfficial" };

export type MinutesRecordRejectionCode =
  | "SESSION_NOT_CLOSED"
  | "NOT_MEETING_CHAIR"
  | "OMISSION_ONLY_CLOSED"
  | "UNKNOWN_ITEM"
  | "DRAFT_ALREADY_ISSUED"
  | "DRAFT_NOT_ISSUED"
  | "NO_CORRECTIONS_FOR_RECORD"
  | "NOT_ENTITLED_TO_CORRECT"
  | "CORRECTION_WINDOW_CLOSED"
  | "EMPTY_CORRECTION"
  | "UNKNOWN_CORRECTION"
  | "ALREADY_SETTLED"
  | "CORRECTION_WINDOW_OPEN"
  | "CORRECTIONS_PENDING"
  | "OFFICIAL_ALREADY_ISSUED";

export interface MinutesRecordContext {
  readonly council: Council;
  /** The fold of the session's log. */
  readonly session: SessionState;
  readonly rules: CouncilRuleBook;
  readonly now: DateTime;
  /** The Telegram user asking; null for the bot itself (issuing the draft when the meeting closes). */
  readonly telegramUserId: number | null;
  /** The member who chaired the meeting of record (who signs or acknowledges it). */
  readonly meetingChair: MemberId;
}

type Decided = Outcome<MinutesRecordEvent[], MinutesRecordRejectionCode>;

const MAX_CORRECTION = 2000;

/** Commands in, events out, as for a session: the rule each refusal names is the article in its citation. */
export function decideMinutesRecord(state: MinutesRecordState, command: MinutesRecordCommand, c: MinutesRecordContext): Decided {
  const records = c.rules.records;
  const pasal56 = (ayat: "3" | "5" | "6") => (ayat === "3" ? records.draft.citation : ayat === "5" ? records.dispute.citation : records.official.citation);
  const at = c.now.setZone(c.council.zone).toISO()!;
  const by = c.telegramUserId;
  const event = <T extends MinutesRecordEventType>(type: T, payload: MinutesRecordEventPayloads[T]) => ({ type, payload, by, at }) as MinutesRecordEvent;
  if (c.session.phase !== "closed") return reject("SESSION_NOT_CLOSED", {}, pasal56("3"));
  const setup = c.session.setup!;
  const recordRule = c.rules.records.kinds[c.rules.records.bySession[setup.kind][setup.commission ? "byCommission" : "record"]];
  const isMeetingChair = by !== null && memberByTelegramUser(c.council, by)?.id === c.meetingChair;
  const chairName = findMember(c.council, c.meetingChair)?.name ?? c.meetingChair;

  switch (command.type) {
    case "omitItems": {
      const citation = c.rules.records.closedMeeting.omission.citation;
      if (setup.nature !== "closed") return reject("OMISSION_ONLY_CLOSED", {}, citation);
      if (!isMeetingChair) return reject("NOT_MEETING_CHAIR", { name: chairName }, citation);
      if (state.draftIssuedAt !== null) return reject("DRAFT_ALREADY_ISSUED", {}, pasal56("3"));
      const unknown = command.items.find((n) => !Number.isInteger(n) || n < 1 || n > setup.agenda.length);
      if (unknown !== undefined) return reject("UNKNOWN_ITEM", { itemNo: unknown, items: setup.agenda.length });
      return accept([event("itemsOmitted", { items: [...new Set(command.items)].sort((a, b) => a - b), citation })]);
    }
    case "issueDraft": {
      if (state.draftIssuedAt !== null) return reject("DRAFT_ALREADY_ISSUED", {}, pasal56("3"));
      if (by !== null && !isMeetingChair) return reject("NOT_MEETING_CHAIR", { name: chairName }, pasal56("3"));
      const closeAt = recordRule.corrections ? c.now.setZone(c.council.zone).plus({ days: c.rules.minutes.correctionDays }).toISO()! : null;
      return accept([event("draftIssued", { correctionsCloseAt: closeAt, citation: recordRule.corrections ? pasal56("3") : recordRule.signatureCitation })]);
    }
    case "submitCorrection": {
      if (state.draftIssuedAt === null) return reject("DRAFT_NOT_ISSUED", {}, pasal56("3"));
      if (state.correctionsCloseAt === null) return reject("NO_CORRECTIONS_FOR_RECORD", {}, recordRule.signatureCitation);
      const corrector = correctorOf(c, by);
      if (!corrector) return reject("NOT_ENTITLED_TO_CORRECT", {}, c.rules.minutes.citation);
      if (c.now.toMillis() > Date.parse(state.correctionsCloseAt)) {
        return reject("CORRECTION_WINDOW_CLOSED", { closedAt: state.correctionsCloseAt, days: c.rules.minutes.correctionDays }, c.rules.minutes.citation);
      }
      const text = command.text.trim();
      if (!text) return reject("EMPTY_CORRECTION", {}, c.rules.minutes.citation);
      const payload = { correctionNo: state.corrections.length + 1, by: corrector, text: text.slice(0, MAX_CORRECTION), citation: c.rules.minutes.citation };
      return accept([event("correctionSubmitted", payload)]);
    }
    case "settleCorrection": {
      if (!isMeetingChair) return reject("NOT_MEETING_CHAIR", { name: chairName }, pasal56("5"));
      const correction = state.corrections.find((x) => x.correctionNo === command.correctionNo);
      if (!correction) return reject("UNKNOWN_CORRECTION", { correctionNo: command.correctionNo });
      if (correction.status !== "pending") return reject("ALREADY_SETTLED", { correctionNo: command.correctionNo });
      return accept([event("correctionSettled", { correctionNo: command.correctionNo, accepted: command.accept, settledBy: c.meetingChair, citation: pasal56("5") })]);
    }
    case "issueOfficial": {
      if (state.draftIssuedAt === null) return reject("DRAFT_NOT_ISSUED", {}, pasal56("3"));
      if (state.officialIssuedAt !== null) return reject("OFFICIAL_ALREADY_ISSUED", {}, pasal56("6"));
      // The secretary issues it (ayat (6)); the meeting's chair, who settled the corrections (ayat (5)), may too.
      const secretaryId = c.council.secretary?.telegramUserId ?? null;
      if (!isMeetingChair && (secretaryId === null || secretaryId !== by)) return reject("NOT_MEETING_CHAIR", { name: chairName }, pasal56("6"));
      if (state.correctionsCloseAt !== null && c.now.toMillis() <= Date.parse(state.correctionsCloseAt)) {
        return reject("CORRECTION_WINDOW_OPEN", { closesAt: state.correctionsCloseAt }, pasal56("6"));
      }
      const pending = state.corrections.filter((x) => x.status === "pending").length;
      if (pending > 0) return reject("CORRECTIONS_PENDING", { pending }, pasal56("5"));
      return accept([event("officialIssued", { citation: state.correctionsCloseAt === null ? recordRule.signatureCitation : pasal56("6") })]);
    }
  }
}

/** Members of the council, and the invitees of that meeting ("pihak yang bersangkutan"), may correct (Pasal 56 ayat (4)). */
function correctorOf(c: MinutesRecordContext, telegramUserId: number | null): Corrector | undefined {
  if (telegramUserId === null) return undefined;
  const member = memberByTelegramUser(c.council, telegramUserId);
  if (member) return { kind: "member", id: member.id };
  if (c.council.secretary?.telegramUserId === telegramUserId) return { kind: "secretary", id: "secretary" };
  const invitee = c.session.invitees.find((g) => g.telegramUserId === telegramUserId);
  return invitee ? { kind: "invitee", id: invitee.id } : undefined;
}
