import { DateTime } from "luxon";
import { Composer, type Telegram } from "telegraf";
import { z } from "zod";
import { findMember, memberByTelegramUser } from "../../../domain/council/council.ts";
import { projectMinutes } from "../../../domain/council/minutes/index.ts";
import type { MinutesCorrectionInput } from "../../../domain/council/minutes/options.ts";
import {
  decideMinutesRecord,
  foldMinutesRecord,
  type MinutesRecordCommand,
  type MinutesRecordRejectionCode,
  type MinutesRecordState,
} from "../../../domain/council/minutes/record.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import type { Logger } from "../../../logger.ts";
import type { StoredCouncil, StoredSession } from "../../../store/council/council-repository.ts";
import { MinutesConcurrencyError } from "../../../store/council/minutes-repository.ts";
import type { Store } from "../../../store/store.ts";
import type { BotContext } from "../../context.ts";
import type { JobHandler, JobMessage } from "../../jobs/job-handler.ts";
import { button, keyboard } from "../../keyboard.ts";
import { telegramFailureOf } from "../../telegram-errors.ts";
import { minutesFileName, renderMinutesOdt, renderMinutesPdf } from "./documents/index.ts";
import { clock, citationSuffix } from "./messages.ts";
import { RULES } from "./session-service.ts";

/**
 * A session's written record after the meeting (Perbup Banjarnegara 962/2011 Pasal 56, 57, 43): the draft goes out
 * when the meeting closes (an editable .odt), members and parties send corrections for 7 days (/koreksi), the chair of
 * that meeting settles each, a stored timer tells the chair and the secretary when the window ends, and the official
 * record is issued as a PDF. An open meeting's documents go to its group; a closed meeting's are RAHASIA and go to
 * each member in a private chat, never to the group, where outsiders may be (Pasal 41, 43 ayat (2)).
 */

export const MINUTES_WINDOW_KIND = "council.minutesWindow";
const PREFIX = "rsl";
export const ACTIONS = ["om", "kd", "ok", "no", "rs", "dd", "do"] as const;
type MinutesAction = (typeof ACTIONS)[number];
const dataSchema = z.tuple([z.literal(PREFIX), z.coerce.number().int().min(1).max(1_000_000_000), z.enum(ACTIONS), z.string().regex(/^\d{0,3}$/).optional()]);

function minutesData(sessionId: number, action: MinutesAction, arg?: number): string {
  return arg === undefined ? `${PREFIX}:${sessionId}:${action}` : `${PREFIX}:${sessionId}:${action}:${arg}`;
}

const MESSAGES: Record<MinutesRecordRejectionCode, (p: Readonly<Record<string, string | number>>) => string> = {
  SESSION_NOT_CLOSED: () => "Risalah dibuat setelah rapat ditutup",
  NOT_MEETING_CHAIR: (p) => `Hanya ketua rapat itu (${p.name}) yang dapat melakukan ini`,
  OMISSION_ONLY_CLOSED: () => "Hanya laporan rapat tertutup yang dapat tidak memuat suatu hal",
  UNKNOWN_ITEM: (p) => `Acara nomor ${p.itemNo} tidak ada (ada ${p.items} acara)`,
  DRAFT_ALREADY_ISSUED: () => "Risalah sementara sudah dibagikan",
  DRAFT_NOT_ISSUED: () => "Risalah sementara belum dibagikan",
  NO_CORRECTIONS_FOR_RECORD: () => "Catatan rapat dan laporan ditandatangani ketua rapat; tidak ada masa koreksi",
  NOT_ENTITLED_TO_CORRECT: () => "Koreksi disampaikan oleh anggota BPD dan pihak yang bersangkutan",
  CORRECTION_WINDOW_CLOSED: (p) => `Masa koreksi ${p.days} hari sudah berakhir pada ${day(String(p.closedAt))}`,
  EMPTY_CORRECTION: () => "Tulis koreksinya, misalnya /koreksi Pada acara 2 yang berbicara adalah Ibu Dewi",
  UNKNOWN_CORRECTION: (p) => `Koreksi nomor ${p.correctionNo} tidak ada`,
  ALREADY_SETTLED: (p) => `Koreksi nomor ${p.correctionNo} sudah diputuskan`,
  CORRECTION_WINDOW_OPEN: (p) => `Risalah resmi disusun setelah masa koreksi berakhir, ${day(String(p.closesAt))}`,
  CORRECTIONS_PENDING: (p) => `Masih ada ${p.pending} koreksi yang belum diputuskan ketua rapat`,
  OFFICIAL_ALREADY_ISSUED: () => "Risalah resmi sudah diterbitkan",
};

