import type { PrismaClient, Transaction } from "./prisma-client.ts";

export type Language = "id" | "en";

/** Per-chat preferences; read on every update, so each chat's row is cached after its first read. */
export class ChatSettingsRepository {
  private readonly languages = new Map<number, Language>();

  constructor(private readonly prisma: PrismaClient) {}

  async language(chatId: number): Promise<Language> {
    const cached = this.languages.get(chatId);
    if (cached) return cached;
    const row = await this.prisma.chatSetting.findUnique({ where: { chatId: BigInt(chatId) } });
    const language: Language = row?.language === "en" ? "en" : "id";
    this.languages.set(chatId, language);
    return language;
  }

  /** Read inside a transaction (a stored timer's): the committed copy when there is one, else the row as `tx` sees it. */
  async languageIn(tx: Transaction, chatId: number): Promise<Language> {
    const cached = this.languages.get(chatId);
    if (cached) return cached;
    const row = await tx.chatSetting.findUnique({ where: { chatId: BigInt(chatId) } });
    return row?.language === "en" ? "en" : "id";
  }

  /** Written inside the update's transaction; the cache follows only once it is committed (see `remember`). */
  async setLanguage(tx: Transaction, chatId: number, language: Language): Promise<void> {
    await tx.chatSetting.upsert({
      where: { chatId: BigInt(chatId) },
      create: { chatId: BigInt(chatId), language },
      update: { language },
    });
  }

  remember(chatId: number, language: Language): void {
    this.languages.set(chatId, language);
  }
}
