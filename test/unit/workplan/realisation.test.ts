import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseKpuOkuWorkPlan } from "../../../src/domain/workplan/kpu-oku-rkt-parser.ts";
import {
  achievementPercent,
  checkRealisation,
  parseRealisationCommand,
  progressByProgramme,
  type RealisationRecord,
} from "../../../src/domain/workplan/realisation.ts";
import { formatTarget, parseTarget } from "../../../src/domain/workplan/target.ts";
import { WorkPlan } from "../../../src/domain/workplan/work-plan.ts";

const plan = WorkPlan.fromParsed(parseKpuOkuWorkPlan(readFileSync(new URL("../../../prisma/regulations/kpu-oku-rkt-2023.txt", import.meta.url), "utf8")));
const today = DateTime.fromISO("2023-07-10T09:00:00", { zone: "Asia/Jayapura" });

describe("targets stay what they are", () => {
  it.each([
    ["82%", 82, "percent", "82%"],
    ["97 %", 97, "percent", "97%"],
    ["13 kec", 13, "district", "13 kecamatan"],
    ["13 Kec", 13, "district", "13 kecamatan"],
    ["1 dokumen", 1, "document", "1 dokumen"],
    ["5 Lap", 5, "report", "5 laporan"],
    ["5 Laporan", 5, "report", "5 laporan"],
    ["10 kali", 10, "times", "10 kali"],
    ["1 lembaga", 1, "institution", "1 lembaga"],
  ])("%s → %d %s, shown «%s»", (text, value, unit, shown) => {
    const target = parseTarget(text)!;
    expect([target.value, target.unit]).toEqual([value, unit]);
    expect(formatTarget(target)).toBe(shown);
  });

  it("refuses what is not a target", () => {
    for (const text of ["", "lima", "82", "82 apel", "%", "1 2 3"]) expect(parseTarget(text), text).toBeNull();
  });
});

describe("reading /realisasi", () => {
  it.each([
    ["4 75% 30-06-2023", { indicatorNumber: 4, valueText: "75%", dateText: "30-06-2023" }],
    ["4 75 % 30 Juni 2023", { indicatorNumber: 4, valueText: "75 %", dateText: "30 Juni 2023" }],
    ["5 8 kec 2023-06-30", { indicatorNumber: 5, valueText: "8 kec", dateText: "2023-06-30" }],
    ["4 75%", { indicatorNumber: 4, valueText: "75%", dateText: "" }],
  ])("%s", (payload, command) => {
    expect(parseRealisationCommand(payload)).toEqual(command);
  });

  it("returns null for what is not a realisation", () => {
    for (const payload of ["", "x 75%", "4", "1234 5", "4 ".repeat(100)]) expect(parseRealisationCommand(payload), payload).toBeNull();
  });
});

describe("checking a realisation against its indicator and the plan's year", () => {
  const check = (payload: string) => checkRealisation(plan, parseRealisationCommand(payload)!, today);

  it("accepts a value in the target's unit on a past day of the plan's year", () => {
    const checked = check("4 75% 30-06-2023");
    expect(checked.ok && { number: checked.value.indicator.number, value: checked.value.value, unit: checked.value.unit, on: checked.value.achievedOn }).toEqual({
      number: 4,
      value: 75,
      unit: "percent",
      on: "2023-06-30",
    });
    const noUnit = check("5 8");
    expect(noUnit.ok && [noUnit.value.unit, noUnit.value.achievedOn]).toEqual(["district", "2023-07-10"]);
  });

  it.each([
    ["99 75% 30-06-2023", "UNKNOWN_INDICATOR"],
    ["4 8 kec 30-06-2023", "UNIT_MISMATCH"],
    ["4 -5% 30-06-2023", "NEGATIVE"],
    ["4 101% 30-06-2023", "PERCENT_OVER_100"],
    ["4 banyak", "BAD_VALUE"],
    ["4 75% 32-06-2023", "BAD_DATE"],
    ["4 75% 11-07-2023", "FUTURE_DATE"],
    ["4 75% 31-12-2022", "OUTSIDE_PLAN_YEAR"],
  ])("%s → %s", (payload, code) => {
    const checked = check(payload);
    expect(checked.ok ? "accepted" : checked.code).toBe(code);
  });
});

describe("realisation against target, per programme", () => {
  const record = (indicatorNumber: number, value: number, achievedOn: string, id: number): RealisationRecord => ({
    id,
    indicatorNumber,
    value,
    unit: plan.indicator(indicatorNumber)!.target.unit,
    achievedOn,
    recordedBy: 1,
    recordedByName: "Siti",
  });

  it("takes the latest day's realisation, and a later recording of the same day", () => {
    const records = [record(4, 60, "2023-05-01", 1), record(4, 75, "2023-06-30", 2), record(4, 70, "2023-06-30", 3), record(5, 13, "2023-04-01", 4)];
    const [election, support] = progressByProgramme(plan, records);
    const participation = election!.indicators.find((p) => p.indicator.number === 4)!;
    expect(participation.latest?.id).toBe(3);
    expect(participation.achievement).toBeCloseTo((70 / 82) * 100, 10);
    expect(participation.history.map((r) => r.id)).toEqual([3, 2, 1]);
    expect([election!.recorded, election!.met]).toEqual([2, 1]);
    expect(election!.averageAchievement).toBeCloseTo(((70 / 82) * 100 + 100) / 2, 10);
    expect([support!.recorded, support!.averageAchievement]).toEqual([0, null]);
  });

  it("caps each indicator at 100% in the average, and a zero target has no share", () => {
    const [election] = progressByProgramme(plan, [record(5, 26, "2023-04-01", 1), record(4, 41, "2023-04-01", 2)]);
    expect(election!.averageAchievement).toBeCloseTo((100 + 50) / 2, 10);
    expect(achievementPercent({ text: "0 kali", value: 0, unit: "times" }, 3)).toBeNull();
  });
});
