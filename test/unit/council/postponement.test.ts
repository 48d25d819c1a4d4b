import { describe, expect, it } from "vitest";
import { pendingTimers, timersAfter } from "../../../src/domain/council/timers.ts";
import { makeCouncil, PLANNED_START, plenary, range, rejection, SessionDriver } from "./session-kit.ts";

function scheduled(size: number, leadershipElection = false): SessionDriver {
  const session = new SessionDriver(makeCouncil(size));
  session.do(1, plenary({ leadershipElection, agenda: leadershipElection ? ["Pemilihan Pimpinan BPD"] : ["Laporan"] }));
  return session;
}

describe("Pasal 45 ayat (1): quorum missing at the planned start → postponed at most one hour", () => {
  it("stores a timer for the planned start, which postpones for the chair", () => {
    const session = scheduled(9);
    expect(pendingTimers(session.state, "Asia/Jakarta")).toEqual([
      { key: "plannedStart:1:2025-03-10T09:00:00.000+07:00", kind: "plannedStart", dueAt: "2025-03-10T09:00:00.000+07:00", command: { type: "postpone" } },
    ]);
    session.signIn(1, 2, 3, 4, 5);
    expect(rejection(session.attempt("timer", { type: "postpone" }))).toMatchObject({ code: "BEFORE_PLANNED_START", article: "Pasal 45 ayat (1)" });

    session.at(PLANNED_START);
    const before = session.state;
    const [postponed] = session.do("timer", { type: "postpone" });
    expect(postponed).toMatchObject({
      type: "sessionPostponed",
      payload: { stage: 1, until: "2025-03-10T10:00:00.000+07:00", maxMinutes: 60, present: 5, required: 6, citation: { article: "Pasal 45 ayat (1)" } },
      actor: { kind: "member", id: "m1" },
      recordedBy: null,
    });
    expect(timersAfter(before, [postponed!], "Asia/Jakarta")).toEqual({
      schedule: [{ key: "postponementEnd:1:2025-03-10T10:00:00.000+07:00", kind: "postponementEnd", dueAt: "2025-03-10T10:00:00.000+07:00", command: { type: "postpone" } }],
      cancel: ["plannedStart:1:2025-03-10T09:00:00.000+07:00"],
    });
  });

  it("refuses a postponement longer than an hour, or one with quorum present", () => {
    const session = scheduled(9);
    session.signIn(1, 2, 3).at(PLANNED_START);
    expect(rejection(session.attempt(1, { type: "postpone", until: PLANNED_START.plus({ minutes: 61 }) }))).toEqual({
      code: "POSTPONEMENT_TOO_LONG",
      params: { maxMinutes: 60 },
      article: "Pasal 45 ayat (1)",
    });
    session.signIn(4, 5, 6);
    expect(rejection(session.attempt(1, { type: "postpone" })).code).toBe("QUORUM_PRESENT");
  });

  it("opens as soon as quorum is reached during the postponement", () => {
    const session = scheduled(9);
    session.signIn(1, 2, 3, 4, 5).at(PLANNED_START);
    session.do(1, { type: "postpone", until: PLANNED_START.plus({ minutes: 30 }) });
    session.advance({ minutes: 20 });
    expect(session.types(session.do(6, { type: "signIn" }))).toEqual(["memberSignedIn", "quorumReached"]);
    expect(session.do(1, { type: "open" })[0]?.type).toBe("sessionOpened");
    expect(pendingTimers(session.state, "Asia/Jakarta")).toEqual([]);
  });
});

