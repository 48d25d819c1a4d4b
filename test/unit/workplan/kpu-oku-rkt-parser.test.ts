import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseKpuOkuWorkPlan, WorkPlanFormatError } from "../../../src/domain/workplan/kpu-oku-rkt-parser.ts";

const text = readFileSync(new URL("../../../prisma/regulations/kpu-oku-rkt-2023.txt", import.meta.url), "utf8");
const parsed = parseKpuOkuWorkPlan(text);
const table = (kind: string, position?: number) => parsed.tables.find((t) => t.kind === kind && (position === undefined || t.position === position))!;

describe("RKT KPU Kabupaten Ogan Komering Ulu 2023: the document", () => {
  it("reads who made it, for which year, signed where and by whom", () => {
    expect(parsed.meta).toEqual({
      organisation: "KPU Kabupaten Ogan Komering Ulu",
      fiscalYear: 2023,
      document: "RKT KPU Kabupaten Ogan Komering Ulu 2023",
      signed: "Baturaja, 30 Januari 2023",
      signatory: "NANING WIJAYA",
      strategicPlan:
        "Keputusan Komisi Pemilihan Umum Kabupaten Ogan Komering Ulu Nomor 60/Hk.021-Kpt/1601/KPU-Kab/VI/2020 tentang Rencana Strategis Komisi Pemilihan Umum Kabupaten Ogan Komering Ulu Tahun 2020-2024",
    });
  });

  it("refuses a text that is not this work plan", () => {
    expect(() => parseKpuOkuWorkPlan("PERATURAN BUPATI KEPULAUAN SANGIHE")).toThrow(WorkPlanFormatError);
  });
});

describe("BAB I and BAB II huruf A: vision, missions, strategic goals", () => {
  it("reads the vision and what each of its words means", () => {
    const statements = parsed.statements;
    expect(statements.find((s) => s.kind === "vision")?.text).toBe("Menjadi Penyelenggara Pemilu Serentak yang Mandiri, Profesional dan Berintegritas");
    expect(statements.filter((s) => s.kind === "visionMeaning").map((s) => s.label)).toEqual(["Mandiri", "Integritas", "Profesional"]);
  });

  it("reads the one mission the text words, the President's mission no. 8", () => {
    expect(parsed.statements.filter((s) => s.kind === "mission")).toEqual([
      { kind: "mission", position: 1, label: "Misi Presiden dan Wakil Presiden Nomor 8", text: "Pengelolaan Pemerintahan yang bersih, efektif, dan terpercaya", line: 87 },
    ]);
  });

  it("reads the six strategic goals laid out two to a line, in their order", () => {
    const goals = parsed.statements.filter((s) => s.kind === "strategicGoal");
    expect(goals.map((g) => g.label)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(goals[3]?.text).toBe("Pembentukan penyelenggara badan adhoc");
  });

  it("notes the captions whose content the text lacks: the missions' table, the programmes 2020-2024, the goals (tujuan)", () => {
    expect(parsed.statements.filter((s) => s.kind === "absent").map((s) => [s.text, s.line])).toEqual([
      ["Misi Komisi Pemilihan Umum", 89],
      ["Program dan Kegiatan Komisi Pemilihan Umum Periode 2020-2024", 95],
      ["Tujuan Komisi Pemilhan Umum", 106],
    ]);
  });
});

describe("the five tables, each with its own figures", () => {
  it("finds them in order with their kind and name", () => {
    expect(parsed.tables.map((t) => [t.position, t.kind, t.name, t.rows.length, t.hasBudget])).toEqual([
      [1, "indicators", "tabel Indikator Kinerja dan Rencana Capaian (BAB II huruf B)", 11, true],
      [2, "programme", "tabel Program Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi (BAB II huruf C angka 1)", 8, false],
      [3, "programme", "tabel Program Dukungan (BAB II huruf C angka 2)", 6, false],
      [4, "main", "tabel RKT 2023", 12, true],
      [5, "budget", "tabel Program dan Rencana Kerja Kegiatan APBN 2023", 12, true],
    ]);
  });

  it("keeps the printed numbers, even 1–10 then 8, and a row with no number", () => {
    expect(table("indicators").rows.map((r) => r.printedNumber)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "8"]);
    expect(table("programme", 3).rows.map((r) => r.printedNumber)).toEqual(["1", "2", "3", null, "4", "5"]);
  });

  it("joins a row the OCR split over two lines", () => {
    const row = table("programme", 2).rows[4]!;
    expect(row.strategicGoal).toBe("Tersedianya pedoman laporan dan audit dana kampanye, verifikasi partai politik dan atau anggota perseorangan");
    expect(row.activity).toBe("Dukungan kegiatan verifikasi Partai Politik dan Sengketa");
    expect(row.targetText).toBe("1 dokumen");
  });

  it("reads the main RKT row of the ad-hoc bodies with its unit, typed target and integer budget", () => {
    expect(table("main").rows[4]).toEqual({
      position: 5,
      printedNumber: "5",
      programme: null,
      strategicGoal: "Pembentukan penyelenggara badan adhoc",
      activity: "Fasilitasi pembentukan/seleksi badan adhoc",
      indicator: "Jumlah badan adhoc yang dipersiapkan dan dibentuk",
      unit: "lembaga",
      targetText: "13 kec",
      target: { text: "13 kec", value: 13, unit: "district" },
      budget: 13_457_295_000,
      line: 189,
    });
  });

  it("keeps each table's own target for voter participation: «1 lembaga» in the RKT table, 82% in table B", () => {
    expect(table("main").rows[3]?.target).toEqual({ text: "1 lembaga", value: 1, unit: "institution" });
    expect(table("indicators").rows[3]?.target).toEqual({ text: "82%", value: 82, unit: "percent" });
  });

  it("takes the APBN table's programme from its heading rows, across its repeated header", () => {
    const programmes = table("budget").rows.map((r) => r.programme);
    expect(programmes.slice(0, 8).every((p) => p === "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi")).toBe(true);
    expect(programmes.slice(8).every((p) => p === "Program Dukungan Manajemen")).toBe(true);
  });

  it("reports a row it cannot read, with its line", () => {
    const broken = text.replace("5 Lap\t62.851.000\n12\t", "lima\t62.851.000\n12\t");
    expect(broken).not.toBe(text);
    expect(() => parseKpuOkuWorkPlan(broken)).toThrow(/line 196: "lima" is not a target/);
  });
});
