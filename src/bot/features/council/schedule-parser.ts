import { DateTime } from "luxon";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";
import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import type { Commission, SessionKind } from "../../../domain/council/rule-book.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { say } from "./messages.ts";

/**
 * `/sidang [jenis] [terbuka|tertutup] [pemilihan] [TTTT-BB-HH] JJ:MM [menit=N] | Tempat | Acara 1; Acara 2`
 * e.g. `/sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes`. The words are typed in
 * Indonesian whatever the chat's language; an English chat is told so in English.
 */
export function scheduleUsage(language: Language = "id"): string {
  return say(
    language,
    "Format: /sidang [jenis] [terbuka|tertutup] [TTTT-BB-HH] JJ:MM | Tempat | Acara 1; Acara 2\n" +
      "Contoh: /sidang paripurna terbuka 10:00 | Balai Desa | Laporan Kepala Desa; Rancangan APBDes\n" +
      "Jenis (Pasal 32): paripurna, pimpinan, musyawarah, bidang pemerintahan|pembangunan|kemasyarakatan, kerja, dengarpendapat. " +
      "Tambahkan “pemilihan” untuk pemilihan pimpinan BPD (Pasal 24), “menit=5” untuk waktu bicara.",
    "Format: /sidang [kind] [terbuka|tertutup] [YYYY-MM-DD] HH:MM | Place | Item 1; Item 2\n" +
      "Example: /sidang paripurna terbuka 10:00 | Balai Desa | Village head's report; Draft village budget\n" +
      "Kinds (Pasal 32), typed in Indonesian: paripurna (plenary), pimpinan (leadership), musyawarah (Panitia Musyawarah), " +
      "bidang pemerintahan|pembangunan|kemasyarakatan (commission), kerja (working meeting), dengarpendapat (hearing); terbuka = open, tertutup = closed. " +
      "Add “pemilihan” for the election of the BPD leadership (Pasal 24), “menit=5” for the speaking time.",
  );
}
export const SCHEDULE_USAGE = scheduleUsage("id");

const KINDS: Record<string, SessionKind> = {
  paripurna: "plenary",
  pimpinan: "leadership",
  musyawarah: "steeringCommittee",
  panmus: "steeringCommittee",
  bidang: "commission",
  kerja: "workingMeeting",
  dengarpendapat: "hearing",
  dengar: "hearing",
};
const COMMISSIONS: Record<string, Commission> = { pemerintahan: "government", pembangunan: "development", kemasyarakatan: "community" };

export type ScheduleParse = { readonly ok: true; readonly command: SessionCommandInput; readonly start: DateTime } | { readonly ok: false; readonly error: string };

export function parseSchedule(payload: string, now: DateTime, language: Language = "id"): ScheduleParse {
  const usage = scheduleUsage(language);
  const [head = "", place = "", agendaText = ""] = payload.split("|").map((p) => p.trim());
  const agenda = agendaText.split(";").map((a) => a.trim()).filter(Boolean);
  if (!place || agenda.length === 0) return { ok: false, error: `${say(language, "Tempat dan acara rapat belum lengkap.", "The place and the agenda are missing.")}\n${usage}` };
  let kind: SessionKind = "plenary";
  let nature: "open" | "closed" = "open";
  let commission: Commission | null = null;
  let leadershipElection = false;
  let minutes = 5;
  let day = now.startOf("day");
  let time: { hour: number; minute: number } | undefined;
  for (const raw of head.split(/\s+/).filter(Boolean)) {
    const word = raw.toLowerCase();
    const m = /^(\d{1,2})[:.](\d{2})$/.exec(word);
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
    const speaking = /^menit=(\d{1,3})$/.exec(word);
    if (KINDS[word]) kind = KINDS[word];
    else if (COMMISSIONS[word]) commission = COMMISSIONS[word];
    else if (word === "terbuka") nature = "open";
    else if (word === "tertutup") nature = "closed";
    else if (word === "pemilihan") leadershipElection = true;
    else if (m) time = { hour: Number(m[1]), minute: Number(m[2]) };
    else if (d) day = DateTime.fromObject({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, { zone: now.zone });
    else if (speaking) minutes = Number(speaking[1]);
    else return { ok: false, error: `${say(language, `Kata “${raw}” tidak dikenali.`, `The word “${raw}” is not known.`)}\n${usage}` };
  }
  if (!time || time.hour > 23 || time.minute > 59) {
    return { ok: false, error: `${say(language, "Sebutkan jam mulai rapat, misalnya 10:00.", "Give the meeting's starting time, e.g. 10:00.")}\n${usage}` };
  }
  const start = day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
  if (!start.isValid) return { ok: false, error: `${say(language, "Tanggal tidak sah.", "The date is not valid.")}\n${usage}` };
  return {
    ok: true,
    start,
    command: {
      type: "schedule",
      kind,
      nature,
      commission,
      agenda,
      place,
      plannedStart: start,
      leadershipElection,
      speakingTimeSeconds: Math.min(Math.max(minutes, 1), 180) * 60,
    },
  };
}

/** "10:00" or "10.00" today in the zone (tomorrow if already past). */
export function parseTime(text: string, now: DateTime): DateTime | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  const at = now.set({ hour: Number(m[1]), minute: Number(m[2]), second: 0, millisecond: 0 });
  return at <= now ? at.plus({ days: 1 }) : at;
}