function day(iso: string): string {
  const at = DateTime.fromISO(iso, { setZone: true });
  return at.isValid ? `${at.toFormat("dd-MM-yyyy")} pukul ${clock(iso)}` : iso;
}

function refusal(rejection: Rejection): string {
  const template = MESSAGES[rejection.code as MinutesRecordRejectionCode];
  return `${template ? template(rejection.params) : rejection.code}${citationSuffix(rejection.citation)}.`;
}

interface RecordView {
  readonly stored: StoredCouncil;
  readonly session: StoredSession;
  readonly record: MinutesRecordState;
  readonly sequence: number;
  readonly meetingChair: string;
  readonly confidential: boolean;
}

async function viewOf(store: Store, stored: StoredCouncil, session: StoredSession): Promise<RecordView> {
  const events = await store.minutes.events(session.id);
  const draft = projectMinutes(stored.council, session.events, RULES, { status: "draft" });
  return {
    stored,
    session,
    record: foldMinutesRecord(events),
    sequence: events.length,
    meetingChair: draft.chair.ofRecord.id,
    confidential: draft.confidential,
  };
}

type Decided = { ok: true; view: RecordView } | { ok: false; text: string };

/** Decides a command on the record and appends its events with the update (exactly once). */
async function apply(store: Store, view: RecordView, command: MinutesRecordCommand, telegramUserId: number | null, updateId: number | null, now: DateTime): Promise<Decided> {
  const decided = decideMinutesRecord(view.record, command, {
    council: view.stored.council,
    session: view.session.state,
    rules: RULES,
    now,
    telegramUserId,
    meetingChair: view.meetingChair,
  });
  if (!decided.ok) return { ok: false, text: refusal(decided) };
  const write = async (tx: Parameters<Parameters<Store["updates"]["inUpdate"]>[1]>[0]) => {
    await store.minutes.append(tx, view.session.id, view.sequence, decided.value, updateId);
    if (command.type === "issueDraft") {
      const closesAt = decided.value[0]!.type === "draftIssued" ? decided.value[0]!.payload.correctionsCloseAt : null;
      if (closesAt) {
        await store.jobs.schedule(tx, {
          kind: MINUTES_WINDOW_KIND,
          key: `minutes:${view.session.id}`,
          payload: { sessionId: view.session.id },
          dueAt: DateTime.fromISO(closesAt).toJSDate(),
          chatId: view.stored.chatId,
        });
      }
    }
  };
  try {
    if (updateId === null) await store.transaction(write);
    else await store.updates.inUpdate(updateId, write);
  } catch (error) {
    if (error instanceof MinutesConcurrencyError) return { ok: false, text: "Risalah ini baru saja berubah; silakan ulangi." };
    throw error;
  }
  return { ok: true, view: await viewOf(store, view.stored, view.session) };
}

interface DeliveryDeps {
  readonly telegram: Telegram;
  readonly logger: Logger;
}

/** Builds the documents of the record as it stands: the draft (.odt, editable), the official one (.pdf). */
async function documentOf(view: RecordView, status: "draft" | "official") {
  const corrections: MinutesCorrectionInput[] = view.record.corrections
    .filter((c) => c.status === "accepted")
    .map((c) => ({ by: c.by, at: DateTime.fromISO(c.at, { zone: view.stored.council.zone }), text: c.text, ...(c.settledBy ? { settledBy: c.settledBy } : {}) }));
  const minutes = projectMinutes(view.stored.council, view.session.events, RULES, {
    status,
    omittedItems: view.record.omittedItems,
    ...(status === "official" ? { corrections } : {}),
  });
  const ext = status === "draft" ? "odt" : "pdf";
  const bytes = status === "draft" ? renderMinutesOdt(minutes, { sessionId: view.session.id }) : await renderMinutesPdf(minutes, { sessionId: view.session.id });
  return { source: Buffer.from(bytes), filename: minutesFileName(minutes, ext), title: minutes.record.title };
}

