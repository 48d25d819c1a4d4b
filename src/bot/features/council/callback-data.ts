import { z } from "zod";

/**
 * Council buttons carry the session id, an action and at most one short argument. They grant nothing: who pressed
 * is `ctx.from`, resolved against the roster, and the engine decides whether they may.
 */
export const ACTIONS = [
  "hadir", "keluar", "buka", "tunda", "daftar", "tutupdaftar", "bicara", "lantai", "selesai", "waktu", "menyimpang",
  "interupsi", "izin", "tolakint", "tegur", "larang", "usir", "vote", "tutupvote", "tutup", "hm", "vf", "link", "unlink",
  // The chair's panel (chair-panel.ts) and the questions of a decision (decision-drafts.ts).
  "pnl", "acara", "naik", "lewat", "lantaike", "serah", "ambil", "alih", "tarik", "selint", "lanjut", "batalvote", "mj", "mt", "intunda",
  // `/sidang` by buttons: the kind, then the nature (schedule-parser.ts).
  "sk", "sn",
  // Elections of persons (election.ts): candidates chosen, the vote started, a secret ballot sent to a private chat.
  "cal", "pilih", "surat",
] as const;
export type CouncilAction = (typeof ACTIONS)[number];

const schema = z.tuple([
  z.literal("bpd"),
  z.coerce.number().int().min(0).max(1_000_000_000),
  z.enum(ACTIONS),
  z.string().regex(/^[a-z0-9.]{0,40}$/).optional(),
]);

export const COUNCIL_CALLBACK_PATTERN = /^bpd:/;

export interface ParsedAction {
  readonly sessionId: number;
  readonly action: CouncilAction;
  readonly arg: string | undefined;
}

export function parseCouncilAction(data: string): ParsedAction | undefined {
  if (Buffer.byteLength(data, "utf8") > 64) return undefined;
  const parsed = schema.safeParse(data.split(":"));
  return parsed.success ? { sessionId: parsed.data[1], action: parsed.data[2], arg: parsed.data[3] } : undefined;
}

export function councilData(sessionId: number, action: CouncilAction, arg?: string | number): string {
  return arg === undefined ? `bpd:${sessionId}:${action}` : `bpd:${sessionId}:${action}:${arg}`;
}
