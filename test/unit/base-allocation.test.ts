import { describe, expect, it } from "vitest";
import { baseAllocationFor } from "../../src/domain/funds/base-allocation.ts";
import { BASE_SHARE, POPULATION_CLUSTERS } from "../../src/domain/funds/sangihe-2022-rules.ts";
import { terbilang } from "../../src/domain/shared/money.ts";

function clusterOf(population: number): string | undefined {
  const outcome = baseAllocationFor(population);
  return outcome.ok ? outcome.value.letter : undefined;
}

describe("Pasal 4 ayat (1): the base share", () => {
  it("is 65% of the Dana Kampung budget", () => {
    expect(BASE_SHARE).toEqual({ percent: 65, citation: { regulation: "Perbup Kepulauan Sangihe 5/2022", article: "Pasal 4 ayat (1)" } });
  });
});

describe("Pasal 4 ayat (2): base allocation by population cluster", () => {
  it.each([
    [0, "a"],
    [100, "a"],
    [101, "b"],
    [500, "b"],
    [501, "c"],
    [1500, "c"],
    [1501, "d"],
    [3000, "d"],
    [3001, "e"],
    [5000, "e"],
    [5001, "f"],
    [10000, "f"],
    [10001, "g"],
    [250_000, "g"],
  ])("%d jiwa → cluster %s", (population, letter) => {
    expect(clusterOf(population)).toBe(letter);
  });

  it("gives each cluster's amount with its huruf", () => {
    const amounts = POPULATION_CLUSTERS.map((c) => [c.letter, c.amount, c.citation.article]);
    expect(amounts).toEqual([
      ["a", 415_978_000, "Pasal 4 ayat (2) huruf a"],
      ["b", 478_334_000, "Pasal 4 ayat (2) huruf b"],
      ["c", 504_725_000, "Pasal 4 ayat (2) huruf c"],
      ["d", 603_117_000, "Pasal 4 ayat (2) huruf d"],
      ["e", 665_508_000, "Pasal 4 ayat (2) huruf e"],
      ["f", 727_900_000, "Pasal 4 ayat (2) huruf f"],
      ["g", 790_291_000, "Pasal 4 ayat (2) huruf g"],
    ]);
  });

  it("matches every amount to the words printed next to it", () => {
    for (const cluster of POPULATION_CLUSTERS) {
      expect(cluster.amountInWords.replace(/,/g, "")).toBe(`${terbilang(cluster.amount)} rupiah`);
    }
  });

  it("records how the garbled figure of huruf e was read", () => {
    const e = POPULATION_CLUSTERS.find((c) => c.letter === "e");
    expect(e?.note).toContain("Rp.665.508,000,000");
    expect(e?.amount).toBe(665_508_000);
  });

  it("covers every population without gaps or overlaps", () => {
    for (let i = 1; i < POPULATION_CLUSTERS.length; i++) {
      expect(POPULATION_CLUSTERS[i]?.minPopulation).toBe((POPULATION_CLUSTERS[i - 1]?.maxPopulation ?? Number.NaN) + 1);
    }
  });

  it("rejects negative, fractional and absurd populations", () => {
    expect(baseAllocationFor(-5)).toMatchObject({ ok: false, code: "INVALID_POPULATION", params: { reason: "NEGATIVE" } });
    expect(baseAllocationFor(1500.5)).toMatchObject({ ok: false, code: "INVALID_POPULATION", params: { reason: "NOT_A_WHOLE_NUMBER" } });
    expect(baseAllocationFor(Number.NaN)).toMatchObject({ ok: false, code: "INVALID_POPULATION" });
    expect(baseAllocationFor(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: "INVALID_POPULATION" });
    expect(baseAllocationFor(50_000_000)).toMatchObject({ ok: false, code: "INVALID_POPULATION", params: { reason: "IMPLAUSIBLY_LARGE" } });
    const rejected = baseAllocationFor(-5);
    if (!rejected.ok) expect(rejected.citation?.article).toBe("Pasal 4 ayat (2)");
  });
});
