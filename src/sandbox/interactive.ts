import { createInterface } from "node:readline";
import type { Logger } from "../logger.ts";
import { sqlitePath } from "../store/database-file.ts";
import { InteractiveChat } from "./interactive-chat.ts";
import { interactiveTexts as texts } from "./interactive-texts.ts";
import { SandboxSession } from "./sandbox-session.ts";

export interface InteractiveSandboxOptions {
  readonly databaseUrl: string;
  readonly timeZone: string;
  readonly logger: Logger;
  readonly adminIds?: readonly number[];
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
}

/**
 * What `npm start` runs without a bot token: a chat with the bot in the terminal, against the sandbox
 * database. Resolves once the user leaves (:keluar, Ctrl-D or Ctrl-C) and the database is closed.
 */
export async function startInteractiveSandbox(options: InteractiveSandboxOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const say = (text: string) => void output.write(`${text}\n`);
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);

  say(texts.preparing(sqlitePath(options.databaseUrl)));
  const session = await SandboxSession.open(options);
  const lines = createInterface({ input, output, terminal });
  const nextLine = lineReader(lines, terminal, output);
  const stop = () => lines.close();
  lines.on("SIGINT", stop);
  process.once("SIGINT", stop);
  const ask = async (question: string) => {
    lines.setPrompt(question);
    lines.prompt();
    return nextLine();
  };
  const chat = new InteractiveChat(session, options.timeZone, say, ask);

  try {
    say(texts.welcome(chat.whoAmI()));
    for (;;) {
      say("");
      lines.setPrompt(chat.prompt());
      lines.prompt();
      const line = await nextLine();
      if (line === undefined) output.write("\n");
      if (line === undefined || !(await handleSafely(chat, line, say))) break;
    }
  } finally {
    process.off("SIGINT", stop);
    lines.close();
    await session.close();
    say(texts.goodbye);
  }
}

/** Lines one at a time (undefined once the input ends); piped input is echoed so the transcript reads well. */
function lineReader(
  lines: ReturnType<typeof createInterface>,
  terminal: boolean,
  output: NodeJS.WritableStream,
): () => Promise<string | undefined> {
  const iterator = lines[Symbol.asyncIterator]();
  return async () => {
    const next = await iterator.next();
    if (next.done) return undefined;
    if (!terminal) output.write(`${next.value}\n`);
    return next.value;
  };
}

async function handleSafely(chat: InteractiveChat, line: string, say: (text: string) => void): Promise<boolean> {
  try {
    return await chat.handle(line);
  } catch (error) {
    say(texts.turnFailed(error instanceof Error ? error.message : String(error)));
    return true;
  }
}
