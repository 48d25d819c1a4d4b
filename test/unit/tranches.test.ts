import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { TRANCHE_RULES } from "../../src/domain/funds/sangihe-2022-rules.ts";
import { checkNextTranche, trancheWindowStatus, tranchesFor } from "../../src/domain/funds/tranches.ts";

const at = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Makassar" });

describe("Pasal 14 ayat (4): tranches of 40% / 40% / 20%", () => {
  it("splits Kalasuge's Dana Kampung without losing a rupiah", () => {
    const tranches = tranchesFor(707_475_000);
    expect(tranches.map((t) => t.amount)).toEqual([282_990_000, 282_990_000, 141_495_000]);
    expect(tranches.map((t) => t.percent)).toEqual([40, 40, 20]);
    expect(tranches.map((t) => t.citation.article)).toEqual(["Pasal 14 ayat (4) huruf a", "Pasal 14 ayat (4) huruf b", "Pasal 14 ayat (4) huruf c"]);
  });

  it("gives the remainder to tranche III on odd amounts", () => {
    const amounts = tranchesFor(1_030_746_533).map((t) => t.amount);
    expect(amounts).toEqual([412_298_613, 412_298_613, 206_149_307]);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(1_030_746_533);
  });

  it("states the month windows", () => {
    expect(tranchesFor(100).map((t) => [t.earliestMonth, t.latestMonth])).toEqual([
      [1, 6],
      [3, 8],
      [6, 12],
    ]);
  });

  it("refuses amounts that are not whole rupiah", () => {
    expect(() => tranchesFor(1.5)).toThrow(RangeError);
    expect(() => tranchesFor(-1)).toThrow(RangeError);
  });

  it("says which windows are open in a month", () => {
    expect(trancheWindowStatus(at("2022-01-15")).open).toEqual([1]);
    expect(trancheWindowStatus(at("2022-03-01")).open).toEqual([1, 2]);
    expect(trancheWindowStatus(at("2022-06-30")).open).toEqual([1, 2, 3]);
    expect(trancheWindowStatus(at("2022-07-01")).open).toEqual([2, 3]);
    expect(trancheWindowStatus(at("2022-12-31")).open).toEqual([3]);
    const july = trancheWindowStatus(at("2022-07-01"));
    expect(july.windows.map((w) => w.state)).toEqual(["closed", "open", "open"]);
    expect(july.sameFiscalYear).toBe(true);
    expect(trancheWindowStatus(at("2025-02-01"))).toMatchObject({ sameFiscalYear: false, fiscalYear: 2022, open: [1] });
  });

  it("reads the month in the zone of the given time", () => {
    const utcEndOfMay = DateTime.fromISO("2022-05-31T20:00:00Z", { zone: "utc" });
    expect(trancheWindowStatus(utcEndOfMay).month).toBe(5);
    expect(trancheWindowStatus(utcEndOfMay.setZone("Asia/Jayapura")).month).toBe(6);
  });
});

describe("Pasal 14 ayat (5): conditions of tranche I", () => {
  it("lists items a–c", () => {
    expect(TRANCHE_RULES[0]?.conditions.map((c) => c.citation.article)).toEqual([
      "Pasal 14 ayat (5) huruf a",
      "Pasal 14 ayat (5) huruf b",
      "Pasal 14 ayat (5) huruf c",
    ]);
  });
});

describe("Pasal 14 ayat (6): conditions of tranche II", () => {
  it("lists items a–d", () => {
    expect(TRANCHE_RULES[1]?.conditions.map((c) => c.item)).toEqual(["a", "b", "c", "d"]);
  });

  it("meets huruf b at 50% absorption and 35% output", () => {
    const outcome = checkNextTranche({ completedTranche: 1, absorptionPercent: 50, outputPercent: 35 });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.nextTranche).toBe(2);
    expect(outcome.value.allThresholdsMet).toBe(true);
    expect(outcome.value.thresholds).toEqual([
      { measure: "absorption", required: 50, reported: 50, met: true, shortfall: 0, citation: { regulation: "Perbup Kepulauan Sangihe 5/2022", article: "Pasal 14 ayat (6) huruf b" } },
      { measure: "output", required: 35, reported: 35, met: true, shortfall: 0, citation: { regulation: "Perbup Kepulauan Sangihe 5/2022", article: "Pasal 14 ayat (6) huruf b" } },
    ]);
    expect(outcome.value.otherConditions.map((c) => c.item)).toEqual(["a", "c", "d"]);
  });

  it("reports the shortfall in percentage points", () => {
    const outcome = checkNextTranche({ completedTranche: 1, absorptionPercent: 49.9, outputPercent: 20 });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.allThresholdsMet).toBe(false);
    expect(outcome.value.thresholds.map((t) => [t.measure, t.met, t.shortfall])).toEqual([
      ["absorption", false, 0.1],
      ["output", false, 15],
    ]);
  });
});

describe("Pasal 14 ayat (7): conditions of tranche III", () => {
  it("needs 90% absorption and 75% output up to tranche II, plus the stunting report", () => {
    const short = checkNextTranche({ completedTranche: 2, absorptionPercent: 95, outputPercent: 60 });
    if (!short.ok) throw new Error(short.code);
    expect(short.value.nextTranche).toBe(3);
    expect(short.value.thresholds.map((t) => [t.measure, t.required, t.met, t.shortfall])).toEqual([
      ["absorption", 90, true, 0],
      ["output", 75, false, 15],
    ]);
    expect(short.value.thresholds[0]?.citation.article).toBe("Pasal 14 ayat (7) huruf a");
    expect(short.value.otherConditions.map((c) => c.citation.article)).toEqual(["Pasal 14 ayat (7) huruf b"]);
    expect(checkNextTranche({ completedTranche: 2, absorptionPercent: 90, outputPercent: 75 })).toMatchObject({ ok: true, value: { allThresholdsMet: true } });
  });

  it("rejects percentages outside 0–100 and unknown tranches", () => {
    expect(checkNextTranche({ completedTranche: 1, absorptionPercent: 101, outputPercent: 50 })).toMatchObject({ ok: false, code: "INVALID_PERCENT", params: { measure: "absorption" } });
    expect(checkNextTranche({ completedTranche: 1, absorptionPercent: 50, outputPercent: -1 })).toMatchObject({ ok: false, code: "INVALID_PERCENT", params: { measure: "output" } });
    expect(checkNextTranche({ completedTranche: 1, absorptionPercent: Number.NaN, outputPercent: 1 })).toMatchObject({ ok: false, code: "INVALID_PERCENT" });
    expect(checkNextTranche({ completedTranche: 3 as 1, absorptionPercent: 50, outputPercent: 50 })).toMatchObject({ ok: false, code: "INVALID_TRANCHE" });
  });
});
