import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError, loadConfig, loadDotEnv } from "../../config.ts";

/** Exit codes of the backup and restore commands. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

const argumentsSchema = z.object({
  help: z.boolean().default(false),
  files: z.array(z.string().min(1)).max(1, "sebutkan paling banyak satu berkas"),
});

/** The command's one optional FILE argument (or --help), and the database the bot uses with this environment. */
export function commandInput(argv: readonly string[]): { file?: string; help: boolean; databaseUrl: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = argumentsSchema.safeParse({ help: parsed.values.help, files: parsed.positionals });
  if (!values.success) throw new UsageError(values.error.issues.map((issue) => issue.message).join("; "));
  loadDotEnv();
  try {
    // The same database the bot would open with this environment (DATABASE_URL, or the default of its mode).
    return { file: values.data.files[0], help: values.data.help, databaseUrl: loadConfig(process.env).databaseUrl };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Runs a command's body and exits with its code; an unexpected error is a failure (1). */
export function runCommand(name: string, body: () => number): void {
  let code: number;
  try {
    code = body();
  } catch (error) {
    process.stderr.write(`${name} gagal: ${(error as Error).message}\n`);
    code = EXIT.failed;
  }
  process.exit(code);
}
