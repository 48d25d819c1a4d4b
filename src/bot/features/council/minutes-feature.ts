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
import type { Language } from "../../../store/chat-settings.ts";
import type { StoredCouncil, StoredSession } from "../../../store/council/council-repository.ts";
import { MinutesConcurrencyError } from "../../../store/council/minutes-repository.ts";
import type { Store } from "../../../store/store.ts";
import type { BotContext } from "../../context.ts";
import type { JobHandler, JobMessage } from "../../jobs/job-handler.ts";
import { button, keyboard } from "../../keyboard.ts";
import { telegramFailureOf } from "../../telegram-errors.ts";
import { minutesFileName, renderMinutesOdt, renderMinutesPdf } from "./documents/index.ts";
import { sessionKindName } from "./board.ts";
import { clock, citationSuffix, say } from "./messages.ts";
import { RULES } from "./session-service.ts";

/**
 * A session's written record after the meeting (Perbup Banjarnegara 962/2011 Pasal 56, 57, 43): the draft goes out
 * when the meeting closes (an editable .odt), members and parties send corrections for 7 days (/koreksi), the chair of
 * that meeting settles each, a stored timer tells the chair and the secretary when the window ends, and the official
 * record is issued as a PDF. An open meeting's documents go to its group; a closed meeting's are RAHASIA and go to
 * each member in a private chat, never to the group, where outsiders may be (Pasal 41, 43 ayat (2)). What the bot says
 * about the record is in the language of the chat it goes to; the documents themselves are the official Indonesian
 * record and stay Indonesian.
 */

export const MINUTES_WINDOW_KIND = "council.minutesWindow";
const PREFIX = "rsl";
export const ACTIONS = ["om", "kd", "ok", "no", "rs", "dd", "do"] as const;
type MinutesAction = (typeof ACTIONS)[number];
const dataSchema = z.tuple([z.literal(PREFIX), z.coerce.number().int().min(1).max(1_000_000_000), z.enum(ACTIONS), z.string().regex(/^\d{0,3}$/).optional()]);

function minutesData(sessionId: number, action: MinutesAction, arg?: number): string {
  return arg === undefined ? `${PREFIX}:${sessionId}:${action}` : `${PREFIX}:${sessionId}:${action}:${arg}`;
}

/** Every refusal of the record, Indonesian and English. */
export const MINUTES_MESSAGES: { readonly [C in MinutesRecordRejectionCode]: (p: Readonly<Record<string, string | number>>) => readonly [id: string, en: string] } = {
  SESSION_NOT_CLOSED: () => ["Risalah dibuat setelah rapat ditutup", "The risalah is made once the meeting is closed"],
  NOT_MEETING_CHAIR: (p) => [`Hanya ketua rapat itu (${p.name}) yang dapat melakukan ini`, `Only the chair of that meeting (${p.name}) can do this`],
  OMISSION_ONLY_CLOSED: () => ["Hanya laporan rapat tertutup yang dapat tidak memuat suatu hal", "Only the report of a closed meeting may leave a matter out"],
  UNKNOWN_ITEM: (p) => [`Acara nomor ${p.itemNo} tidak ada (ada ${p.items} acara)`, `There is no agenda item ${p.itemNo} (the agenda has ${p.items})`],
  DRAFT_ALREADY_ISSUED: () => ["Risalah sementara sudah dibagikan", "The draft risalah has already been sent out"],
  DRAFT_NOT_ISSUED: () => ["Risalah sementara belum dibagikan", "The draft risalah has not been sent out yet"],
  NO_CORRECTIONS_FOR_RECORD: () => [
    "Catatan rapat dan laporan ditandatangani ketua rapat; tidak ada masa koreksi",
    "Meeting notes (catatan rapat) and reports are signed by the meeting's chair; there is no correction period",
  ],
  NOT_ENTITLED_TO_CORRECT: () => ["Koreksi disampaikan oleh anggota BPD dan pihak yang bersangkutan", "Corrections come from council members and the parties concerned"],
  CORRECTION_WINDOW_CLOSED: (p) => [
    `Masa koreksi ${p.days} hari sudah berakhir pada ${day(String(p.closedAt))}`,
    `The ${p.days}-day correction period ended on ${day(String(p.closedAt), "en")}`,
  ],
  EMPTY_CORRECTION: () => [
    "Tulis koreksinya, misalnya /koreksi Pada acara 2 yang berbicara adalah Ibu Dewi",
    "Write the correction, e.g. /koreksi In item 2 the speaker was Ibu Dewi",
  ],
  UNKNOWN_CORRECTION: (p) => [`Koreksi nomor ${p.correctionNo} tidak ada`, `There is no correction number ${p.correctionNo}`],
  ALREADY_SETTLED: (p) => [`Koreksi nomor ${p.correctionNo} sudah diputuskan`, `Correction ${p.correctionNo} has already been decided`],
  CORRECTION_WINDOW_OPEN: (p) => [
    `Risalah resmi disusun setelah masa koreksi berakhir, ${day(String(p.closesAt))}`,
    `The official risalah is made once the correction period ends, ${day(String(p.closesAt), "en")}`,
  ],
  CORRECTIONS_PENDING: (p) => [`Masih ada ${p.pending} koreksi yang belum diputuskan ketua rapat`, `${p.pending} corrections still await the meeting chair's decision`],
  OFFICIAL_ALREADY_ISSUED: () => ["Risalah resmi sudah diterbitkan", "The official risalah has already been issued"],
};

