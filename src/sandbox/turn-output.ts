import { renderEvents } from "./render.ts";
import type { MissingButton, Place, SandboxSession, TurnResult } from "./sandbox-session.ts";
import { sandboxTexts } from "./sandbox-texts.ts";
import type { Persona } from "./update-factory.ts";

export interface TurnView {
  readonly session: SandboxSession;
  readonly persona: Persona;
  readonly place: Place;
  /** Number the buttons of the message a bare number would press (the terminal chat). */
  readonly numbered: boolean;
}

/** Everything one turn shows the user: the sandbox's notes, then the bot's output (or why there is none). */
export function renderTurn(result: TurnResult, view: TurnView): string {
  if (result.missingButton) return renderMissingButton(result.missingButton);
  const chatId = view.session.chatIdOf(view.persona, view.place);
  const pressable = view.numbered ? view.session.latestButtons(view.persona, view.place) : undefined;
  const output = renderEvents(result.events, {
    currentChatId: chatId,
    chatName: (id) => view.session.chatName(id),
    ...(pressable ? { numbered: { chatId, messageId: pressable.messageId } } : {}),
  });
  const blocks = [...result.notes];
  if (output !== "") blocks.push(output);
  if (result.failure !== undefined) blocks.push(sandboxTexts.botFailed(describe(result.failure)));
  else if (output === "" && result.delivered > 0) {
    blocks.push(view.place.kind === "group" ? sandboxTexts.noReplyInGroup : sandboxTexts.noReply);
  }
  return blocks.join("\n\n");
}

export function renderMissingButton(missing: MissingButton): string {
  switch (missing.reason) {
    case "no-buttons":
      return sandboxTexts.noButtons;
    case "ambiguous":
      return sandboxTexts.buttonAmbiguous(missing.label, missing.labels);
    case "not-found":
      return sandboxTexts.buttonNotFound(missing.label, missing.labels);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
