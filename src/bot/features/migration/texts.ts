import type { DateTime } from "luxon";
import { ROLE_RULES, type RoleRuleKey } from "../../../domain/migration/bangli-56-2011-rules.ts";
import type { RunErrorCode } from "../../../domain/migration/engine.ts";
import { reject, type Rejection } from "../../../domain/shared/rejection.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import type { OrgRole } from "../../../domain/migration/roles.ts";
import type { Language } from "../../../store/chat-settings.ts";
import type { BotContext } from "../../context.ts";

/** Whatever picks the wording: the update's context, or a chat the bot writes to on its own. */
export type Speaker = Pick<BotContext, "say" | "language">;

export function speakerFor(language: Language): Speaker {
  return { language, say: (id: string, en: string) => (language === "en" ? en : id) };
}

/** The migration feature's wording: Indonesian first, English second; every refusal names its rule. */

export const REGULATION = "Perbup Bangli 56/2011";

export function roleName(ctx: Speaker, role: OrgRole | "admin"): string {
  switch (role) {
    case "technician":
      return ctx.say("teknisi (pengelola TIK SKPD)", "technician (agency IT staff)");
    case "agencyHead":
      return ctx.say("kepala SKPD", "agency head");
    case "supportTeam":
      return ctx.say("anggota TPP-SI", "TPP-SI member");
    case "admin":
      return ctx.say("admin DishubKominfo", "DishubKominfo admin");
  }
}

export function dateTime(time: DateTime): string {
  return time.toFormat("dd-MM-yyyy HH:mm");
}

export function date(time: DateTime): string {
  return time.toFormat("dd-MM-yyyy");
}

function ruleLine(ctx: Speaker, rule: RoleRuleKey): string {
  const entry = ROLE_RULES[rule];
  return ctx.say(`Aturan: ${entry.id} (${formatCitation(entry.citation)}).`, `Rule: ${entry.en} (${formatCitation(entry.citation)}).`);
}

/** A refusal from the roles check, with what to do next. */
export function permissionRefusal(ctx: Speaker, rejection: Rejection): string {
  const rule = String(rejection.params.rule ?? "technician") as RoleRuleKey;
  const agency = String(rejection.params.agency ?? "");
  const head = (() => {
    switch (rejection.code) {
      case "NOT_TECHNICIAN":
        return ctx.say(
          "⛔ Hanya teknisi (pengelola TIK SKPD) yang terdaftar yang dapat menjalankan langkah migrasi. Minta kode gabung teknisi kepada admin DishubKominfo, lalu kirim /gabung KODE di chat pribadi dengan saya.",
          "⛔ Only registered technicians (agency IT staff) can run migration steps. Ask a DishubKominfo admin for the technician join code, then send /gabung CODE to me in private.",
        );
      case "NOT_QUALIFIED":
        return ctx.say(
          "⛔ Sebelum menjalankan migrasi, konfirmasi dulu Kualifikasi Personil SOP dengan /kualifikasi.",
          "⛔ Before migrating, confirm the SOP's staff qualifications with /kualifikasi.",
        );
      case "OTHER_AGENCY":
        return ctx.say(
          `⛔ Ini milik SKPD lain. Anda terdaftar di SKPD ${agency} dan hanya dapat melihat serta mengerjakan PC SKPD itu.`,
          `⛔ This belongs to another agency. You are registered with ${agency} and can only see and work on its PCs.`,
        );
      case "NOT_AGENCY_MEMBER":
        return ctx.say(
          "⛔ Anda belum terdaftar di SKPD mana pun. Minta kode gabung kepada admin DishubKominfo, lalu kirim /gabung KODE di chat pribadi.",
          "⛔ You are not registered with any agency. Ask a DishubKominfo admin for a join code, then send /gabung CODE in private.",
        );
      case "NOT_SUPPORT_TEAM":
        return ctx.say("⛔ Hanya anggota TPP-SI (atau admin DishubKominfo) yang dapat melakukan ini.", "⛔ Only TPP-SI members (or DishubKominfo admins) can do this.");
      case "NOT_HEAD":
        return ctx.say("⛔ Laporan 6 bulanan SKPD dibuat dan dikirim oleh kepala SKPD.", "⛔ The agency's 6-monthly report is made and sent by the agency head.");
      case "NOT_ADMIN":
        return ctx.say("⛔ Hanya admin DishubKominfo yang dapat melakukan ini.", "⛔ Only DishubKominfo admins can do this.");
      default:
        return ctx.say("⛔ Anda tidak berwenang melakukan ini.", "⛔ You are not allowed to do this.");
    }
  })();
  return `${head}\n${ruleLine(ctx, rule)}`;
}

