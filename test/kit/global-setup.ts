import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createTemplateDatabase, TEMPLATE_DATABASE_ENV } from "./template-database.ts";

/**
 * Vitest global setup: one migrated, seeded database for the whole run; each test copies it
 * (test/kit/bot-harness.ts) instead of migrating its own.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "asisten-desa-template-"));
  const path = await createTemplateDatabase(join(dir, "template.db"));
  project.provide("templateDatabasePath", path);
  process.env[TEMPLATE_DATABASE_ENV] = path;
  return () => rmSync(dir, { recursive: true, force: true });
}
