import type { InlineKeyboardButton } from "telegraf/types";
import { QUALIFICATIONS, ROLE_RULES } from "../../../domain/migration/bangli-56-2011-rules.ts";
import { AGREED_DISTRIBUTION_CITATION, parseDistribution, runSettings, type Distribution } from "../../../domain/migration/distribution.ts";
import { formatJoinCode, normalizeJoinCode } from "../../../domain/migration/join-code.ts";
import { agencyOf, authorize, type OrgRole } from "../../../domain/migration/roles.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { reject } from "../../../domain/shared/rejection.ts";
import type { BotContext } from "../../context.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { displayName, isPrivate, notice, now, personOf, replyView, showView } from "./common.ts";
import { ensureReminderScheduled } from "./reminders.ts";
import { clip } from "./run-view.ts";
import { distributionSetting, SETTING_KEYS } from "./settings.ts";
import { NOT_AGENCY_MEMBER, permissionRefusal, privateOnly, roleName } from "./texts.ts";

/**
 * The organisation: DishubKominfo's admins register agencies, hand out join codes, register the TPP-SI group and
 * the Bupati's office chat, and set the agreed distribution; people join with a code in private chat; technicians
 * confirm the SOP's staff qualifications once.
 */

const NAME_PATTERN = /^[\p{L}\p{N} .,&()'/-]{3,80}$/u;

async function requireAdmin(ctx: BotContext): Promise<boolean> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "administer" });
  if (permission.ok) return true;
  await notice(ctx, permissionRefusal(ctx, permission), true);
  return false;
}

function codesText(ctx: BotContext, agencyName: string, technicianCode: string, headCode: string): string {
  return ctx.say(
    `Kode gabung SKPD ${agencyName} (bagikan lewat jalur pribadi, bukan di grup):\n• Teknisi (pengelola TIK): ${formatJoinCode(technicianCode)}\n• Kepala SKPD: ${formatJoinCode(headCode)}\nCara bergabung: kirim /gabung KODE kepada saya di chat pribadi.`,
    `Join codes for ${agencyName} (share them privately, not in a group):\n• Technician: ${formatJoinCode(technicianCode)}\n• Agency head: ${formatJoinCode(headCode)}\nTo join: send /gabung CODE to me in private.`,
  );
}

/** /skpd_baru NAMA: registers an agency (SKPD) and makes its two join codes. */
export async function registerAgency(ctx: BotContext, payload: string): Promise<void> {
  if (!isPrivate(ctx)) return void (await ctx.reply(privateOnly(ctx)));
  if (!(await requireAdmin(ctx))) return;
  const name = payload.replace(/\s+/g, " ").trim();
  if (!NAME_PATTERN.test(name)) {
    return void (await ctx.reply(ctx.say("Tulis nama SKPD (3–80 huruf), misalnya: /skpd_baru Dinas Kesehatan", "Give the agency's name (3–80 letters), e.g. /skpd_baru Dinas Kesehatan")));
  }
  const { store } = ctx.services;
  const at = now(ctx);
  const by = ctx.from!.id;
  const created = await store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    const agency = await store.migration.organisation.createAgency(tx, name, by, at.toJSDate());
    if (!agency) return undefined;
    const technician = await store.migration.organisation.newJoinCode(tx, "technician", agency.id, by, at.toJSDate());
    const head = await store.migration.organisation.newJoinCode(tx, "agencyHead", agency.id, by, at.toJSDate());
    await ensureReminderScheduled(tx, store, at);
    return { agency, technician, head };
  });
  if (!created) return void (await ctx.reply(ctx.say(`SKPD «${name}» sudah terdaftar. Lihat dengan /skpd.`, `«${name}» is already registered. See /skpd.`)));
  await ctx.reply(`✅ ${ctx.say(`SKPD ${created.agency.name} terdaftar.`, `${created.agency.name} registered.`)}\n\n${codesText(ctx, created.agency.name, created.technician, created.head)}`);
}

