import { Composer } from "telegraf";
import { findMember, memberByTelegramUser } from "../../../domain/council/council.ts";
import { meetingHoursWarning } from "../../../domain/council/meeting-hours.ts";
import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import { isMemberPresent, presentVoters, runningVote } from "../../../domain/council/session-state.ts";
import type { SessionState } from "../../../domain/council/session-state.ts";
import type { StoredCouncil, StoredSession } from "../../../store/council/council-repository.ts";
import type { BotContext } from "../../context.ts";
import type { CommandHelp } from "../../feature.ts";
import { button, keyboard } from "../../keyboard.ts";
import { publishBoard } from "./board-publisher.ts";
import { COUNCIL_CALLBACK_PATTERN, councilData, parseCouncilAction } from "./callback-data.ts";
import { chairPanel, isChairPanel } from "./chair-panel.ts";
import { ballot, electionCommand, electionDraftFromMessage, electionDraftText, electionKeyboard, toggleCandidate } from "./election.ts";
import { decisionCommand, draftFromMessage, draftText, majorityQuestion, matterQuestion, parseDraftChoice, type DecisionDraft } from "./decision-drafts.ts";
import { choiceName, refusalText } from "./messages.ts";
import { minutesFeature, onSessionClosed } from "./minutes-feature.ts";
import { councilProceduresFeature } from "./procedures/procedures-feature.ts";
import { bpd, councilOf, linkAction, offerLinks, rosterKeyboard, rosterText } from "./roster.ts";
import { kindQuestion, natureQuestion, parseSchedule, scheduleTemplate } from "./schedule-parser.ts";
import { commandForButton } from "./session-buttons.ts";
import { applyInUpdate, notices, refusalOf, RULES } from "./session-service.ts";
import type { Applied } from "./session-service.ts";
import { parseTime } from "./schedule-parser.ts";

/**
 * Council (BPD) sessions in the council's Telegram group (Perbup Banjarnegara 962/2011): set-up and account links
 * (roster.ts), and the session run through the domain engine: typed commands and buttons become engine commands,
 * accepted events become one live board edited in place, and a new message only for what needs attention. Everything
 * is said in the chat's language (`ctx.language`, chosen with /bahasa); the commands stay Indonesian words.
 */

const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
const payloadOf = (ctx: BotContext & { payload?: string }) => (ctx.payload ?? "").trim();
/** A migration join code ("K7QM-4RTP") belongs to the migration feature, which replaces a code leaked in a group. */
const looksLikeJoinCode = (text: string) => /^[A-Z0-9]{4}-?[A-Z0-9]{4}$/i.test(text);

type Built = SessionCommandInput | string | undefined;
type Typed = (ctx: BotContext, stored: StoredCouncil, state: SessionState, payload: string) => Built;

const atTime = (ctx: BotContext, stored: StoredCouncil, payload: string) => parseTime(payload, ctx.now.setZone(stored.council.zone));

/** "Nama, keterangan" → the invitee's name and what they come as. */
function guest(payload: string): { name: string; description: string } | undefined {
  const [name = "", ...rest] = payload.split(",").map((p) => p.trim());
  return name.length >= 2 ? { name: name.slice(0, 80), description: rest.join(", ").slice(0, 120) } : undefined;
}

/** The user a command replies to, when the chair signs in an invitee by replying to their message. */
function repliedUser(ctx: BotContext) {
  const message = ctx.message;
  const replied = message && "reply_to_message" in message ? message.reply_to_message : undefined;
  return replied?.from && !replied.from.is_bot ? replied.from : undefined;
}

