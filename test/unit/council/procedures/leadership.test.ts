import { describe, expect, it } from "vitest";
import { pendingSteps } from "../../../../src/domain/council/procedures/pending-steps.ts";
import { decisionReference } from "../../../../src/domain/council/procedures/references.ts";
import { holdMeeting, makeCouncil, ProcedureDriver, rejectionOf, RULES, SECRETARY_USER } from "./procedure-kit.ts";
import { SessionDriver, ZONE } from "../session-kit.ts";
import { DateTime } from "luxon";

const secretary = { user: SECRETARY_USER };

describe("Pasal 16 ayat (1) and 13 ayat (4): until the leadership is set, the oldest presides with the youngest", () => {
  it("names the temporary leadership of a council without one, and lets it keep the record", () => {
    const council = makeCouncil(9, { noLeadership: true });
    const p = new ProcedureDriver(council);
    // m1 is the oldest (born 1960), m9 the youngest (1979).
    expect(rejectionOf(p.attempt(5, { type: "openLeadership", cause: "newTerm" })).code).toBe("NOT_RECORDER");
    p.do(1, { type: "openLeadership", cause: "newTerm" });
    expect(p.current.leadership).toMatchObject({ cause: "newTerm", temporary: { presiding: "m1", assisting: "m9" }, acting: null });
    expect(p.events[0]!.payload).toMatchObject({ citation: { article: "Pasal 16 ayat (1)" } });
    expect(pendingSteps(p.current, RULES).map((s) => [s.kind, s.office])).toEqual([
      ["elect", "chair"],
      ["elect", "viceChair"],
    ]);
  });
});

describe("Pasal 24-26: election in a plenary attended by 2/3, oath in an open plenary, handover", () => {
  const council = makeCouncil(9, { noLeadership: true });

  function electionMeeting(present: number, decisions: { motion: string; yes: number; no?: number }[], nature: "open" | "closed" = "open") {
    return holdMeeting(council, { start: "2026-11-10T09:00:00", present, decisions, nature });
  }

  it("records the elected chair and vice chair, then their oaths before the Bupati's official", () => {
    const p = new ProcedureDriver(council);
    p.do(1, { type: "openLeadership", cause: "newTerm" });
    const election = electionMeeting(7, [{ motion: "Anggota 3 sebagai Ketua", yes: 5, no: 2 }, { motion: "Anggota 4 sebagai Wakil Ketua", yes: 2, no: 5 }, { motion: "Anggota 5 sebagai Wakil Ketua", yes: 6 }]);
    p.do(1, { type: "recordElection", office: "chair", member: "m3", decision: election.decisions[0]! });
    expect(rejectionOf(p.attempt(1, { type: "recordElection", office: "viceChair", member: "m4", decision: election.decisions[1]! }))).toMatchObject({ code: "DECISION_NOT_PASSED" });
    expect(rejectionOf(p.attempt(1, { type: "recordElection", office: "viceChair", member: "m3", decision: election.decisions[2]! }))).toMatchObject({ code: "ELECTED_TO_OTHER_OFFICE", article: "Pasal 13 ayat (2)" });
    p.do(1, { type: "recordElection", office: "viceChair", member: "m5", decision: election.decisions[2]! });
    expect(pendingSteps(p.current, RULES).map((s) => [s.kind, s.office, s.citation.article])).toEqual([
      ["oath", "chair", "Pasal 25 ayat (1)"],
      ["oath", "viceChair", "Pasal 25 ayat (1)"],
    ]);

    const closed = holdMeeting(council, { start: "2026-11-17T09:00:00", present: 7, nature: "closed", invitees: [{ name: "Drs. Suwarno", description: "Camat, ditunjuk Bupati" }] });
    expect(rejectionOf(p.attempt(1, { type: "recordOath", office: "chair", meeting: closed.meeting, officiant: "i1" }))).toMatchObject({ code: "OPEN_MEETING_REQUIRED", article: "Pasal 25 ayat (1)" });
    const oath = holdMeeting(council, { start: "2026-11-17T09:00:00", members: [1, 2, 3, 4, 6, 7], invitees: [{ name: "Drs. Suwarno", description: "Camat, ditunjuk Bupati" }] });
    expect(rejectionOf(p.attempt(1, { type: "recordOath", office: "viceChair", meeting: oath.meeting, officiant: "i1" }))).toMatchObject({ code: "NOT_ATTENDING", params: { name: "Anggota 5" } });
    expect(rejectionOf(p.attempt(1, { type: "recordOath", office: "chair", meeting: oath.meeting, officiant: "i9" }))).toMatchObject({ code: "UNKNOWN_OFFICIANT", article: "Pasal 25 ayat (1)" });
    const [sworn] = p.do(1, { type: "recordOath", office: "chair", meeting: oath.meeting, officiant: "i1" });
    expect(sworn).toMatchObject({
      type: "oathTaken",
      payload: { member: "m3", officiant: "Drs. Suwarno, Camat, ditunjuk Bupati", citation: { article: "Pasal 25 ayat (2)" }, handedOverBy: "m1", handoverCitation: { article: "Pasal 26" } },
    });
    const full = holdMeeting(council, { start: "2026-11-18T09:00:00", present: 9, invitees: [{ name: "Drs. Suwarno", description: "Camat" }] });
    p.do(1, { type: "recordOath", office: "viceChair", meeting: full.meeting, officiant: "i1" });
    expect(p.current.status).toBe("done");
    expect(RULES.procedures.leadership.oath.wording.text).toMatch(/^Demi Allah \(Tuhan\), saya bersumpah\/berjanji bahwa saya akan memenuhi kewajiban saya selaku Ketua\/Wakil Ketua BPD/);
  });

  it("refuses an election in a closed meeting (Pasal 42 huruf b), and one the result names someone else", () => {
    const p = new ProcedureDriver(council);
    p.do(1, { type: "openLeadership", cause: "newTerm" });
    const closed = electionMeeting(7, [{ motion: "Ketua", yes: 6 }], "closed");
    expect(rejectionOf(p.attempt(1, { type: "recordElection", office: "chair", member: "m3", decision: closed.decisions[0]! }))).toMatchObject({ code: "CLOSED_MEETING_MATTER", article: "Pasal 42 huruf b" });

    const start = DateTime.fromISO("2026-11-10T09:00:00", { zone: ZONE });
    const s = new SessionDriver(council, { now: start.minus({ minutes: 30 }) });
    s.do(1, { type: "schedule", kind: "plenary", nature: "open", agenda: ["Pemilihan"], place: "Balai", plannedStart: start, speakingTimeSeconds: 300, leadershipElection: true });
    for (let n = 1; n <= 7; n++) s.do(n, { type: "signIn" });
    s.at(start).do(1, { type: "open" });
    s.do(1, { type: "startVote", motion: "Pemilihan Ketua", candidates: ["m3", "m4"] });
    for (let n = 1; n <= 7; n++) s.do(n, { type: "castVote", choice: n <= 5 ? "m4" : "m3" });
    s.do(1, { type: "closeVote" });
    s.do(1, { type: "close" });
    const ballot = decisionReference(900, 90, s.state, s.events, 1, null)!;
    expect(ballot).toMatchObject({ elected: "m4", approvals: 5, present: 7 });
    expect(rejectionOf(p.attempt(1, { type: "recordElection", office: "chair", member: "m3", decision: ballot }))).toMatchObject({ code: "ELECTED_MISMATCH", params: { elected: "Anggota 4", member: "Anggota 3" } });
    p.do(1, { type: "recordElection", office: "chair", member: "m4", decision: ballot });
    expect(p.current.leadership!.offices[0]).toMatchObject({ office: "chair", elected: { member: "m4" } });
  });
});

