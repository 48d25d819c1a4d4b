import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LegalText } from "../../../src/domain/region/legal-text.ts";
import { buildProcedure } from "../../../src/domain/region/procedures.ts";
import {
  checkStage,
  inaugurationDeadline,
  parseStageCommand,
  proposalStatus,
  readDocument,
  type Proposal,
  type RecordedStage,
  type StageCommand,
} from "../../../src/domain/region/proposal.ts";
import { parseRegionFormationText } from "../../../src/domain/region/region-formation-text.ts";
import { formatCitation } from "../../../src/domain/shared/citation.ts";

const parsed = parseRegionFormationText(
  readFileSync(new URL("../../../prisma/regulations/pp-129-2000-pp-78-2007-region-formation.txt", import.meta.url), "utf8"),
);
const law = new LegalText(parsed.regulations, parsed.provisions);
const regency = buildProcedure(law, "regency");
const province = buildProcedure(law, "province");
const zone = "Asia/Jakarta";
const today = DateTime.fromISO("2025-03-01T08:00:00", { zone });

const recorded = (stage: number, decidedOn: string, outcome: RecordedStage["outcome"] = "approved"): RecordedStage => ({
  stage,
  decidedOn,
  outcome,
  documents: [{ title: `Dokumen tahap ${stage}`, village: stage === 1 ? "Desa A" : null, councilDecisionId: null }],
  recordedBy: 1,
  recordedByName: "Yohanis",
});
const proposalWith = (...stages: RecordedStage[]): Proposal => ({ id: 1, name: "Kabupaten Sukamaju Raya", kind: "regency", stages });
const command = (stage: number, dateText: string, documents: string[] = ["Keputusan No. 1"], outcome: StageCommand["outcome"] = "approved"): StageCommand => ({
  stage,
  dateText,
  outcome,
  documents,
});
const codeOf = (outcome: ReturnType<typeof checkStage>) => (outcome.ok ? "accepted" : outcome.code);

describe("PP 78/2007 Pasal 16 with Pasal 18–21: the stages of forming a kabupaten/kota", () => {
  it("has ten stages in the order of the law", () => {
    expect(regency.stages.map((stage) => [stage.number, stage.key, stage.citations.map(formatCitation)[0]])).toEqual([
      [1, "aspiration", "Pasal 16 huruf a PP 78/2007"],
      [2, "regencyCouncil", "Pasal 16 huruf b PP 78/2007"],
      [3, "regent", "Pasal 16 huruf c PP 78/2007"],
      [4, "governor", "Pasal 16 huruf e PP 78/2007"],
      [5, "provincialCouncil", "Pasal 16 huruf g PP 78/2007"],
      [6, "minister", "Pasal 16 huruf h PP 78/2007"],
      [7, "dpod", "Pasal 19 PP 78/2007"],
      [8, "president", "Pasal 20 PP 78/2007"],
      [9, "law", "Pasal 21 ayat (1) PP 78/2007"],
      [10, "inauguration", "Pasal 21 PP 78/2007"],
    ]);
  });

  it("takes the documents to attach from huruf d angka 1–4 and huruf h angka 1–5", () => {
    expect(regency.stages[2]!.documents).toEqual([
      "Keputusan bupati/walikota",
      "Usulan kepada gubernur, dengan lampiran:",
      "  1. dokumen aspirasi masyarakat di calon kabupaten/kota",
      "  2. hasil kajian daerah",
      "  3. peta wilayah calon kabupaten/kota",
      "  4. Keputusan DPRD kabupaten/kota dan keputusan bupati/ walikota sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a dan huruf b",
    ]);
    expect(regency.stages[5]!.documents).toHaveLength(7);
    expect(regency.stages[5]!.note).toContain("dibaca Pasal 5 ayat (2) huruf c dan d");
  });

  it("lets the bodies that «menyetujui atau menolak» refuse: DPRD, bupati, governor, DPRD province, President", () => {
    expect(regency.stages.filter((stage) => stage.canReject).map((stage) => stage.number)).toEqual([2, 3, 4, 5, 8]);
  });
});

