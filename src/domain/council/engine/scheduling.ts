import { DateTime } from "luxon";
import { findMember, hasNoLeadership, temporaryLeadership } from "../council.ts";
import { isWithinMeetingHours } from "../meeting-hours.ts";
import { member } from "../participants.ts";
import type { PostponementRule, PostponementStage } from "../rule-book.ts";
import type { CommandOf } from "../session-commands.ts";
import type { SessionSetup } from "../session-events.ts";
import { hasQuorum, isMemberPresent, lastPostponement } from "../session-state.ts";
import { requiredCount } from "../vote.ts";
import {
  disciplineCitation,
  done,
  event,
  isoIn,
  isTimer,
  memberName,
  presidingPerson,
  quorumParams,
  refuse,
  requireNoFloor,
  requireNoRunningVote,
  requirePhase,
  requirePresiding,
} from "./context.ts";
import type { Decided, EngineContext } from "./context.ts";
import { releaseFloor } from "./floor-release.ts";
import { bodyOf, defaultPresiding, mayConvene, mayPreside } from "./presiding.ts";

export function schedule(cmd: CommandOf<"schedule">, c: EngineContext): Decided {
  const { rules, council } = c;
  const refused = requirePhase(c, "unscheduled");
  if (refused) return refused;
  if (isTimer(c)) return refuse("NOT_FOR_TIMER", { command: cmd.type });
  const convener = c.caller.member;
  if (!convener) return refuse(c.caller.person ? "NOT_A_MEMBER" : "UNKNOWN_SENDER");

  const kindRule = rules.sessionKinds[cmd.kind];
  if (cmd.kind === "commission" && cmd.commission === null) return refuse("COMMISSION_REQUIRED", { kind: kindRule.name }, kindRule.presidingCitation);
  if (cmd.commission !== null && !kindRule.presidedBy.includes("commissionChair")) {
    return refuse("COMMISSION_NOT_ALLOWED", { kind: kindRule.name }, kindRule.citation);
  }
  if (cmd.leadershipElection && cmd.kind !== "plenary") return refuse("ELECTION_ONLY_IN_PLENARY", {}, rules.leadershipElection.plenaryOnly);
  const electionMatter = rules.closedMeetings.undecidableMatters.find((m) => m.matter === "councilLeadershipElection");
  if (cmd.leadershipElection && cmd.nature === "closed" && electionMatter) {
    return refuse("CLOSED_MEETING_MATTER", { matter: electionMatter.text }, electionMatter.citation);
  }

  const meeting = { kind: cmd.kind, commission: cmd.commission };
  if (!mayConvene(council, meeting, convener)) return refuse("NOT_CONVENER", {}, rules.procedure.convening.citation);
  const presiding = cmd.presiding === undefined ? defaultPresiding(council, rules, meeting) : findMember(council, cmd.presiding);
  if (!presiding) return refuse(cmd.presiding ? "UNKNOWN_MEMBER" : "MAY_NOT_PRESIDE", { memberId: cmd.presiding ?? "", kind: kindRule.name }, kindRule.presidingCitation);
  if (!mayPreside(council, rules, meeting, presiding)) {
    return refuse("MAY_NOT_PRESIDE", { memberId: presiding.id, kind: kindRule.name }, kindRule.presidingCitation);
  }

  const body = bodyOf(council, rules, meeting);
  const attendance = cmd.leadershipElection ? rules.leadershipElection.attendance : rules.quorum;
  const temporary = hasNoLeadership(council) && cmd.commission === null ? temporaryLeadership(council) : undefined;
  const setup: SessionSetup = {
    kind: cmd.kind,
    nature: cmd.nature,
    commission: cmd.commission,
    agenda: cmd.agenda,
    place: cmd.place,
    plannedStart: isoIn(council.zone, cmd.plannedStart),
    leadershipElection: cmd.leadershipElection,
    speakingTimeSeconds: cmd.speakingTimeSeconds,
    presiding: presiding.id,
    assisting: temporary?.assisting?.id ?? null,
    body,
    councilSize: council.members.length,
    quorum: { required: requiredCount(attendance, body.length), members: body.length, citation: attendance.citation },
    outsideMeetingHours: !isWithinMeetingHours(cmd.plannedStart, rules, council.zone),
  };
  return done([event(c, "sessionScheduled", setup, member(convener.id))]);
}

function postponementRule(c: EngineContext): PostponementRule {
  return c.state.setup?.leadershipElection ? c.rules.leadershipElection.postponement : c.rules.postponement;
}

function stageFor(rule: PostponementRule, stageNo: number): PostponementStage | undefined {
  const stage = rule.stages[stageNo - 1];
  if (stage) return stage;
  return rule.afterLastStage === "repeatLast" ? rule.stages[rule.stages.length - 1] : undefined;
}