describe("Pasal 15 and 27-29: a vacancy is filled, ratified in a plenary and sworn in", () => {
  it("lets the vice chair act for a vacant chair (Pasal 15 ayat (3)) and ratifies the election (Pasal 28)", () => {
    const council = makeCouncil(9);
    const p = new ProcedureDriver(council);
    expect(rejectionOf(p.attempt(secretary, { type: "openLeadership", cause: "vacancy" }))).toMatchObject({ code: "VACANCY_REQUIRED", article: "Pasal 27" });
    p.do(secretary, { type: "openLeadership", cause: "vacancy", vacated: [{ office: "chair", reason: "died" }] });
    expect(p.current.leadership).toMatchObject({ cause: "vacancy", temporary: null, acting: "m2", offices: [{ office: "chair", vacated: { member: "m1", reason: "died" } }] });
    const election = holdMeeting(council, { start: "2026-11-10T09:00:00", present: 7, decisions: [{ motion: "Anggota 6 sebagai Ketua", yes: 6 }] });
    const [elected] = p.do(secretary, { type: "recordElection", office: "chair", member: "m6", decision: election.decisions[0]! });
    expect(elected).toMatchObject({ payload: { citation: { article: "Pasal 28" } } });
    expect(rejectionOf(p.attempt(secretary, { type: "recordElection", office: "viceChair", member: "m7", decision: election.decisions[0]! }))).toMatchObject({ code: "OFFICE_NOT_OPEN" });
  });

  it("puts the oldest remaining member in the chair when both offices fall vacant (Pasal 15 ayat (4))", () => {
    const council = makeCouncil(9);
    const p = new ProcedureDriver(council);
    p.do(secretary, { type: "openLeadership", cause: "vacancy", vacated: [{ office: "chair", reason: "resigned" }, { office: "viceChair", reason: "died" }] });
    expect(p.current.leadership).toMatchObject({ temporary: { presiding: "m3", assisting: "m9" }, acting: null });
    expect(p.events[0]!.payload).toMatchObject({ citation: { article: "Pasal 15 ayat (4)" } });
  });
});