function day(iso: string, language: Language = "id"): string {
  const at = DateTime.fromISO(iso, { setZone: true });
  return at.isValid ? `${at.toFormat("dd-MM-yyyy")} ${say(language, "pukul", "at")} ${clock(iso)}` : iso;
}

function refusal(rejection: Rejection, language: Language): string {
  const template = MINUTES_MESSAGES[rejection.code as MinutesRecordRejectionCode];
  return `${template ? say(language, ...template(rejection.params)) : rejection.code}${citationSuffix(rejection.citation)}.`;
}

/** "RAHASIA" is the record's legal marking (Pasal 43); English explains it. */
function secret(language: Language): string {
  return say(language, "RAHASIA", "RAHASIA (confidential)");
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

/** Decides a command on the record and appends its events with the update (exactly once); a refusal in `language`. */
async function apply(
  store: Store,
  view: RecordView,
  command: MinutesRecordCommand,
  telegramUserId: number | null,
  updateId: number | null,
  now: DateTime,
  language: Language,
): Promise<Decided> {
  const decided = decideMinutesRecord(view.record, command, {
    council: view.stored.council,
    session: view.session.state,
    rules: RULES,
    now,
    telegramUserId,
    meetingChair: view.meetingChair,
  });
  if (!decided.ok) return { ok: false, text: refusal(decided, language) };
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
    if (error instanceof MinutesConcurrencyError) return { ok: false, text: say(language, "Risalah ini baru saja berubah; silakan ulangi.", "This risalah has just changed; please try again.") };
    throw error;
  }
  return { ok: true, view: await viewOf(store, view.stored, view.session) };
}

