import type { DateTime } from "luxon";
import type { InlineKeyboardButton } from "telegraf/types";
import { formatFieldValue, interpolate, type LocalText } from "../../../domain/migration/fields.ts";
import { previousValue, question, type RunEvent, type RunState } from "../../../domain/migration/engine.ts";
import { stepOf, type Procedure } from "../../../domain/migration/procedure.ts";
import {
  formatDuration,
  formatLine,
  formLines,
  runTimes,
  troubleshootingLog,
  type TroubleshootingEntry,
} from "../../../domain/migration/projections.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { dateTime, statusName, type Speaker } from "./texts.ts";

/** How a run looks in chat: the question it asks now with its buttons, or where it stands. */

export interface View {
  readonly text: string;
  readonly buttons: readonly InlineKeyboardButton[][];
}

export function markup(view: View) {
  return view.buttons.length > 0 ? { reply_markup: { inline_keyboard: view.buttons.map((row) => [...row]) } } : {};
}

/** Telegram refuses messages over 4,096 characters. */
export function clip(text: string, max = 4000): string {
  return text.length <= max ? text : `${text.slice(0, max - 2)}…`;
}

export interface RunInfo {
  readonly id: number;
  readonly agencyName: string;
  readonly seq: number;
}

function local(speaker: Speaker, text: LocalText): string {
  return speaker.say(text.id, text.en);
}

/** Settings and earlier answers for {placeholders}, formatted as the forms print them. */
export function lookupFor(procedure: Procedure, state: RunState, speaker: Speaker) {
  return (key: string): string | undefined => {
    if (key in state.settings) {
      const value = state.settings[key];
      if (typeof value === "number") return value.toLocaleString("id-ID");
      if (typeof value === "boolean") return value ? speaker.say("ya", "yes") : speaker.say("tidak", "no");
      return String(value);
    }
    const entry = procedure.fieldIndex.get(key);
    if (entry && key in state.values) return formatFieldValue(entry.field, state.values[key], speaker.language);
    return undefined;
  };
}

function say(speaker: Speaker, procedure: Procedure, state: RunState, text: LocalText): string {
  return interpolate(local(speaker, text), lookupFor(procedure, state, speaker));
}

/** "🖥 PC 02.06.02.01.017 — Ruang Keuangan, pengguna Ni Luh Ayu (SKPD Dinas Kesehatan)". */
export function pcLine(speaker: Speaker, procedure: Procedure, state: RunState, agencyName: string): string {
  const tag = state.values[procedure.target.assetTag];
  if (typeof tag !== "string") return speaker.say(`🖥 PC baru — SKPD ${agencyName}`, `🖥 New PC — ${agencyName}`);
  const location = state.values[procedure.target.location];
  const user = state.values[procedure.target.user];
  const details = [typeof location === "string" ? location : undefined, typeof user === "string" ? speaker.say(`pengguna ${user}`, `user ${user}`) : undefined]
    .filter(Boolean)
    .join(", ");
  return `🖥 PC ${tag}${details ? ` — ${details}` : ""} (SKPD ${agencyName})`;
}

export function assetTagOf(procedure: Procedure, state: RunState): string {
  const tag = state.values[procedure.target.assetTag];
  return typeof tag === "string" ? tag : `PC baru ${state.startedAt.toFormat("dd-MM HH:mm")}`;
}

/** What the last command did, as short lines above the next question: how a typed value was read, routes taken. */
export function transitionNotes(speaker: Speaker, procedure: Procedure, after: RunState, events: readonly RunEvent[]): string[] {
  const notes: string[] = [];
  for (const event of events) {
    if (event.type === "fieldAnswered") {
      const entry = procedure.fieldIndex.get(event.field);
      if (entry) notes.push(`✓ ${local(speaker, entry.field.label)}: ${formatFieldValue(entry.field, event.value, speaker.language)}`);
    } else if (event.type === "answerChosen") {
      const step = stepOf(procedure, event.step);
      const answer = "choice" in step.then ? step.then.choice.find((candidate) => candidate.key === event.answer) : undefined;
      if (answer) notes.push(`✓ ${speaker.say("Langkah", "Step")} ${step.number}: ${local(speaker, answer.label)}`);
    } else if (event.type === "routed") {
      const step = stepOf(procedure, event.step);
      const route = "route" in step.then ? step.then.route[event.route] : undefined;
      if (route) notes.push(`➜ ${say(speaker, procedure, after, route.note)}`);
    } else if (event.type === "skipped") {
      const step = stepOf(procedure, event.step);
      if (step.skip) notes.push(`⏭ ${say(speaker, procedure, after, step.skip.note)}`);
    }
  }
  return notes;
}

