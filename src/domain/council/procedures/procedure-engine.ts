import type { DateTime } from "luxon";
import { accept } from "../../shared/rejection.ts";
import type { Outcome } from "../../shared/rejection.ts";
import type { Council } from "../council.ts";
import type { CouncilRuleBook } from "../rule-book.ts";
import { identify, refuse } from "./context.ts";
import type { Decided, ProcedureContext, ProcedureSender } from "./context.ts";
import { recordExchange } from "./information-request.ts";
import { openLeadership, recordElection, recordOath } from "./leadership.ts";
import { procedureCommandSchema } from "./procedure-commands.ts";
import type { ProcedureCommand, ProcedureCommandOf, ProcedureCommandType } from "./procedure-commands.ts";
import type { ProcedureEvent } from "./procedure-events.ts";
import type { ProcedureState } from "./procedure-state.ts";
import { consider, decideProposal } from "./proposal-decisions.ts";
import type { ProcedureRejectionCode } from "./rejection-codes.ts";
import { change, numberProposal, openProposal, sign, withdraw, withdrawSignature } from "./signatures.ts";
import { openHeadReport, recordStage, waiveStages } from "./stages.ts";
import { becomeComplement, decideAmendment, proposeAmendment, receiveHeadDraft, recordApprovalDecree, recordSignature } from "./village-regulation.ts";

export type { ProcedureSender } from "./context.ts";

export interface DecideProcedureOptions {
  /** The time of the update; the domain never reads a clock. */
  readonly now: DateTime;
  readonly rules: CouncilRuleBook;
  readonly actor: ProcedureSender;
  /** The procedure's id in the store; null when the command opens a new one. */
  readonly procedureId: number | null;
}

type Handler<T extends ProcedureCommandType> = (command: ProcedureCommandOf<T>, context: ProcedureContext) => Decided;

const HANDLERS: { readonly [T in ProcedureCommandType]: Handler<T> } = {
  openProposal,
  receiveHeadDraft,
  openHeadReport,
  openLeadership,
  sign,
  withdrawSignature,
  change,
  withdraw,
  number: numberProposal,
  consider,
  decide: decideProposal,
  recordStage,
  waiveStages,
  proposeAmendment,
  decideAmendment,
  becomeComplement,
  recordApprovalDecree,
  recordSignature,
  recordExchange,
  recordElection,
  recordOath,
};

/**
 * Commands in, events out, for a procedure that spans several meetings: checks the command against the law, the
 * sender's role, the procedure's state and the meetings and decisions it points at, and returns the events to
 * append or a rejection with its reason code, the numbers a message needs and the article. Pure.
 */
export function decideProcedure(
  council: Council,
  state: ProcedureState | null,
  command: unknown,
  options: DecideProcedureOptions,
): Outcome<ProcedureEvent[], ProcedureRejectionCode> {
  const parsed = procedureCommandSchema.safeParse(command);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse("INVALID_COMMAND", { path: issue?.path.join(".") ?? "", message: issue?.message ?? "invalid" });
  }
  const now = options.now.setZone(council.zone);
  const context: ProcedureContext = {
    council,
    state,
    rules: options.rules,
    now,
    at: now.toISO() ?? "",
    caller: identify(council, options.actor),
    procedureId: options.procedureId,
  };
  const cmd: ProcedureCommand = parsed.data;
  const handler = HANDLERS[cmd.type] as Handler<ProcedureCommandType>;
  const decided = handler(cmd as ProcedureCommandOf<ProcedureCommandType>, context);
  return decided.ok ? accept(decided.value) : decided;
}