/**
 * Sends a document of the record where it may go: an open meeting's to the group; a closed meeting's to each member
 * (and the secretary) with a linked account, privately. Returns who could not be reached.
 */
async function deliver(deps: DeliveryDeps, view: RecordView, document: Awaited<ReturnType<typeof documentOf>>, caption: string): Promise<string[]> {
  const send = async (chatId: number) => {
    try {
      await deps.telegram.sendDocument(chatId, { source: document.source, filename: document.filename }, { caption: caption.slice(0, 1000) });
      return true;
    } catch (error) {
      if (telegramFailureOf(error)?.kind !== "unreachable") deps.logger.warn({ err: error, sessionId: view.session.id }, "could not send a record document");
      return false;
    }
  };
  if (!view.confidential) {
    await send(view.stored.chatId);
    return [];
  }
  const { council } = view.stored;
  const recipients = [
    ...council.members.filter((m) => m.telegramUserId !== null).map((m) => ({ name: m.name, chatId: m.telegramUserId! })),
    ...(council.secretary?.telegramUserId ? [{ name: council.secretary.name, chatId: council.secretary.telegramUserId }] : []),
  ];
  const unreachable: string[] = [];
  for (const r of recipients) if (!(await send(r.chatId))) unreachable.push(r.name);
  return [...unreachable, ...council.members.filter((m) => m.telegramUserId === null).map((m) => m.name)];
}

function draftCaption(view: RecordView, title: string): string {
  const closes = view.record.correctionsCloseAt;
  const lines = [`📄 ${title}${view.confidential ? " — RAHASIA (Pasal 43 ayat (2))" : ""}.`];
  if (closes) lines.push(`Koreksi dapat disampaikan sampai ${day(closes)} dengan /koreksi TEKS (Pasal 56 ayat (4)); ketua rapat memutuskan (ayat (5)).`);
  return lines.join("\n");
}

/** Called when a session has just closed: the draft goes out, or, for a closed meeting, the chair is asked first what to leave out. */
export async function onSessionClosed(ctx: BotContext, stored: StoredCouncil, sessionId: number): Promise<void> {
  const session = await ctx.services.store.council.session(sessionId);
  if (!session) return;
  const view = await viewOf(ctx.services.store, stored, session);
  if (view.confidential) return void (await askOmissions(ctx, view));
  await issueDraft(ctx, view, null);
}

async function askOmissions(ctx: BotContext, view: RecordView): Promise<void> {
  const agenda = view.session.state.setup!.agenda;
  const buttons = agenda.map((_, i) => button(`${view.record.omittedItems.includes(i + 1) ? "🚫 Tidak dimuat" : "✅ Dimuat"}: acara ${i + 1}`, minutesData(view.session.id, "om", i + 1)));
  buttons.push(button("📤 Kirim risalah sementara (RAHASIA) ke anggota", minutesData(view.session.id, "kd")));
  const text =
    `Rapat tertutup ditutup. Laporannya RAHASIA (Pasal 43 ayat (2)) dan hanya dikirim ke anggota lewat chat pribadi (Pasal 41).\n` +
    `Ketua rapat dapat memutuskan suatu acara tidak dimuat (Pasal 43 ayat (3)): tekan acaranya, lalu Kirim.`;
  await ctx.reply(text, keyboard(buttons, 1));
}