/** Session commands typed in the group: each builds an engine command, or says what is missing. */
const TYPED: Record<string, Typed> = {
  hadir: () => ({ type: "signIn" }),
  keluar: () => ({ type: "leave" }),
  buka: () => ({ type: "open" }),
  tunda: (ctx, stored, _state, payload) => {
    if (!payload) return { type: "postpone" };
    const until = atTime(ctx, stored, payload);
    return until ? { type: "postpone", until } : ctx.say("Tulis jamnya, misalnya /tunda 11:00", "Give the time, e.g. /tunda 11:00");
  },
  acara: (ctx, _stored, state, payload) => {
    const itemNo = payload ? Number(payload) : (state.currentItem ?? 0) + 1;
    return Number.isInteger(itemNo) && itemNo >= 1 ? { type: "startItem", itemNo } : ctx.say("Tulis nomor acara, misalnya /acara 1", "Give the item's number, e.g. /acara 1");
  },
  daftar: () => ({ type: "openRegistration" }),
  tutupdaftar: () => ({ type: "closeRegistration" }),
  bicara: () => ({ type: "registerSpeaker" }),
  lantai: () => ({ type: "giveFloor" }),
  selesai: () => ({ type: "finishSpeech" }),
  interupsi: (_ctx, _stored, _state, payload) => ({ type: "requestInterruption", purpose: /tunda/i.test(payload) ? "postpone" : "clarification" }),
  tutupvoting: () => ({ type: "closeVote" }),
  skors: (ctx, stored, _state, payload) => {
    const until = atTime(ctx, stored, payload);
    return until ? { type: "suspend", until } : ctx.say("Tulis sampai jam berapa, misalnya /skors 13:00", "Give the time it lasts until, e.g. /skors 13:00");
  },
  lanjut: () => ({ type: "resume" }),
  tutup: () => ({ type: "close" }),
  ambilalih: () => ({ type: "takeOverChair" }),
  undangan: (ctx, _stored, _state, payload) => {
    const who = repliedUser(ctx);
    const named = who ? { name: [who.first_name, who.last_name].filter(Boolean).join(" ").slice(0, 80), description: payload.slice(0, 120) } : guest(payload);
    if (!named) {
      return ctx.say(
        "Tulis nama undangan, misalnya /undangan Ibu Sari, Kepala Desa — atau balas pesan undangan itu dengan /undangan keterangan (Pasal 44 ayat (2), Pasal 59 ayat (1) huruf a).",
        "Give the invitee's name, e.g. /undangan Ibu Sari, Kepala Desa — or reply to the invitee's message with /undangan DESCRIPTION (Pasal 44 ayat (2), Pasal 59 ayat (1) huruf a).",
      );
    }
    return { type: "signInInvitee", name: named.name, description: named.description, telegramUserId: who?.id ?? null };
  },
  peninjau: (ctx, _stored, _state, payload) => {
    const name = payload || [ctx.from!.first_name, ctx.from!.last_name].filter(Boolean).join(" ");
    return { type: "signInObserver", name: name.slice(0, 80) };
  },
};

