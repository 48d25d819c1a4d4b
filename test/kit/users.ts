import type { Chat, User } from "telegraf/types";
import { groupIdFromTitle, privateChatOf, supergroupChat, userOf } from "../../src/sandbox/update-factory.ts";

/** A few people who talk to the bot in tests: village officials and council members. */
export const users = {
  /** The sandbox's default persona. */
  budi: userOf({ id: 1001, name: "Budi Santoso", username: "budi_santoso" }),
  siti: userOf({ id: 1002, name: "Siti Aminah" }),
  wayan: userOf({ id: 1003, name: "I Wayan Sudarsana" }),
  yohanis: userOf({ id: 1004, name: "Yohanis Makagansang" }),
  dewi: userOf({ id: 1005, name: "Dewi Lestari", username: "dewi_lestari" }),
} as const satisfies Record<string, User>;

/** Groups the bot is in, with ids the sandbox would give them. */
export const groups = {
  bpdSukamaju: supergroupChat(groupIdFromTitle("BPD Sukamaju"), "BPD Sukamaju"),
  perangkatKampung: supergroupChat(groupIdFromTitle("Perangkat Kampung Kalasuge"), "Perangkat Kampung Kalasuge"),
} as const satisfies Record<string, Chat.SupergroupChat>;

export const channels = {
  pengumuman: { id: -1009876543210, type: "channel", title: "Pengumuman Desa" },
} as const satisfies Record<string, Chat.ChannelChat>;

/** The private chat between a user and the bot (its id is the user's id). */
export function privateChatWith(user: User): Chat.PrivateChat {
  return privateChatOf({ id: user.id, name: [user.first_name, user.last_name].filter(Boolean).join(" "), username: user.username });
}