async function issueDraft(ctx: BotContext, view: RecordView, by: number | null): Promise<string> {
  const applied = await apply(ctx.services.store, view, { type: "issueDraft" }, by, by === null ? null : ctx.update.update_id, ctx.now);
  if (!applied.ok) return applied.text;
  const document = await documentOf(applied.view, "draft");
  const unreachable = await deliver({ telegram: ctx.telegram, logger: ctx.services.logger }, applied.view, document, draftCaption(applied.view, document.title));
  if (applied.view.confidential) {
    const sent = `📄 ${document.title} (RAHASIA) dikirim lewat chat pribadi kepada anggota (Pasal 41, 43 ayat (2)).`;
    const missing = unreachable.length ? `\nBelum dapat dikirim kepada: ${unreachable.join(", ")} — mereka perlu membuka chat pribadi dengan bot (/start); Sekretaris menyampaikannya langsung.` : "";
    await ctx.reply(sent + missing);
  }
  return "Risalah sementara dibagikan.";
}

/** The record most recently closed in this chat's council, or, in a private chat, in the sender's councils. */
async function latestRecord(ctx: BotContext): Promise<RecordView | undefined> {
  const { store } = ctx.services;
  const councils = ctx.chat?.type === "private" ? await store.council.councilsOfUser(ctx.from!.id) : ([await store.council.byChat(ctx.chat!.id)].filter(Boolean) as StoredCouncil[]);
  let best: RecordView | undefined;
  for (const stored of councils) {
    const [session] = await store.council.closedSessions(stored.id, 1);
    if (!session) continue;
    const view = await viewOf(store, stored, session);
    if (!best || session.id > best.session.id) best = view;
  }
  return best;
}

function statusText(view: RecordView): string {
  const { record } = view;
  const setup = view.session.state.setup!;
  const lines = [`Risalah ${RULES.sessionKinds[setup.kind].name} BPD ${view.stored.council.village}, ${day(setup.plannedStart)}${view.confidential ? " — RAHASIA" : ""}`];
  if (!record.draftIssuedAt) lines.push("Risalah sementara belum dibagikan.");
  else lines.push(`Risalah sementara dibagikan ${day(record.draftIssuedAt)}${record.correctionsCloseAt ? `; masa koreksi sampai ${day(record.correctionsCloseAt)} (Pasal 56 ayat (4))` : ""}.`);
  for (const c of record.corrections) {
    const who = c.by.kind === "member" ? findMember(view.stored.council, c.by.id)?.name : c.by.kind === "invitee" ? view.session.state.invitees.find((g) => g.id === c.by.id)?.name : view.stored.council.secretary?.name;
    const status = c.status === "pending" ? "menunggu keputusan ketua rapat" : c.status === "accepted" ? "diterima" : "ditolak";
    lines.push(`• Koreksi ${c.correctionNo} dari ${who ?? c.by.id}: ${view.confidential ? "(rahasia)" : `“${c.text}”`} — ${status}`);
  }
  if (record.officialIssuedAt) lines.push(`Risalah resmi diterbitkan ${day(record.officialIssuedAt)} (Pasal 56 ayat (6)).`);
  return lines.join("\n");
}

function statusKeyboard(view: RecordView) {
  const buttons = [];
  // Not out yet (the bot stopped right after the meeting closed, or a closed meeting awaits its chair): the chair sends it.
  if (!view.record.draftIssuedAt) buttons.push(button("📤 Bagikan risalah sementara (Pasal 56 ayat (3))", minutesData(view.session.id, "kd")));
  if (view.record.draftIssuedAt) buttons.push(button("📄 Risalah sementara (.odt)", minutesData(view.session.id, "dd")));
  for (const c of view.record.corrections.filter((x) => x.status === "pending")) {
    buttons.push(button(`Terima koreksi ${c.correctionNo}`, minutesData(view.session.id, "ok", c.correctionNo)), button(`Tolak koreksi ${c.correctionNo}`, minutesData(view.session.id, "no", c.correctionNo)));
  }
  if (view.record.draftIssuedAt && !view.record.officialIssuedAt) buttons.push(button("🖊 Terbitkan risalah resmi (Pasal 56 ayat (6))", minutesData(view.session.id, "rs")));
  if (view.record.officialIssuedAt) buttons.push(button("📕 Risalah resmi (.pdf)", minutesData(view.session.id, "do")));
  return buttons.length ? keyboard(buttons, 1) : undefined;
}