/** Pasal 45 (and Pasal 24 for the leadership election): quorum missing at the planned start. A timer may run it for the chair. */
export function postpone(cmd: CommandOf<"postpone">, c: EngineContext): Decided {
  const refused = requirePhase(c, "scheduled", "postponed") ?? requirePresiding(c, { timerAllowed: true });
  if (refused) return refused;
  const setup = c.state.setup!;
  const rule = postponementRule(c);
  const stageNo = c.state.postponements.length + 1;
  const stage = stageFor(rule, stageNo);
  if (!stage) return refuse("ELECTION_GOES_AHEAD", {}, rule.afterLastStageCitation);
  if (hasQuorum(c.state)) return refuse("QUORUM_PRESENT", quorumParams(c.state), stage.citation);

  const plannedStart = DateTime.fromISO(setup.plannedStart);
  if (c.now < plannedStart) return refuse("BEFORE_PLANNED_START", { plannedStart: setup.plannedStart }, stage.citation);
  const last = lastPostponement(c.state);
  if (last && c.now < DateTime.fromISO(last.until)) return refuse("POSTPONEMENT_RUNNING", { until: last.until });

  let until: DateTime;
  if (stage.maxMinutes === null) {
    if (!cmd.until) return refuse("UNTIL_REQUIRED", { stage: stageNo }, stage.citation);
    until = cmd.until;
  } else {
    const longest = c.now.plus({ minutes: stage.maxMinutes });
    until = cmd.until ?? longest;
    if (until > longest) return refuse("POSTPONEMENT_TOO_LONG", { maxMinutes: stage.maxMinutes }, stage.citation);
  }
  if (until <= c.now) return refuse("UNTIL_NOT_FUTURE", { until: isoIn(c.council.zone, until) });

  const payload = { stage: stageNo, until: isoIn(c.council.zone, until), maxMinutes: stage.maxMinutes, citation: stage.citation, ...quorumParams(c.state) };
  return done([event(c, "sessionPostponed", payload, presidingPerson(c))]);
}

/** After the last postponement of the leadership election the election goes ahead without quorum (Pasal 24 ayat (3)). */
function electionGoesAhead(c: EngineContext): boolean {
  const rule = postponementRule(c);
  if (!c.state.setup?.leadershipElection || rule.afterLastStage !== "proceedWithoutQuorum") return false;
  const last = lastPostponement(c.state);
  return c.state.postponements.length >= rule.stages.length && last !== undefined && c.now >= DateTime.fromISO(last.until);
}

export function open(_: CommandOf<"open">, c: EngineContext): Decided {
  const refused = requirePhase(c, "scheduled", "postponed") ?? requirePresiding(c);
  if (refused) return refused;
  const presiding = c.state.presiding!;
  if (!isMemberPresent(c.state, presiding)) return refuse("PRESIDING_NOT_PRESENT", { presiding: memberName(c, presiding) }, c.rules.procedure.signIn.citation);
  const setup = c.state.setup!;
  const withQuorum = hasQuorum(c.state);
  if (!withQuorum && !electionGoesAhead(c)) return refuse("NO_QUORUM", quorumParams(c.state), setup.quorum.citation);
  const payload = {
    ...quorumParams(c.state),
    withoutQuorum: !withQuorum,
    citation: withQuorum ? setup.quorum.citation : postponementRule(c).afterLastStageCitation,
    outsideMeetingHours: !isWithinMeetingHours(c.now, c.rules, c.council.zone),
  };
  return done([event(c, "sessionOpened", payload, presidingPerson(c))]);
}

/** Pasal 54 ayat (3): the chair suspends the meeting to a set time. */
export function suspend(cmd: CommandOf<"suspend">, c: EngineContext): Decided {
  const refused = requirePhase(c, "open") ?? requirePresiding(c);
  if (refused) return refused;
  if (cmd.until <= c.now) return refuse("UNTIL_NOT_FUTURE", { until: isoIn(c.council.zone, cmd.until) });
  return done([
    ...releaseFloor(c, "anyone", { reason: "suspended" }),
    event(c, "sessionSuspended", { until: isoIn(c.council.zone, cmd.until), citation: disciplineCitation(c, "suspension") }, presidingPerson(c)),
  ]);
}

export function resume(_: CommandOf<"resume">, c: EngineContext): Decided {
  const refused = requirePhase(c, "suspended") ?? requirePresiding(c);
  if (refused) return refused;
  const until = c.state.suspendedUntil;
  if (until && c.now < DateTime.fromISO(until)) return refuse("SUSPENDED_UNTIL", { until }, disciplineCitation(c, "suspension"));
  return done([event(c, "sessionResumed", {}, presidingPerson(c))]);
}

/** Closes the meeting, or calls off one that never opened. */
export function close(_: CommandOf<"close">, c: EngineContext): Decided {
  const refused = requirePhase(c, "scheduled", "postponed", "open", "suspended") ?? requirePresiding(c) ?? requireNoFloor(c) ?? requireNoRunningVote(c);
  if (refused) return refused;
  return done([event(c, "sessionClosed", { opened: c.state.openedAt !== null }, presidingPerson(c))]);
}
