import { Composer } from "telegraf";
import { councilChair, findMember, memberByTelegramUser } from "../../../domain/council/council.ts";
import { validateCouncil } from "../../../domain/council/council-setup.ts";
import { meetingHoursWarning } from "../../../domain/council/meeting-hours.ts";
import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import { isMemberPresent, presentVoters, runningVote } from "../../../domain/council/session-state.ts";
import type { SessionState } from "../../../domain/council/session-state.ts";
import type { StoredCouncil } from "../../../store/council/council-repository.ts";
import type { BotContext } from "../../context.ts";
import type { CommandHelp } from "../../feature.ts";
import { button, keyboard } from "../../keyboard.ts";
import { boardKeyboard, boardText } from "./board.ts";
import { COUNCIL_CALLBACK_PATTERN, councilData, parseCouncilAction } from "./callback-data.ts";
import { choiceName, refusalText } from "./messages.ts";
import { parseSchedule, parseTime, SCHEDULE_USAGE } from "./schedule-parser.ts";
import { applyInUpdate, notices, RULES } from "./session-service.ts";
import type { Applied } from "./session-service.ts";
import { parseCouncilSetup, SETUP_EXAMPLE } from "./setup-parser.ts";

/**
 * Council (BPD) sessions in the council's Telegram group (Perbup Banjarnegara 962/2011): set-up, account links,
 * and the session run through the domain engine, with one live board per session edited in place.
 */

const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
const payloadOf = (ctx: BotContext & { payload?: string }) => (ctx.payload ?? "").trim();
/** A migration join code ("K7QM-4RTP") belongs to the migration feature, which replaces a code leaked in a group. */
const looksLikeJoinCode = (text: string) => /^[A-Z0-9]{4}-?[A-Z0-9]{4}$/i.test(text);

const COMMISSION_NAMES: Record<string, string> = { government: "Pemerintahan", development: "Pembangunan", community: "Kemasyarakatan" };
const ROLE_NAMES: Record<string, string> = { chair: "Ketua", viceChair: "Wakil Ketua", member: "Anggota" };

type Sessionful = (ctx: BotContext, stored: StoredCouncil, state: SessionState, payload: string) => SessionCommandInput | string | undefined;

