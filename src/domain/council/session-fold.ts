import { personKey, samePerson } from "./participants.ts";
import type { Person, Speaker } from "./participants.ts";
import type { SessionEvent } from "./session-events.ts";
import { INITIAL_SESSION_STATE, warningCountsOf } from "./session-state.ts";
import type { Decision, Guest, SessionState, VoteState, WarningCounts } from "./session-state.ts";
import { resultPassed } from "./vote.ts";

/**
 * The fold of a session's log. Pure and total: it trusts the events `decide` produced (every precondition was
 * checked there) and never throws, so a log always replays.
 */
export function foldSession(events: Iterable<SessionEvent>): SessionState {
  let state = INITIAL_SESSION_STATE;
  for (const event of events) state = evolve(state, event);
  return state;
}

/** Folds many events onto a state, e.g. the events `decide` just produced. */
export function evolveAll(state: SessionState, events: Iterable<SessionEvent>): SessionState {
  let next = state;
  for (const event of events) next = evolve(next, event);
  return next;
}

function without<P extends Person>(list: readonly P[], person: Person): P[] {
  return list.filter((p) => !samePerson(p, person));
}

function withOnce<P extends Person>(list: readonly P[], person: P): readonly P[] {
  return list.some((p) => samePerson(p, person)) ? list : [...list, person];
}

function markGuestLeft(guests: readonly Guest[], id: string, at: string): Guest[] {
  return guests.map((g) => (g.id === id && g.leftAt === null ? { ...g, leftAt: at } : g));
}

function countWarning(state: SessionState, person: Person, field: keyof WarningCounts): SessionState["warningCounts"] {
  const counts = warningCountsOf(state, person);
  return { ...state.warningCounts, [personKey(person)]: { ...counts, [field]: counts[field] + 1 } };
}

function updateVote(state: SessionState, voteNo: number, change: (vote: VoteState) => VoteState): readonly VoteState[] {
  return state.votes.map((v) => (v.voteNo === voteNo ? change(v) : v));
}

/** Takes a person out of the running discussion: their turn, their pending interruptions, the floor if they hold it. */
function dropFromDiscussion(state: SessionState, person: Speaker): SessionState {
  const holdsFloor = samePerson(state.floor?.speaker, person);
  return {
    ...state,
    queue: without(state.queue, person),
    floor: holdsFloor ? null : state.floor,
    interruption: holdsFloor ? null : state.interruption,
    interruptionRequests: holdsFloor ? [] : state.interruptionRequests.filter((r) => person.kind !== "member" || r.member !== person.id),
  };
}

function leaveMember(state: SessionState, id: string, at: string): SessionState {
  const stint = state.attendance[id];
  if (!stint || stint.leftAt !== null) return state;
  return { ...state, attendance: { ...state.attendance, [id]: { ...stint, leftAt: at } } };
}

