import { findMember } from "../council.ts";
import { member } from "../participants.ts";
import type { ClosedMeetingMatter, MajorityKind, MajorityRule } from "../rule-book.ts";
import type { CommandOf } from "../session-commands.ts";
import { isInBody, isMemberPresent, presentVoters, runningVote } from "../session-state.ts";
import { electionResult, majorityThreshold, MOTION_CHOICES, motionResult, tallyMotion } from "../vote.ts";
import type { MotionChoice, VoteBase } from "../vote.ts";
import {
  done,
  event,
  isTimer,
  presidingPerson,
  refuse,
  requireNoFloor,
  requireNoRunningVote,
  requirePhase,
  requirePresiding,
  requireQuorum,
  subjectMember,
} from "./context.ts";
import type { Decided, EngineContext, Refusal } from "./context.ts";

/**
 * Decisions (Pasal 60, 30 ayat (3)): consensus first; otherwise a vote of the members present with a vote. Special
 * majorities of all members where the rule book requires them. A result is frozen in the event that closes the vote.
 */

function voteBase(c: EngineContext, alsoCounted: readonly string[] = []): VoteBase {
  const present = new Set([...presentVoters(c.state), ...alsoCounted]);
  return { present: present.size, allMembers: c.state.setup!.councilSize };
}

/** A special majority is taken only in a plenary, and only if all members present with a vote could reach it. */
function majorityRefusal(c: EngineContext, rule: MajorityRule): Refusal | null {
  if (rule.plenaryOnly && c.state.setup!.kind !== "plenary") return refuse("PLENARY_ONLY", { majority: rule.kind }, rule.plenaryOnly);
  const base = voteBase(c);
  const required = majorityThreshold(rule, base);
  if (rule.base === "allMembers" && base.present < required) {
    return refuse("SPECIAL_MAJORITY_UNREACHABLE", { present: base.present, members: base.allMembers, required }, rule.citation);
  }
  return null;
}

/** Pasal 42: a closed meeting may decide, except these matters. */
function closedMeetingRefusal(c: EngineContext, matter: ClosedMeetingMatter | null): Refusal | null {
  if (matter === null || c.state.setup!.nature !== "closed") return null;
  const rule = c.rules.closedMeetings.undecidableMatters.find((m) => m.matter === matter);
  return rule ? refuse("CLOSED_MEETING_MATTER", { matter: rule.text }, rule.citation) : null;
}

function requireDeciding(c: EngineContext, matter: ClosedMeetingMatter | null): Refusal | null {
  return requirePhase(c, "open") ?? requirePresiding(c) ?? requireNoFloor(c) ?? requireNoRunningVote(c) ?? closedMeetingRefusal(c, matter) ?? requireQuorum(c);
}

function ruleOf(c: EngineContext, kind: MajorityKind): MajorityRule {
  return c.rules.majorities[kind];
}

export function recordConsensus(cmd: CommandOf<"recordConsensus">, c: EngineContext): Decided {
  const refused = requireDeciding(c, cmd.matter) ?? majorityRefusal(c, ruleOf(c, cmd.majority));
  if (refused) return refused;
  const payload = {
    decisionNo: c.state.decisions.length + 1,
    motion: cmd.motion,
    itemNo: c.state.currentItem,
    majority: cmd.majority,
    matter: cmd.matter,
    present: presentVoters(c.state).length,
    citation: c.rules.procedure.consensus.citation,
  };
  return done([event(c, "consensusRecorded", payload, presidingPerson(c))]);
}

export function startVote(cmd: CommandOf<"startVote">, c: EngineContext): Decided {
  const refused = requireDeciding(c, cmd.matter);
  if (refused) return refused;
  const rule = ruleOf(c, cmd.majority);
  const candidates = cmd.candidates === null ? null : [...new Set(cmd.candidates)];
  const unknown = candidates?.find((id) => !findMember(c.council, id));
  if (unknown !== undefined) return refuse("UNKNOWN_MEMBER", { memberId: unknown });
  if (cmd.secret && candidates === null) return refuse("SECRET_ONLY_FOR_ELECTIONS");
  if (candidates !== null && cmd.majority !== "ordinary") return refuse("ELECTION_NEEDS_ORDINARY_MAJORITY", { majority: cmd.majority });
  const unreachable = majorityRefusal(c, rule);
  if (unreachable) return unreachable;
  const payload = {
    voteNo: c.state.votes.length + 1,
    motion: cmd.motion,
    itemNo: c.state.currentItem,
    majority: cmd.majority,
    matter: cmd.matter,
    secret: cmd.secret,
    candidates,
    citation: rule.citation,
  };
  return done([event(c, "voteStarted", payload, presidingPerson(c))]);
}

