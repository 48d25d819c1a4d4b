import { Composer } from "telegraf";
import { z } from "zod";
import { nextExceptionField } from "../../../domain/migration/exceptions.ts";
import type { FieldValue } from "../../../domain/migration/fields.ts";
import { loadProcedureCatalog, type ProcedureCatalog } from "../../../domain/migration/procedures/index.ts";
import { foldRun, question, type RunCommand } from "../../../domain/migration/engine.ts";
import type { BotContext } from "../../context.ts";
import { MIGRATION_CALLBACK_PATTERN, parseMigrationAction, type MigrationAction } from "./callback-data.ts";
import { isPrivate, notice } from "./common.ts";
import {
  answerExceptionField,
  askDecision,
  decisionPromptSchema,
  exceptionPromptSchema,
  exceptionsMenu,
  recordDecision,
  startException,
} from "./exception-handlers.ts";
import { formatCommand, formatKind, formatShape } from "./format-handlers.ts";
import {
  agencyDetail,
  askQualification,
  confirmQualification,
  distribution,
  join,
  listAgencies,
  myRoles,
  registerAgency,
  registerChat,
  removeMember,
  renewAgencyCodes,
  supportTeamCode,
} from "./organisation-handlers.ts";
import { agencyReport, agencyReportCommand, progress, recap, recapCommand, sendRecapToBupati, submitAgencyReport } from "./report-handlers.ts";
import { procedureOf } from "./run-commands.ts";
import { answerRun, listPcs, migrationMenu, newRun, openRun, pauseRun, typedRunAnswer, viewForms } from "./run-handlers.ts";
import { askSupportNote, listEscalations, supportNote, takeOver } from "./support-handlers.ts";

/**
 * The OSS migration of Perbup Bangli 56/2011: technicians step through the SOP, TPP-SI takes over what they
 * cannot solve, agencies propose exceptions and report every six months, DishubKominfo recaps. The procedure file
 * is validated when the composer is built, i.e. when the bot starts.
 */

const runPromptSchema = z.object({ runId: z.number().int(), seq: z.number().int() });
const notePromptSchema = z.object({ runId: z.number().int(), seq: z.number().int(), action: z.enum(["handBack", "finish"]) });

const MAX_TYPED = 1000;

export function migrationFeature(catalog: ProcedureCatalog = loadProcedureCatalog()): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const payload = (ctx: BotContext & { payload?: string }) => (ctx.payload ?? "").trim();

  feature.command("migrasi", (ctx) => migrationMenu(ctx, catalog));
  feature.command("pc", (ctx) => listPcs(ctx, catalog));
  feature.command("kualifikasi", (ctx) => askQualification(ctx));
  feature.command("gabung", (ctx) => join(ctx, payload(ctx)));
  feature.command("peran", (ctx) => myRoles(ctx));
  feature.command("skpd", (ctx) => listAgencies(ctx, payload(ctx)));
  feature.command("skpd_baru", (ctx) => registerAgency(ctx, payload(ctx)));
  feature.command("kode_baru", (ctx) => renewAgencyCodes(ctx, payload(ctx)));
  feature.command("kode_tppsi", (ctx) => supportTeamCode(ctx));
  feature.command("grup_tppsi", (ctx) => registerChat(ctx, "supportChat"));
  feature.command("grup_bupati", (ctx) => registerChat(ctx, "bupatiChat"));
  feature.command("distro", (ctx) => distribution(ctx, payload(ctx)));
  feature.command("eskalasi", (ctx) => listEscalations(ctx, catalog));
  feature.command("pengecualian", (ctx) => exceptionsMenu(ctx));
  feature.command("laporan", (ctx) => agencyReportCommand(ctx, catalog, payload(ctx)));
  feature.command("rekap", (ctx) => recapCommand(ctx, catalog, payload(ctx)));
  feature.command("progres", (ctx) => progress(ctx, catalog));
  feature.command("format", (ctx) => formatCommand(ctx, payload(ctx)));

  feature.action(MIGRATION_CALLBACK_PATTERN, async (ctx, next) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseMigrationAction(data);
    if (!action) return next();
    await dispatch(ctx, catalog, action);
  });

  feature.on("text", async (ctx, next) => {
    const text = ctx.message.text;
    if (text.startsWith("/")) return next();
    const prompt = await ctx.services.store.migration.prompts.get(ctx.from.id, ctx.chat.id);
    if (!prompt) return next();
    const typed = text.slice(0, MAX_TYPED);
    switch (prompt.kind) {
      case "run": {
        const state = runPromptSchema.safeParse(prompt.state);
        if (state.success && isPrivate(ctx)) return typedRunAnswer(ctx, catalog, state.data, typed);
        break;
      }
      case "supportNote": {
        const state = notePromptSchema.safeParse(prompt.state);
        if (state.success) return supportNote(ctx, catalog, state.data, typed);
        break;
      }
      case "exception": {
        const state = exceptionPromptSchema.safeParse(prompt.state);
        if (state.success && isPrivate(ctx)) return answerExceptionField(ctx, state.data.values as Record<string, FieldValue>, typed);
        break;
      }
      case "exceptionDecision": {
        const state = decisionPromptSchema.safeParse(prompt.state);
        if (state.success) return recordDecision(ctx, state.data, typed);
        break;
      }
    }
    return next();
  });

  return feature;
}

