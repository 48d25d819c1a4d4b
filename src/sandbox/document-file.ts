import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";

/** What a sendDocument payload's `document` (Telegraf InputFile, URL or file_id) is called and contains. */
export async function readDocument(document: unknown): Promise<{ fileName: string; content?: Buffer }> {
  if (typeof document === "string") {
    return { fileName: /^https?:\/\//.test(document) ? lastPathSegment(document) : "dokumen" };
  }
  const file = (document ?? {}) as { source?: unknown; filename?: unknown; url?: unknown };
  const named = typeof file.filename === "string" && file.filename !== "" ? file.filename : undefined;
  if (Buffer.isBuffer(file.source)) return { fileName: named ?? "dokumen", content: file.source };
  if (typeof file.source === "string") {
    return { fileName: named ?? basename(file.source), content: await readFile(file.source) };
  }
  if (file.source instanceof Readable) return { fileName: named ?? "dokumen", content: await collect(file.source) };
  if (typeof file.url === "string") return { fileName: named ?? lastPathSegment(file.url) };
  return { fileName: named ?? "dokumen" };
}

function lastPathSegment(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "dokumen");
  } catch {
    return "dokumen";
  }
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
