/**
 * The council-session domain (Perbup Banjarnegara 962/2011): the rule book, the roster, and the session engine —
 * commands in, events out, state as a fold of the events.
 */
export * from "./rule-book.ts";
export * from "./record-rules.ts";
export * from "./council.ts";
export * from "./council-setup.ts";
export * from "./participants.ts";
export * from "./vote.ts";
export * from "./meeting-hours.ts";
export * from "./session-commands.ts";
export * from "./session-events.ts";
export * from "./session-state.ts";
export * from "./session-fold.ts";
export * from "./session-engine.ts";
export * from "./rejection-codes.ts";
export * from "./timers.ts";
