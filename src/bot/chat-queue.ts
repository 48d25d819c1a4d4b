/**
 * One queue per chat: work for the same chat runs one piece at a time, in arrival order; different chats run
 * in parallel. Updates (Telegraf's polling handles a batch concurrently) and fired timers share it, so a
 * timer never interleaves with a tap in the same session.
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** How many chats have work queued or running (for tests and the benchmark). */
  get activeChats(): number {
    return this.tails.size;
  }
}

export function chatQueueKey(chatId: number | undefined, userId?: number): string {
  if (chatId !== undefined) return `chat:${chatId}`;
  if (userId !== undefined) return `user:${userId}`;
  return "none";
}