/** /voting, /mufakat and /angkat put a decision: the majority (and, closed, the Pasal 42 matter) is asked by buttons. */
const DRAFTS: Record<string, (ctx: BotContext, payload: string) => DecisionDraft | string> = {
  voting: (ctx, payload) =>
    payload ? { how: "vote", motion: payload.slice(0, 500) } : ctx.say("Tulis usulnya, misalnya /voting Menyetujui Rancangan APBDes 2027", "Give the motion, e.g. /voting Approve the draft village budget 2027"),
  mufakat: (ctx, payload) =>
    payload ? { how: "consensus", motion: payload.slice(0, 500) } : ctx.say("Tulis keputusannya, misalnya /mufakat Menyetujui jadwal reses", "Give the decision, e.g. /mufakat Approve the recess schedule"),
  angkat: (ctx, payload) => {
    const match = /^(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s+(.+)$/s.exec(payload);
    if (!match) {
      return ctx.say(
        "Tulis hasil angkat tangan lalu usulnya: /angkat SETUJU TOLAK ABSTAIN USUL, misalnya /angkat 6 2 1 Menyetujui jadwal reses",
        "Give the show of hands, then the motion: /angkat YES NO ABSTAIN MOTION, e.g. /angkat 6 2 1 Approve the recess schedule",
      );
    }
    return { how: "hands", motion: match[4]!.trim().slice(0, 500), counts: { yes: Number(match[1]), no: Number(match[2]), abstain: Number(match[3]) } };
  },
};

export function councilFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const group = new Composer<BotContext>();
  // Read lazily: a composer's middleware is fixed when taken, and the commands are added below.
  feature.use((ctx, next) => (isGroup(ctx) ? group.middleware()(ctx, next) : next()));

  group.command("bpd", (ctx) => bpd(ctx, payloadOf(ctx)));
  group.command("anggota", async (ctx, next) => {
    const stored = await councilOf(ctx);
    if (!stored) return next();
    await ctx.reply(rosterText(stored, ctx.language), rosterKeyboard(ctx, stored));
  });
  group.command("gabung", async (ctx, next) => {
    const stored = await councilOf(ctx);
    if (!stored || looksLikeJoinCode(payloadOf(ctx))) return next();
    await offerLinks(ctx, stored);
  });
  group.command("sidang", async (ctx, next) => {
    const stored = await councilOf(ctx);
    if (!stored) return next();
    const payload = payloadOf(ctx);
    if (!payload) {
      const question = kindQuestion(ctx.language);
      return void (await ctx.reply(question.text, question.markup));
    }
    await schedule(ctx, stored, payload);
  });
  for (const [command, build] of Object.entries(TYPED)) {
    group.command(command, withLiveSession(async (ctx, stored, session) => {
      const built = build(ctx, stored, session.state, payloadOf(ctx));
      if (typeof built === "string") return void (await ctx.reply(built));
      if (built === undefined) return;
      const applied = await run(ctx, stored, built);
      await report(ctx, stored, applied);
      if (command === "hadir") await offerProxySignIn(ctx, stored, applied);
    }));
  }
  for (const [command, draftOf] of Object.entries(DRAFTS)) {
    group.command(command, withLiveSession(async (ctx, stored, session) => {
      const draft = draftOf(ctx, payloadOf(ctx));
      if (typeof draft === "string") return void (await ctx.reply(draft));
      // Refused whatever the majority (no quorum, not the chair, a vote running): said now, not after the questions.
      const refusal = refusalOf(stored, session.state, decisionCommand(draft, "ordinary", null), { actor: { kind: "user", telegramUserId: ctx.from.id }, now: ctx.now });
      if (refusal) return void (await ctx.reply(refusalText(refusal, ctx.language)));
      const question = majorityQuestion(session.id, draft, RULES, ctx.language);
      await ctx.reply(question.text, question.markup);
    }));
  }
  group.command("pemilihan", withLiveSession(async (ctx, stored, session) => {
    const office = payloadOf(ctx).slice(0, 100);
    if (!office) return void (await ctx.reply(ctx.say("Tulis jabatan yang dipilih, misalnya /pemilihan Ketua BPD (Pasal 24 ayat (1))", "Give the office to fill, e.g. /pemilihan Ketua BPD (Pasal 24 ayat (1))")));
    const refusal = refusalOf(stored, session.state, { type: "startVote", motion: office }, { actor: { kind: "user", telegramUserId: ctx.from.id }, now: ctx.now });
    if (refusal) return void (await ctx.reply(refusalText(refusal, ctx.language)));
    const draft = { office, candidates: [] };
    await ctx.reply(electionDraftText(stored.council, draft, ctx.language), electionKeyboard(stored.council, session.id, draft, ctx.language));
  }));
  // The board has scrolled out of sight on a phone: it is sent again below the chat, with its buttons.
  group.command("papan", withLiveSession(async (ctx, stored, session) => {
    await publishBoard(boardDeps(ctx), stored, session.id, session.state, ctx.now, true);
  }));
  group.command("pimpinan", withLiveSession(async (ctx, stored, session) => {
    const panel = chairPanel(stored.council, session.state, session.id, ctx.language);
    await ctx.reply(panel.text, panel.markup);
  }));
  group.command("suara", async (ctx, next) => {
    const stored = await councilOf(ctx);
    if (!stored) return next();
    const session = await ctx.services.store.council.liveSession(stored.id);
    const vote = session ? runningVote(session.state) : undefined;
    if (!session || !vote) return void (await ctx.reply(ctx.say("Tidak ada pemungutan suara yang sedang berlangsung.", "No vote is in progress.")));
    const offline = presentVoters(session.state).map((id) => findMember(stored.council, id)!).filter((m) => m.telegramUserId === null && !vote.ballots[m.id]);
    if (offline.length === 0) return void (await ctx.reply(ctx.say("Tidak ada anggota tanpa Telegram yang belum memberi suara.", "Every member without Telegram has voted.")));
    const choices = vote.candidates ?? ["yes", "no", "abstain"];
    const buttons = offline.flatMap((m) => choices.map((c) => button(`${m.name}: ${choiceLabel(ctx, stored, c)}`, councilData(session.id, "vf", `${m.id}.${c}`))));
    await ctx.reply(ctx.say("Suara anggota tanpa Telegram, dicatat oleh pimpinan rapat:", "Votes of members without Telegram, recorded by the person chairing:"), keyboard(buttons, 3));
  });

  feature.action(COUNCIL_CALLBACK_PATTERN, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseCouncilAction(data);
    if (action?.action === "vote" && ctx.chat?.type === "private") return castSecretBallot(ctx, action.sessionId, action.arg);
    const stored = isGroup(ctx) ? await councilOf(ctx) : undefined;
    if (!action || !stored) return void (await ctx.answerCbQuery(stale(ctx), { show_alert: true }));
    if (action.action === "link" || action.action === "unlink") return linkAction(ctx, stored, action.action, action.arg ?? "");
    if (action.action === "sk" || action.action === "sn") return scheduleQuestion(ctx, action.action, action.arg);
    const session = await ctx.services.store.council.liveSession(stored.id);
    if (!session || session.id !== action.sessionId) {
      return void (await ctx.answerCbQuery(ctx.say("Tombol ini untuk rapat yang sudah selesai.", "This button belongs to a meeting that has ended."), { show_alert: true }));
    }
    if (action.action === "pnl") return showPanel(ctx, stored, session);
    if (action.action === "mj" || action.action === "mt") return answerDraft(ctx, stored, session, action.arg);
    if (action.action === "cal" || action.action === "pilih") return answerElection(ctx, stored, session, action.action, action.arg);
    if (action.action === "surat") return sendBallot(ctx, stored, session);
    const command = commandForButton(action.action, action.arg, session.state);
    if (!command) return void (await ctx.answerCbQuery(stale(ctx), { show_alert: true }));
    const applied = await run(ctx, stored, command);
    if (!applied.ok) return void (await ctx.answerCbQuery(refusalText(applied.rejection, ctx.language), { show_alert: true }));
    await afterAccepted(ctx, stored, applied);
    await ctx.answerCbQuery(acknowledgement(ctx, stored, command));
  });

  // The record after the meeting (/risalah, /koreksi and its buttons), in the group and in private chats.
  feature.use(minutesFeature());
  // Procedures over several meetings: proposals with signatures, village regulations, the head's report, leadership.
  feature.use(councilProceduresFeature());
  return feature;
}

