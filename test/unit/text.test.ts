import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { compactName, maxTypos, NameIndex, normalizeName, repairSpacedLetters } from "../../src/domain/shared/text.ts";

describe("normalizeName", () => {
  it("lowercases, strips diacritics and punctuation, collapses whitespace", () => {
    expect(normalizeName("  KALASUGE ")).toBe("kalasuge");
    expect(normalizeName("Aha-Patung")).toBe("aha patung");
    expect(normalizeName("Tabukan   Selatan\tTengah")).toBe("tabukan selatan tengah");
    expect(normalizeName("Pémpalraéng")).toBe("pempalraeng");
    expect(normalizeName("Ma'rang")).toBe("marang");
    expect(normalizeName("ＫＡＬＡＭＡ")).toBe("kalama");
    expect(normalizeName("Kalekube I.")).toBe("kalekube i");
  });

  it("has a compact form without spaces", () => {
    expect(compactName("kala suge")).toBe("kalasuge");
    expect(compactName("Kalasuge")).toBe("kalasuge");
    expect(compactName("Petta Timur")).toBe("pettatimur");
  });
});

describe("repairSpacedLetters", () => {
  it("joins names spread letter by letter", () => {
    expect(repairSpacedLetters("D a g h o")).toBe("Dagho");
    expect(repairSpacedLetters("B e b u")).toBe("Bebu");
  });

  it("leaves real multi-word names and initials alone", () => {
    expect(repairSpacedLetters("Petta Timur")).toBe("Petta Timur");
    expect(repairSpacedLetters("Kalekube I")).toBe("Kalekube I");
    expect(repairSpacedLetters("A B")).toBe("A B");
    expect(repairSpacedLetters("D  a g h o")).toBe("D  a g h o");
  });
});

describe("NameIndex", () => {
  const index = new NameIndex([
    { name: "Kalasuge", value: 1 },
    { name: "Mala", value: 3 },
    { name: "Mala", value: 75 },
    { name: "Malamenggu", value: 109 },
    { name: "Kalama", value: 43 },
    { name: "Kalama Darat", value: 65 },
    { name: "Petta Timur", value: 18 },
  ]);

  it("finds exact names regardless of case and spacing", () => {
    expect(index.exact("KALASUGE")).toEqual([1]);
    expect(index.exact("kala suge")).toEqual([1]);
    expect(index.exact("pettatimur")).toEqual([18]);
    expect(index.exact("Mala")).toEqual([3, 75]);
    expect(index.exact("Kalasugee")).toEqual([]);
  });

  it("finds names one or two typos away, with their distance", () => {
    const [best] = index.nearest("Kalasugee");
    expect(best).toMatchObject({ value: 1, distance: 1 });
    expect(index.nearest("Klasuge")[0]).toMatchObject({ value: 1, distance: 1 });
    expect(index.nearest("Kalsugi")[0]).toMatchObject({ value: 1, distance: 2 });
  });

  it("does not forgive more typos than the name length allows", () => {
    expect(index.nearest("Mxlx")).toEqual([]);
    expect(index.nearest("Kxlxsxge")).toEqual([]);
  });

  it("ranks prefix matches well", () => {
    const names = index.nearest("kalasu").map((m) => m.name);
    expect(names[0]).toBe("Kalasuge");
    expect(index.nearest("Malame")[0]).toMatchObject({ name: "Malamenggu", prefix: true });
  });

  it("resolves: exact, then a safe one-typo correction, else suggestions", () => {
    expect(index.resolve("Mala")).toEqual({ kind: "exact", values: [3, 75] });
    expect(index.resolve("Kalasugee")).toEqual({ kind: "corrected", values: [1], distance: 1 });
    expect(index.resolve("Kala")).toMatchObject({ kind: "suggest" });
    expect(index.resolve("zzzzzzzz")).toEqual({ kind: "none" });
    expect(index.resolve("")).toEqual({ kind: "none" });
  });

  it("ignores absurdly long queries", () => {
    expect(index.exact("a".repeat(5000))).toEqual([]);
    expect(index.nearest("a".repeat(5000))).toEqual([]);
  });
});

/** Deterministic generator (mulberry32) so the large-index test always sees the same names. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedNames(count: number): string[] {
  const rnd = random(2022);
  const syllables: string[] = [];
  for (const c of ["k", "l", "s", "g", "b", "h", "m", "n", "t", "r", "p", "d", "w", "j", "ng", "s"]) {
    for (const v of ["a", "i", "u", "e", "o"]) syllables.push(c + v);
  }
  const suffixes = ["Baru", "Timur", "Barat", "I", "II", "Jaya"];
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    let name = "";
    for (let j = 2 + Math.floor(rnd() * 3); j > 0; j--) name += pick(syllables);
    name = name[0]?.toUpperCase() + name.slice(1);
    names.push(rnd() < 0.2 ? `${name} ${pick(suffixes)}` : name);
  }
  return names;
}

describe("NameIndex on a national-size table (75,000 names)", () => {
  const names = generatedNames(75_000);
  const index = new NameIndex(names.map((name, i) => ({ name, value: i })));
  const keys = [...new Set(names.map(compactName))];

  it("finds every name exactly, whatever the case and spacing", () => {
    const missed = names.filter((name, i) => !index.exact(name).includes(i) || !index.exact(name.toLowerCase()).includes(i));
    expect(missed).toEqual([]);
    expect(index.exact(names[123]!.toUpperCase().split("").join(" "))).toContain(123);
  });

  it("finds exactly the names a brute-force scan finds within the allowed typos", () => {
    const rnd = random(7);
    for (let k = 0; k < 40; k++) {
      const name = compactName(names[Math.floor(rnd() * names.length)] as string);
      const at = Math.floor(rnd() * name.length);
      const query = k % 2 === 0 ? name.slice(0, at) + name.slice(at + 1) : `${name.slice(0, at)}x${name.slice(at + 1)}`;

      const expected = keys
        .filter((key) => distance(query, key) <= maxTypos(Math.min(key.length, query.length)))
        .sort();
      const found = [
        ...new Set(
          index
            .nearest(query, 100_000)
            .filter((m) => m.distance <= maxTypos(Math.min(m.key.length, compactName(query).length)))
            .map((m) => m.key),
        ),
      ].sort();
      expect(found).toEqual(expected);
      expect(found).toContain(name);
    }
  });

  it("ranks the intended name first for a one-letter typo in a long name", () => {
    const long = names.find((n) => compactName(n).length >= 10) as string;
    const key = compactName(long);
    const query = `${key}q`;
    expect(index.nearest(query, 5)[0]?.key).toBe(key);
  });
});
