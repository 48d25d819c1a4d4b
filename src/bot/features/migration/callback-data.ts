import { z } from "zod";

/**
 * Buttons of the migration feature. They carry only coordinates (a run id and the event count the question was
 * asked at, an option index, a period); they grant nothing: every press is checked against the sender's stored
 * roles and the run's current state. A stale or forged button is answered with "no longer valid".
 */
const id = z.coerce.number().int().min(1).max(2_000_000_000);
const seq = z.coerce.number().int().min(0).max(1_000_000);
const index = z.coerce.number().int().min(0).max(20);
const period = z.string().regex(/^\d{4}-S[12]$/);

const actionSchema = z.union([
  z.tuple([z.literal("mn")]).transform(() => ({ kind: "newRun" as const })),
  z.tuple([z.literal("mo"), id]).transform(([, runId]) => ({ kind: "openRun" as const, runId })),
  z.tuple([z.literal("mc"), id, seq, index]).transform(([, runId, at, answer]) => ({ kind: "choose" as const, runId, seq: at, answer })),
  z
    .tuple([z.literal("mf"), id, seq, z.union([index, z.enum(["y", "n", "c", "s", "k"])])])
    .transform(([, runId, at, value]) => ({ kind: "field" as const, runId, seq: at, value })),
  z.tuple([z.literal("mp"), id]).transform(([, runId]) => ({ kind: "pause" as const, runId })),
  z.tuple([z.literal("mx"), id, seq]).transform(([, runId, at]) => ({ kind: "restartStep" as const, runId, seq: at })),
  z.tuple([z.literal("mh"), id, seq]).transform(([, runId, at]) => ({ kind: "resume" as const, runId, seq: at })),
  z.tuple([z.literal("mv"), id]).transform(([, runId]) => ({ kind: "viewForms" as const, runId })),
  z.tuple([z.literal("mt"), id, seq]).transform(([, runId, at]) => ({ kind: "takeOver" as const, runId, seq: at })),
  z.tuple([z.literal("mb"), id, seq]).transform(([, runId, at]) => ({ kind: "handBack" as const, runId, seq: at })),
  z.tuple([z.literal("md"), id, seq]).transform(([, runId, at]) => ({ kind: "finish" as const, runId, seq: at })),
  z.tuple([z.literal("mq")]).transform(() => ({ kind: "qualify" as const })),
  z.tuple([z.literal("mr"), id, period]).transform(([, agencyId, key]) => ({ kind: "agencyReport" as const, agencyId, period: key })),
  z.tuple([z.literal("ms"), id, period]).transform(([, agencyId, key]) => ({ kind: "submitReport" as const, agencyId, period: key })),
  z.tuple([z.literal("mk"), period]).transform(([, key]) => ({ kind: "recap" as const, period: key })),
  z.tuple([z.literal("mu"), period]).transform(([, key]) => ({ kind: "sendRecap" as const, period: key })),
  z.tuple([z.literal("me"), z.union([index, z.literal("s")])]).transform(([, value]) => ({ kind: "exceptionField" as const, value })),
  z.tuple([z.literal("mE")]).transform(() => ({ kind: "newException" as const })),
  z.tuple([z.literal("ma"), id]).transform(([, exceptionId]) => ({ kind: "approveException" as const, exceptionId })),
  z.tuple([z.literal("mj"), id]).transform(([, exceptionId]) => ({ kind: "rejectException" as const, exceptionId })),
  z.tuple([z.literal("mF"), z.enum(["static", "dynamic", "native"])]).transform(([, kind]) => ({ kind: "formatKind" as const, dataKind: kind })),
  z
    .tuple([z.literal("mS"), z.enum(["text", "spreadsheet", "presentation", "drawing"])])
    .transform(([, shape]) => ({ kind: "formatShape" as const, shape })),
  z.tuple([z.literal("mR"), id]).transform(([, memberId]) => ({ kind: "removeMember" as const, memberId })),
  z.tuple([z.literal("mA"), id]).transform(([, agencyId]) => ({ kind: "agencyDetail" as const, agencyId })),
]);

export type MigrationAction = z.output<typeof actionSchema>;

export const MIGRATION_CALLBACK_PATTERN = /^m[a-zA-Z](?::|$)/;

export function parseMigrationAction(data: string): MigrationAction | undefined {
  if (data.length > 64) return undefined;
  const parsed = actionSchema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : undefined;
}

export const migrationData = {
  newRun: () => "mn",
  openRun: (runId: number) => `mo:${runId}`,
  choose: (runId: number, seq: number, answer: number) => `mc:${runId}:${seq}:${answer}`,
  field: (runId: number, seq: number, value: number | "y" | "n" | "c" | "s" | "k") => `mf:${runId}:${seq}:${value}`,
  pause: (runId: number) => `mp:${runId}`,
  restartStep: (runId: number, seq: number) => `mx:${runId}:${seq}`,
  resume: (runId: number, seq: number) => `mh:${runId}:${seq}`,
  viewForms: (runId: number) => `mv:${runId}`,
  takeOver: (runId: number, seq: number) => `mt:${runId}:${seq}`,
  handBack: (runId: number, seq: number) => `mb:${runId}:${seq}`,
  finish: (runId: number, seq: number) => `md:${runId}:${seq}`,
  qualify: () => "mq",
  agencyReport: (agencyId: number, period: string) => `mr:${agencyId}:${period}`,
  submitReport: (agencyId: number, period: string) => `ms:${agencyId}:${period}`,
  recap: (period: string) => `mk:${period}`,
  sendRecap: (period: string) => `mu:${period}`,
  exceptionField: (value: number | "s") => `me:${value}`,
  newException: () => "mE",
  approveException: (exceptionId: number) => `ma:${exceptionId}`,
  rejectException: (exceptionId: number) => `mj:${exceptionId}`,
  formatKind: (kind: "static" | "dynamic" | "native") => `mF:${kind}`,
  formatShape: (shape: "text" | "spreadsheet" | "presentation" | "drawing") => `mS:${shape}`,
  removeMember: (memberId: number) => `mR:${memberId}`,
  agencyDetail: (agencyId: number) => `mA:${agencyId}`,
};
