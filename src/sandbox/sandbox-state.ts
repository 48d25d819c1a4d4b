import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { EMPTY_BOT_API_STATE, type LocalBotApiState } from "./bot-api-types.ts";

/** What the sandbox remembers between runs, beside the bot's own database. */
export interface SandboxState {
  readonly version: 1;
  /** Telegram's update ids only grow; the bot drops an id it has already handled. */
  readonly nextUpdateId: number;
  /** The name each sandbox user id last used, so `--from 1002` alone is still "Siti". */
  readonly personas: Record<string, string>;
  readonly botApi: LocalBotApiState;
}

const stateSchema = z.object({
  version: z.literal(1),
  nextUpdateId: z.number().int().positive(),
  personas: z.record(z.string(), z.string()),
  botApi: z.object({
    chats: z.record(z.string(), z.looseObject({ id: z.number(), type: z.string() })),
    lastMessageIds: z.record(z.string(), z.number().int().nonnegative()),
    transcript: z.record(z.string(), z.array(z.looseObject({ message: z.looseObject({ message_id: z.number() }) }))),
  }),
});

/** `data/sandbox.db` → `data/sandbox.db.sandbox.json`. */
export function sandboxStatePath(databasePath: string): string {
  return `${databasePath}.sandbox.json`;
}

/**
 * A new sandbox. Update ids start from the current Unix time rather than 1, so that even if only this
 * file was lost, new updates are not mistaken for ones the database has already recorded.
 */
export function freshSandboxState(nowMs = Date.now()): SandboxState {
  return { version: 1, nextUpdateId: Math.floor(nowMs / 1000), personas: {}, botApi: EMPTY_BOT_API_STATE };
}

export type LoadedState = { readonly state: SandboxState; readonly problem?: string };

/** Reads the saved state; a missing file is a fresh sandbox, an unreadable one is reported and replaced. */
export function loadSandboxState(path: string): LoadedState {
  if (!existsSync(path)) return { state: freshSandboxState() };
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (parsed.success) return { state: parsed.data as unknown as SandboxState };
    return { state: freshSandboxState(), problem: `isi berkas tidak dikenali (${parsed.error.issues[0]?.message ?? "?"})` };
  } catch (error) {
    return { state: freshSandboxState(), problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Writes the state atomically (temporary file, then rename): a crash never leaves half a file. */
export function saveSandboxState(path: string, state: SandboxState): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** Deletes the sandbox database (with its WAL companions) and the sandbox state; returns what existed. */
export function resetSandbox(databasePath: string): string[] {
  const files = ["", "-wal", "-shm", "-journal"].map((suffix) => `${databasePath}${suffix}`);
  files.push(sandboxStatePath(databasePath));
  const existing = files.filter((file) => existsSync(file));
  for (const file of existing) rmSync(file, { force: true });
  return existing;
}
