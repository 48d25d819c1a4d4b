import { Composer } from "telegraf";
import { emptyChecklist, MAX_PLAUSIBLE_COUNT, withCount } from "../../../domain/region/checklist.ts";
import { parseRegionQuery, type RegionQueryIntent } from "../../../domain/region/region-query-intent.ts";
import type { RegionLaw } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { registerOfficialCommands } from "../workplan/official-commands.ts";
import { parseRegionAction, REGION_CALLBACK_PATTERN, type RegionAction } from "./callback-data.ts";
import { checklistReply, checklistResultReply } from "./checklist-replies.ts";
import { earlierProcedureReply, procedureReply } from "./procedure-replies.ts";
import { attachDecision, decisionsOfProposal, listDecisionsToAttach } from "./council-decisions.ts";
import { kindIn, recordStage, registerProposal, showProposal } from "./proposal-commands.ts";
import { howToRecordReply, proposalReply, proposalsReply } from "./proposal-replies.ts";
import { messageChunks, type RegionReply } from "./reply.ts";
import { dissolutionReply, menuReply, requirementsReply } from "./requirement-replies.ts";

const MAX_QUESTION_LENGTH = 300;

/** Region formation: requirements, the proposal checklist, the stages, and the proposals officials track. */
export function regionFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("pemekaran", async (ctx) => {
    const region = await loadLaw(ctx);
    if (!region) return;
    const payload = ctx.payload.trim().slice(0, MAX_QUESTION_LENGTH);
    const intent = payload ? parseRegionQuery(`pemekaran ${payload}`) : ({ kind: "menu" } as const);
    await send(ctx, await answer(ctx, region, intent.kind === "unknown" ? { kind: "menu" } : intent));
  });

  feature.command("syarat_pemekaran", async (ctx) => {
    const region = await loadLaw(ctx);
    if (region) await send(ctx, requirementsReply(ctx, region, kindIn(ctx.payload) ?? "regency"));
  });

  feature.command("tahapan_pemekaran", async (ctx) => {
    const region = await loadLaw(ctx);
    if (region) await send(ctx, procedureReply(ctx, region, kindIn(ctx.payload) ?? "regency"));
  });

  feature.command("cek_pemekaran", async (ctx) => {
    const region = await loadLaw(ctx);
    if (!region) return;
    const kind = kindIn(ctx.payload) ?? "regency";
    const number = /\b(\d{1,4})\b/.exec(ctx.payload)?.[1];
    const count = number === undefined ? null : Number(number);
    if (count !== null && count > MAX_PLAUSIBLE_COUNT) {
      return void (await ctx.reply(
        ctx.say(`${count} tidak masuk akal sebagai jumlah wilayah; tulis misalnya /cek_pemekaran kabupaten 4`, `${count} is not a plausible count; write e.g. /cek_pemekaran kabupaten 4`),
      ));
    }
    await send(ctx, checklistReply(ctx, region, count === null ? emptyChecklist(kind) : withCount(emptyChecklist(kind), count)));
  });

  feature.command("usulan", async (ctx) => {
    const region = await loadLaw(ctx);
    if (!region) return;
    const number = /^#?(\d{1,6})$/.exec(ctx.payload.trim())?.[1];
    if (number !== undefined) return showProposal(ctx, region, Number(number));
    await send(ctx, proposalsReply(ctx, await ctx.services.store.region.proposals(), region.procedures.regency.stages.length));
  });

  feature.command("usulan_baru", async (ctx) => {
    const region = await loadLaw(ctx);
    if (region) await registerProposal(ctx, region, ctx.payload);
  });

  feature.command("catat_tahap", async (ctx) => {
    const region = await loadLaw(ctx);
    if (region) await recordStage(ctx, region, ctx.payload);
  });

  feature.command("lampirkan_keputusan", async (ctx) => {
    const region = await loadLaw(ctx);
    if (region) await listDecisionsToAttach(ctx, region, ctx.payload);
  });

  registerOfficialCommands(feature, {
    registry: (ctx) => ctx.services.store.region,
    name: { id: "petugas pemekaran", en: "formation official" },
    allows: { id: "mendaftarkan usulan pemekaran dan mencatat tahapannya", en: "register formation proposals and record their stages" },
    commands: { grant: "izinkan_pemekaran", revoke: "cabut_pemekaran", list: "petugas_pemekaran" },
  });

  feature.on("text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/") || !ctx.addressedToBot) return next();
    const question = ctx.questionText(MAX_QUESTION_LENGTH) ?? "";
    const intent = parseRegionQuery(question);
    if (intent.kind === "unknown") return next();
    const region = await loadLaw(ctx);
    if (region) await send(ctx, await answer(ctx, region, intent));
  });

  feature.action(REGION_CALLBACK_PATTERN, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseRegionAction(data);
    const region = await ctx.services.store.region.loadLaw();
    if (action?.kind === "attachDecision" && region) return attachDecision(ctx, region, action.proposal, action.decision);
    const reply = action && region ? await replyForAction(ctx, region, action) : undefined;
    if (!action || !reply) {
      await ctx.answerCbQuery(ctx.say("Tombol ini sudah tidak berlaku. Ketik /pemekaran.", "This button is no longer valid. Type /pemekaran."), { show_alert: true });
      return;
    }
    await ctx.answerCbQuery();
    if (action.kind === "howToRecord" || action.kind === "proposal") return send(ctx, reply);
    await editOrSend(ctx, reply);
  });

  return feature;
}

