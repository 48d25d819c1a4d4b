import { DateTime } from "luxon";
import type { DurationLike } from "luxon";
import { BANJARNEGARA_962_2011 } from "../../../src/domain/council/rule-book.ts";
import type { Commission, CouncilRuleBook } from "../../../src/domain/council/rule-book.ts";
import type { Council, CouncilMember } from "../../../src/domain/council/council.ts";
import { decide } from "../../../src/domain/council/session-engine.ts";
import type { Sender } from "../../../src/domain/council/session-engine.ts";
import type { SessionCommandInput } from "../../../src/domain/council/session-commands.ts";
import type { SessionEvent, SessionEventType } from "../../../src/domain/council/session-events.ts";
import { evolveAll } from "../../../src/domain/council/session-fold.ts";
import { INITIAL_SESSION_STATE } from "../../../src/domain/council/session-state.ts";
import type { SessionState } from "../../../src/domain/council/session-state.ts";
import type { Outcome } from "../../../src/domain/shared/rejection.ts";

export const ZONE = "Asia/Jakarta";
export const SECRETARY_USER = 999;
/** Monday 10 March 2025, 09.00 WIB. */
export const PLANNED_START = DateTime.fromISO("2025-03-10T09:00:00", { zone: ZONE });

const COMMISSIONS: readonly Commission[] = ["government", "development", "community"];

/** Telegram user id of member mN. */
export function tg(n: number): number {
  return 1000 + n;
}

/**
 * A council of `size` members m1…mN: m1 chair (born 1960), m2 vice chair (1965), the rest members spread over the three
 * commissions, the first of each commission its chair, born 1970 + n. Members listed in `withoutTelegram` have no account.
 */
export function makeCouncil(size: number, options: { withoutTelegram?: readonly number[]; noLeadership?: boolean } = {}): Council {
  const members: CouncilMember[] = [];
  for (let n = 1; n <= size; n++) {
    const leader = !options.noLeadership && n <= 2;
    const commission = leader ? null : (COMMISSIONS[n % 3] ?? "government");
    members.push({
      id: `m${n}`,
      name: `Anggota ${n}`,
      birthYear: n === 1 ? 1960 : n === 2 ? 1965 : 1970 + n,
      role: leader ? (n === 1 ? "chair" : "viceChair") : "member",
      commission,
      commissionChair: !leader && !members.some((m) => m.commission === commission),
      steeringCommittee: false,
      telegramUserId: options.withoutTelegram?.includes(n) ? null : tg(n),
    });
  }
  return { village: "Desa Sirongge", zone: ZONE, members, secretary: { name: "Sekretaris BPD", telegramUserId: SECRETARY_USER } };
}

export class RejectedError extends Error {}

/** Drives one session through `decide` and the fold, with a clock the test moves. */
export class SessionDriver {
  events: SessionEvent[] = [];
  state: SessionState = INITIAL_SESSION_STATE;
  now: DateTime;
  readonly rules: CouncilRuleBook;

  constructor(
    readonly council: Council,
    options: { now?: DateTime; rules?: CouncilRuleBook } = {},
  ) {
    this.now = options.now ?? PLANNED_START.minus({ minutes: 30 });
    this.rules = options.rules ?? BANJARNEGARA_962_2011;
  }

  /** `by`: member number (their Telegram account), a raw Telegram user id via { user }, or "timer". */
  attempt(by: number | { user: number } | "timer", command: SessionCommandInput): Outcome<SessionEvent[], string> {
    const actor: Sender = by === "timer" ? { kind: "timer" } : { kind: "user", telegramUserId: typeof by === "number" ? tg(by) : by.user };
    const outcome = decide(this.council, this.state, command, { now: this.now, rules: this.rules, actor });
    if (outcome.ok) {
      this.events.push(...outcome.value);
      this.state = evolveAll(this.state, outcome.value);
    }
    return outcome;
  }

  /** Like `attempt`, but a rejection fails the test with its code. */
  do(by: number | { user: number } | "timer", command: SessionCommandInput): SessionEvent[] {
    const outcome = this.attempt(by, command);
    if (!outcome.ok) throw new RejectedError(`${command.type} rejected: ${outcome.code} ${JSON.stringify(outcome.params)}`);
    return outcome.value;
  }

  advance(duration: DurationLike): this {
    this.now = this.now.plus(duration);
    return this;
  }

  at(time: DateTime): this {
    this.now = time;
    return this;
  }

  types(events: readonly SessionEvent[]): SessionEventType[] {
    return events.map((e) => e.type);
  }

  /** Members 1…count sign in themselves (or through the chair when they have no Telegram). */
  signIn(...numbers: number[]): this {
    for (const n of numbers) {
      const self = this.council.members.find((m) => m.id === `m${n}`)?.telegramUserId !== null;
      this.do(self ? n : 1, self ? { type: "signIn" } : { type: "signIn", member: `m${n}` });
    }
    return this;
  }
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function plenary(overrides: Partial<Extract<SessionCommandInput, { type: "schedule" }>> = {}): SessionCommandInput {
  return {
    type: "schedule",
    kind: "plenary",
    nature: "open",
    agenda: ["Rancangan Peraturan Desa tentang APB Desa", "Lain-lain"],
    place: "Balai Desa Sirongge",
    plannedStart: PLANNED_START,
    speakingTimeSeconds: 300,
    ...overrides,
  };
}

/** A plenary of `size` members, scheduled by the chair, `present` of them signed in, opened, item 1 started. */
export function openPlenary(size: number, present = size, options: { withoutTelegram?: readonly number[] } = {}): SessionDriver {
  const session = new SessionDriver(makeCouncil(size, options));
  session.do(1, plenary());
  session.signIn(...range(1, present));
  session.at(PLANNED_START);
  session.do(1, { type: "open" });
  session.do(1, { type: "startItem", itemNo: 1 });
  return session;
}

export function rejection(outcome: Outcome<unknown, string>): { code: string; params: Record<string, string | number>; article?: string } {
  if (outcome.ok) throw new Error("expected a rejection, got acceptance");
  return outcome.citation ? { code: outcome.code, params: { ...outcome.params }, article: outcome.citation.article } : { code: outcome.code, params: { ...outcome.params } };
}
