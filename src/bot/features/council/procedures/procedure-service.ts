import { BANJARNEGARA_962_2011 } from "../../../../domain/council/rule-book.ts";
import type { SessionKind } from "../../../../domain/council/rule-book.ts";
import { decideProcedure } from "../../../../domain/council/procedures/procedure-engine.ts";
import type { ProcedureCommandInput } from "../../../../domain/council/procedures/procedure-commands.ts";
import type { ProcedureEvent, ProcedureKind } from "../../../../domain/council/procedures/procedure-events.ts";
import { evolveAllProcedure } from "../../../../domain/council/procedures/procedure-fold.ts";
import type { ProcedureState } from "../../../../domain/council/procedures/procedure-state.ts";
import { decisionReference, meetingReference } from "../../../../domain/council/procedures/references.ts";
import type { DecisionReference, MeetingReference } from "../../../../domain/council/procedures/references.ts";
import { accept, reject } from "../../../../domain/shared/rejection.ts";
import type { Outcome, Rejection } from "../../../../domain/shared/rejection.ts";
import type { StoredCouncil, StoredSession } from "../../../../store/council/council-repository.ts";
import { ProcedureConcurrencyError } from "../../../../store/council/procedure-repository.ts";
import type { StoredProcedure } from "../../../../store/council/procedure-repository.ts";
import type { Transaction } from "../../../../store/prisma-client.ts";
import type { Store } from "../../../../store/store.ts";
import type { BotContext } from "../../../context.ts";

/**
 * Runs a procedure command in the update's transaction: read the procedure and the meetings or decisions the command
 * points at, let the domain decide, append the events with the update's exactly-once record. Nothing the button
 * carried is trusted: ids are read again here, the sender is `ctx.from`.
 */

export const RULES = BANJARNEGARA_962_2011;

export interface AppliedProcedure {
  readonly id: number;
  readonly events: readonly ProcedureEvent[];
  readonly state: ProcedureState;
}

export type Applied = Outcome<AppliedProcedure, string>;

/** What the command needs read in the transaction, or a refusal when something it names is not there. */
export type CommandBuilder = (tx: Transaction, procedure: StoredProcedure | undefined) => Promise<ProcedureCommandInput | Rejection>;

function kindOpenedBy(command: ProcedureCommandInput): ProcedureKind | undefined {
  switch (command.type) {
    case "openProposal":
      return command.procedure;
    case "receiveHeadDraft":
      return "villageRegulation";
    case "openHeadReport":
      return "headReport";
    case "openLeadership":
      return "leadership";
    default:
      return undefined;
  }
}

export async function applyProcedure(ctx: BotContext, stored: StoredCouncil, procedureId: number | null, build: CommandBuilder): Promise<Applied> {
  const store = ctx.services.store;
  const updateId = ctx.update.update_id;
  const attempt = () =>
    store.updates.inUpdate(updateId, async (tx): Promise<Applied> => {
      const procedure = procedureId === null ? undefined : await store.procedures.byId(procedureId, tx);
      if (procedureId !== null && (!procedure || procedure.councilId !== stored.id)) return reject("NO_PROCEDURE", { procedureId });
      const command = await build(tx, procedure);
      if ("ok" in command) return command;
      const before = procedure?.state ?? null;
      const decided = decideProcedure(stored.council, before, command, {
        now: ctx.now,
        rules: RULES,
        actor: { kind: "user", telegramUserId: ctx.from!.id },
        procedureId: procedure?.id ?? null,
      });
      if (!decided.ok) return decided;
      const kind = kindOpenedBy(command);
      const target = procedure ?? (kind ? await store.procedures.create(tx, stored.id, kind) : undefined);
      const after = evolveAllProcedure(before, decided.value);
      if (!target || !after) return reject("NOT_OPENED");
      await store.procedures.append(tx, target, decided.value, after, { updateId });
      return accept({ id: target.id, events: decided.value, state: after });
    });
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ProcedureConcurrencyError)) throw error;
    return attempt();
  }
}

async function councilSession(store: Store, stored: StoredCouncil, sessionId: number, tx?: Transaction): Promise<StoredSession | undefined> {
  const session = await store.council.session(sessionId, tx);
  return session && session.councilId === stored.id ? session : undefined;
}

/** A decision of this council, as the procedure engine checks it; `self` is the procedure asking (its own use is its own check). */
export async function loadDecision(store: Store, stored: StoredCouncil, decisionId: number, self: number | null, tx?: Transaction): Promise<DecisionReference | Rejection> {
  const [recorded] = await store.council.decisionsByIds([decisionId], tx);
  if (!recorded || recorded.councilId !== stored.id) return reject("NO_DECISION");
  const session = await councilSession(store, stored, recorded.sessionId, tx);
  const usedBy = (await store.procedures.decisionUsers([decisionId], tx)).get(decisionId) ?? null;
  const reference = session
    ? decisionReference(recorded.id, recorded.sessionId, session.state, session.events, recorded.decision.decisionNo, usedBy === self ? null : usedBy)
    : undefined;
  return reference ?? reject("NO_DECISION");
}

export async function loadMeeting(store: Store, stored: StoredCouncil, sessionId: number, tx?: Transaction): Promise<MeetingReference | Rejection> {
  const session = await councilSession(store, stored, sessionId, tx);
  const reference = session ? meetingReference(session.id, session.state, session.events) : undefined;
  return reference ?? reject("NO_MEETING");
}

const MAX_CHOICES = 8;

/** Decisions of the council's closed meetings of a kind, newest first, to choose from by button. */
export async function decisionChoices(store: Store, stored: StoredCouncil, kind: SessionKind): Promise<DecisionReference[]> {
  const recorded = await store.council.decisionsOf(stored.id, 40);
  const users = await store.procedures.decisionUsers(recorded.map((r) => r.id));
  const choices: DecisionReference[] = [];
  for (const r of recorded) {
    const session = await councilSession(store, stored, r.sessionId);
    if (!session || session.state.phase !== "closed" || session.state.setup?.kind !== kind) continue;
    const reference = decisionReference(r.id, r.sessionId, session.state, session.events, r.decision.decisionNo, users.get(r.id) ?? null);
    if (reference) choices.push(reference);
    if (choices.length >= MAX_CHOICES) break;
  }
  return choices;
}

/** The council's closed meetings of a kind, newest first. */
export async function meetingChoices(store: Store, stored: StoredCouncil, kind: SessionKind): Promise<MeetingReference[]> {
  const sessions = await store.council.closedSessions(stored.id, 20);
  const choices: MeetingReference[] = [];
  for (const session of sessions) {
    const meeting = meetingReference(session.id, session.state, session.events);
    if (!meeting || meeting.kind !== kind) continue;
    choices.push(meeting);
    if (choices.length >= MAX_CHOICES) break;
  }
  return choices;
}