/** "Tombol ini sudah tidak berlaku." */
function stale(ctx: BotContext): string {
  return ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid.");
}

function choiceLabel(ctx: BotContext, stored: StoredCouncil, choice: string): string {
  return findMember(stored.council, choice)?.name ?? choiceName(choice, ctx.language);
}

function acknowledgement(ctx: BotContext, stored: StoredCouncil, command: SessionCommandInput): string {
  if (command.type !== "castVote") return ctx.say("Tercatat.", "Recorded.");
  const choice = choiceLabel(ctx, stored, command.choice);
  if (!command.member) return ctx.say(`Suara Anda: ${choice}`, `Your vote: ${choice}`);
  const name = findMember(stored.council, command.member)?.name;
  return ctx.say(`Suara ${name} dicatat: ${choice}`, `${name}'s vote is recorded: ${choice}`);
}

/**
 * A session command in a council's group: passes on in a group without a council (another feature's command), and
 * says so when no session is scheduled.
 */
function withLiveSession<C extends BotContext>(handler: (ctx: C, stored: StoredCouncil, session: StoredSession) => Promise<unknown>) {
  return async (ctx: C, next: () => Promise<void>): Promise<void> => {
    const stored = await councilOf(ctx);
    if (!stored) return next();
    const session = await liveSessionOrSay(ctx, stored);
    if (session) await handler(ctx, stored, session);
  };
}

async function liveSessionOrSay(ctx: BotContext, stored: StoredCouncil): Promise<StoredSession | undefined> {
  const session = await ctx.services.store.council.liveSession(stored.id);
  if (!session) await ctx.reply(ctx.say("Belum ada rapat yang dijadwalkan. Pimpinan menjadwalkan rapat dengan /sidang.", "No meeting is scheduled yet. The chair schedules one with /sidang."));
  return session;
}

