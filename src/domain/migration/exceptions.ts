import { z } from "zod";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { EXCEPTION_RULES, ISSUED_ON, pasal } from "./bangli-56-2011-rules.ts";
import { fieldSchema, holds, parseFieldValue, type Field, type FieldErrorCode, type FieldValue } from "./fields.ts";

/**
 * Exceptions (Pasal 14 ayat (3), Pasal 17): a non-open-source information system that may stay. The agency proposes
 * it with its own technical evaluation; TPP-SI evaluates it with the agency and approves or rejects it (Pasal 17
 * ayat (3)). The proposal is a form run with the same field machinery as the SOP steps.
 */

export type ExceptionBasis = "existingSystem" | "notWorthMigrating";
export type ExceptionStatus = "proposed" | "approved" | "rejected";

const ISSUED_YEAR = Number(ISSUED_ON.isoDate.slice(0, 4));

export const EXCEPTION_FORM: readonly Field[] = z.array(fieldSchema).parse([
  {
    key: "systemName",
    type: "text",
    maxLength: 120,
    label: { id: "Sistem informasi", en: "Information system" },
    prompt: { id: "Nama sistem informasi/aplikasi non-open source yang diajukan tetap dipakai.", en: "Name of the non-open-source information system/application to keep." },
  },
  {
    key: "purpose",
    type: "text",
    maxLength: 300,
    label: { id: "Kegunaan", en: "Purpose" },
    prompt: { id: "Untuk apa sistem itu dipakai, dan di PC/server mana?", en: "What is it used for, and on which PCs/servers?" },
  },
  {
    key: "basis",
    type: "choice",
    label: { id: "Dasar pengecualian", en: "Basis" },
    prompt: {
      id: "Dasar pengecualiannya?\n• Pasal 17 ayat (1): sudah ada dan berjalan normal (running well) saat Perbup diterbitkan (6 Desember 2011).\n• Pasal 14 ayat (3): migrasi tidak lebih menguntungkan secara teknis dan ekonomis.",
      en: "The basis?\n• Pasal 17(1): already running well when the regulation was issued (6 December 2011).\n• Pasal 14(3): migrating is not technically and economically better.",
    },
    options: [
      { key: "existingSystem", label: { id: "Pasal 17 ayat (1)", en: "Pasal 17(1)" } },
      { key: "notWorthMigrating", label: { id: "Pasal 14 ayat (3)", en: "Pasal 14(3)" } },
    ],
  },
  {
    key: "runningSince",
    type: "integer",
    min: 1980,
    max: 2100,
    when: { field: "basis", equals: "existingSystem" },
    label: { id: "Berjalan sejak tahun", en: "Running since" },
    prompt: { id: "Sejak tahun berapa sistem itu berjalan?", en: "Since which year has it been running?" },
  },
  {
    key: "licence",
    type: "choice",
    label: { id: "Legalitas", en: "Licensing" },
    prompt: {
      id: "Legalitas perangkat lunaknya (Pasal 17 ayat (1): aspek legalitas tetap dipenuhi)?",
      en: "Its licensing (Pasal 17(1): it must stay legal)?",
    },
    options: [
      { key: "licensed", label: { id: "Sudah berlisensi sah", en: "Licensed" } },
      { key: "needsLicence", label: { id: "Perlu pengadaan lisensi", en: "Licence to be bought" } },
    ],
  },
  {
    key: "affectedPcs",
    type: "text",
    optional: true,
    maxLength: 300,
    label: { id: "PC terkait", en: "PCs concerned" },
    prompt: { id: "Nomor inventaris PC yang memakai sistem ini (pisahkan dengan koma), atau «-».", en: "Asset tags of the PCs using it (comma separated), or «-»." },
  },
  {
    key: "agencyEvaluation",
    type: "text",
    minLength: 20,
    maxLength: 1000,
    label: { id: "Evaluasi teknis SKPD", en: "Agency's technical evaluation" },
    prompt: {
      id: "Evaluasi teknis SKPD: bandingkan risiko teknis dan biaya bila sistem dimigrasi dengan bila tetap dipakai/dilegalkan (Pasal 17 ayat (2)).",
      en: "The agency's technical evaluation: compare the technical risk and cost of migrating with keeping/legalising it (Pasal 17(2)).",
    },
  },
]);

export type ExceptionErrorCode = FieldErrorCode | "AFTER_ISSUE" | "COMPLETE";

/** The next field of the proposal to ask, or undefined when the form is complete. */
export function nextExceptionField(values: Readonly<Record<string, FieldValue>>): Field | undefined {
  return EXCEPTION_FORM.find((field) => (!field.when || holds(field.when, values, {})) && !(field.key in values));
}

/**
 * Reads an answer to the field asked now. A system that started after the regulation was issued cannot rest on
 * Pasal 17 ayat (1) ("yang telah ada ... pada saat Peraturan Bupati ini diterbitkan"): the basis is asked again.
 */
export function answerException(
  values: Readonly<Record<string, FieldValue>>,
  input: string | null,
): Outcome<Record<string, FieldValue>, ExceptionErrorCode> {
  const field = nextExceptionField(values);
  if (!field) return reject("COMPLETE");
  const value = parseFieldValue(field, input);
  if (!value.ok) return reject(value.code, { ...value.params, field: field.key });
  if (field.key === "runningSince" && typeof value.value === "number" && value.value > ISSUED_YEAR) {
    return reject("AFTER_ISSUE", { year: value.value, issued: ISSUED_ON.isoDate }, pasal("Pasal 17 ayat (1)"));
  }
  return accept({ ...values, [field.key]: value.value });
}

/** Drops the basis (and what depends on it) so it is asked again. */
export function withoutBasis(values: Readonly<Record<string, FieldValue>>): Record<string, FieldValue> {
  const { basis: _basis, runningSince: _since, ...rest } = values;
  return rest;
}

export const EXCEPTION_BASIS_RULE = {
  existingSystem: EXCEPTION_RULES.existingSystem,
  notWorthMigrating: EXCEPTION_RULES.notWorthMigrating,
} as const satisfies Record<ExceptionBasis, unknown>;

export const MIN_EVALUATION_LENGTH = 10;

/** TPP-SI's decision needs its evaluation written down (Pasal 17 ayat (3)). */
export function checkSupportEvaluation(note: string): Outcome<string, "EVALUATION_REQUIRED"> {
  const text = note.replace(/\s+/g, " ").trim();
  return text.length >= MIN_EVALUATION_LENGTH ? accept(text.slice(0, 1000)) : reject("EVALUATION_REQUIRED", { min: MIN_EVALUATION_LENGTH }, EXCEPTION_RULES.evaluation.citation);
}