/** Session commands typed in the group: each builds an engine command (or says why it cannot). */
const SESSION_COMMANDS: Record<string, Sessionful> = {
  hadir: () => ({ type: "signIn" }),
  keluar: () => ({ type: "leave" }),
  buka: () => ({ type: "open" }),
  tunda: (ctx, _s, _st, payload) => {
    if (!payload) return { type: "postpone" };
    const until = parseTime(payload, ctx.now.setZone(_s.council.zone));
    return until ? { type: "postpone", until } : "Tulis jamnya, misalnya /tunda 11:00";
  },
  acara: (_ctx, _s, state, payload) => {
    const itemNo = payload ? Number(payload) : (state.currentItem ?? 0) + 1;
    return Number.isInteger(itemNo) && itemNo >= 1 ? { type: "startItem", itemNo } : "Tulis nomor acara, misalnya /acara 1";
  },
  daftar: () => ({ type: "openRegistration" }),
  tutupdaftar: () => ({ type: "closeRegistration" }),
  bicara: () => ({ type: "registerSpeaker" }),
  lantai: () => ({ type: "giveFloor" }),
  selesai: () => ({ type: "finishSpeech" }),
  interupsi: (_ctx, _s, _st, payload) => ({ type: "requestInterruption", purpose: /tunda/i.test(payload) ? "postpone" : "clarification" }),
  voting: (_ctx, _s, _st, payload) => (payload ? { type: "startVote", motion: payload.slice(0, 500) } : "Tulis usulnya, misalnya /voting Menyetujui Rancangan APBDes 2027"),
  mufakat: (_ctx, _s, _st, payload) => (payload ? { type: "recordConsensus", motion: payload.slice(0, 500) } : "Tulis keputusannya, misalnya /mufakat Menyetujui jadwal reses"),
  tutupvoting: () => ({ type: "closeVote" }),
  skors: (ctx, s, _st, payload) => {
    const until = parseTime(payload, ctx.now.setZone(s.council.zone));
    return until ? { type: "suspend", until } : "Tulis sampai jam berapa, misalnya /skors 13:00";
  },
  lanjut: () => ({ type: "resume" }),
  tutup: () => ({ type: "close" }),
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
    await ctx.reply(rosterText(stored), rosterKeyboard(ctx, stored));
  });
  group.command("gabung", async (ctx, next) => {
    const stored = await councilOf(ctx);
    const payload = payloadOf(ctx);
    if (!stored || looksLikeJoinCode(payload)) return next();
    const own = memberByTelegramUser(stored.council, ctx.from.id);
    if (own) return void (await ctx.reply(`Akun Anda sudah terhubung dengan ${own.name}.`));
    const open = stored.council.members.filter((m) => m.telegramUserId === null);
    if (open.length === 0) return void (await ctx.reply("Semua nama dalam daftar BPD sudah terhubung dengan akun Telegram."));
    await ctx.reply("Pilih nama Anda dalam daftar BPD:", keyboard(open.map((m) => button(m.name, councilData(0, "link", m.id)))));
  });
  group.command("sidang", async (ctx, next) => {
    const stored = await councilOf(ctx);
    if (!stored) return next();
    const payload = payloadOf(ctx);
    if (!payload) return void (await ctx.reply(SCHEDULE_USAGE));
    const parsed = parseSchedule(payload, ctx.now.setZone(stored.council.zone));
    if (!parsed.ok) return void (await ctx.reply(parsed.error));
    const applied = await run(ctx, stored, parsed.command);
    if (!applied.ok) return void (await ctx.reply(refusalText(applied.rejection)));
    const warning = meetingHoursWarning(parsed.start, RULES, stored.council.zone);
    if (warning) {
      await ctx.reply(
        `⚠️ Rapat direncanakan mulai ${warning.start}, di luar jam rapat ${warning.windows} (${warning.citation.article}). Rapat sendiri dapat memutuskan lain (${warning.deviation.article}).`,
      );
    }
    await refreshBoard(ctx, stored, applied.sessionId, applied.state, true);
  });
  for (const [command, build] of Object.entries(SESSION_COMMANDS)) {
    group.command(command, async (ctx, next) => {
      const stored = await councilOf(ctx);
      if (!stored) return next();
      const session = await ctx.services.store.council.liveSession(stored.id);
      if (!session) return void (await ctx.reply("Belum ada rapat yang dijadwalkan. Pimpinan menjadwalkan rapat dengan /sidang."));
      const state = session.state;
      const built = build(ctx, stored, state, payloadOf(ctx));
      if (built === undefined) return;
      if (typeof built === "string") return void (await ctx.reply(built));
      const applied = await run(ctx, stored, built);
      await report(ctx, stored, applied);
      if (command === "hadir") await offerProxySignIn(ctx, stored, applied);
    });
  }
  group.command("suara", async (ctx, next) => {
    const stored = await councilOf(ctx);
    if (!stored) return next();
    const session = await ctx.services.store.council.liveSession(stored.id);
    const state = session?.state;
    if (!session || !state || !runningVote(state)) return void (await ctx.reply("Tidak ada pemungutan suara yang sedang berlangsung."));
    const voted = runningVote(state)!.ballots;
    const offline = presentVoters(state).map((id) => findMember(stored.council, id)!).filter((m) => m.telegramUserId === null && !voted[m.id]);
    if (offline.length === 0) return void (await ctx.reply("Tidak ada anggota tanpa Telegram yang belum memberi suara."));
    const buttons = offline.flatMap((m) => (["yes", "no", "abstain"] as const).map((c) => button(`${m.name}: ${choiceName(c)}`, councilData(session.id, "vf", `${m.id}.${c}`))));
    await ctx.reply("Suara anggota tanpa Telegram, dicatat oleh pimpinan rapat:", keyboard(buttons, 3));
  });

  feature.action(COUNCIL_CALLBACK_PATTERN, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseCouncilAction(data);
    const stored = isGroup(ctx) ? await councilOf(ctx) : undefined;
    if (!action || !stored) return void (await ctx.answerCbQuery("Tombol ini sudah tidak berlaku.", { show_alert: true }));
    if (action.action === "link" || action.action === "unlink") return linkAction(ctx, stored, action.action, action.arg ?? "");
    const session = await ctx.services.store.council.liveSession(stored.id);
    if (!session || session.id !== action.sessionId) return void (await ctx.answerCbQuery("Tombol ini untuk rapat yang sudah selesai.", { show_alert: true }));
    const state = session.state;
    const command = commandForButton(action.action, action.arg, state);
    if (!command) return void (await ctx.answerCbQuery("Tombol ini sudah tidak berlaku.", { show_alert: true }));
    const applied = await run(ctx, stored, command);
    if (!applied.ok) return void (await ctx.answerCbQuery(refusalText(applied.rejection), { show_alert: true }));
    await refreshBoard(ctx, stored, applied.sessionId, applied.state);
    const texts = notices(stored, applied);
    if (texts.length) await sendNotices(ctx, applied, texts);
    if (command.type === "castVote") {
      const choice = command.choice;
      await ctx.answerCbQuery(command.member ? `Suara ${findMember(stored.council, command.member)?.name} dicatat: ${choiceName(choice)}` : `Suara Anda: ${choiceName(choice)}`);
    } else {
      await ctx.answerCbQuery("Tercatat.");
    }
  });

  return feature;
}

