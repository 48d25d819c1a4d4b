import type { Minutes } from "../../../../domain/council/minutes/index.ts";

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "risalah-sementara-bpd-sukamaju-2026-11-23.odt": the record's title, the council, the day of the meeting. */
export function minutesFileName(minutes: Minutes, extension: "odt" | "pdf"): string {
  return `${slug(minutes.record.title)}-bpd-${slug(minutes.village)}-${minutes.date.iso}.${extension}`;
}