/** Why a typed value was not accepted, and how to type it. */
export function fieldError(ctx: Speaker, code: string, params: Readonly<Record<string, string | number>>): string {
  switch (code) {
    case "EMPTY":
      return ctx.say("Jawabannya kosong. Silakan ketik lagi.", "The answer is empty. Please type it again.");
    case "TOO_SHORT":
      return ctx.say(`Terlalu singkat: tulis minimal ${params.min} karakter.`, `Too short: at least ${params.min} characters.`);
    case "TOO_LONG":
      return ctx.say(`Terlalu panjang: paling banyak ${params.max} karakter.`, `Too long: at most ${params.max} characters.`);
    case "NOT_A_NAME":
      return ctx.say("Itu tidak tampak seperti nama orang. Ketik nama lengkapnya.", "That does not look like a person's name. Type the full name.");
    case "NOT_A_NUMBER":
      return ctx.say("Itu bukan angka. Ketik angka, misalnya 4 GB atau 2048 MB.", "That is not a number. Type a number, e.g. 4 GB or 2048 MB.");
    case "NOT_WHOLE":
      return ctx.say("Ketik bilangan bulat.", "Type a whole number.");
    case "OUT_OF_RANGE":
      return ctx.say(`Di luar batas yang masuk akal (${params.min}–${params.max}).`, `Outside the sensible range (${params.min}–${params.max}).`);
    case "UNKNOWN_UNIT":
      return ctx.say(`Satuan «${params.unit}» tidak dikenal. Pakai MB, GB atau TB.`, `Unknown unit «${params.unit}». Use MB, GB or TB.`);
    case "NOT_IPV4":
      return ctx.say("Itu bukan alamat IPv4. Contoh: 192.168.1.25.", "That is not an IPv4 address. Example: 192.168.1.25.");
    case "NOT_AN_OPTION":
    case "NOT_YES_NO":
    case "MUST_CONFIRM":
      return ctx.say("Silakan jawab dengan salah satu tombol.", "Please answer with one of the buttons.");
    case "NOT_OPTIONAL":
      return ctx.say("Isian ini wajib diisi.", "This answer is required.");
    case "NOTE_REQUIRED":
      return ctx.say("Tulis catatan singkat (minimal 3 karakter).", "Write a short note (at least 3 characters).");
    default:
      return ctx.say("Jawaban tidak dapat diterima. Silakan coba lagi.", "That answer cannot be accepted. Please try again.");
  }
}

/** Why the engine refused a command on a run. */
export function runError(ctx: Speaker, code: RunErrorCode | string, params: Readonly<Record<string, string | number>>): string {
  switch (code) {
    case "NOT_IN_PROGRESS":
      return ctx.say("Migrasi PC ini tidak sedang berjalan (ditunda, di TPP-SI, atau sudah selesai).", "This PC's migration is not running (on hold, with TPP-SI, or finished).");
    case "NOT_ON_HOLD":
      return ctx.say("Migrasi PC ini tidak sedang ditunda.", "This PC's migration is not on hold.");
    case "NOT_ESCALATED":
      return ctx.say("PC ini tidak sedang diteruskan ke TPP-SI.", "This PC is not with TPP-SI.");
    case "ALREADY_TAKEN_OVER":
      return ctx.say(`Sudah diambil alih oleh ${params.by}.`, `Already taken over by ${params.by}.`);
    case "NOT_TAKEN_OVER":
      return ctx.say("Ambil alih dulu permasalahan ini.", "Take the problem over first.");
    case "NOT_ASKING_FIELD":
    case "NOT_ASKING_CHOICE":
    case "NO_SUCH_ANSWER":
      return ctx.say("Langkah ini menunggu jawaban lain. Lihat pertanyaan terbaru di bawah.", "This step expects another answer. See the latest question below.");
    case "NO_PREVIOUS":
      return ctx.say("Belum ada jawaban sebelumnya untuk isian ini.", "There is no earlier answer for this item.");
    case "MISSING_SETTING":
      return ctx.say(`Pengaturan distro belum lengkap (${params.setting}).`, `The distribution settings are incomplete (${params.setting}).`);
    default:
      return fieldError(ctx, code, params);
  }
}

export function statusName(ctx: Speaker, status: string): string {
  switch (status) {
    case "inProgress":
      return ctx.say("dalam proses", "in progress");
    case "onHold":
      return ctx.say("ditunda (pending)", "on hold (pending)");
    case "escalated":
      return ctx.say("di TPP-SI", "with TPP-SI");
    case "done":
      return ctx.say("selesai", "done");
    case "unsuitable":
      return ctx.say("tidak memenuhi syarat", "unsuitable");
    default:
      return status;
  }
}

export const privateOnly = (ctx: Speaker) =>
  ctx.say(
    "Perintah ini hanya di chat pribadi dengan saya, supaya data PC dan kode tidak terlihat di grup.",
    "This command works only in a private chat with me, so PC data and codes stay out of groups.",
  );

/** For people with no agency role at all. */
export const NOT_AGENCY_MEMBER: Rejection = reject("NOT_AGENCY_MEMBER", { rule: "ownAgency" }, ROLE_RULES.ownAgency.citation);
