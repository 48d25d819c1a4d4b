import { Composer } from "telegraf";
import { hasNoLeadership, memberByTelegramUser, temporaryLeadership } from "../../../../domain/council/council.ts";
import { identify } from "../../../../domain/council/procedures/context.ts";
import { pendingSteps } from "../../../../domain/council/procedures/pending-steps.ts";
import type { ProcedureCommandInput } from "../../../../domain/council/procedures/procedure-commands.ts";
import type { ProcedureKind } from "../../../../domain/council/procedures/procedure-events.ts";
import type { ProcedureState } from "../../../../domain/council/procedures/procedure-state.ts";
import type { SessionKind } from "../../../../domain/council/rule-book.ts";
import { reject } from "../../../../domain/shared/rejection.ts";
import type { Rejection } from "../../../../domain/shared/rejection.ts";
import type { StoredCouncil } from "../../../../store/council/council-repository.ts";
import type { BotContext } from "../../../context.ts";
import type { CommandHelp } from "../../../feature.ts";
import { button, keyboard } from "../../../keyboard.ts";
import { exchangeStepOf, parseProcedureAction, parseReferenceArg, parseStep, PROCEDURE_CALLBACK_PATTERN, procedureData, stepCode } from "./callback-data.ts";
import type { StepRef } from "./callback-data.ts";
import { cardKeyboard, cardText, choiceLine, listLine, meetingKindName } from "./cards.ts";
import { parseLeadershipArgs, parseOpening, parseStages, USAGE } from "./command-parsers.ts";
import { applyProcedure, decisionChoices, loadDecision, loadMeeting, meetingChoices, RULES } from "./procedure-service.ts";
import type { Applied, CommandBuilder } from "./procedure-service.ts";
import { procedureRefusal } from "./refusals.ts";

/**
 * The council's procedures that span several meetings (Perbup Banjarnegara 962/2011), in the council's group:
 * /usul (signed proposals), /perdes (draft village regulations), /lpj (the village head's report), /pimpinan_bpd (the
 * leadership), and a card per procedure whose buttons sign, number and record each step with a meeting or decision
 * of a closed session. Typed text and button data are parsed with zod; the sender is always `ctx.from`.
 */

const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
const payloadOf = (ctx: BotContext & { payload?: string }) => (ctx.payload ?? "").trim();

const PROPOSAL_KINDS: readonly ProcedureKind[] = ["closedMeetingRequest", "informationRequest", "agendaChange", "rulesChange", "villageRegulation"];

async function councilOf(ctx: BotContext): Promise<StoredCouncil | undefined> {
  return ctx.chat ? ctx.services.store.council.byChat(ctx.chat.id) : undefined;
}

export function councilProceduresFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const group = new Composer<BotContext>();
  feature.use((ctx, next) => (isGroup(ctx) ? group.middleware()(ctx, next) : next()));

  group.command("usul", (ctx, next) => withCouncil(ctx, next, (stored) => proposalsCommand(ctx, stored, payloadOf(ctx))));
  group.command("perdes", (ctx, next) => withCouncil(ctx, next, (stored) => regulationsCommand(ctx, stored, payloadOf(ctx))));
  group.command("lpj", (ctx, next) => withCouncil(ctx, next, (stored) => reportsCommand(ctx, stored, payloadOf(ctx))));
  group.command("pimpinan_bpd", (ctx, next) => withCouncil(ctx, next, (stored) => leadershipCommand(ctx, stored, payloadOf(ctx))));

  feature.action(PROCEDURE_CALLBACK_PATTERN, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseProcedureAction(data);
    const stored = isGroup(ctx) ? await councilOf(ctx) : undefined;
    if (!action || !stored) return void (await ctx.answerCbQuery(ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."), { show_alert: true }));
    await buttonAction(ctx, stored, action.procedureId, action.action, action.arg);
  });

  return feature;
}

async function withCouncil(ctx: BotContext, next: () => Promise<void>, run: (stored: StoredCouncil) => Promise<void>): Promise<void> {
  const stored = await councilOf(ctx);
  if (!stored) return next();
  await run(stored);
}

// --- Typed commands -------------------------------------------------------------------------------------------