function commandForButton(action: string, arg: string | undefined, state: SessionState): SessionCommandInput | undefined {
  const speaker = state.floor?.speaker;
  switch (action) {
    case "hadir":
      return { type: "signIn" };
    case "hm":
      return arg ? { type: "signIn", member: arg } : undefined;
    case "keluar":
      return { type: "leave" };
    case "buka":
      return { type: "open" };
    case "daftar":
      return { type: "openRegistration" };
    case "tutupdaftar":
      return { type: "closeRegistration" };
    case "bicara":
      return { type: "registerSpeaker" };
    case "lantai":
      return { type: "giveFloor" };
    case "selesai":
      return { type: "finishSpeech" };
    case "waktu":
      return { type: "warnSpeakingTime" };
    case "menyimpang":
      return { type: "warnOffTopic" };
    case "interupsi":
      return { type: "requestInterruption", purpose: "clarification" };
    case "izin":
      return arg ? { type: "allowInterruption", requestNo: Number(arg), seconds: 120 } : undefined;
    case "tolakint":
      return arg ? { type: "refuseInterruption", requestNo: Number(arg) } : undefined;
    case "tegur":
      return speaker ? { type: "warnImproperWords", person: speaker } : undefined;
    case "larang":
      return speaker ? { type: "forbidSpeech", person: speaker } : undefined;
    case "usir":
      return speaker ? { type: "askToLeave", person: speaker } : undefined;
    case "vote":
      return arg ? { type: "castVote", choice: arg } : undefined;
    case "vf": {
      const [member, choice] = (arg ?? "").split(".");
      return member && choice ? { type: "castVote", choice, member } : undefined;
    }
    case "tutupvote":
      return { type: "closeVote" };
    case "tutup":
      return { type: "close" };
    default:
      return undefined;
  }
}

async function councilOf(ctx: BotContext): Promise<StoredCouncil | undefined> {
  return ctx.chat ? ctx.services.store.council.byChat(ctx.chat.id) : undefined;
}

async function run(ctx: BotContext, stored: StoredCouncil, command: SessionCommandInput): Promise<Applied> {
  const { store, clock } = ctx.services;
  return applyInUpdate(store, ctx.update.update_id, stored, command, { actor: { kind: "user", telegramUserId: ctx.from!.id }, now: ctx.now });
}

/** After a typed command: the board changes in place; a new message only for a refusal or an event needing attention. */
async function report(ctx: BotContext, stored: StoredCouncil, applied: Applied): Promise<void> {
  if (!applied.ok) return void (await ctx.reply(refusalText(applied.rejection)));
  const texts = notices(stored, applied);
  if (texts.length) await sendNotices(ctx, applied, texts);
  await refreshBoard(ctx, stored, applied.sessionId, applied.state, movesBoard(applied));
}

/** The board is sent anew, below the notice, when members must act on it now: the opening and a vote. */
function movesBoard(applied: Extract<Applied, { ok: true }>): boolean {
  return applied.events.some((e) => e.type === "voteStarted" || e.type === "sessionOpened");
}

async function sendNotices(ctx: BotContext, applied: Extract<Applied, { ok: true }>, texts: string[]): Promise<void> {
  const request = applied.events.find((e) => e.type === "interruptionRequested");
  if (request && request.type === "interruptionRequested") {
    const no = request.payload.requestNo;
    await ctx.reply(texts.join("\n"), keyboard([button("Izinkan", councilData(applied.sessionId, "izin", no)), button("Tolak", councilData(applied.sessionId, "tolakint", no))]));
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
    "Anggota tanpa Telegram dapat dihadirkan oleh pimpinan rapat:",
    keyboard(absent.map((m) => button(`Hadir: ${m.name}`, councilData(applied.sessionId!, "hm", m.id)))),
  );
}