/** The question a running migration asks now, with its answer buttons and pause/redo. */
export function runView(speaker: Speaker, procedure: Procedure, run: RunInfo, state: RunState, notes: readonly string[] = [], now?: DateTime): View {
  const head = pcLine(speaker, procedure, state, run.agencyName);
  const intro = notes.length > 0 ? `${notes.join("\n")}\n\n` : "";
  if (state.status !== "inProgress") return statusView(speaker, procedure, run, state, intro, now);
  const step = stepOf(procedure, state.step);
  const asked = question(procedure, state);
  const stepLine = `${speaker.say("Langkah", "Step")} ${step.number}/${procedure.stepCount} · ${local(speaker, step.title)}`;
  const buttons: InlineKeyboardButton[][] = [];
  let ask = "";
  if (asked.kind === "field") {
    const { field } = asked;
    ask = say(speaker, procedure, state, field.prompt);
    if (field.type === "choice") {
      const options = field.options.map((option, index) => button(local(speaker, option.label), migrationData.field(run.id, state.seq, index)));
      for (let i = 0; i < options.length; i += 2) buttons.push(options.slice(i, i + 2));
    } else if (field.type === "yesNo") {
      buttons.push([button(speaker.say("Ya", "Yes"), migrationData.field(run.id, state.seq, "y")), button(speaker.say("Tidak", "No"), migrationData.field(run.id, state.seq, "n"))]);
    } else if (field.type === "confirm") {
      buttons.push([button(local(speaker, field.button), migrationData.field(run.id, state.seq, "c"))]);
    } else {
      ask += `\n${speaker.say("(ketik jawabannya)", "(type the answer)")}`;
    }
    if (field.optional) buttons.push([button(speaker.say("Lewati", "Skip"), migrationData.field(run.id, state.seq, "s"))]);
    const previous = previousValue(state, field.key);
    if (previous !== undefined) {
      const shown = formatFieldValue(field, previous, speaker.language);
      buttons.push([button(`${speaker.say("= Tetap", "= Keep")}: ${shown}`.slice(0, 60), migrationData.field(run.id, state.seq, "k"))]);
    }
  } else if (asked.kind === "choice") {
    ask = speaker.say("Bagaimana hasilnya?", "How did it go?");
    asked.answers.forEach((answer, index) => buttons.push([button(local(speaker, answer.label), migrationData.choose(run.id, state.seq, index))]));
  }
  const visit = state.visits.at(-1);
  const started = visit !== undefined && (Object.keys(visit.values).length > 0 || visit.answer !== undefined);
  buttons.push([
    button(speaker.say("⏸ Jeda", "⏸ Pause"), migrationData.pause(run.id)),
    ...(started ? [button(speaker.say("↺ Ulangi langkah", "↺ Redo step"), migrationData.restartStep(run.id, state.seq))] : []),
  ]);
  const text = `${intro}${head}\n${stepLine}\n${say(speaker, procedure, state, step.prompt)}\n\n${ask}`;
  return { text: clip(text), buttons };
}