/** /kode_baru NAMA: revokes an agency's codes (e.g. seen by the wrong people) and makes new ones. */
export async function renewAgencyCodes(ctx: BotContext, payload: string): Promise<void> {
  if (!isPrivate(ctx)) return void (await ctx.reply(privateOnly(ctx)));
  if (!(await requireAdmin(ctx))) return;
  const { store } = ctx.services;
  const lookup = await store.migration.organisation.findAgency(payload.trim());
  if (lookup.kind !== "found") return void (await ctx.reply(agencyNotFound(ctx, payload, lookup.kind === "suggest" ? lookup.agencies.map((agency) => agency.name) : [])));
  const at = now(ctx).toJSDate();
  const codes = await store.updates.inUpdate(ctx.update.update_id, async (tx) => ({
    technician: await store.migration.organisation.newJoinCode(tx, "technician", lookup.agency.id, ctx.from!.id, at),
    head: await store.migration.organisation.newJoinCode(tx, "agencyHead", lookup.agency.id, ctx.from!.id, at),
  }));
  await ctx.reply(`${ctx.say("Kode lama tidak berlaku lagi.", "The old codes no longer work.")}\n\n${codesText(ctx, lookup.agency.name, codes.technician, codes.head)}`);
}

function agencyNotFound(ctx: BotContext, name: string, suggestions: readonly string[]): string {
  const base = ctx.say(`SKPD «${name.slice(0, 80)}» tidak ditemukan.`, `Agency «${name.slice(0, 80)}» not found.`);
  return suggestions.length > 0 ? `${base} ${ctx.say("Maksud Anda", "Did you mean")}: ${suggestions.join(", ")}?` : `${base} ${ctx.say("Lihat daftar dengan /skpd.", "See the list with /skpd.")}`;
}

/** /skpd: admins see every agency; others see their own. */
export async function listAgencies(ctx: BotContext, payload: string): Promise<void> {
  const { store } = ctx.services;
  const person = await personOf(ctx);
  if (!person.isAdmin) {
    const agency = agencyOf(person);
    if (!agency) return void (await ctx.reply(permissionRefusal(ctx, NOT_AGENCY_MEMBER)));
    return agencyDetail(ctx, agency.id);
  }
  if (payload.trim()) {
    const lookup = await store.migration.organisation.findAgency(payload.trim());
    if (lookup.kind === "found") return agencyDetail(ctx, lookup.agency.id);
    return void (await ctx.reply(agencyNotFound(ctx, payload, lookup.kind === "suggest" ? lookup.agencies.map((agency) => agency.name) : [])));
  }
  const agencies = await store.migration.organisation.agencies();
  if (agencies.length === 0) return void (await ctx.reply(ctx.say("Belum ada SKPD terdaftar. Daftarkan dengan /skpd_baru NAMA.", "No agency registered yet. Register one with /skpd_baru NAME.")));
  const buttons: InlineKeyboardButton[][] = agencies.slice(0, 40).map((agency) => [button(agency.name.slice(0, 60), migrationData.agencyDetail(agency.id))]);
  await replyView(ctx, { text: ctx.say(`SKPD terdaftar (${agencies.length}):`, `Registered agencies (${agencies.length}):`), buttons });
}

/** One agency: its people (with a button to remove each, for admins) and, for admins, its join codes. */
export async function agencyDetail(ctx: BotContext, agencyId: number): Promise<void> {
  const { store } = ctx.services;
  const person = await personOf(ctx);
  const allowed = authorize(person, { kind: "viewAgency", agencyId });
  if (!allowed.ok) return notice(ctx, permissionRefusal(ctx, allowed), true);
  const agency = await store.migration.organisation.agency(agencyId);
  if (!agency) return notice(ctx, ctx.say("SKPD ini tidak ditemukan.", "This agency was not found."), true);
  const members = await store.migration.organisation.members(agencyId);
  const lines = members.map((member) => {
    const qualified = member.role === "technician" ? (member.qualifiedAt ? " ✓" : ctx.say(" (kualifikasi belum dikonfirmasi)", " (qualifications not confirmed)")) : "";
    return `• ${member.name} — ${roleName(ctx, member.role)}${qualified}`;
  });
  const buttons: InlineKeyboardButton[][] = [];
  let codes = "";
  if (person.isAdmin && isPrivate(ctx)) {
    const current = (await store.migration.organisation.currentCodes()).filter((code) => code.agencyId === agencyId);
    const technician = current.find((code) => code.role === "technician");
    const head = current.find((code) => code.role === "agencyHead");
    if (technician && head) codes = `\n\n${codesText(ctx, agency.name, technician.code, head.code)}`;
    for (const member of members) buttons.push([button(ctx.say(`Cabut ${member.name} (${roleName(ctx, member.role)})`, `Remove ${member.name} (${roleName(ctx, member.role)})`).slice(0, 60), migrationData.removeMember(member.id))]);
  }
  const text = [ctx.say(`🏢 SKPD ${agency.name}`, `🏢 ${agency.name}`), members.length > 0 ? lines.join("\n") : ctx.say("Belum ada anggota.", "No members yet.")].join("\n") + codes;
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  await replyView(ctx, { text: clip(text), buttons });
}

