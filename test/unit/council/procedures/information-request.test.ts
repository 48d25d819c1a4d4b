import { describe, expect, it } from "vitest";
import { pendingSteps } from "../../../../src/domain/council/procedures/pending-steps.ts";
import { decisionIn, makeCouncil, ProcedureDriver, rejectionOf, RULES, SECRETARY_USER } from "./procedure-kit.ts";

const council = makeCouncil(9);
const secretary = { user: SECRETARY_USER };

function numberedRequest(): ProcedureDriver {
  const p = new ProcedureDriver(council);
  p.do(3, { type: "openProposal", procedure: "informationRequest", title: "Keterangan proyek jalan", text: "Meminta keterangan tentang proyek jalan desa." });
  p.do(4, { type: "sign" });
  p.do(5, { type: "sign" });
  p.do(secretary, { type: "number", number: "1/KET/2026" });
  return p;
}

const committee = () => decisionIn(council, { kind: "steeringCommittee", start: "2026-11-05T09:00:00", present: 2, yes: 2 });

describe("Pasal 7 ayat (4)-(5): considered by the Panitia Musyawarah, decided by 2/3 of all members in a plenary", () => {
  it("waits for the Panitia Musyawarah, then takes 6 of 9 in a plenary", () => {
    const p = numberedRequest();
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "consider", from: "steeringCommittee", citation: { article: "Pasal 7 ayat (5)" } }]);
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: decisionIn(council, { present: 6, yes: 6 }) }))).toMatchObject({ code: "NOT_CONSIDERED", article: "Pasal 7 ayat (5)" });
    expect(rejectionOf(p.attempt(1, { type: "consider", decision: decisionIn(council, { present: 6, yes: 6 }) }))).toMatchObject({ code: "WRONG_MEETING_KIND", article: "Pasal 7 ayat (5)" });
    p.do(1, { type: "consider", decision: committee() });
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "decide", from: "plenary", citation: { article: "Pasal 7 ayat (4)" } }]);
    const fiveOfSeven = decisionIn(council, { start: "2026-11-10T09:00:00", present: 7, yes: 5, no: 2 });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: fiveOfSeven }))).toMatchObject({
      code: "SPECIAL_MAJORITY_NOT_REACHED",
      params: { approvals: 5, required: 6 },
      article: "Pasal 7 ayat (4)",
    });
    const committeeDecision = decisionIn(council, { kind: "steeringCommittee", start: "2026-11-10T09:00:00", present: 2, yes: 2 });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: committeeDecision }))).toMatchObject({ code: "WRONG_MEETING_KIND", article: "Pasal 7 ayat (4)" });
    p.do(1, { type: "decide", decision: decisionIn(council, { start: "2026-11-10T09:00:00", present: 7, yes: 6, no: 1 }) });
    expect(p.current.decision).toMatchObject({ outcome: "approved", decision: { approvals: 6, allMembers: 9 } });
    expect(rejectionOf(p.attempt(3, { type: "withdraw" }))).toMatchObject({ code: "ALREADY_DECIDED", article: "Pasal 7 ayat (7)" });
  });

  it("ends a refused request", () => {
    const p = numberedRequest();
    p.do(1, { type: "consider", decision: committee() });
    p.do(1, { type: "decide", decision: decisionIn(council, { start: "2026-11-10T09:00:00", present: 6, yes: 2, no: 4 }) });
    expect(p.current.status).toBe("rejected");
  });
});

describe("Pasal 7 ayat (8)-(11): the exchange with the village head, tracked to its end", () => {
  function approved(): ProcedureDriver {
    const p = numberedRequest();
    p.do(1, { type: "consider", decision: committee() });
    p.do(1, { type: "decide", decision: decisionIn(council, { start: "2026-11-10T09:00:00", present: 7, yes: 7 }) });
    return p;
  }

  it("goes from sending to the head, through explanation, views and answer, to a declared end", () => {
    const p = approved();
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "exchange", exchangeStep: "sentToHead", citation: { article: "Pasal 7 ayat (8)" } }]);
    expect(rejectionOf(p.attempt(1, { type: "recordExchange", step: "headAnswered" }))).toEqual({
      code: "EXCHANGE_OUT_OF_ORDER",
      params: { step: "headAnswered", expected: "sentToHead" },
      article: "Pasal 7 ayat (10)",
    });
    expect(rejectionOf(p.attempt(5, { type: "recordExchange", step: "sentToHead" })).code).toBe("NOT_RECORDER");
    for (const step of ["sentToHead", "headExplained", "viewsGiven", "headAnswered"] as const) p.do(1, { type: "recordExchange", step });
    expect(pendingSteps(p.current, RULES).map((s) => s.exchangeStep)).toEqual(["opinionStated", "furtherQuestion", "finished"]);
    p.do(1, { type: "recordExchange", step: "furtherQuestion", note: "Berapa panjang jalan yang sudah diaspal?" });
    expect(rejectionOf(p.attempt(1, { type: "recordExchange", step: "finished" }))).toMatchObject({ code: "EXCHANGE_OUT_OF_ORDER", params: { expected: "headAnswered" }, article: "Pasal 7 ayat (11)" });
    p.do(1, { type: "recordExchange", step: "headAnswered" });
    p.do(1, { type: "recordExchange", step: "opinionStated", note: "BPD menerima jawaban Kepala Desa." });
    p.do(secretary, { type: "recordExchange", step: "finished" });
    expect(p.current.status).toBe("done");
    expect(p.current.exchange.map((e) => e.step)).toEqual(["sentToHead", "headExplained", "viewsGiven", "headAnswered", "furtherQuestion", "headAnswered", "opinionStated", "finished"]);
  });

  it("has no exchange before the council approves the request", () => {
    const p = numberedRequest();
    expect(rejectionOf(p.attempt(1, { type: "recordExchange", step: "sentToHead" }))).toMatchObject({ code: "REQUEST_NOT_APPROVED", article: "Pasal 7 ayat (8)" });
  });
});
