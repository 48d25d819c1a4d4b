import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { EXCEPTION_RULES } from "../../../domain/migration/bangli-56-2011-rules.ts";
import {
  EXCEPTION_BASIS_RULE,
  EXCEPTION_FORM,
  answerException,
  checkSupportEvaluation,
  nextExceptionField,
  withoutBasis,
} from "../../../domain/migration/exceptions.ts";
import { formatFieldValue, type FieldValue } from "../../../domain/migration/fields.ts";
import { agencyOf, authorize, isSupportTeam } from "../../../domain/migration/roles.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import type { ExceptionRecord } from "../../../store/migration/exception-repository.ts";
import type { BotContext } from "../../context.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { isPrivate, languageOf, notice, now, personOf, replyView, sendTo } from "./common.ts";
import { clip, type View } from "./run-view.ts";
import { supportChatSetting } from "./settings.ts";
import { date, fieldError, permissionRefusal, privateOnly, type Speaker } from "./texts.ts";

/**
 * Exceptions (Pasal 14 ayat (3), Pasal 17): the agency proposes keeping a non-open-source information system with its
 * technical evaluation; TPP-SI evaluates it and records its own evaluation with the decision (Pasal 17 ayat (3)).
 */

export const exceptionPromptSchema = z.object({ values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) });
export const decisionPromptSchema = z.object({ exceptionId: z.number().int(), status: z.enum(["approved", "rejected"]) });

function statusText(speaker: Speaker, exception: ExceptionRecord): string {
  switch (exception.status) {
    case "proposed":
      return speaker.say("⏳ menunggu evaluasi TPP-SI", "⏳ awaiting TPP-SI's evaluation");
    case "approved":
      return speaker.say(`✅ disetujui oleh ${exception.decidedByName} (TPP-SI), ${date(exception.decidedAt!)}. Evaluasi: ${exception.supportEvaluation}`, `✅ approved by ${exception.decidedByName} (TPP-SI), ${date(exception.decidedAt!)}. Evaluation: ${exception.supportEvaluation}`);
    case "rejected":
      return speaker.say(`❌ ditolak oleh ${exception.decidedByName} (TPP-SI), ${date(exception.decidedAt!)}: sistem dimigrasi. Evaluasi: ${exception.supportEvaluation}`, `❌ rejected by ${exception.decidedByName} (TPP-SI), ${date(exception.decidedAt!)}: the system is migrated. Evaluation: ${exception.supportEvaluation}`);
  }
}

export function exceptionText(speaker: Speaker, exception: ExceptionRecord): string {
  const rule = EXCEPTION_BASIS_RULE[exception.basis];
  const lines = [
    speaker.say(`📝 Pengecualian #${exception.id} — SKPD ${exception.agencyName}`, `📝 Exception #${exception.id} — ${exception.agencyName}`),
    `${speaker.say("Sistem", "System")}: ${exception.systemName}`,
    `${speaker.say("Kegunaan", "Purpose")}: ${exception.purpose}`,
    `${speaker.say("Dasar", "Basis")}: ${formatCitation(rule.citation)} — ${speaker.say(rule.id, rule.en)}`,
    ...(exception.runningSince ? [`${speaker.say("Berjalan sejak", "Running since")}: ${exception.runningSince}`] : []),
    `${speaker.say("Legalitas", "Licensing")}: ${exception.licence === "licensed" ? speaker.say("sudah berlisensi sah", "licensed") : speaker.say(`perlu pengadaan lisensi — ${EXCEPTION_RULES.licencePurchase.id} (${formatCitation(EXCEPTION_RULES.licencePurchase.citation)})`, `licence to be bought — ${EXCEPTION_RULES.licencePurchase.en}`)}`,
    ...(exception.affectedPcs ? [`${speaker.say("PC terkait", "PCs")}: ${exception.affectedPcs}`] : []),
    `${speaker.say("Evaluasi teknis SKPD", "Agency's evaluation")}: ${exception.agencyEvaluation}`,
    speaker.say(`Diajukan oleh ${exception.proposedByName}, ${date(exception.proposedAt)}.`, `Proposed by ${exception.proposedByName}, ${date(exception.proposedAt)}.`),
    `${speaker.say("Status", "Status")}: ${statusText(speaker, exception)}`,
  ];
  return lines.join("\n");
}

