import { describe, expect, it } from "vitest";
import {
  decideMinutesRecord,
  evolveMinutesRecord,
  INITIAL_MINUTES_RECORD,
  type MinutesRecordCommand,
  type MinutesRecordState,
} from "../../../src/domain/council/minutes/record.ts";
import { invitee, member } from "../../../src/domain/council/participants.ts";
import type { SessionRejectionCode } from "../../../src/domain/council/rejection-codes.ts";
import { sessionCommandSchema, type SessionCommandInput, type SessionCommandType } from "../../../src/domain/council/session-commands.ts";
import type { MinutesRecordRejectionCode } from "../../../src/domain/council/minutes/record.ts";
import { procedureCommandSchema, type ProcedureCommandInput, type ProcedureCommandType } from "../../../src/domain/council/procedures/procedure-commands.ts";
import type { ProcedureRejectionCode } from "../../../src/domain/council/procedures/rejection-codes.ts";
import { decisionIn, holdMeeting, ProcedureDriver } from "./procedures/procedure-kit.ts";
import { makeCouncil, PLANNED_START, plenary, range, SECRETARY_USER, SessionDriver, tg } from "./session-kit.ts";

/**
 * The authorization matrix of the council engine (Perbup Banjarnegara 962/2011): every session command against every
 * role a sender can have in a session, each row with the state the command needs so that only the role decides, and
 * each cell the engine's answer — accepted, or the refusal code. Then the same for the record after the meeting
 * (minutes/record.ts), and for the procedures over several meetings (procedures/procedure-engine.ts). A command an
 * engine gains without a row here fails (its first test, and `tsc` through the typed tables).
 *
 * The council: nine members, m1 chair, m2 vice chair, m3-m9 members (m3, m6, m9 Bidang Pemerintahan with m3 its chair;
 * m4, m7 Pembangunan; m5, m8 Kemasyarakatan); m9 has no Telegram. In a plenary "member" is m6 and "member of another
 * commission" m7; at a meeting of Bidang Pemerintahan m6 is of the body and m7 is not.
 */

const ROLES = ["chair", "viceChair", "secretary", "member", "otherCommission", "invitee", "observer", "stranger", "timer"] as const;
type Role = (typeof ROLES)[number];

const INVITEE_USER = 7000;
const OBSERVER_USER = 8000;
const STRANGER_USER = 9000;

type By = Parameters<SessionDriver["attempt"]>[0];
const SENDER: Record<Role, By> = {
  chair: 1,
  viceChair: 2,
  secretary: { user: SECRETARY_USER },
  member: 6,
  otherCommission: 7,
  invitee: { user: INVITEE_USER },
  observer: { user: OBSERVER_USER },
  stranger: { user: STRANGER_USER },
  timer: "timer",
};

/** "ok": accepted; otherwise the refusal code. */
type Cell = "ok" | SessionRejectionCode;
type Expectation = Record<Role, Cell>;

interface Row {
  /** What the row shows, beyond the command. */
  readonly when: string;
  readonly given: () => SessionDriver;
  readonly command: SessionCommandInput;
  readonly expect: Expectation;
}

/** Allowed to `allowed`, refused to everyone else with `code`, with `overrides` for particular roles. */
function only(allowed: readonly Role[], code: SessionRejectionCode, overrides: Partial<Expectation> = {}): Expectation {
  const cells = Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? "ok" : code])) as Expectation;
  return { ...cells, ...overrides };
}

const council = () => makeCouncil(9, { withoutTelegram: [9] });

/** Scheduled by the chair; the invitee signed in by the chair and, at an open meeting, an observer by themselves. */
function scheduled(options: { nature?: "open" | "closed"; signedIn?: readonly number[] } = {}): SessionDriver {
  const session = new SessionDriver(council());
  session.do(1, plenary({ nature: options.nature ?? "open" }));
  session.do(1, { type: "signInInvitee", name: "Kepala Desa", description: "Kepala Desa Sirongge", telegramUserId: INVITEE_USER });
  if ((options.nature ?? "open") === "open") session.do({ user: OBSERVER_USER }, { type: "signInObserver", name: "Warga" });
  session.signIn(...(options.signedIn ?? []));
  return session;
}

/** Open, with m1-m7 present (quorum 6 of 9), the guests signed in, item 1 started and its registration open. */
function opened(options: { nature?: "open" | "closed"; present?: readonly number[] } = {}): SessionDriver {
  const session = scheduled({ nature: options.nature, signedIn: options.present ?? range(1, 7) });
  session.at(PLANNED_START);
  session.do(1, { type: "open" });
  session.do(1, { type: "startItem", itemNo: 1 });
  return session;
}

/** m5 has the floor, m6 and m7 listening. */
function floorTo(speaker: number): SessionDriver {
  const session = opened();
  session.do(speaker, { type: "registerSpeaker" });
  session.do(1, { type: "closeRegistration" });
  session.do(1, { type: "giveFloor" });
  return session;
}