describe("PP 78/2007 Pasal 14: forming a province", () => {
  it("follows Pasal 14 with the province's administrative requirements of Pasal 5 ayat (1)", () => {
    expect(formatCitation(province.citation)).toBe("Pasal 14 PP 78/2007");
    expect(province.stages[1]!.citations.map(formatCitation)).toEqual(["Pasal 14 huruf b PP 78/2007", "Pasal 5 ayat (1) huruf a PP 78/2007"]);
    expect(province.stages[5]!.documents.filter((document) => document.startsWith("  "))).toHaveLength(4);
  });
});

describe("Pasal 16: stages are recorded in order, each once", () => {
  it("accepts the first stage with the villages' BPD decisions", () => {
    const outcome = checkStage(regency, proposalWith(), command(1, "15-01-2024", ["Desa Sukamaju: Keputusan BPD No. 3/2024"]), today);
    expect(outcome.ok && outcome.value.documents).toEqual([{ title: "Keputusan BPD No. 3/2024", village: "Desa Sukamaju", councilDecisionId: null }]);
  });

  it("refuses to skip a stage, citing the article of the stage that is missing", () => {
    const outcome = checkStage(regency, proposalWith(recorded(1, "2024-01-15")), command(3, "01-02-2024"), today);
    expect(codeOf(outcome)).toBe("SKIPPED");
    expect(!outcome.ok && [outcome.params.missing, formatCitation(outcome.citation!)]).toEqual([2, "Pasal 16 huruf b PP 78/2007"]);
  });

  it("refuses a stage already recorded, a date before the previous stage, a future date and a non-date", () => {
    const two = proposalWith(recorded(1, "2024-01-15"), recorded(2, "2024-03-12"));
    expect(codeOf(checkStage(regency, two, command(2, "13-03-2024"), today))).toBe("ALREADY_RECORDED");
    expect(codeOf(checkStage(regency, two, command(3, "11-03-2024"), today))).toBe("BEFORE_PREVIOUS");
    expect(codeOf(checkStage(regency, two, command(3, "12-03-2024"), today))).toBe("accepted");
    expect(codeOf(checkStage(regency, two, command(3, "02-03-2025"), today))).toBe("FUTURE_DATE");
    expect(codeOf(checkStage(regency, two, command(3, "30-02-2024"), today))).toBe("BAD_DATE");
    expect(codeOf(checkStage(regency, two, command(0, "12-03-2024"), today))).toBe("UNKNOWN_STAGE");
  });

  it("needs documents, and for the aspiration the village of each", () => {
    expect(codeOf(checkStage(regency, proposalWith(), command(1, "15-01-2024", []), today))).toBe("NO_DOCUMENTS");
    expect(codeOf(checkStage(regency, proposalWith(), command(1, "15-01-2024", ["Keputusan BPD No. 3"]), today))).toBe("VILLAGE_MISSING");
    expect(codeOf(checkStage(regency, proposalWith(), command(1, "15-01-2024", ["x".repeat(201)]), today))).toBe("DOCUMENT_TOO_LONG");
    const later = checkStage(regency, proposalWith(recorded(1, "2024-01-15")), command(2, "12-03-2024", ["Keputusan DPRD: persetujuan"]), today);
    expect(later.ok && later.value.documents).toEqual([{ title: "Keputusan DPRD: persetujuan", village: null, councilDecisionId: null }]);
  });

  it("a refusal by a body that may refuse ends the proposal; a stage that is no decision cannot refuse", () => {
    const refusedAtTwo = proposalWith(recorded(1, "2024-01-15"), recorded(2, "2024-03-12", "rejected"));
    const status = proposalStatus(regency, refusedAtTwo, zone);
    expect(status.kind === "stopped" && status.at.number).toBe(2);
    const next = checkStage(regency, refusedAtTwo, command(3, "01-04-2024"), today);
    expect(codeOf(next)).toBe("STOPPED");
    expect(!next.ok && formatCitation(next.citation!)).toBe("Pasal 16 huruf b PP 78/2007");
    expect(codeOf(checkStage(regency, proposalWith(), command(1, "15-01-2024", ["Desa A: Keputusan"], "rejected"), today))).toBe("CANNOT_REJECT");
  });
});