function decisionButtons(speaker: Speaker, exception: ExceptionRecord): InlineKeyboardButton[][] {
  if (exception.status !== "proposed") return [];
  return [[button(speaker.say("✅ Setujui", "✅ Approve"), migrationData.approveException(exception.id)), button(speaker.say("❌ Tolak", "❌ Reject"), migrationData.rejectException(exception.id))]];
}

/** /pengecualian: the agency's exceptions and a new proposal; for TPP-SI, the proposals to evaluate. */
export async function exceptionsMenu(ctx: BotContext): Promise<void> {
  const { store, timeZone } = ctx.services;
  const person = await personOf(ctx);
  const agency = agencyOf(person);
  const support = isSupportTeam(person);
  const proposal = authorize(person, { kind: "proposeException" });
  if (!proposal.ok && !support) return void (await ctx.reply(permissionRefusal(ctx, proposal)));
  const intro = ctx.say(
    `Pengecualian migrasi (${formatCitation(EXCEPTION_RULES.existingSystem.citation)}; ${formatCitation(EXCEPTION_RULES.notWorthMigrating.citation)}): sistem informasi non-open source yang berjalan normal boleh tetap dipakai dengan evaluasi teknis SKPD bersama TPP-SI (${formatCitation(EXCEPTION_RULES.evaluation.citation)}).`,
    `Migration exceptions: a non-open-source information system that runs well may stay, with a technical evaluation by the agency together with TPP-SI.`,
  );
  await ctx.reply(intro);
  if (support) {
    const pending = await store.migration.exceptions.list({ status: "proposed" }, timeZone);
    if (pending.length === 0) await ctx.reply(ctx.say("Tidak ada usulan pengecualian yang menunggu evaluasi TPP-SI.", "No exception proposal awaits TPP-SI's evaluation."));
    for (const exception of pending.slice(0, 10)) await replyView(ctx, { text: clip(exceptionText(ctx, exception)), buttons: decisionButtons(ctx, exception) });
  }
  if (proposal.ok && agency) {
    const own = await store.migration.exceptions.list({ agencyId: agency.id }, timeZone);
    const lines = own.map((exception) => `• #${exception.id} ${exception.systemName}: ${statusText(ctx, exception)}`);
    await replyView(ctx, {
      text: clip([ctx.say(`Pengecualian SKPD ${agency.name} (${own.length}):`, `Exceptions of ${agency.name} (${own.length}):`), ...lines].join("\n")),
      buttons: isPrivate(ctx) ? [[button(ctx.say("➕ Ajukan pengecualian", "➕ Propose an exception"), migrationData.newException())]] : [],
    });
  }
}

function fieldView(speaker: Speaker, values: Readonly<Record<string, FieldValue>>, notes: readonly string[] = []): View {
  const field = nextExceptionField(values)!;
  const buttons: InlineKeyboardButton[][] = [];
  if (field.type === "choice") field.options.forEach((option, index) => buttons.push([button(speaker.say(option.label.id, option.label.en), migrationData.exceptionField(index))]));
  if (field.optional) buttons.push([button(speaker.say("Lewati", "Skip"), migrationData.exceptionField("s"))]);
  const position = EXCEPTION_FORM.indexOf(field) + 1;
  const typed = field.type === "choice" ? "" : `\n${speaker.say("(ketik jawabannya)", "(type the answer)")}`;
  return {
    text: `${notes.length > 0 ? `${notes.join("\n")}\n\n` : ""}${speaker.say(`Usulan pengecualian — isian ${position}/${EXCEPTION_FORM.length}`, `Exception proposal — item ${position}/${EXCEPTION_FORM.length}`)}\n${speaker.say(field.prompt.id, field.prompt.en)}${typed}`,
    buttons,
  };
}