/** Admin: removes a person's role (e.g. someone joined with the wrong code). Their past answers stay in the logs. */
export async function removeMember(ctx: BotContext, memberId: number): Promise<void> {
  if (!(await requireAdmin(ctx))) return;
  const { store } = ctx.services;
  const member = await store.migration.organisation.member(memberId);
  if (!member) return notice(ctx, ctx.say("Anggota ini sudah tidak terdaftar.", "This member is no longer registered."), true);
  await store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    await store.migration.organisation.removeMember(tx, memberId);
    await store.migration.prompts.clear(tx, member.userId, member.userId);
  });
  await ctx.answerCbQuery(ctx.say("Dicabut.", "Removed."));
  await ctx.reply(ctx.say(`${member.name} tidak lagi terdaftar sebagai ${roleName(ctx, member.role)}. Jawaban yang pernah diberikannya tetap tercatat.`, `${member.name} is no longer registered as ${roleName(ctx, member.role)}. Their past answers stay recorded.`));
}

/** /kode_tppsi: the join code for TPP-SI members. */
export async function supportTeamCode(ctx: BotContext): Promise<void> {
  if (!isPrivate(ctx)) return void (await ctx.reply(privateOnly(ctx)));
  if (!(await requireAdmin(ctx))) return;
  const { store } = ctx.services;
  const code = await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.organisation.joinCode(tx, "supportTeam", null, ctx.from!.id, now(ctx).toJSDate()));
  await ctx.reply(
    ctx.say(
      `Kode gabung anggota TPP-SI: ${formatJoinCode(code)}\nAnggota TPP-SI mengirim /gabung KODE kepada saya di chat pribadi. Daftarkan juga grup TPP-SI: jalankan /grup_tppsi di grup itu.`,
      `TPP-SI member join code: ${formatJoinCode(code)}\nMembers send /gabung CODE to me in private. Register the TPP-SI group too: run /grup_tppsi in it.`,
    ),
  );
}

/** /grup_tppsi (in the group): escalations are announced here. */
export async function registerChat(ctx: BotContext, which: "supportChat" | "bupatiChat"): Promise<void> {
  if (!(await requireAdmin(ctx))) return;
  if (which === "supportChat" && isPrivate(ctx)) {
    return void (await ctx.reply(ctx.say("Jalankan /grup_tppsi di grup TPP-SI, bukan di chat pribadi.", "Run /grup_tppsi in the TPP-SI group, not in private.")));
  }
  const chat = ctx.chat!;
  const title = "title" in chat ? chat.title : displayName(ctx.from);
  const { store } = ctx.services;
  await store.updates.inUpdate(ctx.update.update_id, (tx) =>
    store.migration.organisation.setSetting(tx, SETTING_KEYS[which], { chatId: chat.id, title }, ctx.from!.id, now(ctx).toJSDate()),
  );
  await ctx.reply(
    which === "supportChat"
      ? ctx.say(
          `✅ Grup «${title}» terdaftar sebagai grup TPP-SI. Permasalahan yang tidak dapat diselesaikan teknisi SKPD akan diteruskan ke sini lengkap dengan Form 1 dan Form 2 (Lampiran angka 2 huruf c langkah 8, 10, 12, 14).`,
          `✅ «${title}» is now the TPP-SI group. Problems agency technicians cannot solve will be passed here with Form 1 and Form 2.`,
        )
      : ctx.say(
          `✅ Chat «${title}» terdaftar sebagai penerima rekapitulasi laporan migrasi untuk Bupati (Pasal 16 ayat (4)).`,
          `✅ «${title}» now receives the migration recap for the Bupati (Pasal 16(4)).`,
        ),
  );
}

