import { z } from "zod";

/**
 * Buttons of the work-plan feature carry only what to show (a programme's or an indicator's number); they grant
 * nothing. Recording realisation is a typed command whose sender is checked every time. Forged or stale data is
 * answered with "no longer valid".
 */
const number = z.coerce.number().int().min(1).max(999);

const actionSchema = z.union([
  z.tuple([z.literal("wp"), z.literal("o")]).transform(() => ({ kind: "overview" as const })),
  z.tuple([z.literal("wp"), z.literal("p"), number]).transform(([, , programme]) => ({ kind: "programme" as const, programme })),
  z.tuple([z.literal("wp"), z.literal("i"), number]).transform(([, , indicator]) => ({ kind: "indicator" as const, indicator })),
  z.tuple([z.literal("wp"), z.literal("h"), number]).transform(([, , indicator]) => ({ kind: "history" as const, indicator })),
  z.tuple([z.literal("wp"), z.literal("n"), number]).transform(([, , indicator]) => ({ kind: "howToRecord" as const, indicator })),
  z.tuple([z.literal("wp"), z.literal("l")]).transform(() => ({ kind: "largest" as const })),
  z.tuple([z.literal("wp"), z.literal("s")]).transform(() => ({ kind: "statements" as const })),
  z.tuple([z.literal("wp"), z.literal("r")]).transform(() => ({ kind: "progress" as const })),
]);

export type WorkPlanAction = z.output<typeof actionSchema>;

export const WORK_PLAN_CALLBACK_PATTERN = /^wp:/;

export function parseWorkPlanAction(data: string): WorkPlanAction | undefined {
  if (data.length > 64) return undefined;
  const parsed = actionSchema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : undefined;
}

export const workPlanData = {
  overview: () => "wp:o",
  programme: (position: number) => `wp:p:${position}`,
  indicator: (number: number) => `wp:i:${number}`,
  history: (number: number) => `wp:h:${number}`,
  howToRecord: (number: number) => `wp:n:${number}`,
  largest: () => "wp:l",
  statements: () => "wp:s",
  progress: () => "wp:r",
};