/** A closed meeting of Bidang Pemerintahan (m3, m6, m9), called and chaired by its chair m3, with a vote running. */
function commissionVote(): SessionDriver {
  const session = new SessionDriver(council());
  session.do(3, plenary({ kind: "commission", commission: "government", nature: "closed" }));
  session.do(3, { type: "signInInvitee", name: "Kepala Desa", telegramUserId: INVITEE_USER });
  session.signIn(3, 6, 1, 2, 7);
  session.do(3, { type: "signIn", member: "m9" });
  session.at(PLANNED_START);
  session.do(3, { type: "open" });
  session.do(3, { type: "startItem", itemNo: 1 });
  session.do(3, { type: "startVote", motion: "Usul bidang pemerintahan" });
  return session;
}

function then(session: SessionDriver, ...steps: [By, SessionCommandInput][]): SessionDriver {
  for (const [by, command] of steps) session.do(by, command);
  return session;
}

const chairOnly = (overrides: Partial<Expectation> = {}) => only(["chair"], "NOT_PRESIDING", { timer: "NOT_FOR_TIMER", ...overrides });
const later = (minutes: number) => PLANNED_START.plus({ minutes });

/** Every session command, with at least one row; a command added to the engine without one fails below. */
const SESSION_MATRIX: { readonly [T in SessionCommandType]: readonly Row[] } = {
  schedule: [
    {
      when: "a plenary; the vice chair convenes standing in for the chair (Pasal 30 ayat (4), 15 ayat (3))",
      given: () => new SessionDriver(council()),
      command: plenary(),
      expect: only(["chair", "viceChair"], "UNKNOWN_SENDER", { secretary: "NOT_A_MEMBER", member: "NOT_CONVENER", otherCommission: "NOT_CONVENER", timer: "NOT_FOR_TIMER" }),
    },
    {
      when: "a meeting of Bidang Pemerintahan: not by a member who does not chair it (Pasal 36)",
      given: () => new SessionDriver(council()),
      command: plenary({ kind: "commission", commission: "government" }),
      expect: only(["chair", "viceChair"], "UNKNOWN_SENDER", { secretary: "NOT_A_MEMBER", member: "NOT_CONVENER", otherCommission: "NOT_CONVENER", timer: "NOT_FOR_TIMER" }),
    },
  ],
  signIn: [
    {
      when: "oneself: members only (Pasal 44 ayat (1)); invitees have their own list (ayat (2))",
      given: () => scheduled(),
      command: { type: "signIn" },
      expect: only(["chair", "viceChair", "member", "otherCommission"], "NOT_A_MEMBER", { stranger: "UNKNOWN_SENDER", timer: "NOT_FOR_TIMER" }),
    },
    {
      when: "a member without Telegram, recorded by the person chairing or the secretary",
      given: () => scheduled(),
      command: { type: "signIn", member: "m9" },
      expect: only(["chair", "secretary"], "NOT_RECORDER", { timer: "NOT_FOR_TIMER" }),
    },
  ],
  signInInvitee: [
    {
      when: "invitees come at the leadership's invitation, recorded by the person chairing or the secretary (Pasal 59 ayat (1))",
      given: () => scheduled(),
      command: { type: "signInInvitee", name: "Camat", description: "Camat Banjarnegara", telegramUserId: null },
      expect: only(["chair", "secretary"], "NOT_RECORDER"),
    },
  ],
  signInObserver: [
    {
      when: "an open meeting: observers sign themselves in (Pasal 59 ayat (2)), or are recorded",
      given: () => scheduled(),
      command: { type: "signInObserver", name: "Warga Desa" },
      expect: only(["chair", "secretary", "stranger"], "NOT_RECORDER", { observer: "ALREADY_SIGNED_IN", timer: "NOT_FOR_TIMER" }),
    },
    {
      when: "an observer who left comes back, as any member of the public may",
      given: () => then(opened(), [{ user: OBSERVER_USER }, { type: "leave" }]),
      command: { type: "signInObserver", name: "Warga" },
      expect: only(["chair", "secretary", "observer", "stranger"], "NOT_RECORDER", { timer: "NOT_FOR_TIMER" }),
    },
    {
      when: "a closed meeting is not open to the public (Pasal 40 ayat (2))",
      given: () => scheduled({ nature: "closed" }),
      command: { type: "signInObserver", name: "Warga Desa" },
      expect: only([], "CLOSED_MEETING", { timer: "NOT_FOR_TIMER" }),
    },
  ],
  leave: [
    {
      when: "oneself (Pasal 44 ayat (4))",
      given: () => opened(),
      command: { type: "leave" },
      expect: only(["chair", "viceChair", "member", "otherCommission", "invitee", "observer"], "UNKNOWN_SENDER", { secretary: "NOT_A_MEMBER", timer: "NOT_FOR_TIMER" }),
    },
    {
      when: "someone else, recorded by the person chairing or the secretary",
      given: () => opened(),
      command: { type: "leave", person: member("m5") },
      expect: only(["chair", "secretary"], "NOT_RECORDER", { timer: "NOT_FOR_TIMER" }),
    },
  ],
  postpone: [
    {
      when: "quorum missing at the planned start (Pasal 45 ayat (1)); a stored timer acts for the chair",
      given: () => scheduled({ signedIn: [1, 2, 6, 7] }).at(PLANNED_START),
      command: { type: "postpone" },
      expect: chairOnly({ timer: "ok" }),
    },
  ],
  open: [{ when: "with quorum", given: () => scheduled({ signedIn: range(1, 7) }).at(PLANNED_START), command: { type: "open" }, expect: chairOnly() }],
  startItem: [{ when: "the next item", given: () => opened(), command: { type: "startItem", itemNo: 2 }, expect: chairOnly() }],
  openRegistration: [
    { when: "a new round (Pasal 47 ayat (1))", given: () => then(opened(), [1, { type: "closeRegistration" }]), command: { type: "openRegistration" }, expect: chairOnly() },
  ],
  closeRegistration: [{ when: "before the discussion", given: () => opened(), command: { type: "closeRegistration" }, expect: chairOnly() }],
  registerSpeaker: [
    {
      when: "oneself: members register, an invitee asks for the floor (Pasal 47, 59 ayat (5)); observers may not speak (ayat (6))",
      given: () => opened(),
      command: { type: "registerSpeaker" },
      expect: only(["chair", "viceChair", "member", "otherCommission", "invitee"], "UNKNOWN_SENDER", {
        secretary: "NOT_A_MEMBER",
        observer: "OBSERVER_MAY_NOT_SPEAK",
        timer: "NOT_FOR_TIMER",
      }),
    },
    {
      when: "a member who raised a hand, registered by the person chairing",
      given: () => opened(),
      command: { type: "registerSpeaker", member: "m5" },
      expect: only(["chair"], "NOT_RECORDER", { observer: "OBSERVER_MAY_NOT_SPEAK", timer: "NOT_FOR_TIMER" }),
    },
  ],
  reorderSpeaker: [
    {
      when: "Pasal 51 ayat (2)",
      given: () => then(opened(), [5, { type: "registerSpeaker" }], [4, { type: "registerSpeaker" }]),
      command: { type: "reorderSpeaker", speaker: member("m4"), position: 1 },
      expect: chairOnly(),
    },
  ],
  giveFloor: [
    {
      when: "the next in turn (Pasal 51 ayat (1))",
      given: () => then(opened(), [5, { type: "registerSpeaker" }], [1, { type: "closeRegistration" }]),
      command: { type: "giveFloor" },
      expect: chairOnly(),
    },
  ],
  passOver: [
    { when: "Pasal 51 ayat (3)", given: () => then(opened(), [5, { type: "registerSpeaker" }]), command: { type: "passOver", speaker: member("m5") }, expect: chairOnly() },
  ],
  warnSpeakingTime: [
    {
      when: "time up (Pasal 48 ayat (2)); a stored timer warns for the chair",
      given: () => floorTo(5).advance({ minutes: 6 }),
      command: { type: "warnSpeakingTime" },
      expect: chairOnly({ timer: "ok" }),
    },
  ],
  warnOffTopic: [{ when: "Pasal 48 ayat (3)", given: () => floorTo(5), command: { type: "warnOffTopic" }, expect: chairOnly() }],
  finishSpeech: [
    { when: "a member speaking (m6): the speaker or the chair ends it", given: () => floorTo(6), command: { type: "finishSpeech" }, expect: chairOnly({ member: "ok" }) },
    {
      when: "the invitee speaking",
      given: () => then(opened(), [{ user: INVITEE_USER }, { type: "registerSpeaker" }], [1, { type: "giveFloor", speaker: invitee("i1") }]),
      command: { type: "finishSpeech" },
      expect: chairOnly({ invitee: "ok" }),
    },
  ],
  handOverChair: [
    { when: "to the vice chair, to speak as a member (Pasal 49 ayat (2))", given: () => opened(), command: { type: "handOverChair", to: "m2" }, expect: chairOnly() },
  ],
  takeBackChair: [
    {
      when: "after handing it over: the one who handed it over, or the one holding it",
      given: () => then(opened(), [1, { type: "handOverChair", to: "m2" }]),
      command: { type: "takeBackChair" },
      expect: only(["chair", "viceChair"], "NOT_HANDED_OVER", { timer: "NOT_FOR_TIMER" }),
    },
  ],
  takeOverChair: [
    {
      when: "the chair has left: the vice chair stands in (Pasal 15 ayat (3))",
      given: () => then(opened(), [1, { type: "leave" }]),
      command: { type: "takeOverChair" },
      expect: only(["viceChair"], "NOT_A_MEMBER", {
        chair: "PRESIDING_PRESENT",
        member: "MAY_NOT_PRESIDE",
        otherCommission: "MAY_NOT_PRESIDE",
        stranger: "UNKNOWN_SENDER",
        timer: "UNKNOWN_SENDER",
      }),
    },
  ],
  requestInterruption: [
    {
      when: "m5 speaking: members interrupt (Pasal 52 ayat (1)); the chair hands over first (Pasal 49)",
      given: () => floorTo(5),
      command: { type: "requestInterruption", purpose: "clarification" },
      expect: only(["viceChair", "member", "otherCommission"], "INTERRUPTION_MEMBERS_ONLY", {
        chair: "CHAIR_MUST_HAND_OVER",
        observer: "OBSERVER_MAY_NOT_SPEAK",
        timer: "NOT_FOR_TIMER",
      }),
    },
  ],
  allowInterruption: [
    {
      when: "Pasal 52 ayat (3)",
      given: () => then(floorTo(5), [6, { type: "requestInterruption", purpose: "clarification" }]),
      command: { type: "allowInterruption", requestNo: 1, seconds: 60 },
      expect: chairOnly(),
    },
  ],
  refuseInterruption: [
    {
      when: "Pasal 52",
      given: () => then(floorTo(5), [6, { type: "requestInterruption", purpose: "postpone" }]),
      command: { type: "refuseInterruption", requestNo: 1 },
      expect: chairOnly(),
    },
  ],
  endInterruption: [
    {
      when: "by the interrupter (m6), the chair, or the timer at its end (Pasal 52 ayat (2))",
      given: () => then(floorTo(5), [6, { type: "requestInterruption", purpose: "clarification" }], [1, { type: "allowInterruption", requestNo: 1, seconds: 60 }]),
      command: { type: "endInterruption" },
      expect: chairOnly({ member: "ok", timer: "ok" }),
    },
  ],
  warnImproperWords: [{ when: "Pasal 53 ayat (1)", given: () => opened(), command: { type: "warnImproperWords", person: member("m5"), words: "kata kasar" }, expect: chairOnly() }],
  retractWords: [
    {
      when: "the warned member (m6) retracts, or the chair records it (Pasal 53 ayat (2))",
      given: () => then(opened(), [1, { type: "warnImproperWords", person: member("m6") }]),
      command: { type: "retractWords", warningNo: 1 },
      expect: only(["chair", "member"], "NOT_YOUR_WARNING"),
    },
    {
      when: "the warned invitee retracts",
      given: () => then(opened(), [1, { type: "warnImproperWords", person: invitee("i1") }]),
      command: { type: "retractWords", warningNo: 1 },
      expect: only(["chair", "invitee"], "NOT_YOUR_WARNING"),
    },
  ],
  forbidSpeech: [
    {
      when: "after an ignored warning (Pasal 54 ayat (1))",
      given: () => then(opened(), [1, { type: "warnImproperWords", person: member("m5") }]),
      command: { type: "forbidSpeech", person: member("m5") },
      expect: chairOnly(),
    },
  ],
  askToLeave: [
    {
      when: "after an ignored prohibition (Pasal 54 ayat (2))",
      given: () => then(opened(), [1, { type: "warnImproperWords", person: member("m5") }], [1, { type: "forbidSpeech", person: member("m5") }]),
      command: { type: "askToLeave", person: member("m5") },
      expect: chairOnly(),
    },
  ],
  suspend: [{ when: "Pasal 54 ayat (3)", given: () => opened(), command: { type: "suspend", until: later(60) }, expect: chairOnly() }],
  resume: [
    {
      when: "after the suspension",
      given: () => then(opened(), [1, { type: "suspend", until: later(30) }]).advance({ minutes: 31 }),
      command: { type: "resume" },
      expect: chairOnly(),
    },
  ],
  recordConsensus: [{ when: "Pasal 60", given: () => opened(), command: { type: "recordConsensus", motion: "Menyetujui jadwal reses" }, expect: chairOnly() }],
  startVote: [
    { when: "a plenary", given: () => opened(), command: { type: "startVote", motion: "Menyetujui APBDes" }, expect: chairOnly() },
    {
      when: "a meeting of Bidang Pemerintahan is run by its chair (m3), not the council's leadership (Pasal 36)",
      given: () => then(commissionVote(), [3, { type: "closeVote" }]),
      command: { type: "startVote", motion: "Usul kedua" },
      expect: only([], "NOT_PRESIDING", { timer: "NOT_FOR_TIMER" }),
    },
  ],
  castVote: [
    {
      when: "oneself, at a plenary: members present vote; invitees, observers and the secretary never (Pasal 59 ayat (5)-(6), 73)",
      given: () => then(opened(), [1, { type: "startVote", motion: "Menyetujui APBDes" }]),
      command: { type: "castVote", choice: "yes" },
      expect: only(["chair", "viceChair", "member", "otherCommission"], "UNKNOWN_SENDER", {
        secretary: "SECRETARY_MAY_NOT_VOTE",
        invitee: "INVITEE_MAY_NOT_VOTE",
        observer: "OBSERVER_MAY_NOT_VOTE",
        timer: "NOT_FOR_TIMER",
      }),
    },
    {
      when: "for m9, present without Telegram: only the person chairing records it",
      given: () => then(opened(), [1, { type: "signIn", member: "m9" }], [1, { type: "startVote", motion: "Menyetujui APBDes" }]),
      command: { type: "castVote", choice: "yes", member: "m9" },
      expect: only(["chair"], "NOT_RECORDER", {
        secretary: "SECRETARY_MAY_NOT_VOTE",
        invitee: "INVITEE_MAY_NOT_VOTE",
        observer: "OBSERVER_MAY_NOT_VOTE",
        stranger: "UNKNOWN_SENDER",
        timer: "NOT_FOR_TIMER",
      }),
    },
    {
      when: "a closed meeting of Bidang Pemerintahan: only its members vote (Pasal 21 ayat (5))",
      given: () => commissionVote(),
      command: { type: "castVote", choice: "yes" },
      expect: only(["member"], "NO_VOTE_IN_THIS_BODY", {
        secretary: "SECRETARY_MAY_NOT_VOTE",
        invitee: "INVITEE_MAY_NOT_VOTE",
        observer: "UNKNOWN_SENDER",
        stranger: "UNKNOWN_SENDER",
        timer: "NOT_FOR_TIMER",
      }),
    },
  ],
  closeVote: [{ when: "freezes the result", given: () => then(opened(), [1, { type: "startVote", motion: "x" }]), command: { type: "closeVote" }, expect: chairOnly() }],
  cancelVote: [{ when: "", given: () => then(opened(), [1, { type: "startVote", motion: "x" }]), command: { type: "cancelVote", reason: "Salah usul" }, expect: chairOnly() }],
  recordShowOfHands: [
    { when: "counted in the room", given: () => opened(), command: { type: "recordShowOfHands", motion: "x", yes: 5, no: 1, abstain: 1 }, expect: chairOnly() },
  ],
  close: [{ when: "", given: () => opened(), command: { type: "close" }, expect: chairOnly() }],
};

