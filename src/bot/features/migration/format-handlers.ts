import { adviceFor, adviseFormat, type DataKind, type DocumentShape, type FormatAdvice } from "../../../domain/migration/data-format.ts";
import { pasal } from "../../../domain/migration/bangli-56-2011-rules.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import type { BotContext } from "../../context.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { replyView, showView } from "./common.ts";
import type { Speaker } from "./texts.ts";

/** Pasal 8: which format agency data is kept in — asked by anyone, answered with the article. */

export function adviceText(speaker: Speaker, advice: FormatAdvice, description?: string): string {
  const what = description ? `«${description.slice(0, 100)}»` : speaker.say("Data ini", "This data");
  const citations = advice.citations.map(formatCitation).join("; ");
  const lines = [
    speaker.say(`📁 ${what} → simpan dalam format ${advice.format.id}.`, `📁 ${what} → keep it as ${advice.format.en}.`),
    speaker.say(`Alasan: ${advice.why.id} (${citations}).`, `Why: ${advice.why.en} (${citations}).`),
  ];
  if (advice.kind !== "native") {
    lines.push(
      speaker.say(
        `Bila tidak mungkin disimpan atau dikonversi ke format itu, boleh disimpan dalam format bawaannya (${formatCitation(pasal("Pasal 8 ayat (4)"))}; rujukan «ayat (1) atau ayat (2)» di sana dibaca sebagai ayat (2) dan (3), tempat format PDF dan ODF ditetapkan).`,
        `If it cannot be kept in or converted to that format, its native format is allowed (${formatCitation(pasal("Pasal 8 ayat (4)"))}).`,
      ),
    );
  }
  return lines.join("\n");
}

function askKind(speaker: Speaker, description?: string) {
  return {
    text: speaker.say(
      `${description ? `Saya belum dapat menggolongkan «${description.slice(0, 100)}». ` : ""}Bagaimana isi data itu (${formatCitation(pasal("Pasal 1 angka 14 dan 15"))})?`,
      `${description ? `I cannot classify «${description.slice(0, 100)}» yet. ` : ""}How does its content behave?`,
    ),
    buttons: [
      [button(speaker.say("Nyaris tidak pernah berubah (statis)", "Almost never changes (static)"), migrationData.formatKind("static"))],
      [button(speaker.say("Sering berubah (dinamis)", "Changes often (dynamic)"), migrationData.formatKind("dynamic"))],
      [button(speaker.say("Tidak bisa jadi PDF/ODF (basis data, foto, peta…)", "Cannot be PDF/ODF (database, photos, maps…)"), migrationData.formatKind("native"))],
    ],
  };
}

/** /format JENIS DATA */
export async function formatCommand(ctx: BotContext, payload: string): Promise<void> {
  const description = payload.replace(/\s+/g, " ").trim();
  if (!description) return replyView(ctx, askKind(ctx));
  const result = adviseFormat(description);
  if (result.kind === "ask") return replyView(ctx, askKind(ctx, description));
  await ctx.reply(adviceText(ctx, result.advice, description));
}

export async function formatKind(ctx: BotContext, kind: DataKind): Promise<void> {
  await ctx.answerCbQuery();
  if (kind !== "dynamic") return showView(ctx, { text: adviceText(ctx, adviceFor(kind)), buttons: [] });
  await showView(ctx, {
    text: ctx.say("Data dinamis disimpan dalam ODF. Dokumen jenis apa?", "Dynamic data is kept as ODF. What kind of document?"),
    buttons: [
      [button(ctx.say("Teks/surat", "Text/letter"), migrationData.formatShape("text")), button(ctx.say("Tabel/lembar kerja", "Table/spreadsheet"), migrationData.formatShape("spreadsheet"))],
      [button(ctx.say("Presentasi", "Presentation"), migrationData.formatShape("presentation")), button(ctx.say("Diagram/gambar", "Diagram/drawing"), migrationData.formatShape("drawing"))],
    ],
  });
}

export async function formatShape(ctx: BotContext, shape: DocumentShape): Promise<void> {
  await ctx.answerCbQuery();
  await showView(ctx, { text: adviceText(ctx, adviceFor("dynamic", shape)), buttons: [] });
}
