import { describe, expect, it } from "vitest";
import { pendingSteps } from "../../../../src/domain/council/procedures/pending-steps.ts";
import { foldProcedure } from "../../../../src/domain/council/procedures/procedure-fold.ts";
import { makeCouncil, ProcedureDriver, rejectionOf, RULES, SECRETARY_USER } from "./procedure-kit.ts";

const request = { type: "openProposal", procedure: "informationRequest", title: "Keterangan pengadaan tanah kas desa", text: "Meminta keterangan Kepala Desa tentang pengadaan tanah kas desa tahun 2026." } as const;

describe("Pasal 7 ayat (1)-(2): a proposal needs the signatures of at least 1/3 of all members", () => {
  it("opens with its proposer's signature and counts ⌈1/3 × 9⌉ = 3 needed", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    const events = p.do(3, request);
    expect(events.map((e) => e.type)).toEqual(["proposalOpened", "proposalSigned"]);
    expect(p.current.proposal).toMatchObject({ required: 3, members: 9, citation: { article: "Pasal 7 ayat (1)" }, opener: "m3" });
    expect(p.current.proposal!.signatures.map((s) => [s.member, s.at])).toEqual([["m3", "2026-11-02T10:00:00.000+07:00"]]);
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "sign", from: "members", missing: 2 }]);
  });

  it("takes ⌈1/3 × n⌉ for other sizes: 5 → 2, 7 → 3, 11 → 4", () => {
    for (const [size, required] of [[5, 2], [7, 3], [11, 4]] as const) {
      const p = new ProcedureDriver(makeCouncil(size));
      p.do(3, request);
      expect(p.current.proposal!.required, `${size} members`).toBe(required);
    }
  });

  it("records who signed and when; each member signs once; strangers and the secretary do not sign", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, request);
    p.at("2026-11-02T11:30:00").do(4, { type: "sign" });
    expect(rejectionOf(p.attempt(4, { type: "sign" }))).toMatchObject({ code: "ALREADY_SIGNED", params: { name: "Anggota 4" } });
    expect(rejectionOf(p.attempt({ user: 5555 }, { type: "sign" })).code).toBe("UNKNOWN_SENDER");
    expect(rejectionOf(p.attempt({ user: SECRETARY_USER }, { type: "sign" })).code).toBe("NOT_A_MEMBER");
    expect(p.current.proposal!.signatures.map((s) => [s.member, s.at])).toEqual([
      ["m3", "2026-11-02T10:00:00.000+07:00"],
      ["m4", "2026-11-02T11:30:00.000+07:00"],
    ]);
  });

  it("lets the chair or secretary record the paper signature of a member without Telegram, but not of one with it", () => {
    const p = new ProcedureDriver(makeCouncil(9, { withoutTelegram: [9] }));
    p.do(3, request);
    expect(rejectionOf(p.attempt(4, { type: "sign", member: "m9" })).code).toBe("NOT_RECORDER");
    expect(rejectionOf(p.attempt({ user: SECRETARY_USER }, { type: "sign", member: "m5" }))).toMatchObject({ code: "MEMBER_HAS_TELEGRAM" });
    const [signed] = p.do({ user: SECRETARY_USER }, { type: "sign", member: "m9" });
    expect(signed).toMatchObject({ actor: { kind: "member", id: "m9" }, recordedBy: SECRETARY_USER });
  });

  it("refuses the next step while a signature is missing, saying how many are needed and how many signed", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, request);
    p.do(4, { type: "sign" });
    expect(rejectionOf(p.attempt(1, { type: "number", number: "1/BPD/2026" }))).toEqual({
      code: "NOT_ENOUGH_SIGNATURES",
      params: { required: 3, signed: 2, missing: 1, members: 9, numerator: 1, denominator: 3 },
      article: "Pasal 7 ayat (1)",
    });
  });
});

