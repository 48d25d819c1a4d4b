import { describe, expect, it } from "vitest";
import { parseWorkPlanQuery } from "../../../src/domain/workplan/work-plan-query-intent.ts";

describe("plain Indonesian questions about the work plan", () => {
  it.each([
    ["anggaran pembentukan badan adhoc", { kind: "indicator", focus: "budget", subject: "pembentukan badan adhoc", anchored: true }],
    ["berapa anggaran pembentukan badan ad hoc?", { kind: "indicator", focus: "budget", subject: "pembentukan badan adhoc", anchored: true }],
    ["target partisipasi pemilih", { kind: "indicator", focus: "target", subject: "partisipasi pemilih", anchored: true }],
    ["indikator logistik", { kind: "indicator", focus: "both", subject: "logistik", anchored: true }],
    ["anggaran produk hukum", { kind: "indicator", focus: "budget", subject: "produk hukum", anchored: false }],
    ["rkt", { kind: "overview", anchored: true }],
    ["total anggaran RKT 2023", { kind: "overview", anchored: true }],
    ["5 anggaran terbesar", { kind: "largest", count: 5, anchored: false }],
    ["3 kegiatan rkt terbesar", { kind: "largest", count: 3, anchored: true }],
    ["total per program", { kind: "programmes", anchored: false }],
    ["anggaran program", { kind: "programmes", anchored: true }],
    ["visi misi KPU", { kind: "statements", anchored: true }],
    ["sasaran strategis", { kind: "statements", anchored: true }],
    ["realisasi RKT", { kind: "progress", anchored: true }],
  ])("%s", (question, intent) => {
    expect(parseWorkPlanQuery(question)).toEqual(intent);
  });

  it("keeps «pemilih» as an anchor but lets it be part of the subject", () => {
    expect(parseWorkPlanQuery("partisipasi pemilih")).toEqual({ kind: "indicator", focus: "both", subject: "partisipasi pemilih", anchored: true });
  });

  it("leaves village-fund questions and garbage alone", () => {
    for (const question of ["berapa dana kampung Kalasuge?", "total kecamatan Tamako", "5 kampung tertinggi apbn", "", "   ", "???", 42, null]) {
      expect(parseWorkPlanQuery(question as unknown), String(question)).toEqual({ kind: "unknown" });
    }
  });

  it("reads only the first 300 characters", () => {
    expect(parseWorkPlanQuery(`${"x ".repeat(200)}rkt`)).toMatchObject({ kind: "indicator", anchored: false });
  });
});