/** Edits the session's board in place; sends it anew (and remembers it) when there is none or it cannot be edited. */
async function refreshBoard(ctx: BotContext, stored: StoredCouncil, sessionId: number, state: SessionState, fresh = false): Promise<void> {
  const { store, clock } = ctx.services;
  const text = boardText(stored.council, state, RULES, ctx.now.setZone(stored.council.zone));
  const markup = boardKeyboard(sessionId, state);
  const session = await store.council.session(sessionId);
  if (session?.boardMessageId && fresh) {
    // The board moves to the bottom of the chat; the old copy loses its buttons.
    await ctx.telegram.editMessageReplyMarkup(stored.chatId, session.boardMessageId, undefined, { inline_keyboard: [] }).catch(() => undefined);
  }
  if (session?.boardMessageId && !fresh) {
    try {
      await ctx.telegram.editMessageText(stored.chatId, session.boardMessageId, undefined, text, markup ? markup : { reply_markup: { inline_keyboard: [] } });
      return;
    } catch (error) {
      const description = (error as { description?: string }).description ?? "";
      if (description.includes("message is not modified")) return;
      ctx.services.logger.debug({ err: error }, "board edit failed; sending a new board");
    }
  }
  const sent = await ctx.telegram.sendMessage(stored.chatId, text, markup);
  await store.council.setBoardMessage(sessionId, sent.message_id);
}

async function bpd(ctx: BotContext, payload: string): Promise<void> {
  const stored = await councilOf(ctx);
  if (stored) return void (await ctx.reply(rosterText(stored), rosterKeyboard(ctx, stored)));
  if (!payload) {
    return void (await ctx.reply(
      `Grup ini belum terhubung dengan BPD. Ketua BPD mendaftarkannya dengan satu pesan:\n\n${SETUP_EXAMPLE}\n\n` +
        "Ketua: dan Wakil: memuat nama dan tahun lahir (Pasal 13 ayat (2), Pasal 16); Anggota: juga bidangnya — Pemerintahan, Pembangunan atau Kemasyarakatan (Pasal 21-22). Pengirim pesan dihubungkan sebagai Ketua.",
    ));
  }
  const zone = ctx.services.timeZone;
  const parsed = parseCouncilSetup(payload, zone);
  if (!parsed.ok) return void (await ctx.reply(parsed.error));
  const now = ctx.now.setZone(zone);
  const valid = validateCouncil(parsed.input, { asOf: now, rules: RULES });
  if (!valid.ok) return void (await ctx.reply(`Data BPD belum dapat disimpan: ${refusalText(valid)}`));
  const chair = councilChair(valid.value.council);
  if (!chair) return void (await ctx.reply("Sebutkan Ketua BPD (baris “Ketua: Nama, tahun lahir”); pengirim pesan dihubungkan sebagai Ketua (Pasal 14)."));
  const council = { ...valid.value.council, members: valid.value.council.members.map((m) => (m.id === chair.id ? { ...m, telegramUserId: ctx.from!.id } : m)) };
  const chatId = ctx.chat!.id;
  await ctx.services.store.updates.inUpdate(ctx.update.update_id, (tx) => ctx.services.store.council.create(tx, chatId, council, ctx.from!.id, now.toJSDate()));
  const created = (await councilOf(ctx))!;
  const warnings = valid.value.warnings.map((w) => `⚠️ Anggota tiap bidang sebaiknya sama banyak (${w.citation.article}).`);
  await ctx.reply([`✅ BPD ${council.village} tersimpan (${RULES.regulation}).`, ...warnings, "", rosterText(created), "", "Anggota lain menghubungkan akunnya dengan /gabung."].join("\n"));
}

function rosterText(stored: StoredCouncil): string {
  const { council } = stored;
  const lines = [`BPD ${council.village} — ${council.members.length} anggota (${RULES.regulation}):`];
  for (const m of council.members) {
    const what = m.commission ? `${ROLE_NAMES[m.role]}, Bidang ${COMMISSION_NAMES[m.commission]}` : ROLE_NAMES[m.role];
    lines.push(`• ${m.name} (${what}, ${m.birthYear}) — ${m.telegramUserId === null ? "belum terhubung" : "✅ terhubung"}`);
  }
  if (council.secretary) lines.push(`Sekretaris: ${council.secretary.name} (tanpa hak suara)`);
  return lines.join("\n");
}

