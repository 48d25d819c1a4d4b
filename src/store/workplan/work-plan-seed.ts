import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseKpuOkuWorkPlan } from "../../domain/workplan/kpu-oku-rkt-parser.ts";
import { PROJECT_ROOT } from "../database-file.ts";
import type { WorkPlanRepository } from "./work-plan-repository.ts";

/** The work plan the seed parses, shipped with the repository. */
export const KPU_OKU_RKT_FILE = resolve(PROJECT_ROOT, "prisma/regulations/kpu-oku-rkt-2023.txt");

/** Loads the RKT KPU Kabupaten Ogan Komering Ulu 2023 once; a plan already there is left as it is. */
export async function seedWorkPlan(workplan: WorkPlanRepository): Promise<string[]> {
  const parsed = parseKpuOkuWorkPlan(readFileSync(KPU_OKU_RKT_FILE, "utf8"));
  if (await workplan.hasPlan(parsed.meta.organisation, parsed.meta.fiscalYear)) return [];
  await workplan.insertPlan(parsed);
  const rows = parsed.tables.reduce((sum, table) => sum + table.rows.length, 0);
  return [`${parsed.meta.document} (${parsed.tables.length} tabel, ${rows} baris)`];
}
