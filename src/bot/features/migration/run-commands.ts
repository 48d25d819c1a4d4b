import { decide, foldRun, question, startRun, type RunCommand, type RunEvent, type RunState } from "../../../domain/migration/engine.ts";
import type { ProcedureCatalog } from "../../../domain/migration/procedures/index.ts";
import type { Procedure } from "../../../domain/migration/procedure.ts";
import { runSettings } from "../../../domain/migration/distribution.ts";
import { authorize, type Person } from "../../../domain/migration/roles.ts";
import { reject, type Rejection } from "../../../domain/shared/rejection.ts";
import type { Transaction } from "../../../store/prisma-client.ts";
import type { LoadedRun, RunRecord } from "../../../store/migration/run-repository.ts";
import type { BotContext } from "../../context.ts";
import { actorOf, now, personOf } from "./common.ts";
import { distributionSetting } from "./settings.ts";

/**
 * Commands on a run, each in one transaction with the record of its Telegram update: load the log, check the
 * sender's role, check nobody answered meanwhile, let the engine decide, append the events. Nothing here talks to
 * Telegram; the handlers render the result.
 */

export const SUPPORT_COMMANDS: ReadonlySet<RunCommand["type"]> = new Set(["takeOver", "handBack", "finish"]);

export type RunResult =
  | { readonly kind: "missing" }
  | { readonly kind: "refused"; readonly rejection: Rejection }
  /** Someone else answered since this question was shown. */
  | { readonly kind: "stale"; readonly run: RunRecord; readonly state: RunState; readonly procedure: Procedure }
  /** The engine (or a rule around it) refused the answer; the question stands. */
  | { readonly kind: "rejected"; readonly rejection: Rejection; readonly run: RunRecord; readonly state: RunState; readonly procedure: Procedure }
  | {
      readonly kind: "ok";
      readonly run: RunRecord;
      readonly procedure: Procedure;
      readonly before: RunState;
      readonly after: RunState;
      readonly events: readonly RunEvent[];
      readonly person: Person;
    };

export function procedureOf(catalog: ProcedureCatalog, procedureId: string): Procedure {
  const procedure = catalog.get(procedureId);
  if (!procedure) throw new Error(`run uses unknown procedure ${procedureId}`);
  return procedure;
}

/** Keeps the technician's typed answers pointed at this run and question, or forgets it once nothing is asked. */
export async function rememberQuestion(ctx: BotContext, tx: Transaction, runId: number, procedure: Procedure, state: RunState): Promise<void> {
  const userId = ctx.from!.id;
  const chatId = ctx.chat?.id;
  if (chatId === undefined || ctx.chat?.type !== "private") return;
  const prompts = ctx.services.store.migration.prompts;
  if (state.status === "inProgress" && question(procedure, state).kind !== "none") {
    await prompts.set(tx, userId, chatId, "run", { runId, seq: state.seq }, now(ctx).toJSDate());
  } else {
    await prompts.clear(tx, userId, chatId);
  }
}

/** A rule around the engine: a PC (by asset tag) is migrated once per agency; on hold, it is resumed, not restarted. */
async function duplicateAsset(ctx: BotContext, tx: Transaction, run: LoadedRun, procedure: Procedure, state: RunState, input: string | null): Promise<Rejection | undefined> {
  const asked = question(procedure, state);
  if (asked.kind !== "field" || asked.field.key !== procedure.target.assetTag || input === null) return undefined;
  const other = await ctx.services.store.migration.runs.runForAsset(run.agencyId, input.replace(/\s+/g, " ").trim(), tx);
  if (!other || other.id === run.id) return undefined;
  return reject("DUPLICATE_PC", { runId: other.id, status: other.status, step: other.step });
}

export async function executeRunCommand(
  ctx: BotContext,
  catalog: ProcedureCatalog,
  request: {
    readonly runId: number;
    readonly seq?: number;
    readonly command: RunCommand;
    /** More writes in the same transaction, whatever the outcome (e.g. forgetting a prompt). */
    readonly alongside?: (tx: Transaction, result: RunResult) => Promise<void>;
  },
): Promise<RunResult> {
  const { store } = ctx.services;
  return store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    const result = await runCommandIn(ctx, catalog, tx, request);
    await request.alongside?.(tx, result);
    return result;
  });
}

