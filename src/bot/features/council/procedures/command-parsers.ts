import type { DateTime } from "luxon";
import { z } from "zod";
import type { ProcedureCommandInput } from "../../../../domain/council/procedures/procedure-commands.ts";
import { parseIndonesianDate } from "../../../../domain/region/indonesian-date.ts";

/** What officials type after /usul, /perdes, /lpj and /pimpinan_bpd, read into procedure commands; the domain checks the rest. */

export const USAGE = {
  usul: {
    id:
      "Mengajukan usul (ditandatangani paling rendah 1/3 jumlah anggota):\n" +
      "/usul keterangan JUDUL | ISI — permintaan keterangan kepada Kepala Desa (Pasal 7)\n" +
      "/usul perdes JUDUL | PENJELASAN — Rancangan Peraturan Desa prakarsa BPD (Pasal 8)\n" +
      "/usul acara TGL-BLN-THN JUDUL | ISI — perubahan acara rapat, paling lambat 2 hari sebelumnya (Pasal 58)\n" +
      "/usul tatib JUDUL | ISI — perubahan tata tertib (Pasal 75)\n" +
      "/usul tertutup JUDUL | ALASAN — permintaan rapat tertutup (Pasal 39)\n" +
      "/usul NOMOR — lihat usul; /usul ubah NOMOR ISI — ubah usul (pengusul pertama)",
    en:
      "To propose (signed by at least 1/3 of all members):\n" +
      "/usul keterangan TITLE | TEXT — request for information from the village head (Pasal 7)\n" +
      "/usul perdes TITLE | EXPLANATION — draft village regulation on the council's initiative (Pasal 8)\n" +
      "/usul acara DD-MM-YYYY TITLE | TEXT — agenda change, at the latest 2 days before (Pasal 58)\n" +
      "/usul tatib TITLE | TEXT — change of the rules of procedure (Pasal 75)\n" +
      "/usul tertutup TITLE | REASON — request for a closed meeting (Pasal 39)\n" +
      "/usul NUMBER — open one; /usul ubah NUMBER TEXT — change it (first proposer)",
  },
  perdes: {
    id:
      "/perdes kades JUDUL | NOTA PENGANTAR — catat rancangan dari Kepala Desa (Pasal 64 ayat (1))\n" +
      "/perdes NOMOR — rancangan dan tahapnya; tahap dicatat dengan tombol, dari keputusan rapat yang sudah ditutup\n" +
      "/perdes ubah NOMOR ISI — usul perubahan anggota pada tahap II (Pasal 9)\n" +
      "/perdes lewati NOMOR TAHAP — tahap yang ditiadakan Panitia Musyawarah (Pasal 66)\n" +
      "/perdes pelengkap NOMOR NOMOR_YANG_LEBIH_DAHULU — rancangan mengenai hal yang sama (Pasal 65)\n" +
      "/perdes setuju NOMOR NOMOR_KEPUTUSAN_BPD (Pasal 63 ayat (5)); /perdes ttd NOMOR NOMOR_PERDES (Pasal 71)",
    en:
      "/perdes kades TITLE | COVER NOTE — record a draft from the village head (Pasal 64 ayat (1))\n" +
      "/perdes NUMBER — a draft and its stages; stages are recorded by button, from decisions of closed meetings\n" +
      "/perdes ubah NUMBER TEXT — a member's amendment in stage II (Pasal 9)\n" +
      "/perdes lewati NUMBER STAGE — a stage the Panitia Musyawarah left out (Pasal 66)\n" +
      "/perdes pelengkap NUMBER EARLIER_NUMBER — a draft on the same matter (Pasal 65)\n" +
      "/perdes setuju NUMBER DECREE_NUMBER (Pasal 63 ayat (5)); /perdes ttd NUMBER REGULATION_NUMBER (Pasal 71)",
  },
  perdesKades: {
    id: "Tulis judul dan Nota Pengantar Kepala Desa, misalnya /perdes kades Raperdes APB Desa 2027 | Nota Pengantar No. 140/12/2026 (Pasal 64 ayat (1))",
    en: "Give the title and the village head's cover note, e.g. /perdes kades Raperdes APB Desa 2027 | Nota Pengantar No. 140/12/2026 (Pasal 64 ayat (1))",
  },
  lpj: {
    id:
      "/lpj tahunan TAHUN — pertanggungjawaban akhir tahun anggaran (Pasal 4 ayat (3))\n" +
      "/lpj akhir TGL-BLN-THN — pertanggungjawaban akhir masa jabatan (Pasal 4 ayat (4))\n" +
      "/lpj NOMOR — tahap I-III, dicatat dengan tombol dari rapat paripurna yang sudah ditutup (Pasal 5-6)\n" +
      "/lpj lewati NOMOR TAHAP — tahap yang ditiadakan Panitia Musyawarah (Pasal 5)",
    en:
      "/lpj tahunan YEAR — the report at the end of the budget year (Pasal 4 ayat (3))\n" +
      "/lpj akhir DD-MM-YYYY — the report at the end of the term (Pasal 4 ayat (4))\n" +
      "/lpj NUMBER — stages I-III, recorded by button from closed plenaries (Pasal 5-6)\n" +
      "/lpj lewati NUMBER STAGE — a stage the Panitia Musyawarah left out (Pasal 5)",
  },
  pimpinan: {
    id:
      "/pimpinan_bpd pemilihan — pemilihan Pimpinan BPD (Pasal 24); /pimpinan_bpd lowong ketua|wakil meninggal|mundur — lowongan (Pasal 15 ayat (4), 27); " +
      "/pimpinan_bpd sumpah — bunyi sumpah/janji (Pasal 25 ayat (2)); /pimpinan_bpd NOMOR — lihat",
    en:
      "/pimpinan_bpd pemilihan — election of the leadership (Pasal 24); /pimpinan_bpd lowong ketua|wakil meninggal|mundur — a vacancy (Pasal 15 ayat (4), 27); " +
      "/pimpinan_bpd sumpah — the words of the oath (Pasal 25 ayat (2)); /pimpinan_bpd NUMBER — open one",
  },
} as const;

