import type { InlineKeyboardButton } from "telegraf/types";
import { WORK_MATERIALS } from "../../../domain/migration/bangli-56-2011-rules.ts";
import { AGREED_DISTRIBUTION_CITATION } from "../../../domain/migration/distribution.ts";
import { foldRun, question, type RunCommand, type RunState } from "../../../domain/migration/engine.ts";
import type { ProcedureCatalog } from "../../../domain/migration/procedures/index.ts";
import { authorize } from "../../../domain/migration/roles.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import { OPEN_STATUSES } from "../../../store/migration/run-repository.ts";
import type { BotContext } from "../../context.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { isPrivate, notice, now, personOf, replyView, showView } from "./common.ts";
import { executeRunCommand, procedureOf, startNewRun, type RunResult } from "./run-commands.ts";
import { assetTagOf, clip, formsText, runView, statusLine, transitionNotes, type View } from "./run-view.ts";
import { notifySupportTeam } from "./support-handlers.ts";
import { NOT_AGENCY_MEMBER, dateTime, permissionRefusal, privateOnly, runError, statusName } from "./texts.ts";

/** The technician's side: the list of their agency's PCs, starting, answering, pausing and resuming. */

const MENU_LIMIT = 8;

function noDistribution(ctx: BotContext): string {
  return ctx.say(
    `⛔ Distro Linux yang disepakati belum ditetapkan (${formatCitation(AGREED_DISTRIBUTION_CITATION)}: «CD/DVD Distro Linux yang disepakati»). Admin DishubKominfo menetapkannya dengan /distro, misalnya:\n/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya`,
    `⛔ The agreed Linux distribution is not set yet (${formatCitation(AGREED_DISTRIBUTION_CITATION)}). A DishubKominfo admin sets it with /distro, e.g.:\n/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya`,
  );
}

/** /migrasi: the agency's migrations under way, and a new PC. */
export async function migrationMenu(ctx: BotContext, catalog: ProcedureCatalog): Promise<void> {
  if (!isPrivate(ctx)) return void (await ctx.reply(privateOnly(ctx)));
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "runMigration" });
  if (!permission.ok) return void (await ctx.reply(permissionRefusal(ctx, permission)));
  const agencyId = permission.value.agencyId!;
  const agencyName = person.memberships.find((membership) => membership.agencyId === agencyId)?.agencyName ?? "";
  const { runs } = ctx.services.store.migration;
  const open = await runs.list({ agencyId, statuses: OPEN_STATUSES });
  const order = { inProgress: 0, onHold: 1, escalated: 2, done: 3, unsuitable: 4 } as const;
  open.sort((a, b) => order[a.status] - order[b.status] || b.updatedAt.getTime() - a.updatedAt.getTime());
  const buttons: InlineKeyboardButton[][] = [];
  const lines: string[] = [];
  for (const record of open.slice(0, MENU_LIMIT)) {
    const loaded = await runs.load(record.id, ctx.services.timeZone);
    if (!loaded) continue;
    const procedure = procedureOf(catalog, loaded.procedureId);
    const state = foldRun(loaded.events)!;
    const tag = assetTagOf(procedure, state);
    lines.push(`• ${tag} — ${statusLine(ctx, procedure, state)} (${ctx.say("terakhir", "last")}: ${state.lastActor.name}, ${dateTime(state.lastAt)})`);
    const icon = state.status === "inProgress" ? "▶" : state.status === "onHold" ? "⏸" : "🆘";
    buttons.push([button(`${icon} ${tag} · ${statusLine(ctx, procedure, state)}`.slice(0, 60), migrationData.openRun(record.id))]);
  }
  buttons.push([button(ctx.say("➕ Mulai PC baru", "➕ Start a new PC"), migrationData.newRun())]);
  const materials = [...WORK_MATERIALS.materials, ...WORK_MATERIALS.tools].map((item) => ctx.say(item.id, item.en)).join(", ");
  const lines2 = [
    ctx.say(`🖥 Migrasi OSS — SKPD ${agencyName}`, `🖥 OSS migration — ${agencyName}`),
    open.length === 0
      ? ctx.say("Belum ada PC yang sedang dimigrasi.", "No PC is being migrated.")
      : ctx.say(`${open.length} PC sedang berjalan, ditunda atau di TPP-SI:`, `${open.length} PCs in progress, on hold or with TPP-SI:`),
    ...lines,
  ];
  if (open.length > MENU_LIMIT) lines2.push(ctx.say("… lihat semuanya dengan /pc", "… see them all with /pc"));
  lines2.push("", ctx.say(`Siapkan bahan dan alat kerja (${formatCitation(WORK_MATERIALS.citation)}): ${materials}.`, `Prepare the materials and tools (${formatCitation(WORK_MATERIALS.citation)}): ${materials}.`));
  const text = lines2.join("\n");
  await replyView(ctx, { text: clip(text), buttons });
}

