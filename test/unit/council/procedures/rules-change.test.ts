import { describe, expect, it } from "vitest";
import { decisionIn, makeCouncil, ProcedureDriver, rejectionOf } from "./procedure-kit.ts";

const council = makeCouncil(9);

function proposed(): ProcedureDriver {
  const p = new ProcedureDriver(council);
  p.do(3, { type: "openProposal", procedure: "rulesChange", title: "Jam rapat malam", text: "Mengubah jam rapat malam menjadi 19.00-22.00." });
  p.do(4, { type: "sign" });
  p.do(5, { type: "sign" });
  return p;
}

describe("Pasal 75: changing the rules of procedure", () => {
  it("is proposed by at least 1/3 of the members (ayat (1))", () => {
    const p = new ProcedureDriver(council);
    p.do(3, { type: "openProposal", procedure: "rulesChange", title: "Jam rapat", text: "Ubah jam." });
    expect(p.current.proposal).toMatchObject({ required: 3, citation: { article: "Pasal 75 ayat (1)" } });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: decisionIn(council, { present: 9, yes: 9 }) }))).toMatchObject({ code: "NOT_ENOUGH_SIGNATURES", article: "Pasal 75 ayat (1)" });
  });

  it("is discussed in a plenary attended by 2/3 (ayat (2)) and adopted by 2/3 of all members (ayat (3))", () => {
    const p = proposed();
    const decision = decisionIn(council, { present: 6, yes: 6 });
    const thin = { ...decision, meeting: { ...decision.meeting, attendees: decision.meeting.attendees.slice(0, 5) } };
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: thin }))).toMatchObject({ code: "ATTENDANCE_TOO_LOW", params: { attended: 5, required: 6 }, article: "Pasal 75 ayat (2)" });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: decisionIn(council, { present: 8, yes: 5, no: 3 }) }))).toMatchObject({
      code: "SPECIAL_MAJORITY_NOT_REACHED",
      params: { approvals: 5, required: 6 },
      article: "Pasal 75 ayat (3)",
    });
    p.do(1, { type: "decide", decision });
    expect(p.current).toMatchObject({ status: "done", decision: { outcome: "approved" } });
  });
});
