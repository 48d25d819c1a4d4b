import type { BotContext } from "../../context.ts";
import type { CommandHelp } from "../../feature.ts";
import { FEATURES, UPCOMING } from "../index.ts";

const GENERAL_COMMANDS: readonly CommandHelp[] = [
  { usage: "/bahasa", id: "ganti bahasa (Indonesia/English)", en: "switch language" },
  { usage: "/bantuan", id: "daftar perintah ini", en: "this list" },
];

/** /start: what the bot does for each kind of user, then the commands this sender can use here. */
export async function welcomeText(ctx: BotContext): Promise<string> {
  const name = ctx.from?.first_name ?? "";
  return [
    ctx.say(
      `Selamat datang${name ? `, ${name}` : ""}! Saya Asisten Desa, bot yang membantu pemerintah daerah bekerja sesuai peraturannya.`,
      `Welcome${name ? `, ${name}` : ""}! I am Asisten Desa, a bot that helps local government work by its regulations.`,
    ),
    "",
    ...FEATURES.map((feature) => ctx.say(feature.welcome.id, feature.welcome.en)),
    ...UPCOMING.map((upcoming) => ctx.say(upcoming.id, upcoming.en)),
    "",
    await commandList(ctx),
  ].join("\n");
}

/** /bantuan: the commands available to the sender in this chat. */
export async function commandList(ctx: BotContext): Promise<string> {
  const commands: CommandHelp[] = [];
  for (const feature of FEATURES) commands.push(...(await feature.commandsFor(ctx)));
  commands.push(...GENERAL_COMMANDS);
  const username = ctx.botInfo?.username ?? "bot";
  return [
    ctx.say("Perintah yang bisa Anda pakai:", "Commands you can use:"),
    ...commands.map((command) => `${command.usage} — ${ctx.say(command.id, command.en)}`),
    ctx.say(`Di chat mana pun: ketik @${username} lalu nama kampung.`, `From any chat: type @${username} and a kampung name.`),
  ].join("\n");
}