async function schedule(ctx: BotContext, stored: StoredCouncil, payload: string): Promise<void> {
  const parsed = parseSchedule(payload, ctx.now.setZone(stored.council.zone), ctx.language);
  if (!parsed.ok) return void (await ctx.reply(parsed.error));
  const applied = await run(ctx, stored, parsed.command);
  if (!applied.ok) return void (await ctx.reply(refusalText(applied.rejection, ctx.language)));
  const warning = meetingHoursWarning(parsed.start, RULES, stored.council.zone);
  if (warning) {
    await ctx.reply(
      ctx.say(
        `⚠️ Rapat direncanakan mulai ${warning.start}, di luar jam rapat ${warning.windows} (${warning.citation.article}). Rapat sendiri dapat memutuskan lain (${warning.deviation.article}).`,
        `⚠️ The meeting is planned to start at ${warning.start}, outside the meeting hours ${warning.windows} (${warning.citation.article}). The meeting itself may decide otherwise (${warning.deviation.article}).`,
      ),
    );
  }
  await publishBoard(boardDeps(ctx), stored, applied.sessionId, applied.state, ctx.now, true);
}

/** `/sidang` without details: the kind (Pasal 32), then the nature (Pasal 39), then a line to complete. */
async function scheduleQuestion(ctx: BotContext, step: "sk" | "sn", arg: string | undefined): Promise<void> {
  const next = step === "sk" ? natureQuestion(arg, ctx.language) : scheduleTemplate(arg, ctx.language);
  if (!next) return void (await ctx.answerCbQuery(stale(ctx), { show_alert: true }));
  await ctx.editMessageText(next.text, next.markup).catch(() => ctx.reply(next.text, next.markup));
  await ctx.answerCbQuery();
}

async function showPanel(ctx: BotContext, stored: StoredCouncil, session: StoredSession): Promise<void> {
  const panel = chairPanel(stored.council, session.state, session.id, ctx.language);
  await ctx.reply(panel.text, panel.markup);
  await ctx.answerCbQuery();
}

/** A majority (or Pasal 42 matter) chosen for a decision put with /voting, /mufakat or /angkat. */
async function answerDraft(ctx: BotContext, stored: StoredCouncil, session: StoredSession, arg: string | undefined): Promise<void> {
  const choice = parseDraftChoice(arg);
  const message = ctx.callbackQuery?.message;
  const draft = choice && message && "text" in message && message.from?.id === ctx.botInfo?.id ? draftFromMessage(choice.how, message.text) : undefined;
  if (!choice || !draft) return void (await ctx.answerCbQuery(stale(ctx), { show_alert: true }));
  if (session.state.presiding !== memberByTelegramUser(stored.council, ctx.from!.id)?.id) {
    return void (await ctx.answerCbQuery(notPresiding(ctx), { show_alert: true }));
  }
  if (choice.matter === undefined && session.state.setup?.nature === "closed") {
    const question = matterQuestion(session.id, draft, choice.majority, RULES, ctx.language);
    await ctx.editMessageText(question.text, question.markup).catch(() => ctx.reply(question.text, question.markup));
    return void (await ctx.answerCbQuery());
  }
  const applied = await run(ctx, stored, decisionCommand(draft, choice.majority, choice.matter ?? null));
  if (!applied.ok) return void (await ctx.answerCbQuery(refusalText(applied.rejection, ctx.language), { show_alert: true }));
  await ctx.editMessageText(`${draftText(draft, ctx.language)}\n✅ ${RULES.majorities[choice.majority].citation.article}`).catch(() => undefined);
  await afterAccepted(ctx, stored, applied);
  await ctx.answerCbQuery(ctx.say("Tercatat.", "Recorded."));
}

/** A decision's or an election's button pressed by someone not chairing. */
function notPresiding(ctx: BotContext): string {
  return refusalText({ ok: false, code: "NOT_PRESIDING", params: {}, citation: RULES.procedure.presiding.citation }, ctx.language);
}

