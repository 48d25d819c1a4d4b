import type { DateTime } from "luxon";
import type { Telegram } from "telegraf";
import type { SessionState } from "../../../domain/council/session-state.ts";
import type { Logger } from "../../../logger.ts";
import type { StoredCouncil } from "../../../store/council/council-repository.ts";
import type { Store } from "../../../store/store.ts";
import { telegramFailureOf } from "../../telegram-errors.ts";
import { boardKeyboard, boardText } from "./board.ts";
import { RULES } from "./session-service.ts";

export interface BoardDeps {
  readonly telegram: Telegram;
  readonly store: Store;
  readonly logger: Logger;
}

/**
 * Shows the session's one live board: edited in place (Telegram allows about 20 messages a minute in a group), sent
 * anew below the chat when `fresh` (members must act on it now) or when the old one can no longer be edited.
 * Used after a tap and after a stored timer fires, so the board never lags behind the log. There is no update here
 * (a timer has none), so the board speaks the language the council's group chose, read from the store (cached).
 */
export async function publishBoard(deps: BoardDeps, stored: StoredCouncil, sessionId: number, state: SessionState, now: DateTime, fresh = false): Promise<void> {
  const { telegram, store, logger } = deps;
  const language = await store.chatSettings.language(stored.chatId);
  const text = boardText(stored.council, state, RULES, now.setZone(stored.council.zone), language);
  const markup = boardKeyboard(sessionId, state, stored.council, language);
  const session = await store.council.session(sessionId);
  const boardId = session?.boardMessageId ?? null;
  if (boardId !== null && !fresh) {
    try {
      await telegram.editMessageText(stored.chatId, boardId, undefined, text, markup ?? { reply_markup: { inline_keyboard: [] } });
      return;
    } catch (error) {
      if (telegramFailureOf(error)?.kind === "unchanged") return;
      logger.debug({ err: error, sessionId }, "board edit failed; sending a new board");
    }
  }
  // The new board first: if the process stops here, the old one keeps its buttons; if it cannot be sent, the old one
  // shows the new state in place, so members always have the buttons they need now (a vote's above all).
  let sent: { message_id: number };
  try {
    sent = await telegram.sendMessage(stored.chatId, text, markup);
  } catch (error) {
    if (boardId === null || !fresh) throw error;
    logger.warn({ err: error, sessionId }, "could not send a new board; showing the state on the old one");
    await telegram.editMessageText(stored.chatId, boardId, undefined, text, markup ?? { reply_markup: { inline_keyboard: [] } });
    return;
  }
  await store.council.setBoardMessage(sessionId, sent.message_id);
  if (boardId !== null && boardId !== sent.message_id) {
    // The board has moved to the bottom of the chat; the old copy loses its buttons.
    await telegram.editMessageReplyMarkup(stored.chatId, boardId, undefined, { inline_keyboard: [] }).catch(() => undefined);
  }
}
