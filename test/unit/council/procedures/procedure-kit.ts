import { DateTime } from "luxon";
import type { Council } from "../../../../src/domain/council/council.ts";
import { BANJARNEGARA_962_2011 } from "../../../../src/domain/council/rule-book.ts";
import type { SessionKind } from "../../../../src/domain/council/rule-book.ts";
import { decideProcedure } from "../../../../src/domain/council/procedures/procedure-engine.ts";
import type { ProcedureCommandInput } from "../../../../src/domain/council/procedures/procedure-commands.ts";
import type { ProcedureEvent } from "../../../../src/domain/council/procedures/procedure-events.ts";
import { evolveAllProcedure } from "../../../../src/domain/council/procedures/procedure-fold.ts";
import type { ProcedureState } from "../../../../src/domain/council/procedures/procedure-state.ts";
import { decisionReference, meetingReference } from "../../../../src/domain/council/procedures/references.ts";
import type { DecisionReference, MeetingReference } from "../../../../src/domain/council/procedures/references.ts";
import type { Outcome } from "../../../../src/domain/shared/rejection.ts";
import { makeCouncil, range, SECRETARY_USER, SessionDriver, tg, ZONE } from "../session-kit.ts";

export { makeCouncil, range, SECRETARY_USER, tg, ZONE };

export const RULES = BANJARNEGARA_962_2011;

/** Drives one procedure through `decideProcedure` and the fold, with a clock the test moves. */
export class ProcedureDriver {
  events: ProcedureEvent[] = [];
  state: ProcedureState | null = null;
  now: DateTime;

  constructor(
    readonly council: Council,
    now: DateTime = DateTime.fromISO("2026-11-02T10:00:00", { zone: ZONE }),
    readonly procedureId = 1,
  ) {
    this.now = now;
  }

  /** `by`: a member number (their Telegram account), or { user } for a raw Telegram id (the secretary: SECRETARY_USER). */
  attempt(by: number | { user: number }, command: ProcedureCommandInput): Outcome<ProcedureEvent[], string> {
    const telegramUserId = typeof by === "number" ? tg(by) : by.user;
    const outcome = decideProcedure(this.council, this.state, command, {
      now: this.now,
      rules: RULES,
      actor: { kind: "user", telegramUserId },
      procedureId: this.state ? this.procedureId : null,
    });
    if (outcome.ok) {
      this.events.push(...outcome.value);
      this.state = evolveAllProcedure(this.state, outcome.value);
    }
    return outcome;
  }

  do(by: number | { user: number }, command: ProcedureCommandInput): ProcedureEvent[] {
    const outcome = this.attempt(by, command);
    if (!outcome.ok) throw new Error(`${command.type} rejected: ${outcome.code} ${JSON.stringify(outcome.params)}`);
    return outcome.value;
  }

  at(iso: string): this {
    this.now = DateTime.fromISO(iso, { zone: ZONE });
    return this;
  }

  get current(): ProcedureState {
    if (!this.state) throw new Error("procedure not opened");
    return this.state;
  }
}

export function rejectionOf(outcome: Outcome<unknown, string>): { code: string; params: Record<string, string | number>; article?: string } {
  if (outcome.ok) throw new Error("expected a rejection, got acceptance");
  const base = { code: outcome.code, params: { ...outcome.params } };
  return outcome.citation ? { ...base, article: outcome.citation.article } : base;
}

let nextDecisionId = 100;
let nextSessionId = 10;

export interface MeetingPlan {
  readonly kind?: SessionKind;
  readonly nature?: "open" | "closed";
  /** Members 1…present sign in. */
  readonly present?: number;
  /** Or exactly these members sign in. */
  readonly members?: readonly number[];
  /** ISO start in the council's zone. */
  readonly start?: string;
  /** Show-of-hands decisions to record: yes/no counts. */
  readonly decisions?: readonly { readonly motion: string; readonly yes: number; readonly no?: number }[];
  readonly invitees?: readonly { readonly name: string; readonly description: string }[];
  /** Leave the session open (not closed). */
  readonly keepOpen?: boolean;
  /** Call the meeting off without opening it. */
  readonly neverOpen?: boolean;
}

export interface HeldMeeting {
  readonly sessionId: number;
  readonly session: SessionDriver;
  readonly meeting: MeetingReference;
  readonly decisions: readonly DecisionReference[];
}

/**
 * A real session of the council run through the session engine (scheduled, signed in, opened, decisions recorded
 * by show of hands, closed), and the references a procedure takes from it.
 */
export function holdMeeting(council: Council, plan: MeetingPlan = {}): HeldMeeting {
  const start = DateTime.fromISO(plan.start ?? "2026-11-10T09:00:00", { zone: ZONE });
  const kind = plan.kind ?? "plenary";
  const session = new SessionDriver(council, { now: start.minus({ minutes: 30 }) });
  session.do(1, { type: "schedule", kind, nature: plan.nature ?? "open", agenda: ["Acara"], place: "Balai Desa", plannedStart: start, speakingTimeSeconds: 300 });
  const signing = plan.members ?? range(1, plan.present ?? council.members.length);
  for (const n of signing) session.do(n, { type: "signIn" });
  for (const guest of plan.invitees ?? []) session.do(1, { type: "signInInvitee", name: guest.name, description: guest.description });
  session.at(start);
  if (!plan.neverOpen) {
    session.do(1, { type: "open" });
    for (const d of plan.decisions ?? []) {
      session.advance({ minutes: 10 });
      session.do(1, { type: "recordShowOfHands", motion: d.motion, yes: d.yes, no: d.no ?? 0, abstain: 0 });
    }
  }
  if (!plan.keepOpen) session.do(1, { type: "close" });
  const sessionId = nextSessionId++;
  const meeting = meetingReference(sessionId, session.state, session.events)!;
  const decisions = session.state.decisions.map((d) => decisionReference(nextDecisionId++, sessionId, session.state, session.events, d.decisionNo, null)!);
  return { sessionId, session, meeting, decisions };
}

/** The one decision of a meeting held for it. */
export function decisionIn(council: Council, plan: MeetingPlan & { readonly yes: number; readonly no?: number; readonly motion?: string }): DecisionReference {
  return holdMeeting(council, { ...plan, decisions: [{ motion: plan.motion ?? "Keputusan", yes: plan.yes, no: plan.no ?? 0 }] }).decisions[0]!;
}
