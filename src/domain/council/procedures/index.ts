/**
 * The council's procedures that span several meetings (Perbup Banjarnegara 962/2011): signed proposals, village
 * regulations, the village head's report, requests for information, agenda changes, changes of the rules and the
 * leadership — each an append-only event log folded into state, commands in and events out.
 */
export * from "./procedure-rules.ts";
export * from "./references.ts";
export * from "./procedure-events.ts";
export * from "./procedure-state.ts";
export * from "./procedure-commands.ts";
export * from "./procedure-fold.ts";
export * from "./procedure-engine.ts";
export * from "./rejection-codes.ts";
export * from "./pending-steps.ts";
export { agendaChangeDeadline, PROPOSAL_OF } from "./signatures.ts";
export type { ProposalProcedure } from "./signatures.ts";
export { roman, stageCitation, stagedRules } from "./stages.ts";
export { expectedExchangeSteps, exchangeRule } from "./information-request.ts";