function rosterKeyboard(ctx: BotContext, stored: StoredCouncil) {
  const chair = councilChair(stored.council);
  if (!chair || chair.telegramUserId !== ctx.from?.id) return undefined;
  const linked = stored.council.members.filter((m) => m.telegramUserId !== null && m.id !== chair.id);
  return linked.length ? keyboard(linked.map((m) => button(`Lepas: ${m.name}`, councilData(0, "unlink", m.id)))) : undefined;
}

async function linkAction(ctx: BotContext, stored: StoredCouncil, action: "link" | "unlink", memberId: string): Promise<void> {
  const { store, clock } = ctx.services;
  const target = findMember(stored.council, memberId);
  if (!target) return void (await ctx.answerCbQuery("Nama itu tidak ada dalam daftar BPD.", { show_alert: true }));
  const by = ctx.from!.id;
  const at = ctx.now.toJSDate();
  if (action === "link") {
    const own = memberByTelegramUser(stored.council, by);
    if (own) return void (await ctx.answerCbQuery(`Akun Anda sudah terhubung dengan ${own.name}.`, { show_alert: true }));
    if (target.telegramUserId !== null) return void (await ctx.answerCbQuery(`${target.name} sudah terhubung dengan akun lain. Minta Ketua melepasnya bila keliru.`, { show_alert: true }));
    await store.updates.inUpdate(ctx.update.update_id, (tx) => store.council.link(tx, stored.id, memberId, by, by, at));
    await ctx.answerCbQuery(`Akun Anda terhubung dengan ${target.name}.`);
    await ctx.reply(`✅ ${ctx.from!.first_name} terhubung sebagai ${target.name}.`);
    return;
  }
  if (councilChair(stored.council)?.telegramUserId !== by) return void (await ctx.answerCbQuery("Hanya Ketua BPD yang dapat melepas hubungan akun (Pasal 14).", { show_alert: true }));
  const done = await store.updates.inUpdate(ctx.update.update_id, (tx) => store.council.unlink(tx, stored.id, memberId, by, at));
  await ctx.answerCbQuery(done ? `Hubungan akun ${target.name} dilepas.` : `${target.name} tidak terhubung.`);
  if (done) await ctx.reply(`Hubungan akun ${target.name} dilepas oleh Ketua.`);
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
  if (!me) return [...common, { usage: "/gabung", id: "hubungkan akun Anda dengan nama Anda", en: "link your account to your name" }];
  const member: CommandHelp[] = [
    { usage: "/hadir", id: "isi daftar hadir", en: "sign in" },
    { usage: "/keluar", id: "beri tahu pimpinan Anda meninggalkan rapat", en: "tell the chair you are leaving" },
    { usage: "/bicara", id: "daftar sebagai pembicara", en: "register to speak" },
    { usage: "/interupsi", id: "minta interupsi", en: "ask to interrupt" },
  ];
  if (me.role !== "chair" && me.role !== "viceChair") return [...common, ...member];
  return [
    ...common,
    ...member,
    { usage: "/sidang", id: "jadwalkan rapat", en: "schedule a session" },
    { usage: "/buka", id: "buka rapat (perlu kuorum)", en: "open the session (needs quorum)" },
    { usage: "/tunda [JJ:MM]", id: "tunda rapat", en: "postpone" },
    { usage: "/acara N", id: "mulai acara", en: "start an agenda item" },
    { usage: "/daftar, /tutupdaftar", id: "buka/tutup pendaftaran pembicara", en: "open/close speaker registration" },
    { usage: "/lantai", id: "beri lantai kepada pembicara berikutnya", en: "give the floor" },
    { usage: "/voting USUL", id: "mulai pemungutan suara", en: "start a vote" },
    { usage: "/tutupvoting", id: "tutup pemungutan suara", en: "close the vote" },
    { usage: "/suara", id: "catat suara anggota tanpa Telegram", en: "record votes of members without Telegram" },
    { usage: "/skors JJ:MM, /lanjut", id: "skors dan lanjutkan rapat", en: "suspend and resume" },
    { usage: "/tutup", id: "tutup rapat", en: "close the session" },
  ];
}
