import { describe, expect, it } from "vitest";
import { pendingSteps } from "../../../../src/domain/council/procedures/pending-steps.ts";
import { decisionIn, holdMeeting, makeCouncil, ProcedureDriver, rejectionOf, RULES, SECRETARY_USER } from "./procedure-kit.ts";

const council = makeCouncil(9);
const secretary = { user: SECRETARY_USER };
const headDraft = { type: "receiveHeadDraft", title: "Raperdes APB Desa 2027", coverNote: "Nota Pengantar Kepala Desa No. 140/12/2026" } as const;

/** A passed decision of a closed plenary with 6 of 9 present, held on `day` of November 2026. */
function plenaryDecision(day: number, yes = 5, no = 1, motion = "Keputusan tahap") {
  return decisionIn(council, { start: `2026-11-${String(day).padStart(2, "0")}T09:00:00`, present: 6, yes, no, motion });
}

function receivedDraft(): ProcedureDriver {
  const p = new ProcedureDriver(council);
  p.do(secretary, headDraft);
  return p;
}

describe("Pasal 63-64: a draft from the village head, received with its Nota Pengantar", () => {
  it("is recorded by the chair, the vice chair or the secretary, not by a member", () => {
    const member = new ProcedureDriver(council);
    expect(rejectionOf(member.attempt(5, headDraft))).toMatchObject({ code: "NOT_RECORDER", article: "Pasal 73 ayat (1)" });
    const p = receivedDraft();
    expect(p.current).toMatchObject({ kind: "villageRegulation", source: "villageHead", coverNote: "Nota Pengantar Kepala Desa No. 140/12/2026", receivedAt: "2026-11-02T10:00:00.000+07:00" });
    expect(p.events[0]!.payload).toMatchObject({ citation: { article: "Pasal 64 ayat (1)" } });
  });
});