describe("Pasal 45 ayat (2): still no quorum after the hour → postponed to a time the chair sets", () => {
  it("asks the chair for the time, then waits until it", () => {
    const session = scheduled(7);
    session.signIn(1, 2, 3).at(PLANNED_START);
    session.do("timer", { type: "postpone" });

    session.advance({ minutes: 30 });
    expect(rejection(session.attempt(1, { type: "postpone", until: PLANNED_START.plus({ hours: 5 }) })).code).toBe("POSTPONEMENT_RUNNING");

    session.advance({ minutes: 30 });
    expect(rejection(session.attempt("timer", { type: "postpone" }))).toEqual({ code: "UNTIL_REQUIRED", params: { stage: 2 }, article: "Pasal 45 ayat (2)" });
    expect(rejection(session.attempt(1, { type: "postpone", until: session.now.minus({ minutes: 1 }) })).code).toBe("UNTIL_NOT_FUTURE");

    const afternoon = PLANNED_START.set({ hour: 14 });
    const [second] = session.do(1, { type: "postpone", until: afternoon });
    expect(second?.payload).toMatchObject({ stage: 2, until: "2025-03-10T14:00:00.000+07:00", maxMinutes: null, citation: { article: "Pasal 45 ayat (2)" } });

    session.at(afternoon);
    expect(rejection(session.attempt(1, { type: "open" })).code).toBe("NO_QUORUM");
    session.signIn(4, 5);
    expect(session.do(1, { type: "open" })[0]?.payload).toMatchObject({ present: 5, required: 5, withoutQuorum: false });
  });
});

describe("Pasal 24: the leadership election waits two hours at most, then goes ahead", () => {
  it("postpones an hour (ayat (2)), another hour (ayat (3)), then opens without quorum", () => {
    const session = scheduled(9, true);
    expect(session.state.setup?.quorum).toMatchObject({ required: 6, citation: { article: "Pasal 24 ayat (1)" } });
    session.signIn(...range(1, 4)).at(PLANNED_START);

    const [first] = session.do("timer", { type: "postpone" });
    expect(first?.payload).toMatchObject({ stage: 1, until: "2025-03-10T10:00:00.000+07:00", citation: { article: "Pasal 24 ayat (2)" } });

    session.advance({ hours: 1 });
    const [second] = session.do("timer", { type: "postpone" });
    expect(second?.payload).toMatchObject({ stage: 2, until: "2025-03-10T11:00:00.000+07:00", maxMinutes: 60, citation: { article: "Pasal 24 ayat (3)" } });

    session.advance({ minutes: 30 });
    expect(rejection(session.attempt(1, { type: "open" }))).toEqual({
      code: "NO_QUORUM",
      params: { present: 4, members: 9, required: 6 },
      article: "Pasal 24 ayat (1)",
    });

    session.advance({ minutes: 30 });
    expect(rejection(session.attempt("timer", { type: "postpone" }))).toEqual({ code: "ELECTION_GOES_AHEAD", params: {}, article: "Pasal 24 ayat (3)" });
    const [opened] = session.do(1, { type: "open" });
    expect(opened?.payload).toMatchObject({ present: 4, required: 6, withoutQuorum: true, citation: { article: "Pasal 24 ayat (3)" } });
  });

  it("is held in an open plenary only (Pasal 24 ayat (1), Pasal 42 huruf b)", () => {
    const notPlenary = new SessionDriver(makeCouncil(9));
    expect(rejection(notPlenary.attempt(1, plenary({ kind: "steeringCommittee", leadershipElection: true }))).code).toBe("ELECTION_ONLY_IN_PLENARY");
    expect(rejection(notPlenary.attempt(1, plenary({ nature: "closed", leadershipElection: true })))).toEqual({
      code: "CLOSED_MEETING_MATTER",
      params: { matter: "pemilihan Ketua atau Wakil Ketua BPD" },
      article: "Pasal 42 huruf b",
    });
  });

  it("while no leadership is set, the oldest member chairs, assisted by the youngest (Pasal 16 ayat (1))", () => {
    const session = new SessionDriver(makeCouncil(7, { noLeadership: true }));
    expect(rejection(session.attempt(3, plenary({ leadershipElection: true }))).code).toBe("NOT_CONVENER");
    session.do(1, plenary({ leadershipElection: true }));
    expect(session.state.setup).toMatchObject({ presiding: "m1", assisting: "m7" });
  });
});
