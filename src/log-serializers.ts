/**
 * What of an error goes into the logs. Telegraf's TelegramError carries the whole call in `on.payload`
 * (message text, button labels with members' names, a report PDF's bytes), Prisma's validation errors print
 * the query's arguments after their first line, and any message may quote input. So an error is logged as
 * its type, the first line of its message (cut short), its stack frames, codes, and the Bot API method and
 * answer; never a payload, never the lines after the first.
 */
export function loggedError(value: unknown, depth = 0): Record<string, unknown> {
  if (!(value instanceof Error)) return { type: typeof value };
  const error = value as Error & Record<string, unknown>;
  const logged: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name,
    message: firstLine(error.message),
    stack: frames(error.stack),
  };
  if (typeof error.code === "string" || typeof error.code === "number") logged.code = error.code;
  const response = error.response as { error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown } } | undefined;
  if (response && typeof response === "object") {
    logged.telegram = {
      code: response.error_code,
      description: typeof response.description === "string" ? firstLine(response.description) : undefined,
      retryAfter: response.parameters?.retry_after,
      method: (error.on as { method?: unknown } | undefined)?.method,
    };
  }
  if (Array.isArray(error.issues)) {
    logged.issues = (error.issues as { path?: unknown; code?: unknown }[]).slice(0, 10).map((issue) => ({ path: issue.path, code: issue.code }));
  }
  if (error.cause !== undefined && depth < 3) logged.cause = loggedError(error.cause, depth + 1);
  return logged;
}

const MAX_MESSAGE = 200;

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

/** The "    at …" lines only: the stack's head repeats the whole message. */
function frames(stack: string | undefined): string | undefined {
  return stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 15)
    .join("\n");
}
