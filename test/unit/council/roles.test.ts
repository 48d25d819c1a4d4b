import { describe, expect, it } from "vitest";
import { invitee, member } from "../../../src/domain/council/participants.ts";
import type { SessionCommandInput } from "../../../src/domain/council/session-commands.ts";
import { presentCount, quorum } from "../../../src/domain/council/session-state.ts";
import { makeCouncil, openPlenary, PLANNED_START, plenary, rejection, SessionDriver } from "./session-kit.ts";

const INVITEE_USER = 7000;
const OBSERVER_USER = 8000;
const STRANGER_USER = 9000;

describe("Pasal 59 ayat (5): invitees speak only when the chair allows, and never vote", () => {
  it("signs an invitee in on their own list, gives them the floor when the chair allows, refuses their vote", () => {
    const session = openPlenary(9);
    expect(rejection(session.attempt(4, { type: "signInInvitee", name: "Kepala Desa" })).code).toBe("NOT_RECORDER");
    session.do(1, { type: "signInInvitee", name: "Kepala Desa", description: "Kepala Desa Sirongge", telegramUserId: INVITEE_USER });
    const [asked] = session.do({ user: INVITEE_USER }, { type: "registerSpeaker" });
    expect(asked).toMatchObject({ actor: invitee("i1"), payload: { speaker: invitee("i1") } });
    const [given] = session.do(1, { type: "giveFloor", speaker: invitee("i1") });
    expect(given?.payload).toMatchObject({ speaker: invitee("i1") });
    session.do({ user: INVITEE_USER }, { type: "finishSpeech" });

    session.do(1, { type: "startVote", motion: "Menerima penjelasan" });
    expect(rejection(session.attempt({ user: INVITEE_USER }, { type: "castVote", choice: "yes" }))).toEqual({
      code: "INVITEE_MAY_NOT_VOTE",
      params: {},
      article: "Pasal 59 ayat (5)",
    });
  });

  it("an invitee does not count for quorum", () => {
    const session = new SessionDriver(makeCouncil(9));
    session.do(1, plenary());
    session.signIn(1, 2, 3, 4, 5);
    session.do(1, { type: "signInInvitee", name: "Camat" });
    expect(presentCount(session.state)).toBe(5);
  });
});

describe("Pasal 59 ayat (6): observers may not speak at all and have no vote", () => {
  it("lets an observer sign in to an open meeting, then refuses every attempt to speak or vote", () => {
    const session = openPlenary(9);
    const [signedIn] = session.do({ user: OBSERVER_USER }, { type: "signInObserver", name: "Warga" });
    expect(signedIn).toMatchObject({ actor: { kind: "observer", id: "o1" }, payload: { telegramUserId: OBSERVER_USER } });
    expect(rejection(session.attempt({ user: OBSERVER_USER }, { type: "registerSpeaker" }))).toEqual({
      code: "OBSERVER_MAY_NOT_SPEAK",
      params: {},
      article: "Pasal 59 ayat (6)",
    });
    session.do(3, { type: "registerSpeaker" });
    session.do(1, { type: "closeRegistration" });
    session.do(1, { type: "giveFloor" });
    expect(rejection(session.attempt({ user: OBSERVER_USER }, { type: "requestInterruption", purpose: "clarification" })).code).toBe("OBSERVER_MAY_NOT_SPEAK");
    session.do(3, { type: "finishSpeech" });
    session.do(1, { type: "startVote", motion: "x" });
    expect(rejection(session.attempt({ user: OBSERVER_USER }, { type: "castVote", choice: "yes" }))).toMatchObject({ code: "OBSERVER_MAY_NOT_VOTE", article: "Pasal 59 ayat (6)" });
  });

  it("keeps the public out of a closed meeting (Pasal 40 ayat (2))", () => {
    const session = new SessionDriver(makeCouncil(9));
    session.do(1, plenary({ nature: "closed" }));
    expect(rejection(session.attempt({ user: OBSERVER_USER }, { type: "signInObserver", name: "Warga" }))).toMatchObject({
      code: "CLOSED_MEETING",
      article: "Pasal 40 ayat (2)",
    });
  });
});

