import { describe, expect, it } from "vitest";
import type { MajorityKind } from "../../../src/domain/council/rule-book.ts";
import { ballotOf } from "../../../src/domain/council/session-state.ts";
import type { SessionEvent } from "../../../src/domain/council/session-events.ts";
import { makeCouncil, openPlenary, PLANNED_START, plenary, range, rejection, SessionDriver } from "./session-kit.ts";

/** Runs a vote: the first `yes` present members vote yes, the next `no` vote no, the rest abstain. */
function vote(session: SessionDriver, majority: MajorityKind, yes: number, no: number, present: readonly number[]): SessionEvent {
  session.do(1, { type: "startVote", motion: "Usul yang diputuskan", majority });
  present.forEach((n, i) => session.do(n, { type: "castVote", choice: i < yes ? "yes" : i < yes + no ? "no" : "abstain" }));
  const [closed] = session.do(1, { type: "closeVote" });
  return closed!;
}

describe("Pasal 60 ayat (1): consensus is tried first and recorded as such", () => {
  it("records a consensus decision", () => {
    const session = openPlenary(7);
    const [recorded] = session.do(1, { type: "recordConsensus", motion: "Jadwal rapat kerja disetujui" });
    expect(recorded?.payload).toMatchObject({ decisionNo: 1, present: 7, majority: "ordinary", citation: { article: "Pasal 60 ayat (1)" } });
    expect(session.state.decisions).toEqual([expect.objectContaining({ how: "consensus", passed: true, result: null })]);
  });
});

describe("Pasal 60 ayat (4) with Pasal 30 ayat (3): an ordinary decision needs more than half of those present", () => {
  it.each([
    [9, 9, 5, true],
    [9, 9, 4, false],
    [9, 8, 5, true],
    [9, 8, 4, false],
    [9, 7, 4, true],
    [7, 5, 3, true],
    [5, 4, 2, false],
    [11, 8, 5, true],
  ])("council %d, %d present, %d yes → passed %s", (size, present, yes, passed) => {
    const session = openPlenary(size, present);
    const closed = vote(session, "ordinary", yes, 1, range(1, present));
    expect(closed.payload).toMatchObject({
      result: { kind: "motion", present, threshold: Math.floor(present / 2) + 1, passed, citation: { article: "Pasal 60 ayat (4)" } },
    });
  });

  it("counts abstentions as present but not in favour", () => {
    const session = openPlenary(9, 9);
    const closed = vote(session, "ordinary", 4, 1, range(1, 9));
    expect(closed.payload).toMatchObject({ result: { tally: { yes: 4, no: 1, abstain: 4 }, threshold: 5, passed: false } });
  });
});

describe("Pasal 7 ayat (4), Pasal 8 ayat (5), Pasal 75 ayat (3): special majorities of all members", () => {
  const cases: [MajorityKind, string][] = [
    ["villageHeadInformation", "Pasal 7 ayat (4)"],
    ["villageRegulationInitiative", "Pasal 8 ayat (5)"],
    ["rulesChange", "Pasal 75 ayat (3)"],
  ];

  it.each(cases)("%s passes with 2/3 of all members (6 of 9), %s", (majority, article) => {
    const closed = vote(openPlenary(9, 9), majority, 6, 3, range(1, 9));
    expect(closed.payload).toMatchObject({ result: { threshold: 6, allMembers: 9, passed: true, citation: { article } } });
  });

  it.each(cases)("%s fails with 5 of 9 even though that is a majority of those present (%s)", (majority, article) => {
    const closed = vote(openPlenary(9, 7), majority, 5, 2, range(1, 7));
    expect(closed.payload).toMatchObject({ result: { threshold: 6, present: 7, passed: false, citation: { article } } });
  });

  it("needs 8 of 11", () => {
    expect(vote(openPlenary(11, 11), "rulesChange", 7, 4, range(1, 11)).payload).toMatchObject({ result: { threshold: 8, passed: false } });
    expect(vote(openPlenary(11, 11), "rulesChange", 8, 3, range(1, 11)).payload).toMatchObject({ result: { threshold: 8, passed: true } });
  });

  it("is taken only in a plenary (Pasal 7 ayat (4), 8 ayat (4), 75 ayat (2))", () => {
    const session = new SessionDriver(makeCouncil(9));
    session.do(1, plenary({ kind: "steeringCommittee" }));
    session.signIn(1, 2).at(PLANNED_START);
    session.do(1, { type: "open" });
    expect(rejection(session.attempt(1, { type: "startVote", motion: "Perubahan tata tertib", majority: "rulesChange" }))).toMatchObject({
      code: "PLENARY_ONLY",
      article: "Pasal 75 ayat (2)",
    });
  });
});