/** Tells the chair of the meeting of a new correction: in the group for an open meeting, privately for a closed one. */
async function announceCorrection(ctx: BotContext, view: RecordView): Promise<void> {
  const correction = view.record.corrections.at(-1)!;
  const chair = findMember(view.stored.council, view.meetingChair);
  const text = `✏️ Koreksi ${correction.correctionNo} atas risalah sementara${view.confidential ? "" : `: “${correction.text}”`}. Ketua rapat memutuskan (Pasal 56 ayat (5)).`;
  const markup = keyboard([button("Terima", minutesData(view.session.id, "ok", correction.correctionNo)), button("Tolak", minutesData(view.session.id, "no", correction.correctionNo))]);
  const chatId = view.confidential ? chair?.telegramUserId : view.stored.chatId;
  if (chatId) await ctx.telegram.sendMessage(chatId, view.confidential ? `${text}\n“${correction.text}”` : text, markup).catch(() => undefined);
}

export function minutesFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("risalah", async (ctx, next) => {
    const view = await latestRecord(ctx);
    if (!view) return next();
    // A closed meeting's record is not shown in the group (Pasal 41).
    if (view.confidential && ctx.chat.type !== "private") return void (await ctx.reply("Risalah rapat tertutup bersifat RAHASIA (Pasal 41); buka /risalah di chat pribadi dengan bot."));
    await ctx.reply(statusText(view), statusKeyboard(view));
  });
  feature.command("koreksi", async (ctx, next) => {
    const view = await latestRecord(ctx);
    if (!view) return next();
    const text = ctx.payload.trim();
    if (view.confidential && ctx.chat.type !== "private") return void (await ctx.reply("Koreksi risalah rapat tertutup disampaikan lewat chat pribadi dengan bot (Pasal 41)."));
    const applied = await apply(ctx.services.store, view, { type: "submitCorrection", text }, ctx.from.id, ctx.update.update_id, ctx.now);
    if (!applied.ok) return void (await ctx.reply(applied.text));
    const no = applied.view.record.corrections.at(-1)!.correctionNo;
    await ctx.reply(`✅ Koreksi ${no} tercatat dan disampaikan kepada Sekretaris BPD (Pasal 56 ayat (4)); ketua rapat memutuskannya (ayat (5)).`);
    await announceCorrection(ctx, applied.view);
  });
  feature.action(/^rsl:/, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const parsed = dataSchema.safeParse(data.split(":"));
    const gone = () => ctx.answerCbQuery("Tombol ini sudah tidak berlaku.", { show_alert: true });
    if (!parsed.success) return void (await gone());
    const [, sessionId, action, arg] = parsed.data;
    const { store } = ctx.services;
    const session = await store.council.session(sessionId);
    const stored = session ? await store.council.byId(session.councilId) : undefined;
    if (!session || !stored || session.state.phase !== "closed") return void (await gone());
    const view = await viewOf(store, stored, session);
    // Only members of this council (and its secretary) press the record's buttons; a closed meeting's only in private.
    const member = memberByTelegramUser(stored.council, ctx.from.id) ?? (stored.council.secretary?.telegramUserId === ctx.from.id ? { id: "secretary" } : undefined);
    // Choosing what to leave out and sending the draft show no content, so those two work in the group too.
    const inPlace = ctx.chat?.type === "private" || (ctx.chat?.id === stored.chatId && (!view.confidential || action === "om" || action === "kd"));
    if (!member || !inPlace) return void (await ctx.answerCbQuery("Tombol ini hanya untuk anggota BPD ini (Pasal 41).", { show_alert: true }));
    const number = arg ? Number(arg) : undefined;
    const answer = async (result: Decided) => {
      if (!result.ok) return void (await ctx.answerCbQuery(result.text, { show_alert: true }));
      await ctx.answerCbQuery("Tercatat.");
    };
    switch (action) {
      case "om": {
        const items = view.record.omittedItems.includes(number!) ? view.record.omittedItems.filter((n) => n !== number) : [...view.record.omittedItems, number!];
        const result = await apply(store, view, { type: "omitItems", items }, ctx.from.id, ctx.update.update_id, ctx.now);
        if (result.ok) await askOmissionsEdit(ctx, result.view);
        return answer(result);
      }
      case "kd": {
        const said = await issueDraft(ctx, view, ctx.from.id);
        return void (await ctx.answerCbQuery(said, { show_alert: said !== "Risalah sementara dibagikan." }));
      }
      case "ok":
      case "no": {
        const result = await apply(store, view, { type: "settleCorrection", correctionNo: number ?? 0, accept: action === "ok" }, ctx.from.id, ctx.update.update_id, ctx.now);
        if (result.ok) await ctx.editMessageText(`${statusText(result.view)}`, statusKeyboard(result.view)).catch(() => undefined);
        return answer(result);
      }
      case "rs": {
        const result = await apply(store, view, { type: "issueOfficial" }, ctx.from.id, ctx.update.update_id, ctx.now);
        if (!result.ok) return answer(result);
        const document = await documentOf(result.view, "official");
        const unreachable = await deliver({ telegram: ctx.telegram, logger: ctx.services.logger }, result.view, document, `📕 ${document.title}${result.view.confidential ? " — RAHASIA" : ""} (Pasal 56 ayat (6)).`);
        if (unreachable.length) await ctx.reply(`Belum dapat dikirim kepada: ${unreachable.join(", ")}.`);
        return answer(result);
      }
      case "dd":
      case "do": {
        const status = action === "dd" ? "draft" : "official";
        if (status === "official" && !view.record.officialIssuedAt) return void (await gone());
        const document = await documentOf(view, status);
        await ctx.replyWithDocument({ source: document.source, filename: document.filename });
        return void (await ctx.answerCbQuery());
      }
    }
  });
  return feature;
}

