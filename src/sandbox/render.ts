import type { OutgoingEvent } from "./bot-api-types.ts";
import type { ButtonView, Keyboard } from "./keyboard.ts";

export interface RenderOptions {
  /**
   * Number buttons as `[1 label]` so they can be pressed by number: every keyboard (true), or only the
   * keyboard of one message (the one a bare number presses).
   */
  readonly numbered?: boolean | { readonly chatId: number; readonly messageId: number };
  /** The chat the person is looking at; what the bot sends elsewhere is introduced with that chat's name. */
  readonly currentChatId?: number;
  readonly chatName?: (chatId: number) => string;
}

/** The bot's output as a person would read it in a terminal, one block per visible event. */
export function renderEvents(events: readonly OutgoingEvent[], options: RenderOptions = {}): string {
  return events
    .map((event) => renderEvent(event, options))
    .filter((block): block is string => block !== undefined)
    .join("\n\n");
}

/** One event as text, or undefined for what a person would not notice (typing status, command menu...). */
export function renderEvent(event: OutgoingEvent, options: RenderOptions = {}): string | undefined {
  const body = renderBody(event, options);
  if (body === undefined) return undefined;
  const elsewhere =
    options.currentChatId !== undefined && event.chatId !== undefined && event.chatId !== options.currentChatId;
  return elsewhere ? `(ke ${options.chatName?.(event.chatId!) ?? `chat ${event.chatId}`})\n${body}` : body;
}

/** Buttons row by row: `[Ya] [Tidak]`, or `[1 Ya] [2 Tidak]` when numbered. */
export function renderKeyboard(keyboard: Keyboard, numbered = false): string {
  let number = 0;
  return keyboard
    .map((row) =>
      row
        .map((button) => {
          number += 1;
          return `[${numbered ? `${number} ` : ""}${button.label}${suffix(button)}]`;
        })
        .join(" "),
    )
    .join("\n");
}

function renderBody(event: OutgoingEvent, options: RenderOptions): string | undefined {
  switch (event.kind) {
    case "message":
      return withKeyboard(event.text ?? "", event, options);
    case "edit":
      return withKeyboard(`(diubah) ${event.text ?? ""}`.trimEnd(), event, options);
    case "document":
      return withKeyboard([`[dokumen: ${event.fileName ?? "dokumen"}]`, event.text].filter(Boolean).join("\n"), event, options);
    case "callbackAnswer":
      if (event.url) return `(notifikasi) membuka tautan: ${event.url}`;
      return event.text ? `(notifikasi) ${event.text}` : undefined;
    case "inlineAnswer":
      return renderInlineResults(event);
    case "other":
      return renderOther(event, options);
  }
}

function withKeyboard(text: string, event: OutgoingEvent, options: RenderOptions): string {
  if (event.keyboard.length === 0) return text;
  const numbered =
    options.numbered === true ||
    (typeof options.numbered === "object" &&
      options.numbered.chatId === event.chatId &&
      options.numbered.messageId === event.messageId);
  return `${text}\n${renderKeyboard(event.keyboard, numbered)}`;
}

function renderInlineResults(event: OutgoingEvent): string {
  const results = event.results ?? [];
  if (results.length === 0) return "(hasil inline: tidak ada)";
  const lines = results.map((result, index) => `${index + 1}. ${result.title}${result.description ? ` — ${result.description}` : ""}`);
  return ["(hasil inline)", ...lines].join("\n");
}

const MEDIA_NAMES: Record<string, string> = {
  sendPhoto: "foto",
  sendVideo: "video",
  sendAnimation: "animasi",
  sendAudio: "audio",
  sendVoice: "pesan suara",
  sendSticker: "stiker",
  sendLocation: "lokasi",
  sendVenue: "tempat",
  sendContact: "kontak",
  sendPoll: "jajak pendapat",
  sendDice: "dadu",
};

function renderOther(event: OutgoingEvent, options: RenderOptions): string | undefined {
  if (event.method === "deleteMessage") return "(pesan dihapus)";
  if (event.method === "pinChatMessage") return "(pesan disematkan)";
  const media = MEDIA_NAMES[event.method];
  if (media) return withKeyboard([`[${media}]`, event.text].filter(Boolean).join("\n"), event, options);
  return undefined;
}

function suffix(button: ButtonView): string {
  return button.action.type === "url" ? " (tautan)" : "";
}
