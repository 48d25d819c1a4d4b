import { describe, expect, it } from "vitest";
import { MAX_RANK_COUNT, parseFundQuery } from "../../src/domain/funds/fund-query-intent.ts";

describe("parseFundQuery: kampung", () => {
  it.each([
    ["berapa dana kampung Kalasuge?", "Kalasuge"],
    ["dana Kalasuge", "Kalasuge"],
    ["Kalasuge", "Kalasuge"],
    ["Berapa dana desa Kalasuge ya??", "Kalasuge"],
    ["dana kampung Lapango I dong", "Lapango I"],
    ["Petta Timur", "Petta Timur"],
    ["village fund Kalasuge", "Kalasuge"],
  ])("%j → village %j", (text, name) => {
    expect(parseFundQuery(text)).toEqual({ kind: "village", name });
  });
});

describe("parseFundQuery: kecamatan and kabupaten", () => {
  it.each(["total kecamatan Tamako", "kecamatan Tamako", "Kec. Tamako", "district Tamako"])("%j → district Tamako", (text) => {
    expect(parseFundQuery(text)).toEqual({ kind: "district", name: "Tamako" });
  });

  it("keeps multi-word kecamatan names", () => {
    expect(parseFundQuery("kecamatan Tabukan Selatan Tengah")).toEqual({ kind: "district", name: "Tabukan Selatan Tengah" });
  });

  it.each(["total kabupaten", "total semua", "total", "berapa total seluruh kampung?", "regency total"])("%j → regency", (text) => {
    expect(parseFundQuery(text)).toEqual({ kind: "regency" });
  });
});

describe("parseFundQuery: ranking", () => {
  it.each([
    ["5 tertinggi apbn", { order: "highest", column: "villageFund", count: 5 }],
    ["10 terendah total di kecamatan Tamako", { order: "lowest", column: "total", count: 10, district: "Tamako" }],
    ["tertinggi 3 adk", { order: "highest", column: "districtAllocation", count: 3 }],
    ["terendah pajak", { order: "lowest", column: "taxShare", count: 5 }],
    ["3 paling besar retribusi di Tamako", { order: "highest", column: "leviesShare", count: 3, district: "Tamako" }],
    ["top 3 tax in Tamako", { order: "highest", column: "taxShare", count: 3, district: "Tamako" }],
    ["tertinggi 9999", { order: "highest", column: "total", count: MAX_RANK_COUNT }],
  ])("%j", (text, expected) => {
    expect(parseFundQuery(text)).toEqual({ kind: "rank", ...expected });
  });
});

describe("parseFundQuery: comparing", () => {
  it.each(["bandingkan Bahu dan Naha", "Bahu vs Naha", "bandingkan Bahu dengan Naha?", "compare Bahu and Naha"])("%j", (text) => {
    expect(parseFundQuery(text)).toEqual({ kind: "compare", a: "Bahu", b: "Naha" });
  });

  it("keeps multi-word names on both sides", () => {
    expect(parseFundQuery("bandingkan Petta Timur dan Kalekube I")).toEqual({ kind: "compare", a: "Petta Timur", b: "Kalekube I" });
  });

  it("is unknown when one side is missing", () => {
    expect(parseFundQuery("bandingkan Bahu")).toEqual({ kind: "unknown" });
    expect(parseFundQuery("bandingkan dan")).toEqual({ kind: "unknown" });
  });
});

describe("parseFundQuery: tranches (Pasal 14)", () => {
  it("reads a kampung", () => {
    expect(parseFundQuery("tahap Kalasuge")).toEqual({ kind: "tranche", village: "Kalasuge" });
  });

  it("reads absorption and output", () => {
    expect(parseFundQuery("tahap dana Kalasuge serapan 60 capaian 40")).toEqual({
      kind: "tranche",
      village: "Kalasuge",
      absorptionPercent: 60,
      outputPercent: 40,
    });
    expect(parseFundQuery("tahap 2 serapan 92,5% capaian keluaran 80")).toEqual({
      kind: "tranche",
      completedTranche: 2,
      absorptionPercent: 92.5,
      outputPercent: 80,
    });
  });

  it("reads the completed tranche in digits or roman numerals", () => {
    expect(parseFundQuery("tahap I Kalasuge")).toEqual({ kind: "tranche", village: "Kalasuge", completedTranche: 1 });
    expect(parseFundQuery("tahap")).toEqual({ kind: "tranche" });
  });
});