function statusView(speaker: Speaker, procedure: Procedure, run: RunInfo, state: RunState, intro: string, now?: DateTime): View {
  const head = pcLine(speaker, procedure, state, run.agencyName);
  const buttons: InlineKeyboardButton[][] = [];
  let body: string;
  switch (state.status) {
    case "onHold": {
      const hold = state.holds.at(-1)!;
      const resume = stepOf(procedure, hold.resumeAt);
      body = speaker.say(
        `⏸ Migrasi PC ini di-pending sejak ${dateTime(hold.at)} (${procedure.regulation}, Lampiran angka 2 huruf c langkah 2).\nAlasan: ${hold.reason}\n\nBila kendalanya sudah tidak ada, lanjutkan dari langkah ${resume.number} (${resume.title.id}). Bila sistem non-open source itu berjalan normal dan hendak dipertahankan, ajukan pengecualian dengan /pengecualian (Pasal 14 ayat (3), Pasal 17).`,
        `⏸ This PC's migration is on hold since ${dateTime(hold.at)} (${procedure.regulation}, annex 2c step 2).\nReason: ${hold.reason}\n\nWhen the obstacle is gone, continue from step ${resume.number} (${resume.title.en}). If that non-open-source system runs well and should stay, propose an exception with /pengecualian (Pasal 14(3), Pasal 17).`,
      );
      buttons.push([button(speaker.say(`▶ Lanjutkan langkah ${resume.number}`, `▶ Continue step ${resume.number}`), migrationData.resume(run.id, state.seq))]);
      break;
    }
    case "escalated": {
      const escalation = state.escalations.at(-1)!;
      const step = stepOf(procedure, escalation.step);
      body = escalation.takenOverBy
        ? speaker.say(
            `🆘 Diteruskan ke TPP-SI dari langkah ${step.number} (${step.title.id}) pada ${dateTime(escalation.openedAt)}; ditangani ${escalation.takenOverBy.name} sejak ${dateTime(escalation.takenOverAt!)}. Anda akan diberi tahu bila dikembalikan atau diselesaikan.`,
            `🆘 Passed to TPP-SI from step ${step.number} (${step.title.en}) at ${dateTime(escalation.openedAt)}; handled by ${escalation.takenOverBy.name} since ${dateTime(escalation.takenOverAt!)}. You will be told when it comes back or is finished.`,
          )
        : speaker.say(
            `🆘 Diteruskan ke TPP-SI dari langkah ${step.number} (${step.title.id}) pada ${dateTime(escalation.openedAt)}, menunggu diambil alih. Proses perbaikan dilanjutkan di TPP-SI yang dikoordinasikan oleh DishubKominfo (${procedure.regulation}, ${step.citation}).`,
            `🆘 Passed to TPP-SI from step ${step.number} (${step.title.en}) at ${dateTime(escalation.openedAt)}, waiting to be taken over. TPP-SI, coordinated by DishubKominfo, continues the repair (${procedure.regulation}, ${step.citation}).`,
          );
      buttons.push([button(speaker.say("📄 Form 1 & Form 2", "📄 Form 1 & Form 2"), migrationData.viewForms(run.id))]);
      break;
    }
    case "done": {
      const done = stepOf(procedure, state.step);
      const finishedBySupport = state.escalations.at(-1)?.outcome === "finished";
      body = [
        speaker.say(
          `✅ Langkah ${done.number} · ${done.title.id}. Migrasi PC ini selesai${finishedBySupport ? " (diselesaikan oleh TPP-SI)" : ""} pada ${dateTime(state.endedAt!)}.`,
          `✅ Step ${done.number} · ${done.title.en}. This PC's migration is done${finishedBySupport ? " (finished by TPP-SI)" : ""} at ${dateTime(state.endedAt!)}.`,
        ),
        "",
        timesText(speaker, procedure, state, now ?? state.endedAt!),
      ].join("\n");
      buttons.push([
        button(speaker.say("📄 Form 1 & Form 2", "📄 Form 1 & Form 2"), migrationData.viewForms(run.id)),
        button(speaker.say("➕ PC berikutnya", "➕ Next PC"), migrationData.newRun()),
      ]);
      break;
    }
    case "unsuitable": {
      const step = stepOf(procedure, state.step);
      body = speaker.say(
        `⛔ Langkah ${step.number} · ${step.title.id}: ${step.prompt.id} (${procedure.regulation}, ${step.citation}).`,
        `⛔ Step ${step.number} · ${step.title.en}: ${step.prompt.en} (${procedure.regulation}, ${step.citation}).`,
      );
      const then = step.then;
      if ("end" in then && then.offerRestart) buttons.push([button(speaker.say("➕ Pilih PC target lain", "➕ Choose another PC"), migrationData.newRun())]);
      break;
    }
    default:
      body = statusName(speaker, state.status);
  }
  return { text: clip(`${intro}${head}\n${body}`), buttons };
}

