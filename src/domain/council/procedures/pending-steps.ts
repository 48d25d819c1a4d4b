import type { Citation } from "../../shared/citation.ts";
import type { CouncilRuleBook, SessionKind } from "../rule-book.ts";
import { expectedExchangeSteps, exchangeRule } from "./information-request.ts";
import type { ExchangeStep, LeadershipOffice } from "./procedure-rules.ts";
import { currentStage, signaturesComplete, stageRecord } from "./procedure-state.ts";
import type { ProcedureState } from "./procedure-state.ts";
import { stageCitation, stagedRules } from "./stages.ts";

/**
 * What a procedure waits for, and from whom: the bot lists these under each procedure and offers a button for each.
 * The first step is the one that blocks; the others may be taken in any order.
 */

export type StepKind =
  | "sign"
  | "number"
  | "consider"
  | "decide"
  | "stage"
  | "amendment"
  | "approvalDecree"
  | "headSignature"
  | "exchange"
  | "elect"
  | "oath";

/** Who the step waits for. */
export type StepParty = "members" | "secretariat" | "steeringCommittee" | "plenary" | "recorder";

export interface PendingStep {
  readonly kind: StepKind;
  readonly from: StepParty;
  /** What completes it: a decision of a closed session, a closed meeting, a typed text, or a press. */
  readonly reference: "decision" | "meeting" | "text" | "none";
  readonly meetingKind: SessionKind | null;
  readonly citation: Citation;
  readonly stage?: number;
  readonly amendmentNo?: number;
  readonly exchangeStep?: ExchangeStep;
  readonly office?: LeadershipOffice;
  /** Signatures still needed. */
  readonly missing?: number;
}

function proposalSteps(state: ProcedureState, rules: CouncilRuleBook): PendingStep[] {
  const proposal = state.proposal;
  if (!proposal || state.decision) return [];
  if (!signaturesComplete(proposal)) {
    return [{ kind: "sign", from: "members", reference: "none", meetingKind: null, citation: proposal.citation, missing: proposal.required - proposal.signatures.length }];
  }
  if (state.kind === "closedMeetingRequest") return [];
  const numbering = rules.procedures.numbering[proposal.kind];
  if (proposal.numbered && proposal.number === null && numbering) {
    return [{ kind: "number", from: "secretariat", reference: "none", meetingKind: null, citation: numbering.citation }];
  }
  const considers = rules.procedures.steeringCommitteeConsiders[proposal.kind];
  if (considers && !state.consideration) {
    return [{ kind: "consider", from: "steeringCommittee", reference: "decision", meetingKind: "steeringCommittee", citation: considers.citation }];
  }
  if (state.kind === "agendaChange") {
    return [{ kind: "decide", from: "steeringCommittee", reference: "decision", meetingKind: "steeringCommittee", citation: rules.procedures.agendaChange.decidedBy.citation }];
  }
  const majority = state.kind === "informationRequest" ? rules.majorities.villageHeadInformation : state.kind === "rulesChange" ? rules.majorities.rulesChange : rules.majorities.villageRegulationInitiative;
  return [{ kind: "decide", from: "plenary", reference: "decision", meetingKind: "plenary", citation: majority.citation }];
}

function stagedSteps(state: ProcedureState, rules: CouncilRuleBook, kind: "villageRegulation" | "headReport"): PendingStep[] {
  const staged = stagedRules(rules, kind);
  const current = currentStage(state, staged.stages.length);
  if (current === undefined) {
    if (kind !== "villageRegulation") return [];
    const final = stageRecord(state, staged.stages.length);
    if (final?.outcome !== "approved") return [];
    const regulation = rules.procedures.villageRegulation;
    if (state.approvalDecree === null) return [{ kind: "approvalDecree", from: "recorder", reference: "text", meetingKind: null, citation: regulation.approvalDecree.citation }];
    return [{ kind: "headSignature", from: "recorder", reference: "text", meetingKind: null, citation: regulation.signedByHead.citation }];
  }
  const stage = staged.stages.find((s) => s.stage === current)!;
  const steps: PendingStep[] = [];
  if (kind === "villageRegulation") {
    const amendments = rules.procedures.villageRegulation.amendments;
    if (current === amendments.decidedInStage) {
      for (const a of state.amendments.filter((x) => x.outcome === null)) {
        steps.push({ kind: "amendment", from: "plenary", reference: "decision", meetingKind: "plenary", citation: amendments.decided.citation, amendmentNo: a.amendmentNo });
      }
    }
  }
  steps.push({ kind: "stage", from: "plenary", reference: stage.reference, meetingKind: stage.meetingKind, citation: stageCitation(stage, state.source), stage: current });
  return steps;
}

export function pendingSteps(state: ProcedureState, rules: CouncilRuleBook): PendingStep[] {
  if (state.status !== "open") return [];
  switch (state.kind) {
    case "closedMeetingRequest":
    case "agendaChange":
    case "rulesChange":
      return proposalSteps(state, rules);
    case "informationRequest":
      if (!state.decision) return proposalSteps(state, rules);
      return expectedExchangeSteps(state, rules).map((step) => ({
        kind: "exchange",
        from: "recorder",
        reference: "none",
        meetingKind: null,
        citation: exchangeRule(rules, step).citation,
        exchangeStep: step,
      }));
    case "villageRegulation":
      if (state.source === "councilInitiative" && state.decision?.outcome !== "approved") return proposalSteps(state, rules);
      return stagedSteps(state, rules, "villageRegulation");
    case "headReport":
      return stagedSteps(state, rules, "headReport");
    case "leadership":
      return (state.leadership?.offices ?? []).flatMap((o): PendingStep[] => {
        if (!o.elected) return [{ kind: "elect", from: "plenary", reference: "decision", meetingKind: "plenary", citation: rules.leadershipElection.attendance.citation, office: o.office }];
        if (!o.sworn) return [{ kind: "oath", from: "plenary", reference: "meeting", meetingKind: "plenary", citation: rules.procedures.leadership.oath.before.citation, office: o.office }];
        return [];
      });
  }
}