interface DeliveryDeps {
  readonly telegram: Telegram;
  readonly logger: Logger;
  readonly store: Store;
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
 * (and the secretary) with a linked account, privately. The caption is in the language of the chat it goes to. Returns
 * who could not be reached.
 */
async function deliver(deps: DeliveryDeps, view: RecordView, document: Awaited<ReturnType<typeof documentOf>>, caption: (language: Language) => string): Promise<string[]> {
  const send = async (chatId: number) => {
    try {
      const text = caption(await deps.store.chatSettings.language(chatId));
      await deps.telegram.sendDocument(chatId, { source: document.source, filename: document.filename }, { caption: text.slice(0, 1000) });
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

function draftCaption(view: RecordView, title: string, language: Language): string {
  const closes = view.record.correctionsCloseAt;
  const lines = [`📄 ${title}${view.confidential ? ` — ${secret(language)} (Pasal 43 ayat (2))` : ""}.`];
  if (closes) {
    lines.push(
      say(
        language,
        `Koreksi dapat disampaikan sampai ${day(closes)} dengan /koreksi TEKS (Pasal 56 ayat (4)); ketua rapat memutuskan (ayat (5)).`,
        `Corrections may be sent until ${day(closes, "en")} with /koreksi TEXT (Pasal 56 ayat (4)); the meeting's chair decides (ayat (5)).`,
      ),
    );
  }
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

/** The buttons of a closed meeting's record before it goes out: each item included or left out, then send. */
function omissionButtons(view: RecordView, language: Language) {
  const agenda = view.session.state.setup!.agenda;
  const buttons = agenda.map((_, i) => {
    const label = view.record.omittedItems.includes(i + 1) ? say(language, `🚫 Tidak dimuat: acara ${i + 1}`, `🚫 Left out: item ${i + 1}`) : say(language, `✅ Dimuat: acara ${i + 1}`, `✅ Included: item ${i + 1}`);
    return button(label, minutesData(view.session.id, "om", i + 1));
  });
  buttons.push(button(say(language, "📤 Kirim risalah sementara (RAHASIA) ke anggota", "📤 Send the draft risalah (RAHASIA) to the members"), minutesData(view.session.id, "kd")));
  return keyboard(buttons, 1);
}

async function askOmissions(ctx: BotContext, view: RecordView): Promise<void> {
  const text = ctx.say(
    `Rapat tertutup ditutup. Laporannya RAHASIA (Pasal 43 ayat (2)) dan hanya dikirim ke anggota lewat chat pribadi (Pasal 41).\n` +
      `Ketua rapat dapat memutuskan suatu acara tidak dimuat (Pasal 43 ayat (3)): tekan acaranya, lalu Kirim.`,
    `The closed meeting has ended. Its report is RAHASIA (confidential, Pasal 43 ayat (2)) and goes to the members only in private chats (Pasal 41).\n` +
      `The meeting's chair may decide to leave an item out (Pasal 43 ayat (3)): press the item, then Send.`,
  );
  await ctx.reply(text, omissionButtons(view, ctx.language));
}

/** Sends out the draft; says whether it went, and what to tell the one who pressed. */
async function issueDraft(ctx: BotContext, view: RecordView, by: number | null): Promise<{ readonly ok: boolean; readonly text: string }> {
  const applied = await apply(ctx.services.store, view, { type: "issueDraft" }, by, by === null ? null : ctx.update.update_id, ctx.now, ctx.language);
  if (!applied.ok) return applied;
  const document = await documentOf(applied.view, "draft");
  const unreachable = await deliver(deliveryDeps(ctx), applied.view, document, (language) => draftCaption(applied.view, document.title, language));
  if (applied.view.confidential) {
    const sent = ctx.say(
      `📄 ${document.title} (RAHASIA) dikirim lewat chat pribadi kepada anggota (Pasal 41, 43 ayat (2)).`,
      `📄 ${document.title} (RAHASIA) was sent to the members in private chats (Pasal 41, 43 ayat (2)).`,
    );
    const names = unreachable.join(", ");
    const missing = unreachable.length
      ? ctx.say(
          `\nBelum dapat dikirim kepada: ${names} — mereka perlu membuka chat pribadi dengan bot (/start); Sekretaris menyampaikannya langsung.`,
          `\nNot delivered yet to: ${names} — they need to open a private chat with the bot (/start); the secretary hands it to them in person.`,
        )
      : "";
    await ctx.reply(sent + missing);
  }
  return { ok: true, text: ctx.say("Risalah sementara dibagikan.", "The draft risalah is sent out.") };
}

function deliveryDeps(ctx: BotContext): DeliveryDeps {
  return { telegram: ctx.telegram, logger: ctx.services.logger, store: ctx.services.store };
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

function statusText(view: RecordView, language: Language): string {
  const t = (id: string, en: string) => say(language, id, en);
  const { record } = view;
  const setup = view.session.state.setup!;
  const kind = sessionKindName(RULES, setup.kind, language);
  const village = view.stored.council.village;
  const marked = view.confidential ? ` — ${secret(language)}` : "";
  const lines = [t(`Risalah ${kind} BPD ${village}, ${day(setup.plannedStart)}${marked}`, `Risalah of the ${kind} of BPD ${village}, ${day(setup.plannedStart, "en")}${marked}`)];
  if (!record.draftIssuedAt) lines.push(t("Risalah sementara belum dibagikan.", "The draft risalah has not been sent out yet."));
  else {
    const closes = record.correctionsCloseAt;
    lines.push(
      t(
        `Risalah sementara dibagikan ${day(record.draftIssuedAt)}${closes ? `; masa koreksi sampai ${day(closes)} (Pasal 56 ayat (4))` : ""}.`,
        `Draft risalah sent out ${day(record.draftIssuedAt, "en")}${closes ? `; corrections until ${day(closes, "en")} (Pasal 56 ayat (4))` : ""}.`,
      ),
    );
  }
  for (const c of record.corrections) {
    const who = c.by.kind === "member" ? findMember(view.stored.council, c.by.id)?.name : c.by.kind === "invitee" ? view.session.state.invitees.find((g) => g.id === c.by.id)?.name : view.stored.council.secretary?.name;
    const status =
      c.status === "pending" ? t("menunggu keputusan ketua rapat", "awaiting the meeting chair's decision") : c.status === "accepted" ? t("diterima", "accepted") : t("ditolak", "refused");
    const text = view.confidential ? t("(rahasia)", "(confidential)") : `“${c.text}”`;
    lines.push(t(`• Koreksi ${c.correctionNo} dari ${who ?? c.by.id}: ${text} — ${status}`, `• Correction ${c.correctionNo} from ${who ?? c.by.id}: ${text} — ${status}`));
  }
  if (record.officialIssuedAt) {
    lines.push(t(`Risalah resmi diterbitkan ${day(record.officialIssuedAt)} (Pasal 56 ayat (6)).`, `Official risalah issued ${day(record.officialIssuedAt, "en")} (Pasal 56 ayat (6)).`));
  }
  return lines.join("\n");
}

function statusKeyboard(view: RecordView, language: Language) {
  const t = (id: string, en: string) => say(language, id, en);
  const buttons = [];
  // Not out yet (the bot stopped right after the meeting closed, or a closed meeting awaits its chair): the chair sends it.
  if (!view.record.draftIssuedAt) buttons.push(button(t("📤 Bagikan risalah sementara (Pasal 56 ayat (3))", "📤 Send out the draft risalah (Pasal 56 ayat (3))"), minutesData(view.session.id, "kd")));
  if (view.record.draftIssuedAt) buttons.push(button(t("📄 Risalah sementara (.odt)", "📄 Draft risalah (.odt)"), minutesData(view.session.id, "dd")));
  for (const c of view.record.corrections.filter((x) => x.status === "pending")) {
    buttons.push(
      button(t(`Terima koreksi ${c.correctionNo}`, `Accept correction ${c.correctionNo}`), minutesData(view.session.id, "ok", c.correctionNo)),
      button(t(`Tolak koreksi ${c.correctionNo}`, `Refuse correction ${c.correctionNo}`), minutesData(view.session.id, "no", c.correctionNo)),
    );
  }
  if (view.record.draftIssuedAt && !view.record.officialIssuedAt) {
    buttons.push(button(t("🖊 Terbitkan risalah resmi (Pasal 56 ayat (6))", "🖊 Issue the official risalah (Pasal 56 ayat (6))"), minutesData(view.session.id, "rs")));
  }
  if (view.record.officialIssuedAt) buttons.push(button(t("📕 Risalah resmi (.pdf)", "📕 Official risalah (.pdf)"), minutesData(view.session.id, "do")));
  return buttons.length ? keyboard(buttons, 1) : undefined;
}

/** Tells the chair of the meeting of a new correction: in the group for an open meeting, privately for a closed one. */
async function announceCorrection(ctx: BotContext, view: RecordView): Promise<void> {
  const correction = view.record.corrections.at(-1)!;
  const chair = findMember(view.stored.council, view.meetingChair);
  const chatId = view.confidential ? chair?.telegramUserId : view.stored.chatId;
  if (!chatId) return;
  const language = chatId === ctx.chat?.id ? ctx.language : await ctx.services.store.chatSettings.language(chatId);
  const quoted = view.confidential ? "" : `: “${correction.text}”`;
  const text = say(
    language,
    `✏️ Koreksi ${correction.correctionNo} atas risalah sementara${quoted}. Ketua rapat memutuskan (Pasal 56 ayat (5)).`,
    `✏️ Correction ${correction.correctionNo} to the draft risalah${quoted}. The meeting's chair decides (Pasal 56 ayat (5)).`,
  );
  const markup = keyboard([
    button(say(language, "Terima", "Accept"), minutesData(view.session.id, "ok", correction.correctionNo)),
    button(say(language, "Tolak", "Refuse"), minutesData(view.session.id, "no", correction.correctionNo)),
  ]);
  await ctx.telegram.sendMessage(chatId, view.confidential ? `${text}\n“${correction.text}”` : text, markup).catch(() => undefined);
}

export function minutesFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("risalah", async (ctx, next) => {
    const view = await latestRecord(ctx);
    if (!view) return next();
    // A closed meeting's record is not shown in the group (Pasal 41).
    if (view.confidential && ctx.chat.type !== "private") {
      return void (await ctx.reply(
        ctx.say(
          "Risalah rapat tertutup bersifat RAHASIA (Pasal 41); buka /risalah di chat pribadi dengan bot.",
          "A closed meeting's risalah is RAHASIA (confidential, Pasal 41); open /risalah in a private chat with the bot.",
        ),
      ));
    }
    await ctx.reply(statusText(view, ctx.language), statusKeyboard(view, ctx.language));
  });
  feature.command("koreksi", async (ctx, next) => {
    const view = await latestRecord(ctx);
    if (!view) return next();
    const text = ctx.payload.trim();
    if (view.confidential && ctx.chat.type !== "private") {
      return void (await ctx.reply(
        ctx.say(
          "Koreksi risalah rapat tertutup disampaikan lewat chat pribadi dengan bot (Pasal 41).",
          "Corrections to a closed meeting's risalah are sent in a private chat with the bot (Pasal 41).",
        ),
      ));
    }
    const applied = await apply(ctx.services.store, view, { type: "submitCorrection", text }, ctx.from.id, ctx.update.update_id, ctx.now, ctx.language);
    if (!applied.ok) return void (await ctx.reply(applied.text));
    const no = applied.view.record.corrections.at(-1)!.correctionNo;
    await ctx.reply(
      ctx.say(
        `✅ Koreksi ${no} tercatat dan disampaikan kepada Sekretaris BPD (Pasal 56 ayat (4)); ketua rapat memutuskannya (ayat (5)).`,
        `✅ Correction ${no} is recorded and passed to the council's secretary (Pasal 56 ayat (4)); the meeting's chair decides on it (ayat (5)).`,
      ),
    );
    await announceCorrection(ctx, applied.view);
  });
  feature.action(/^rsl:/, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const parsed = dataSchema.safeParse(data.split(":"));
    const gone = () => ctx.answerCbQuery(ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."), { show_alert: true });
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
    if (!member || !inPlace) {
      return void (await ctx.answerCbQuery(ctx.say("Tombol ini hanya untuk anggota BPD ini (Pasal 41).", "This button is only for members of this council (Pasal 41)."), { show_alert: true }));
    }
    const number = arg ? Number(arg) : undefined;
    const answer = async (result: Decided) => {
      if (!result.ok) return void (await ctx.answerCbQuery(result.text, { show_alert: true }));
      await ctx.answerCbQuery(ctx.say("Tercatat.", "Recorded."));
    };
    switch (action) {
      case "om": {
        const items = view.record.omittedItems.includes(number!) ? view.record.omittedItems.filter((n) => n !== number) : [...view.record.omittedItems, number!];
        const result = await apply(store, view, { type: "omitItems", items }, ctx.from.id, ctx.update.update_id, ctx.now, ctx.language);
        if (result.ok) await askOmissionsEdit(ctx, result.view);
        return answer(result);
      }
      case "kd": {
        const said = await issueDraft(ctx, view, ctx.from.id);
        return void (await ctx.answerCbQuery(said.text, { show_alert: !said.ok }));
      }
      case "ok":
      case "no": {
        const result = await apply(store, view, { type: "settleCorrection", correctionNo: number ?? 0, accept: action === "ok" }, ctx.from.id, ctx.update.update_id, ctx.now, ctx.language);
        if (result.ok) await ctx.editMessageText(`${statusText(result.view, ctx.language)}`, statusKeyboard(result.view, ctx.language)).catch(() => undefined);
        return answer(result);
      }
      case "rs": {
        const result = await apply(store, view, { type: "issueOfficial" }, ctx.from.id, ctx.update.update_id, ctx.now, ctx.language);
        if (!result.ok) return answer(result);
        const document = await documentOf(result.view, "official");
        const caption = (language: Language) => `📕 ${document.title}${result.view.confidential ? ` — ${secret(language)}` : ""} (Pasal 56 ayat (6)).`;
        const unreachable = await deliver(deliveryDeps(ctx), result.view, document, caption);
        if (unreachable.length) await ctx.reply(ctx.say(`Belum dapat dikirim kepada: ${unreachable.join(", ")}.`, `Not delivered yet to: ${unreachable.join(", ")}.`));
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
  await ctx.editMessageReplyMarkup(omissionButtons(view, ctx.language).reply_markup).catch(() => undefined);
}

const windowPayload = z.object({ sessionId: z.number().int() });

/**
 * When the 7 days of Pasal 56 ayat (4) end: the chair and the secretary are told the official record may be issued. A
 * timer has no ctx: each chat's language is read in the job's transaction.
 */
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
    const planned = session.state.setup!.plannedStart;
    const text = (language: Language) =>
      say(
        language,
        `⏰ Masa koreksi risalah sementara rapat ${day(planned)} berakhir (Pasal 56 ayat (4)).` +
          (pending ? ` ${pending} koreksi menunggu keputusan ketua rapat (ayat (5)).` : "") +
          " Sekretaris BPD segera menyusun risalah resmi (ayat (6)): /risalah",
        `⏰ The correction period of the draft risalah of the meeting of ${day(planned, "en")} has ended (Pasal 56 ayat (4)).` +
          (pending ? ` ${pending} corrections await the meeting chair's decision (ayat (5)).` : "") +
          " The council's secretary now prepares the official risalah (ayat (6)): /risalah",
      );
    const chair = findMember(stored.council, view.meetingChair);
    const targets = view.confidential ? [chair?.telegramUserId, stored.council.secretary?.telegramUserId] : [stored.chatId];
    const messages: JobMessage[] = [];
    for (const chatId of new Set(targets.filter((id): id is number => typeof id === "number"))) {
      messages.push({ chatId, text: text(await store.chatSettings.languageIn(tx, chatId)) });
    }
    return messages;
  },
};