async function runCommandIn(
  ctx: BotContext,
  catalog: ProcedureCatalog,
  tx: Transaction,
  request: { readonly runId: number; readonly seq?: number; readonly command: RunCommand },
): Promise<RunResult> {
  const { store } = ctx.services;
  const at = now(ctx);
  const person = await personOf(ctx, tx);
  const run = await store.migration.runs.load(request.runId, ctx.services.timeZone, tx);
  if (!run) return { kind: "missing" };
  const support = SUPPORT_COMMANDS.has(request.command.type);
  const permission = authorize(person, support ? { kind: "handleEscalation" } : { kind: "runMigration", agencyId: run.agencyId });
  if (!permission.ok) return { kind: "refused", rejection: permission };
  const procedure = procedureOf(catalog, run.procedureId);
  const state = foldRun(run.events)!;
  if (request.seq !== undefined && request.seq !== run.seq) {
    // The current question is shown next: typed answers go to it from now on.
    if (!support) await rememberQuestion(ctx, tx, run.id, procedure, state);
    return { kind: "stale", run, state, procedure };
  }
  if (request.command.type === "answer") {
    const duplicate = await duplicateAsset(ctx, tx, run, procedure, state, request.command.input);
    if (duplicate) return { kind: "rejected", rejection: duplicate, run, state, procedure };
  }
  const actor = actorOf(person, support ? (person.isAdmin && !person.memberships.some((m) => m.role === "supportTeam") ? "admin" : "supportTeam") : "technician");
  const decision = decide(procedure, state, request.command, { at, actor });
  if (!decision.ok) return { kind: "rejected", rejection: decision, run, state, procedure };
  const { events, state: after } = decision.value;
  const appended = await store.migration.runs.append(tx, run.id, run.seq, events, {
    actor,
    at: at.toJSDate(),
    origin: { chatId: ctx.chat?.id, updateId: ctx.update.update_id },
    state: after,
  });
  if (!appended) return { kind: "stale", run, state, procedure };
  await linkTargetWhenKnown(ctx, tx, run, procedure, after);
  if (!support) await rememberQuestion(ctx, tx, run.id, procedure, after);
  return { kind: "ok", run: { ...run, seq: after.seq, status: after.status, step: after.step }, procedure, before: state, after, events, person };
}

async function linkTargetWhenKnown(ctx: BotContext, tx: Transaction, run: RunRecord, procedure: Procedure, state: RunState): Promise<void> {
  if (run.pc) return;
  const { assetTag, location, user } = procedure.target;
  const values = [state.values[assetTag], state.values[location], state.values[user]];
  if (!values.every((value) => typeof value === "string")) return;
  const [tag, where, who] = values as string[];
  await ctx.services.store.migration.runs.linkTarget(tx, run.id, run.agencyId, { assetTag: tag!, location: where!, pcUser: who! }, now(ctx).toJSDate());
}

export type StartResult =
  | { readonly kind: "refused"; readonly rejection: Rejection }
  | { readonly kind: "noDistribution" }
  | { readonly kind: "ok"; readonly run: RunRecord; readonly procedure: Procedure; readonly state: RunState };

/** Langkah 1: a new run for the technician's agency, with the agreed distribution's requirements as settings. */
export async function startNewRun(ctx: BotContext, catalog: ProcedureCatalog): Promise<StartResult> {
  const { store } = ctx.services;
  const at = now(ctx);
  return store.updates.inUpdate(ctx.update.update_id, async (tx): Promise<StartResult> => {
    const person = await personOf(ctx, tx);
    const permission = authorize(person, { kind: "runMigration" });
    if (!permission.ok) return { kind: "refused", rejection: permission };
    const agencyId = permission.value.agencyId!;
    const distribution = await distributionSetting(ctx, tx);
    if (!distribution) return { kind: "noDistribution" };
    const procedure = catalog.defaultProcedure;
    const actor = actorOf(person, "technician");
    const started = startRun(procedure, runSettings(distribution), { at, actor });
    if (!started.ok) return { kind: "noDistribution" };
    const runId = await store.migration.runs.create(tx, { agencyId, procedureId: procedure.id, at: at.toJSDate(), by: person.id });
    const { events, state } = started.value;
    await store.migration.runs.append(tx, runId, 0, events, { actor, at: at.toJSDate(), origin: { chatId: ctx.chat?.id, updateId: ctx.update.update_id }, state });
    await rememberQuestion(ctx, tx, runId, procedure, state);
    const agency = person.memberships.find((membership) => membership.agencyId === agencyId);
    const run: RunRecord = {
      id: runId,
      agencyId,
      agencyName: agency?.agencyName ?? "",
      procedureId: procedure.id,
      status: state.status,
      step: state.step,
      seq: state.seq,
      startedAt: at.toJSDate(),
      updatedAt: at.toJSDate(),
    };
    return { kind: "ok", run, procedure, state };
  });
}
