import { destination, pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout belongs to the sandbox chat). Secrets and personal data are
 * redacted by path; log ids and codes, not message text.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ["token", "botToken", "*.token", "*.botToken", "secret", "*.secret", "headers.authorization", "text", "*.text"],
        censor: "[disembunyikan]",
      },
    },
    destination(2),
  );
}
