import type { BotContext } from "../../context.ts";
import type { CommandHelp } from "../../feature.ts";
import { canTrackProposals } from "./authorisation.ts";

const EVERYONE: readonly CommandHelp[] = [
  { usage: "/pemekaran", id: "menu pembentukan daerah (PP 78/2007, PP 129/2000)", en: "region formation menu (PP 78/2007, PP 129/2000)" },
  { usage: "/syarat_pemekaran kabupaten|kota|provinsi", id: "syarat pembentukan daerah", en: "requirements to form a region" },
  { usage: "/cek_pemekaran kabupaten 4", id: "periksa usulan: terpenuhi, belum, tidak dapat dinilai", en: "check a proposal: met, missing, cannot judge" },
  { usage: "/tahapan_pemekaran", id: "tahapan usulan PP 78/2007 Pasal 14–21", en: "the stages of PP 78/2007 Pasal 14–21" },
  { usage: "/usulan [NO]", id: "usulan pemekaran yang dipantau", en: "tracked formation proposals" },
];

const OFFICIALS: readonly CommandHelp[] = [
  { usage: "/usulan_baru Kabupaten NAMA", id: "daftarkan usulan untuk dipantau", en: "register a proposal to track" },
  { usage: "/catat_tahap NO TAHAP TANGGAL DOKUMEN; …", id: "catat satu tahap usulan", en: "record a proposal's stage" },
  { usage: "/lampirkan_keputusan NO", id: "lampirkan keputusan rapat BPD (di grup BPD) sebagai aspirasi desa", en: "attach a council decision (in its group) as a village's aspiration" },
  { usage: "/petugas_pemekaran", id: "daftar petugas pemekaran", en: "list formation officials" },
];

const ADMINS: readonly CommandHelp[] = [
  { usage: "/izinkan_pemekaran ID NAMA", id: "tunjuk petugas pemekaran", en: "appoint a formation official" },
  { usage: "/cabut_pemekaran ID", id: "cabut petugas pemekaran", en: "remove a formation official" },
];

export async function regionCommandsFor(ctx: BotContext): Promise<readonly CommandHelp[]> {
  const official = await canTrackProposals(ctx);
  return [...EVERYONE, ...(official ? OFFICIALS : []), ...(ctx.isAdmin ? ADMINS : [])];
}

export const REGION_WELCOME = {
  id: "• Pejabat daerah: syarat dan tahapan pembentukan (pemekaran) kabupaten, kota dan provinsi menurut UU 32/2004 dan PP 78/2007, dibandingkan dengan PP 129/2000; periksa kelengkapan usulan dan pantau tahapannya. Contoh: «syarat pembentukan kabupaten» atau /pemekaran.",
  en: "• Regional officials: requirements and stages for forming (splitting) a kabupaten, kota or province under UU 32/2004 and PP 78/2007, compared with PP 129/2000; check a proposal and track its stages. Try «syarat pembentukan kabupaten» or /pemekaran.",
};