describe("Pasal 66-70: four stages, each completed by a decision of a closed plenary, in order", () => {
  it("carries a draft from stage I to IV and its Keputusan BPD (Pasal 63 ayat (5)), then the head's signature (Pasal 71)", () => {
    const p = receivedDraft();
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "stage", stage: 1, reference: "decision", citation: { article: "Pasal 67 huruf a" } }]);
    p.do(1, { type: "recordStage", stage: 1, decision: plenaryDecision(3) });
    p.do(1, { type: "recordStage", stage: 2, decision: plenaryDecision(10) });
    p.do(secretary, { type: "recordStage", stage: 3, decision: plenaryDecision(17) });
    const [stage4] = p.do(1, { type: "recordStage", stage: 4, decision: plenaryDecision(24, 6, 0, "Menyetujui Raperdes APB Desa 2027") });
    expect(stage4).toMatchObject({ type: "stageRecorded", payload: { stage: 4, outcome: "approved", final: true, citation: { article: "Pasal 70" } } });
    expect(p.current.stages.map((s) => [s.stage, s.meeting.kind, s.decision?.motion])).toEqual([
      [1, "plenary", "Keputusan tahap"],
      [2, "plenary", "Keputusan tahap"],
      [3, "plenary", "Keputusan tahap"],
      [4, "plenary", "Menyetujui Raperdes APB Desa 2027"],
    ]);
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "approvalDecree", citation: { article: "Pasal 63 ayat (5)" } }]);
    expect(rejectionOf(p.attempt(1, { type: "recordSignature", number: "Perdes 5/2026" }))).toMatchObject({ code: "NO_APPROVAL_DECREE", article: "Pasal 63 ayat (5)" });
    p.do(1, { type: "recordApprovalDecree", number: "Keputusan BPD No. 7 Tahun 2026" });
    expect(p.current.status).toBe("open");
    p.do(secretary, { type: "recordSignature", number: "Peraturan Desa No. 5 Tahun 2026" });
    expect(p.current).toMatchObject({ status: "done", approvalDecree: "Keputusan BPD No. 7 Tahun 2026", regulationNumber: "Peraturan Desa No. 5 Tahun 2026" });
  });

  it("refuses a stage out of order, naming the stages missing (Pasal 66)", () => {
    const p = receivedDraft();
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 3, decision: plenaryDecision(3) }))).toEqual({
      code: "STAGE_OUT_OF_ORDER",
      params: { stage: "III", missing: "I, II" },
      article: "Pasal 66",
    });
    p.do(1, { type: "recordStage", stage: 1, decision: plenaryDecision(3) });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: plenaryDecision(4) }))).toMatchObject({ code: "STAGE_ALREADY_DONE" });
  });

  it("refuses a decision of a session not yet closed, of another kind of meeting, used twice, failed, or earlier than the stage before", () => {
    const p = receivedDraft();
    const live = holdMeeting(council, { present: 6, decisions: [{ motion: "Tahap I", yes: 5 }], keepOpen: true }).decisions[0]!;
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: live })).code).toBe("SESSION_NOT_CLOSED");
    const committee = decisionIn(council, { kind: "steeringCommittee", present: 2, yes: 2 });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: committee }))).toEqual({
      code: "WRONG_MEETING_KIND",
      params: { required: "Rapat Paripurna", kind: "Rapat Panitia Musyawarah" },
      article: "Pasal 67",
    });
    const failed = plenaryDecision(3, 2, 4, "Tahap I");
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: failed }))).toMatchObject({ code: "DECISION_NOT_PASSED", article: "Pasal 55 ayat (1)" });
    const used = { ...plenaryDecision(3), usedBy: 4 };
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: used }))).toMatchObject({ code: "DECISION_ALREADY_USED", params: { procedureId: 4 } });
    const first = plenaryDecision(10);
    p.do(1, { type: "recordStage", stage: 1, decision: first });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 2, decision: first }))).toMatchObject({ code: "DECISION_ALREADY_USED", params: { procedureId: 0 } });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 2, decision: plenaryDecision(3) })).code).toBe("BEFORE_PREVIOUS_STEP");
  });

  it("lets a failed stage IV refuse the draft, but not in a closed meeting (Pasal 42 huruf d)", () => {
    const p = receivedDraft();
    for (const [stage, day] of [[1, 3], [2, 10], [3, 17]] as const) p.do(1, { type: "recordStage", stage, decision: plenaryDecision(day) });
    const closed = decisionIn(council, { start: "2026-11-24T09:00:00", nature: "closed", present: 6, yes: 6 });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 4, decision: closed }))).toEqual({
      code: "CLOSED_MEETING_MATTER",
      params: { matter: "penetapan Peraturan Desa" },
      article: "Pasal 42 huruf d",
    });
    p.do(1, { type: "recordStage", stage: 4, decision: plenaryDecision(24, 1, 5) });
    expect(p.current.status).toBe("rejected");
  });

  it("leaves stages out only by a decision of the Panitia Musyawarah, and never stage IV (Pasal 63 ayat (3))", () => {
    const p = receivedDraft();
    const committee = decisionIn(council, { kind: "steeringCommittee", start: "2026-11-03T09:00:00", present: 2, yes: 2, motion: "Tahap II ditiadakan" });
    expect(rejectionOf(p.attempt(1, { type: "waiveStages", stages: [2], decision: plenaryDecision(3) }))).toMatchObject({ code: "WRONG_MEETING_KIND", article: "Pasal 66" });
    expect(rejectionOf(p.attempt(1, { type: "waiveStages", stages: [4], decision: committee }))).toMatchObject({ code: "NOT_WAIVABLE", article: "Pasal 63 ayat (3)" });
    p.do(1, { type: "waiveStages", stages: [2], decision: committee });
    p.do(1, { type: "recordStage", stage: 1, decision: plenaryDecision(10) });
    p.do(1, { type: "recordStage", stage: 3, decision: plenaryDecision(17) });
    expect(p.current.waived).toEqual([2]);
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "stage", stage: 4 }]);
  });
});