describe("Pasal 7 ayat (3): the secretariat numbers the proposal", () => {
  it("is numbered by the secretary or the leadership once complete, once", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, request);
    p.do(4, { type: "sign" });
    p.do(5, { type: "sign" });
    expect(pendingSteps(p.current, RULES)).toMatchObject([{ kind: "number", from: "secretariat", citation: { article: "Pasal 7 ayat (3)" } }]);
    expect(rejectionOf(p.attempt(6, { type: "number", number: "1/BPD/2026" }))).toMatchObject({ code: "NOT_RECORDER", article: "Pasal 73 ayat (1)" });
    p.do({ user: SECRETARY_USER }, { type: "number", number: "1/BPD/2026" });
    expect(p.current.proposal!.number).toBe("1/BPD/2026");
    expect(rejectionOf(p.attempt(1, { type: "number", number: "2/BPD/2026" })).code).toBe("ALREADY_NUMBERED");
  });

  it("numbers no agenda change: Pasal 58 gives it no number", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, { type: "openProposal", procedure: "agendaChange", title: "Tambah acara", text: "Menambah acara laporan banjir.", meetingDate: "2026-11-20" });
    p.do(4, { type: "sign" });
    p.do(5, { type: "sign" });
    expect(rejectionOf(p.attempt(1, { type: "number", number: "1" })).code).toBe("NOT_NUMBERED_KIND");
  });
});

describe("Pasal 7 ayat (7) and Pasal 8 ayat (9): the proposers may change or withdraw it until it is decided", () => {
  it("lets the proposer change it: a new version, the others sign again", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, request);
    p.do(4, { type: "sign" });
    p.do(5, { type: "sign" });
    expect(rejectionOf(p.attempt(4, { type: "change", text: "Lain" }))).toMatchObject({ code: "NOT_OPENER", params: { opener: "Anggota 3" } });
    const [changed] = p.at("2026-11-03T08:00:00").do(3, { type: "change", text: "Meminta keterangan tentang pengadaan dan harga tanah kas desa." });
    expect(changed).toMatchObject({ type: "proposalChanged", payload: { version: 2, citation: { article: "Pasal 7 ayat (7)" } } });
    expect(p.current.proposal).toMatchObject({ version: 2, text: "Meminta keterangan tentang pengadaan dan harga tanah kas desa." });
    expect(p.current.proposal!.signatures.map((s) => s.member)).toEqual(["m3"]);
  });

  it("is withdrawn by its proposer, or when the last signature is withdrawn", () => {
    const a = new ProcedureDriver(makeCouncil(9));
    a.do(3, request);
    a.do(4, { type: "sign" });
    a.do(4, { type: "withdrawSignature" });
    expect(a.current.proposal!.signatures.map((s) => s.member)).toEqual(["m3"]);
    expect(rejectionOf(a.attempt(4, { type: "withdrawSignature" })).code).toBe("NOT_SIGNED");
    a.do(3, { type: "withdrawSignature" });
    expect(a.current.status).toBe("withdrawn");
    expect(rejectionOf(a.attempt(5, { type: "sign" }))).toMatchObject({ code: "ENDED", params: { status: "withdrawn" } });

    const b = new ProcedureDriver(makeCouncil(9));
    b.do(3, { ...request, procedure: "villageRegulation", title: "Raperdes Pasar Desa" });
    const [withdrawn] = b.do(3, { type: "withdraw" });
    expect(withdrawn).toMatchObject({ type: "proposalWithdrawn", payload: { citation: { article: "Pasal 8 ayat (9)" } } });
    expect(b.current.status).toBe("withdrawn");
  });

  it("replays the same state from its log", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, request);
    p.do(4, { type: "sign" });
    p.do(3, { type: "change", text: "Versi kedua." });
    p.do(4, { type: "sign" });
    expect(foldProcedure(JSON.parse(JSON.stringify(p.events)))).toEqual(p.state);
  });
});

describe("Pasal 39: a closed meeting at the request of at least 1/3 of all members", () => {
  it("binds once the third signature is in", () => {
    const p = new ProcedureDriver(makeCouncil(9));
    p.do(3, { type: "openProposal", procedure: "closedMeetingRequest", title: "Rapat tertutup sengketa tanah", text: "Mohon rapat tertutup." });
    p.do(4, { type: "sign" });
    expect(p.current.status).toBe("open");
    p.do(5, { type: "sign" });
    expect(p.current.proposal!.citation.article).toBe("Pasal 39");
    expect(p.current.status).toBe("done");
  });
});