/** The time each step took, then time on hold and with TPP-SI, and the total. */
export function timesText(speaker: Speaker, procedure: Procedure, state: RunState, now: DateTime): string {
  const times = runTimes(procedure, state, now);
  const lines = times.steps.map((entry) => {
    const repeats = entry.visits > 1 ? speaker.say(` (${entry.visits}×)`, ` (${entry.visits}×)`) : "";
    return `${entry.step.number}. ${local(speaker, entry.step.title)} — ${formatDuration(entry.ms, speaker.language)}${repeats}`;
  });
  if (times.onHoldMs > 0) lines.push(`${speaker.say("Ditunda", "On hold")} — ${formatDuration(times.onHoldMs, speaker.language)}`);
  if (times.supportMs > 0) lines.push(`${speaker.say("Di TPP-SI", "With TPP-SI")} — ${formatDuration(times.supportMs, speaker.language)}`);
  return [speaker.say("⏱ Waktu tiap langkah:", "⏱ Time per step:"), ...lines, `${speaker.say("Total", "Total")}: ${formatDuration(times.totalMs, speaker.language)}`].join("\n");
}

function form2Lines(speaker: Speaker, entries: readonly TroubleshootingEntry[]): string[] {
  return entries.map((entry) => {
    const result =
      entry.result === "solved"
        ? speaker.say("teratasi", "solved")
        : entry.result === "open"
          ? speaker.say("belum diputuskan", "not decided yet")
          : entry.escalation?.outcome === "handedBack"
            ? speaker.say(`diteruskan ke TPP-SI, dikembalikan oleh ${entry.escalation.closedBy?.name ?? "TPP-SI"}: ${entry.escalation.note ?? ""}`, `passed to TPP-SI, handed back by ${entry.escalation.closedBy?.name ?? "TPP-SI"}: ${entry.escalation.note ?? ""}`)
            : entry.escalation?.outcome === "finished"
              ? speaker.say(`diteruskan ke TPP-SI, diselesaikan oleh ${entry.escalation.closedBy?.name ?? "TPP-SI"}: ${entry.escalation.note ?? ""}`, `passed to TPP-SI, finished by ${entry.escalation.closedBy?.name ?? "TPP-SI"}: ${entry.escalation.note ?? ""}`)
              : entry.escalation?.takenOverBy
                ? speaker.say(`diteruskan ke TPP-SI, ditangani ${entry.escalation.takenOverBy.name}`, `passed to TPP-SI, handled by ${entry.escalation.takenOverBy.name}`)
                : speaker.say("diteruskan ke TPP-SI", "passed to TPP-SI");
    const details = entry.lines.map((line) => formatLine(line, speaker.language)).join("; ");
    return `${entry.index}. ${local(speaker, entry.phase)} (${speaker.say("langkah", "step")} ${entry.step.number}, ${dateTime(entry.at)}${entry.by ? `, ${entry.by.name}` : ""}) — ${details}. ${speaker.say("Hasil", "Result")}: ${result}.`;
  });
}

/** Form 1 and Form 2 of a run, as text (for the technician, and in the TPP-SI notification). */
export function formsText(speaker: Speaker, procedure: Procedure, state: RunState): string {
  const form1 = procedure.forms.find((form) => form.key === "form1");
  const form2 = procedure.forms.find((form) => form.key === "form2");
  const parts: string[] = [];
  if (form1) {
    const lines = formLines(procedure, state, "form1").map((line) => `• ${formatLine(line, speaker.language)}`);
    lines.push(`• ${speaker.say("Distro", "Distribution")}: ${String(state.settings.distributionName ?? "—")}`);
    parts.push(`📄 ${local(speaker, form1.title)}\n${lines.join("\n")}`);
  }
  if (form2) {
    const entries = troubleshootingLog(procedure, state);
    parts.push(`🛠 ${local(speaker, form2.title)}\n${entries.length > 0 ? form2Lines(speaker, entries).join("\n") : speaker.say("(belum ada catatan)", "(no entries)")}`);
  }
  return parts.join("\n\n");
}

export function statusLine(speaker: Speaker, procedure: Procedure, state: RunState): string {
  if (state.status === "inProgress") {
    const step = stepOf(procedure, state.step);
    return `${speaker.say("langkah", "step")} ${step.number}/${procedure.stepCount} ${local(speaker, step.title)}`;
  }
  return statusName(speaker, state.status);
}
