import { Composer } from "telegraf";
import type { Language } from "../../../store/chat-settings.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { commandList, welcomeText } from "./help-texts.ts";

const LANGUAGE_NAMES: Record<Language, string> = { id: "Bahasa Indonesia", en: "English" };

/** /start, /bantuan (help) and /bahasa (language). */
export function generalFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.start(async (ctx) => ctx.reply(await welcomeText(ctx)));
  feature.command(["bantuan", "help"], async (ctx) => ctx.reply(await commandList(ctx)));

  feature.command(["bahasa", "language"], async (ctx) => {
    const choice = ctx.payload.trim().toLowerCase();
    if (choice === "id" || choice === "en") return setLanguage(ctx, choice);
    return ctx.reply(
      ctx.say("Pilih bahasa untuk chat ini:", "Choose the language for this chat:"),
      keyboard([button(LANGUAGE_NAMES.id, "lang:id"), button(LANGUAGE_NAMES.en, "lang:en")]),
    );
  });
  feature.action(/^lang:(id|en)$/, async (ctx) => {
    await setLanguage(ctx, ctx.match[1] as Language);
    await ctx.answerCbQuery();
  });

  return feature;
}

async function setLanguage(ctx: BotContext, language: Language): Promise<void> {
  if (!ctx.chat) return;
  const chatId = ctx.chat.id;
  await ctx.services.store.updates.inUpdate(ctx.update.update_id, (tx) =>
    ctx.services.store.chatSettings.setLanguage(tx, chatId, language),
  );
  ctx.services.store.chatSettings.remember(chatId, language);
  ctx.language = language;
  await ctx.reply(
    ctx.say(
      `Bahasa chat ini sekarang ${LANGUAGE_NAMES[language]}.`,
      `This chat now uses ${LANGUAGE_NAMES[language]}.`,
    ),
  );
}
