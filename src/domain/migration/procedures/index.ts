import { loadProcedure, type Procedure } from "../procedure.ts";
import { BANGLI_56_2011_PROCEDURE } from "./bangli-56-2011.ts";

/** The procedure files the bot knows. Another regency's SOP is another file added here, not new code. */
export const PROCEDURE_FILES: readonly unknown[] = [BANGLI_56_2011_PROCEDURE];

/** The SOP new migrations follow. */
export const DEFAULT_PROCEDURE_ID = BANGLI_56_2011_PROCEDURE.id;

export interface ProcedureCatalog {
  readonly byId: ReadonlyMap<string, Procedure>;
  readonly defaultProcedure: Procedure;
  get(id: string): Procedure | undefined;
}

/**
 * Validates every procedure file (zod shape, then the step graph) and indexes them. Called at start-up: a
 * broken file stops the bot with a ProcedureError naming the step, instead of failing a technician mid-way.
 */
export function loadProcedureCatalog(files: readonly unknown[] = PROCEDURE_FILES, defaultId: string = DEFAULT_PROCEDURE_ID): ProcedureCatalog {
  const byId = new Map<string, Procedure>();
  for (const file of files) {
    const procedure = loadProcedure(file);
    if (byId.has(procedure.id)) throw new Error(`Prosedur «${procedure.id}» terdaftar dua kali.`);
    byId.set(procedure.id, procedure);
  }
  const defaultProcedure = byId.get(defaultId);
  if (!defaultProcedure) throw new Error(`Prosedur bawaan «${defaultId}» tidak ada.`);
  return { byId, defaultProcedure, get: (id) => byId.get(id) };
}