/** ➕: a new run at langkah 1. */
export async function newRun(ctx: BotContext, catalog: ProcedureCatalog): Promise<void> {
  if (!isPrivate(ctx)) return notice(ctx, privateOnly(ctx), true);
  const result = await startNewRun(ctx, catalog);
  if (result.kind === "refused") return notice(ctx, permissionRefusal(ctx, result.rejection), true);
  if (result.kind === "noDistribution") return notice(ctx, noDistribution(ctx), true);
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const view = runView(ctx, result.procedure, result.run, result.state, [ctx.say(`Migrasi baru dimulai (${result.procedure.title.id}, ${result.procedure.regulation}).`, `New migration started (${result.procedure.title.en}, ${result.procedure.regulation}).`)]);
  // A new question: a new message, so the list it was started from stays readable.
  await replyView(ctx, view);
}

/** ▶: continue a run (the same or another technician of the agency, days later). */
export async function openRun(ctx: BotContext, catalog: ProcedureCatalog, runId: number): Promise<void> {
  if (!isPrivate(ctx)) return notice(ctx, privateOnly(ctx), true);
  const { store } = ctx.services;
  const outcome = await store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    const person = await personOf(ctx, tx);
    const run = await store.migration.runs.load(runId, ctx.services.timeZone, tx);
    if (!run) return { kind: "missing" as const };
    const permission = authorize(person, { kind: "runMigration", agencyId: run.agencyId });
    if (!permission.ok) return { kind: "refused" as const, rejection: permission };
    const procedure = procedureOf(catalog, run.procedureId);
    const state = foldRun(run.events)!;
    if (state.status === "inProgress" && question(procedure, state).kind !== "none") {
      await store.migration.prompts.set(tx, person.id, ctx.chat!.id, "run", { runId, seq: state.seq }, now(ctx).toJSDate());
    }
    return { kind: "ok" as const, run, procedure, state };
  });
  if (outcome.kind === "missing") return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
  if (outcome.kind === "refused") return notice(ctx, permissionRefusal(ctx, outcome.rejection), true);
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const { state } = outcome;
  const resumed =
    state.lastActor.id !== ctx.from!.id
      ? [ctx.say(`Dilanjutkan dari jawaban terakhir ${state.lastActor.name} (${dateTime(state.lastAt)}).`, `Continuing after ${state.lastActor.name}'s last answer (${dateTime(state.lastAt)}).`)]
      : [];
  await replyView(ctx, runView(ctx, outcome.procedure, outcome.run, state, resumed, now(ctx)));
}

/** A button answer (choice, option, yes/no, confirm, skip) or a typed one: one command on the run. */
export async function answerRun(ctx: BotContext, catalog: ProcedureCatalog, runId: number, seq: number, command: RunCommand): Promise<void> {
  const result = await executeRunCommand(ctx, catalog, { runId, seq, command });
  await showResult(ctx, result);
}