/** The kinds offered by `/sidang` without details, as the words the typed form takes; the legal name stays in English. */
const KIND_CHOICES: readonly { readonly words: string; readonly label: readonly [string, string] }[] = [
  { words: "paripurna", label: ["Rapat Paripurna (Pasal 32 huruf a)", "Rapat Paripurna — plenary (Pasal 32 huruf a)"] },
  { words: "paripurna.pemilihan", label: ["Paripurna: pemilihan Pimpinan BPD (Pasal 24)", "Paripurna: election of the BPD leadership (Pasal 24)"] },
  { words: "pimpinan", label: ["Rapat Pimpinan (huruf b)", "Rapat Pimpinan — leadership meeting (huruf b)"] },
  { words: "musyawarah", label: ["Rapat Panitia Musyawarah (huruf c)", "Rapat Panitia Musyawarah — steering committee (huruf c)"] },
  { words: "bidang.pemerintahan", label: ["Rapat Bidang Pemerintahan (huruf d)", "Rapat Bidang Pemerintahan — government commission (huruf d)"] },
  { words: "bidang.pembangunan", label: ["Rapat Bidang Pembangunan (huruf d)", "Rapat Bidang Pembangunan — development commission (huruf d)"] },
  { words: "bidang.kemasyarakatan", label: ["Rapat Bidang Kemasyarakatan (huruf d)", "Rapat Bidang Kemasyarakatan — community commission (huruf d)"] },
  { words: "kerja", label: ["Rapat Kerja (huruf e)", "Rapat Kerja — working meeting (huruf e)"] },
  { words: "dengarpendapat", label: ["Rapat Dengar Pendapat (huruf f)", "Rapat Dengar Pendapat — hearing (huruf f)"] },
];

export function kindQuestion(language: Language = "id") {
  return {
    text: say(language, "Menjadwalkan rapat BPD. Pilih jenis rapat (Pasal 32):", "Scheduling a BPD meeting. Choose the kind of meeting (Pasal 32):"),
    markup: keyboard(KIND_CHOICES.map((k) => button(say(language, ...k.label), councilData(0, "sk", k.words))), 1),
  };
}

export function natureQuestion(kind: string | undefined, language: Language = "id") {
  const chosen = KIND_CHOICES.find((k) => k.words === kind);
  if (!chosen) return undefined;
  const label = say(language, ...chosen.label);
  return {
    text: say(
      language,
      `${label}. Sifat rapat (Pasal 39: pada dasarnya terbuka; tertutup atas permintaan Kepala Desa, paling rendah 1/3 anggota, atau Pimpinan BPD):`,
      `${label}. Open or closed (Pasal 39: open as a rule; closed at the request of the village head, of at least 1/3 of the members, or of the BPD leadership):`,
    ),
    markup: keyboard(
      [
        button(say(language, "Terbuka (Pasal 40 ayat (1))", "Open — terbuka (Pasal 40 ayat (1))"), councilData(0, "sn", `${kind}.terbuka`)),
        button(say(language, "Tertutup (Pasal 40 ayat (2))", "Closed — tertutup (Pasal 40 ayat (2))"), councilData(0, "sn", `${kind}.tertutup`)),
      ],
      1,
    ),
  };
}

/** The line to complete and send: time, place and agenda are the chair's to type. */
export function scheduleTemplate(choice: string | undefined, language: Language = "id") {
  const parts = (choice ?? "").split(".");
  const nature = parts.pop();
  const kind = parts.join(".");
  if ((nature !== "terbuka" && nature !== "tertutup") || !KIND_CHOICES.some((k) => k.words === kind)) return undefined;
  const words = `${kind.replace(/\./g, " ")} ${nature}`;
  return {
    text: say(
      language,
      `Salin, lengkapi jam, tempat dan acara, lalu kirim:\n\n/sidang ${words} 10:00 | Balai Desa | Acara pertama; Acara kedua\n\nTambahkan tanggal (TTTT-BB-HH) bila bukan hari ini, dan “menit=5” untuk waktu bicara (Pasal 48 ayat (1)).`,
      `Copy, fill in the time, place and agenda, then send:\n\n/sidang ${words} 10:00 | Balai Desa | First item; Second item\n\nAdd the date (YYYY-MM-DD) if it is not today, and “menit=5” for the speaking time in minutes (Pasal 48 ayat (1)).`,
    ),
    markup: undefined,
  };
}