async function askOmissionsEdit(ctx: BotContext, view: RecordView): Promise<void> {
  const agenda = view.session.state.setup!.agenda;
  const buttons = agenda.map((_, i) => button(`${view.record.omittedItems.includes(i + 1) ? "🚫 Tidak dimuat" : "✅ Dimuat"}: acara ${i + 1}`, minutesData(view.session.id, "om", i + 1)));
  buttons.push(button("📤 Kirim risalah sementara (RAHASIA) ke anggota", minutesData(view.session.id, "kd")));
  await ctx.editMessageReplyMarkup(keyboard(buttons, 1).reply_markup).catch(() => undefined);
}

const windowPayload = z.object({ sessionId: z.number().int() });

/** When the 7 days of Pasal 56 ayat (4) end: the chair and the secretary are told the official record may be issued. */
export const minutesWindowJob: JobHandler<z.output<typeof windowPayload>> = {
  kind: MINUTES_WINDOW_KIND,
  payload: windowPayload,
  async run(tx, payload, { store }): Promise<readonly JobMessage[]> {
    const session = await store.council.session(payload.sessionId, tx);
    const stored = session ? await store.council.byId(session.councilId, tx) : undefined;
    if (!session || !stored) return [];
    const view = await viewOf(store, stored, session);
    if (view.record.officialIssuedAt) return [];
    const pending = view.record.corrections.filter((c) => c.status === "pending").length;
    const text =
      `⏰ Masa koreksi risalah sementara rapat ${day(session.state.setup!.plannedStart)} berakhir (Pasal 56 ayat (4)).` +
      (pending ? ` ${pending} koreksi menunggu keputusan ketua rapat (ayat (5)).` : "") +
      " Sekretaris BPD segera menyusun risalah resmi (ayat (6)): /risalah";
    const chair = findMember(stored.council, view.meetingChair);
    const targets = view.confidential ? [chair?.telegramUserId, stored.council.secretary?.telegramUserId] : [stored.chatId];
    return [...new Set(targets.filter((id): id is number => typeof id === "number"))].map((chatId) => ({ chatId, text }));
  },
};
