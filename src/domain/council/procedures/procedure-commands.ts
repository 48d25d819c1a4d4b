import { z } from "zod";
import { decisionReferenceSchema, meetingReferenceSchema } from "./references.ts";

/**
 * What a user asks of a procedure. The bot builds these from updates (and the meetings and decisions from the store);
 * `decideProcedure` parses them with `procedureCommandSchema` first, since their text comes from anyone. Who is
 * asking is the `actor` of the decide options, resolved against the roster, never part of the command.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const memberId = text(40);
const office = z.enum(["chair", "viceChair"]);
/** A calendar date as YYYY-MM-DD, read in the council's zone. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const procedureCommandSchema = z.discriminatedUnion("type", [
  /** A member opens a proposal and signs it first. */
  z.object({
    type: z.literal("openProposal"),
    procedure: z.enum(["closedMeetingRequest", "informationRequest", "agendaChange", "rulesChange", "villageRegulation"]),
    title: text(200),
    /** The proposal, or for an initiative its written explanation (Pasal 8 ayat (2)). */
    text: text(2000),
    /** The date of the meeting whose agenda would change (Pasal 58 ayat (3)). */
    meetingDate: isoDate.optional(),
  }),
  /** The chair, vice chair or secretary records a draft the village head sent with its Nota Pengantar (Pasal 64 ayat (1)). */
  z.object({ type: z.literal("receiveHeadDraft"), title: text(200), coverNote: text(300) }),
  z.object({
    type: z.literal("openHeadReport"),
    basis: z.enum(["annual", "endOfTerm"]),
    budgetYear: z.number().int().min(2000).max(2200).optional(),
    termEnds: isoDate.optional(),
  }),
  z.object({
    type: z.literal("openLeadership"),
    cause: z.enum(["newTerm", "vacancy"]),
    vacated: z
      .array(z.object({ office, reason: z.enum(["resigned", "died"]) }))
      .max(2)
      .default([]),
  }),
  /** Without `member`, the sender signs; a recorder signs for a member without Telegram. */
  z.object({ type: z.literal("sign"), member: memberId.optional() }),
  z.object({ type: z.literal("withdrawSignature") }),
  z.object({ type: z.literal("change"), title: text(200).optional(), text: text(2000) }),
  z.object({ type: z.literal("withdraw") }),
  z.object({ type: z.literal("number"), number: text(40) }),
  z.object({ type: z.literal("consider"), decision: decisionReferenceSchema }),
  z.object({ type: z.literal("decide"), decision: decisionReferenceSchema }),
  z.object({
    type: z.literal("recordStage"),
    stage: z.number().int().min(1).max(10),
    meeting: meetingReferenceSchema.optional(),
    decision: decisionReferenceSchema.optional(),
  }),
  z.object({ type: z.literal("waiveStages"), stages: z.array(z.number().int().min(1).max(10)).min(1).max(10), decision: decisionReferenceSchema }),
  z.object({ type: z.literal("proposeAmendment"), text: text(1000), member: memberId.optional() }),
  z.object({ type: z.literal("decideAmendment"), amendmentNo: z.number().int().min(1).max(1000), decision: decisionReferenceSchema }),
  /** Pasal 65: this draft, received later, complements `of`. */
  z.object({
    type: z.literal("becomeComplement"),
    of: z.object({
      procedureId: z.number().int().min(1),
      title: text(200),
      kind: z.string().max(40),
      status: z.string().max(20),
      receivedAt: z.string().max(40).nullable(),
    }),
  }),
  z.object({ type: z.literal("recordApprovalDecree"), number: text(60) }),
  z.object({ type: z.literal("recordSignature"), number: text(60) }),
  z.object({
    type: z.literal("recordExchange"),
    step: z.enum(["sentToHead", "headExplained", "viewsGiven", "headAnswered", "opinionStated", "furtherQuestion", "finished"]),
    note: z.string().trim().max(500).nullable().default(null),
  }),
  z.object({ type: z.literal("recordElection"), office, member: memberId, decision: decisionReferenceSchema }),
  /** `officiant`: the invitee id ("i1") of the Bupati or official in the meeting's guest list (Pasal 25 ayat (1)). */
  z.object({ type: z.literal("recordOath"), office, meeting: meetingReferenceSchema, officiant: text(40) }),
]);

export type ProcedureCommandInput = z.input<typeof procedureCommandSchema>;
export type ProcedureCommand = z.output<typeof procedureCommandSchema>;
export type ProcedureCommandType = ProcedureCommand["type"];
export type ProcedureCommandOf<T extends ProcedureCommandType> = Extract<ProcedureCommand, { type: T }>;
