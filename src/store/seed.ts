import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseSangiheAnnex } from "../domain/funds/sangihe-annex.ts";
import { validateFundRows } from "../domain/funds/table-validation.ts";
import { PROJECT_ROOT } from "./database-file.ts";
import { seedRegionLaw } from "./region/region-seed.ts";
import { seedWorkPlan } from "./workplan/work-plan-seed.ts";
import type { Store } from "./store.ts";

/** The regulation texts the seed parses; shipped with the repository so a fresh clone needs nothing else. */
export const SANGIHE_REGULATION_FILE = resolve(PROJECT_ROOT, "prisma/regulations/perbup-sangihe-5-2022-dana-kampung.txt");

/** Loads the data parsed from the regulations, once: a table already there is left as it is. */
export async function seedDatabase(store: Store): Promise<{ seeded: string[] }> {
  const seeded: string[] = [];
  const annex = parseSangiheAnnex(readFileSync(SANGIHE_REGULATION_FILE, "utf8"));
  if (!(await store.funds.hasTable(annex.meta.regency, annex.meta.fiscalYear))) {
    const problems = validateFundRows(annex.rows, annex.totalRow);
    if (problems.length > 0) {
      throw new Error(`Lampiran ${annex.meta.regulation} tidak konsisten: ${JSON.stringify(problems)}`);
    }
    await store.funds.insertTable(annex.meta, annex.rows);
    seeded.push(`${annex.meta.regulation} (${annex.rows.length} kampung)`);
  }
  seeded.push(...(await seedWorkPlan(store.workplan)));
  seeded.push(...(await seedRegionLaw(store.region)));
  return { seeded };
}
