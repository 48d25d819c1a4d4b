import type { DateTime } from "luxon";
import { SANDBOX_BOT_INFO } from "./sandbox-bot.ts";

const BOT = SANDBOX_BOT_INFO.first_name;
const MENTION = `@${SANDBOX_BOT_INFO.username}`;

function when(time: DateTime): string {
  return time.setLocale("id").toFormat("cccc, d MMMM yyyy 'pukul' HH.mm ZZZZ");
}

/** What the terminal chat says; the bot's replies come from the bot itself. */
export const interactiveTexts = {
  preparing: (databasePath: string) => `Menyiapkan sandbox ${BOT} (${databasePath})...`,
  welcome: (who: string) =>
    [
      `Selamat datang di sandbox ${BOT}: coba bot ini langsung di terminal, tanpa Telegram.`,
      "Ketik pesan seperti di Telegram lalu tekan Enter; mulailah dengan /start.",
      "Tombol pada balasan bot diberi nomor, misalnya [1 Bantuan]: ketik nomornya untuk menekan tombol itu.",
      "Perintah sandbox diawali titik dua: ketik :bantuan untuk daftarnya, :keluar untuk selesai.",
      `Anda sekarang ${who} di chat pribadi dengan bot.`,
    ].join("\n"),
  help: [
    "Perintah sandbox:",
    "  :saya ID NAMA   ganti pengguna, misalnya :saya 1002 Siti",
    "  :grup NAMA      bicara di grup bernama NAMA, misalnya :grup BPD Sukamaju",
    "  :pribadi        kembali ke chat pribadi dengan bot",
    "  :jam WAKTU      tetapkan jam bot, misalnya :jam 2026-11-23T09:00; :jam sekarang untuk jam sebenarnya",
    `  :inline TEKS    kirim kueri inline, seperti mengetik "${MENTION} TEKS"`,
    "  :kirim TEKS     kirim TEKS apa adanya (misalnya angka saja, atau teks yang diawali titik dua)",
    "  :reset          kosongkan database sandbox (diminta konfirmasi)",
    "  :bantuan        tampilkan daftar ini",
    "  :keluar         selesai (bisa juga Ctrl-D atau Ctrl-C)",
    "Ketik sebuah angka untuk menekan tombol bernomor pada pesan bot terakhir yang bertombol.",
    `Di grup, bot hanya menanggapi perintah (/...), pesan yang menyebut ${MENTION}, atau balasan ke pesannya.`,
  ].join("\n"),
  who: (name: string, id: number) => `${name} (${id})`,
  privateChat: "chat pribadi dengan bot",
  group: (title: string) => `grup ${title}`,
  nowPersona: (who: string, where: string) => `Sekarang Anda ${who}, di ${where}.`,
  needPersonaName: "Tulis juga namanya, misalnya :saya 1002 Siti",
  badPersonaId: "ID pengguna harus bilangan bulat positif, misalnya :saya 1002 Siti",
  needGroupName: "Tulis nama grupnya, misalnya :grup BPD Sukamaju",
  nowGroup: (title: string) => `Sekarang Anda di grup “${title}”. Bot menanggapi perintah seperti /start di sini.`,
  nowPrivate: "Kembali ke chat pribadi dengan bot.",
  clockFixed: (time: DateTime) => `Jam bot ditetapkan: ${when(time)}.`,
  clockReal: "Jam bot kembali mengikuti jam sebenarnya.",
  clockStatus: (time: DateTime, fixed: boolean) =>
    `Jam bot: ${when(time)} (${fixed ? "ditetapkan; :jam sekarang untuk kembali ke jam sebenarnya" : "jam sebenarnya"}).`,
  badClock: "Waktu tidak dikenali. Tulis dalam ISO 8601, misalnya :jam 2026-11-23T09:00, atau :jam sekarang.",
  needInlineQuery: `Tulis kuerinya, misalnya :inline sukamaju (seperti mengetik "${MENTION} sukamaju")`,
  needText: "Tulis teksnya, misalnya :kirim 3",
  confirmReset: "Hapus semua data sandbox (database dan riwayat chat)? Ketik ya untuk melanjutkan: ",
  resetDone: "Sandbox dikosongkan. Mulai lagi dengan /start.",
  resetCancelled: "Batal; tidak ada yang dihapus.",
  unknownCommand: (name: string) => `Perintah sandbox tidak dikenal: :${name}. Ketik :bantuan untuk daftarnya.`,
  turnFailed: (detail: string) => `Terjadi kesalahan di sandbox: ${detail}`,
  goodbye: "Sampai jumpa!",
} as const;