function outcomeOf(session: SessionDriver, role: Role, command: SessionCommandInput): Cell {
  const outcome = session.attempt(SENDER[role], command);
  return outcome.ok ? "ok" : (outcome.code as SessionRejectionCode);
}

const COMMAND_TYPES: readonly string[] = sessionCommandSchema.options.map((option) => option.shape.type.value);

describe("the council engine's authorization matrix: every session command × every role", () => {
  it("has a row for every command the engine takes, and none for a command it does not", () => {
    const rows = Object.keys(SESSION_MATRIX);
    expect({ withoutRow: COMMAND_TYPES.filter((type) => !rows.includes(type)), unknown: rows.filter((type) => !COMMAND_TYPES.includes(type)) }).toEqual({ withoutRow: [], unknown: [] });
  });

  const rows = Object.entries(SESSION_MATRIX).flatMap(([type, list]) => list.map((row) => ({ type, ...row })));
  describe.each(rows.map((row) => [`${row.type}${row.when ? ` — ${row.when}` : ""}`, row] as const))("%s", (_, row) => {
    it.each(ROLES.map((role) => [role, row.expect[role]] as const))("%s → %s", (role, expected) => {
      // A fresh state for each cell: an accepted command changes it.
      expect(outcomeOf(row.given(), role, row.command)).toBe(expected);
    });
  });
});

