import type { Random } from "../kit/random.ts";

/** Text a user might type, or might not: words, numbers, markup, every Unicode oddity, and far too much of it. */

export const ODDITIES = [
  "\u200f", // right-to-left mark
  "\u202e", // right-to-left override
  "\u200d", // zero-width joiner
  "\u200b", // zero-width space
  "\ufeff", // byte order mark
  "e\u0301\u0301\u0301\u0301", // stacked combining marks
  "\ud800", // lone high surrogate
  "\udfff", // lone low surrogate
  "\u0000", // NUL
  "\u2028", // line separator
  "👨‍👩‍👧‍👦",
  "🇮🇩",
  "🏳️‍🌈",
  "ﷺ",
  "𝕭𝖚𝖉𝖎",
  "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "Z̴̡̢̛̗̘̙̜̝̞̟̠",
  "\t",
  "\r\n",
];

const WORDS = [
  "berapa", "dana", "kampung", "Kalasuge", "Mala", "Tamako", "total", "kecamatan", "kabupaten", "tahap", "serapan", "capaian",
  "rkt", "anggaran", "indikator", "partisipasi", "pemilih", "syarat", "pemekaran", "kabupaten", "kota", "provinsi", "usulan",
  "hadir", "voting", "setuju", "tolak", "bpd", "sidang", "migrasi", "PC", "Ya", "Tidak", "Linux", "Mint", "4", "GB",
  "bandingkan", "dan", "tertinggi", "terendah", "apbn", "visi", "misi", "realisasi", "alokasi", "dasar", "jiwa", "formula",
];

const NUMBERS = ["0", "-1", "1", "4096", "4 GB", "4,5 GB", "1.000.000", "1e309", "NaN", "Infinity", "9".repeat(40), "0x1F", "½", "٤", "१२", "-0", "3.14", "12:00", "25:61", "2026-13-45", "2026-1", "2026-S2", "Rp1.000"];

const SPECIALS = [
  "<b>tebal</b>", "<a href=\"tg://user?id=1\">x</a>", "*_[]()~`>#+-=|{}.!", "\\", "'; DROP TABLE \"Council\"; --", "\" OR 1=1 --",
  "../../etc/passwd", "%s%s%n", "${process.exit()}", "{{7*7}}", "null", "undefined", "[object Object]", "{\"update_id\":1}",
  "@asisten_desa_bot", "@bot_lain", "/", "//", "/ hadir", "/hadir@bot_lain", "K7QM-4RTP", "AAAA-AAAA", "bpd:1:vote:yes",
];

export function textOf(random: Random): string {
  const choice = random.int(0, 9);
  if (choice === 0) return huge(random);
  if (choice === 1) return random.pick(ODDITIES).repeat(random.int(1, 30));
  if (choice === 2) return randomCharacters(random, random.int(1, 200));
  if (choice === 3) return redos(random);
  const parts: string[] = [];
  for (let i = random.int(1, 8); i > 0; i--) {
    const kind = random.int(0, 5);
    parts.push(kind <= 2 ? random.pick(WORDS) : kind === 3 ? random.pick(NUMBERS) : kind === 4 ? random.pick(SPECIALS) : random.pick(ODDITIES));
  }
  return parts.join(random.pick([" ", "", "\n", "  ", ", ", "; ", " | "]));
}

/** An argument for a command: usually plausible, often not. */
export function argumentOf(random: Random): string {
  const choice = random.int(0, 5);
  if (choice === 0) return "";
  if (choice === 1) return random.pick(NUMBERS);
  if (choice === 2) return `${random.pick(WORDS)} ${random.pick(NUMBERS)}`;
  if (choice === 3) return random.pick(SPECIALS);
  return textOf(random);
}

/** 4096 characters and more: one message's limit, then some. */
function huge(random: Random): string {
  const unit = random.pick(["a", "Kalasuge ", "👨‍👩‍👧‍👦", "e\u0301", "/", "1", "\ud800", random.pick(WORDS) + " "]);
  const length = random.pick([4095, 4096, 4097, 5000, 10_000, 20_000]);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Input that makes a backtracking regular expression take exponential time, if one is exposed to it. */
function redos(random: Random): string {
  const unit = random.pick(["a", "1", " ", "a ", "1.", "0,", "x:", "Ka"]);
  return unit.repeat(random.int(20, 3000)) + random.pick(["!", "\u0000", "?", "-", ""]);
}

function randomCharacters(random: Random, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    const range = random.int(0, 4);
    const code = range === 0 ? random.int(0, 0x1f) : range === 1 ? random.int(0x20, 0x7e) : range === 2 ? random.int(0x80, 0x7ff) : range === 3 ? random.int(0xd800, 0xdfff) : random.int(0x1f300, 0x1faff);
    out += String.fromCodePoint(code);
  }
  return out;
}
