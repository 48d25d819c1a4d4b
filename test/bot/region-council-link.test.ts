import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "telegraf/types";
import type { OutgoingEvent } from "../../src/sandbox/bot-api-types.ts";
import { userOf } from "../../src/sandbox/update-factory.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { councilChair, councilChat, linkedMembers, setUpCouncil } from "../kit/council.ts";
import { users } from "../kit/users.ts";

/** A council decision recorded by the council feature, attached as a village's aspiration (PP 78/2007 Pasal 16 huruf a). */

const chat = councilChat;
const chair = councilChair;
const others = linkedMembers;
const official = userOf({ id: 3001, name: "Petugas Pemekaran" });
const outsider = userOf({ id: 2001, name: "Orang Luar" });

let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot({ clock: "2026-11-23T09:00:00", adminIds: [users.dewi.id] });
});
afterAll(() => bot.close());

const say = (text: string, from: User = chair) => bot.sendText(text, { from, chat });
const textOf = (events: readonly OutgoingEvent[]) =>
  events.filter((event) => event.kind === "message" || event.kind === "edit").map((event) => event.text ?? "").join("\n---\n");
const alertOf = (events: readonly OutgoingEvent[]) => events.find((event) => event.kind === "callbackAnswer")?.text ?? "";

async function vote(motion: string, yes: readonly User[], no: readonly User[]): Promise<string> {
  await say(`/voting ${motion}`);
  await bot.press("Biasa", { from: chair, chat });
  for (const user of yes) await bot.press("Setuju", { from: user, chat });
  for (const user of no) await bot.press("Tolak", { from: user, chat });
  return textOf(await bot.press("Tutup voting", { from: chair, chat }));
}

async function documents() {
  return (await bot.store.region.proposal(1))?.stages.flatMap((stage) => stage.documents) ?? [];
}

