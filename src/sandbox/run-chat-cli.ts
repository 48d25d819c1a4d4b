import { DateTime } from "luxon";
import { ConfigError, loadConfig, loadDotEnv, type AppConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { sqlitePath } from "../store/database-file.ts";
import {
  CHAT_CLI_USAGE,
  DEFAULT_GROUP_TITLE,
  DEFAULT_USER_NAME,
  parseChatArgs,
  type ChatCliArgs,
} from "./chat-cli-args.ts";
import { SandboxSession, type Place, type TurnResult } from "./sandbox-session.ts";
import { resetSandbox } from "./sandbox-state.ts";
import { sandboxTexts } from "./sandbox-texts.ts";
import { renderMissingButton, renderTurn } from "./turn-output.ts";
import { groupIdFromTitle, type Persona } from "./update-factory.ts";

/**
 * `npm run chat -- [pilihan] PESAN...`: one message (or button press, or inline query) to the bot in the
 * sandbox, its replies printed as plain text. Returns the exit code: 0; 1 when the bot failed or the button
 * does not exist; 2 for a usage or configuration error.
 */
export async function runChatCli(argv: readonly string[]): Promise<number> {
  const parsed = parseChatArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`Kesalahan: ${parsed.problem}.\n\n${CHAT_CLI_USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(`${CHAT_CLI_USAGE}\n`);
    return 0;
  }
  loadDotEnv();
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const databaseUrl = args.db.startsWith("file:") ? args.db : `file:${args.db}`;
  if (args.reset) {
    process.stdout.write(`${sandboxTexts.resetDone(resetSandbox(sqlitePath(databaseUrl)))}\n`);
    if (args.action.kind === "none") return 0;
  }
  let botFailed = false;
  const logger = createLogger(process.env.LOG_LEVEL?.trim() ? config.logLevel : "warn", () => {
    botFailed = true;
  });
  const fixedClock = args.clock ? DateTime.fromISO(args.clock, { zone: config.timeZone }) : undefined;
  const session = await SandboxSession.open({
    databaseUrl,
    timeZone: config.timeZone,
    logger,
    fixedClock,
    adminIds: config.adminIds,
  });
  try {
    const persona: Persona = { id: args.from, name: args.name ?? session.personaName(args.from) ?? DEFAULT_USER_NAME };
    const place = placeOf(args, session);
    const result = await act(session, persona, place, args);
    if (result.missingButton) {
      process.stderr.write(`${renderMissingButton(result.missingButton)}\n`);
      return 1;
    }
    const output = renderTurn(result, { session, persona, place, numbered: false });
    if (output !== "") process.stdout.write(`${output}\n`);
    // The bot's error boundary answers the user and logs the failure instead of throwing: either way it failed.
    return result.failure === undefined && !botFailed ? 0 : 1;
  } finally {
    await session.close();
  }
}

function act(session: SandboxSession, persona: Persona, place: Place, args: ChatCliArgs): Promise<TurnResult> {
  switch (args.action.kind) {
    case "press":
      return session.press(persona, place, args.action.label);
    case "inline":
      return session.inline(persona, place, args.action.query);
    case "text":
      return session.sendText(persona, place, args.action.text);
    case "none":
      throw new Error("nothing to send");
  }
}

/** --chat negative or --title: a group (its name remembered from earlier calls); otherwise the private chat. */
function placeOf(args: ChatCliArgs, session: SandboxSession): Place {
  if (args.chat === undefined && args.title === undefined) return { kind: "private" };
  if (args.chat !== undefined && args.chat > 0) return { kind: "private" };
  const id = args.chat ?? groupIdFromTitle(args.title!);
  const known = session.knownChat(id);
  const title = args.title ?? (known && "title" in known ? known.title : DEFAULT_GROUP_TITLE);
  return { kind: "group", id, title };
}
