import { done, event, refuse, requireOpened, requireRecorder } from "./context.ts";
import type { Decided, OpenContext, ProcedureContext } from "./context.ts";
import type { ProcedureCommandOf } from "./procedure-commands.ts";
import type { ExchangeStep, ExchangeStepRule } from "./procedure-rules.ts";
import { lastExchangeStep } from "./procedure-state.ts";
import type { ProcedureState } from "./procedure-state.ts";
import type { CouncilRuleBook } from "../rule-book.ts";

/**
 * After the council approves a request for information (Pasal 7 ayat (4)), the exchange of ayat (8)-(11): the request
 * is sent to the village head, who explains; the proposers and other members give their views; the head answers and
 * the council may state its opinion; a further question keeps the exchange going, and without one the council
 * declares it finished.
 */

export function exchangeRule(rules: CouncilRuleBook, step: ExchangeStep): ExchangeStepRule {
  return rules.procedures.informationRequest.exchange.find((r) => r.step === step)!;
}

/** The steps that may come next in the exchange; empty until the request is approved and once it is finished. */
export function expectedExchangeSteps(state: ProcedureState, rules: CouncilRuleBook): readonly ExchangeStep[] {
  if (state.kind !== "informationRequest" || state.decision?.outcome !== "approved" || state.status !== "open") return [];
  const last = lastExchangeStep(state);
  return last === null ? [rules.procedures.informationRequest.exchange[0]!.step] : exchangeRule(rules, last).next;
}

export function recordExchange(cmd: ProcedureCommandOf<"recordExchange">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "informationRequest") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rule = exchangeRule(c.rules, cmd.step);
  if (open.state.decision?.outcome !== "approved") return refuse("REQUEST_NOT_APPROVED", {}, exchangeRule(c.rules, "sentToHead").citation);
  const expected = expectedExchangeSteps(open.state, c.rules);
  if (!expected.includes(cmd.step)) return refuse("EXCHANGE_OUT_OF_ORDER", { step: cmd.step, expected: expected.join(",") }, rule.citation);
  return done([event(c, "exchangeRecorded", { step: cmd.step, note: cmd.note, citation: rule.citation })]);
}
