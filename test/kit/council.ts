import type { User } from "telegraf/types";
import { supergroupChat, userOf } from "../../src/sandbox/update-factory.ts";
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

const SCENARIO_NAMES = [
  "Ahmad Fauzi", "Sri Wahyuni", "Bambang Irawan", "Siti Aminah", "Wayan Sudarsana", "Dewi Lestari",
  "Agus Salim", "Rina Wati", "Hasan Basri", "Lina Marlina", "Joko Susilo",
];
const SCENARIO_COMMISSIONS = ["Pemerintahan", "Pembangunan", "Kemasyarakatan"];

export interface ScenarioCouncil {
  readonly chat: ReturnType<typeof supergroupChat>;
  /** members[0] is the chair, members[1] the vice chair; all linked to Telegram. */
  readonly members: readonly User[];
}

/**
 * A council of `size` members (5 to 11), every one linked to a Telegram account, in a group of its own: the chair is
 * born 1960, the vice chair 1961, and so on, so the oldest and youngest are known.
 */
export async function setUpCouncilOf(bot: TestBot, size: number): Promise<ScenarioCouncil> {
  const chat = supergroupChat(-1_001_700_000_000 - size, `BPD Desa ${size}`);
  const members = SCENARIO_NAMES.slice(0, size).map((name, i) => userOf({ id: 5000 + size * 100 + i, name }));
  const lines = members.map((_, i) => {
    const name = SCENARIO_NAMES[i]!;
    if (i === 0) return `Ketua: ${name}, ${1960 + i}`;
    if (i === 1) return `Wakil: ${name}, ${1960 + i}`;
    return `Anggota: ${name}, ${1960 + i}, ${SCENARIO_COMMISSIONS[i % 3]}`;
  });
  await bot.sendText([`/bpd Mekarsari ${size}`, ...lines, "Sekretaris: Tuti Handayani"].join("\n"), { from: members[0]!, chat });
  for (const [i, user] of members.entries()) {
    if (i === 0) continue;
    await bot.sendText("/gabung", { from: user, chat });
    await bot.press(SCENARIO_NAMES[i]!, { from: user, chat });
  }
  return { chat, members };
}