export function evolve(state: SessionState, event: SessionEvent): SessionState {
  const at = event.at;
  switch (event.type) {
    case "sessionScheduled":
      return { ...state, phase: "scheduled", setup: event.payload, presiding: event.payload.presiding };
    case "memberSignedIn":
      return { ...state, attendance: { ...state.attendance, [event.payload.member]: { signedInAt: at, leftAt: null } } };
    case "memberLeft": {
      const left = leaveMember(state, event.payload.member, at);
      return { ...left, interruptionRequests: left.interruptionRequests.filter((r) => r.member !== event.payload.member) };
    }
    case "inviteeSignedIn": {
      const { invitee, name, description, telegramUserId } = event.payload;
      return { ...state, invitees: [...state.invitees, { id: invitee, name, description, telegramUserId, signedInAt: at, leftAt: null }] };
    }
    case "observerSignedIn": {
      const { observer, name, telegramUserId } = event.payload;
      return { ...state, observers: [...state.observers, { id: observer, name, description: "", telegramUserId, signedInAt: at, leftAt: null }] };
    }
    case "guestLeft": {
      const { guest } = event.payload;
      if (guest.kind === "invitee") return { ...dropFromDiscussion(state, { kind: "invitee", id: guest.id }), invitees: markGuestLeft(state.invitees, guest.id, at) };
      return { ...state, observers: markGuestLeft(state.observers, guest.id, at) };
    }
    case "quorumReached":
    case "quorumLost":
      return state;
    case "sessionPostponed": {
      const { stage, until, citation } = event.payload;
      return { ...state, phase: "postponed", postponements: [...state.postponements, { stage, at, until, citation }] };
    }
    case "sessionOpened":
      return { ...state, phase: "open", openedAt: at };
    case "itemStarted":
      return {
        ...state,
        currentItem: event.payload.itemNo,
        registrationOpen: false,
        registrationRound: 0,
        registered: [],
        queue: [],
        forbidden: [],
        interruptionRequests: [],
      };
    case "registrationOpened":
      return { ...state, registrationOpen: true, registrationRound: event.payload.round };
    case "registrationClosed":
      return { ...state, registrationOpen: false };
    case "speakerRegistered": {
      const { speaker } = event.payload;
      return { ...state, registered: withOnce(state.registered, speaker), queue: withOnce(state.queue, speaker) };
    }
    case "speakingOrderChanged":
      return { ...state, queue: event.payload.order };
    case "speakerPassedOver":
      return { ...state, queue: without(state.queue, event.payload.speaker) };
    case "floorGiven": {
      const { floorNo, speaker, seconds } = event.payload;
      return {
        ...state,
        queue: without(state.queue, speaker),
        floor: { floorNo, speaker, since: at, seconds, pausedSeconds: 0, timeWarnings: 0, offTopicWarnings: 0 },
        floorCount: floorNo,
        interruptionRequests: [],
      };
    }
    case "speakingTimeWarned":
      return {
        ...state,
        floor: state.floor && { ...state.floor, timeWarnings: state.floor.timeWarnings + 1 },
        warningCounts: countWarning(state, event.payload.speaker, "speakingTime"),
      };
    case "offTopicWarned":
      return {
        ...state,
        floor: state.floor && { ...state.floor, offTopicWarnings: state.floor.offTopicWarnings + 1 },
        warningCounts: countWarning(state, event.payload.speaker, "offTopic"),
      };
    case "speechFinished":
      return { ...state, floor: null, interruption: null, interruptionRequests: [] };
    case "chairHandedOver":
      return { ...state, presiding: event.payload.to, handedOverBy: event.payload.from };
    case "chairTakenBack":
    case "chairTakenOver":
      return { ...state, presiding: event.payload.to, handedOverBy: null };
    case "interruptionRequested": {
      const { requestNo, member, purpose } = event.payload;
      return {
        ...state,
        interruptionRequests: [...state.interruptionRequests, { requestNo, member, purpose, requestedAt: at }],
        interruptionCount: requestNo,
      };
    }
    case "interruptionAllowed": {
      const request = state.interruptionRequests.find((r) => r.requestNo === event.payload.requestNo);
      if (!request) return state;
      return {
        ...state,
        interruption: { ...request, since: at, seconds: event.payload.seconds },
        interruptionRequests: state.interruptionRequests.filter((r) => r.requestNo !== request.requestNo),
      };
    }
    case "interruptionRefused":
      return { ...state, interruptionRequests: state.interruptionRequests.filter((r) => r.requestNo !== event.payload.requestNo) };
    case "interruptionEnded":
      return {
        ...state,
        interruption: null,
        floor: state.floor && { ...state.floor, pausedSeconds: state.floor.pausedSeconds + event.payload.pausedSeconds },
      };
    case "improperWordsWarned": {
      const { warningNo, person, words } = event.payload;
      return {
        ...state,
        improperWordsWarnings: [...state.improperWordsWarnings, { warningNo, person, words, at, retracted: false }],
        warningCounts: countWarning(state, person, "improperWords"),
      };
    }
    case "wordsRetracted":
      return {
        ...state,
        improperWordsWarnings: state.improperWordsWarnings.map((w) => (w.warningNo === event.payload.warningNo ? { ...w, retracted: true } : w)),
      };
    case "speechForbidden": {
      const { person } = event.payload;
      return { ...dropFromDiscussion(state, person), forbidden: withOnce(state.forbidden, person) };
    }
    case "askedToLeave": {
      const { person } = event.payload;
      const dropped = { ...dropFromDiscussion(state, person), expelled: withOnce(state.expelled, person) };
      if (person.kind === "member") return leaveMember(dropped, person.id, at);
      return { ...dropped, invitees: markGuestLeft(dropped.invitees, person.id, at) };
    }
    case "sessionSuspended":
      return { ...state, phase: "suspended", suspendedUntil: event.payload.until };
    case "sessionResumed":
      return { ...state, phase: "open", suspendedUntil: null };
    case "consensusRecorded": {
      const { decisionNo, motion, itemNo, majority, matter, citation } = event.payload;
      const decision: Decision = { decisionNo, how: "consensus", motion, matter, itemNo, majority, at, passed: true, result: null, citation };
      return { ...state, decisions: [...state.decisions, decision] };
    }
    case "voteStarted": {
      const { voteNo, motion, itemNo, majority, matter, secret, candidates } = event.payload;
      const vote: VoteState = { voteNo, motion, itemNo, majority, matter, secret, candidates, startedAt: at, ballots: {}, status: "running", result: null };
      return { ...state, votes: [...state.votes, vote] };
    }
    case "voteCast": {
      const { voteNo, voter, choice } = event.payload;
      return { ...state, votes: updateVote(state, voteNo, (v) => ({ ...v, ballots: { ...v.ballots, [voter]: choice } })) };
    }
    case "voteClosed": {
      const { voteNo, decisionNo, result } = event.payload;
      const vote = state.votes.find((v) => v.voteNo === voteNo);
      const decision: Decision = {
        decisionNo,
        how: "vote",
        motion: vote?.motion ?? "",
        matter: vote?.matter ?? null,
        itemNo: vote?.itemNo ?? null,
        majority: result.majority,
        at,
        passed: resultPassed(result),
        result,
        citation: result.citation,
      };
      return {
        ...state,
        votes: updateVote(state, voteNo, (v) => ({ ...v, status: "closed", result })),
        decisions: [...state.decisions, decision],
      };
    }
    case "voteCancelled":
      return { ...state, votes: updateVote(state, event.payload.voteNo, (v) => ({ ...v, status: "cancelled" })) };
    case "showOfHandsRecorded": {
      const { voteNo, decisionNo, motion, itemNo, matter, result } = event.payload;
      const vote: VoteState = {
        voteNo,
        motion,
        itemNo,
        majority: result.majority,
        matter,
        secret: false,
        candidates: null,
        startedAt: at,
        ballots: {},
        status: "closed",
        result,
      };
      const decision: Decision = {
        decisionNo,
        how: "showOfHands",
        motion,
        matter,
        itemNo,
        majority: result.majority,
        at,
        passed: result.passed,
        result,
        citation: result.citation,
      };
      return { ...state, votes: [...state.votes, vote], decisions: [...state.decisions, decision] };
    }
    case "sessionClosed":
      return { ...state, phase: "closed", closedAt: at, floor: null, interruption: null, interruptionRequests: [], registrationOpen: false };
  }
}