// --- The record after the meeting (minutes/record.ts, Pasal 56, 43) ----------------------------------------------

/** The record's senders: the session's roles, and the bot itself (null) where the session has the timer. */
type RecordSender = Exclude<Role, "timer"> | "bot";
const RECORD_SENDERS: readonly RecordSender[] = ["chair", "viceChair", "secretary", "member", "otherCommission", "invitee", "observer", "stranger", "bot"];
const RECORD_USER: Record<RecordSender, number | null> = {
  chair: tg(1),
  viceChair: tg(2),
  secretary: SECRETARY_USER,
  member: tg(6),
  otherCommission: tg(7),
  invitee: INVITEE_USER,
  observer: OBSERVER_USER,
  stranger: STRANGER_USER,
  bot: null,
};

type RecordCell = "ok" | MinutesRecordRejectionCode;

interface RecordRow {
  readonly when: string;
  readonly given: () => { session: SessionDriver; record: MinutesRecordState; daysLater: number };
  readonly command: MinutesRecordCommand;
  readonly expect: Record<RecordSender, RecordCell>;
}

function recordOnly(allowed: readonly RecordSender[], code: MinutesRecordRejectionCode, overrides: Partial<Record<RecordSender, RecordCell>> = {}): Record<RecordSender, RecordCell> {
  return { ...(Object.fromEntries(RECORD_SENDERS.map((s) => [s, allowed.includes(s) ? "ok" : code])) as Record<RecordSender, RecordCell>), ...overrides };
}

