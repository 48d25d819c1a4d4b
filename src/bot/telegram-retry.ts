import type { Telegram } from "telegraf";
import type { Logger } from "../logger.ts";
import { telegramFailureOf } from "./telegram-errors.ts";

export interface FloodRetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly maxRetries?: number;
  /** Most time one call may spend waiting (default 25 s, under the webhook's answer timeout). */
  readonly maxTotalWaitMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

type CallApi = (this: Telegram, method: string, payload: unknown, options?: unknown) => Promise<unknown>;

const WRAPPED = Symbol("retryOnFlood");
/** Telegraf's polling already waits out a 429 on getUpdates, and its long poll must stay abortable on stop. */
const NOT_RETRIED = new Set(["getUpdates"]);

/**
 * Makes a Telegram instance wait out 429 "Too Many Requests" and call again. A 429 means Telegram did not
 * run the call, so calling again cannot duplicate a message; nothing else is retried (after a network error
 * or a 5xx the message may have gone out). A wait that would pass the cap is not started: the error goes to
 * the caller at once. The prototype's callApi is looked up at each call, so tests can stub it later.
 */
export function retryOnFlood(telegram: Telegram, logger: Logger, options: FloodRetryOptions = {}): Telegram {
  const target = telegram as Telegram & { [WRAPPED]?: true };
  if (target[WRAPPED]) return telegram;
  const maxRetries = options.maxRetries ?? 3;
  const maxTotalWaitMs = options.maxTotalWaitMs ?? 25_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const prototype = Object.getPrototypeOf(telegram) as { callApi: CallApi };

  const callApi: CallApi = async function (method, payload, callOptions) {
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        return await prototype.callApi.call(this, method, payload, callOptions);
      } catch (error) {
        const failure = telegramFailureOf(error);
        if (failure?.kind !== "flood" || NOT_RETRIED.has(method)) throw error;
        const waitMs = Math.ceil((failure.retryAfter ?? 1) * 1000);
        if (attempt > maxRetries || waitedMs + waitMs > maxTotalWaitMs) {
          logger.warn({ method, retryAfter: failure.retryAfter, attempts: attempt, waitedMs }, "telegram flood limit: giving up");
          throw error;
        }
        logger.warn({ method, retryAfter: failure.retryAfter, attempt }, "telegram flood limit: waiting, then calling again");
        await sleep(waitMs);
        waitedMs += waitMs;
      }
    }
  };
  Object.assign(target, { callApi, [WRAPPED]: true });
  return telegram;
}
