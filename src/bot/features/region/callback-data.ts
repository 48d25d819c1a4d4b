import { z } from "zod";
import { MAX_PLAUSIBLE_COUNT, OPTIONAL_QUESTIONS, YES_NO_QUESTIONS, type ChecklistState } from "../../../domain/region/checklist.ts";
import type { AnswerValue, RegionKind } from "../../../domain/region/requirements.ts";

/**
 * Buttons of the region feature. The checklist carries its whole state in the button (kind, count, answers so
 * far): it is a calculator, it writes nothing, and every value is validated here. Proposal buttons carry only a
 * proposal id and stage number; recording a stage is a typed command whose sender is checked every time. The one
 * button that writes, attaching a council decision, carries a proposal id and a decision id, both re-read from the
 * store and the presser re-checked when it is pressed.
 */
const KIND_CODES: ReadonlyMap<string, RegionKind> = new Map([
  ["k", "regency"],
  ["c", "city"],
  ["p", "province"],
]);
const CODE_OF_KIND: Readonly<Record<RegionKind, string>> = { regency: "k", city: "c", province: "p" };
const ANSWER_CODES: ReadonlyMap<string, AnswerValue> = new Map([
  ["y", "yes"],
  ["n", "no"],
  ["u", "unknown"],
  ["-", "na"],
]);
const CODE_OF_ANSWER: Readonly<Record<AnswerValue, string>> = { yes: "y", no: "n", unknown: "u", na: "-" };

const kind = z.enum(["k", "c", "p"]).transform((code) => KIND_CODES.get(code)!);
const id = z.coerce.number().int().min(1).max(1_000_000);
/** A council decision: the id of the event row that recorded it. */
const decision = z.coerce.number().int().min(1).max(2_000_000_000);
const stage = z.coerce.number().int().min(1).max(20);
const count = z.union([z.literal("x").transform(() => null), z.coerce.number().int().min(0).max(MAX_PLAUSIBLE_COUNT)]);
/** Answers so far, one letter each; "does not apply" only where the question allows it. */
const answers = z
  .string()
  .max(YES_NO_QUESTIONS.length)
  .regex(/^[ynu-]*$/)
  .transform((codes) => [...codes].map((code) => ANSWER_CODES.get(code)!))
  .refine((values) => values.every((value, i) => value !== "na" || OPTIONAL_QUESTIONS.has(YES_NO_QUESTIONS[i]!)));

const checklist = <Tag extends "c" | "r">(tag: Tag) =>
  z.tuple([z.literal("rf"), z.literal(tag), kind, count, answers]).transform(([, , regionKind, n, values]): ChecklistState => ({
    kind: regionKind,
    count: n,
    answers: values,
  }));

const actionSchema = z.union([
  z.tuple([z.literal("rf"), z.literal("m")]).transform(() => ({ kind: "menu" as const })),
  z.tuple([z.literal("rf"), z.literal("q"), kind]).transform(([, , regionKind]) => ({ kind: "requirements" as const, regionKind })),
  z.tuple([z.literal("rf"), z.literal("t"), kind]).transform(([, , regionKind]) => ({ kind: "procedure" as const, regionKind })),
  z.tuple([z.literal("rf"), z.literal("o")]).transform(() => ({ kind: "earlierProcedure" as const })),
  z.tuple([z.literal("rf"), z.literal("d")]).transform(() => ({ kind: "dissolution" as const })),
  checklist("c").transform((state) => ({ kind: "checklist" as const, state })),
  checklist("r").transform((state) => ({ kind: "checklistResult" as const, state })),
  z.tuple([z.literal("rf"), z.literal("l")]).transform(() => ({ kind: "proposals" as const })),
  z.tuple([z.literal("rf"), z.literal("p"), id]).transform(([, , proposal]) => ({ kind: "proposal" as const, proposal })),
  z.tuple([z.literal("rf"), z.literal("s"), id, stage]).transform(([, , proposal, stageNumber]) => ({ kind: "howToRecord" as const, proposal, stage: stageNumber })),
  z.tuple([z.literal("rf"), z.literal("b"), id, decision]).transform(([, , proposal, decisionId]) => ({ kind: "attachDecision" as const, proposal, decision: decisionId })),
]);

export type RegionAction = z.output<typeof actionSchema>;

export const REGION_CALLBACK_PATTERN = /^rf:/;

export function parseRegionAction(data: string): RegionAction | undefined {
  if (data.length > 64) return undefined;
  const parsed = actionSchema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : undefined;
}

function encodeState(checklist: ChecklistState): string {
  const answered = checklist.answers.map((answer) => (answer === undefined ? "" : CODE_OF_ANSWER[answer])).join("");
  return `${CODE_OF_KIND[checklist.kind]}:${checklist.count ?? "x"}:${answered}`;
}

export const regionData = {
  menu: () => "rf:m",
  requirements: (regionKind: RegionKind) => `rf:q:${CODE_OF_KIND[regionKind]}`,
  procedure: (regionKind: RegionKind) => `rf:t:${CODE_OF_KIND[regionKind]}`,
  earlierProcedure: () => "rf:o",
  dissolution: () => "rf:d",
  checklist: (checklist: ChecklistState) => `rf:c:${encodeState(checklist)}`,
  checklistResult: (checklist: ChecklistState) => `rf:r:${encodeState(checklist)}`,
  proposals: () => "rf:l",
  proposal: (proposal: number) => `rf:p:${proposal}`,
  howToRecord: (proposal: number, stageNumber: number) => `rf:s:${proposal}:${stageNumber}`,
  attachDecision: (proposal: number, decisionId: number) => `rf:b:${proposal}:${decisionId}`,
};
