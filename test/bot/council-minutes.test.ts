import { strFromU8, unzipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import type { User } from "telegraf/types";
import { afterEach, describe, expect, it } from "vitest";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { setUpCouncilOf } from "../kit/council.ts";
import { pdfText } from "../kit/pdf-text.ts";

/**
 * The record after the meeting through handleUpdate (Perbup Banjarnegara 962/2011 Pasal 56, 57, 43): the draft that
 * goes out when the meeting closes, corrections inside and outside the 7 days, the official PDF after them, and a
 * closed meeting's RAHASIA report kept out of the group.
 */

let bot: TestBot;
afterEach(async () => bot?.close());

const replies = (events: readonly OutgoingEvent[]) => events.filter((e) => e.kind === "message").map((e) => e.text ?? "").join("\n");
const alertOf = (events: readonly OutgoingEvent[]) => events.find((e) => e.kind === "callbackAnswer")?.text ?? "";

function documentsTo(chatId: number) {
  return bot.api.events
    .filter((e) => e.kind === "document" && e.chatId === chatId)
    .map((e) => ({ name: e.fileName!, caption: e.text ?? "", content: bot.api.documentContent(e.chatId!, e.messageId!)! }));
}

function odtContent(odt: Uint8Array): string {
  const files = unzipSync(odt);
  expect(Object.keys(files)[0]).toBe("mimetype");
  expect(strFromU8(files.mimetype!)).toBe("application/vnd.oasis.opendocument.text");
  return strFromU8(files["content.xml"]!);
}

async function plenary(nature: "terbuka" | "tertutup") {
  bot = await createTestBot({ clock: "2026-11-23T09:30:00" });
  const { chat, members } = await setUpCouncilOf(bot, 7);
  const chair = members[0]!;
  const say = async (text: string, from: User = chair) => replies(await bot.sendText(text, { from, chat }));
  const press = (label: string, from: User = chair) => bot.press(label, { from, chat });
  await say(`/sidang paripurna ${nature} 10:00 | Balai Desa Mekarsari | Laporan Kepala Desa; Rancangan APBDes 2027`);
  for (const member of members.slice(0, 6)) await say("/hadir", member);
  bot.setClock("2026-11-23T10:05:00");
  await say("/buka");
  await say("/acara 1");
  await say("/bicara", members[3]);
  await say("/tutupdaftar");
  await say("/lantai");
  await say("/selesai");
  await say("/voting Menerima laporan Kepala Desa");
  await press("Biasa");
  if (nature === "tertutup") await press("Bukan hal dalam Pasal 42");
  for (const member of members.slice(0, 5)) await press("Setuju", member);
  await press("Tolak", members[5]);
  await press("Tutup voting");
  bot.setClock("2026-11-23T11:40:00");
  return { chat, members, chair, say, press };
}

describe("Pasal 56: the risalah of a plenary", () => {
  it("goes out as an editable .odt when the meeting closes, with every particular of ayat (2)", async () => {
    const { chat, say } = await plenary("terbuka");
    await say("/tutup");
    const [draft] = documentsTo(chat.id);
    expect(draft?.name).toBe("risalah-sementara-bpd-mekarsari-7-2026-11-23.odt");
    expect(draft?.caption).toContain("Koreksi dapat disampaikan sampai 30-11-2026 pukul 11.40 dengan /koreksi TEKS (Pasal 56 ayat (4))");
    const xml = odtContent(draft!.content);
    for (const particular of [
      "Rapat Paripurna", // a. kind
      "terbuka", // a. nature
      "Senin, 23 November 2026", // b. day and date
      "Balai Desa Mekarsari", // c. place
      "Laporan Kepala Desa", "Rancangan APBDes 2027", // d. agenda
      "10.05", "11.40", // e. opening and closing
      "Ahmad Fauzi", "Tuti Handayani", // f. chair and secretary
      "Sri Wahyuni", "Bambang Irawan", "Siti Aminah", "Wayan Sudarsana", "Dewi Lestari", // g. members present
      "Menerima laporan Kepala Desa", "DITERIMA", // the decision, its counts and article
      "Pasal 60 ayat (4)",
    ]) {
      expect(xml).toContain(particular);
    }
    expect(xml).not.toContain("Agus Salim"); // not present
  });

  it("takes corrections for 7 days, settled by the meeting's chair; refuses one after; then issues the official PDF", async () => {
    const { chat, members, say, press } = await plenary("terbuka");
    await say("/tutup");
    bot.setClock("2026-11-25T08:00:00");
    expect(await say("/koreksi Pada acara 1 yang berbicara adalah Siti Aminah dari Bidang Pembangunan", members[4])).toContain(
      "Koreksi 1 tercatat dan disampaikan kepada Sekretaris BPD (Pasal 56 ayat (4)); ketua rapat memutuskannya (ayat (5)).",
    );
    expect(alertOf(await press("Terima", members[2]))).toContain("Hanya ketua rapat itu (Ahmad Fauzi) yang dapat melakukan ini (Pasal 56 ayat (5))");
    await press("Terima");
    expect(alertOf(await bot.press("Terbitkan risalah resmi", { from: members[0], chat }).catch(async () => {
      await say("/risalah");
      return press("🖊 Terbitkan risalah resmi");
    }))).toContain("Risalah resmi disusun setelah masa koreksi berakhir, 30-11-2026 pukul 11.40 (Pasal 56 ayat (6))");

    bot.setClock("2026-11-30T11:41:00");
    expect(await say("/koreksi Terlambat", members[5])).toContain("Masa koreksi 7 hari sudah berakhir pada 30-11-2026 pukul 11.40 (Pasal 56 ayat (4))");
    expect(await bot.app.jobs.runDue()).toBe(1);
    expect(replies(bot.api.events.slice(-1))).toContain("Masa koreksi risalah sementara rapat 23-11-2026 pukul 10.00 berakhir (Pasal 56 ayat (4))");

    await say("/risalah");
    await press("🖊 Terbitkan risalah resmi");
    const official = documentsTo(chat.id).find((d) => d.name.endsWith(".pdf"))!;
    expect(official.name).toBe("risalah-resmi-bpd-mekarsari-7-2026-11-23.pdf");
    const pdf = await PDFDocument.load(official.content);
    expect(pdf.getPageCount()).toBeGreaterThan(0);
    const text = pdfText(official.content).replace(/\s+/g, " ");
    expect(text).toContain("RISALAH RESMI");
    expect(text).toContain("Menerima laporan Kepala Desa");
    expect(text).toContain("Pada acara 1 yang berbicara adalah Siti Aminah dari Bidang Pembangunan");
    expect(text).toContain("Tuti Handayani");
    expect(await say("/risalah")).toContain("Risalah resmi diterbitkan 30-11-2026");
    expect(bot.errors()).toEqual([]);
  });
});

describe("Pasal 41 and 43: a closed meeting's report is RAHASIA", () => {
  it("lets the chair leave an item out, sends it to members privately, never to the group or an observer", async () => {
    const { chat, members, say, press } = await plenary("tertutup");
    const outsider = userOf({ id: 2102, name: "Warga Desa" });
    expect(await say("/peninjau", outsider)).toContain("Rapat tertutup tidak terbuka untuk umum (Pasal 40 ayat (2))");
    expect(await say("/tutup")).toContain("Ketua rapat dapat memutuskan suatu acara tidak dimuat (Pasal 43 ayat (3))");
    expect(alertOf(await press("✅ Dimuat: acara 2", members[1]))).toContain("Hanya ketua rapat itu (Ahmad Fauzi)");
    await press("✅ Dimuat: acara 2");
    await press("📤 Kirim risalah sementara");
    expect(documentsTo(chat.id)).toEqual([]);
    expect(documentsTo(outsider.id)).toEqual([]);
    const toMember = documentsTo(members[3]!.id);
    expect(toMember).toHaveLength(1);
    const xml = odtContent(toMember[0]!.content);
    expect(xml).toContain("RAHASIA");
    expect(xml).toContain("Menerima laporan Kepala Desa");
    expect(xml).not.toContain("Rancangan APBDes 2027");
    expect(await say("/risalah")).toContain("RAHASIA (Pasal 41)");
    expect(await say("/koreksi Di grup", members[2])).toContain("lewat chat pribadi");
    expect(replies(await bot.sendText("/koreksi Nama pembicara keliru", { from: members[2]! }))).toContain("Koreksi 1 tercatat");
  });
});