/** A button of a run's field: the option's key, yes/no, the confirmation, or skipping. */
async function fieldButton(ctx: BotContext, catalog: ProcedureCatalog, action: Extract<MigrationAction, { kind: "field" }>): Promise<void> {
  const run = await ctx.services.store.migration.runs.load(action.runId, ctx.services.timeZone);
  if (!run) return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
  const procedure = procedureOf(catalog, run.procedureId);
  const asked = question(procedure, foldRun(run.events)!);
  if (action.value === "k") return answerRun(ctx, catalog, action.runId, action.seq, { type: "keep" });
  let input: string | null;
  if (action.value === "s") input = null;
  else if (action.value === "y") input = "ya";
  else if (action.value === "n") input = "tidak";
  else if (action.value === "c") input = "ya";
  else input = asked.kind === "field" && asked.field.type === "choice" ? (asked.field.options[action.value]?.key ?? "?") : "?";
  const command: RunCommand = { type: "answer", input };
  await answerRun(ctx, catalog, action.runId, action.seq, command);
}

async function chooseButton(ctx: BotContext, catalog: ProcedureCatalog, action: Extract<MigrationAction, { kind: "choose" }>): Promise<void> {
  const run = await ctx.services.store.migration.runs.load(action.runId, ctx.services.timeZone);
  if (!run) return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
  const procedure = procedureOf(catalog, run.procedureId);
  const asked = question(procedure, foldRun(run.events)!);
  const answer = asked.kind === "choice" ? asked.answers[action.answer]?.key : undefined;
  await answerRun(ctx, catalog, action.runId, action.seq, { type: "choose", answer: answer ?? "?" });
}

async function exceptionButton(ctx: BotContext, value: number | "s"): Promise<void> {
  const prompt = await ctx.services.store.migration.prompts.get(ctx.from!.id, ctx.chat!.id);
  const state = prompt?.kind === "exception" ? exceptionPromptSchema.safeParse(prompt.state) : undefined;
  if (!state?.success) return notice(ctx, ctx.say("Formulir ini sudah tidak aktif. Mulai lagi dengan /pengecualian.", "This form is no longer active. Start again with /pengecualian."), true);
  const values = state.data.values as Record<string, FieldValue>;
  const field = nextExceptionField(values);
  if (!field) return notice(ctx, ctx.say("Formulir ini sudah lengkap.", "This form is complete."), true);
  const input = value === "s" ? null : field.type === "choice" ? (field.options[value]?.key ?? "?") : "?";
  await answerExceptionField(ctx, values, input);
}

async function dispatch(ctx: BotContext, catalog: ProcedureCatalog, action: MigrationAction): Promise<void> {
  switch (action.kind) {
    case "newRun":
      return newRun(ctx, catalog);
    case "openRun":
      return openRun(ctx, catalog, action.runId);
    case "choose":
      return chooseButton(ctx, catalog, action);
    case "field":
      return fieldButton(ctx, catalog, action);
    case "pause":
      return pauseRun(ctx, catalog, action.runId);
    case "restartStep":
      return answerRun(ctx, catalog, action.runId, action.seq, { type: "restartStep" });
    case "resume":
      return answerRun(ctx, catalog, action.runId, action.seq, { type: "resume" });
    case "viewForms":
      return viewForms(ctx, catalog, action.runId);
    case "takeOver":
      return takeOver(ctx, catalog, action.runId, action.seq);
    case "handBack":
      return askSupportNote(ctx, catalog, action.runId, action.seq, "handBack");
    case "finish":
      return askSupportNote(ctx, catalog, action.runId, action.seq, "finish");
    case "qualify":
      return confirmQualification(ctx);
    case "agencyReport":
      return agencyReport(ctx, catalog, action.agencyId, action.period);
    case "submitReport":
      return submitAgencyReport(ctx, catalog, action.agencyId, action.period);
    case "recap":
      return recap(ctx, catalog, action.period);
    case "sendRecap":
      return sendRecapToBupati(ctx, catalog, action.period);
    case "exceptionField":
      return exceptionButton(ctx, action.value);
    case "newException":
      return startException(ctx);
    case "approveException":
      return askDecision(ctx, action.exceptionId, "approved");
    case "rejectException":
      return askDecision(ctx, action.exceptionId, "rejected");
    case "formatKind":
      return formatKind(ctx, action.dataKind);
    case "formatShape":
      return formatShape(ctx, action.shape);
    case "removeMember":
      return removeMember(ctx, action.memberId);
    case "agencyDetail":
      return agencyDetail(ctx, action.agencyId);
  }
}
