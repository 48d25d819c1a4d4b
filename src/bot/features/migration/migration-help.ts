import { isSupportTeam } from "../../../domain/migration/roles.ts";
import type { BotContext } from "../../context.ts";
import type { CommandHelp } from "../../feature.ts";
import { personOf } from "./common.ts";

export const MIGRATION_WELCOME = {
  id: "• Teknisi TIK SKPD: langkah demi langkah SOP migrasi PC ke open source software — Form 1, Form 2, eskalasi ke TPP-SI, pengecualian dan laporan 6 bulanan (Perbup Bangli 56/2011). Mulai dengan /gabung KODE dari DishubKominfo, lalu /migrasi.",
  en: "• Agency IT technicians: the OSS migration SOP step by step — Form 1, Form 2, escalation to TPP-SI, exceptions and 6-monthly reports (Perbup Bangli 56/2011). Start with /gabung CODE from DishubKominfo, then /migrasi.",
};

const EVERYONE: readonly CommandHelp[] = [
  { usage: "/format JENIS DATA", id: "format penyimpanan data SKPD (Pasal 8)", en: "which format agency data is kept in (Pasal 8)" },
];
const NO_ROLE: readonly CommandHelp[] = [{ usage: "/gabung KODE", id: "bergabung sebagai teknisi, kepala SKPD atau TPP-SI", en: "join as technician, agency head or TPP-SI" }];
const TECHNICIAN: readonly CommandHelp[] = [
  { usage: "/migrasi", id: "jalankan SOP migrasi PC (mulai, lanjutkan)", en: "run the PC migration SOP (start, continue)" },
  { usage: "/pc", id: "semua PC SKPD dan statusnya", en: "all the agency's PCs and their status" },
  { usage: "/kualifikasi", id: "konfirmasi Kualifikasi Personil SOP", en: "confirm the SOP's staff qualifications" },
];
const AGENCY: readonly CommandHelp[] = [
  { usage: "/progres", id: "perkembangan migrasi SKPD", en: "the agency's migration progress" },
  { usage: "/pengecualian", id: "usulan pengecualian sistem non-open source (Pasal 17)", en: "exceptions for non-open-source systems (Pasal 17)" },
];
const HEAD: readonly CommandHelp[] = [{ usage: "/laporan [2026-1]", id: "laporan 6 bulanan SKPD (Pasal 16)", en: "the agency's 6-monthly report (Pasal 16)" }];
const SUPPORT: readonly CommandHelp[] = [
  { usage: "/eskalasi", id: "PC yang diteruskan ke TPP-SI", en: "PCs passed to TPP-SI" },
  { usage: "/pengecualian", id: "evaluasi usulan pengecualian", en: "evaluate exception proposals" },
];
const ADMIN: readonly CommandHelp[] = [
  { usage: "/skpd_baru NAMA", id: "daftarkan SKPD dan kode gabungnya", en: "register an agency and its join codes" },
  { usage: "/skpd [NAMA]", id: "daftar SKPD, anggota dan kode", en: "agencies, members and codes" },
  { usage: "/kode_baru NAMA", id: "ganti kode gabung SKPD", en: "renew an agency's join codes" },
  { usage: "/kode_tppsi", id: "kode gabung anggota TPP-SI", en: "TPP-SI member join code" },
  { usage: "/grup_tppsi", id: "(di grup) daftarkan grup TPP-SI", en: "(in the group) register the TPP-SI group" },
  { usage: "/grup_bupati", id: "(di chat Kantor Bupati) daftarkan penerima rekap", en: "(in the Bupati's office chat) register the recap recipient" },
  { usage: "/distro", id: "distro yang disepakati dan persyaratannya", en: "the agreed distribution and its requirements" },
  { usage: "/rekap [2026-1]", id: "rekapitulasi seluruh SKPD (Pasal 16 ayat (3))", en: "recap of every agency (Pasal 16(3))" },
  { usage: "/progres", id: "perkembangan seluruh SKPD", en: "every agency's progress" },
];

/** The migration commands the sender can use, by role. */
export async function migrationCommandsFor(ctx: BotContext): Promise<readonly CommandHelp[]> {
  if (!ctx.from) return EVERYONE;
  const person = await personOf(ctx);
  const roles = new Set(person.memberships.map((membership) => membership.role));
  const commands: CommandHelp[] = [];
  if (roles.has("technician")) commands.push(...TECHNICIAN);
  if (roles.has("technician") || roles.has("agencyHead")) commands.push(...AGENCY);
  if (roles.has("agencyHead")) commands.push(...HEAD);
  if (isSupportTeam(person)) commands.push(...SUPPORT.filter((command) => !commands.some((known) => known.usage === command.usage)));
  if (person.isAdmin) commands.push(...ADMIN.filter((command) => !commands.some((known) => known.usage === command.usage)));
  if (roles.size === 0 && !person.isAdmin) commands.push(...NO_ROLE);
  commands.push({ usage: "/peran", id: "peran Anda dalam migrasi OSS", en: "your roles in the OSS migration" });
  commands.push(...EVERYONE);
  return commands;
}
