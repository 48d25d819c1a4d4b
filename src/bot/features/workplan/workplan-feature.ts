import { Composer } from "telegraf";
import { checkRealisation, parseRealisationCommand, type RealisationRecord } from "../../../domain/workplan/realisation.ts";
import { parseWorkPlanQuery, type WorkPlanQueryIntent } from "../../../domain/workplan/work-plan-query-intent.ts";
import type { WorkPlan } from "../../../domain/workplan/work-plan.ts";
import { reject } from "../../../domain/shared/rejection.ts";
import type { BotContext } from "../../context.ts";
import { canRecordRealisation, displayName } from "./authorisation.ts";
import { parseWorkPlanAction, WORK_PLAN_CALLBACK_PATTERN, type WorkPlanAction } from "./callback-data.ts";
import { indicatorLookupReply, indicatorReply } from "./indicator-replies.ts";
import { registerOfficialCommands } from "./official-commands.ts";
import { largestReply, overviewReply, programmeReply, programmesReply, statementsReply } from "./plan-replies.ts";
import { historyReply, howToRecordReply, progressReply, realisationRefusal, recordedReply } from "./progress-replies.ts";
import type { WorkPlanReply } from "./reply.ts";

const MAX_QUESTION_LENGTH = 300;

/** Work-plan queries (RKT KPU Kabupaten Ogan Komering Ulu 2023) and the realisation officials record. */
export function workPlanFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("rkt", async (ctx) => {
    const plan = await loadPlan(ctx);
    if (!plan) return;
    const payload = ctx.payload.trim().slice(0, MAX_QUESTION_LENGTH);
    if (!payload) return send(ctx, overviewReply(ctx, plan));
    const intent = parseWorkPlanQuery(`rkt ${payload}`);
    await send(ctx, await answer(ctx, plan, intent.kind === "unknown" ? { kind: "overview", anchored: true } : intent));
  });

  feature.command("indikator", async (ctx) => {
    const plan = await loadPlan(ctx);
    if (!plan) return;
    const payload = ctx.payload.trim().slice(0, MAX_QUESTION_LENGTH);
    if (/^\d{1,3}$/.test(payload)) {
      const indicator = plan.indicator(Number(payload));
      if (indicator) return send(ctx, indicatorReply(ctx, plan, indicator));
    }
    if (!payload || /^\d+$/.test(payload)) {
      return send(ctx, {
        text: ctx.say(
          `Sebutkan nomor indikator (1–${plan.indicators.length}) atau katanya, misalnya: /indikator 5 atau /indikator partisipasi pemilih`,
          `Give an indicator number (1–${plan.indicators.length}) or its words, e.g. /indikator 5 or /indikator partisipasi pemilih`,
        ),
      });
    }
    await send(ctx, indicatorLookupReply(ctx, plan, payload, "both"));
  });

  feature.command("realisasi", async (ctx) => {
    const plan = await loadPlan(ctx);
    if (!plan) return;
    const payload = ctx.payload.trim();
    if (!payload) return send(ctx, progressReply(ctx, plan, await records(ctx, plan)));
    if (/^\d{1,3}$/.test(payload)) {
      const indicator = plan.indicator(Number(payload));
      if (indicator) return send(ctx, historyReply(ctx, plan, indicator, await records(ctx, plan)));
      return void (await ctx.reply(
        ctx.say(
          `Tidak ada indikator ${payload}; tabel RKT memuat indikator 1–${plan.indicators.length}. Ketik /realisasi untuk ringkasannya.`,
          `There is no indicator ${payload}; the RKT table has indicators 1–${plan.indicators.length}. Type /realisasi for the summary.`,
        ),
      ));
    }
    await recordRealisation(ctx, plan, payload);
  });

  registerOfficialCommands(feature, {
    registry: (ctx) => ctx.services.store.workplan,
    name: { id: "petugas RKT", en: "RKT official" },
    allows: { id: "mencatat realisasi indikator RKT", en: "record realisation of RKT indicators" },
    commands: { grant: "izinkan_rkt", revoke: "cabut_rkt", list: "petugas_rkt" },
  });

  feature.on("text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/") || !ctx.addressedToBot) return next();
    const question = ctx.questionText(MAX_QUESTION_LENGTH) ?? "";
    const intent = parseWorkPlanQuery(question);
    if (intent.kind === "unknown") return next();
    const plan = await ctx.services.store.workplan.loadPlan();
    if (!plan) return intent.anchored ? void (await ctx.reply(noPlanText(ctx))) : next();
    // An unanchored question ("anggaran pembentukan badan adhoc") is the work plan's only when it names an indicator.
    if (intent.kind === "indicator" && !intent.anchored && plan.find(intent.subject).kind === "none") return next();
    await send(ctx, await answer(ctx, plan, intent));
  });

  feature.action(WORK_PLAN_CALLBACK_PATTERN, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseWorkPlanAction(data);
    const plan = await ctx.services.store.workplan.loadPlan();
    const reply = action && plan ? await replyForAction(ctx, plan, action) : undefined;
    if (!action || !reply) {
      await ctx.answerCbQuery(ctx.say("Tombol ini sudah tidak berlaku. Ketik /rkt.", "This button is no longer valid. Type /rkt."), { show_alert: true });
      return;
    }
    await ctx.answerCbQuery();
    if (action.kind === "howToRecord") return send(ctx, reply);
    await editOrSend(ctx, reply);
  });

  return feature;
}

