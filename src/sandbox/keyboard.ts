/** What pressing a button does, as a Telegram client would do it. */
export type ButtonAction =
  | { readonly type: "callback"; readonly data: string }
  | { readonly type: "url"; readonly url: string }
  | { readonly type: "inline"; readonly query: string }
  /** A reply-keyboard button: pressing it sends its label as an ordinary message. */
  | { readonly type: "text" }
  | { readonly type: "unsupported"; readonly what: string };

export interface ButtonView {
  readonly label: string;
  readonly action: ButtonAction;
}

export type Keyboard = readonly (readonly ButtonView[])[];

/** Telegram's limit for callback_data: 1-64 bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

type RawButton = Record<string, unknown> & { text?: unknown };

/** The inline keyboard of a reply_markup (object or JSON string), if it has one. */
export function inlineKeyboardOf(markup: unknown): Keyboard | undefined {
  const rows = field(markup, "inline_keyboard");
  return Array.isArray(rows) ? rows.map((row: unknown[]) => row.map((button) => inlineButton(button as RawButton))) : undefined;
}

/** The custom (reply) keyboard of a reply_markup, if it has one. */
export function replyKeyboardOf(markup: unknown): Keyboard | undefined {
  const rows = field(markup, "keyboard");
  return Array.isArray(rows) ? rows.map((row: unknown[]) => row.map((button) => replyButton(button))) : undefined;
}

export function isForceReply(markup: unknown): boolean {
  return field(markup, "force_reply") === true;
}

export function removesReplyKeyboard(markup: unknown): boolean {
  return field(markup, "remove_keyboard") === true;
}

export function labelsOf(keyboard: Keyboard | undefined): string[][] {
  return (keyboard ?? []).map((row) => row.map((button) => button.label));
}

export function callbackDataOf(keyboard: Keyboard | undefined): (string | null)[][] {
  return (keyboard ?? []).map((row) => row.map((button) => (button.action.type === "callback" ? button.action.data : null)));
}

export function flatten(keyboard: Keyboard | undefined): ButtonView[] {
  return (keyboard ?? []).flat();
}

export type ButtonMatch =
  | { readonly ok: true; readonly button: ButtonView; readonly number: number }
  | { readonly ok: false; readonly reason: "not-found" | "ambiguous"; readonly candidates: readonly string[] };

/**
 * Finds the button a person means: the exact label, else the label ignoring case, else the only label that
 * starts with it (leading emoji ignored), else the button's number as the sandbox shows it (1, 2, ...).
 */
export function findButton(keyboard: Keyboard | undefined, wanted: string): ButtonMatch {
  const buttons = flatten(keyboard);
  const pick = (button: ButtonView): ButtonMatch => ({ ok: true, button, number: buttons.indexOf(button) + 1 });
  const exact = buttons.find((button) => button.label === wanted);
  if (exact) return pick(exact);
  const key = normalise(wanted);
  if (key === "") return { ok: false, reason: "not-found", candidates: buttons.map((button) => button.label) };
  const sameLetters = buttons.find((button) => normalise(button.label) === key || stripLeadingSymbols(normalise(button.label)) === key);
  if (sameLetters) return pick(sameLetters);
  const prefixed = buttons.filter(
    (button) => normalise(button.label).startsWith(key) || stripLeadingSymbols(normalise(button.label)).startsWith(key),
  );
  if (prefixed.length === 1) return pick(prefixed[0]!);
  if (prefixed.length > 1) return { ok: false, reason: "ambiguous", candidates: prefixed.map((button) => button.label) };
  const numbered = /^\d+$/.test(wanted.trim()) ? buttons[Number(wanted.trim()) - 1] : undefined;
  if (numbered) return pick(numbered);
  return { ok: false, reason: "not-found", candidates: buttons.map((button) => button.label) };
}

/** The button shown as number `number` (1-based, row by row). */
export function buttonByNumber(keyboard: Keyboard | undefined, number: number): ButtonMatch {
  const buttons = flatten(keyboard);
  const button = Number.isInteger(number) ? buttons[number - 1] : undefined;
  return button ? { ok: true, button, number } : { ok: false, reason: "not-found", candidates: buttons.map((each) => each.label) };
}

function normalise(label: string): string {
  return label.normalize("NFKC").toLocaleLowerCase("id").replace(/\s+/g, " ").trim();
}

function stripLeadingSymbols(label: string): string {
  return label.replace(/^[^\p{L}\p{N}]+/u, "");
}

function inlineButton(raw: RawButton): ButtonView {
  const label = String(raw.text ?? "");
  if (typeof raw.callback_data === "string") return { label, action: { type: "callback", data: raw.callback_data } };
  if (typeof raw.url === "string") return { label, action: { type: "url", url: raw.url } };
  if (typeof raw.switch_inline_query_current_chat === "string") {
    return { label, action: { type: "inline", query: raw.switch_inline_query_current_chat } };
  }
  if (typeof raw.switch_inline_query === "string") return { label, action: { type: "inline", query: raw.switch_inline_query } };
  const what = Object.keys(raw).find((key) => key !== "text") ?? "unknown";
  return { label, action: { type: "unsupported", what } };
}

function replyButton(raw: unknown): ButtonView {
  if (typeof raw === "string") return { label: raw, action: { type: "text" } };
  const button = raw as RawButton;
  const label = String(button.text ?? "");
  const special = Object.keys(button).find((key) => key !== "text");
  return special ? { label, action: { type: "unsupported", what: special } } : { label, action: { type: "text" } };
}

function field(markup: unknown, name: string): unknown {
  const value = typeof markup === "string" ? parseJson(markup) : markup;
  return value && typeof value === "object" ? (value as Record<string, unknown>)[name] : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
