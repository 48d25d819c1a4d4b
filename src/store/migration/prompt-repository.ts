import type { PrismaClient, Transaction } from "../prisma-client.ts";
import type { Db } from "./organisation-repository.ts";

export interface PromptRecord {
  readonly kind: string;
  readonly state: unknown;
}

/**
 * What the bot waits for a person to type next in a chat; kept in the database so a restart forgets nothing.
 * Every text message asks, and almost nobody is awaited, so the pairs known to have no prompt are remembered
 * (this process is the only writer): `set` forgets the pair before writing, so a prompt is never missed.
 */
export class MigrationPromptRepository {
  private readonly knownWithout = new Set<string>();

  constructor(private readonly prisma: PrismaClient) {}

  async get(userId: number, chatId: number, db?: Db): Promise<PromptRecord | undefined> {
    const key = `${userId}:${chatId}`;
    if (!db && this.knownWithout.has(key)) return undefined;
    const row = await (db ?? this.prisma).migrationPrompt.findUnique({
      where: { userId_chatId: { userId: BigInt(userId), chatId: BigInt(chatId) } },
    });
    if (!row) {
      if (!db) this.knownWithout.add(key);
      return undefined;
    }
    try {
      return { kind: row.kind, state: JSON.parse(row.state) as unknown };
    } catch {
      return undefined;
    }
  }

  async set(tx: Transaction, userId: number, chatId: number, kind: string, state: unknown, at: Date): Promise<void> {
    this.knownWithout.delete(`${userId}:${chatId}`);
    const key = { userId: BigInt(userId), chatId: BigInt(chatId) };
    const data = { kind, state: JSON.stringify(state), updatedAt: at };
    await tx.migrationPrompt.upsert({ where: { userId_chatId: key }, create: { ...key, ...data }, update: data });
  }

  async clear(tx: Transaction, userId: number, chatId: number): Promise<void> {
    await tx.migrationPrompt.deleteMany({ where: { userId: BigInt(userId), chatId: BigInt(chatId) } });
  }
}
