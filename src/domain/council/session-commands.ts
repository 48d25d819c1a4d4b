import { DateTime } from "luxon";
import { z } from "zod";
import type { ClosedMeetingMatter, Commission, MajorityKind, SessionKind } from "./rule-book.ts";

/**
 * What a user (or a stored timer) asks of a session. The bot builds these from updates; `decide` parses them with
 * `sessionCommandSchema` before anything else, since their text comes from anyone. Who is asking is not part of the
 * command: it is the `actor` of the decide context, resolved against the roster, never taken from callback data.
 *
 * Fields named `member` or `person` act on behalf of someone else: only the person chairing (or, for attendance, the
 * secretary) may use them, and a vote only for a member without Telegram.
 */

const dateTime = z.custom<DateTime>((v) => DateTime.isDateTime(v) && v.isValid, { message: "a valid luxon DateTime" });
const text = (max: number) => z.string().trim().min(1).max(max);
const memberId = text(40);
const seconds = z.number().int().min(10).max(3 * 60 * 60);
const personSchema = z.object({ kind: z.enum(["member", "invitee", "observer"]), id: text(40) });
const speakerSchema = z.object({ kind: z.enum(["member", "invitee"]), id: text(40) });
const MAJORITIES = ["ordinary", "villageHeadInformation", "villageRegulationInitiative", "rulesChange"] as const satisfies readonly MajorityKind[];
const SESSION_KINDS = ["plenary", "leadership", "steeringCommittee", "commission", "workingMeeting", "hearing"] as const satisfies readonly SessionKind[];
const COMMISSIONS = ["government", "development", "community"] as const satisfies readonly Commission[];
/** The matters of Pasal 42, in the order of its letters. */
export const CLOSED_MEETING_MATTERS = [
  "villageHeadElection",
  "councilLeadershipElection",
  "villageBudget",
  "villageRegulation",
  "debtsAndLoans",
  "villageEnterprise",
  "civilSettlement",
  "spatialPolicy",
  "publicBurden",
] as const satisfies readonly ClosedMeetingMatter[];
const majority = z.enum(MAJORITIES);
const count = z.number().int().min(0).max(1000);
/** What a decision is about, when it is one of the matters a closed meeting may not decide (Pasal 42). */
const matter = z.enum(CLOSED_MEETING_MATTERS).nullable().default(null);

export const sessionCommandSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("schedule"),
    kind: z.enum(SESSION_KINDS),
    nature: z.enum(["open", "closed"]),
    commission: z.enum(COMMISSIONS).nullable().default(null),
    agenda: z.array(text(300)).min(1).max(20),
    place: text(200),
    plannedStart: dateTime,
    leadershipElection: z.boolean().default(false),
    speakingTimeSeconds: seconds,
    /** Defaults to who the rule book names: the chair, else the vice chair, else the oldest member, or the commission chair. */
    presiding: memberId.optional(),
  }),
  z.object({ type: z.literal("signIn"), member: memberId.optional() }),
  z.object({
    type: z.literal("signInInvitee"),
    name: text(80),
    description: z.string().trim().max(120).default(""),
    telegramUserId: z.number().int().positive().nullable().default(null),
  }),
  z.object({ type: z.literal("signInObserver"), name: text(80), telegramUserId: z.number().int().positive().nullable().default(null) }),
  /** Pasal 44 ayat (4): tell the chair I am leaving; `person` when recorded for someone else. */
  z.object({ type: z.literal("leave"), person: personSchema.optional() }),
  /** Without `until`, the longest the current stage allows; a stage where the chair sets the time requires `until`. */
  z.object({ type: z.literal("postpone"), until: dateTime.optional() }),
  z.object({ type: z.literal("open") }),
  z.object({ type: z.literal("startItem"), itemNo: z.number().int().min(1).max(20) }),
  z.object({ type: z.literal("openRegistration") }),
  z.object({ type: z.literal("closeRegistration") }),
  z.object({ type: z.literal("registerSpeaker"), member: memberId.optional() }),
  z.object({ type: z.literal("reorderSpeaker"), speaker: speakerSchema, position: z.number().int().min(1).max(100) }),
  /** Without `speaker`, the next in the queue, passing over those no longer present. */
  z.object({ type: z.literal("giveFloor"), speaker: speakerSchema.optional(), seconds: seconds.optional() }),
  z.object({ type: z.literal("passOver"), speaker: speakerSchema }),
  z.object({ type: z.literal("warnSpeakingTime") }),
  z.object({ type: z.literal("warnOffTopic") }),
  z.object({ type: z.literal("finishSpeech") }),
  z.object({ type: z.literal("handOverChair"), to: memberId }),
  z.object({ type: z.literal("takeBackChair") }),
  z.object({ type: z.literal("takeOverChair") }),
  z.object({ type: z.literal("requestInterruption"), purpose: z.enum(["clarification", "postpone"]) }),
  z.object({ type: z.literal("allowInterruption"), requestNo: z.number().int().min(1), seconds }),
  z.object({ type: z.literal("refuseInterruption"), requestNo: z.number().int().min(1) }),
  z.object({ type: z.literal("endInterruption") }),
  z.object({ type: z.literal("warnImproperWords"), person: speakerSchema, words: z.string().trim().max(500).nullable().default(null) }),
  /** The warned person retracts, or the chair records it for them. */
  z.object({ type: z.literal("retractWords"), warningNo: z.number().int().min(1) }),
  z.object({ type: z.literal("forbidSpeech"), person: speakerSchema }),
  z.object({ type: z.literal("askToLeave"), person: speakerSchema }),
  z.object({ type: z.literal("suspend"), until: dateTime }),
  z.object({ type: z.literal("resume") }),
  z.object({ type: z.literal("recordConsensus"), motion: text(500), majority: majority.default("ordinary"), matter }),
  z.object({
    type: z.literal("startVote"),
    motion: text(500),
    majority: majority.default("ordinary"),
    matter,
    secret: z.boolean().default(false),
    /** Member ids for an election of persons. */
    candidates: z.array(memberId).min(1).max(20).nullable().default(null),
  }),
  z.object({ type: z.literal("castVote"), choice: text(40), member: memberId.optional() }),
  z.object({ type: z.literal("closeVote") }),
  z.object({ type: z.literal("cancelVote"), reason: text(300) }),
  z.object({
    type: z.literal("recordShowOfHands"),
    motion: text(500),
    majority: majority.default("ordinary"),
    matter,
    yes: count,
    no: count,
    abstain: count,
  }),
  z.object({ type: z.literal("close") }),
]);

/** A command as the bot writes it (defaults may be left out). */
export type SessionCommandInput = z.input<typeof sessionCommandSchema>;
/** A command after parsing, defaults filled in. */
export type SessionCommand = z.output<typeof sessionCommandSchema>;
export type SessionCommandType = SessionCommand["type"];
export type CommandOf<T extends SessionCommandType> = Extract<SessionCommand, { type: T }>;