/** The chair picks candidates and starts the election (election.ts). */
async function answerElection(ctx: BotContext, stored: StoredCouncil, session: StoredSession, step: "cal" | "pilih", arg: string | undefined): Promise<void> {
  const message = ctx.callbackQuery?.message;
  const draft = message && "text" in message && message.from?.id === ctx.botInfo?.id ? electionDraftFromMessage(stored.council, message.text) : undefined;
  if (!draft || !arg) return void (await ctx.answerCbQuery(stale(ctx), { show_alert: true }));
  if (session.state.presiding !== memberByTelegramUser(stored.council, ctx.from!.id)?.id) {
    return void (await ctx.answerCbQuery(notPresiding(ctx), { show_alert: true }));
  }
  if (step === "cal") {
    if (!findMember(stored.council, arg)) return void (await ctx.answerCbQuery(stale(ctx), { show_alert: true }));
    const next = toggleCandidate(draft, arg);
    await ctx.editMessageText(electionDraftText(stored.council, next, ctx.language), electionKeyboard(stored.council, session.id, next, ctx.language)).catch(() => undefined);
    return void (await ctx.answerCbQuery());
  }
  const applied = await run(ctx, stored, electionCommand(draft, arg === "r"));
  if (!applied.ok) return void (await ctx.answerCbQuery(refusalText(applied.rejection, ctx.language), { show_alert: true }));
  const how = arg === "r" ? ctx.say("Suara rahasia: surat suara di chat pribadi", "Secret ballot: ballots in private chats") : ctx.say("Suara terbuka", "Open vote");
  await ctx.editMessageText(`${electionDraftText(stored.council, draft, ctx.language).split("\n\n")[0]}\n✅ ${how}`).catch(() => undefined);
  await afterAccepted(ctx, stored, applied);
  await ctx.answerCbQuery(ctx.say("Tercatat.", "Recorded."));
}

/** "Surat suara rahasia" on the board: the ballot goes to the member's private chat, where nobody else sees it. */
async function sendBallot(ctx: BotContext, stored: StoredCouncil, session: StoredSession): Promise<void> {
  const vote = runningVote(session.state);
  if (!vote?.secret) return void (await ctx.answerCbQuery(ctx.say("Tidak ada pemungutan suara rahasia yang sedang berlangsung.", "No secret ballot is in progress."), { show_alert: true }));
  // The ballot speaks the language of the member's private chat, not the group's.
  const paper = ballot(stored.council, session.id, vote, await ctx.services.store.chatSettings.language(ctx.from!.id));
  try {
    await ctx.telegram.sendMessage(ctx.from!.id, paper.text, paper.markup);
  } catch {
    const bot = ctx.botInfo?.username ? `@${ctx.botInfo.username}` : undefined;
    return void (await ctx.answerCbQuery(
      ctx.say(`Buka dulu chat pribadi dengan ${bot ?? "bot ini"} dan kirim /start, lalu tekan tombol ini lagi.`, `First open a private chat with ${bot ?? "this bot"} and send /start, then press this button again.`),
      { show_alert: true },
    ));
  }
  await ctx.answerCbQuery(ctx.say("Surat suara dikirim ke chat pribadi Anda.", "The ballot was sent to your private chat."));
}

/** A secret ballot pressed in a private chat: cast against the session it names; the engine checks the voter. */
async function castSecretBallot(ctx: BotContext, sessionId: number, choice: string | undefined): Promise<void> {
  const { store } = ctx.services;
  const session = await store.council.session(sessionId);
  const stored = session ? await store.council.byId(session.councilId) : undefined;
  const vote = session ? runningVote(session.state) : undefined;
  if (!session || !stored || !vote?.secret || !choice || session.state.phase !== "open") {
    return void (await ctx.answerCbQuery(ctx.say("Surat suara ini sudah tidak berlaku.", "This ballot is no longer valid."), { show_alert: true }));
  }
  const applied = await run(ctx, stored, { type: "castVote", choice });
  if (!applied.ok) return void (await ctx.answerCbQuery(refusalText(applied.rejection, ctx.language), { show_alert: true }));
  const chosen = choiceLabel(ctx, stored, choice);
  await ctx
    .editMessageText(`🗳 ${vote.motion}\n${ctx.say(`✅ Suara Anda tercatat: ${chosen}. Hanya Anda yang melihat pilihan ini.`, `✅ Your vote is recorded: ${chosen}. Only you can see this choice.`)}`)
    .catch(() => undefined);
  await publishBoard(boardDeps(ctx), stored, applied.sessionId, applied.state, ctx.now);
  await ctx.answerCbQuery(ctx.say("Suara Anda tercatat.", "Your vote is recorded."));
}

