import type { InlineKeyboardButton } from "telegraf/types";
import { foldRun, question, type RunState } from "../../../domain/migration/engine.ts";
import type { ProcedureCatalog } from "../../../domain/migration/procedures/index.ts";
import { stepOf, type Procedure } from "../../../domain/migration/procedure.ts";
import { authorize } from "../../../domain/migration/roles.ts";
import type { RunRecord } from "../../../store/migration/run-repository.ts";
import type { BotContext } from "../../context.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { isPrivate, languageOf, notice, now, personOf, replyView, sendTo, showView } from "./common.ts";
import { executeRunCommand, procedureOf } from "./run-commands.ts";
import { formsText, pcLine, runView, type View } from "./run-view.ts";
import { supportChatSetting } from "./settings.ts";
import { dateTime, permissionRefusal, runError, type Speaker } from "./texts.ts";

/**
 * TPP-SI (Lampiran angka 2 huruf c langkah 8, 10, 12, 14: "proses perbaikan dilanjutkan di TPP-SI yang
 * dikoordinasikan oleh DishubKominfo"): the team is told in its own chat with the PC's Form 1 and Form 2, takes the
 * problem over, and hands the PC back to the technicians or finishes the migration itself.
 */

export function supportView(speaker: Speaker, procedure: Procedure, run: { id: number; agencyName: string }, state: RunState): View {
  const escalation = state.escalations.at(-1);
  const buttons: InlineKeyboardButton[][] = [];
  if (!escalation) return { text: formsText(speaker, procedure, state), buttons };
  const step = stepOf(procedure, escalation.step);
  let status: string;
  if (state.status === "escalated" && !escalation.takenOverBy) {
    status = speaker.say("⏳ Menunggu diambil alih anggota TPP-SI.", "⏳ Waiting for a TPP-SI member to take it over.");
    buttons.push([button(speaker.say("🙋 Ambil alih", "🙋 Take over"), migrationData.takeOver(run.id, state.seq))]);
  } else if (state.status === "escalated") {
    status = speaker.say(`🔧 Ditangani ${escalation.takenOverBy!.name} sejak ${dateTime(escalation.takenOverAt!)}.`, `🔧 Handled by ${escalation.takenOverBy!.name} since ${dateTime(escalation.takenOverAt!)}.`);
    buttons.push([
      button(speaker.say("↩ Kembalikan ke teknisi", "↩ Hand back to technician"), migrationData.handBack(run.id, state.seq)),
      button(speaker.say("✅ Selesaikan migrasi", "✅ Finish the migration"), migrationData.finish(run.id, state.seq)),
    ]);
  } else if (escalation.outcome === "handedBack") {
    status = speaker.say(`↩ Dikembalikan ke teknisi oleh ${escalation.closedBy?.name} pada ${dateTime(escalation.closedAt!)}: ${escalation.note}`, `↩ Handed back by ${escalation.closedBy?.name} at ${dateTime(escalation.closedAt!)}: ${escalation.note}`);
  } else {
    status = speaker.say(`✅ Diselesaikan oleh ${escalation.closedBy?.name} (TPP-SI) pada ${dateTime(escalation.closedAt!)}: ${escalation.note}`, `✅ Finished by ${escalation.closedBy?.name} (TPP-SI) at ${dateTime(escalation.closedAt!)}: ${escalation.note}`);
  }
  const text = [
    speaker.say(`🆘 Eskalasi ke TPP-SI — SKPD ${run.agencyName}`, `🆘 Escalation to TPP-SI — ${run.agencyName}`),
    pcLine(speaker, procedure, state, run.agencyName),
    speaker.say(
      `Dari langkah ${step.number} · ${step.title.id}, diteruskan oleh ${escalation.openedBy.name} pada ${dateTime(escalation.openedAt)} (${procedure.regulation}, ${step.citation}).`,
      `From step ${step.number} · ${step.title.en}, passed on by ${escalation.openedBy.name} at ${dateTime(escalation.openedAt)} (${procedure.regulation}, ${step.citation}).`,
    ),
    status,
    "",
    formsText(speaker, procedure, state),
  ].join("\n");
  return { text, buttons };
}

