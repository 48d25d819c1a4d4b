import { spawn, spawnSync } from "node:child_process";
import { resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
/** The tsx that `npm run chat` and `npm start` use (npx would resolve the same binary, plus npm's noise). */
export const TSX = resolve(PROJECT_ROOT, "node_modules/.bin/tsx");

export interface Finished {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * An environment with nothing of the developer's: no bot token, no database, no log level. The working
 * directory is a temporary one too, so a developer's .env is not read.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...extra };
}

/** Runs `tsx src/sandbox/chat-cli.ts ARGS` as `npm run chat -- ARGS` would. */
export function runChat(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Finished {
  const result = spawnSync(TSX, [resolve(PROJECT_ROOT, "src/sandbox/chat-cli.ts"), ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    encoding: "utf8",
    timeout: 25_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `tsx src/main.ts` (what `npm start` runs), feeding it `input` on stdin, until it exits. */
export function runMain(input: string, options: { cwd: string; env: Record<string, string>; endInput?: boolean }): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [resolve(PROJECT_ROOT, "src/main.ts")], { cwd: options.cwd, env: cleanEnv(options.env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("error", fail);
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
    child.stdin.write(input);
    if (options.endInput ?? true) child.stdin.end();
  });
}
