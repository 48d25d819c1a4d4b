import { z } from "zod";
import {
  conditionKeys,
  conditionSchema,
  fieldSchema,
  localTextSchema,
  placeholders,
  type Condition,
  type Field,
  type LocalText,
} from "./fields.ts";

/**
 * A procedure (an SOP) as data: steps with their prompt, the fields they record, and where each answer leads.
 * The file is checked twice at start-up: its shape by zod, then its graph (every step it points to exists,
 * every step is reachable from the start, every step can still reach an end). A second SOP is a second file.
 */

const keySchema = z.string().regex(/^[a-z][A-Za-z0-9]{0,30}$/, "kunci: huruf kecil di depan, huruf/angka, maks. 31");

/** Where an answer or a route leads: another step, on hold (pending) with a reason, or to the support team. */
export const targetSchema = z.union([
  z.object({ step: keySchema }).strict(),
  z.object({ hold: z.object({ reasonField: keySchema }).strict(), resumeAt: keySchema }).strict(),
  z.object({ escalate: z.literal(true), resumeAt: keySchema }).strict(),
]);
export type Target = z.output<typeof targetSchema>;

const answerSchema = z
  .object({
    key: keySchema,
    label: localTextSchema,
    /** Asked after the answer is chosen (e.g. what the problem was). */
    fields: z.array(fieldSchema).max(12).optional(),
    go: targetSchema,
  })
  .strict();
export type Answer = z.output<typeof answerSchema>;

const routeSchema = z
  .object({
    /** The first route whose condition holds is taken; the last has none ("otherwise"). */
    when: conditionSchema.optional(),
    note: localTextSchema,
    go: targetSchema,
  })
  .strict();
export type Route = z.output<typeof routeSchema>;

const thenSchema = z.union([
  z.object({ choice: z.array(answerSchema).min(1).max(6) }).strict(),
  z.object({ route: z.array(routeSchema).min(1).max(10) }).strict(),
  z.object({ go: targetSchema }).strict(),
  /** A closing step: the run ends here; `offerRestart` invites choosing another target. */
  z.object({ end: z.enum(["done", "unsuitable"]), offerRestart: z.boolean().optional() }).strict(),
]);

const stepSchema = z
  .object({
    id: keySchema,
    /** The step's number in the SOP ("langkah 7"). */
    number: z.number().int().min(1).max(99),
    title: localTextSchema,
    prompt: localTextSchema,
    /** Where the SOP says it, e.g. "Lampiran angka 2 huruf c langkah 7". */
    citation: z.string().trim().min(1),
    fields: z.array(fieldSchema).max(20).optional(),
    /** Skip the step when this holds (e.g. a distribution without a live CD). */
    skip: z.object({ when: conditionSchema, note: localTextSchema, go: targetSchema }).strict().optional(),
    /** A troubleshooting step: each visit is a Form 2 entry of this phase. */
    troubleshooting: z.object({ phase: keySchema, label: localTextSchema }).strict().optional(),
    then: thenSchema,
  })
  .strict();
export type Step = z.output<typeof stepSchema>;

export const procedureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/),
    version: z.string().trim().min(1).max(20),
    title: localTextSchema,
    regulation: z.string().trim().min(1),
    citation: z.string().trim().min(1),
    start: keySchema,
    /** The fields of the start step that identify the target PC. */
    target: z.object({ assetTag: keySchema, location: keySchema, user: keySchema }).strict(),
    /** Values the run takes from configuration when it starts (the agreed distribution's requirements). */
    settings: z.array(z.object({ key: keySchema, type: z.enum(["number", "boolean", "text"]), label: localTextSchema }).strict()),
    forms: z.array(z.object({ key: keySchema, title: localTextSchema, citation: z.string().trim().min(1) }).strict()),
    steps: z.array(stepSchema).min(1).max(100),
  })
  .strict();

export type ProcedureInput = z.input<typeof procedureSchema>;