describe("a council decision as the aspiration document of a village", () => {
  it("attaches a passed vote, refuses a failed one and forged buttons, and shows it in /usulan", async () => {
    // The council and a session with a passed and a failed vote.
    await setUpCouncil(bot);
    await say("/sidang paripurna terbuka 10:00 | Balai Desa | Pemekaran Kabupaten Sukamaju Raya");
    bot.setClock("2026-11-23T10:00:00");
    await say("/hadir");
    for (const user of others.slice(0, 5)) await say("/hadir", user);
    expect(textOf(await say("/buka"))).toContain("Rapat dibuka: 6 dari 9 anggota hadir");
    expect(await vote("Menyetujui pembentukan Kabupaten Sukamaju Raya", [chair, ...others.slice(0, 4)], [others[4]!])).toContain("DITERIMA");
    expect(await vote("Menyetujui pemindahan balai desa", [chair], others.slice(0, 5))).toContain("DITOLAK");
    await say("/tutup");

    // The proposal, registered by a formation official.
    await bot.sendText("/izinkan_pemekaran 3001 Petugas", { from: users.dewi });
    expect(textOf(await bot.sendText("/usulan_baru Kabupaten Sukamaju Raya", { from: official }))).toContain("Usulan #1");

    // Outside a council's group, and by someone who may not.
    expect(textOf(await bot.sendText("/lampirkan_keputusan 1", { from: official }))).toContain("grup BPD yang sudah terdaftar");
    expect(textOf(await say("/lampirkan_keputusan 1", outsider))).toContain("hanya admin, petugas pemekaran, atau Ketua BPD");

    // The list: newest first, with date, motion, result, counts and article.
    const list = textOf(await say("/lampirkan_keputusan 1", official));
    expect(list).toContain("sebagai dokumen aspirasi Desa Sukamaju (Pasal 16 huruf a PP 78/2007)");
    expect(list).toContain("1. rapat BPD 23 November 2026, keputusan 2: “Menyetujui pemindahan balai desa” — DITOLAK (Setuju 1, Tolak 5, Abstain 0");
    expect(list).toContain(
      "2. rapat BPD 23 November 2026, keputusan 1: “Menyetujui pembentukan Kabupaten Sukamaju Raya” — DITERIMA (Setuju 5, Tolak 1, Abstain 0; perlu 4 suara setuju dari 6 anggota hadir (Pasal 60 ayat (4)))",
    );

    // A failed vote is refused with the article; nothing is attached.
    const failed = textOf(await bot.press("1. ❌", { from: official, chat }));
    expect(failed).toContain("Keputusan tidak dilampirkan: «Menyetujui pemindahan balai desa» DITOLAK dalam rapat BPD");
    expect(failed).toContain("(Pasal 16 huruf a PP 78/2007)");
    expect(await documents()).toEqual([]);

    // Forged buttons: malformed, a decision that does not exist, a pressing outsider.
    const message = bot.api.latestWithButtons(chat.id)!.message;
    const passedData = (bot.api.latestWithButtons(chat.id)!.message.reply_markup?.inline_keyboard.flat() ?? [])
      .map((b) => ("callback_data" in b ? b.callback_data : ""))
      .at(-1)!;
    for (const data of ["rf:b:1:x", "rf:b:0:1", "rf:b:1:" + "9".repeat(60)]) {
      expect(alertOf(await bot.send(bot.updates.callbackQuery({ data, from: official, message }))), data).toContain("sudah tidak berlaku");
    }
    expect(textOf(await bot.send(bot.updates.callbackQuery({ data: "rf:b:1:999999", from: official, message })))).toContain(
      "keputusan itu tidak tercatat pada BPD grup ini",
    );
    expect(textOf(await bot.send(bot.updates.callbackQuery({ data: "rf:b:7:" + passedData.split(":")[3], from: official, message })))).toContain("tidak ada usulan #7");
    expect(alertOf(await bot.send(bot.updates.callbackQuery({ data: passedData, from: outsider, message })))).toContain("hanya admin, petugas pemekaran, atau Ketua BPD");
    // The same button outside the council's group.
    const elsewhere = { ...message, chat: { id: official.id, type: "private" as const, first_name: official.first_name } };
    expect(alertOf(await bot.send(bot.updates.callbackQuery({ data: passedData, from: official, message: elsewhere })))).toContain("sudah tidak berlaku");
    expect(await documents()).toEqual([]);

    // The passed vote is attached, once.
    const attached = textOf(await bot.press("2. ✅", { from: official, chat }));
    expect(attached).toContain("Dilampirkan ke usulan #1 Kabupaten Sukamaju Raya, tahap 1 (Pasal 16 huruf a PP 78/2007), dicatat per 23 November 2026");
    const [document, ...more] = await documents();
    expect(more).toEqual([]);
    expect(document).toMatchObject({ village: "Desa Sukamaju", councilDecisionId: Number(passedData.split(":")[3]) });

    // The chair may attach too, but the same decision only once.
    await say("/lampirkan_keputusan 1");
    expect(textOf(await bot.press("2. ✅", { from: chair, chat }))).toContain("sudah dilampirkan ke usulan ini (Pasal 16 huruf a PP 78/2007)");
    expect(await documents()).toHaveLength(1);

    // /usulan shows the decision with its village, date, motion and counts, and what comes next.
    const shown = textOf(await bot.sendText("/usulan 1", { from: outsider }));
    expect(shown).toContain("1. Aspirasi sebagian besar masyarakat: Keputusan BPD (desa) dan Forum Komunikasi Kelurahan (kelurahan) — 23 November 2026");
    expect(shown).toContain(
      "   • Desa Sukamaju: Keputusan BPD — rapat BPD 23 November 2026, keputusan 1: “Menyetujui pembentukan Kabupaten Sukamaju Raya” — DITERIMA (Setuju 5, Tolak 1, Abstain 0; perlu 4 suara setuju dari 6 anggota hadir (Pasal 60 ayat (4)))",
    );
    expect(shown).toContain("Berikutnya: tahap 2");
    expect(bot.errors()).toEqual([]);
  });
});
