import { describe, expect, it } from "vitest";
import { parseAnnexAmount, parseIndonesianNumber } from "../../src/domain/shared/numbers.ts";

describe("parseIndonesianNumber", () => {
  it.each([
    ["1.500", 1500],
    ["1.500 jiwa", 1500],
    ["10.000", 10000],
    ["1,5", 1.5],
    ["Rp1.160.665.000", 1_160_665_000],
    ["Rp 5.000", 5000],
    ["Rp.5.000", 5000],
    ["707,475,000", 707_475_000],
    ["12,5%", 12.5],
    ["100%", 100],
    ["0,015", 0.015],
    ["0.015", 0.015],
    ["1.5", 1.5],
    ["1.500,5", 1500.5],
    ["1,500.5", 1500.5],
    ["35 miliar", 35_000_000_000],
    ["1,5 juta", 1_500_000],
    ["1.500.", 1500],
    ["-5", -5],
    ["  42  ", 42],
    ["0", 0],
  ])("%j → %d", (text, value) => {
    expect(parseIndonesianNumber(text)).toBe(value);
  });

  it.each([
    "",
    "abc",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e5",
    "1..5",
    "1.2.3",
    "1.50.000",
    "12 apples",
    "Rp.665.508,000,000",
    "99999999999999999999",
    "1".repeat(65),
    "٣",
    "5 5",
    "5 constructor",
    "5 __proto__",
  ])("rejects %j", (text) => {
    expect(parseIndonesianNumber(text)).toBeNull();
  });
});

describe("parseAnnexAmount", () => {
  it("reads the annex style with comma thousands", () => {
    expect(parseAnnexAmount("707,475,000")).toBe(707_475_000);
    expect(parseAnnexAmount(" 153,623,929,532 ")).toBe(153_623_929_532);
    expect(parseAnnexAmount("0")).toBe(0);
  });

  it("rejects anything else", () => {
    for (const text of ["707.475.000", "707,47,000", "1,5", "", "abc", "-5,000", "07,475"]) expect(parseAnnexAmount(text)).toBeNull();
  });
});
