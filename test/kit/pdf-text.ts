import { inflateSync } from "node:zlib";

/** The text drawn on the PDF's pages (pdf-lib writes it as hex strings in Flate-compressed content streams). */
export function pdfText(pdf: Uint8Array): string {
  const content = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const raw = content.toString("latin1");
  const texts: string[] = [];
  let from = 0;
  for (;;) {
    const start = raw.indexOf("stream", from);
    if (start < 0) break;
    const bodyStart = raw[start + 6] === "\r" ? start + 8 : start + 7;
    const end = raw.indexOf("endstream", bodyStart);
    if (end < 0) break;
    from = end + 9;
    if (raw.slice(start - 3, start) === "end") continue;
    let decoded: string;
    try {
      decoded = inflateSync(content.subarray(bodyStart, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const match of decoded.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) texts.push(winAnsi(Buffer.from(match[1]!, "hex")));
  }
  return texts.join("\n");
}

/** WinAnsi is Latin-1 except for 0x80-0x9F; the reports use a few of those. */
function winAnsi(bytes: Buffer): string {
  const extra: Record<number, string> = { 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—" };
  return [...bytes].map((byte) => extra[byte] ?? String.fromCharCode(byte)).join("");
}

/** The PDF's text with its lines joined, for sentences the layout wrapped. */
export function flat(text: string): string {
  return text.replace(/\n/g, " ");
}