/** The meeting, chaired by m1, closed after a decision. */
function closedMeeting(nature: "open" | "closed"): SessionDriver {
  const session = opened({ nature });
  session.do(1, { type: "recordConsensus", motion: "Menyetujui jadwal reses" });
  session.advance({ minutes: 30 }).do(1, { type: "close" });
  return session;
}

function decideRecord(session: SessionDriver, record: MinutesRecordState, daysLater: number, user: number | null, command: MinutesRecordCommand) {
  return decideMinutesRecord(record, command, {
    council: session.council,
    session: session.state,
    rules: session.rules,
    now: session.now.plus({ days: daysLater }),
    telegramUserId: user,
    meetingChair: "m1",
  });
}

/** The record after `steps`, each by a sender, at the meeting's close. */
function recorded(session: SessionDriver, ...steps: [number | null, MinutesRecordCommand][]): MinutesRecordState {
  let record = INITIAL_MINUTES_RECORD;
  for (const [user, command] of steps) {
    const decided = decideRecord(session, record, 0, user, command);
    if (!decided.ok) throw new Error(`${command.type} rejected: ${decided.code}`);
    record = decided.value.reduce(evolveMinutesRecord, record);
  }
  return record;
}

/** Every command on the record; the mapped type makes `tsc` fail for a command added without a row. */
const RECORD_MATRIX: { readonly [T in MinutesRecordCommand["type"]]: readonly RecordRow[] } = {
  omitItems: [
    {
      when: "a closed meeting's item left out, by the meeting's chair (Pasal 43 ayat (3))",
      given: () => ({ session: closedMeeting("closed"), record: INITIAL_MINUTES_RECORD, daysLater: 0 }),
      command: { type: "omitItems", items: [1] },
      expect: recordOnly(["chair"], "NOT_MEETING_CHAIR"),
    },
  ],
  issueDraft: [
    {
      when: "the draft goes round: sent by the bot at the close, or by the meeting's chair (Pasal 56 ayat (3))",
      given: () => ({ session: closedMeeting("open"), record: INITIAL_MINUTES_RECORD, daysLater: 0 }),
      command: { type: "issueDraft" },
      expect: recordOnly(["chair", "bot"], "NOT_MEETING_CHAIR"),
    },
  ],
  submitCorrection: [
    {
      when: "within 7 days, by members and the parties concerned (Pasal 56 ayat (4))",
      given: () => {
        const session = closedMeeting("open");
        return { session, record: recorded(session, [null, { type: "issueDraft" }]), daysLater: 1 };
      },
      command: { type: "submitCorrection", text: "Nama pembicara keliru" },
      expect: recordOnly(["chair", "viceChair", "secretary", "member", "otherCommission", "invitee"], "NOT_ENTITLED_TO_CORRECT"),
    },
  ],
  settleCorrection: [
    {
      when: "by the meeting's chair (Pasal 56 ayat (5))",
      given: () => {
        const session = closedMeeting("open");
        return { session, record: recorded(session, [null, { type: "issueDraft" }], [tg(6), { type: "submitCorrection", text: "Nama keliru" }]), daysLater: 1 };
      },
      command: { type: "settleCorrection", correctionNo: 1, accept: true },
      expect: recordOnly(["chair"], "NOT_MEETING_CHAIR"),
    },
  ],
  issueOfficial: [
    {
      when: "after the window, by the secretary or the meeting's chair (Pasal 56 ayat (6))",
      given: () => {
        const session = closedMeeting("open");
        return { session, record: recorded(session, [null, { type: "issueDraft" }]), daysLater: 8 };
      },
      command: { type: "issueOfficial" },
      expect: recordOnly(["chair", "secretary"], "NOT_MEETING_CHAIR"),
    },
  ],
};