/** Why the sender can never vote, whatever the member: invitees, observers, the secretary (Pasal 59 ayat (5)-(6), 73). */
function nonMemberRefusal(c: EngineContext): Refusal | null {
  switch (c.caller.person?.kind) {
    case "invitee":
      return refuse("INVITEE_MAY_NOT_VOTE", {}, c.rules.procedure.inviteeNoVote.citation);
    case "observer":
      return refuse("OBSERVER_MAY_NOT_VOTE", {}, c.rules.procedure.observerSilent.citation);
    case "secretary":
      return refuse("SECRETARY_MAY_NOT_VOTE", {}, c.rules.procedure.secretaryNoVote.citation);
    case undefined:
      return refuse("UNKNOWN_SENDER");
    default:
      return null;
  }
}

/** A member not of the body holding the meeting is its guest: at a closed commission meeting Pasal 21 ayat (5) says so outright. */
function outsideBodyCitation(c: EngineContext) {
  const setup = c.state.setup!;
  return setup.kind === "commission" && setup.nature === "closed" ? c.rules.procedure.nonCommissionNoVote.citation : c.rules.procedure.organGuest.citation;
}

export function castVote(cmd: CommandOf<"castVote">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open");
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  const vote = runningVote(c.state);
  if (!vote) return refuse("NO_VOTE_RUNNING");
  if (cmd.member === undefined || c.caller.member === null) {
    const notMember = nonMemberRefusal(c);
    if (notMember) return notMember;
  }
  const subject = subjectMember(c, cmd.member, "presiding");
  if (!subject.ok) return subject;
  const voter = subject.value;
  if (voter.id !== c.caller.member?.id && voter.telegramUserId !== null) return refuse("MEMBER_HAS_TELEGRAM", { name: voter.name });
  if (!isMemberPresent(c.state, voter.id)) return refuse("NOT_SIGNED_IN", { name: voter.name }, c.rules.procedure.signIn.citation);
  if (!isInBody(c.state, voter.id)) return refuse("NO_VOTE_IN_THIS_BODY", { name: voter.name }, outsideBodyCitation(c));
  if (vote.ballots[voter.id] !== undefined) return refuse("ALREADY_VOTED", { voteNo: vote.voteNo });

  const choices: readonly string[] = vote.candidates === null ? MOTION_CHOICES : [...vote.candidates, "abstain"];
  if (!choices.includes(cmd.choice)) return refuse("INVALID_CHOICE", { choice: cmd.choice, choices: choices.join(", ") });
  return done([event(c, "voteCast", { voteNo: vote.voteNo, voter: voter.id, choice: cmd.choice, secret: vote.secret }, member(voter.id))]);
}

/** Freezes the result. Members who voted and then left still count in the base: their vote was given while present. */
export function closeVote(_: CommandOf<"closeVote">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  const vote = runningVote(c.state);
  if (!vote) return refuse("NO_VOTE_RUNNING");
  const noQuorum = requireQuorum(c);
  if (noQuorum) return noQuorum;
  const rule = ruleOf(c, vote.majority);
  const ballots = Object.values(vote.ballots);
  const base = voteBase(c, Object.keys(vote.ballots));
  const result =
    vote.candidates === null ? motionResult(rule, tallyMotion(ballots as MotionChoice[]), base) : electionResult(rule, vote.candidates, ballots, base);
  return done([event(c, "voteClosed", { voteNo: vote.voteNo, decisionNo: c.state.decisions.length + 1, result }, presidingPerson(c))]);
}

export function cancelVote(cmd: CommandOf<"cancelVote">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open", "suspended") ?? requirePresiding(c);
  if (refused) return refused;
  const vote = runningVote(c.state);
  if (!vote) return refuse("NO_VOTE_RUNNING");
  return done([event(c, "voteCancelled", { voteNo: vote.voteNo, reason: cmd.reason }, presidingPerson(c))]);
}

/** The chair counts raised hands in the room and records the numbers; the threshold is applied as for a vote. */
export function recordShowOfHands(cmd: CommandOf<"recordShowOfHands">, c: EngineContext): Decided {
  const rule = ruleOf(c, cmd.majority);
  const refused = requireDeciding(c, cmd.matter) ?? majorityRefusal(c, rule);
  if (refused) return refused;
  const base = voteBase(c);
  const counted = cmd.yes + cmd.no + cmd.abstain;
  if (counted > base.present) return refuse("COUNTS_EXCEED_PRESENT", { counted, present: base.present });
  const payload = {
    voteNo: c.state.votes.length + 1,
    decisionNo: c.state.decisions.length + 1,
    motion: cmd.motion,
    itemNo: c.state.currentItem,
    matter: cmd.matter,
    result: motionResult(rule, { yes: cmd.yes, no: cmd.no, abstain: cmd.abstain }, base),
  };
  return done([event(c, "showOfHandsRecorded", payload, presidingPerson(c))]);
}
