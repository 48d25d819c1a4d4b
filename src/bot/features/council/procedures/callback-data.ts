import { z } from "zod";

/**
 * Buttons of the council's procedures: "bpp:<procedure>:<action>[:<arg>]". They grant nothing: who pressed is
 * `ctx.from`, resolved against the roster by the procedure engine, and every meeting or decision they name is read
 * again from the store and checked there. A press that does not parse here is stale or forged.
 */

export const ACTIONS = [
  /** The procedure's card. */
  "v",
  /** Sign; withdraw one's signature; withdraw the proposal. */
  "sg",
  "ws",
  "wd",
  /** The secretariat numbers it (Pasal 7 ayat (3), 8 ayat (3)). */
  "no",
  /** List the decisions a step may rest on; then record the step with one (arg: "<step>.<decision>[.<member>]"). */
  "cd",
  "d",
  /** List the meetings a step may rest on; then record it with one (arg: "<step>.<session>[.<invitee>]"). */
  "cm",
  "m",
  /** A step of the exchange with the village head (Pasal 7 ayat (8)-(11)). */
  "x",
] as const;

export type ProcedureAction = (typeof ACTIONS)[number];

const schema = z.tuple([
  z.literal("bpp"),
  z.coerce.number().int().min(1).max(2_000_000_000),
  z.enum(ACTIONS),
  z.string().regex(/^[a-z0-9.]{1,40}$/).optional(),
]);

export const PROCEDURE_CALLBACK_PATTERN = /^bpp:/;

export interface ParsedProcedureAction {
  readonly procedureId: number;
  readonly action: ProcedureAction;
  readonly arg: string | undefined;
}

export function parseProcedureAction(data: string): ParsedProcedureAction | undefined {
  if (Buffer.byteLength(data, "utf8") > 64) return undefined;
  const parsed = schema.safeParse(data.split(":"));
  return parsed.success ? { procedureId: parsed.data[1], action: parsed.data[2], arg: parsed.data[3] } : undefined;
}

export function procedureData(procedureId: number, action: ProcedureAction, arg?: string): string {
  return arg === undefined ? `bpp:${procedureId}:${action}` : `bpp:${procedureId}:${action}:${arg}`;
}

/**
 * The step a decision or meeting completes, as it travels in a button: "ps" consideration, "pk" decision,
 * "t<N>" stage N, "u<N>" amendment N, "l<stages>" stages left out, "ec"/"ev" election, "oc"/"ov" oath.
 */
const stepSchema = z.union([
  z.literal("ps").transform(() => ({ kind: "consider" as const })),
  z.literal("pk").transform(() => ({ kind: "decide" as const })),
  z.string().regex(/^t[1-9]$/).transform((s) => ({ kind: "stage" as const, stage: Number(s.slice(1)) })),
  z.string().regex(/^u\d{1,3}$/).transform((s) => ({ kind: "amendment" as const, amendmentNo: Number(s.slice(1)) })),
  z.string().regex(/^l[1-9]{1,9}$/).transform((s) => ({ kind: "waive" as const, stages: [...s.slice(1)].map(Number) })),
  z.enum(["ec", "ev"]).transform((s) => ({ kind: "elect" as const, office: s === "ec" ? ("chair" as const) : ("viceChair" as const) })),
  z.enum(["oc", "ov"]).transform((s) => ({ kind: "oath" as const, office: s === "oc" ? ("chair" as const) : ("viceChair" as const) })),
]);

export type StepRef = z.output<typeof stepSchema>;

export function parseStep(code: string): StepRef | undefined {
  const parsed = stepSchema.safeParse(code);
  return parsed.success ? parsed.data : undefined;
}

export function stepCode(step: StepRef): string {
  switch (step.kind) {
    case "consider":
      return "ps";
    case "decide":
      return "pk";
    case "stage":
      return `t${step.stage}`;
    case "amendment":
      return `u${step.amendmentNo}`;
    case "waive":
      return `l${step.stages.join("")}`;
    case "elect":
      return step.office === "chair" ? "ec" : "ev";
    case "oath":
      return step.office === "chair" ? "oc" : "ov";
  }
}

/** "<step>.<id>[.<extra>]": the step, the decision or session id, and a member or invitee id. */
export function parseReferenceArg(arg: string | undefined): { step: StepRef; id: number; extra: string | undefined } | undefined {
  const match = /^([a-z0-9]{2,10})\.(\d{1,12})(?:\.([a-z0-9]{1,12}))?$/.exec(arg ?? "");
  if (!match) return undefined;
  const step = parseStep(match[1]!);
  const id = Number(match[2]);
  if (!step || !Number.isSafeInteger(id) || id < 1) return undefined;
  return { step, id, extra: match[3] };
}

const EXCHANGE_CODES = { sh: "sentToHead", he: "headExplained", vg: "viewsGiven", ha: "headAnswered", os: "opinionStated", fq: "furtherQuestion", fi: "finished" } as const;
export type ExchangeCode = keyof typeof EXCHANGE_CODES;

export function exchangeStepOf(code: string | undefined): (typeof EXCHANGE_CODES)[ExchangeCode] | undefined {
  return code && code in EXCHANGE_CODES ? EXCHANGE_CODES[code as ExchangeCode] : undefined;
}

export function exchangeCode(step: (typeof EXCHANGE_CODES)[ExchangeCode]): ExchangeCode {
  return (Object.keys(EXCHANGE_CODES) as ExchangeCode[]).find((code) => EXCHANGE_CODES[code] === step)!;
}
