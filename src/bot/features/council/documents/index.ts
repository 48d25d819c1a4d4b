/**
 * The documents of a council session's record. From a closed session's log:
 *
 *   const minutes = projectMinutes(council, events, rules, { status: "draft" });   // domain/council/minutes
 *   const odt = renderMinutesOdt(minutes, { sessionId });        // editable draft, sent for corrections
 *   const pdf = await renderMinutesPdf(minutes, { sessionId });  // for reading and keeping
 *   const name = minutesFileName(minutes, "odt");                // risalah-sementara-bpd-sukamaju-2026-11-23.odt
 *
 * Both are reproducible byte for byte. A closed meeting's record is marked RAHASIA (Pasal 43 ayat (2)): send it to
 * members only, never to the group if outsiders are in it (Pasal 41).
 */
export { renderMinutesOdt } from "./minutes-odt.ts";
export { renderMinutesPdf } from "./minutes-pdf.ts";
export { minutesFileName } from "./file-names.ts";
export type { MinutesDocumentMeta } from "./minutes-text.ts";