export async function showResult(ctx: BotContext, result: RunResult): Promise<void> {
  switch (result.kind) {
    case "missing":
      return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
    case "refused":
      return notice(ctx, permissionRefusal(ctx, result.rejection), true);
    case "stale": {
      const { state } = result;
      const text = ctx.say(
        `Pertanyaan itu sudah dijawab oleh ${state.lastActor.name} (${dateTime(state.lastAt)}). Ini pertanyaan sekarang:`,
        `That question was already answered by ${state.lastActor.name} (${dateTime(state.lastAt)}). Here is the current one:`,
      );
      if (ctx.callbackQuery) await ctx.answerCbQuery(text.slice(0, 200), { show_alert: true });
      return replyView(ctx, runView(ctx, result.procedure, result.run, state, ctx.callbackQuery ? [] : [text], now(ctx)));
    }
    case "rejected": {
      const text = result.rejection.code === "DUPLICATE_PC" ? duplicatePc(ctx, result.rejection) : runError(ctx, result.rejection.code, result.rejection.params);
      if (ctx.callbackQuery) {
        await ctx.answerCbQuery(text.slice(0, 200), { show_alert: true });
        return;
      }
      return replyView(ctx, runView(ctx, result.procedure, result.run, result.state, [`⚠️ ${text}`], now(ctx)));
    }
    case "ok":
      break;
  }
  const { procedure, run, before, after, events } = result;
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const notes = transitionNotes(ctx, procedure, after, events);
  const escalatedNow = after.status === "escalated" && before.status !== "escalated";
  if (escalatedNow) {
    const delivered = await notifySupportTeam(ctx, procedure, run, after);
    notes.push(
      delivered
        ? ctx.say("📨 TPP-SI sudah diberi tahu, lengkap dengan Form 1 dan Form 2 PC ini.", "📨 TPP-SI has been told, with this PC's Form 1 and Form 2.")
        : ctx.say("⚠️ TPP-SI belum dapat dihubungi lewat bot (grup TPP-SI belum didaftarkan). Hubungi DishubKominfo; eskalasi tetap tercatat.", "⚠️ TPP-SI could not be reached through the bot (no TPP-SI group registered). Contact DishubKominfo; the escalation is recorded."),
    );
  }
  await showView(ctx, runView(ctx, procedure, run, after, notes, now(ctx)));
}

function duplicatePc(ctx: BotContext, rejection: Rejection): string {
  const status = String(rejection.params.status);
  return ctx.say(
    `PC dengan nomor inventaris itu sudah tercatat (${statusName(ctx, status)}). Satu PC dimigrasi sekali: lanjutkan lewat /migrasi, atau ketik nomor inventaris PC lain.`,
    `A PC with that asset tag is already recorded (${statusName(ctx, status)}). A PC is migrated once: continue it from /migrasi, or type another PC's asset tag.`,
  );
}

/** A typed answer to the question the technician was last shown. */
export async function typedRunAnswer(ctx: BotContext, catalog: ProcedureCatalog, prompt: { runId: number; seq: number }, text: string): Promise<void> {
  const { store } = ctx.services;
  const run = await store.migration.runs.load(prompt.runId, ctx.services.timeZone);
  if (!run) return;
  const procedure = procedureOf(catalog, run.procedureId);
  const state = foldRun(run.events)!;
  const asked = run.seq === prompt.seq ? question(procedure, state) : undefined;
  if (asked?.kind === "choice") {
    // A choice is answered with its buttons; a typed label that matches one counts too.
    const wanted = text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "").trim();
    const index = asked.answers.findIndex((answer) => [answer.label.id, answer.label.en].some((label) => label.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "").trim() === wanted));
    if (index < 0) {
      await replyView(ctx, runView(ctx, procedure, run, state, [ctx.say("Pilih salah satu tombol di bawah.", "Choose one of the buttons below.")], now(ctx)));
      return;
    }
    return answerRun(ctx, catalog, prompt.runId, prompt.seq, { type: "choose", answer: asked.answers[index]!.key });
  }
  await answerRun(ctx, catalog, prompt.runId, prompt.seq, { type: "answer", input: text });
}

