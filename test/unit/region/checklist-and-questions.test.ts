import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { answerNext, answersOf, emptyChecklist, finish, nextQuestion, withCount, YES_NO_QUESTIONS } from "../../../src/domain/region/checklist.ts";
import { formatIndonesianDate, parseIndonesianDate } from "../../../src/domain/region/indonesian-date.ts";
import { parseRegionQuery } from "../../../src/domain/region/region-query-intent.ts";

describe("the checklist asks the count, then each item once", () => {
  it("walks the questions in order and records the answers", () => {
    let state = emptyChecklist("regency");
    expect(nextQuestion(state)).toBe("count");
    state = withCount(state, 4);
    expect(nextQuestion(state)).toBe("age");
    state = answerNext(state, "yes");
    state = answerNext(state, "no");
    expect(answersOf(state)).toEqual({ age: "yes", aspiration: "no" });
    expect(nextQuestion(state)).toBe("councilDecision");
  });

  it("allows «does not apply» only for the islands question", () => {
    let state = withCount(emptyChecklist("city"), 4);
    expect(answerNext(state, "na")).toEqual(state);
    while (nextQuestion(state) !== "islands") state = answerNext(state, "yes");
    expect(answersOf(answerNext(state, "na")).islands).toBe("na");
  });

  it("stops early with every open question as «don't know», and ends when all are answered", () => {
    const stopped = finish(withCount(emptyChecklist("province"), 6));
    expect(stopped.answers).toHaveLength(YES_NO_QUESTIONS.length);
    expect(nextQuestion(stopped)).toBeNull();
    expect(answerNext(stopped, "yes")).toEqual(stopped);
  });
});

describe("dates as officials type them, in the chat's zone", () => {
  const today = DateTime.fromISO("2024-06-20T23:30:00", { zone: "Asia/Jayapura" });

  it.each([
    ["30-01-2024", "2024-01-30"],
    ["30/01/2024", "2024-01-30"],
    ["30.1.2024", "2024-01-30"],
    ["2024-01-30", "2024-01-30"],
    ["30 Januari 2024", "2024-01-30"],
    ["30 jan 2024", "2024-01-30"],
    ["tanggal 17 Agustus 2024", "2024-08-17"],
    ["1 Agt 2024", "2024-08-01"],
    ["hari ini", "2024-06-20"],
    ["kemarin", "2024-06-19"],
  ])("%s → %s", (text, iso) => {
    expect(parseIndonesianDate(text, today)?.toISODate()).toBe(iso);
  });

  it("refuses days that do not exist and anything else", () => {
    for (const text of ["31-02-2024", "2024-13-01", "30 Brumaire 2024", "besok pagi", "", "1".repeat(50), "01-01-1800"]) {
      expect(parseIndonesianDate(text, today), text).toBeNull();
    }
  });

  it("writes a day the Indonesian way", () => {
    expect(formatIndonesianDate(DateTime.fromISO("2024-03-12"))).toBe("12 Maret 2024");
  });
});

describe("plain Indonesian questions about forming a region", () => {
  it.each([
    ["syarat pembentukan kabupaten", { kind: "requirements", regionKind: "regency" }],
    ["apa syarat pemekaran kota?", { kind: "requirements", regionKind: "city" }],
    ["persyaratan pembentukan provinsi", { kind: "requirements", regionKind: "province" }],
    ["syarat kabupaten", { kind: "requirements", regionKind: "regency" }],
    ["tahapan pemekaran", { kind: "procedure", regionKind: "regency" }],
    ["tata cara pembentukan provinsi", { kind: "procedure", regionKind: "province" }],
    ["cek pemekaran kabupaten 4 kecamatan", { kind: "checklist", regionKind: "regency", count: 4 }],
    ["apakah kota dengan 4 kecamatan memenuhi syarat pemekaran?", { kind: "checklist", regionKind: "city", count: 4 }],
    ["usulan pemekaran", { kind: "proposals" }],
    ["penghapusan daerah", { kind: "dissolution" }],
    ["pemekaran", { kind: "menu" }],
    ["PP 78 tahun 2007", { kind: "menu" }],
  ])("%s", (question, intent) => {
    expect(parseRegionQuery(question)).toEqual(intent);
  });

  it("leaves village-fund and work-plan questions alone", () => {
    for (const question of ["total kabupaten", "total kecamatan Tamako", "berapa dana kampung Kalasuge?", "anggaran pembentukan badan adhoc", "", 7]) {
      expect(parseRegionQuery(question as unknown), String(question)).toEqual({ kind: "unknown" });
    }
  });
});
