import type { FundRow } from "../src/domain/funds/fund-table.ts";

const SYLLABLES = ["ka", "la", "su", "ge", "ba", "hu", "ma", "ta", "na", "ri", "bo", "wo", "ngu", "sa", "pe", "lo", "mi", "tu", "de", "si", "ra", "wa", "ja", "ko", "pa"];

/** A deterministic pseudo-random generator (mulberry32), so every run benchmarks the same table. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function name(next: () => number, syllables: number): string {
  let word = "";
  for (let index = 0; index < syllables; index++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A national-size table: `villages` kampung in kecamatan of about ten, amounts that add up row by row. */
export function generateNationalTable(villages = 75_000, seed = 2022): FundRow[] {
  const next = random(seed);
  const rows: FundRow[] = [];
  let district = "";
  for (let index = 0; index < villages; index++) {
    if (index % 10 === 0) district = `${name(next, 3)} ${index % 20 === 0 ? "Utara" : "Selatan"}`;
    const villageFund = 500_000_000 + Math.floor(next() * 500_000) * 1000;
    const districtAllocation = 250_000_000 + Math.floor(next() * 250_000_000);
    const taxShare = 5_000_000 + Math.floor(next() * 5_000_000);
    const leviesShare = 2_000_000 + Math.floor(next() * 2_000_000);
    rows.push({
      rowNumber: index + 1,
      district,
      village: `${name(next, 2 + Math.floor(next() * 3))}${next() < 0.2 ? ` ${["I", "II", "Barat", "Timur"][Math.floor(next() * 4)]}` : ""}`,
      villageFund,
      districtAllocation,
      taxShare,
      leviesShare,
      total: villageFund + districtAllocation + taxShare + leviesShare,
    });
  }
  return rows;
}