describe("the record after the meeting: every record command × every role", () => {
  const rows = Object.entries(RECORD_MATRIX).flatMap(([type, list]) => list.map((row) => ({ type, ...row })));
  describe.each(rows.map((row) => [`${row.type} — ${row.when}`, row] as const))("%s", (_, row) => {
    it.each(RECORD_SENDERS.map((sender) => [sender, row.expect[sender]] as const))("%s → %s", (sender, expected) => {
      const { session, record, daysLater } = row.given();
      const decided = decideRecord(session, record, daysLater, RECORD_USER[sender], row.command);
      expect(decided.ok ? "ok" : decided.code).toBe(expected);
    });
  });
});

// --- Procedures over several meetings (procedures/procedure-engine.ts, Pasal 4-9, 24-26, 58, 63-75) ---------------

/** Procedures have no guests: a sender is a member, the secretary, or nobody the council knows. */
const PROCEDURE_ROLES = ["chair", "viceChair", "secretary", "member", "otherCommission", "stranger"] as const;
type ProcedureRole = (typeof PROCEDURE_ROLES)[number];
const PROCEDURE_SENDER: Record<ProcedureRole, number | { user: number }> = {
  chair: 1,
  viceChair: 2,
  secretary: { user: SECRETARY_USER },
  member: 6,
  otherCommission: 7,
  stranger: { user: STRANGER_USER },
};

type ProcedureCell = "ok" | ProcedureRejectionCode;
interface ProcedureRow {
  readonly when: string;
  /** The procedure as the row needs it, and the command (which may name meetings and decisions held for it). */
  readonly given: () => { readonly procedure: ProcedureDriver; readonly command: ProcedureCommandInput };
  readonly expect: Record<ProcedureRole, ProcedureCell>;
}

function procedureOnly(allowed: readonly ProcedureRole[], code: ProcedureRejectionCode, overrides: Partial<Record<ProcedureRole, ProcedureCell>> = {}) {
  return { ...(Object.fromEntries(PROCEDURE_ROLES.map((r) => [r, allowed.includes(r) ? "ok" : code])) as Record<ProcedureRole, ProcedureCell>), ...overrides };
}
/** The register is kept by the chair, the vice chair and the secretary (Pasal 73). */
const recorders = () => procedureOnly(["chair", "viceChair", "secretary"], "NOT_RECORDER", { stranger: "UNKNOWN_SENDER" });
/** Any member of the council, never the secretary. */
const members = () => procedureOnly(["chair", "viceChair", "member", "otherCommission"], "NOT_A_MEMBER", { stranger: "UNKNOWN_SENDER" });

const procedureCouncil = makeCouncil(9, { withoutTelegram: [9] });
const SECRETARY = { user: SECRETARY_USER };
const request = { type: "openProposal", procedure: "informationRequest", title: "Keterangan tanah kas desa", text: "Meminta keterangan Kepala Desa tentang tanah kas desa." } as const;
const headDraft = { type: "receiveHeadDraft", title: "Raperdes APB Desa 2027", coverNote: "Nota Pengantar No. 140/12/2026" } as const;

function procedureBy(by: number | { user: number }, command: ProcedureCommandInput, ...signers: number[]): ProcedureDriver {
  const p = new ProcedureDriver(procedureCouncil);
  p.do(by, command);
  for (const n of signers) p.do(n, { type: "sign" });
  return p;
}

