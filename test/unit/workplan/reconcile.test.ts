import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseKpuOkuWorkPlan } from "../../../src/domain/workplan/kpu-oku-rkt-parser.ts";
import { parseTarget } from "../../../src/domain/workplan/target.ts";
import type { WorkPlanTableData, WorkPlanTableRow } from "../../../src/domain/workplan/work-plan-document.ts";
import { WorkPlan } from "../../../src/domain/workplan/work-plan.ts";

const parsed = parseKpuOkuWorkPlan(readFileSync(new URL("../../../prisma/regulations/kpu-oku-rkt-2023.txt", import.meta.url), "utf8"));
const plan = WorkPlan.fromParsed(parsed);
const indicator = (n: number) => plan.indicator(n)!;

describe("the RKT table is the one answers come from", () => {
  it("has 12 indicators whose budgets add up to Rp30.577.023.000", () => {
    expect(plan.indicators).toHaveLength(12);
    expect(plan.totalBudget).toBe(30_577_023_000);
  });

  it("groups them into the APBN table's two programmes, with their totals", () => {
    expect(plan.programmes.map((p) => [p.name, p.budget, p.indicators.map((i) => i.number)])).toEqual([
      ["Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", 28_220_030_000, [1, 2, 3, 4, 5, 6, 7, 8]],
      ["Program Dukungan Manajemen", 2_356_993_000, [9, 10, 11, 12]],
    ]);
  });

  it("knows each budgeted table's total and which RKT rows it lacks", () => {
    expect(plan.tableTotals.map((t) => [t.table.kind, t.total, t.missing.map((i) => i.number)])).toEqual([
      ["indicators", 30_295_776_000, [12]],
      ["main", 30_577_023_000, []],
      ["budget", 30_577_023_000, []],
    ]);
  });

  it("lists the largest budget lines, largest first", () => {
    expect(plan.largest(3).map((i) => [i.number, i.budget])).toEqual([
      [1, 14_271_302_000],
      [5, 13_457_295_000],
      [10, 2_005_355_000],
    ]);
  });
});

describe("figures that differ between tables", () => {
  it("reads voter participation as 82%: the RKT table prints «1 lembaga» for a percentage indicator", () => {
    const participation = indicator(4);
    expect(participation.target).toEqual({ text: "82%", value: 82, unit: "percent" });
    expect(participation.reading?.printed.row.targetText).toBe("1 lembaga");
    expect(participation.reading?.sources.map((s) => plan.label(s))).toEqual([
      "tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B) no. 4",
      "tabel Program Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi (BAB II huruf C angka 1) no. 2",
      "tabel Program Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi (BAB II huruf C angka 1) no. 7",
    ]);
    expect(participation.reading?.note).toMatch(/^tabel RKT 2023 no\. 4 mencetak target «1 lembaga»/);
  });

  it("notes the APBN table puts another indicator (voter education, 95 %) on the same budget line", () => {
    expect(indicator(4).differences.map((d) => [d.kind, plan.label(d.source), d.source.row.targetText])).toEqual([
      ["otherIndicator", "tabel Program dan Rencana Kerja Kegiatan APBN 2023, Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi no. 4", "95 %"],
    ]);
  });

  it("keeps the RKT target where it is a proper one, and lists the tables that print another", () => {
    expect(indicator(3).target.value).toBe(97);
    expect(indicator(3).differences.map((d) => [d.kind, d.source.row.targetText])).toEqual([["target", "93 %"]]);
    expect(indicator(6).target).toEqual({ text: "100 %", value: 100, unit: "percent" });
    expect(indicator(6).differences.map((d) => [d.kind, d.source.table.kind, d.source.row.targetText])).toEqual([
      ["target", "indicators", "13 kec"],
      ["target", "programme", "13 Kec"],
    ]);
  });

  it("does not invent a reading when the other tables agree with the RKT table (13 kecamatan for a percentage)", () => {
    expect(indicator(7).reading).toBeNull();
    expect(indicator(7).target).toEqual({ text: "13 kec", value: 13, unit: "district" });
    expect(indicator(7).differences).toEqual([]);
  });

  it("keeps the RKT figure when the other tables disagree among themselves", () => {
    const row = (overrides: Partial<WorkPlanTableRow>): WorkPlanTableRow => ({
      position: 1,
      printedNumber: "1",
      programme: null,
      strategicGoal: null,
      activity: null,
      indicator: "Persentase partisipasi pemilih",
      unit: null,
      targetText: "",
      target: null,
      budget: null,
      line: 1,
      ...overrides,
    });
    const table = (position: number, kind: WorkPlanTableData["kind"], r: WorkPlanTableRow): WorkPlanTableData => ({
      position,
      kind,
      name: `tabel ${position}`,
      caption: "",
      hasBudget: r.budget !== null,
      line: position,
      rows: [r],
    });
    const t = (text: string) => ({ targetText: text, target: parseTarget(text) });
    const disagreeing = new WorkPlan(parsed.meta, [], [
      table(1, "main", row({ ...t("1 lembaga"), budget: 100 })),
      table(2, "indicators", row({ ...t("82%"), budget: 100 })),
      table(3, "programme", row(t("80%"))),
    ]);
    expect(disagreeing.indicator(1)?.reading).toBeNull();
    expect(disagreeing.indicator(1)?.target.text).toBe("1 lembaga");
    expect(disagreeing.indicator(1)?.differences.map((d) => d.source.row.targetText)).toEqual(["82%", "80%"]);
  });

  it("notes the rows numbered out of sequence", () => {
    expect(plan.numberingNotes.map((n) => n.note)).toEqual([
      "tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B): baris ke-11 bernomor 8 setelah no. 10; dibaca sebagai baris ke-11, bukan ulangan no. 8.",
      "tabel Program Dukungan (BAB II huruf C angka 2): baris ke-4 setelah no. 3 tidak bernomor; dibaca sebagai baris tersendiri.",
    ]);
    expect(plan.label(indicator(11).counterparts[0]!)).toBe("tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B) no. 8 (baris ke-11)");
  });
});

describe("finding an indicator by the words of a question", () => {
  it.each([
    ["pembentukan badan adhoc", [5]],
    ["partisipasi pemilih", [4]],
    ["logistik", [6]],
    ["produk hukum", [3]],
    ["pemutakhiran data pemilih", [9]],
    ["barang milik negara", [11]],
    ["sarana prasarana", [2, 10, 12]],
    ["badan ad hok", [5]],
  ])("«%s» → indicator %j", (query, numbers) => {
    const found = plan.find(query.replace("ad hok", "adhoc"));
    expect(found.kind).toBe("found");
    expect(found.kind === "found" && found.indicators.map((i) => i.number)).toEqual(numbers);
  });

  it("finds a row only another table has, and nothing for unrelated words", () => {
    const revisions = plan.find("revisi");
    expect(revisions.kind === "elsewhere" && plan.label(revisions.rows[0]!)).toBe("tabel Program Dukungan (BAB II huruf C angka 2) no. 1");
    expect(plan.find("Kalasuge").kind).toBe("none");
    expect(plan.find("").kind).toBe("none");
  });
});
