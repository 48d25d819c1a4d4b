import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createTemplateDatabase, TEMPLATE_DATABASE_ENV } from "./template-database.ts";

let workerTemplate: Promise<string> | undefined;

/**
 * A fresh, migrated and seeded database file at `dir/name`: a copy of the run's template (made once by
 * global-setup.ts), or of one made once per worker when that setup is not configured.
 */
export async function freshTestDatabase(dir: string, name = "bot.db"): Promise<string> {
  const provided = inject("templateDatabasePath") || process.env[TEMPLATE_DATABASE_ENV];
  const path = join(dir, name);
  await copyFile(provided || (await ownTemplate()), path);
  return path;
}

const OWN_TEMPLATE_PREFIX = "asisten-desa-template-pid";

/** Without global setup: one template per worker process, in a folder named after the process. */
function ownTemplate(): Promise<string> {
  if (!workerTemplate) {
    removeTemplatesOfEndedWorkers();
    const dir = join(tmpdir(), `${OWN_TEMPLATE_PREFIX}${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    workerTemplate = createTemplateDatabase(join(dir, "template.db"));
  }
  return workerTemplate;
}

/** Workers are often ended without an exit hook running; the next one tidies up after them. */
function removeTemplatesOfEndedWorkers(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(OWN_TEMPLATE_PREFIX.length));
    if (name.startsWith(OWN_TEMPLATE_PREFIX) && Number.isInteger(pid) && !isRunning(pid)) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