/** A passed decision of an open plenary with 8 of 9 present, on `day` of November 2026. */
const plenaryOn = (day: number, yes = 7) => decisionIn(procedureCouncil, { start: `2026-11-${String(day).padStart(2, "0")}T09:00:00`, present: 8, yes, motion: "Keputusan" });
const committeeOn = (day: number) => decisionIn(procedureCouncil, { kind: "steeringCommittee", start: `2026-11-${String(day).padStart(2, "0")}T09:00:00`, present: 2, yes: 2 });

/** A request signed by m3, m4, m5, numbered, considered by the Panitia Musyawarah (Pasal 7 ayat (1)-(5)). */
function consideredRequest(): ProcedureDriver {
  const p = procedureBy(3, request, 4, 5);
  p.do(SECRETARY, { type: "number", number: "1/BPD/2026" });
  p.do(1, { type: "consider", decision: committeeOn(5) });
  return p;
}

/** The head's draft with its stages I-IV recorded (Pasal 66-70). */
function draftThroughStages(count: number): ProcedureDriver {
  const p = procedureBy(SECRETARY, headDraft);
  for (let stage = 1; stage <= count; stage++) p.do(1, { type: "recordStage", stage, decision: plenaryOn(2 + stage * 3) });
  return p;
}

const PROCEDURE_MATRIX: { readonly [T in ProcedureCommandType]: readonly ProcedureRow[] } = {
  openProposal: [{ when: "a member opens and signs first (Pasal 7 ayat (1))", given: () => ({ procedure: new ProcedureDriver(procedureCouncil), command: request }), expect: members() }],
  receiveHeadDraft: [{ when: "Pasal 64 ayat (1)", given: () => ({ procedure: new ProcedureDriver(procedureCouncil), command: headDraft }), expect: recorders() }],
  openHeadReport: [
    { when: "Pasal 4 ayat (3)", given: () => ({ procedure: new ProcedureDriver(procedureCouncil), command: { type: "openHeadReport", basis: "annual", budgetYear: 2026 } }), expect: recorders() },
  ],
  openLeadership: [
    {
      when: "a vacancy (Pasal 15 ayat (4), 27)",
      given: () => ({ procedure: new ProcedureDriver(procedureCouncil), command: { type: "openLeadership", cause: "vacancy", vacated: [{ office: "viceChair", reason: "resigned" }] } }),
      expect: recorders(),
    },
  ],
  sign: [
    { when: "oneself", given: () => ({ procedure: procedureBy(3, request), command: { type: "sign" } }), expect: members() },
    {
      when: "the paper signature of m9, who has no Telegram, recorded",
      given: () => ({ procedure: procedureBy(3, request), command: { type: "sign", member: "m9" } }),
      expect: recorders(),
    },
  ],
  withdrawSignature: [
    {
      when: "one's own signature",
      given: () => ({ procedure: procedureBy(3, request, 1, 2, 6, 7), command: { type: "withdrawSignature" } }),
      expect: members(),
    },
  ],
  change: [
    {
      when: "by the first proposer (m6) on behalf of the proposers",
      given: () => ({ procedure: procedureBy(6, request), command: { type: "change", text: "Meminta keterangan tentang tanah kas desa dan bengkok." } }),
      expect: procedureOnly(["member"], "NOT_OPENER", { secretary: "NOT_A_MEMBER", stranger: "UNKNOWN_SENDER" }),
    },
  ],
  withdraw: [
    {
      when: "by the first proposer (m6)",
      given: () => ({ procedure: procedureBy(6, request), command: { type: "withdraw" } }),
      expect: procedureOnly(["member"], "NOT_OPENER", { secretary: "NOT_A_MEMBER", stranger: "UNKNOWN_SENDER" }),
    },
  ],
  number: [{ when: "the secretariat (Pasal 7 ayat (3))", given: () => ({ procedure: procedureBy(3, request, 4, 5), command: { type: "number", number: "1/BPD/2026" } }), expect: recorders() }],
  consider: [
    {
      when: "the Panitia Musyawarah's view (Pasal 7 ayat (5))",
      given: () => {
        const p = procedureBy(3, request, 4, 5);
        p.do(SECRETARY, { type: "number", number: "1/BPD/2026" });
        return { procedure: p, command: { type: "consider", decision: committeeOn(5) } };
      },
      expect: recorders(),
    },
  ],
  decide: [{ when: "the plenary, by 2/3 of all members (Pasal 7 ayat (4))", given: () => ({ procedure: consideredRequest(), command: { type: "decide", decision: plenaryOn(10) } }), expect: recorders() }],
  recordStage: [{ when: "stage I (Pasal 67)", given: () => ({ procedure: draftThroughStages(0), command: { type: "recordStage", stage: 1, decision: plenaryOn(5) } }), expect: recorders() }],
  waiveStages: [
    { when: "left out by the Panitia Musyawarah (Pasal 66)", given: () => ({ procedure: draftThroughStages(0), command: { type: "waiveStages", stages: [2], decision: committeeOn(3) } }), expect: recorders() },
  ],
  proposeAmendment: [{ when: "any member, in stage II (Pasal 9 ayat (1)-(2))", given: () => ({ procedure: draftThroughStages(1), command: { type: "proposeAmendment", text: "Belanja pegawai diturunkan 5%" } }), expect: members() }],
  decideAmendment: [
    {
      when: "in stage III (Pasal 9 ayat (3))",
      given: () => {
        const p = draftThroughStages(1);
        p.do(6, { type: "proposeAmendment", text: "Belanja pegawai diturunkan 5%" });
        p.do(1, { type: "recordStage", stage: 2, decision: plenaryOn(10) });
        return { procedure: p, command: { type: "decideAmendment", amendmentNo: 1, decision: plenaryOn(17) } };
      },
      expect: recorders(),
    },
  ],
  becomeComplement: [
    {
      when: "a later draft on the same matter (Pasal 65)",
      given: () => {
        const first = draftThroughStages(0);
        const later = new ProcedureDriver(procedureCouncil, first.now.plus({ days: 3 }), 2);
        later.do(3, { type: "openProposal", procedure: "villageRegulation", title: "Raperdes APB Desa 2027 (prakarsa)", text: "Penjelasan." });
        later.do(4, { type: "sign" });
        later.do(5, { type: "sign" });
        later.do(SECRETARY, { type: "number", number: "3/PRAKARSA/2026" });
        const s = first.current;
        return { procedure: later, command: { type: "becomeComplement", of: { procedureId: 1, title: s.title, kind: s.kind, status: s.status, receivedAt: s.receivedAt } } };
      },
      expect: recorders(),
    },
  ],
  recordApprovalDecree: [{ when: "Pasal 63 ayat (5)", given: () => ({ procedure: draftThroughStages(4), command: { type: "recordApprovalDecree", number: "Keputusan BPD No. 7 Tahun 2026" } }), expect: recorders() }],
  recordSignature: [
    {
      when: "the head's signature (Pasal 71)",
      given: () => {
        const p = draftThroughStages(4);
        p.do(1, { type: "recordApprovalDecree", number: "Keputusan BPD No. 7 Tahun 2026" });
        return { procedure: p, command: { type: "recordSignature", number: "Peraturan Desa No. 5 Tahun 2026" } };
      },
      expect: recorders(),
    },
  ],
  recordExchange: [
    {
      when: "the approved request sent to the village head (Pasal 7 ayat (8))",
      given: () => {
        const p = consideredRequest();
        p.do(1, { type: "decide", decision: plenaryOn(10) });
        return { procedure: p, command: { type: "recordExchange", step: "sentToHead" } };
      },
      expect: recorders(),
    },
  ],
  recordElection: [
    {
      when: "the vice chair elected in a plenary attended by 2/3 (Pasal 24)",
      given: () => {
        const p = procedureBy(1, { type: "openLeadership", cause: "vacancy", vacated: [{ office: "viceChair", reason: "resigned" }] });
        const election = holdMeeting(procedureCouncil, { start: "2026-11-10T09:00:00", present: 7, decisions: [{ motion: "Anggota 5 sebagai Wakil Ketua", yes: 6 }] });
        return { procedure: p, command: { type: "recordElection", office: "viceChair", member: "m5", decision: election.decisions[0]! } };
      },
      expect: recorders(),
    },
  ],
  recordOath: [
    {
      when: "before the Bupati's official, in an open plenary (Pasal 25)",
      given: () => {
        const p = procedureBy(1, { type: "openLeadership", cause: "vacancy", vacated: [{ office: "viceChair", reason: "resigned" }] });
        const election = holdMeeting(procedureCouncil, { start: "2026-11-10T09:00:00", present: 7, decisions: [{ motion: "Anggota 5 sebagai Wakil Ketua", yes: 6 }] });
        p.do(1, { type: "recordElection", office: "viceChair", member: "m5", decision: election.decisions[0]! });
        const oath = holdMeeting(procedureCouncil, { start: "2026-11-17T09:00:00", present: 7, invitees: [{ name: "Drs. Suwarno", description: "Camat, ditunjuk Bupati" }] });
        return { procedure: p, command: { type: "recordOath", office: "viceChair", meeting: oath.meeting, officiant: "i1" } };
      },
      expect: recorders(),
    },
  ],
};

const PROCEDURE_TYPES: readonly string[] = procedureCommandSchema.options.map((option) => option.shape.type.value);

describe("the council's procedures: every procedure command × every role", () => {
  it("has a row for every command the procedure engine takes, and none for a command it does not", () => {
    const rows = Object.keys(PROCEDURE_MATRIX);
    expect({ withoutRow: PROCEDURE_TYPES.filter((type) => !rows.includes(type)), unknown: rows.filter((type) => !PROCEDURE_TYPES.includes(type)) }).toEqual({ withoutRow: [], unknown: [] });
  });

  const rows = Object.entries(PROCEDURE_MATRIX).flatMap(([type, list]) => list.map((row) => ({ type, ...row })));
  describe.each(rows.map((row) => [`${row.type} — ${row.when}`, row] as const))("%s", (_, row) => {
    it.each(PROCEDURE_ROLES.map((role) => [role, row.expect[role]] as const))("%s → %s", (role, expected) => {
      const { procedure, command } = row.given();
      const outcome = procedure.attempt(PROCEDURE_SENDER[role], command);
      expect(outcome.ok ? "ok" : outcome.code).toBe(expected);
    });
  });
});
