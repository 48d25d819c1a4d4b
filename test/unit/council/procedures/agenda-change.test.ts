import { describe, expect, it } from "vitest";
import { decisionIn, makeCouncil, ProcedureDriver, rejectionOf } from "./procedure-kit.ts";

const council = makeCouncil(9);
const change = { type: "openProposal", procedure: "agendaChange", title: "Tambah acara banjir", text: "Menambah acara: laporan penanganan banjir.", meetingDate: "2026-11-25" } as const;

describe("Pasal 58 ayat (3): an agenda change is proposed at the latest 2 days before the meeting", () => {
  it("refuses a proposal made 1 day before, saying the date by which it had to come", () => {
    const p = new ProcedureDriver(council).at("2026-11-24T08:00:00");
    expect(rejectionOf(p.attempt(3, change))).toEqual({
      code: "AGENDA_CHANGE_TOO_LATE",
      params: { meetingDate: "2026-11-25", deadline: "2026-11-23", days: 2, today: "2026-11-24" },
      article: "Pasal 58 ayat (3)",
    });
    expect(p.state).toBeNull();
  });

  it("accepts one made 2 days before, and refuses a signature that comes after the deadline", () => {
    const p = new ProcedureDriver(council).at("2026-11-23T20:00:00");
    p.do(3, change);
    expect(p.current).toMatchObject({ meetingDate: "2026-11-25", deadline: "2026-11-23", proposal: { required: 3, citation: { article: "Pasal 58 ayat (1)" } } });
    p.do(4, { type: "sign" });
    p.at("2026-11-24T07:00:00");
    expect(rejectionOf(p.attempt(5, { type: "sign" }))).toMatchObject({ code: "AGENDA_CHANGE_TOO_LATE", params: { deadline: "2026-11-23" } });
  });

  it("needs the meeting's date", () => {
    const p = new ProcedureDriver(council);
    const { meetingDate: _, ...withoutDate } = change;
    expect(rejectionOf(p.attempt(3, withoutDate))).toMatchObject({ code: "MEETING_DATE_REQUIRED", article: "Pasal 58 ayat (3)" });
    expect(rejectionOf(p.attempt(3, { ...change, meetingDate: "2026-02-30" }))).toMatchObject({ code: "INVALID_DATE" });
  });
});

describe("Pasal 58 ayat (1) and (4): proposed by 1/3 of the members, decided by the Panitia Musyawarah", () => {
  function complete(): ProcedureDriver {
    const p = new ProcedureDriver(council).at("2026-11-20T10:00:00");
    p.do(3, change);
    p.do(4, { type: "sign" });
    return p;
  }

  it("is decided by a Panitia Musyawarah meeting, not a plenary, and not after the meeting", () => {
    const p = complete();
    const committee = decisionIn(council, { kind: "steeringCommittee", start: "2026-11-21T09:00:00", present: 2, yes: 2 });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: committee }))).toMatchObject({ code: "NOT_ENOUGH_SIGNATURES", params: { signed: 2, required: 3 }, article: "Pasal 58 ayat (1)" });
    p.do(5, { type: "sign" });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: decisionIn(council, { start: "2026-11-21T09:00:00", present: 6, yes: 6 }) }))).toMatchObject({
      code: "WRONG_MEETING_KIND",
      article: "Pasal 58 ayat (4)",
    });
    const afterwards = decisionIn(council, { kind: "steeringCommittee", start: "2026-11-26T09:00:00", present: 2, yes: 2 });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: afterwards }))).toMatchObject({ code: "DECIDED_AFTER_MEETING", params: { meetingDate: "2026-11-25", decidedOn: "2026-11-26" } });
    p.do(1, { type: "decide", decision: committee });
    expect(p.current).toMatchObject({ status: "done", decision: { outcome: "approved" } });
  });
});
