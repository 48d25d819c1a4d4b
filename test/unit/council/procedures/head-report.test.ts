import { describe, expect, it } from "vitest";
import { pendingSteps } from "../../../../src/domain/council/procedures/pending-steps.ts";
import { decisionIn, holdMeeting, makeCouncil, ProcedureDriver, rejectionOf, RULES, SECRETARY_USER } from "./procedure-kit.ts";

const council = makeCouncil(9);
const secretary = { user: SECRETARY_USER };

function annualReport(year = 2026): ProcedureDriver {
  const p = new ProcedureDriver(council, undefined, 1).at("2027-01-05T10:00:00");
  p.do(secretary, { type: "openHeadReport", basis: "annual", budgetYear: year });
  return p;
}

describe("Pasal 4 ayat (1): the report is heard by at least 2/3 of all members", () => {
  it("refuses a meeting attended by 5 of 9, saying how many came and how many were needed", () => {
    const p = annualReport();
    const thin = holdMeeting(council, { start: "2027-02-10T09:00:00", present: 5, neverOpen: true });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, meeting: thin.meeting }))).toEqual({
      code: "ATTENDANCE_TOO_LOW",
      params: { attended: 5, required: 6, members: 9, numerator: 2, denominator: 3, date: "2027-02-10T09:00:00.000+07:00" },
      article: "Pasal 4 ayat (1)",
    });
    // Six signed in, but the chair called it off without opening: no valid meeting (Pasal 30 ayat (3)).
    const notOpened = holdMeeting(council, { start: "2027-02-11T09:00:00", present: 6, neverOpen: true });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, meeting: notOpened.meeting }))).toMatchObject({ code: "MEETING_NOT_OPENED", article: "Pasal 30 ayat (3)" });
    const held = holdMeeting(council, { start: "2027-02-12T09:00:00", present: 6 });
    p.do(1, { type: "recordStage", stage: 1, meeting: held.meeting });
    expect(p.current.stages[0]).toMatchObject({ stage: 1, meeting: { attended: 6, councilSize: 9 } });
  });

  it("checks the attendance of the decision's meeting in stage III too", () => {
    const p = annualReport();
    p.do(1, { type: "recordStage", stage: 1, meeting: holdMeeting(council, { start: "2027-02-12T09:00:00", present: 6 }).meeting });
    p.do(1, { type: "recordStage", stage: 2, meeting: holdMeeting(council, { start: "2027-02-19T09:00:00", present: 7 }).meeting });
    const thin = { ...decisionIn(council, { start: "2027-02-26T09:00:00", present: 6, yes: 6 }) };
    const fewer = { ...thin, meeting: { ...thin.meeting, attendees: thin.meeting.attendees.slice(0, 5) } };
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 3, decision: fewer }))).toMatchObject({ code: "ATTENDANCE_TOO_LOW", params: { attended: 5, required: 6 } });
    p.do(1, { type: "recordStage", stage: 3, decision: thin });
    expect(p.current.status).toBe("done");
  });
});

describe("Pasal 4 ayat (3): the annual report, due 3 months after the budget year ends (read as 'paling lambat')", () => {
  it("is due on 31 March of the next year and says which reading it takes", () => {
    const p = annualReport(2026);
    expect(p.current.report).toMatchObject({ basis: "annual", budgetYear: 2026, due: "2027-03-31" });
    expect(p.current.report!.reading).toContain('dibaca "paling lambat"');
    expect(p.current.report!.reading).toContain('"paling singkat"');
    expect(RULES.headReport.annualDeadline.note).toContain("paling singkat");
  });

  it("records stage I on time, and a late one with the finding that it is late", () => {
    const onTime = annualReport(2026);
    const [recorded] = onTime.do(1, { type: "recordStage", stage: 1, meeting: holdMeeting(council, { start: "2027-03-31T09:00:00", present: 6 }).meeting });
    expect(recorded).toMatchObject({ payload: { deadline: { due: "2027-03-31", heldOn: "2027-03-31", met: true, citation: { article: "Pasal 4 ayat (3)" } } } });
    const late = annualReport(2026);
    const [lateRecord] = late.do(1, { type: "recordStage", stage: 1, meeting: holdMeeting(council, { start: "2027-04-01T09:00:00", present: 6 }).meeting });
    expect(lateRecord).toMatchObject({ payload: { deadline: { due: "2027-03-31", heldOn: "2027-04-01", met: false } } });
    expect(rejectionOf(new ProcedureDriver(council).attempt(secretary, { type: "openHeadReport", basis: "annual" }))).toMatchObject({
      code: "BUDGET_YEAR_REQUIRED",
      article: "Pasal 4 ayat (3)",
    });
  });
});

describe("Pasal 4 ayat (4): at the end of the term, at the latest 3 months before the term ends", () => {
  it("is due three months before the last day of the term", () => {
    const p = new ProcedureDriver(council);
    p.do(1, { type: "openHeadReport", basis: "endOfTerm", termEnds: "2027-08-15" });
    expect(p.current.report).toMatchObject({ basis: "endOfTerm", termEnds: "2027-08-15", due: "2027-05-15", reading: null });
    const [late] = p.do(1, { type: "recordStage", stage: 1, meeting: holdMeeting(council, { start: "2027-06-01T09:00:00", present: 6 }).meeting });
    expect(late).toMatchObject({ payload: { deadline: { due: "2027-05-15", met: false, citation: { article: "Pasal 4 ayat (4)" } } } });
  });
});

describe("Pasal 5-6: stages I-III in plenaries, unless the Panitia Musyawarah decides otherwise", () => {
  it("rests stages I and II on meetings and stage III on the plenary's decision", () => {
    const p = annualReport();
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "stage", stage: 1, reference: "meeting", citation: { article: "Pasal 6 ayat (1)" } }]);
    const stage1 = holdMeeting(council, { start: "2027-02-12T09:00:00", present: 6 });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: decisionIn(council, { present: 6, yes: 5 }) }))).toMatchObject({ code: "REFERENCE_REQUIRED" });
    p.do(1, { type: "recordStage", stage: 1, meeting: stage1.meeting });
    const committee = holdMeeting(council, { kind: "steeringCommittee", start: "2027-02-13T09:00:00", present: 2 });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 2, meeting: committee.meeting }))).toMatchObject({ code: "WRONG_MEETING_KIND", article: "Pasal 6 ayat (2)" });
    expect(rejectionOf(p.attempt(1, { type: "waiveStages", stages: [3], decision: decisionIn(council, { kind: "steeringCommittee", start: "2027-02-13T09:00:00", present: 2, yes: 2 }) }))).toMatchObject({
      code: "NOT_WAIVABLE",
      article: "Pasal 62 ayat (1)",
    });
    p.do(1, { type: "waiveStages", stages: [2], decision: decisionIn(council, { kind: "steeringCommittee", start: "2027-02-13T09:00:00", present: 2, yes: 2 }) });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 3, meeting: stage1.meeting }))).toMatchObject({ code: "REFERENCE_REQUIRED", params: { reference: "decision" } });
    p.do(1, { type: "recordStage", stage: 3, decision: decisionIn(council, { start: "2027-02-20T09:00:00", present: 6, yes: 4, no: 2, motion: "Mengesahkan LPJ 2026" }) });
    expect(p.current).toMatchObject({ status: "done", waived: [2] });
  });
});
