import type { CouncilSetupInput } from "../../../domain/council/council-setup.ts";
import type { Commission } from "../../../domain/council/rule-book.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { say } from "./messages.ts";

/**
 * The set-up message a chair types in the group:
 *   /bpd Sukamaju
 *   Ketua: Nama, 1970
 *   Wakil: Nama, 1975
 *   Anggota: Nama, 1980, Pemerintahan
 *   Sekretaris: Nama
 * read into the input of validateCouncil. Line errors are reported by line, in the chat's language; the roster rules are
 * the domain's. The labels (Ketua:, Anggota:, the commissions) are typed in Indonesian in either language.
 */

export const SETUP_EXAMPLE = [
  "/bpd Sukamaju",
  "Ketua: Ahmad Fauzi, 1970",
  "Wakil: Sri Wahyuni, 1975",
  "Anggota: Budi Santoso, 1980, Pemerintahan",
  "Anggota: Siti Aminah, 1982, Pembangunan",
  "Anggota: Wayan Sudarsana, 1985, Kemasyarakatan",
  "Sekretaris: Rina Marlina",
].join("\n");

const COMMISSIONS: Record<string, Commission> = {
  pemerintahan: "government",
  pembangunan: "development",
  kemasyarakatan: "community",
};

const ROLES: Record<string, "chair" | "viceChair" | "member" | "secretary"> = {
  ketua: "chair",
  wakil: "viceChair",
  "wakil ketua": "viceChair",
  anggota: "member",
  sekretaris: "secretary",
};

export type SetupParse = { readonly ok: true; readonly input: CouncilSetupInput } | { readonly ok: false; readonly error: string };

export function parseCouncilSetup(payload: string, zone: string, language: Language = "id"): SetupParse {
  const t = (id: string, en: string) => say(language, id, en);
  const lines = payload.split(/\r?\n/).map((l) => l.trim());
  const village = (lines[0] ?? "").replace(/^(desa|bpd)\s+/i, "").trim();
  if (!village) return { ok: false, error: t("Sebutkan nama desa pada baris pertama, setelah /bpd.", "Give the village's name on the first line, after /bpd.") };
  const members: CouncilSetupInput["members"][number][] = [];
  let secretary: { name: string } | null = null;
  for (const [index, line] of lines.slice(1).entries()) {
    if (!line) continue;
    const lineNo = index + 2;
    const match = /^([^:]+):\s*(.+)$/.exec(line);
    const role = match ? ROLES[match[1]!.trim().toLowerCase()] : undefined;
    if (!match || !role) {
      const quoted = line.slice(0, 60);
      return {
        ok: false,
        error: t(
          `Baris ${lineNo} tidak dikenali: “${quoted}”. Awali dengan Ketua:, Wakil:, Anggota: atau Sekretaris:.`,
          `Line ${lineNo} is not understood: “${quoted}”. Begin it with Ketua: (chair), Wakil: (vice chair), Anggota: (member) or Sekretaris: (secretary).`,
        ),
      };
    }
    const parts = match[2]!.split(",").map((p) => p.trim()).filter(Boolean);
    const name = parts[0] ?? "";
    if (role === "secretary") {
      secretary = { name };
      continue;
    }
    const year = Number(parts[1]);
    if (!Number.isInteger(year)) {
      return {
        ok: false,
        error: t(
          `Baris ${lineNo}: tulis tahun lahir ${name} setelah koma, misalnya “${name}, 1975” (untuk anggota tertua dan termuda, Pasal 16).`,
          `Line ${lineNo}: write ${name}'s birth year after a comma, e.g. “${name}, 1975” (for the oldest and youngest members, Pasal 16).`,
        ),
      };
    }
    const commissionWord = parts[2]?.toLowerCase().replace(/^bidang\s+/, "");
    const commission = commissionWord ? COMMISSIONS[commissionWord] : undefined;
    if (commissionWord && !commission) {
      return {
        ok: false,
        error: t(
          `Baris ${lineNo}: bidang “${parts[2]}” tidak dikenal; pilih Pemerintahan, Pembangunan atau Kemasyarakatan (Pasal 22 ayat (1)).`,
          `Line ${lineNo}: the commission (bidang) “${parts[2]}” is not known; choose Pemerintahan, Pembangunan or Kemasyarakatan (Pasal 22 ayat (1)).`,
        ),
      };
    }
    members.push({ name, birthYear: year, role, commission: commission ?? null });
  }
  return { ok: true, input: { village, zone, members, secretary } };
}