/** Tells TPP-SI: its group when registered, else each member (and, failing that, the admins). */
export async function notifySupportTeam(ctx: BotContext, procedure: Procedure, run: RunRecord, state: RunState): Promise<boolean> {
  const group = await supportChatSetting(ctx);
  if (group) return sendTo(ctx, group.chatId, supportView(await languageOf(ctx, group.chatId), procedure, run, state));
  const members = await ctx.services.store.migration.organisation.members(null);
  const targets = members.length > 0 ? members.map((member) => member.userId) : [...ctx.services.adminIds];
  let delivered = false;
  for (const chatId of targets) {
    if (await sendTo(ctx, chatId, supportView(await languageOf(ctx, chatId), procedure, run, state))) delivered = true;
  }
  return delivered;
}

/** /eskalasi: the escalations of every agency that TPP-SI still holds. */
export async function listEscalations(ctx: BotContext, catalog: ProcedureCatalog): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "handleEscalation" });
  if (!permission.ok) return void (await ctx.reply(permissionRefusal(ctx, permission)));
  const { runs } = ctx.services.store.migration;
  const open = await runs.list({ statuses: ["escalated"] });
  if (open.length === 0) {
    await ctx.reply(ctx.say("Tidak ada PC yang sedang diteruskan ke TPP-SI. 👍", "No PC is with TPP-SI right now. 👍"));
    return;
  }
  await ctx.reply(ctx.say(`${open.length} PC sedang di TPP-SI:`, `${open.length} PCs are with TPP-SI:`));
  for (const record of open.slice(0, 10)) {
    const loaded = await runs.load(record.id, ctx.services.timeZone);
    if (!loaded) continue;
    const procedure = procedureOf(catalog, loaded.procedureId);
    await replyView(ctx, supportView(ctx, procedure, loaded, foldRun(loaded.events)!));
  }
  if (open.length > 10) await ctx.reply(ctx.say(`… dan ${open.length - 10} lainnya.`, `… and ${open.length - 10} more.`));
}

/** 🙋 Take over: one member holds the problem; the others see who. */
export async function takeOver(ctx: BotContext, catalog: ProcedureCatalog, runId: number, seq: number): Promise<void> {
  const result = await executeRunCommand(ctx, catalog, { runId, seq, command: { type: "takeOver" } });
  switch (result.kind) {
    case "missing":
      return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
    case "refused":
      return notice(ctx, permissionRefusal(ctx, result.rejection), true);
    case "stale":
    case "rejected": {
      const text = result.kind === "rejected" ? runError(ctx, result.rejection.code, result.rejection.params) : ctx.say("Status eskalasi ini sudah berubah.", "This escalation has changed.");
      await notice(ctx, text, true);
      return showView(ctx, supportView(ctx, result.procedure, result.run, result.state));
    }
    case "ok":
      await ctx.answerCbQuery(ctx.say("Anda menangani PC ini.", "You are handling this PC."));
      await showView(ctx, supportView(ctx, result.procedure, result.run, result.after));
      await tellTechnician(ctx, result.procedure, result.run, result.after, (speaker) =>
        speaker.say(`🔧 ${result.person.name} (TPP-SI) mengambil alih permasalahan PC ini.`, `🔧 ${result.person.name} (TPP-SI) took this PC's problem over.`),
      );
  }
}