/** /distro: shows, or (admins) sets, the agreed distribution and its hardware requirements. */
export async function distribution(ctx: BotContext, payload: string): Promise<void> {
  const current = await distributionSetting(ctx);
  if (!payload.trim()) {
    const text = current
      ? describeDistribution(ctx, current)
      : ctx.say("Distro yang disepakati belum ditetapkan.", "No agreed distribution is set.");
    const person = await personOf(ctx);
    const usage = person.isAdmin
      ? `\n\n${ctx.say("Ubah dengan:", "Change it with:")} /distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya`
      : "";
    return void (await ctx.reply(text + usage));
  }
  if (!(await requireAdmin(ctx))) return;
  const parsed = parseDistribution(payload);
  if (!parsed.ok) {
    return void (await ctx.reply(
      ctx.say(
        `Format tidak dikenali (${parsed.code}${parsed.params.part ? `: ${parsed.params.part}` : ""}). Contoh:\n/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya`,
        `Not understood (${parsed.code}). Example:\n/distro Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya`,
      ),
    ));
  }
  const { store } = ctx.services;
  await store.updates.inUpdate(ctx.update.update_id, (tx) =>
    store.migration.organisation.setSetting(tx, SETTING_KEYS.distribution, parsed.value, ctx.from!.id, now(ctx).toJSDate()),
  );
  await ctx.reply(`✅ ${describeDistribution(ctx, parsed.value)}\n${ctx.say("Berlaku untuk migrasi yang dimulai sejak sekarang; migrasi yang sedang berjalan tetap memakai persyaratan saat dimulai.", "Applies to migrations started from now; those under way keep the requirements they started with.")}`);
}

function describeDistribution(ctx: BotContext, value: Distribution): string {
  const settings = runSettings(value);
  const floor = settings.minRamMb !== value.minRamMb ? ctx.say(" (dinaikkan ke minimum SOP 256 MB)", " (raised to the SOP minimum of 256 MB)") : "";
  return ctx.say(
    `Distro yang disepakati (${formatCitation(AGREED_DISTRIBUTION_CITATION)}): ${value.name}\n• Prosesor: ${value.cpuRequirement} (minimal setara Pentium IV)\n• RAM minimal: ${settings.minRamMb} MB${floor}\n• Disk minimal: ${value.minDiskGb} GB\n• Live CD: ${value.liveCd ? "ya" : "tidak (langkah 6 dilewati)"}`,
    `Agreed distribution: ${value.name}\n• Processor: ${value.cpuRequirement} (at least a Pentium IV)\n• Minimum RAM: ${settings.minRamMb} MB${floor}\n• Minimum disk: ${value.minDiskGb} GB\n• Live CD: ${value.liveCd ? "yes" : "no (step 6 skipped)"}`,
  );
}

/** /gabung KODE: takes the role the code is for. */
export async function join(ctx: BotContext, payload: string): Promise<void> {
  const { store } = ctx.services;
  const code = await store.migration.organisation.findJoinCode(payload);
  if (!isPrivate(ctx)) {
    // A code posted in a group is no longer secret: replace it so only the people it was meant for can use it.
    if (code) {
      await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.organisation.newJoinCode(tx, code.role, code.agencyId, ctx.from!.id, now(ctx).toJSDate()));
      return void (await ctx.reply(ctx.say("⚠️ Kode gabung hanya boleh dikirim di chat pribadi dengan saya. Kode ini sudah terlihat di grup, jadi saya ganti; minta kode baru kepada admin DishubKominfo.", "⚠️ Join codes belong in a private chat with me. This one was seen in a group, so I replaced it; ask a DishubKominfo admin for the new one.")));
    }
    return void (await ctx.reply(privateOnly(ctx)));
  }
  if (!normalizeJoinCode(payload)) return void (await ctx.reply(ctx.say("Kirim kode dari admin DishubKominfo, misalnya: /gabung K7QM-4RTP", "Send the code from a DishubKominfo admin, e.g. /gabung K7QM-4RTP")));
  if (!code) return void (await ctx.reply(ctx.say("Kode itu tidak berlaku. Periksa penulisannya, atau minta kode baru kepada admin DishubKominfo.", "That code is not valid. Check it, or ask a DishubKominfo admin for a new one.")));
  const person = await personOf(ctx);
  const current = agencyOf(person);
  if (code.agencyId !== null && current && current.id !== code.agencyId) {
    return void (await ctx.reply(ctx.say(`Anda sudah terdaftar di SKPD ${current.name}. Satu orang bekerja untuk satu SKPD; minta admin mencabut keanggotaan itu dulu.`, `You are already registered with ${current.name}. One person works for one agency; ask an admin to remove that membership first.`)));
  }
  const agency = code.agencyId === null ? undefined : await store.migration.organisation.agency(code.agencyId);
  await store.updates.inUpdate(ctx.update.update_id, (tx) =>
    store.migration.organisation.addMember(tx, { userId: person.id, name: person.name, role: code.role, agencyId: code.agencyId, at: now(ctx).toJSDate() }),
  );
  const where = agency ? ctx.say(` SKPD ${agency.name}`, ` of ${agency.name}`) : "";
  await ctx.reply(`✅ ${ctx.say(`Anda terdaftar sebagai ${roleName(ctx, code.role)}${where}.`, `You are registered as ${roleName(ctx, code.role)}${where}.`)}\n${nextSteps(ctx, code.role)}`);
  if (code.role === "technician" && !person.memberships.some((membership) => membership.role === "technician" && membership.qualifiedAt)) {
    await askQualification(ctx);
  }
}