describe("each member votes once, sees their own vote, and the result is frozen at close", () => {
  it("refuses a second vote and ballots after the close", () => {
    const session = openPlenary(7);
    session.do(1, { type: "startVote", motion: "Menerima laporan" });
    session.do(3, { type: "castVote", choice: "no" });
    expect(rejection(session.attempt(3, { type: "castVote", choice: "yes" }))).toEqual({ code: "ALREADY_VOTED", params: { voteNo: 1 } });
    expect(ballotOf(session.state, 1, "m3")).toBe("no");
    expect(rejection(session.attempt(4, { type: "castVote", choice: "maybe" })).code).toBe("INVALID_CHOICE");
    range(4, 7).forEach((n) => session.do(n, { type: "castVote", choice: "yes" }));
    session.do(1, { type: "closeVote" });
    const frozen = session.state.votes[0]?.result;
    expect(rejection(session.attempt(1, { type: "castVote", choice: "yes" })).code).toBe("NO_VOTE_RUNNING");
    expect(session.state.votes[0]?.result).toBe(frozen);
    expect(session.state.decisions[0]).toMatchObject({ how: "vote", passed: true, result: { tally: { yes: 4, no: 1, abstain: 0 }, threshold: 4 } });
  });

  it("lets the chair vote for a member without Telegram, recorded by the chair, but not for one with Telegram", () => {
    const session = openPlenary(5, 5, { withoutTelegram: [5] });
    session.do(1, { type: "startVote", motion: "Menerima laporan" });
    const [cast] = session.do(1, { type: "castVote", choice: "yes", member: "m5" });
    expect(cast).toMatchObject({ actor: { kind: "member", id: "m5" }, recordedBy: 1001, payload: { voter: "m5" } });
    expect(rejection(session.attempt(1, { type: "castVote", choice: "yes", member: "m4" }))).toEqual({ code: "MEMBER_HAS_TELEGRAM", params: { name: "Anggota 4" } });
    expect(rejection(session.attempt(2, { type: "castVote", choice: "yes", member: "m5" })).code).toBe("NOT_RECORDER");
  });

  it("keeps the base of members who voted and then left", () => {
    const session = openPlenary(9, 9);
    session.do(1, { type: "startVote", motion: "Menerima laporan" });
    range(1, 5).forEach((n) => session.do(n, { type: "castVote", choice: "yes" }));
    session.do(5, { type: "leave" });
    session.do(1, { type: "closeVote" });
    expect(session.state.votes[0]?.result).toMatchObject({ present: 9, threshold: 5, passed: true });
  });

  it("refuses to close without quorum; the chair may cancel", () => {
    const session = openPlenary(9, 6);
    session.do(1, { type: "startVote", motion: "Menerima laporan" });
    session.do(6, { type: "leave" });
    expect(rejection(session.attempt(1, { type: "closeVote" }))).toMatchObject({ code: "NO_QUORUM", params: { present: 5, required: 6 } });
    session.do(1, { type: "cancelVote", reason: "Kuorum hilang" });
    expect(session.state.votes[0]?.status).toBe("cancelled");
  });

  it("records a show of hands counted by the chair", () => {
    const session = openPlenary(9, 7);
    const [recorded] = session.do(1, { type: "recordShowOfHands", motion: "Menerima laporan", yes: 4, no: 2, abstain: 1 });
    expect(recorded?.payload).toMatchObject({ voteNo: 1, decisionNo: 1, result: { threshold: 4, present: 7, passed: true } });
    expect(rejection(session.attempt(1, { type: "recordShowOfHands", motion: "x", yes: 6, no: 2, abstain: 0 })).code).toBe("COUNTS_EXCEED_PRESENT");
    expect(rejection(session.attempt(2, { type: "recordShowOfHands", motion: "x", yes: 1, no: 0, abstain: 0 })).code).toBe("NOT_PRESIDING");
  });
});

describe("elections of persons by secret ballot", () => {
  it("elects the candidate with more than half of those present; each voter sees only their own ballot", () => {
    const session = openPlenary(7);
    expect(rejection(session.attempt(1, { type: "startVote", motion: "x", secret: true })).code).toBe("SECRET_ONLY_FOR_ELECTIONS");
    session.do(1, { type: "startVote", motion: "Pemilihan Ketua Panitia", secret: true, candidates: ["m3", "m4"] });
    ["m3", "m3", "m4", "m3", "m4", "abstain", "m3"].forEach((choice, i) => session.do(i + 1, { type: "castVote", choice }));
    const [closed] = session.do(1, { type: "closeVote" });
    expect(closed?.payload).toMatchObject({
      result: { kind: "election", tally: [{ candidate: "m3", votes: 4 }, { candidate: "m4", votes: 2 }], abstain: 1, threshold: 4, elected: "m3" },
    });
    expect(ballotOf(session.state, 1, "m5")).toBe("m4");
    expect(session.events.filter((e) => e.type === "voteCast").every((e) => e.type === "voteCast" && e.payload.secret)).toBe(true);
  });
});

describe("Pasal 42: a closed meeting may decide, except the matters listed", () => {
  function closedPlenary() {
    const session = new SessionDriver(makeCouncil(9));
    session.do(1, plenary({ nature: "closed" }));
    session.signIn(...range(1, 9)).at(PLANNED_START);
    session.do(1, { type: "open" });
    return session;
  }

  it("refuses the village budget (huruf c) by vote, consensus or show of hands", () => {
    const session = closedPlenary();
    const expected = { code: "CLOSED_MEETING_MATTER", params: { matter: "penetapan Anggaran Pendapatan dan Belanja Desa" }, article: "Pasal 42 huruf c" };
    expect(rejection(session.attempt(1, { type: "startVote", motion: "APB Desa 2025", matter: "villageBudget" }))).toEqual(expected);
    expect(rejection(session.attempt(1, { type: "recordConsensus", motion: "APB Desa 2025", matter: "villageBudget" }))).toEqual(expected);
    expect(rejection(session.attempt(1, { type: "recordShowOfHands", motion: "APB Desa 2025", matter: "villageBudget", yes: 9, no: 0, abstain: 0 }))).toEqual(expected);
  });

  it("decides other matters in a closed meeting, and the listed ones in an open one", () => {
    expect(closedPlenary().attempt(1, { type: "startVote", motion: "Jadwal kunjungan kerja" }).ok).toBe(true);
    const [started] = openPlenary(9).do(1, { type: "startVote", motion: "APB Desa 2025", matter: "villageBudget" });
    expect(started?.payload).toMatchObject({ matter: "villageBudget" });
  });
});