/** ⏸: nothing changes in the run; the technician's typing is no longer taken as answers to it. */
export async function pauseRun(ctx: BotContext, catalog: ProcedureCatalog, runId: number): Promise<void> {
  const { store } = ctx.services;
  const person = await personOf(ctx);
  const run = await store.migration.runs.load(runId, ctx.services.timeZone);
  if (!run) return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
  const permission = authorize(person, { kind: "runMigration", agencyId: run.agencyId });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.prompts.clear(tx, person.id, ctx.chat!.id));
  const procedure = procedureOf(catalog, run.procedureId);
  const state = foldRun(run.events)!;
  await ctx.answerCbQuery(ctx.say("Dijeda.", "Paused."));
  const view: View = {
    text: ctx.say(
      `⏸ Migrasi PC ${assetTagOf(procedure, state)} dijeda di ${statusLine(ctx, procedure, state)}. Semua jawaban sudah tersimpan. Lanjutkan kapan saja dengan /migrasi — teknisi lain di SKPD ${run.agencyName} juga dapat melanjutkannya.`,
      `⏸ The migration of PC ${assetTagOf(procedure, state)} is paused at ${statusLine(ctx, procedure, state)}. Every answer is saved. Continue any time with /migrasi — another technician of ${run.agencyName} can continue it too.`,
    ),
    buttons: [[button(ctx.say("▶ Lanjutkan", "▶ Continue"), migrationData.openRun(run.id)), button(ctx.say("📄 Form 1 & Form 2", "📄 Form 1 & Form 2"), migrationData.viewForms(run.id))]],
  };
  await showView(ctx, view);
}

/** 📄: Form 1 and Form 2 of a run, for its agency's people and for TPP-SI. */
export async function viewForms(ctx: BotContext, catalog: ProcedureCatalog, runId: number): Promise<void> {
  const { store } = ctx.services;
  const person = await personOf(ctx);
  const run = await store.migration.runs.load(runId, ctx.services.timeZone);
  if (!run) return notice(ctx, ctx.say("Migrasi ini tidak ditemukan.", "This migration was not found."), true);
  const allowed = authorize(person, { kind: "viewAgency", agencyId: run.agencyId });
  const support = authorize(person, { kind: "handleEscalation" });
  if (!allowed.ok && !support.ok) return notice(ctx, permissionRefusal(ctx, allowed), true);
  const procedure = procedureOf(catalog, run.procedureId);
  const state = foldRun(run.events)!;
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  await ctx.reply(clip(`${formsText(ctx, procedure, state)}`));
}

/** /pc: every PC of the agency and where it stands. */
export async function listPcs(ctx: BotContext, catalog: ProcedureCatalog): Promise<void> {
  const person = await personOf(ctx);
  const agency = person.memberships.find((membership) => membership.agencyId !== null);
  if (!agency || agency.agencyId === null) return void (await ctx.reply(permissionRefusal(ctx, NOT_AGENCY_MEMBER)));
  const { runs } = ctx.services.store.migration;
  const all = await runs.list({ agencyId: agency.agencyId });
  if (all.length === 0) return void (await ctx.reply(ctx.say(`Belum ada PC SKPD ${agency.agencyName} yang dicatat.`, `No PC of ${agency.agencyName} recorded yet.`)));
  const lines: string[] = [];
  for (const record of all.slice(0, 60)) {
    const loaded = await runs.load(record.id, ctx.services.timeZone);
    if (!loaded) continue;
    const procedure = procedureOf(catalog, loaded.procedureId);
    const state: RunState = foldRun(loaded.events)!;
    const reason = state.status === "onHold" ? ` — ${state.holds.at(-1)?.reason ?? ""}` : "";
    lines.push(`• ${assetTagOf(procedure, state)}${record.pc ? ` (${record.pc.location})` : ""}: ${statusLine(ctx, procedure, state)}${reason}`);
  }
  await ctx.reply(clip([ctx.say(`PC SKPD ${agency.agencyName} (${all.length}):`, `PCs of ${agency.agencyName} (${all.length}):`), ...lines].join("\n")));
}