function run(ctx: BotContext, stored: StoredCouncil, command: SessionCommandInput): Promise<Applied> {
  return applyInUpdate(ctx.services.store, ctx.update.update_id, stored, command, { actor: { kind: "user", telegramUserId: ctx.from!.id }, now: ctx.now });
}

function boardDeps(ctx: BotContext) {
  return { telegram: ctx.telegram, store: ctx.services.store, logger: ctx.services.logger };
}

/** After a typed command: a refusal is said; otherwise the notices, and the board changes in place. */
async function report(ctx: BotContext, stored: StoredCouncil, applied: Applied): Promise<void> {
  if (!applied.ok) return void (await ctx.reply(refusalText(applied.rejection, ctx.language)));
  await afterAccepted(ctx, stored, applied);
}

async function afterAccepted(ctx: BotContext, stored: StoredCouncil, applied: Extract<Applied, { ok: true }>): Promise<void> {
  const texts = notices(stored, applied, ctx.language);
  if (texts.length) await sendNotices(ctx, applied, texts);
  // The board is sent anew, below the notice, when members must act on it now: the opening and a vote.
  const fresh = applied.events.some((e) => e.type === "voteStarted" || e.type === "sessionOpened");
  await publishBoard(boardDeps(ctx), stored, applied.sessionId, applied.state, ctx.now, fresh);
  await refreshPanel(ctx, stored, applied);
  if (applied.events.some((e) => e.type === "sessionClosed")) await onSessionClosed(ctx, stored, applied.sessionId);
}

/** A press on the chair's panel redraws the panel for the new state. */
async function refreshPanel(ctx: BotContext, stored: StoredCouncil, applied: Extract<Applied, { ok: true }>): Promise<void> {
  const message = ctx.callbackQuery?.message;
  if (!message || !("text" in message) || !isChairPanel(message.text)) return;
  const panel = chairPanel(stored.council, applied.state, applied.sessionId, ctx.language);
  await ctx.editMessageText(panel.text, panel.markup).catch(() => undefined);
}

async function sendNotices(ctx: BotContext, applied: Extract<Applied, { ok: true }>, texts: string[]): Promise<void> {
  const request = applied.events.find((e) => e.type === "interruptionRequested");
  if (request && request.type === "interruptionRequested") {
    const no = request.payload.requestNo;
    await ctx.reply(
      texts.join("\n"),
      keyboard([button(ctx.say("Izinkan", "Allow"), councilData(applied.sessionId, "izin", no)), button(ctx.say("Tolak", "Refuse"), councilData(applied.sessionId, "tolakint", no))]),
    );
    return;
  }
  await ctx.reply(texts.join("\n"));
}

/** The chair signs in members without Telegram by buttons (recorded as done by the chair). */
async function offerProxySignIn(ctx: BotContext, stored: StoredCouncil, applied: Applied): Promise<void> {
  if (applied.sessionId === null || applied.state.presiding !== memberByTelegramUser(stored.council, ctx.from!.id)?.id) return;
  const absent = stored.council.members.filter((m) => m.telegramUserId === null && !isMemberPresent(applied.state, m.id));
  if (absent.length === 0) return;
  await ctx.reply(
    ctx.say("Anggota tanpa Telegram dapat dihadirkan oleh pimpinan rapat:", "The person chairing can sign in members without Telegram:"),
    keyboard(absent.map((m) => button(ctx.say(`Hadir: ${m.name}`, `Present: ${m.name}`), councilData(applied.sessionId!, "hm", m.id)))),
  );
}

