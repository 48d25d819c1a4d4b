import type { UserFromGetMe } from "telegraf/types";

/** Who the bot is in the sandbox and in tests: answered locally, so no getMe ever reaches Telegram. */
export const SANDBOX_BOT_INFO: UserFromGetMe = {
  id: 999000,
  is_bot: true,
  first_name: "Asisten Desa",
  username: "asisten_desa_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};

/**
 * Telegraf needs a token; this one has Telegram's shape but is never sent anywhere: every Bot API call is
 * answered by LocalBotApi inside the process.
 */
export const SANDBOX_BOT_TOKEN = `${SANDBOX_BOT_INFO.id}:sandbox-local-bot-api-never-sent`;