function noPlanText(ctx: BotContext): string {
  return ctx.say(
    "Belum ada Rencana Kerja Tahunan di basis data. Pengelola perlu menjalankan seed (npm start membuatnya otomatis).",
    "No work plan is loaded yet. An administrator needs to run the seed (npm start does it automatically).",
  );
}

async function loadPlan(ctx: BotContext): Promise<WorkPlan | undefined> {
  const plan = await ctx.services.store.workplan.loadPlan();
  if (!plan) await ctx.reply(noPlanText(ctx));
  return plan;
}

function records(ctx: BotContext, plan: WorkPlan): Promise<RealisationRecord[]> {
  return ctx.services.store.workplan.realisations(plan.meta.id!);
}

async function answer(ctx: BotContext, plan: WorkPlan, intent: Exclude<WorkPlanQueryIntent, { kind: "unknown" }>): Promise<WorkPlanReply> {
  switch (intent.kind) {
    case "overview":
      return overviewReply(ctx, plan);
    case "statements":
      return statementsReply(ctx, plan);
    case "largest":
      return largestReply(ctx, plan, intent.count);
    case "programmes":
      return programmesReply(ctx, plan);
    case "progress":
      return progressReply(ctx, plan, await records(ctx, plan));
    case "indicator":
      return indicatorLookupReply(ctx, plan, intent.subject, intent.focus);
  }
}

async function send(ctx: BotContext, reply: WorkPlanReply): Promise<void> {
  await ctx.reply(reply.text, reply.keyboard);
}

/** Navigation edits the message in place; when it can no longer be edited, a new one is sent. */
async function editOrSend(ctx: BotContext, reply: WorkPlanReply): Promise<void> {
  try {
    await ctx.editMessageText(reply.text, reply.keyboard);
  } catch (error) {
    const description = (error as { description?: string }).description ?? "";
    if (description.includes("message is not modified")) return;
    ctx.services.logger.debug({ err: error }, "edit failed; sending a new message");
    await send(ctx, reply);
  }
}

async function replyForAction(ctx: BotContext, plan: WorkPlan, action: WorkPlanAction): Promise<WorkPlanReply | undefined> {
  switch (action.kind) {
    case "overview":
      return overviewReply(ctx, plan);
    case "programme": {
      const programme = plan.programme(action.programme);
      return programme && programmeReply(ctx, plan, programme);
    }
    case "indicator": {
      const indicator = plan.indicator(action.indicator);
      return indicator && indicatorReply(ctx, plan, indicator);
    }
    case "history": {
      const indicator = plan.indicator(action.indicator);
      return indicator && historyReply(ctx, plan, indicator, await records(ctx, plan));
    }
    case "howToRecord": {
      const indicator = plan.indicator(action.indicator);
      return indicator && howToRecordReply(ctx, plan, indicator);
    }
    case "largest":
      return largestReply(ctx, plan, 5);
    case "statements":
      return statementsReply(ctx, plan);
    case "progress":
      return progressReply(ctx, plan, await records(ctx, plan));
  }
}

/**
 * "/realisasi 4 75% 30-06-2023": only an administrator or an RKT official may record; the value and date are
 * checked against the indicator's target and the plan's year; the record commits with the update's
 * exactly-once mark, so a redelivered update records nothing twice.
 */
async function recordRealisation(ctx: BotContext, plan: WorkPlan, payload: string): Promise<void> {
  const from = ctx.from;
  if (!from || !(await canRecordRealisation(ctx))) {
    await ctx.reply(
      ctx.say(
        `Maaf, hanya admin atau petugas RKT yang ditunjuk admin yang dapat mencatat realisasi. Tidak ada yang diubah. Minta admin mengirim /izinkan_rkt ${from?.id ?? "ID"} (ID Telegram Anda).`,
        `Sorry, only administrators or RKT officials appointed by an administrator can record realisation. Nothing was changed. Ask an administrator to send /izinkan_rkt ${from?.id ?? "ID"} (your Telegram id).`,
      ),
    );
    return;
  }
  const command = parseRealisationCommand(payload);
  if (!command) return void (await ctx.reply(realisationRefusal(ctx, reject("USAGE"))));
  const today = ctx.services.clock().setZone(ctx.services.timeZone);
  const checked = checkRealisation(plan, command, today);
  if (!checked.ok) return void (await ctx.reply(realisationRefusal(ctx, checked)));

  const { indicator, value, unit, achievedOn } = checked.value;
  const record = { indicatorNumber: indicator.number, value, unit, achievedOn, recordedBy: from.id, recordedByName: displayName(from) };
  const id = await ctx.services.store.updates.inUpdate(ctx.update.update_id, (tx) =>
    ctx.services.store.workplan.recordRealisation(tx, { ...record, planId: plan.meta.id!, chatId: ctx.chat!.id, updateId: ctx.update.update_id }),
  );
  await send(ctx, recordedReply(ctx, plan, indicator, await records(ctx, plan), { ...record, id }));
}