function nextSteps(ctx: BotContext, role: OrgRole): string {
  switch (role) {
    case "technician":
      return ctx.say("Mulai migrasi PC dengan /migrasi setelah mengonfirmasi kualifikasi di bawah.", "Start migrating PCs with /migrasi after confirming the qualifications below.");
    case "agencyHead":
      return ctx.say("Lihat perkembangan migrasi SKPD dengan /progres dan buat laporan 6 bulanan dengan /laporan.", "See your agency's progress with /progres and make the 6-monthly report with /laporan.");
    case "supportTeam":
      return ctx.say("PC yang diteruskan ke TPP-SI tampil dengan /eskalasi; usulan pengecualian dengan /pengecualian.", "PCs passed to TPP-SI are listed with /eskalasi; exception proposals with /pengecualian.");
  }
}

/** Lampiran angka 1 huruf c: the three qualifications, confirmed once with one button. */
export async function askQualification(ctx: BotContext): Promise<void> {
  const items = QUALIFICATIONS.items.map((item, index) => `${index + 1}. ${ctx.say(item.id, item.en)}`).join("\n");
  await replyView(ctx, {
    text: ctx.say(
      `Kualifikasi Personil SOP migrasi OSS (${formatCitation(QUALIFICATIONS.citation)}):\n${items}\n\nKonfirmasikan bahwa Anda memenuhi ketiganya. Bila belum, ikuti pelatihan TPP-SI dulu (Pasal 11 dan Pasal 12 ayat (1)).`,
      `Staff qualifications of the OSS migration SOP (${formatCitation(QUALIFICATIONS.citation)}):\n${items}\n\nConfirm that you meet all three. If not, attend TPP-SI's training first (Pasal 11, Pasal 12(1)).`,
    ),
    buttons: [[button(ctx.say("✅ Saya memenuhi ketiganya", "✅ I meet all three"), migrationData.qualify())]],
  });
}

export async function confirmQualification(ctx: BotContext): Promise<void> {
  const person = await personOf(ctx);
  if (!person.memberships.some((membership) => membership.role === "technician")) {
    return notice(ctx, permissionRefusal(ctx, reject("NOT_TECHNICIAN", { rule: "technician" }, ROLE_RULES.technician.citation)), true);
  }
  const { store } = ctx.services;
  await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.organisation.confirmQualification(tx, person.id, now(ctx).toJSDate()));
  if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.say("Tercatat.", "Recorded."));
  await showView(ctx, {
    text: ctx.say(`✅ Kualifikasi Personil dikonfirmasi oleh ${person.name} (${formatCitation(QUALIFICATIONS.citation)}). Mulai dengan /migrasi.`, `✅ Qualifications confirmed by ${person.name}. Start with /migrasi.`),
    buttons: [],
  });
}

/** /peran: what the sender may do here. */
export async function myRoles(ctx: BotContext): Promise<void> {
  const person = await personOf(ctx);
  const lines = person.memberships.map((membership) => {
    const where = membership.agencyName ? ctx.say(` SKPD ${membership.agencyName}`, ` of ${membership.agencyName}`) : "";
    const qualified = membership.role === "technician" ? (membership.qualifiedAt ? ctx.say(" (kualifikasi dikonfirmasi)", " (qualified)") : ctx.say(" (kualifikasi belum dikonfirmasi: /kualifikasi)", " (qualifications not confirmed: /kualifikasi)")) : "";
    return `• ${roleName(ctx, membership.role)}${where}${qualified}`;
  });
  if (person.isAdmin) lines.unshift(`• ${roleName(ctx, "admin")}`);
  await ctx.reply(
    lines.length > 0
      ? [ctx.say("Peran Anda dalam migrasi OSS:", "Your roles in the OSS migration:"), ...lines].join("\n")
      : ctx.say("Anda belum punya peran dalam migrasi OSS. Minta kode gabung kepada admin DishubKominfo, lalu kirim /gabung KODE.", "You have no role in the OSS migration yet. Ask a DishubKominfo admin for a join code, then send /gabung CODE."),
  );
}
