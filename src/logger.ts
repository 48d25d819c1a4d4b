import { destination, pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout belongs to the sandbox chat). Secrets and personal data are
 * redacted by path; log ids and codes, not message text. `onError` hears of every error-level entry (the
 * sandbox CLI exits non-zero when the bot failed).
 */
export function createLogger(level: string, onError?: () => void): Logger {
  return pino(
    {
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
      redact: {
        paths: ["token", "botToken", "*.token", "*.botToken", "secret", "*.secret", "headers.authorization", "text", "*.text"],
        censor: "[disembunyikan]",
      },
    },
    destination(2),
  );
}