describe("PP 78/2007 Pasal 21 ayat (2): inauguration at the latest six months after the law", () => {
  const upToLaw = proposalWith(...Array.from({ length: 9 }, (_, i) => recorded(i + 1, `2024-0${Math.min(i + 1, 9)}-01`)));

  it("gives the deadline once the law is promulgated", () => {
    expect(regency.inaugurationMonths).toBe(6);
    expect(inaugurationDeadline(regency, upToLaw, zone)).toBe("2025-03-01");
    const status = proposalStatus(regency, upToLaw, zone);
    expect(status.kind === "open" && [status.next.key, status.deadline]).toEqual(["inauguration", "2025-03-01"]);
  });

  it("records a late inauguration but flags it", () => {
    const late = checkStage(regency, upToLaw, command(10, "01-03-2025"), today);
    expect(late.ok && late.value.lateBy).toBeNull();
    const after = checkStage(regency, upToLaw, command(10, "01-03-2025"), today.plus({ days: 1 }));
    expect(after.ok && after.value.lateBy).toBeNull();
    const tooLate = checkStage(regency, upToLaw, command(10, "02-03-2025"), today.plus({ days: 1 }));
    expect(tooLate.ok && tooLate.value.lateBy).toEqual({ deadline: "2025-03-01" });
  });

  it("is complete after the inauguration", () => {
    const done = proposalWith(...upToLaw.stages, recorded(10, "2024-12-01"));
    expect(proposalStatus(regency, done, zone).kind).toBe("complete");
    expect(codeOf(checkStage(regency, done, command(10, "02-12-2024"), today))).toBe("ALREADY_RECORDED");
  });
});

describe("reading /catat_tahap", () => {
  it.each([
    ["1 2 12-03-2024 Keputusan DPRD No. 5/2024", { proposalId: 1, stage: 2, dateText: "12-03-2024", outcome: "approved", documents: ["Keputusan DPRD No. 5/2024"] }],
    ["#1 3 12 Maret 2024 tolak Keputusan Bupati; Kajian", { proposalId: 1, stage: 3, dateText: "12 Maret 2024", outcome: "rejected", documents: ["Keputusan Bupati", "Kajian"] }],
    ["2 1 hari ini Desa A: Keputusan BPD\nDesa B: Keputusan BPD", { proposalId: 2, stage: 1, dateText: "hari ini", outcome: "approved", documents: ["Desa A: Keputusan BPD", "Desa B: Keputusan BPD"] }],
    ["1 5 kemarin", { proposalId: 1, stage: 5, dateText: "kemarin", outcome: "approved", documents: [] }],
    ["1 5 besok Keputusan", { proposalId: 1, stage: 5, dateText: "besok", outcome: "approved", documents: ["Keputusan"] }],
  ])("%s", (payload, parsedCommand) => {
    expect(parseStageCommand(payload, today)).toEqual(parsedCommand);
  });

  it("returns null when the proposal or stage number is missing", () => {
    for (const payload of ["", "satu dua", "1", "1 x 12-03-2024", "x".repeat(4000)]) expect(parseStageCommand(payload, today), payload).toBeNull();
  });

  it("reads «village: document», and a number before a colon as part of the title", () => {
    expect(readDocument("Kelurahan Pasar: Keputusan Forum No. 1")).toEqual({ title: "Keputusan Forum No. 1", village: "Kelurahan Pasar", councilDecisionId: null });
    expect(readDocument("Keputusan No. 5: tentang persetujuan")).toEqual({ title: "Keputusan No. 5: tentang persetujuan", village: null, councilDecisionId: null });
  });
});
