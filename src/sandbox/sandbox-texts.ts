import { SANDBOX_BOT_INFO } from "./sandbox-bot.ts";

const BOT = SANDBOX_BOT_INFO.first_name;
const MENTION = `@${SANDBOX_BOT_INFO.username}`;

function buttonList(labels: readonly string[]): string {
  return labels.map((label) => `[${label}]`).join(" ");
}

/** Everything the sandbox itself says (the bot's own replies come from the bot). */
export const sandboxTexts = {
  privateChatName: (firstName: string) => `chat pribadi ${firstName}`,
  groupName: (title: string) => `grup ${title}`,
  unknownChatName: (chatId: number) => `chat ${chatId}`,

  botAddedToGroup: (title: string, by: string) => `(${by} menambahkan ${BOT} ke grup “${title}”)`,
  sentAsReply: "(dikirim sebagai balasan atas pesan bot terakhir, karena bot meminta balasan)",
  inlineFromButton: (label: string, query: string) =>
    `(tombol “${label}” mengetikkan “${MENTION} ${query}”; ini hasil kueri inline-nya)`,
  linkButton: (label: string, url: string) => `(tombol “${label}” membuka tautan ${url}; di sandbox tautan tidak dibuka)`,
  unsupportedButton: (label: string) => `(tombol “${label}” tidak dapat dicoba di sandbox)`,

  noReply: "(bot tidak membalas)",
  noReplyInGroup:
    `(bot tidak membalas. Di grup, bot hanya menanggapi perintah seperti /start, pesan yang menyebut ${MENTION}, ` +
    "atau balasan ke pesannya.)",
  noButtons: "Tidak ada tombol yang bisa ditekan: bot belum mengirim pesan bertombol di chat ini.",
  buttonNotFound: (label: string, available: readonly string[]) =>
    `Tombol “${label}” tidak ada pada pesan bot terakhir yang bertombol.\nTombol yang tersedia: ${buttonList(available)}`,
  buttonAmbiguous: (label: string, candidates: readonly string[]) =>
    `“${label}” cocok dengan beberapa tombol: ${buttonList(candidates)}\nTulis label tombol lebih lengkap.`,
  botFailed: (detail: string) => `Bot gagal memproses pesan ini: ${detail}`,
  stateUnreadable: (file: string) =>
    `Catatan: berkas status sandbox ${file} tidak terbaca, jadi tombol dan nomor pesan sebelumnya dilupakan; database bot tetap utuh.`,
  resetDone: (files: readonly string[]) =>
    files.length === 0 ? "Sandbox sudah kosong." : `Sandbox dikosongkan (${files.length} berkas dihapus).`,
} as const;