describe("parseFundQuery: allocations (Pasal 4, 6–7, 10)", () => {
  it.each([
    ["alokasi dasar 1500 jiwa", 1500],
    ["penduduk 1.500", 1500],
    ["1.500 jiwa", 1500],
    ["alokasi dasar penduduk -5", -5],
  ])("%j → base allocation for %d", (text, population) => {
    expect(parseFundQuery(text)).toEqual({ kind: "baseAllocation", population });
  });

  it("asks for the cluster table when no population is given", () => {
    expect(parseFundQuery("alokasi dasar")).toEqual({ kind: "baseAllocation" });
  });

  it("reads the formula inputs", () => {
    expect(parseFundQuery("formula z1 0,01 z2 0,02 z3 0,01 z4 0,015 af 35000000000")).toEqual({
      kind: "formula",
      z1: 0.01,
      z2: 0.02,
      z3: 0.01,
      z4: 0.015,
      regencyFormulaTotal: 35_000_000_000,
      missing: [],
    });
    expect(parseFundQuery("formula z1=0,01 af kabupaten 35 miliar")).toEqual({
      kind: "formula",
      z1: 0.01,
      regencyFormulaTotal: 35_000_000_000,
      missing: ["z2", "z3", "z4"],
    });
  });

  it("reads a question about the performance weights", () => {
    expect(parseFundQuery("bobot kinerja")).toEqual({ kind: "performance" });
    expect(parseFundQuery("alokasi kinerja?")).toEqual({ kind: "performance" });
  });
});

describe("parseFundQuery: garbage", () => {
  it.each(["", "   ", "???", "🙂🙂🙂", "12345", "\u0000\u0001\u0002", "!!! ... ,,,", "dana kampung?", "kecamatan"])("%j → unknown", (text) => {
    expect(parseFundQuery(text)).toEqual({ kind: "unknown" });
  });

  it("does not take a long sentence for a name", () => {
    expect(parseFundQuery("saya sudah lama tinggal di sini dan ingin bertanya sesuatu yang lain")).toEqual({ kind: "unknown" });
  });

  it("never throws, whatever it is given", () => {
    const inputs: unknown[] = [
      "a".repeat(5000),
      "🙂".repeat(5000),
      "\u0000".repeat(5000),
      "tahap ".repeat(1000),
      "bandingkan ".repeat(1000) + "dan",
      "z1 z2 z3 z4 af formula 1e999 NaN Infinity",
      "\ud800\udc00\ud800",
      "tertinggi constructor toString __proto__",
      "tahap constructor",
      "5 constructor",
      "10".repeat(3000),
      null,
      undefined,
      42,
      {},
    ];
    let seed = 1;
    const alphabet = "abc tahap dan vs kecamatan 5 tertinggi 1.500,% z1 af \u0000🙂\n\t?";
    for (let i = 0; i < 500; i++) {
      let s = "";
      for (let j = 0; j < 1 + (i % 60); j++) {
        seed = (seed * 48271) % 2147483647;
        s += alphabet[seed % alphabet.length];
      }
      inputs.push(s);
    }
    for (const input of inputs) {
      const intent = parseFundQuery(input);
      expect(typeof intent.kind).toBe("string");
      if (intent.kind === "village") expect(intent.name.length).toBeLessThanOrEqual(80);
      if (intent.kind === "rank") expect(["villageFund", "districtAllocation", "taxShare", "leviesShare", "total"]).toContain(intent.column);
      if (intent.kind === "tranche" && intent.completedTranche !== undefined) expect([1, 2]).toContain(intent.completedTranche);
    }
  });
});
