import { describe, expect, it } from "vitest";
import { formatPercent, formatRupiah, spellRupiah, splitByPercent, sumRupiah, terbilang } from "../../src/domain/shared/money.ts";

describe("terbilang (spelling amounts in words)", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [111, "seratus sebelas"],
    [200, "dua ratus"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1100, "seribu seratus"],
    [2000, "dua ribu"],
    [11000, "sebelas ribu"],
    [100000, "seratus ribu"],
    [1000000, "satu juta"],
    [1001000, "satu juta seribu"],
    [1000000000, "satu miliar"],
    [1000000000000, "satu triliun"],
  ])("%d → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("spells the Kalasuge total", () => {
    expect(spellRupiah(1_160_665_000)).toBe("satu miliar seratus enam puluh juta enam ratus enam puluh lima ribu rupiah");
  });

  it("spells the regency total of the annex", () => {
    expect(spellRupiah(153_623_929_532)).toBe(
      "seratus lima puluh tiga miliar enam ratus dua puluh tiga juta sembilan ratus dua puluh sembilan ribu lima ratus tiga puluh dua rupiah",
    );
  });

  it("says nol rupiah for zero and minus for negatives", () => {
    expect(spellRupiah(0)).toBe("nol rupiah");
    expect(spellRupiah(-5000)).toBe("minus lima ribu rupiah");
  });

  it("writes miliar, never milyar", () => {
    for (const n of [1_000_000_000, 2_500_000_000, 999_999_999_999, 153_623_929_532]) {
      expect(spellRupiah(n)).toContain("miliar");
      expect(spellRupiah(n)).not.toContain("milyar");
    }
  });

  it("handles the largest safe integer", () => {
    expect(terbilang(Number.MAX_SAFE_INTEGER)).toMatch(/^sembilan kuadriliun tujuh triliun/);
  });

  it("refuses non-integers and unsafe integers", () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(Number.NaN)).toThrow(RangeError);
    expect(() => terbilang(2 ** 60)).toThrow(RangeError);
  });
});

describe("formatRupiah (PUEBI)", () => {
  it("writes Rp with no space and dots between thousands", () => {
    expect(formatRupiah(1_160_665_000)).toBe("Rp1.160.665.000");
    expect(formatRupiah(0)).toBe("Rp0");
    expect(formatRupiah(999)).toBe("Rp999");
    expect(formatRupiah(1000)).toBe("Rp1.000");
    expect(formatRupiah(153_623_929_532)).toBe("Rp153.623.929.532");
  });

  it("puts the minus before Rp", () => {
    expect(formatRupiah(-5000)).toBe("-Rp5.000");
  });

  it("refuses fractions of a rupiah", () => {
    expect(() => formatRupiah(10.5)).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it("uses a decimal comma and drops trailing zeros", () => {
    expect(formatPercent(12.5)).toBe("12,5%");
    expect(formatPercent(40)).toBe("40%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(33.333333)).toBe("33,33%");
    expect(formatPercent(0.1 + 0.2)).toBe("0,3%");
    expect(formatPercent(-0.001)).toBe("0%");
  });
});

describe("splitByPercent", () => {
  it("splits without losing a rupiah, the last part taking the remainder", () => {
    expect(splitByPercent(707_475_000, [40, 40, 20])).toEqual([282_990_000, 282_990_000, 141_495_000]);
    expect(splitByPercent(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
    expect(splitByPercent(1, [40, 40, 20])).toEqual([0, 0, 1]);
    for (const amount of [0, 1, 7, 999_999_999, 153_623_929_532, Number.MAX_SAFE_INTEGER]) {
      const parts = splitByPercent(amount, [40, 40, 20]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
    }
  });

  it("refuses percentages that do not add up to 100 and negative amounts", () => {
    expect(() => splitByPercent(100, [40, 40])).toThrow(RangeError);
    expect(() => splitByPercent(-1, [100])).toThrow(RangeError);
    expect(() => splitByPercent(100, [])).toThrow(RangeError);
    expect(() => splitByPercent(100, [50.001, 49.999])).toThrow(RangeError);
  });
});

describe("sumRupiah", () => {
  it("sums integers and refuses a fraction", () => {
    expect(sumRupiah([1, 2, 3])).toBe(6);
    expect(() => sumRupiah([1, 0.5])).toThrow(RangeError);
  });
});
