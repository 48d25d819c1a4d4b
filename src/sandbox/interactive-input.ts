/** One line typed in the terminal chat, understood. */
export type InteractiveInput =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  /** A bare number: press that numbered button (sent as text when there is no such button). */
  | { readonly kind: "number"; readonly number: number; readonly text: string }
  | { readonly kind: "command"; readonly name: SandboxCommand; readonly argument: string }
  | { readonly kind: "unknownCommand"; readonly name: string };

export const SANDBOX_COMMANDS = ["saya", "grup", "pribadi", "jam", "inline", "kirim", "reset", "bantuan", "keluar"] as const;
export type SandboxCommand = (typeof SANDBOX_COMMANDS)[number];

/** Sandbox commands start with ":" (`:grup BPD Sukamaju`); everything else goes to the bot. */
export function parseInteractiveLine(line: string): InteractiveInput {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (/^\d{1,3}$/.test(text)) return { kind: "number", number: Number(text), text };
  if (!text.startsWith(":")) return { kind: "text", text };
  const [, rawName = "", argument = ""] = /^:(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  const name = rawName.toLowerCase();
  const command = SANDBOX_COMMANDS.find((known) => known === name);
  return command ? { kind: "command", name: command, argument: argument.trim() } : { kind: "unknownCommand", name: rawName };
}
