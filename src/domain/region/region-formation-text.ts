import { RegulationTextError, type Provision, type Regulation } from "./legal-text.ts";

/**
 * Reads the region-formation text (PP 129/2000, UU 32/2004 and PP 78/2007 as OCR gives them, with a news item
 * between them) into regulations and provisions. A regulation starts at its full heading line
 * ("… REPUBLIK INDONESIA NOMOR 78 TAHUN 2007 TENTANG …") and its articles end at the signature ("Ditetapkan");
 * anything outside a regulation's articles (the news item) is not law and is skipped.
 */

export interface ParsedLegalText {
  readonly regulations: readonly Regulation[];
  readonly provisions: readonly Provision[];
}

const HEADING = /^(?:[A-Z]\.\s+)?(PERATURAN PEMERINTAH|UNDANG-UNDANG) REPUBLIK INDONESIA NOMOR (\d+) TAHUN (\d{4}) TENTANG (.+)$/;
const SMALL_WORDS: ReadonlySet<string> = new Set(["dan", "atau", "tentang", "di", "ke", "dari", "yang", "antara"]);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(" ");
}

interface Block {
  readonly regulation: Regulation;
  readonly start: number;
  readonly end: number;
}

function findBlocks(lines: readonly string[]): Block[] {
  const starts: { index: number; regulation: Regulation }[] = [];
  lines.forEach((line, index) => {
    const match = HEADING.exec(line.trim());
    if (!match) return;
    const kind = match[1] === "UNDANG-UNDANG" ? "UU" : "PP";
    const code = `${kind} ${match[2]}/${match[3]}`;
    if (starts.some((start) => start.regulation.code === code)) return;
    const name = kind === "UU" ? "Undang-Undang" : "Peraturan Pemerintah";
    const title = `${name} Nomor ${match[2]} Tahun ${match[3]} tentang ${titleCase(match[4]!.trim())}`;
    starts.push({ index, regulation: { code, title, position: starts.length + 1 } });
  });
  return starts.map((start, i) => ({ ...start, start: start.index, end: starts[i + 1]?.index ?? lines.length }));
}

function isHeading(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

interface Cursor {
  article: number | null;
  paragraph: number | null;
  item: string | null;
  last: { -readonly [K in keyof Provision]: Provision[K] } | null;
}

/**
 * One regulation's articles. PP 129/2000 prints its items as "1.", "2." while its articles cite them as huruf
 * ("Pasal 3 huruf a", Pasal 19 "Pasal 10 huruf a, b dan c"): in a regulation without any lettered item, numbered
 * items are read as letters (1 = a) and the printed marker is kept.
 */
function readBlock(lines: readonly string[], block: Block): Provision[] {
  const body = lines.slice(block.start + 1, block.end);
  const numbersAreLetters = !body.some((line) => /^\s*[a-z]\.\s/.test(line));
  const provisions: Provision[] = [];
  const cursor: Cursor = { article: null, paragraph: null, item: null, last: null };
  const push = (fields: Pick<Provision, "paragraph" | "item" | "subItem" | "printedItem" | "text">, index: number) => {
    if (cursor.article === null) return;
    const provision = { regulation: block.regulation.code, article: cursor.article, line: block.start + 2 + index, ...fields };
    provisions.push(provision);
    cursor.last = provision;
  };

  for (let index = 0; index < body.length; index++) {
    const text = (body[index] ?? "").replace(/\s+/g, " ").trim();
    if (text === "") continue;
    if (/^(Ditetapkan|Diundangkan)\b/i.test(text)) {
      cursor.article = null;
      cursor.last = null;
      continue;
    }
    const article = /^Pasal (\d+)$/.exec(text);
    if (article) {
      Object.assign(cursor, { article: Number(article[1]), paragraph: null, item: null, last: null });
      continue;
    }
    if (cursor.article === null) continue;
    if (isHeading(text)) {
      cursor.last = null;
      continue;
    }
    const paragraph = /^\(?(\d+)\)\s+(.+)$/.exec(text);
    const letter = /^([a-z])\.\s+(.+)$/.exec(text);
    const number = /^(\d+)\.\s+(.+)$/.exec(text);
    if (paragraph) {
      cursor.paragraph = Number(paragraph[1]);
      cursor.item = null;
      push({ paragraph: cursor.paragraph, item: null, subItem: null, printedItem: null, text: paragraph[2]! }, index);
    } else if (letter) {
      cursor.item = letter[1]!;
      push({ paragraph: cursor.paragraph, item: cursor.item, subItem: null, printedItem: null, text: letter[2]! }, index);
    } else if (number && numbersAreLetters) {
      const n = Number(number[1]);
      cursor.item = LETTERS[n - 1] ?? null;
      if (cursor.item === null) throw new RegulationTextError(`item ${n} of Pasal ${cursor.article} ${block.regulation.code} has no letter`);
      push({ paragraph: cursor.paragraph, item: cursor.item, subItem: null, printedItem: `${n}.`, text: number[2]! }, index);
    } else if (number) {
      if (cursor.item === null) throw new RegulationTextError(`angka ${number[1]} outside a huruf in Pasal ${cursor.article} ${block.regulation.code}`);
      push({ paragraph: cursor.paragraph, item: cursor.item, subItem: Number(number[1]), printedItem: null, text: number[2]! }, index);
    } else if (cursor.last) {
      cursor.last.text = `${cursor.last.text} ${text}`;
    } else {
      push({ paragraph: cursor.paragraph, item: null, subItem: null, printedItem: null, text }, index);
    }
  }
  return provisions;
}

export function parseRegionFormationText(text: string): ParsedLegalText {
  const lines = text.split(/\r?\n/);
  const blocks = findBlocks(lines);
  for (const code of ["PP 129/2000", "UU 32/2004", "PP 78/2007"]) {
    if (!blocks.some((block) => block.regulation.code === code)) throw new RegulationTextError(`the text has no ${code}`);
  }
  return { regulations: blocks.map((block) => block.regulation), provisions: blocks.flatMap((block) => readBlock(lines, block)) };
}