describe("Pasal 21 ayat (5): a member at a closed commission meeting that is not theirs has no vote", () => {
  // makeCouncil(9): m3, m6, m9 are Bidang Pemerintahan; m3 its chair.
  function commissionMeeting(nature: "open" | "closed") {
    const session = new SessionDriver(makeCouncil(9));
    session.do(3, plenary({ kind: "commission", commission: "government", nature }));
    session.signIn(3, 6, 4).at(PLANNED_START);
    session.do(3, { type: "open" });
    session.do(3, { type: "startVote", motion: "Usul bidang" });
    return session;
  }

  it("counts only the commission for quorum and refuses the outsider's vote, citing ayat (5)", () => {
    const session = commissionMeeting("closed");
    expect(session.state.setup).toMatchObject({ presiding: "m3", body: ["m3", "m6", "m9"] });
    expect([presentCount(session.state), quorum(session.state)]).toEqual([2, 2]);
    expect(rejection(session.attempt(4, { type: "castVote", choice: "yes" }))).toEqual({
      code: "NO_VOTE_IN_THIS_BODY",
      params: { name: "Anggota 4" },
      article: "Pasal 21 ayat (5)",
    });
    expect(session.do(6, { type: "castVote", choice: "yes" })[0]?.type).toBe("voteCast");
  });

  it("at an open commission meeting the outsider is an invitee (Pasal 59 ayat (1) huruf b)", () => {
    expect(rejection(commissionMeeting("open").attempt(4, { type: "castVote", choice: "yes" })).article).toBe("Pasal 59 ayat (1) huruf b");
  });

  it("is chaired by the commission's chair, not another member (Pasal 36)", () => {
    const session = new SessionDriver(makeCouncil(9));
    expect(rejection(session.attempt(3, plenary({ kind: "commission", commission: "government", presiding: "m6" })))).toMatchObject({
      code: "MAY_NOT_PRESIDE",
      article: "Pasal 36",
    });
    expect(rejection(session.attempt(4, plenary({ kind: "commission", commission: "government" }))).code).toBe("NOT_CONVENER");
    expect(rejection(session.attempt(1, plenary({ kind: "commission" }))).code).toBe("COMMISSION_REQUIRED");
  });
});

describe("Pasal 14 huruf c: only the person chairing runs the meeting", () => {
  const chairOnly: SessionCommandInput[] = [
    { type: "startItem", itemNo: 2 },
    { type: "closeRegistration" },
    { type: "giveFloor" },
    { type: "reorderSpeaker", speaker: member("m3"), position: 1 },
    { type: "warnOffTopic" },
    { type: "warnImproperWords", person: member("m3") },
    { type: "startVote", motion: "x" },
    { type: "recordConsensus", motion: "x" },
    { type: "suspend", until: PLANNED_START.plus({ hours: 1 }) },
    { type: "close" },
  ];

  it.each(chairOnly.map((c) => [c.type, c]))("refuses %s from a member who is not chairing", (_, command) => {
    const session = openPlenary(9);
    session.do(3, { type: "registerSpeaker" });
    expect(rejection(session.attempt(4, command))).toEqual({ code: "NOT_PRESIDING", params: { presiding: "Anggota 1" }, article: "Pasal 14 huruf c" });
  });

  it("refuses opening and postponing by a member who is not chairing", () => {
    const session = new SessionDriver(makeCouncil(9));
    session.do(1, plenary());
    session.signIn(1, 2, 3, 4, 5, 6).at(PLANNED_START);
    expect(rejection(session.attempt(2, { type: "open" })).code).toBe("NOT_PRESIDING");
    expect(rejection(session.attempt(5, { type: "postpone" })).code).toBe("NOT_PRESIDING");
    expect(rejection(session.attempt(4, plenary())).code).toBe("WRONG_PHASE");
  });

  it("refuses strangers, and a timer where no timer acts", () => {
    const session = openPlenary(9);
    expect(rejection(session.attempt({ user: STRANGER_USER }, { type: "signIn" })).code).toBe("UNKNOWN_SENDER");
    expect(rejection(session.attempt("timer", { type: "close" })).code).toBe("NOT_FOR_TIMER");
  });

  it("lets the secretary record attendance but not vote (Pasal 73)", () => {
    const session = openPlenary(9, 8);
    session.do({ user: 999 }, { type: "signIn", member: "m9" });
    session.do(1, { type: "startVote", motion: "x" });
    expect(rejection(session.attempt({ user: 999 }, { type: "castVote", choice: "yes" })).code).toBe("SECRETARY_MAY_NOT_VOTE");
  });

  it("refuses malformed commands with the path", () => {
    const session = openPlenary(9);
    expect(rejection(session.attempt(1, { type: "giveFloor", seconds: -5 }))).toMatchObject({ code: "INVALID_COMMAND", params: { path: "seconds" } });
    expect(rejection(session.attempt(1, { type: "nonsense" } as unknown as SessionCommandInput)).code).toBe("INVALID_COMMAND");
  });
});
