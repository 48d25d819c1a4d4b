import type { Citation } from "./citation.ts";

/**
 * A domain refusal: a stable code the bot turns into an Indonesian message, the values that message needs,
 * and the article that forbids or requires it, when there is one.
 */
export interface Rejection<Code extends string = string> {
  readonly ok: false;
  readonly code: Code;
  readonly params: Readonly<Record<string, string | number>>;
  readonly citation?: Citation;
}

export interface Accepted<T> {
  readonly ok: true;
  readonly value: T;
}

export type Outcome<T, Code extends string = string> = Accepted<T> | Rejection<Code>;

export function accept<T>(value: T): Accepted<T> {
  return { ok: true, value };
}

export function reject<Code extends string>(
  code: Code,
  params: Record<string, string | number> = {},
  citation?: Citation,
): Rejection<Code> {
  return citation ? { ok: false, code, params, citation } : { ok: false, code, params };
}
