import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

/**
 * Writing text onto A4 pages with pdf-lib's standard fonts: wrapped lines, page breaks, simple tables. Shared by the
 * documents the bot sends (migration reports, council minutes).
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** The standard fonts speak WinAnsi only: other characters (emoji, arrows) are dropped or replaced. */
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(char)) out += char;
    else if (char === "≥") out += ">=";
    else if (char === "\t" || char === "\n") out += " ";
  }
  return out.replace(/ {2,}/g, " ").trim();
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  /** `header` is printed at the top of every page (e.g. the "RAHASIA" of a closed meeting's record). */
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly header: string | null = null,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    if (this.header) {
      const text = pdfSafe(this.header);
      const size = 9;
      this.page.drawText(text, { x: (A4[0] - this.bold.widthOfTextAtSize(text, size)) / 2, y: A4[1] - MARGIN / 2 - size, size, font: this.bold, color: rgb(0, 0, 0) });
    }
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const words = pdfSafe(text).split(" ");
    const lines: string[] = [];
    let current = "";
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || current === "") current = candidate;
      else {
        lines.push(current);
        current = word;
      }
    }
    if (current) lines.push(current);
    return lines;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number; center?: boolean } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    const width = A4[0] - 2 * MARGIN - indent;
    for (const line of this.wrap(text, font, size, width)) {
      this.ensure(size + 4);
      const x = MARGIN + indent + (options.center ? (width - font.widthOfTextAtSize(line, size)) / 2 : 0);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: rgb(0, 0, 0) });
      this.y -= size + 4;
    }
    this.y -= options.gap ?? 0;
  }

  /** A list item: the label ("1.") in the margin, the text wrapped beside it. */
  item(label: string, text: string, options: { size?: number; indent?: number; labelWidth?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const labelWidth = options.labelWidth ?? 22;
    const lines = this.wrap(text, this.font, size, A4[0] - 2 * MARGIN - indent - labelWidth);
    lines.forEach((line, index) => {
      this.ensure(size + 4);
      if (index === 0) this.page.drawText(pdfSafe(label), { x: MARGIN + indent, y: this.y - size, size, font: this.font, color: rgb(0, 0, 0) });
      this.page.drawText(line, { x: MARGIN + indent + labelWidth, y: this.y - size, size, font: this.font, color: rgb(0, 0, 0) });
      this.y -= size + 4;
    });
  }

  space(height = 8): void {
    this.y -= height;
  }

  /** Starts a new page unless `height` still fits, so a block (a signature) is not split. */
  keepTogether(height: number): void {
    this.ensure(height);
  }

  rule(): void {
    this.ensure(6);
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 3 }, end: { x: A4[0] - MARGIN, y: this.y - 3 }, thickness: 0.5 });
    this.y -= 6;
  }

  /** A simple table: fixed column widths, header in bold, a rule under it. */
  table(header: readonly string[], rows: readonly (readonly (string | number)[])[], widths: readonly number[], size = 8): void {
    const rowHeight = size + 5;
    const drawRow = (cells: readonly (string | number)[], font: PDFFont) => {
      this.ensure(rowHeight);
      let x = MARGIN;
      cells.forEach((cell, index) => {
        const width = widths[index]!;
        let value = pdfSafe(String(cell));
        while (value.length > 1 && font.widthOfTextAtSize(value, size) > width - 4) value = `${value.slice(0, -2)}…`;
        const numeric = typeof cell === "number";
        const offset = numeric ? width - 4 - font.widthOfTextAtSize(value, size) : 0;
        this.page.drawText(value, { x: x + offset, y: this.y - size, size, font });
        x += width;
      });
      this.y -= rowHeight;
    };
    drawRow(header, this.bold);
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: MARGIN + widths.reduce((a, b) => a + b, 0), y: this.y + 2 }, thickness: 0.5 });
    for (const row of rows) drawRow(row, row[0] === "TOTAL" ? this.bold : this.font);
  }
}
