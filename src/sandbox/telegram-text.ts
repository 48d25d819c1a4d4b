import { badRequest } from "./bot-api-errors.ts";

/** Telegram's limits (Bot API: sendMessage text 1-4096 characters after entities parsing). */
export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;

/**
 * The text a user sees once Telegram has parsed `parse_mode`: markup removed, entities decoded,
 * surrounding whitespace trimmed. Markup Telegram would reject throws the same 400 "can't parse entities".
 */
export function visibleText(text: string, parseMode: string | undefined): string {
  const parse = PARSERS[parseMode ?? ""] ?? ((plain: string) => plain);
  return parse(text).trim();
}

function cantParse(detail: string): never {
  throw badRequest(`can't parse entities: ${detail}`);
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), "utf8");
}

const HTML_TAGS = new Set(
  ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"],
);
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Bot API "HTML style": only the supported tags, properly nested; <, > and & outside tags must be escaped. */
function parseHtml(text: string): string {
  const open: { name: string; at: number }[] = [];
  let out = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "&") {
      const entity = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(text.slice(index));
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (entity && decoded !== undefined) {
        out += decoded;
        index += entity[0].length;
        continue;
      }
      out += char;
      index += 1;
      continue;
    }
    if (char !== "<") {
      out += char;
      index += 1;
      continue;
    }
    const end = text.indexOf(">", index);
    if (end === -1) cantParse(`Unclosed start tag at byte offset ${byteOffset(text, index)}`);
    const tag = /^<(\/?)([a-zA-Z][\w-]*)(\s[^>]*)?>$/.exec(text.slice(index, end + 1));
    if (!tag) cantParse(`Unsupported start tag at byte offset ${byteOffset(text, index)}`);
    const [, closing, rawName] = tag;
    const name = rawName!.toLowerCase();
    if (!closing) {
      if (!HTML_TAGS.has(name)) cantParse(`Unsupported start tag "${name}" at byte offset ${byteOffset(text, index)}`);
      open.push({ name, at: index });
    } else {
      const top = open.pop();
      if (!top || top.name !== name) {
        cantParse(
          `Unmatched end tag at byte offset ${byteOffset(text, index)}, expected "</${top?.name ?? ""}>", found "</${name}>"`,
        );
      }
    }
    index = end + 1;
  }
  const unclosed = open.pop();
  if (unclosed) cantParse(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  return out;
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body];
}

const MARKDOWN_V2_RESERVED = new Set("_*[]()~`>#+-=|{}.!");

/** Bot API "MarkdownV2 style": entity markers balanced, every other reserved character escaped with "\". */
function parseMarkdownV2(text: string): string {
  const open: { marker: string; at: number }[] = [];
  let out = "";
  let index = 0;
  const toggle = (marker: string) => {
    const position = open.findIndex((entry) => entry.marker === marker);
    if (position === -1) open.push({ marker, at: index });
    else open.splice(position, 1);
  };
  while (index < text.length) {
    const char = text[index]!;
    const atLineStart = index === 0 || text[index - 1] === "\n";
    if (char === "\\" && index + 1 < text.length) {
      out += text[index + 1];
      index += 2;
    } else if (text.startsWith("```", index)) {
      const close = text.indexOf("```", index + 3);
      if (close === -1) cantParse(`Can't find end of the entity starting at byte offset ${byteOffset(text, index)}`);
      const body = text.slice(index + 3, close);
      const newline = body.indexOf("\n");
      out += unescapeCode(newline === -1 ? body : body.slice(newline + 1));
      index = close + 3;
    } else if (char === "`") {
      const close = findUnescaped(text, "`", index + 1);
      if (close === -1) cantParse(`Can't find end of the entity starting at byte offset ${byteOffset(text, index)}`);
      out += unescapeCode(text.slice(index + 1, close));
      index = close + 1;
    } else if (char === ">" && atLineStart) {
      index += 1;
    } else if (text.startsWith("**>", index) && atLineStart) {
      index += 3;
    } else if (text.startsWith("||", index)) {
      toggle("||");
      index += 2;
    } else if (text.startsWith("__", index)) {
      toggle("__");
      index += 2;
    } else if (char === "*" || char === "_" || char === "~") {
      toggle(char);
      index += 1;
    } else if (char === "[" || (char === "!" && text[index + 1] === "[")) {
      open.push({ marker: "[", at: index });
      index += char === "!" ? 2 : 1;
    } else if (char === "]" && open.at(-1)?.marker === "[") {
      open.pop();
      if (text[index + 1] !== "(") cantParse(`Can't find end of a URL at byte offset ${byteOffset(text, index)}`);
      const close = findUnescaped(text, ")", index + 2);
      if (close === -1) cantParse(`Can't find end of a URL at byte offset ${byteOffset(text, index)}`);
      index = close + 1;
    } else if (MARKDOWN_V2_RESERVED.has(char)) {
      cantParse(`Character '${char}' is reserved and must be escaped with the preceding '\\'`);
    } else {
      out += char;
      index += 1;
    }
  }
  const unclosed = open[0];
  if (unclosed) cantParse(`Can't find end of the entity starting at byte offset ${byteOffset(text, unclosed.at)}`);
  return out;
}

/** Legacy "Markdown style": *bold*, _italic_, `code`, ```pre```, [text](url); only _ * ` [ may be escaped. */
function parseMarkdown(text: string): string {
  let out = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "\\" && "_*`[".includes(text[index + 1] ?? "")) {
      out += text[index + 1];
      index += 2;
    } else if (char === "*" || char === "_" || char === "`") {
      const marker = text.startsWith("```", index) ? "```" : char;
      const close = text.indexOf(marker, index + marker.length);
      if (close === -1) cantParse(`Can't find end of the entity starting at byte offset ${byteOffset(text, index)}`);
      out += text.slice(index + marker.length, close);
      index = close + marker.length;
    } else if (char === "[") {
      const link = /^\[([^\]]*)\]\(([^)]*)\)/.exec(text.slice(index));
      if (!link) cantParse(`Can't find end of the entity starting at byte offset ${byteOffset(text, index)}`);
      out += link[1];
      index += link[0].length;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

const PARSERS: Record<string, (text: string) => string> = {
  HTML: parseHtml,
  MarkdownV2: parseMarkdownV2,
  Markdown: parseMarkdown,
};

function findUnescaped(text: string, needle: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === needle) return index;
  }
  return -1;
}

function unescapeCode(body: string): string {
  return body.replace(/\\([`\\])/g, "$1");
}
