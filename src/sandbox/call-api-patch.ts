import { Telegram } from "telegraf";

export interface BotApiHandler {
  call(method: string, payload: Record<string, unknown>): Promise<unknown>;
}

/** Route key for a handler that answers for every bot token. */
export const ANY_TOKEN = "*";

type CallApi = (this: Telegram, method: string, payload: Record<string, unknown>, options?: unknown) => Promise<unknown>;

const routes = new Map<string, BotApiHandler>();
let saved: { descriptor: PropertyDescriptor | undefined; inherited: CallApi } | undefined;

/**
 * Answers Bot API calls of bots with `token` (or of every bot) locally. Telegraf builds a new Telegram per
 * update, so the method is replaced on the prototype; calls of other tokens still go to the original.
 * Returns the function that removes the route (and restores the prototype after the last one).
 */
export function routeBotApi(token: string, handler: BotApiHandler): () => void {
  if (routes.has(token)) {
    throw new Error(`A local Bot API is already installed for ${token === ANY_TOKEN ? "every token" : "this token"}.`);
  }
  if (!saved) patchPrototype();
  routes.set(token, handler);
  let removed = false;
  return () => {
    if (removed || routes.get(token) !== handler) return;
    removed = true;
    routes.delete(token);
    if (routes.size === 0) restorePrototype();
  };
}

function patchPrototype(): void {
  const prototype = Telegram.prototype as unknown as { callApi: CallApi };
  saved = { descriptor: Object.getOwnPropertyDescriptor(prototype, "callApi"), inherited: prototype.callApi };
  const inherited = saved.inherited;
  prototype.callApi = function callApi(method, payload, options) {
    const token = (this as unknown as { token?: string }).token ?? "";
    const handler = routes.get(token) ?? routes.get(ANY_TOKEN);
    return handler ? handler.call(method, payload ?? {}) : inherited.call(this, method, payload, options);
  };
}

function restorePrototype(): void {
  if (!saved) return;
  const prototype = Telegram.prototype as unknown as Record<string, unknown>;
  if (saved.descriptor) Object.defineProperty(prototype, "callApi", saved.descriptor);
  else delete prototype.callApi;
  saved = undefined;
}