export interface Procedure extends z.output<typeof procedureSchema> {
  /** Steps by id. */
  readonly byId: ReadonlyMap<string, Step>;
  /** Every field (step fields and answer fields) by key, with the step it belongs to. */
  readonly fieldIndex: ReadonlyMap<string, { readonly field: Field; readonly step: Step; readonly answer?: Answer }>;
  /** The highest step number: "langkah 6 dari 15". */
  readonly stepCount: number;
}

export interface ProcedureProblem {
  readonly code:
    | "SHAPE"
    | "DUPLICATE_STEP"
    | "DUPLICATE_FIELD"
    | "DUPLICATE_ANSWER"
    | "MISSING_STEP"
    | "UNREACHABLE_STEP"
    | "NO_WAY_OUT"
    | "NO_OTHERWISE"
    | "UNKNOWN_FIELD"
    | "UNKNOWN_SETTING"
    | "UNKNOWN_FORM"
    | "UNKNOWN_PLACEHOLDER"
    | "BAD_REASON_FIELD"
    | "BAD_TARGET_FIELDS"
    | "NO_DONE";
  /** The step concerned, by id. */
  readonly step?: string;
  readonly message: string;
}

/** A procedure file refused at start-up; the message names every problem and the step it is in. */
export class ProcedureError extends Error {
  constructor(
    readonly procedureId: string,
    readonly problems: readonly ProcedureProblem[],
  ) {
    super(`Prosedur «${procedureId}» tidak valid:\n${problems.map((problem) => `  - ${problem.message}`).join("\n")}`);
    this.name = "ProcedureError";
  }
}

/** The steps a step leads to, with what leads there (for messages). */
export function targetsOf(step: Step): { step: string; via: string }[] {
  const out: { step: string; via: string }[] = [];
  const add = (target: Target, via: string) => {
    if ("step" in target) out.push({ step: target.step, via });
    else out.push({ step: target.resumeAt, via: `${via} (lanjut)` });
  };
  if (step.skip) add(step.skip.go, "lewati");
  const then = step.then;
  if ("choice" in then) for (const answer of then.choice) add(answer.go, `jawaban «${answer.key}»`);
  if ("route" in then) then.route.forEach((route, index) => add(route.go, `rute ${index + 1}`));
  if ("go" in then) add(then.go, "lanjut");
  return out;
}

function stepConditions(step: Step): Condition[] {
  const conditions: Condition[] = [];
  const fromFields = (fields: readonly Field[] | undefined) => {
    for (const field of fields ?? []) if (field.when) conditions.push(field.when);
  };
  fromFields(step.fields);
  if (step.skip) conditions.push(step.skip.when);
  const then = step.then;
  if ("choice" in then) for (const answer of then.choice) fromFields(answer.fields);
  if ("route" in then) for (const route of then.route) if (route.when) conditions.push(route.when);
  return conditions;
}

function stepTexts(step: Step): LocalText[] {
  const texts: LocalText[] = [step.title, step.prompt];
  const fromFields = (fields: readonly Field[] | undefined) => {
    for (const field of fields ?? []) texts.push(field.label, field.prompt);
  };
  fromFields(step.fields);
  if (step.skip) texts.push(step.skip.note);
  const then = step.then;
  if ("choice" in then) for (const answer of then.choice) {
    texts.push(answer.label);
    fromFields(answer.fields);
  }
  if ("route" in then) for (const route of then.route) texts.push(route.note);
  return texts;
}

