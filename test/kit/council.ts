import type { User } from "telegraf/types";
import { userOf } from "../../src/sandbox/update-factory.ts";
import type { TestBot } from "./bot-harness.ts";
import { groups, users } from "./users.ts";

/** The nine-member BPD Sukamaju of the council stories: its group, chair, and the members who use Telegram. */
export const councilChat = groups.bpdSukamaju;
export const councilChair = users.budi;
/** Linked members besides the chair; Hasan Basri and Lina Marlina have no Telegram. */
export const linkedMembers: readonly User[] = [
  users.siti,
  users.wayan,
  users.yohanis,
  users.dewi,
  userOf({ id: 1006, name: "Agus Salim" }),
  userOf({ id: 1007, name: "Rina Wati" }),
];

export const COUNCIL_SETUP = [
  "/bpd Sukamaju",
  "Ketua: Budi Santoso, 1970",
  "Wakil: Siti Aminah, 1975",
  "Anggota: Wayan Sudarsana, 1980, Pemerintahan",
  "Anggota: Yohanis Makagansang, 1981, Pemerintahan",
  "Anggota: Dewi Lestari, 1982, Pembangunan",
  "Anggota: Agus Salim, 1983, Pembangunan",
  "Anggota: Rina Wati, 1984, Kemasyarakatan",
  "Anggota: Hasan Basri, 1960, Kemasyarakatan",
  "Anggota: Lina Marlina, 1990, Kemasyarakatan",
  "Sekretaris: Joko Widodo",
].join("\n");

/** The chair sets up the council in its group and every linked member taps their own name after /gabung. */
export async function setUpCouncil(bot: TestBot): Promise<void> {
  await bot.sendText(COUNCIL_SETUP, { from: councilChair, chat: councilChat });
  for (const user of linkedMembers) {
    await bot.sendText("/gabung", { from: user, chat: councilChat });
    const name = [user.first_name, user.last_name].filter(Boolean).join(" ").replace(/^I /, "");
    await bot.press(name, { from: user, chat: councilChat });
  }
}