type Parsed = { readonly ok: true; readonly command: ProcedureCommandInput } | { readonly ok: false; readonly id: string; readonly en: string };

const titleAndText = z
  .string()
  .trim()
  .min(1)
  .max(2200)
  .transform((raw) => {
    const bar = raw.indexOf("|");
    if (bar < 0) return { title: raw.split(/\n|[.!?](?:\s|$)/, 1)[0]!.slice(0, 120).trim() || raw.slice(0, 120), text: raw.slice(0, 2000) };
    return { title: raw.slice(0, bar).trim().slice(0, 200), text: raw.slice(bar + 1).trim().slice(0, 2000) };
  })
  .refine((v) => v.title.length > 0 && v.text.length > 0);

const KINDS = { keterangan: "informationRequest", perdes: "villageRegulation", acara: "agendaChange", tatib: "rulesChange", tertutup: "closedMeetingRequest" } as const;

/** A single-word date ("25-11-2026", "2026-11-25") as an ISO date in the council's zone. */
function isoDate(word: string, today: DateTime): string | undefined {
  return parseIndonesianDate(word, today)?.toISODate() ?? undefined;
}

export function parseOpening(payload: string, today: DateTime): Parsed {
  const match = /^(keterangan|perdes|acara|tatib|tertutup|akhir)\s+([\s\S]+)$/i.exec(payload.trim());
  if (!match) return { ok: false, ...USAGE.usul };
  const word = match[1]!.toLowerCase();
  let rest = match[2]!.trim();
  if (word === "akhir") {
    const termEnds = isoDate(rest, today);
    return termEnds ? { ok: true, command: { type: "openHeadReport", basis: "endOfTerm", termEnds } } : { ok: false, ...USAGE.lpj };
  }
  let meetingDate: string | undefined;
  if (word === "acara") {
    const [first, ...others] = rest.split(/\s+/);
    meetingDate = isoDate(first ?? "", today);
    if (!meetingDate) {
      return { ok: false, id: "Tulis tanggal rapat lebih dahulu, misalnya /usul acara 25-11-2026 Tambah acara | Laporan banjir (Pasal 58 ayat (3))", en: "Give the meeting's date first, e.g. /usul acara 25-11-2026 Add item | Flood report (Pasal 58 ayat (3))" };
    }
    rest = others.join(" ");
  }
  const parsed = titleAndText.safeParse(rest);
  if (!parsed.success) return { ok: false, ...USAGE.usul };
  const procedure = KINDS[word as keyof typeof KINDS];
  return { ok: true, command: { type: "openProposal", procedure, title: parsed.data.title, text: parsed.data.text, ...(meetingDate ? { meetingDate } : {}) } };
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "II", "2", "II, III", "2 dan 3" → [2, 3]. */
export function parseStages(text: string): number[] | undefined {
  const words = text.toLowerCase().split(/[\s,]+|dan/).filter(Boolean);
  const stages = words.map((w) => ROMAN[w] ?? (/^[1-9]$/.test(w) ? Number(w) : NaN));
  return stages.length > 0 && stages.every((s) => Number.isInteger(s)) ? [...new Set(stages)] : undefined;
}

export function parseLeadershipArgs(payload: string): ProcedureCommandInput | undefined {
  const text = payload.trim().toLowerCase().replace(/wakil ketua/g, "wakil");
  if (text === "pemilihan") return { type: "openLeadership", cause: "newTerm" };
  const vacancy = /^lowong\s+([a-z, ]+?)\s+(meninggal|wafat|mundur|berhenti|meletakkan jabatan)$/.exec(text);
  if (!vacancy) return undefined;
  const offices = vacancy[1]!.split(/[\s,]+|dan/).filter(Boolean);
  const reason = /meninggal|wafat/.test(vacancy[2]!) ? ("died" as const) : ("resigned" as const);
  const vacated = offices.map((o) => (o === "ketua" ? "chair" : o === "wakil" ? "viceChair" : undefined));
  if (vacated.some((o) => o === undefined)) return undefined;
  return { type: "openLeadership", cause: "vacancy", vacated: [...new Set(vacated)].map((office) => ({ office: office!, reason })) };
}
