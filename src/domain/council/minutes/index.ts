/** The record of a council session (Pasal 43, 53 ayat (3), 56-57) as a pure projection of its event log. */
export * from "./minutes.ts";
export * from "./options.ts";
export { projectMinutes } from "./project-minutes.ts";
