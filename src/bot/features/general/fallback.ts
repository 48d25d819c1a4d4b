import { Composer } from "telegraf";
import type { BotContext } from "../../context.ts";

/** Registered last: whatever no feature understood gets a short, helpful answer instead of silence. */
export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.on("message", async (ctx) => {
    if (!ctx.addressedToBot) return;
    const text = "text" in ctx.message ? ctx.message.text : undefined;
    if (text?.startsWith("/")) {
      const command = text.split(/[\s@]/, 1)[0]!.slice(0, 40);
      return void (await ctx.reply(
        ctx.say(
          `Perintah ${command} tidak dikenal. Ketik /bantuan untuk daftar perintah.`,
          `Unknown command ${command}. Type /bantuan for the list of commands.`,
        ),
      ));
    }
    await ctx.reply(
      text === undefined
        ? ctx.say(
            "Saya hanya bisa membaca pesan teks. Ketik /bantuan untuk melihat yang bisa saya bantu.",
            "I can only read text messages. Type /bantuan to see what I can do.",
          )
        : ctx.say(
            "Maaf, saya belum memahami pesan itu. Coba misalnya «berapa dana kampung Kalasuge?», «total kecamatan Tamako», atau ketik /bantuan.",
            "Sorry, I did not understand that. Try «berapa dana kampung Kalasuge?», «total kecamatan Tamako», or type /bantuan.",
          ),
    );
  });

  feature.on("callback_query", (ctx) =>
    ctx.answerCbQuery(
      ctx.say("Tombol ini sudah tidak berlaku. Silakan minta lagi.", "This button is no longer valid. Please ask again."),
      { show_alert: true },
    ),
  );

  feature.on("inline_query", (ctx) => ctx.answerInlineQuery([], { cache_time: 0 }));

  return feature;
}