describe("Pasal 8: a draft on the council's initiative", () => {
  const initiative = { type: "openProposal", procedure: "villageRegulation", title: "Raperdes Perlindungan Mata Air", text: "Penjelasan tertulis: mata air desa perlu dilindungi." } as const;

  function signedBy(...members: number[]): ProcedureDriver {
    const p = new ProcedureDriver(council);
    p.do(members[0]!, initiative);
    for (const n of members.slice(1)) p.do(n, { type: "sign" });
    return p;
  }

  it("is refused with one signature short of 1/3 (ayat (1)), and goes on with it", () => {
    const short = signedBy(3, 4);
    expect(rejectionOf(short.attempt(secretary, { type: "number", number: "1/PRAKARSA/2026" }))).toEqual({
      code: "NOT_ENOUGH_SIGNATURES",
      params: { required: 3, signed: 2, missing: 1, members: 9, numerator: 1, denominator: 3 },
      article: "Pasal 8 ayat (1)",
    });
    const enough = signedBy(3, 4, 5);
    enough.do(secretary, { type: "number", number: "1/PRAKARSA/2026" });
    expect(enough.current).toMatchObject({ source: "councilInitiative", receivedAt: "2026-11-02T10:00:00.000+07:00", proposal: { number: "1/PRAKARSA/2026" } });
  });

  it("goes to the plenary after the Panitia Musyawarah (ayat (3)-(4)) and is adopted only by 2/3 of all members (ayat (5))", () => {
    const p = signedBy(3, 4, 5);
    const adoption = plenaryDecision(10, 5, 1, "Menerima Raperdes sebagai prakarsa BPD");
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: adoption }))).toMatchObject({ code: "NOT_NUMBERED", article: "Pasal 8 ayat (3)" });
    p.do(secretary, { type: "number", number: "1/PRAKARSA/2026" });
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: adoption }))).toMatchObject({ code: "NOT_CONSIDERED", article: "Pasal 8 ayat (4)" });
    p.do(1, { type: "consider", decision: decisionIn(council, { kind: "steeringCommittee", start: "2026-11-05T09:00:00", present: 2, yes: 2 }) });
    // 5 of 6 present passes an ordinary vote, but an initiative needs ⌈2/3 × 9⌉ = 6 of all members.
    expect(rejectionOf(p.attempt(1, { type: "decide", decision: adoption }))).toEqual({
      code: "SPECIAL_MAJORITY_NOT_REACHED",
      params: { approvals: 5, required: 6, members: 9, numerator: 2, denominator: 3 },
      article: "Pasal 8 ayat (5)",
    });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 1, decision: plenaryDecision(11) }))).toMatchObject({ code: "NOT_ADOPTED", article: "Pasal 8 ayat (7)" });
    const [decided] = p.do(1, { type: "decide", decision: plenaryDecision(10, 6, 0) });
    expect(decided).toMatchObject({ type: "decided", payload: { body: "plenary", outcome: "approved", required: 6 } });
    expect(rejectionOf(p.attempt(3, { type: "change", text: "Terlambat" }))).toMatchObject({ code: "ALREADY_DECIDED", article: "Pasal 8 ayat (9)" });
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "stage", stage: 1, citation: { article: "Pasal 67 huruf b" } }]);
  });

  it("is refused when the plenary refuses it (ayat (7))", () => {
    const p = signedBy(3, 4, 5);
    p.do(secretary, { type: "number", number: "2/PRAKARSA/2026" });
    p.do(1, { type: "consider", decision: decisionIn(council, { kind: "steeringCommittee", start: "2026-11-05T09:00:00", present: 2, yes: 0, no: 2 }) });
    expect(p.current.consideration?.outcome).toBe("rejected");
    p.do(1, { type: "decide", decision: plenaryDecision(10, 2, 4) });
    expect(p.current.status).toBe("rejected");
  });
});

