import { DateTime } from "luxon";
import { member } from "../participants.ts";
import { checkDecision } from "./checks.ts";
import { actingMember, done, event, refuse, requireOpened, requireRecorder } from "./context.ts";
import type { Decided, OpenContext, ProcedureContext, Refusal } from "./context.ts";
import type { ProcedureCommandOf } from "./procedure-commands.ts";
import { currentStage, stageRecord } from "./procedure-state.ts";
import { roman } from "./stages.ts";

/**
 * A draft village regulation besides its stages (stages.ts) and the initiative's signatures (signatures.ts): the
 * village head's draft with its Nota Pengantar (Pasal 64 ayat (1)), two drafts on one matter (Pasal 65), members'
 * amendments raised in stage II and decided in stage III (Pasal 9), and the Keputusan BPD approving the regulation
 * (Pasal 63 ayat (5)) that the village head then signs (Pasal 71).
 */

export function receiveHeadDraft(cmd: ProcedureCommandOf<"receiveHeadDraft">, c: ProcedureContext): Decided {
  if (c.state) return refuse("ALREADY_OPENED");
  const notRecorder = requireRecorder(c);
  if (notRecorder) return notRecorder;
  const rule = c.rules.procedures.villageRegulation.headDraft;
  return done([event(c, "headDraftReceived", { title: cmd.title, coverNote: cmd.coverNote, citation: rule.citation })]);
}

/** The draft under discussion in stages: a head's draft, or an initiative the plenary adopted (Pasal 8 ayat (7)-(8)). */
function requireUnderDiscussion(c: ProcedureContext): Refusal | null {
  const refused = requireOpened(c, "villageRegulation");
  if (refused) return refused;
  const state = c.state!;
  if (state.source === "councilInitiative" && state.decision?.outcome !== "approved") {
    return refuse("NOT_ADOPTED", {}, c.rules.procedures.villageRegulation.initiativeDecision.citation);
  }
  return null;
}

function stageCount(c: ProcedureContext): number {
  return c.rules.procedures.villageRegulation.stages.length;
}

/** Pasal 9 ayat (1)-(2): any member raises an amendment, in the general views of stage II. */
export function proposeAmendment(cmd: ProcedureCommandOf<"proposeAmendment">, c: ProcedureContext): Decided {
  const refused = requireUnderDiscussion(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const who = actingMember(c, cmd.member);
  if (!who.ok) return who;
  const rules = c.rules.procedures.villageRegulation.amendments;
  const current = currentStage(open.state, stageCount(c));
  if (current !== rules.raisedInStage) {
    return refuse("AMENDMENT_NOT_IN_STAGE", { stage: roman(rules.raisedInStage), current: current === undefined ? "-" : roman(current) }, rules.raised.citation);
  }
  const payload = { amendmentNo: open.state.amendments.length + 1, member: who.value.id, text: cmd.text, citation: rules.raised.citation };
  return done([event(c, "amendmentProposed", payload, member(who.value.id))]);
}

/** Pasal 9 ayat (3): stage III discusses and decides each amendment, in a plenary. */
export function decideAmendment(cmd: ProcedureCommandOf<"decideAmendment">, c: ProcedureContext): Decided {
  const refused = requireUnderDiscussion(c) ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rules = c.rules.procedures.villageRegulation.amendments;
  const amendment = open.state.amendments.find((a) => a.amendmentNo === cmd.amendmentNo);
  if (!amendment) return refuse("UNKNOWN_AMENDMENT", { amendmentNo: cmd.amendmentNo });
  if (amendment.outcome !== null) return refuse("AMENDMENT_ALREADY_DECIDED", { amendmentNo: cmd.amendmentNo });
  const current = currentStage(open.state, stageCount(c));
  if (current !== rules.decidedInStage) {
    return refuse("AMENDMENT_NOT_IN_STAGE", { stage: roman(rules.decidedInStage), current: current === undefined ? "-" : roman(current) }, rules.decided.citation);
  }
  const stage = c.rules.procedures.villageRegulation.stages.find((s) => s.stage === rules.decidedInStage)!;
  const checked = checkDecision(open, cmd.decision, {
    meetingKind: stage.meetingKind,
    kindCitation: stage.meetingCitation,
    outcomes: "either",
    passedCitation: rules.decided.citation,
  });
  if (!checked.ok) return checked;
  return done([event(c, "amendmentDecided", { amendmentNo: amendment.amendmentNo, decision: checked.value.decision, outcome: checked.value.outcome, citation: rules.decided.citation })]);
}

function millis(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

/** Pasal 65: of two drafts on the same matter, the one received first is discussed; this later one complements it. */
export function becomeComplement(cmd: ProcedureCommandOf<"becomeComplement">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "villageRegulation") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rule = c.rules.procedures.villageRegulation.sameMatter;
  const other = cmd.of;
  if (other.procedureId === c.procedureId) return refuse("SAME_PROCEDURE");
  if (other.kind !== "villageRegulation") return refuse("WRONG_KIND", { kind: other.kind });
  const received = open.state.receivedAt;
  if (received === null) return refuse("NOT_RECEIVED", {}, c.rules.procedures.numbering.villageRegulationInitiative?.citation);
  if (other.status !== "open") return refuse("OTHER_NOT_UNDER_DISCUSSION", { other: other.procedureId, status: other.status }, rule.citation);
  if (other.receivedAt === null || millis(other.receivedAt) >= millis(received)) {
    return refuse("RECEIVED_FIRST", { other: other.procedureId, received, otherReceived: other.receivedAt ?? "-" }, rule.citation);
  }
  const finalStage = stageCount(c);
  if (stageRecord(open.state, finalStage)) return refuse("ALREADY_DECIDED", {}, rule.citation);
  return done([event(c, "becameComplement", { of: other.procedureId, title: other.title, citation: rule.citation })]);
}

/** Pasal 63 ayat (5): the approval given in stage IV is set down in a Keputusan BPD. */
export function recordApprovalDecree(cmd: ProcedureCommandOf<"recordApprovalDecree">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "villageRegulation") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rule = c.rules.procedures.villageRegulation.approvalDecree;
  const final = stageRecord(open.state, stageCount(c));
  if (!final || final.outcome !== "approved") return refuse("NOT_APPROVED", {}, rule.citation);
  if (open.state.approvalDecree !== null) return refuse("ALREADY_RECORDED", { number: open.state.approvalDecree });
  return done([event(c, "approvalDecreeRecorded", { number: cmd.number, citation: rule.citation })]);
}

/** Pasal 71: the village head signs the regulation the council approved; the procedure ends. */
export function recordSignature(cmd: ProcedureCommandOf<"recordSignature">, c: ProcedureContext): Decided {
  const refused = requireOpened(c, "villageRegulation") ?? requireRecorder(c);
  if (refused) return refused;
  const open = c as OpenContext;
  const rules = c.rules.procedures.villageRegulation;
  if (open.state.approvalDecree === null) return refuse("NO_APPROVAL_DECREE", {}, rules.approvalDecree.citation);
  return done([event(c, "regulationSigned", { number: cmd.number, citation: rules.signedByHead.citation })]);
}