async function showCard(ctx: BotContext, stored: StoredCouncil, id: number, kinds?: readonly ProcedureKind[]): Promise<void> {
  const procedure = await ctx.services.store.procedures.byId(id);
  if (!procedure || procedure.councilId !== stored.id || !procedure.state || (kinds && !kinds.includes(procedure.kind))) {
    return void (await ctx.reply(procedureRefusal(ctx, reject("NO_PROCEDURE", { procedureId: id }))));
  }
  await ctx.reply(cardText(ctx, stored.council, id, procedure.state), cardKeyboard(ctx, id, procedure.state));
}

async function listProcedures(ctx: BotContext, stored: StoredCouncil, heading: string, empty: string, filter: (state: ProcedureState) => boolean, kinds: readonly ProcedureKind[], openOnly: boolean): Promise<void> {
  const procedures = (await ctx.services.store.procedures.ofCouncil(stored.id, { kinds, openOnly })).filter((p) => p.state && filter(p.state));
  if (procedures.length === 0) return void (await ctx.reply(empty));
  const lines = [heading, ...procedures.map((p) => listLine(ctx, p.id, p.state!))];
  const buttons = procedures.flatMap((p) => {
    const view = button(ctx.say(`Lihat #${p.id}`, `Open #${p.id}`), procedureData(p.id, "v"));
    const signing = p.state!.status === "open" && pendingSteps(p.state!, RULES)[0]?.kind === "sign";
    return signing ? [button(ctx.say(`✍️ Tanda tangan #${p.id}`, `✍️ Sign #${p.id}`), procedureData(p.id, "sg")), view] : [view];
  });
  await ctx.reply(lines.join("\n"), keyboard(buttons, 2));
}

/** Replies with the card of what was just recorded, or the refusal. */
async function reportApplied(ctx: BotContext, stored: StoredCouncil, applied: Applied): Promise<void> {
  if (!applied.ok) return void (await ctx.reply(procedureRefusal(ctx, applied)));
  await ctx.reply(cardText(ctx, stored.council, applied.value.id, applied.value.state), cardKeyboard(ctx, applied.value.id, applied.value.state));
}

const command = (input: ProcedureCommandInput): CommandBuilder => async () => input;

function isProposal(state: ProcedureState): boolean {
  return state.proposal !== null && (state.kind !== "villageRegulation" || state.decision === null);
}