/** ➕: starts a proposal (private chat; the form's answers are kept with the prompt until it is complete). */
export async function startException(ctx: BotContext): Promise<void> {
  if (!isPrivate(ctx)) return notice(ctx, privateOnly(ctx), true);
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "proposeException" });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const { store } = ctx.services;
  await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.prompts.set(tx, person.id, ctx.chat!.id, "exception", { values: {} }, now(ctx).toJSDate()));
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  await replyView(ctx, fieldView(ctx, {}));
}

/** One answer to the proposal form, typed or by button (`input` is the option key, or null to skip). */
export async function answerExceptionField(ctx: BotContext, values: Record<string, FieldValue>, input: string | null): Promise<void> {
  const { store, timeZone } = ctx.services;
  const userId = ctx.from!.id;
  const chatId = ctx.chat!.id;
  const answered = answerException(values, input);
  if (!answered.ok) {
    if (answered.code === "COMPLETE") return;
    if (answered.code === "AFTER_ISSUE") {
      const reset = withoutBasis(values);
      await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.prompts.set(tx, userId, chatId, "exception", { values: reset }, now(ctx).toJSDate()));
      if (ctx.callbackQuery) await ctx.answerCbQuery();
      const note = ctx.say(
        `⚠️ Sistem yang mulai berjalan tahun ${answered.params.year} belum ada saat Perbup diterbitkan (6 Desember 2011), jadi tidak termasuk ${formatCitation(answered.citation!)}. Pilih dasar lain (Pasal 14 ayat (3)) bila migrasinya memang tidak lebih menguntungkan.`,
        `⚠️ A system running since ${answered.params.year} did not exist when the regulation was issued (6 December 2011), so ${formatCitation(answered.citation!)} does not cover it. Choose the other basis (Pasal 14(3)) if migrating really is not better.`,
      );
      return replyView(ctx, fieldView(ctx, reset, [note]));
    }
    if (ctx.callbackQuery) return notice(ctx, fieldError(ctx, answered.code, answered.params), true);
    return replyView(ctx, fieldView(ctx, values, [`⚠️ ${fieldError(ctx, answered.code, answered.params)}`]));
  }
  const next = answered.value;
  const field = EXCEPTION_FORM.find((candidate) => !(candidate.key in values) && candidate.key in next)!;
  const echo = `✓ ${ctx.say(field.label.id, field.label.en)}: ${formatFieldValue(field, next[field.key], ctx.language)}`;
  if (nextExceptionField(next)) {
    await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.prompts.set(tx, userId, chatId, "exception", { values: next }, now(ctx).toJSDate()));
    if (ctx.callbackQuery) await ctx.answerCbQuery();
    return replyView(ctx, fieldView(ctx, next, [echo]));
  }
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "proposeException" });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const text = (key: string) => (typeof next[key] === "string" ? (next[key] as string) : null);
  const id = await store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    await store.migration.prompts.clear(tx, userId, chatId);
    return store.migration.exceptions.create(tx, {
      agencyId: permission.value.agencyId!,
      systemName: text("systemName") ?? "",
      purpose: text("purpose") ?? "",
      basis: next.basis === "existingSystem" ? "existingSystem" : "notWorthMigrating",
      runningSince: typeof next.runningSince === "number" ? next.runningSince : null,
      licence: text("licence") ?? "licensed",
      affectedPcs: text("affectedPcs"),
      agencyEvaluation: text("agencyEvaluation") ?? "",
      proposedBy: { id: person.id, name: person.name },
      at: now(ctx).toJSDate(),
    });
  });
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const exception = (await store.migration.exceptions.get(id, timeZone))!;
  const delivered = await notifySupport(ctx, exception);
  await ctx.reply(
    clip(
      `${echo}\n\n${exceptionText(ctx, exception)}\n\n${delivered ? ctx.say("📨 Diteruskan ke TPP-SI untuk evaluasi teknis bersama (Pasal 17 ayat (3)).", "📨 Sent to TPP-SI for the joint technical evaluation (Pasal 17(3)).") : ctx.say("⚠️ TPP-SI belum dapat dihubungi lewat bot; usulan tetap tercatat dan tampil di /pengecualian anggota TPP-SI.", "⚠️ TPP-SI could not be reached; the proposal is recorded and shows in TPP-SI's /pengecualian.")}`,
    ),
  );
}