function graphProblems(input: z.output<typeof procedureSchema>): ProcedureProblem[] {
  const problems: ProcedureProblem[] = [];
  const byId = new Map<string, Step>();
  for (const step of input.steps) {
    if (byId.has(step.id)) problems.push({ code: "DUPLICATE_STEP", step: step.id, message: `Langkah «${step.id}» didefinisikan dua kali.` });
    byId.set(step.id, step);
  }
  if (!byId.has(input.start)) {
    problems.push({ code: "MISSING_STEP", step: input.start, message: `Langkah awal «${input.start}» tidak ada.` });
  }

  const fieldSteps = new Map<string, string>();
  const settings = new Set(input.settings.map((setting) => setting.key));
  const forms = new Set(input.forms.map((form) => form.key));
  const checkField = (field: Field, step: Step) => {
    const seen = fieldSteps.get(field.key);
    if (seen !== undefined) {
      problems.push({ code: "DUPLICATE_FIELD", step: step.id, message: `Isian «${field.key}» di langkah «${step.id}» sudah dipakai di langkah «${seen}».` });
    }
    fieldSteps.set(field.key, step.id);
    if (field.form && !forms.has(field.form)) {
      problems.push({ code: "UNKNOWN_FORM", step: step.id, message: `Isian «${field.key}» di langkah «${step.id}» masuk ke form «${field.form}» yang tidak ada.` });
    }
  };
  for (const step of input.steps) {
    for (const field of step.fields ?? []) checkField(field, step);
    const then = step.then;
    if ("choice" in then) {
      const keys = new Set<string>();
      for (const answer of then.choice) {
        if (keys.has(answer.key)) problems.push({ code: "DUPLICATE_ANSWER", step: step.id, message: `Jawaban «${answer.key}» muncul dua kali di langkah «${step.id}».` });
        keys.add(answer.key);
        for (const field of answer.fields ?? []) checkField(field, step);
      }
    }
  }

  for (const step of input.steps) {
    for (const { step: to, via } of targetsOf(step)) {
      if (!byId.has(to)) {
        problems.push({ code: "MISSING_STEP", step: step.id, message: `Langkah «${step.id}» (${via}) menuju langkah «${to}» yang tidak ada.` });
      }
    }
    const then = step.then;
    if ("route" in then && then.route.at(-1)?.when !== undefined) {
      problems.push({ code: "NO_OTHERWISE", step: step.id, message: `Rute terakhir langkah «${step.id}» harus tanpa syarat (selain itu).` });
    }
    for (const condition of stepConditions(step)) {
      const keys = conditionKeys(condition);
      for (const key of keys.fields) {
        if (!fieldSteps.has(key)) problems.push({ code: "UNKNOWN_FIELD", step: step.id, message: `Syarat di langkah «${step.id}» memakai isian «${key}» yang tidak ada.` });
      }
      for (const key of keys.settings) {
        if (!settings.has(key)) problems.push({ code: "UNKNOWN_SETTING", step: step.id, message: `Syarat di langkah «${step.id}» memakai pengaturan «${key}» yang tidak dideklarasikan.` });
      }
    }
    for (const text of stepTexts(step)) {
      for (const key of [...placeholders(text.id), ...placeholders(text.en)]) {
        if (!settings.has(key) && !fieldSteps.has(key)) {
          problems.push({ code: "UNKNOWN_PLACEHOLDER", step: step.id, message: `Teks langkah «${step.id}» memakai {${key}} yang bukan pengaturan atau isian.` });
        }
      }
    }
    const holdTargets: { target: Target; fields: readonly Field[] }[] = [];
    if (step.skip) holdTargets.push({ target: step.skip.go, fields: step.fields ?? [] });
    if ("choice" in then) for (const answer of then.choice) holdTargets.push({ target: answer.go, fields: [...(step.fields ?? []), ...(answer.fields ?? [])] });
    if ("route" in then) for (const route of then.route) holdTargets.push({ target: route.go, fields: step.fields ?? [] });
    if ("go" in then) holdTargets.push({ target: then.go, fields: step.fields ?? [] });
    for (const { target, fields } of holdTargets) {
      if ("hold" in target && !fields.some((field) => field.key === target.hold.reasonField && field.type !== "confirm")) {
        problems.push({
          code: "BAD_REASON_FIELD",
          step: step.id,
          message: `Langkah «${step.id}» menunda dengan alasan dari isian «${target.hold.reasonField}» yang tidak ditanyakan di langkah itu.`,
        });
      }
    }
  }

  const start = byId.get(input.start);
  const targetKeys = [input.target.assetTag, input.target.location, input.target.user];
  if (start && !targetKeys.every((key) => (start.fields ?? []).some((field) => field.key === key && !field.optional && !field.when))) {
    problems.push({ code: "BAD_TARGET_FIELDS", step: start.id, message: `Langkah awal «${start.id}» harus menanyakan isian wajib ${targetKeys.map((key) => `«${key}»`).join(", ")}.` });
  }

  if (start) {
    const reached = new Set<string>([start.id]);
    const queue = [start.id];
    while (queue.length > 0) {
      const step = byId.get(queue.shift()!);
      if (!step) continue;
      for (const { step: to } of targetsOf(step)) {
        if (!reached.has(to) && byId.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    for (const step of input.steps) {
      if (!reached.has(step.id)) {
        problems.push({ code: "UNREACHABLE_STEP", step: step.id, message: `Langkah «${step.id}» tidak dapat dicapai dari langkah awal «${start.id}».` });
      }
    }
    // Every reachable step must still be able to reach a closing step (or leave the technician's hands).
    const canFinish = new Set<string>();
    let changed = true;
    while (changed) {
      changed = false;
      for (const step of input.steps) {
        if (canFinish.has(step.id)) continue;
        const then = step.then;
        const exits = "end" in then || targetsOf(step).some(({ step: to }) => canFinish.has(to));
        if (exits) {
          canFinish.add(step.id);
          changed = true;
        }
      }
    }
    for (const id of reached) {
      if (!canFinish.has(id)) problems.push({ code: "NO_WAY_OUT", step: id, message: `Dari langkah «${id}» tidak ada jalan menuju langkah penutup.` });
    }
    const doneReachable = [...reached].some((id) => {
      const then = byId.get(id)?.then;
      return then !== undefined && "end" in then && then.end === "done";
    });
    if (!doneReachable) problems.push({ code: "NO_DONE", message: "Tidak ada langkah selesai («end: done») yang dapat dicapai." });
  }
  return problems;
}

/**
 * Checks a procedure file and indexes it. Throws ProcedureError naming each problem and its step: the bot
 * refuses to start on a broken SOP rather than strand a technician halfway through one.
 */
export function loadProcedure(input: unknown): Procedure {
  const id = typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "string" ? (input as { id: string }).id : "?";
  const parsed = procedureSchema.safeParse(input);
  if (!parsed.success) {
    throw new ProcedureError(
      id,
      parsed.error.issues.map((issue) => {
        const stepIndex = issue.path[0] === "steps" && typeof issue.path[1] === "number" ? issue.path[1] : undefined;
        const stepId = stepIndex !== undefined ? (input as { steps?: { id?: unknown }[] }).steps?.[stepIndex]?.id : undefined;
        const where = typeof stepId === "string" ? `langkah «${stepId}»: ` : "";
        return {
          code: "SHAPE" as const,
          ...(typeof stepId === "string" ? { step: stepId } : {}),
          message: `${where}${issue.path.join(".")}: ${issue.message}`,
        };
      }),
    );
  }
  const problems = graphProblems(parsed.data);
  if (problems.length > 0) throw new ProcedureError(parsed.data.id, problems);

  const byId = new Map(parsed.data.steps.map((step) => [step.id, step]));
  const fieldIndex = new Map<string, { field: Field; step: Step; answer?: Answer }>();
  for (const step of parsed.data.steps) {
    for (const field of step.fields ?? []) fieldIndex.set(field.key, { field, step });
    const then = step.then;
    if ("choice" in then) for (const answer of then.choice) for (const field of answer.fields ?? []) fieldIndex.set(field.key, { field, step, answer });
  }
  return {
    ...parsed.data,
    byId,
    fieldIndex,
    stepCount: Math.max(...parsed.data.steps.map((step) => step.number)),
  };
}

export function stepOf(procedure: Procedure, id: string): Step {
  const step = procedure.byId.get(id);
  if (!step) throw new Error(`step ${id} not in procedure ${procedure.id}`);
  return step;
}
