import { destination, pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { loggedError } from "./log-serializers.ts";

export type { Logger };

/**
 * Structured JSON logs. Secrets and personal data are kept out: fields that carry text are redacted by
 * path, and errors are logged without the calls and inputs they carry (see loggedError). Log ids and codes,
 * not message text. `onError` hears of every error-level entry (the sandbox CLI exits non-zero when the bot
 * failed).
 */
export function loggerOptions(level: string, onError?: () => void): LoggerOptions {
  return {
    level,
    base: undefined,
    hooks: onError
      ? {
          logMethod(args, method, logLevel) {
            if (logLevel >= 50) onError();
            return method.apply(this, args);
          },
        }
      : {},
    serializers: { err: loggedError },
    redact: {
      paths: [
        "token",
        "botToken",
        "*.token",
        "*.botToken",
        "secret",
        "*.secret",
        "headers.authorization",
        "text",
        "*.text",
        "caption",
        "*.caption",
        "payload",
        "*.payload",
      ],
      censor: "[disembunyikan]",
    },
  };
}

/** Logs on stderr (stdout belongs to the sandbox chat), or to `stream` (tests). */
export function createLogger(level: string, onError?: () => void, stream: DestinationStream = destination(2)): Logger {
  return pino(loggerOptions(level, onError), stream);
}
