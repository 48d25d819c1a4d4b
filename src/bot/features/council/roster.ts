import { councilChair, type Council } from "../../../domain/council/council.ts";
import { validateCouncil } from "../../../domain/council/council-setup.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { SECRETARY_ROSTER_ID, type StoredCouncil } from "../../../store/council/council-repository.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";
import { refusalText, say } from "./messages.ts";
import { RULES } from "./session-service.ts";
import { parseCouncilSetup, SETUP_EXAMPLE } from "./setup-parser.ts";

/**
 * The council of a group and its roster (Perbup Banjarnegara 962/2011 Pasal 13, 21-22): set-up by the chair, and each
 * member's Telegram account linked to their name, which the chair sees and can undo. Members without Telegram stay
 * on the roster and are recorded through the chair.
 */

const COMMISSION_NAMES: Record<string, string> = { government: "Pemerintahan", development: "Pembangunan", community: "Kemasyarakatan" };
const ROLE_NAMES: Record<string, readonly [string, string]> = { chair: ["Ketua", "Chair"], viceChair: ["Wakil Ketua", "Vice chair"], member: ["Anggota", "Member"] };

export async function councilOf(ctx: BotContext): Promise<StoredCouncil | undefined> {
  return ctx.chat ? ctx.services.store.council.byChat(ctx.chat.id) : undefined;
}

/** /gabung in the group: the names not linked yet, as buttons; a member presses their own. */
/** Who may link an account: the members, and the secretary, who keeps the lists and the risalah (Pasal 44, 56, 73). */
interface Linkable {
  readonly id: string;
  readonly name: string;
  readonly telegramUserId: number | null;
}

function linkables(council: Council): Linkable[] {
  const secretary = council.secretary ? [{ id: SECRETARY_ROSTER_ID, name: council.secretary.name, telegramUserId: council.secretary.telegramUserId }] : [];
  return [...council.members, ...secretary];
}

function linkedAs(council: Council, telegramUserId: number): Linkable | undefined {
  return linkables(council).find((l) => l.telegramUserId === telegramUserId);
}

export async function offerLinks(ctx: BotContext, stored: StoredCouncil): Promise<void> {
  const own = linkedAs(stored.council, ctx.from!.id);
  if (own) return void (await ctx.reply(ctx.say(`Akun Anda sudah terhubung dengan ${own.name}.`, `Your account is already linked to ${own.name}.`)));
  const open = linkables(stored.council).filter((m) => m.telegramUserId === null);
  if (open.length === 0) {
    return void (await ctx.reply(ctx.say("Semua nama dalam daftar BPD sudah terhubung dengan akun Telegram.", "Every name on the council's roster is already linked to a Telegram account.")));
  }
  const label = (m: Linkable) => (m.id === SECRETARY_ROSTER_ID ? ctx.say(`Sekretaris: ${m.name}`, `Secretary: ${m.name}`) : m.name);
  await ctx.reply(ctx.say("Pilih nama Anda dalam daftar BPD:", "Choose your name on the council's roster:"), keyboard(open.map((m) => button(label(m), councilData(0, "link", m.id)))));
}

export async function bpd(ctx: BotContext, payload: string): Promise<void> {
  const stored = await councilOf(ctx);
  if (stored) return void (await ctx.reply(rosterText(stored, ctx.language), rosterKeyboard(ctx, stored)));
  if (!payload) {
    return void (await ctx.reply(
      ctx.say(
        `Grup ini belum terhubung dengan BPD. Ketua BPD mendaftarkannya dengan satu pesan:\n\n${SETUP_EXAMPLE}\n\n` +
          "Ketua: dan Wakil: memuat nama dan tahun lahir (Pasal 13 ayat (2), Pasal 16); Anggota: juga bidangnya — Pemerintahan, Pembangunan atau Kemasyarakatan (Pasal 21-22). Pengirim pesan dihubungkan sebagai Ketua.",
        `This group is not linked to a council (BPD) yet. The chair registers it with one message:\n\n${SETUP_EXAMPLE}\n\n` +
          "Ketua: (chair) and Wakil: (vice chair) give the name and birth year (Pasal 13 ayat (2), Pasal 16); Anggota: (member) also the commission (bidang) — Pemerintahan, Pembangunan or Kemasyarakatan (Pasal 21-22). The sender is linked as the chair.",
      ),
    ));
  }
  const zone = ctx.services.timeZone;
  const parsed = parseCouncilSetup(payload, zone, ctx.language);
  if (!parsed.ok) return void (await ctx.reply(parsed.error));
  const now = ctx.now.setZone(zone);
  const valid = validateCouncil(parsed.input, { asOf: now, rules: RULES });
  if (!valid.ok) return void (await ctx.reply(ctx.say(`Data BPD belum dapat disimpan: ${refusalText(valid)}`, `The council could not be saved: ${refusalText(valid, "en")}`)));
  const chair = councilChair(valid.value.council);
  if (!chair) {
    return void (await ctx.reply(
      ctx.say(
        "Sebutkan Ketua BPD (baris “Ketua: Nama, tahun lahir”); pengirim pesan dihubungkan sebagai Ketua (Pasal 14).",
        "Name the chair (a line “Ketua: Name, birth year”); the sender is linked as the chair (Pasal 14).",
      ),
    ));
  }
  const council = { ...valid.value.council, members: valid.value.council.members.map((m) => (m.id === chair.id ? { ...m, telegramUserId: ctx.from!.id } : m)) };
  const chatId = ctx.chat!.id;
  await ctx.services.store.updates.inUpdate(ctx.update.update_id, (tx) => ctx.services.store.council.create(tx, chatId, council, ctx.from!.id, now.toJSDate()));
  const created = (await councilOf(ctx))!;
  const warnings = valid.value.warnings.map((w) =>
    ctx.say(`⚠️ Anggota tiap bidang sebaiknya sama banyak (${w.citation.article}).`, `⚠️ The commissions (bidang) should have as many members each (${w.citation.article}).`),
  );
  await ctx.reply(
    [
      ctx.say(`✅ BPD ${council.village} tersimpan (${RULES.regulation}).`, `✅ BPD ${council.village} saved (${RULES.regulation}).`),
      ...warnings,
      "",
      rosterText(created, ctx.language),
      "",
      ctx.say("Anggota lain menghubungkan akunnya dengan /gabung.", "The other members link their accounts with /gabung."),
    ].join("\n"),
  );
}

