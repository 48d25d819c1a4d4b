import { done, event, refuse, requireOpened, requireRecorder, dayOf } from "./context.ts";
import type { Decided, OpenContext, ProcedureContext, Refusal } from "./context.ts";
import { checkDecision } from "./checks.ts";
import type { DecisionRequirement } from "./checks.ts";
import type { ProcedureCommandOf } from "./procedure-commands.ts";
import { requireSignatures } from "./signatures.ts";

/**
 * The decisions on a signed proposal: the Panitia Musyawarah's consideration before the plenary (Pasal 7 ayat (5),
 * 8 ayat (4)), and the decision that ends it — the plenary's, with 2/3 of all members for a request for information
 * (Pasal 7 ayat (4)), an initiative (Pasal 8 ayat (5)) or a change of the rules (Pasal 75 ayat (2)-(3)); the Panitia
 * Musyawarah's for an agenda change (Pasal 58 ayat (4)).
 */

function requireNumbered(c: OpenContext): Refusal | null {
  const proposal = c.state.proposal;
  if (!proposal?.numbered || proposal.number !== null) return null;
  return refuse("NOT_NUMBERED", {}, c.rules.procedures.numbering[proposal.kind]?.citation);
}

function requireInitiativeOrRequest(c: ProcedureContext): Refusal | null {
  const refused = requireOpened(c, "informationRequest", "villageRegulation");
  if (refused) return refused;
  return c.state!.source === "villageHead" ? refuse("WRONG_KIND", { kind: "villageHeadDraft" }) : null;
}

export function consider(cmd: ProcedureCommandOf<"consider">, c: ProcedureContext): Decided {
  const refused = requireInitiativeOrRequest(c) ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const proposal = open.state.proposal!;
  const rule = c.rules.procedures.steeringCommitteeConsiders[proposal.kind]!;
  if (open.state.consideration) return refuse("ALREADY_CONSIDERED", {}, rule.citation);
  const before = requireSignatures(open) ?? requireNumbered(open);
  if (before) return before;
  const checked = checkDecision(open, cmd.decision, { meetingKind: "steeringCommittee", kindCitation: rule.citation, outcomes: "either", passedCitation: rule.citation });
  if (!checked.ok) return checked;
  return done([event(c, "considered", { decision: checked.value.decision, favourable: checked.value.outcome === "approved", citation: rule.citation })]);
}

function requirementFor(c: OpenContext): DecisionRequirement | Refusal {
  const { majorities, procedures } = c.rules;
  switch (c.state.kind) {
    case "informationRequest": {
      const rule = majorities.villageHeadInformation;
      return { meetingKind: "plenary", kindCitation: rule.plenaryOnly ?? rule.citation, outcomes: "either", passedCitation: rule.citation, special: rule };
    }
    case "villageRegulation": {
      const rule = majorities.villageRegulationInitiative;
      return { meetingKind: "plenary", kindCitation: rule.plenaryOnly ?? rule.citation, outcomes: "either", passedCitation: procedures.villageRegulation.initiativeDecision.citation, special: rule };
    }
    case "rulesChange": {
      const rule = majorities.rulesChange;
      return {
        meetingKind: "plenary",
        kindCitation: rule.plenaryOnly ?? rule.citation,
        outcomes: "either",
        passedCitation: rule.citation,
        special: rule,
        attendance: procedures.rulesChange.attendance,
      };
    }
    case "agendaChange": {
      const rule = procedures.agendaChange.decidedBy;
      return { meetingKind: "steeringCommittee", kindCitation: rule.citation, outcomes: "either", passedCitation: rule.citation };
    }
    default:
      return refuse("WRONG_KIND", { kind: c.state.kind });
  }
}

export function decideProposal(cmd: ProcedureCommandOf<"decide">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "informationRequest", "villageRegulation", "rulesChange", "agendaChange") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  if (open.state.source === "villageHead") return refuse("WRONG_KIND", { kind: "villageHeadDraft" });
  if (open.state.decision) return refuse("ALREADY_DECIDED", {}, c.rules.procedures.changeOrWithdraw[open.state.proposal!.kind]?.citation);
  const requirement = requirementFor(open);
  if ("ok" in requirement) return requirement;
  const proposal = open.state.proposal!;
  const considers = c.rules.procedures.steeringCommitteeConsiders[proposal.kind];
  const before =
    requireSignatures(open) ?? requireNumbered(open) ?? (considers && !open.state.consideration ? refuse("NOT_CONSIDERED", {}, considers.citation) : null);
  if (before) return before;
  const checked = checkDecision(open, cmd.decision, requirement);
  if (!checked.ok) return checked;
  const meetingDate = open.state.meetingDate;
  if (open.state.kind === "agendaChange" && meetingDate && dayOf(cmd.decision.at) > meetingDate) {
    return refuse("DECIDED_AFTER_MEETING", { meetingDate, decidedOn: dayOf(cmd.decision.at) }, requirement.kindCitation);
  }
  const body = requirement.meetingKind === "plenary" ? "plenary" : "steeringCommittee";
  const citation = requirement.special?.citation ?? requirement.kindCitation;
  return done([event(c, "decided", { body, decision: checked.value.decision, outcome: checked.value.outcome, required: checked.value.required, citation })]);
}
