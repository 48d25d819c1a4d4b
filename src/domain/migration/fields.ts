import { z } from "zod";
import { parseIndonesianNumber } from "../shared/numbers.ts";
import { accept, reject, type Outcome } from "../shared/rejection.ts";

/**
 * The fields a procedure step or a form asks for, and how a typed answer (or a button) becomes a value.
 * Buttons first: choices, yes/no and confirmations are answered by a tap; numbers and names are typed and checked.
 */

export const localTextSchema = z.object({ id: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type LocalText = z.output<typeof localTextSchema>;

const keySchema = z.string().regex(/^[a-z][A-Za-z0-9]{0,30}$/, "kunci: huruf kecil di depan, huruf/angka, maks. 31");

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: keySchema, equals: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ field: keySchema, below: z.union([z.number(), z.object({ setting: keySchema }).strict()]) }).strict(),
    z.object({ setting: keySchema, equals: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

/** A test on the answers so far and the run's settings (the agreed distribution's requirements). */
export type Condition =
  | { readonly field: string; readonly equals: string | number | boolean }
  | { readonly field: string; readonly below: number | { readonly setting: string } }
  | { readonly setting: string; readonly equals: string | number | boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const optionSchema = z.object({ key: keySchema, label: localTextSchema }).strict();

const fieldBase = {
  key: keySchema,
  /** Short name, used in Form 1 / Form 2 and summaries. */
  label: localTextSchema,
  /** The question as asked. May use {placeholders} of settings and earlier answers. */
  prompt: localTextSchema,
  /** The form the value belongs to ("form1", "form2", ...); none for working answers. */
  form: keySchema.optional(),
  optional: z.boolean().optional(),
  /** Asked only when this holds. */
  when: conditionSchema.optional(),
};

export const fieldSchema = z.discriminatedUnion("type", [
  z.object({ ...fieldBase, type: z.literal("text"), minLength: z.number().int().min(1).max(500).optional(), maxLength: z.number().int().min(1).max(1000).optional() }).strict(),
  z.object({ ...fieldBase, type: z.literal("person") }).strict(),
  z.object({ ...fieldBase, type: z.literal("integer"), min: z.number().int(), max: z.number().int(), unit: localTextSchema.optional() }).strict(),
  z.object({ ...fieldBase, type: z.literal("memory") }).strict(),
  z.object({ ...fieldBase, type: z.literal("storage") }).strict(),
  z.object({ ...fieldBase, type: z.literal("ipv4") }).strict(),
  z.object({ ...fieldBase, type: z.literal("choice"), options: z.array(optionSchema).min(2).max(8) }).strict(),
  z.object({ ...fieldBase, type: z.literal("yesNo") }).strict(),
  z.object({ ...fieldBase, type: z.literal("confirm"), button: localTextSchema }).strict(),
]);

export type Field = z.output<typeof fieldSchema>;
export type FieldValue = string | number | boolean | null;

/** Field kinds answered by a button; the others are typed. */
export function isButtonField(field: Field): boolean {
  return field.type === "choice" || field.type === "yesNo" || field.type === "confirm";
}

export type FieldErrorCode =
  | "EMPTY"
  | "TOO_SHORT"
  | "TOO_LONG"
  | "NOT_A_NAME"
  | "NOT_A_NUMBER"
  | "NOT_WHOLE"
  | "OUT_OF_RANGE"
  | "UNKNOWN_UNIT"
  | "NOT_IPV4"
  | "NOT_AN_OPTION"
  | "NOT_YES_NO"
  | "MUST_CONFIRM"
  | "NOT_OPTIONAL";

const MAX_TEXT = 300;

function clean(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

const YES = new Set(["ya", "y", "yes", "iya", "benar", "betul", "ok", "oke"]);
const NO = new Set(["tidak", "tdk", "t", "n", "no", "bukan", "nggak", "gak", "tak"]);

/** "4 GB" → 4096, "4096 MB" → 4096, "1,5 GB" → 1536, "512" → 512 (MB), "8" → 8192 (a bare 1–64 is GB). */
export function parseMemoryMb(text: string): Outcome<number, FieldErrorCode> {
  const match = /^(\d[\d.,]*)\s*([a-z]*)(?:\s.*)?$/.exec(clean(text).toLowerCase().replace(/^(?:ram|memori)\s*:?\s*/, ""));
  if (!match) return reject("NOT_A_NUMBER");
  const amount = parseIndonesianNumber(match[1]!);
  if (amount === null || amount <= 0) return reject("NOT_A_NUMBER");
  const unit = match[2] ?? "";
  let mb: number;
  if (unit === "") mb = amount <= 64 ? amount * 1024 : amount;
  else if (["gb", "g", "gib", "giga"].includes(unit)) mb = amount * 1024;
  else if (["mb", "m", "mib", "mega"].includes(unit)) mb = amount;
  else if (["tb", "t", "tib"].includes(unit)) mb = amount * 1024 * 1024;
  else return reject("UNKNOWN_UNIT", { unit });
  mb = Math.round(mb);
  if (mb < 16 || mb > 16 * 1024 * 1024) return reject("OUT_OF_RANGE", { min: "16 MB", max: "16 TB" });
  return accept(mb);
}

/** "500 GB" → 500, "1 TB" → 1000 (drive makers' terabyte), "0,5 TB" → 500, "250" → 250 (GB). */
export function parseStorageGb(text: string): Outcome<number, FieldErrorCode> {
  const match = /^(\d[\d.,]*)\s*([a-z]*)(?:\s.*)?$/.exec(clean(text).toLowerCase().replace(/^(?:hdd|ssd|disk|hard ?disk)\s*:?\s*/, ""));
  if (!match) return reject("NOT_A_NUMBER");
  const amount = parseIndonesianNumber(match[1]!);
  if (amount === null || amount <= 0) return reject("NOT_A_NUMBER");
  const unit = match[2] ?? "";
  let gb: number;
  if (unit === "" || ["gb", "g", "giga"].includes(unit)) gb = amount;
  else if (["tb", "t"].includes(unit)) gb = amount * 1000;
  else if (["mb", "m"].includes(unit)) gb = amount / 1000;
  else return reject("UNKNOWN_UNIT", { unit });
  gb = Math.round(gb);
  if (gb < 1 || gb > 1_000_000) return reject("OUT_OF_RANGE", { min: "1 GB", max: "1.000 TB" });
  return accept(gb);
}

function parseIpv4(text: string): Outcome<string, FieldErrorCode> {
  const value = clean(text);
  const parts = value.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^(?:0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) {
    return reject("NOT_IPV4");
  }
  return accept(value);
}

function matchOption(field: Extract<Field, { type: "choice" }>, text: string): string | undefined {
  const wanted = clean(text).toLowerCase();
  const byKey = field.options.find((option) => option.key === text);
  if (byKey) return byKey.key;
  return field.options.find((option) => option.label.id.toLowerCase() === wanted || option.label.en.toLowerCase() === wanted)?.key;
}

/**
 * Reads an answer to a field: typed text, or the option key a button carries. Skipping (`null`) is allowed only
 * for optional fields.
 */
export function parseFieldValue(field: Field, input: string | null): Outcome<FieldValue, FieldErrorCode> {
  if (input === null) return field.optional ? accept(null) : reject("NOT_OPTIONAL");
  const text = clean(input);
  if (text === "") return reject("EMPTY");
  if (field.optional && text === "-") return accept(null);
  switch (field.type) {
    case "text": {
      const min = field.minLength ?? 1;
      const max = Math.min(field.maxLength ?? MAX_TEXT, 1000);
      if (text.length < min) return reject("TOO_SHORT", { min });
      if (text.length > max) return reject("TOO_LONG", { max });
      return accept(text);
    }
    case "person": {
      if (text.length > 80) return reject("TOO_LONG", { max: 80 });
      if (text.length < 2 || !/\p{L}.*\p{L}/u.test(text) || /\d{3,}/.test(text)) return reject("NOT_A_NAME");
      return accept(text);
    }
    case "integer": {
      const value = parseIndonesianNumber(text.replace(/\s*[a-z]+$/i, ""));
      if (value === null) return reject("NOT_A_NUMBER");
      if (!Number.isInteger(value)) return reject("NOT_WHOLE");
      if (value < field.min || value > field.max) return reject("OUT_OF_RANGE", { min: field.min, max: field.max });
      return accept(value);
    }
    case "memory":
      return parseMemoryMb(text);
    case "storage":
      return parseStorageGb(text);
    case "ipv4":
      return parseIpv4(text);
    case "choice": {
      const key = matchOption(field, input);
      return key ? accept(key) : reject("NOT_AN_OPTION");
    }
    case "yesNo": {
      const word = text.toLowerCase().replace(/[.!]+$/, "");
      if (word === "yes" || YES.has(word)) return accept(true);
      if (word === "no" || NO.has(word)) return accept(false);
      return reject("NOT_YES_NO");
    }
    case "confirm": {
      const word = text.toLowerCase().replace(/[.!]+$/, "");
      return word === "yes" || YES.has(word) ? accept(true) : reject("MUST_CONFIRM");
    }
  }
}

const grouping = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** A value as the forms print it: "4.096 MB (4 GB)", "500 GB", "Ya", an option's label. */
export function formatFieldValue(field: Field, value: FieldValue | undefined, language: "id" | "en" = "id"): string {
  if (value === undefined) return "—";
  if (value === null) return language === "en" ? "(skipped)" : "(dilewati)";
  switch (field.type) {
    case "memory": {
      const mb = Number(value);
      const gb = mb / 1024;
      const gbText = Number.isInteger(gb) ? String(gb) : gb.toFixed(1).replace(".", language === "en" ? "." : ",");
      return mb >= 1024 ? `${grouping(mb)} MB (${gbText} GB)` : `${grouping(mb)} MB`;
    }
    case "storage":
      return `${grouping(Number(value))} GB`;
    case "integer":
      return `${grouping(Number(value))}${field.unit ? ` ${field.unit[language]}` : ""}`;
    case "yesNo":
      return value === true ? (language === "en" ? "Yes" : "Ya") : language === "en" ? "No" : "Tidak";
    case "confirm":
      return value === true ? (language === "en" ? "Confirmed" : "Dipastikan") : "—";
    case "choice":
      return field.options.find((option) => option.key === value)?.label[language] ?? String(value);
    default:
      return String(value);
  }
}

export type Settings = Readonly<Record<string, string | number | boolean>>;

/** Evaluates a condition on the answers so far; a field not answered (or skipped) makes its test false. */
export function holds(condition: Condition, values: Readonly<Record<string, FieldValue>>, settings: Settings): boolean {
  if ("all" in condition) return condition.all.every((part) => holds(part, values, settings));
  if ("any" in condition) return condition.any.some((part) => holds(part, values, settings));
  if ("not" in condition) return !holds(condition.not, values, settings);
  if ("setting" in condition) return settings[condition.setting] === condition.equals;
  const value = values[condition.field];
  if ("equals" in condition) return value === condition.equals;
  if (typeof value !== "number") return false;
  const limit = typeof condition.below === "number" ? condition.below : settings[condition.below.setting];
  return typeof limit === "number" && value < limit;
}

/** The field and setting keys a condition reads. */
export function conditionKeys(condition: Condition): { fields: string[]; settings: string[] } {
  if ("all" in condition || "any" in condition) {
    const parts = "all" in condition ? condition.all : condition.any;
    const keys = parts.map(conditionKeys);
    return { fields: keys.flatMap((key) => key.fields), settings: keys.flatMap((key) => key.settings) };
  }
  if ("not" in condition) return conditionKeys(condition.not);
  if ("setting" in condition) return { fields: [], settings: [condition.setting] };
  const settings = "below" in condition && typeof condition.below === "object" ? [condition.below.setting] : [];
  return { fields: [condition.field], settings };
}

/** Replaces {key} with a setting or an earlier answer; unknown keys stay as they are. */
export function interpolate(text: string, lookup: (key: string) => string | undefined): string {
  return text.replace(/\{([a-zA-Z][A-Za-z0-9]*)\}/g, (whole, key: string) => lookup(key) ?? whole);
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z][A-Za-z0-9]*)\}/g)].map((match) => match[1]!);
}
