import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { cleanEnv, PROJECT_ROOT } from "./processes.ts";

/** tsx's loader, so `node --import` runs TypeScript in the same process (a tsx CLI wrapper would outlive a SIGKILL). */
const TSX_LOADER = pathToFileURL(resolve(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const MAIN = resolve(PROJECT_ROOT, "src/main.ts");

export interface LoggedLine {
  readonly level: number;
  readonly msg?: string;
  readonly [field: string]: unknown;
}

/**
 * `src/main.ts` as its own process (what `npm start` runs), started again and again on the same database:
 * `kill()` is a SIGKILL, nothing of the process gets to run. Its JSON log lines are kept across generations.
 */
export class BotProcess {
  readonly logs: LoggedLine[] = [];
  /** Output that is not a JSON log line (a crash's stack trace, "Gagal menjalankan bot: ..."). */
  readonly otherOutput: string[] = [];
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private generation = 0;

  constructor(
    private readonly env: Record<string, string>,
    private readonly cwd: string,
  ) {}

  get running(): boolean {
    return this.child !== undefined;
  }

  get starts(): number {
    return this.generation;
  }

  start(): void {
    if (this.child) throw new Error("already running");
    this.generation++;
    const child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], { cwd: this.cwd, env: cleanEnv(this.env), stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop()!;
        for (const line of lines) this.take(line);
      });
      stream.on("end", () => rest && this.take(rest));
    };
    collect(child.stdout!);
    collect(child.stderr!);
    this.exited = new Promise((done) => child.once("exit", () => done()));
    void this.exited.then(() => {
      if (this.child === child) this.child = undefined;
    });
  }

  /** SIGKILL, and wait until the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill("SIGKILL");
    await this.exited;
    this.child = undefined;
  }

  /** Synchronous SIGKILL, for a kill decided inside an HTTP handler. */
  killNow(): void {
    this.child?.kill("SIGKILL");
  }

  /** A process that ended by itself (not killed) is a failure of the bot; its exit is awaited here. */
  async whenExited(): Promise<void> {
    await this.exited;
  }

  errors(): LoggedLine[] {
    return this.logs.filter((line) => line.level >= 50);
  }

  private take(line: string): void {
    if (!line.trim()) return;
    try {
      const parsed = JSON.parse(line) as LoggedLine;
      if (typeof parsed.level === "number") return void this.logs.push(parsed);
    } catch {
      // not a log line
    }
    this.otherOutput.push(line);
  }
}
