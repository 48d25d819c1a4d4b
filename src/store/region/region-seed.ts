import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseRegionFormationText } from "../../domain/region/region-formation-text.ts";
import { PROJECT_ROOT } from "../database-file.ts";
import type { RegionRepository } from "./region-repository.ts";

/** The region-formation regulations the seed parses, shipped with the repository. */
export const REGION_FORMATION_FILE = resolve(PROJECT_ROOT, "prisma/regulations/pp-129-2000-pp-78-2007-region-formation.txt");

/**
 * Loads PP 129/2000, UU 32/2004 and PP 78/2007 once; when they are already there nothing changes. The rule book
 * is built right away, so a provision a rule needs but the text lacks stops the seed instead of a later answer.
 */
export async function seedRegionLaw(region: RegionRepository): Promise<string[]> {
  const parsed = parseRegionFormationText(readFileSync(REGION_FORMATION_FILE, "utf8"));
  const codes = parsed.regulations.map((regulation) => regulation.code);
  const present = await Promise.all(codes.map((code) => region.hasRegulation(code)));
  if (present.every(Boolean)) return [];
  if (present.some(Boolean)) throw new Error(`Peraturan pembentukan daerah hanya sebagian termuat (${codes.join(", ")}).`);
  await region.insertLaw(parsed);
  await region.loadLaw();
  return [`${codes.join(", ")} (${parsed.provisions.length} ketentuan)`];
}