export function rosterText(stored: StoredCouncil, language: Language = "id"): string {
  const t = (id: string, en: string) => say(language, id, en);
  const { council } = stored;
  const lines = [t(`BPD ${council.village} — ${council.members.length} anggota (${RULES.regulation}):`, `BPD ${council.village} — ${council.members.length} members (${RULES.regulation}):`)];
  for (const m of council.members) {
    const role = say(language, ...ROLE_NAMES[m.role]!);
    const what = m.commission ? `${role}, Bidang ${COMMISSION_NAMES[m.commission]}` : role;
    lines.push(`• ${m.name} (${what}, ${m.birthYear}) — ${m.telegramUserId === null ? t("belum terhubung", "not linked") : t("✅ terhubung", "✅ linked")}`);
  }
  if (council.secretary) {
    const linked = council.secretary.telegramUserId !== null;
    lines.push(
      t(
        `Sekretaris: ${council.secretary.name} (tanpa hak suara) — ${linked ? "✅ terhubung" : "belum terhubung"}`,
        `Secretary: ${council.secretary.name} (no vote) — ${linked ? "✅ linked" : "not linked"}`,
      ),
    );
  }
  return lines.join("\n");
}

export function rosterKeyboard(ctx: BotContext, stored: StoredCouncil) {
  const chair = councilChair(stored.council);
  if (!chair || chair.telegramUserId !== ctx.from?.id) return undefined;
  const linked = linkables(stored.council).filter((m) => m.telegramUserId !== null && m.id !== chair.id);
  return linked.length ? keyboard(linked.map((m) => button(ctx.say(`Lepas: ${m.name}`, `Unlink: ${m.name}`), councilData(0, "unlink", m.id)))) : undefined;
}

export async function linkAction(ctx: BotContext, stored: StoredCouncil, action: "link" | "unlink", memberId: string): Promise<void> {
  const { store } = ctx.services;
  const target = linkables(stored.council).find((l) => l.id === memberId);
  if (!target) return void (await ctx.answerCbQuery(ctx.say("Nama itu tidak ada dalam daftar BPD.", "That name is not on the council's roster."), { show_alert: true }));
  const by = ctx.from!.id;
  const at = ctx.now.toJSDate();
  if (action === "link") {
    const own = linkedAs(stored.council, by);
    if (own) return void (await ctx.answerCbQuery(ctx.say(`Akun Anda sudah terhubung dengan ${own.name}.`, `Your account is already linked to ${own.name}.`), { show_alert: true }));
    if (target.telegramUserId !== null) {
      return void (await ctx.answerCbQuery(
        ctx.say(`${target.name} sudah terhubung dengan akun lain. Minta Ketua melepasnya bila keliru.`, `${target.name} is already linked to another account. Ask the chair to unlink it if that is wrong.`),
        { show_alert: true },
      ));
    }
    await store.updates.inUpdate(ctx.update.update_id, (tx) => store.council.link(tx, stored.id, memberId, by, by, at));
    await ctx.answerCbQuery(ctx.say(`Akun Anda terhubung dengan ${target.name}.`, `Your account is linked to ${target.name}.`));
    await ctx.reply(ctx.say(`✅ ${ctx.from!.first_name} terhubung sebagai ${target.name}.`, `✅ ${ctx.from!.first_name} is linked as ${target.name}.`));
    return;
  }
  if (councilChair(stored.council)?.telegramUserId !== by) {
    return void (await ctx.answerCbQuery(ctx.say("Hanya Ketua BPD yang dapat melepas hubungan akun (Pasal 14).", "Only the chair (Ketua BPD) can unlink an account (Pasal 14)."), { show_alert: true }));
  }
  const done = await store.updates.inUpdate(ctx.update.update_id, (tx) => store.council.unlink(tx, stored.id, memberId, by, at));
  await ctx.answerCbQuery(done ? ctx.say(`Hubungan akun ${target.name} dilepas.`, `${target.name}'s account is unlinked.`) : ctx.say(`${target.name} tidak terhubung.`, `${target.name} is not linked.`));
  if (done) await ctx.reply(ctx.say(`Hubungan akun ${target.name} dilepas oleh Ketua.`, `${target.name}'s account was unlinked by the chair.`));
}