describe("Pasal 9: amendments by any member, raised in stage II and decided in stage III", () => {
  it("takes amendments only while stage II is under way, and holds stage III until each is decided", () => {
    const p = receivedDraft();
    expect(rejectionOf(p.attempt(6, { type: "proposeAmendment", text: "Pasal 3 diubah" }))).toMatchObject({
      code: "AMENDMENT_NOT_IN_STAGE",
      params: { stage: "II", current: "I" },
      article: "Pasal 9 ayat (2)",
    });
    p.do(1, { type: "recordStage", stage: 1, decision: plenaryDecision(3) });
    p.do(6, { type: "proposeAmendment", text: "Belanja pegawai diturunkan 5%" });
    p.do(7, { type: "proposeAmendment", text: "Tambah pos bencana" });
    expect(rejectionOf(p.attempt(1, { type: "decideAmendment", amendmentNo: 1, decision: plenaryDecision(4) }))).toMatchObject({
      code: "AMENDMENT_NOT_IN_STAGE",
      article: "Pasal 9 ayat (3)",
    });
    p.do(1, { type: "recordStage", stage: 2, decision: plenaryDecision(10) });
    expect(rejectionOf(p.attempt(8, { type: "proposeAmendment", text: "Terlambat" })).code).toBe("AMENDMENT_NOT_IN_STAGE");
    expect(pendingSteps(p.current, RULES).map((s) => [s.kind, s.amendmentNo ?? s.stage])).toEqual([
      ["amendment", 1],
      ["amendment", 2],
      ["stage", 3],
    ]);
    const stage3 = holdMeeting(council, { start: "2026-11-17T09:00:00", present: 6, decisions: [{ motion: "Usul 1", yes: 4, no: 2 }, { motion: "Usul 2", yes: 1, no: 5 }, { motion: "Tahap III", yes: 6 }] });
    p.do(1, { type: "decideAmendment", amendmentNo: 1, decision: stage3.decisions[0]! });
    expect(rejectionOf(p.attempt(1, { type: "recordStage", stage: 3, decision: stage3.decisions[2]! }))).toMatchObject({
      code: "AMENDMENTS_PENDING",
      params: { amendments: "2" },
      article: "Pasal 9 ayat (3)",
    });
    p.do(1, { type: "decideAmendment", amendmentNo: 2, decision: stage3.decisions[1]! });
    p.do(1, { type: "recordStage", stage: 3, decision: stage3.decisions[2]! });
    expect(p.current.amendments.map((a) => [a.amendmentNo, a.member, a.outcome])).toEqual([
      [1, "m6", "approved"],
      [2, "m7", "rejected"],
    ]);
  });
});

describe("Pasal 65: of two drafts on one matter, the one received first is discussed", () => {
  it("makes the later draft a complement of the earlier, and refuses it the other way round", () => {
    const first = receivedDraft();
    const later = new ProcedureDriver(council, first.now.plus({ days: 3 }), 2);
    later.do(3, { type: "openProposal", procedure: "villageRegulation", title: "Raperdes APB Desa 2027 (prakarsa)", text: "Penjelasan." });
    later.do(4, { type: "sign" });
    later.do(5, { type: "sign" });
    const of = (p: ProcedureDriver, id: number) => ({ procedureId: id, title: p.current.title, kind: p.current.kind, status: p.current.status, receivedAt: p.current.receivedAt });
    expect(rejectionOf(later.attempt(1, { type: "becomeComplement", of: of(first, 1) })).code).toBe("NOT_RECEIVED");
    later.do(secretary, { type: "number", number: "3/PRAKARSA/2026" });
    expect(rejectionOf(first.attempt(1, { type: "becomeComplement", of: of(later, 2) }))).toMatchObject({ code: "RECEIVED_FIRST", article: "Pasal 65" });
    later.do(1, { type: "becomeComplement", of: of(first, 1) });
    expect(later.current).toMatchObject({ status: "complement", complementOf: { procedureId: 1, title: "Raperdes APB Desa 2027" } });
    expect(rejectionOf(later.attempt(6, { type: "sign" })).code).toBe("ENDED");
  });
});