/** ↩ / ✅: asks for the note first (a reply in this chat), then acts on it. */
export async function askSupportNote(ctx: BotContext, catalog: ProcedureCatalog, runId: number, seq: number, action: "handBack" | "finish"): Promise<void> {
  const { store } = ctx.services;
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "handleEscalation" });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const run = await store.migration.runs.load(runId, ctx.services.timeZone);
  if (!run) return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
  const procedure = procedureOf(catalog, run.procedureId);
  const state = foldRun(run.events)!;
  if (run.seq !== seq || state.status !== "escalated" || !state.escalations.at(-1)?.takenOverBy) {
    await notice(ctx, ctx.say("Status eskalasi ini sudah berubah.", "This escalation has changed."), true);
    return showView(ctx, supportView(ctx, procedure, run, state));
  }
  await store.updates.inUpdate(ctx.update.update_id, (tx) =>
    store.migration.prompts.set(tx, person.id, ctx.chat!.id, "supportNote", { runId, seq, action }, now(ctx).toJSDate()),
  );
  await ctx.answerCbQuery();
  const tag = pcLine(ctx, procedure, state, run.agencyName);
  await ctx.reply(
    action === "handBack"
      ? ctx.say(`${tag}\n↩ Tulis catatan untuk teknisi: apa yang sudah diperbaiki TPP-SI dan apa yang perlu dilanjutkan (balas pesan ini).`, `${tag}\n↩ Write a note for the technician: what TPP-SI fixed and what to continue (reply to this message).`)
      : ctx.say(`${tag}\n✅ Tulis catatan penyelesaian: tindakan TPP-SI sampai migrasi selesai (balas pesan ini).`, `${tag}\n✅ Write the closing note: what TPP-SI did to finish the migration (reply to this message).`),
    { reply_markup: { force_reply: true, selective: true, input_field_placeholder: ctx.say("Catatan TPP-SI", "TPP-SI note") } },
  );
}

/** The typed note: the hand-back or the finish is recorded with it. */
export async function supportNote(ctx: BotContext, catalog: ProcedureCatalog, prompt: { runId: number; seq: number; action: "handBack" | "finish" }, note: string): Promise<void> {
  const command = prompt.action === "handBack" ? { type: "handBack" as const, note } : { type: "finish" as const, note };
  const { store } = ctx.services;
  const userId = ctx.from!.id;
  const chatId = ctx.chat!.id;
  const result = await executeRunCommand(ctx, catalog, {
    runId: prompt.runId,
    seq: prompt.seq,
    command,
    alongside: async (tx, outcome) => {
      // A note too short keeps the question open; any other outcome closes it.
      if (outcome.kind !== "rejected") await store.migration.prompts.clear(tx, userId, chatId);
      if (outcome.kind !== "ok") return;
      // The technician who escalated gets the PC back: their typed answers go to it again.
      const technician = outcome.after.escalations.at(-1)?.openedBy.id;
      if (technician !== undefined && outcome.after.status === "inProgress" && question(outcome.procedure, outcome.after).kind !== "none") {
        await store.migration.prompts.set(tx, technician, technician, "run", { runId: outcome.run.id, seq: outcome.after.seq }, now(ctx).toJSDate());
      }
    },
  });
  switch (result.kind) {
    case "missing":
      return void (await ctx.reply(ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found.")));
    case "refused":
      return void (await ctx.reply(permissionRefusal(ctx, result.rejection)));
    case "stale":
      await ctx.reply(ctx.say("Status eskalasi ini sudah berubah; catatan tidak dicatat.", "This escalation has changed; the note was not recorded."));
      return replyView(ctx, supportView(ctx, result.procedure, result.run, result.state));
    case "rejected":
      return void (await ctx.reply(runError(ctx, result.rejection.code, result.rejection.params)));
    case "ok":
      break;
  }
  await replyView(ctx, supportView(ctx, result.procedure, result.run, result.after));
  const name = result.person.name;
  await tellTechnician(ctx, result.procedure, result.run, result.after, (speaker) =>
    prompt.action === "handBack"
      ? speaker.say(`↩ TPP-SI (${name}) mengembalikan PC ini kepada teknisi. Catatan: ${note}`, `↩ TPP-SI (${name}) handed this PC back. Note: ${note}`)
      : speaker.say(`✅ TPP-SI (${name}) menyelesaikan migrasi PC ini. Catatan: ${note}`, `✅ TPP-SI (${name}) finished this PC's migration. Note: ${note}`),
  );
}

/** The technician who escalated hears what TPP-SI did, with the run's next question when it is theirs again. */
async function tellTechnician(ctx: BotContext, procedure: Procedure, run: RunRecord, state: RunState, note: (speaker: Speaker) => string): Promise<void> {
  const escalation = state.escalations.at(-1);
  if (!escalation) return;
  const chatId = escalation.openedBy.id;
  if (isPrivate(ctx) && ctx.chat?.id === chatId) return;
  const speaker = await languageOf(ctx, chatId);
  await sendTo(ctx, chatId, runView(speaker, procedure, run, state, [note(speaker)], now(ctx)));
}
