import type { Feature } from "../feature.ts";
import { fundsFeature } from "./funds/funds-feature.ts";
import { FUNDS_COMMANDS, FUNDS_WELCOME } from "./funds/funds-help.ts";

/** Every feature, in the order /start and /bantuan present them and the bot tries them. */
export const FEATURES: readonly Feature[] = [
  { name: "funds", composer: fundsFeature, welcome: FUNDS_WELCOME, commandsFor: () => FUNDS_COMMANDS },
];

/** Features the product card promises that are not built yet; /start says so rather than pretending. */
export const UPCOMING: readonly { readonly id: string; readonly en: string }[] = [
  {
    id: "• Ketua dan anggota BPD: memimpin rapat BPD dari ponsel — daftar hadir, kuorum, pembicara, interupsi, pemungutan suara dan risalah (Perbup Banjarnegara 962/2011). Fitur ini sedang disiapkan.",
    en: "• BPD chairs and members: run council sessions from a phone (Perbup Banjarnegara 962/2011). Coming soon.",
  },
  {
    id: "• Teknisi TIK SKPD: langkah demi langkah SOP migrasi PC ke perangkat lunak open source, Form 1, Form 2 dan laporan 6 bulanan (Perbup Bangli 56/2011). Fitur ini sedang disiapkan.",
    en: "• Agency IT technicians: the OSS migration SOP step by step (Perbup Bangli 56/2011). Coming soon.",
  },
];