/** /bantuan in a group lists the council commands for the sender's role. */
export async function councilCommandsFor(ctx: BotContext): Promise<readonly CommandHelp[]> {
  if (!isGroup(ctx) || !ctx.chat || !ctx.from) return [];
  const stored = await ctx.services.store.council.byChat(ctx.chat.id);
  if (!stored) return [{ usage: "/bpd", id: "daftarkan BPD grup ini", en: "set up this group's council (BPD)" }];
  const me = memberByTelegramUser(stored.council, ctx.from.id);
  const common: CommandHelp[] = [
    { usage: "/bpd", id: "data BPD", en: "the council" },
    { usage: "/anggota", id: "daftar anggota dan akun terhubung", en: "members and linked accounts" },
  ];
  if (!me && stored.council.secretary?.telegramUserId === ctx.from.id) {
    // The secretary keeps the attendance lists and the risalah (Pasal 44, 56 ayat (3)-(6)) and has no vote (Pasal 73).
    return [
      ...common,
      { usage: "/pimpinan", id: "panel: hadirkan dan catat keluar anggota tanpa Telegram (Pasal 44)", en: "panel: sign in, and record leaving, members without Telegram (Pasal 44)" },
      { usage: "/undangan NAMA, KETERANGAN", id: "catat undangan yang hadir (Pasal 44 ayat (2))", en: "sign in an invitee (Pasal 44 ayat (2))" },
      { usage: "/peninjau NAMA", id: "catat peninjau rapat terbuka (Pasal 59 ayat (2))", en: "sign in an observer of an open meeting (Pasal 59 ayat (2))" },
      { usage: "/risalah", id: "risalah: koreksi masuk dan risalah resmi (Pasal 56)", en: "the risalah: corrections and the official record (Pasal 56)" },
      { usage: "/koreksi TEKS", id: "koreksi risalah sementara (Pasal 56 ayat (4))", en: "correct the draft risalah (Pasal 56 ayat (4))" },
      { usage: "/papan", id: "kirim ulang papan rapat", en: "send the session board again" },
    ];
  }
  if (!me) {
    return [
      ...common,
      { usage: "/gabung", id: "hubungkan akun Anda dengan nama Anda", en: "link your account to your name" },
      { usage: "/peninjau", id: "isi daftar hadir sebagai peninjau rapat terbuka (tanpa hak bicara, Pasal 59 ayat (6))", en: "sign in as an observer of an open meeting (may not speak)" },
    ];
  }
  const member: CommandHelp[] = [
    { usage: "/hadir", id: "isi daftar hadir", en: "sign in" },
    { usage: "/papan", id: "kirim ulang papan rapat di bawah obrolan", en: "send the session board again below the chat" },
    { usage: "/keluar", id: "beri tahu pimpinan Anda meninggalkan rapat", en: "tell the chair you are leaving" },
    { usage: "/bicara", id: "daftar sebagai pembicara", en: "register to speak" },
    { usage: "/interupsi [tunda]", id: "minta interupsi (penjelasan, atau usul menunda pembicaraan)", en: "ask to interrupt (clarification, or move to postpone)" },
  ];
  if (me.role !== "chair" && me.role !== "viceChair") return [...common, ...member];
  return [
    ...common,
    ...member,
    { usage: "/sidang", id: "jadwalkan rapat (dengan tombol)", en: "schedule a session (with buttons)" },
    { usage: "/pimpinan", id: "panel pimpinan rapat: semua tindakan pimpinan dengan tombol", en: "the chair's panel: every chair action by button" },
    { usage: "/buka", id: "buka rapat (perlu kuorum)", en: "open the session (needs quorum)" },
    { usage: "/tunda [JJ:MM]", id: "tunda rapat", en: "postpone" },
    { usage: "/acara N", id: "mulai acara", en: "start an agenda item" },
    { usage: "/daftar, /tutupdaftar", id: "buka/tutup pendaftaran pembicara", en: "open/close speaker registration" },
    { usage: "/lantai", id: "beri lantai kepada pembicara berikutnya", en: "give the floor" },
    { usage: "/undangan NAMA, KETERANGAN", id: "catat undangan yang hadir", en: "sign in an invitee" },
    { usage: "/mufakat USUL", id: "catat keputusan musyawarah mufakat", en: "record a decision by consensus" },
    { usage: "/voting USUL", id: "mulai pemungutan suara", en: "start a vote" },
    { usage: "/pemilihan JABATAN", id: "pemilihan orang: pilih calon, suara terbuka atau rahasia lewat chat pribadi", en: "an election: pick candidates, open or secret ballot in private chat" },
    { usage: "/angkat S T A USUL", id: "catat hasil angkat tangan", en: "record a show of hands" },
    { usage: "/tutupvoting", id: "tutup pemungutan suara", en: "close the vote" },
    { usage: "/suara", id: "catat suara anggota tanpa Telegram", en: "record votes of members without Telegram" },
    { usage: "/skors JJ:MM, /lanjut", id: "skors dan lanjutkan rapat", en: "suspend and resume" },
    { usage: "/tutup", id: "tutup rapat", en: "close the session" },
  ];
}