async function proposalsCommand(ctx: BotContext, stored: StoredCouncil, payload: string): Promise<void> {
  if (!payload) {
    return listProcedures(
      ctx,
      stored,
      ctx.say("Usul yang sedang berjalan (tanda tangan anggota, Pasal 7, 8, 39, 58, 75):", "Proposals under way (members' signatures, Pasal 7, 8, 39, 58, 75):"),
      ctx.say(`Belum ada usul yang berjalan.\n${USAGE.usul.id}`, `No proposal under way.\n${USAGE.usul.en}`),
      isProposal,
      PROPOSAL_KINDS,
      true,
    );
  }
  if (/^#?\d{1,9}$/.test(payload)) return showCard(ctx, stored, Number(payload.replace("#", "")));
  const changed = /^ubah\s+#?(\d{1,9})\s+([\s\S]+)$/i.exec(payload);
  if (changed) {
    const [title, text] = changed[2]!.includes("|") ? changed[2]!.split("|", 2).map((s) => s.trim()) : [undefined, changed[2]!.trim()];
    return reportApplied(ctx, stored, await applyProcedure(ctx, stored, Number(changed[1]), command({ type: "change", text: text!, ...(title ? { title } : {}) })));
  }
  const opening = parseOpening(payload, ctx.now.setZone(stored.council.zone));
  if (!opening.ok) return void (await ctx.reply(ctx.say(opening.id, opening.en)));
  await reportApplied(ctx, stored, await applyProcedure(ctx, stored, null, command(opening.command)));
}

async function regulationsCommand(ctx: BotContext, stored: StoredCouncil, payload: string): Promise<void> {
  const kinds: readonly ProcedureKind[] = ["villageRegulation"];
  if (!payload) {
    return listProcedures(
      ctx,
      stored,
      ctx.say("Rancangan Peraturan Desa dan tahapnya (Pasal 63-71):", "Draft village regulations and their stages (Pasal 63-71):"),
      ctx.say(`Belum ada rancangan Peraturan Desa.\n${USAGE.perdes.id}`, `No draft village regulation yet.\n${USAGE.perdes.en}`),
      () => true,
      kinds,
      false,
    );
  }
  if (/^#?\d{1,9}$/.test(payload)) return showCard(ctx, stored, Number(payload.replace("#", "")), kinds);
  const head = /^kades\s+([\s\S]+)$/i.exec(payload);
  if (head) {
    const [title, coverNote] = head[1]!.split("|", 2).map((s) => s.trim());
    if (!title || !coverNote) return void (await ctx.reply(ctx.say(USAGE.perdesKades.id, USAGE.perdesKades.en)));
    return reportApplied(ctx, stored, await applyProcedure(ctx, stored, null, command({ type: "receiveHeadDraft", title, coverNote })));
  }
  const amendment = /^ubah\s+#?(\d{1,9})\s+([\s\S]+)$/i.exec(payload);
  if (amendment) return reportApplied(ctx, stored, await applyProcedure(ctx, stored, Number(amendment[1]), command({ type: "proposeAmendment", text: amendment[2]!.trim() })));
  const complement = /^pelengkap\s+#?(\d{1,9})\s+#?(\d{1,9})$/i.exec(payload);
  if (complement) return complementCommand(ctx, stored, Number(complement[1]), Number(complement[2]));
  const decree = /^(setuju|ttd)\s+#?(\d{1,9})\s+(.+)$/i.exec(payload);
  if (decree) {
    const type = decree[1]!.toLowerCase() === "setuju" ? "recordApprovalDecree" : "recordSignature";
    return reportApplied(ctx, stored, await applyProcedure(ctx, stored, Number(decree[2]), command({ type, number: decree[3]!.trim().slice(0, 60) })));
  }
  const waive = /^lewati\s+#?(\d{1,9})\s+(.+)$/i.exec(payload);
  if (waive) return waiveCommand(ctx, stored, Number(waive[1]), waive[2]!);
  await ctx.reply(ctx.say(USAGE.perdes.id, USAGE.perdes.en));
}

async function complementCommand(ctx: BotContext, stored: StoredCouncil, laterId: number, firstId: number): Promise<void> {
  const applied = await applyProcedure(ctx, stored, laterId, async (tx) => {
    const first = await ctx.services.store.procedures.byId(firstId, tx);
    if (!first || first.councilId !== stored.id || !first.state) return reject("NO_PROCEDURE", { procedureId: firstId });
    const of = { procedureId: first.id, title: first.state.title, kind: first.kind, status: first.state.status, receivedAt: first.state.receivedAt };
    return { type: "becomeComplement", of };
  });
  await reportApplied(ctx, stored, applied);
}

async function waiveCommand(ctx: BotContext, stored: StoredCouncil, id: number, text: string): Promise<void> {
  const stages = parseStages(text);
  if (!stages) return void (await ctx.reply(ctx.say("Sebutkan tahapnya, misalnya /perdes lewati 3 II", "Name the stages, e.g. /perdes lewati 3 II")));
  await offerDecisions(ctx, stored, id, { kind: "waive", stages }, "steeringCommittee");
}

async function reportsCommand(ctx: BotContext, stored: StoredCouncil, payload: string): Promise<void> {
  const kinds: readonly ProcedureKind[] = ["headReport"];
  if (!payload) {
    return listProcedures(
      ctx,
      stored,
      ctx.say("Pertanggungjawaban Kepala Desa (Pasal 4-6):", "The village head's accountability reports (Pasal 4-6):"),
      ctx.say(`Belum ada pertanggungjawaban Kepala Desa yang dicatat.\n${USAGE.lpj.id}`, `No accountability report recorded yet.\n${USAGE.lpj.en}`),
      () => true,
      kinds,
      false,
    );
  }
  if (/^#?\d{1,9}$/.test(payload)) return showCard(ctx, stored, Number(payload.replace("#", "")), kinds);
  const annual = /^tahunan\s+(\d{4})$/i.exec(payload);
  if (annual) return reportApplied(ctx, stored, await applyProcedure(ctx, stored, null, command({ type: "openHeadReport", basis: "annual", budgetYear: Number(annual[1]) })));
  const endOfTerm = /^akhir\s+(.+)$/i.exec(payload);
  if (endOfTerm) {
    const opening = parseOpening(`akhir ${endOfTerm[1]}`, ctx.now.setZone(stored.council.zone));
    if (!opening.ok) return void (await ctx.reply(ctx.say(opening.id, opening.en)));
    return reportApplied(ctx, stored, await applyProcedure(ctx, stored, null, command(opening.command)));
  }
  const waive = /^lewati\s+#?(\d{1,9})\s+(.+)$/i.exec(payload);
  if (waive) return waiveCommand(ctx, stored, Number(waive[1]), waive[2]!);
  await ctx.reply(ctx.say(USAGE.lpj.id, USAGE.lpj.en));
}

async function leadershipCommand(ctx: BotContext, stored: StoredCouncil, payload: string): Promise<void> {
  const council = stored.council;
  const rules = RULES.procedures.leadership;
  if (!payload) {
    const lines: string[] = [];
    const leaders = council.members.filter((m) => m.role === "chair" || m.role === "viceChair");
    if (leaders.length) lines.push(...leaders.map((m) => `${m.role === "chair" ? rules.offices.chair.name : rules.offices.viceChair.name}: ${m.name}`));
    if (hasNoLeadership(council)) {
      const temporary = temporaryLeadership(council);
      if (temporary) {
        lines.push(
          ctx.say(
            `Pimpinan BPD belum ditetapkan: musyawarah dipimpin ${temporary.presiding.name} (tertua), dibantu ${temporary.assisting?.name ?? "-"} (termuda) (Pasal 16 ayat (1)).`,
            `No leadership set: ${temporary.presiding.name} (oldest) presides, assisted by ${temporary.assisting?.name ?? "-"} (youngest) (Pasal 16 ayat (1)).`,
          ),
        );
      }
    }
    const open = await ctx.services.store.procedures.ofCouncil(stored.id, { kinds: ["leadership"], openOnly: true });
    lines.push(...open.filter((p) => p.state).map((p) => listLine(ctx, p.id, p.state!)));
    lines.push(ctx.say(USAGE.pimpinan.id, USAGE.pimpinan.en));
    const buttons = open.map((p) => button(ctx.say(`Lihat #${p.id}`, `Open #${p.id}`), procedureData(p.id, "v")));
    return void (await ctx.reply(lines.join("\n"), buttons.length ? keyboard(buttons) : undefined));
  }
  if (/^#?\d{1,9}$/.test(payload)) return showCard(ctx, stored, Number(payload.replace("#", "")), ["leadership"]);
  if (/^sumpah$/i.test(payload)) {
    return void (await ctx.reply(`${rules.oath.before.text} (${rules.oath.before.citation.article}):\n\n“${rules.oath.wording.text}” (${rules.oath.wording.citation.article})`));
  }
  const parsed = parseLeadershipArgs(payload);
  if (!parsed) return void (await ctx.reply(ctx.say(USAGE.pimpinan.id, USAGE.pimpinan.en)));
  await reportApplied(ctx, stored, await applyProcedure(ctx, stored, null, command(parsed)));
}

// --- Buttons --------------------------------------------------------------------------------------------------

async function alert(ctx: BotContext, text: string): Promise<void> {
  // Telegram shows at most 200 characters in an alert; a longer refusal is also sent as a message.
  if (text.length <= 200) return void (await ctx.answerCbQuery(text, { show_alert: true }));
  await ctx.answerCbQuery(ctx.say("Ditolak: lihat pesan.", "Refused: see the message."), { show_alert: true });
  await ctx.reply(text);
}

/** After a press was recorded: the pressed message becomes the procedure's card, edited in place. */
async function showRecorded(ctx: BotContext, stored: StoredCouncil, applied: Applied, done: string): Promise<void> {
  if (!applied.ok) return alert(ctx, procedureRefusal(ctx, applied));
  await ctx.answerCbQuery(done);
  const { id, state } = applied.value;
  const text = cardText(ctx, stored.council, id, state);
  const markup = cardKeyboard(ctx, id, state) ?? { reply_markup: { inline_keyboard: [] } };
  try {
    await ctx.editMessageText(text, markup);
  } catch {
    await ctx.reply(text, markup);
  }
}

/** The meeting kind a step is taken in, from what the procedure waits for. */
function meetingKindFor(state: ProcedureState, step: StepRef): SessionKind | undefined {
  if (step.kind === "waive") return "steeringCommittee";
  const pending = pendingSteps(state, RULES).find((p) => {
    if (step.kind === "stage") return p.kind === "stage" && p.stage === step.stage;
    if (step.kind === "amendment") return p.kind === "amendment" && p.amendmentNo === step.amendmentNo;
    if (step.kind === "elect" || step.kind === "oath") return p.kind === step.kind && p.office === step.office;
    return p.kind === step.kind;
  });
  return pending?.meetingKind ?? undefined;
}

function notRecorder(ctx: BotContext, stored: StoredCouncil): Rejection | undefined {
  const caller = identify(stored.council, { kind: "user", telegramUserId: ctx.from!.id });
  if (caller.recorder) return undefined;
  return caller.person ? reject("NOT_RECORDER", {}, RULES.procedures.recorder.citation) : reject("UNKNOWN_SENDER");
}

/** The decisions of closed meetings a step may rest on, as buttons. Writes nothing. */
async function offerDecisions(ctx: BotContext, stored: StoredCouncil, id: number, step: StepRef, kindHint?: SessionKind): Promise<void> {
  const say = async (text: string) => (ctx.callbackQuery ? alert(ctx, text) : void (await ctx.reply(text)));
  const refusal = notRecorder(ctx, stored);
  if (refusal) return say(procedureRefusal(ctx, refusal));
  const procedure = await ctx.services.store.procedures.byId(id);
  if (!procedure?.state || procedure.councilId !== stored.id) return say(procedureRefusal(ctx, reject("NO_PROCEDURE", { procedureId: id })));
  const kind = kindHint ?? meetingKindFor(procedure.state, step);
  if (!kind) return say(ctx.say("Langkah ini tidak sedang ditunggu.", "This step is not awaited now."));
  const choices = await decisionChoices(ctx.services.store, stored, kind);
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  if (choices.length === 0) {
    return void (await ctx.reply(
      ctx.say(
        `Belum ada keputusan ${meetingKindName(ctx, kind)} yang sudah ditutup. Adakan rapatnya dengan /sidang, ambil keputusannya (/voting atau /mufakat), lalu tutup rapat (/tutup).`,
        `No decision of a closed ${meetingKindName(ctx, kind)} yet. Hold the meeting with /sidang, decide (/voting or /mufakat), and close it (/tutup).`,
      ),
    ));
  }
  const lines = [
    ctx.say(`Pilih keputusan ${meetingKindName(ctx, kind)} yang sudah ditutup untuk #${id}:`, `Choose a decision of a closed ${meetingKindName(ctx, kind)} for #${id}:`),
    ...choices.map((c, i) => `${i + 1}. ${choiceLine(ctx, c)}${c.usedBy !== null ? ctx.say(` — sudah dipakai #${c.usedBy}`, ` — used by #${c.usedBy}`) : ""}`),
  ];
  const buttons = choices.map((c, i) => button(`${i + 1}. ${c.passed ? "✅" : "❌"} ${c.motion}`.slice(0, 60), procedureData(id, "d", `${stepCode(step)}.${c.decisionId}`)));
  await ctx.reply(lines.join("\n"), keyboard(buttons, 1));
}

async function offerMeetings(ctx: BotContext, stored: StoredCouncil, id: number, step: StepRef): Promise<void> {
  const refusal = notRecorder(ctx, stored);
  if (refusal) return alert(ctx, procedureRefusal(ctx, refusal));
  const procedure = await ctx.services.store.procedures.byId(id);
  if (!procedure?.state || procedure.councilId !== stored.id) return alert(ctx, procedureRefusal(ctx, reject("NO_PROCEDURE", { procedureId: id })));
  const kind = meetingKindFor(procedure.state, step);
  if (!kind) return alert(ctx, ctx.say("Langkah ini tidak sedang ditunggu.", "This step is not awaited now."));
  const choices = await meetingChoices(ctx.services.store, stored, kind);
  await ctx.answerCbQuery();
  if (choices.length === 0) {
    return void (await ctx.reply(
      ctx.say(`Belum ada ${meetingKindName(ctx, kind)} yang sudah ditutup. Adakan rapatnya dengan /sidang lalu tutup (/tutup).`, `No closed ${meetingKindName(ctx, kind)} yet. Hold it with /sidang and close it (/tutup).`),
    ));
  }
  const lines = [ctx.say(`Pilih ${meetingKindName(ctx, kind)} yang sudah ditutup untuk #${id}:`, `Choose a closed ${meetingKindName(ctx, kind)} for #${id}:`), ...choices.map((c, i) => `${i + 1}. ${choiceLine(ctx, c)}`)];
  const buttons = choices.map((c, i) => button(`${i + 1}. ${day10(c.date)} · ${c.attendees.length}/${c.councilSize}`, procedureData(id, "m", `${stepCode(step)}.${c.sessionId}`)));
  await ctx.reply(lines.join("\n"), keyboard(buttons, 1));
}

function day10(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

function decisionCommand(step: StepRef, decision: Awaited<ReturnType<typeof loadDecision>>, member: string | undefined): ProcedureCommandInput | Rejection {
  if ("ok" in decision) return decision;
  switch (step.kind) {
    case "consider":
      return { type: "consider", decision };
    case "decide":
      return { type: "decide", decision };
    case "stage":
      return { type: "recordStage", stage: step.stage, decision };
    case "amendment":
      return { type: "decideAmendment", amendmentNo: step.amendmentNo, decision };
    case "waive":
      return { type: "waiveStages", stages: step.stages, decision };
    case "elect":
      return { type: "recordElection", office: step.office, member: member ?? decision.elected ?? "", decision };
    case "oath":
      return reject("WRONG_KIND");
  }
}

async function buttonAction(ctx: BotContext, stored: StoredCouncil, id: number, action: string, arg: string | undefined): Promise<void> {
  const store = ctx.services.store;
  switch (action) {
    case "v": {
      await ctx.answerCbQuery();
      return showCard(ctx, stored, id);
    }
    case "sg":
      return showRecorded(ctx, stored, await applyProcedure(ctx, stored, id, command({ type: "sign" })), ctx.say("Tanda tangan Anda tercatat.", "Your signature is recorded."));
    case "ws":
      return showRecorded(ctx, stored, await applyProcedure(ctx, stored, id, command({ type: "withdrawSignature" })), ctx.say("Tanda tangan Anda ditarik.", "Your signature is withdrawn."));
    case "wd":
      return showRecorded(ctx, stored, await applyProcedure(ctx, stored, id, command({ type: "withdraw" })), ctx.say("Usul ditarik kembali.", "Proposal withdrawn."));
    case "no": {
      const applied = await applyProcedure(ctx, stored, id, async (tx) => {
        // The register of the secretariat: the next number of the year, "N/BPD/YYYY" (Pasal 7 ayat (3), 8 ayat (3)).
        const year = ctx.now.setZone(stored.council.zone).year;
        const next = (await store.procedures.numberedIn(stored.id, year, tx)) + 1;
        return { type: "number", number: `${next}/BPD/${year}` };
      });
      return showRecorded(ctx, stored, applied, ctx.say("Nomor tercatat.", "Number recorded."));
    }
    case "x": {
      const step = exchangeStepOf(arg);
      if (!step) return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
      return showRecorded(ctx, stored, await applyProcedure(ctx, stored, id, command({ type: "recordExchange", step })), ctx.say("Tercatat.", "Recorded."));
    }
    case "cd": {
      const step = parseStep(arg ?? "");
      if (!step || step.kind === "oath") return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
      return offerDecisions(ctx, stored, id, step);
    }
    case "cm": {
      const step = parseStep(arg ?? "");
      if (!step || (step.kind !== "stage" && step.kind !== "oath")) return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
      return offerMeetings(ctx, stored, id, step);
    }
    case "d":
      return decisionPressed(ctx, stored, id, arg);
    case "m":
      return meetingPressed(ctx, stored, id, arg);
    default:
      return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
  }
}

async function decisionPressed(ctx: BotContext, stored: StoredCouncil, id: number, arg: string | undefined): Promise<void> {
  const ref = parseReferenceArg(arg);
  if (!ref || ref.step.kind === "oath") return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
  const store = ctx.services.store;
  let member: string | undefined;
  if (ref.step.kind === "elect") {
    if (ref.extra !== undefined) {
      member = stored.council.members[Number(ref.extra)]?.id;
      if (!/^\d{1,3}$/.test(ref.extra) || !member) return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
    } else {
      const decision = await loadDecision(store, stored, ref.id, id);
      if ("ok" in decision) return alert(ctx, procedureRefusal(ctx, decision));
      if (decision.elected === null) {
        // A motion ("Menetapkan Siti sebagai Ketua") names the person in its words: the recorder says who it is.
        await ctx.answerCbQuery();
        const buttons = stored.council.members.map((m, i) => button(m.name, procedureData(id, "d", `${stepCode(ref.step)}.${ref.id}.${i}`)));
        return void (await ctx.reply(ctx.say(`Siapa yang terpilih dengan «${decision.motion}»?`, `Who was elected by «${decision.motion}»?`), keyboard(buttons, 2)));
      }
    }
  }
  const applied = await applyProcedure(ctx, stored, id, async (tx) => decisionCommand(ref.step, await loadDecision(store, stored, ref.id, id, tx), member));
  await showRecorded(ctx, stored, applied, ctx.say("Tercatat.", "Recorded."));
}

async function meetingPressed(ctx: BotContext, stored: StoredCouncil, id: number, arg: string | undefined): Promise<void> {
  const ref = parseReferenceArg(arg);
  if (!ref || (ref.step.kind !== "stage" && ref.step.kind !== "oath")) return alert(ctx, ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."));
  const store = ctx.services.store;
  const step = ref.step;
  if (step.kind === "oath" && ref.extra === undefined) {
    // Pasal 25 ayat (1): the oath is taken before the Bupati or the official appointed, on the meeting's invitee list.
    const meeting = await loadMeeting(store, stored, ref.id);
    if ("ok" in meeting) return alert(ctx, procedureRefusal(ctx, meeting));
    if (meeting.invitees.length === 0) return alert(ctx, procedureRefusal(ctx, reject("UNKNOWN_OFFICIANT", {}, RULES.procedures.leadership.oath.before.citation)));
    await ctx.answerCbQuery();
    const buttons = meeting.invitees.map((g) => button(`${g.name}${g.description ? `, ${g.description}` : ""}`.slice(0, 60), procedureData(id, "m", `${stepCode(step)}.${ref.id}.${g.id}`)));
    return void (await ctx.reply(ctx.say("Di hadapan siapa sumpah/janji diucapkan (Pasal 25 ayat (1))?", "Before whom was the oath taken (Pasal 25 ayat (1))?"), keyboard(buttons, 1)));
  }
  const applied = await applyProcedure(ctx, stored, id, async (tx) => {
    const meeting = await loadMeeting(store, stored, ref.id, tx);
    if ("ok" in meeting) return meeting;
    if (step.kind === "stage") return { type: "recordStage", stage: step.stage, meeting };
    return { type: "recordOath", office: step.office, meeting, officiant: ref.extra ?? "" };
  });
  await showRecorded(ctx, stored, applied, ctx.say("Tercatat.", "Recorded."));
}

/** /bantuan in a council's group: the procedure commands, for members and the secretary. */
export async function councilProceduresCommandsFor(ctx: BotContext): Promise<readonly CommandHelp[]> {
  if (!isGroup(ctx) || !ctx.chat || !ctx.from) return [];
  const stored = await ctx.services.store.council.byChat(ctx.chat.id);
  if (!stored) return [];
  const member = memberByTelegramUser(stored.council, ctx.from.id);
  const secretary = stored.council.secretary?.telegramUserId === ctx.from.id;
  if (!member && !secretary) return [];
  return [
    { usage: "/usul", id: "usul yang berjalan dan tanda tangannya; /usul keterangan|perdes|acara|tatib|tertutup … untuk mengajukan", en: "proposals under way and their signatures; /usul keterangan|perdes|acara|tatib|tertutup … to propose" },
    { usage: "/perdes", id: "rancangan Peraturan Desa dan tahap I-IV; /perdes kades JUDUL | NOTA PENGANTAR", en: "draft village regulations and stages I-IV; /perdes kades TITLE | COVER NOTE" },
    { usage: "/lpj", id: "pertanggungjawaban Kepala Desa (tahap I-III); /lpj tahunan TAHUN atau /lpj akhir TANGGAL", en: "the village head's report (stages I-III); /lpj tahunan YEAR or /lpj akhir DATE" },
    { usage: "/pimpinan_bpd", id: "pimpinan BPD, pemilihan, sumpah/janji dan lowongan", en: "the leadership, its election, oath and vacancies" },
  ];
}
