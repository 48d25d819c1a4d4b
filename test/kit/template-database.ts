import Database from "better-sqlite3";
import { openStore } from "../../src/store/store.ts";

/** The environment variable that also carries the template path (for workers started outside Vitest's provide). */
export const TEMPLATE_DATABASE_ENV = "TEST_TEMPLATE_DATABASE";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, seeded SQLite file made once per test run by test/kit/global-setup.ts. */
    templateDatabasePath: string;
  }
}

/**
 * Creates a migrated and seeded database at `path` and folds its WAL into the file, so that copying the one
 * file gives a complete database.
 */
export async function createTemplateDatabase(path: string): Promise<string> {
  const store = await openStore(`file:${path}`);
  await store.close();
  const db = new Database(path);
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
  return path;
}