async function notifySupport(ctx: BotContext, exception: ExceptionRecord): Promise<boolean> {
  const group = await supportChatSetting(ctx);
  const targets = group ? [group.chatId] : (await ctx.services.store.migration.organisation.members(null)).map((member) => member.userId);
  let delivered = false;
  for (const chatId of targets) {
    const speaker = await languageOf(ctx, chatId);
    if (await sendTo(ctx, chatId, { text: clip(exceptionText(speaker, exception)), buttons: decisionButtons(speaker, exception) })) delivered = true;
  }
  return delivered;
}

/** ✅ / ❌: TPP-SI writes its evaluation first (a reply in this chat). */
export async function askDecision(ctx: BotContext, exceptionId: number, status: "approved" | "rejected"): Promise<void> {
  const { store, timeZone } = ctx.services;
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "evaluateException" });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const exception = await store.migration.exceptions.get(exceptionId, timeZone);
  if (!exception || exception.status !== "proposed") return notice(ctx, ctx.say("Usulan ini sudah diputuskan.", "This proposal is already decided."), true);
  await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.prompts.set(tx, person.id, ctx.chat!.id, "exceptionDecision", { exceptionId, status }, now(ctx).toJSDate()));
  await ctx.answerCbQuery();
  await ctx.reply(
    status === "approved"
      ? ctx.say(`✅ Tulis evaluasi teknis TPP-SI yang mendasari persetujuan pengecualian #${exception.id} (${exception.systemName}) (balas pesan ini).`, `✅ Write TPP-SI's technical evaluation approving exception #${exception.id} (reply to this message).`)
      : ctx.say(`❌ Tulis evaluasi teknis TPP-SI yang mendasari penolakan pengecualian #${exception.id} (${exception.systemName}) (balas pesan ini).`, `❌ Write TPP-SI's technical evaluation rejecting exception #${exception.id} (reply to this message).`),
    { reply_markup: { force_reply: true, selective: true } },
  );
}

export async function recordDecision(ctx: BotContext, prompt: { exceptionId: number; status: "approved" | "rejected" }, note: string): Promise<void> {
  const { store, timeZone } = ctx.services;
  const evaluation = checkSupportEvaluation(note);
  if (!evaluation.ok) {
    return void (await ctx.reply(ctx.say(`Tulis evaluasinya minimal ${evaluation.params.min} karakter (${formatCitation(evaluation.citation!)}).`, `Write at least ${evaluation.params.min} characters of evaluation.`)));
  }
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "evaluateException" });
  const userId = ctx.from!.id;
  const chatId = ctx.chat!.id;
  const decided = await store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    await store.migration.prompts.clear(tx, userId, chatId);
    if (!permission.ok) return false;
    return store.migration.exceptions.decide(tx, prompt.exceptionId, { status: prompt.status, evaluation: evaluation.value, by: { id: person.id, name: person.name }, at: now(ctx).toJSDate() });
  });
  if (!permission.ok) return void (await ctx.reply(permissionRefusal(ctx, permission)));
  if (!decided) return void (await ctx.reply(ctx.say("Usulan ini sudah diputuskan sebelumnya.", "This proposal was already decided.")));
  const exception = (await store.migration.exceptions.get(prompt.exceptionId, timeZone))!;
  await ctx.reply(clip(exceptionText(ctx, exception)));
  // The agency hears it: the proposer and the agency's heads.
  const members = await store.migration.organisation.members(exception.agencyId);
  const people = new Set(members.filter((member) => member.role === "agencyHead").map((member) => member.userId));
  people.add(exception.proposedBy);
  people.delete(userId);
  for (const target of people) {
    const speaker = await languageOf(ctx, target);
    await sendTo(ctx, target, { text: clip(exceptionText(speaker, exception)), buttons: [] });
  }
}
