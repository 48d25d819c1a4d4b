/** Entry point of `npm run chat`; see run-chat-cli.ts. */
import { runChatCli } from "./run-chat-cli.ts";

runChatCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Sandbox gagal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