async function loadLaw(ctx: BotContext): Promise<RegionLaw | undefined> {
  const region = await ctx.services.store.region.loadLaw();
  if (!region) {
    await ctx.reply(
      ctx.say(
        "Peraturan pembentukan daerah belum dimuat ke basis data. Pengelola perlu menjalankan seed (npm start membuatnya otomatis).",
        "The region-formation regulations are not loaded yet. An administrator needs to run the seed (npm start does it automatically).",
      ),
    );
  }
  return region;
}

async function answer(ctx: BotContext, region: RegionLaw, intent: Exclude<RegionQueryIntent, { kind: "unknown" }>): Promise<RegionReply> {
  switch (intent.kind) {
    case "menu":
      return menuReply(ctx);
    case "requirements":
      return requirementsReply(ctx, region, intent.regionKind);
    case "procedure":
      return procedureReply(ctx, region, intent.regionKind);
    case "checklist": {
      const count = intent.count !== null && intent.count <= MAX_PLAUSIBLE_COUNT ? intent.count : null;
      return checklistReply(ctx, region, count === null ? emptyChecklist(intent.regionKind) : withCount(emptyChecklist(intent.regionKind), count));
    }
    case "proposals":
      return proposalsReply(ctx, await ctx.services.store.region.proposals(), region.procedures.regency.stages.length);
    case "dissolution":
      return dissolutionReply(ctx, region);
  }
}

async function replyForAction(ctx: BotContext, region: RegionLaw, action: RegionAction): Promise<RegionReply | undefined> {
  switch (action.kind) {
    case "menu":
      return menuReply(ctx);
    case "requirements":
      return requirementsReply(ctx, region, action.regionKind);
    case "procedure":
      return procedureReply(ctx, region, action.regionKind);
    case "earlierProcedure":
      return earlierProcedureReply(ctx, region);
    case "dissolution":
      return dissolutionReply(ctx, region);
    case "checklist":
      return checklistReply(ctx, region, action.state);
    case "checklistResult":
      return checklistResultReply(ctx, region, action.state);
    case "proposals":
      return proposalsReply(ctx, await ctx.services.store.region.proposals(), region.procedures.regency.stages.length);
    case "proposal": {
      const proposal = await ctx.services.store.region.proposal(action.proposal);
      return proposal && proposalReply(ctx, region.procedures[proposal.kind], proposal, ctx.services.timeZone, await decisionsOfProposal(ctx, proposal));
    }
    case "attachDecision":
      return undefined;
    case "howToRecord": {
      const proposal = await ctx.services.store.region.proposal(action.proposal);
      const stage = proposal && region.procedures[proposal.kind].stages[action.stage - 1];
      return proposal && stage && howToRecordReply(ctx, proposal, stage);
    }
  }
}

/** Long answers (the articles of dissolution) go out in several messages; the buttons ride on the last. */
async function send(ctx: BotContext, reply: RegionReply): Promise<void> {
  const chunks = messageChunks(reply.text);
  for (const [index, chunk] of chunks.entries()) {
    await ctx.reply(chunk, index === chunks.length - 1 ? reply.keyboard : undefined);
  }
}

/** Navigation and the checklist edit the message in place; when it can no longer be edited, a new one is sent. */
async function editOrSend(ctx: BotContext, reply: RegionReply): Promise<void> {
  const chunks = messageChunks(reply.text);
  if (chunks.length > 1) return send(ctx, reply);
  try {
    await ctx.editMessageText(reply.text, reply.keyboard);
  } catch (error) {
    const description = (error as { description?: string }).description ?? "";
    if (description.includes("message is not modified")) return;
    ctx.services.logger.debug({ err: error }, "edit failed; sending a new message");
    await send(ctx, reply);
  }
}
