import type { Citation } from "../shared/citation.ts";
import type { ProcedureRule, SessionKind } from "./rule-book.ts";

/**
 * The shape of the rules on the written record of a meeting (risalah, catatan rapat, laporan) as rule-book data.
 * The Banjarnegara instance is in `banjarnegara-962-2011-records.ts`; the projection is in `minutes/`.
 */

/** "risalah" of a plenary, "meetingNotes" (catatan rapat) of the leadership and committee, "report" (laporan) of a commission. */
export type RecordKind = "risalah" | "meetingNotes" | "report";

/** Who signs: the secretary with the chair acknowledging ("mengetahui"), or the meeting's chair alone. */
export type RecordSignature = "secretaryWithChair" | "chair";

export interface RecordKindRule {
  readonly kind: RecordKind;
  /** "Risalah", "Catatan Rapat", "Laporan". */
  readonly name: string;
  /** The record before and after the correction period, e.g. "Risalah Sementara" and "Risalah Resmi". */
  readonly draftName: string;
  readonly officialName: string;
  /** The article that requires this record. */
  readonly citation: Citation;
  /** The article that says what it contains. */
  readonly contentCitation: Citation;
  readonly signedBy: RecordSignature;
  readonly signatureCitation: Citation;
  /** To whom it is given, when the regulation names someone. */
  readonly addressedTo: string | null;
  /** Drafts go round for corrections before the official version (only the risalah, Pasal 56 ayat (3)-(6)). */
  readonly corrections: boolean;
  readonly note?: string;
}

export interface SessionRecordRule {
  /** The record of a meeting of this kind held by the council. */
  readonly record: RecordKind;
  /** The record when a commission holds it. */
  readonly byCommission: RecordKind;
  readonly citation: Citation;
  /** How a kind the regulation does not name in Pasal 56-57 is read. */
  readonly note?: string;
}

/** The particulars of Pasal 56 ayat (2) huruf a-h, which Pasal 57 ayat (2) applies to the meeting notes too. */
export type RecordField = "kindAndNature" | "dayAndDate" | "place" | "agenda" | "times" | "chairAndSecretary" | "members" | "invitees";

export interface RecordRules {
  readonly kinds: Readonly<Record<RecordKind, RecordKindRule>>;
  readonly bySession: Readonly<Record<SessionKind, SessionRecordRule>>;
  readonly fields: Readonly<Record<RecordField, Citation>>;
  /** The course of the meeting, its main points, conclusions and decisions. */
  readonly course: Citation;
  readonly draft: ProcedureRule;
  /** Who settles a disputed correction. */
  readonly dispute: ProcedureRule;
  /** The other body the regulation names for the same dispute. */
  readonly disputeAlternative: ProcedureRule;
  readonly official: ProcedureRule;
  readonly closedMeeting: {
    readonly report: ProcedureRule;
    /** The marking on the record of a closed meeting ("RAHASIA"). */
    readonly marking: ProcedureRule & { readonly label: string };
    /** The leadership may leave a matter out of the record. */
    readonly omission: ProcedureRule;
    readonly secrecy: ProcedureRule;
  };
  /** The secretary of the Panitia Musyawarah is the Sekretaris BPD. */
  readonly committeeSecretary: Citation;
  readonly observers: Citation;
}
