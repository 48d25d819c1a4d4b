import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { SessionCommandInput } from "../../../src/domain/council/session-commands.ts";
import type { SessionEventType } from "../../../src/domain/council/session-events.ts";
import { foldSession } from "../../../src/domain/council/session-fold.ts";
import { presentCount, presentMembers } from "../../../src/domain/council/session-state.ts";
import type { SessionState } from "../../../src/domain/council/session-state.ts";
import { pendingTimers } from "../../../src/domain/council/timers.ts";
import { makeCouncil, PLANNED_START, plenary, SessionDriver, tg } from "./session-kit.ts";

/** mulberry32: a small seeded generator, so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Actor = number | { user: number } | "timer";

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Random, but weighted towards what fits the moment, so sequences chain into speeches, interruptions and votes. */
function commandFor(next: () => number, session: SessionDriver, size: number, step: number): SessionCommandInput {
  const state = session.state;
  const someMember = () => `m${1 + Math.floor(next() * size)}`;
  const speaker = () => (next() < 0.85 ? { kind: "member" as const, id: someMember() } : { kind: "invitee" as const, id: pick(next, ["i1", "i2"]) });
  const later = () => session.now.plus({ minutes: Math.floor(next() * 130) - 10 });
  const majority = pick(next, ["ordinary", "ordinary", "ordinary", "villageHeadInformation", "rulesChange"] as const);
  const open = state.phase === "open";
  const weighted: [number, () => SessionCommandInput][] = [
    [open ? 2 : 8, () => ({ type: "signIn" })],
    [1, () => ({ type: "signIn", member: someMember() })],
    [1, () => ({ type: "signInInvitee", name: "Kepala Desa", telegramUserId: 7000 + Math.floor(next() * 2) })],
    [1, () => ({ type: "signInObserver", name: "Warga" })],
    [1, () => ({ type: "leave" })],
    [open ? 0.2 : 2, () => ({ type: "postpone", ...(next() < 0.5 ? { until: later() } : {}) })],
    [open ? 0.2 : 4, () => ({ type: "open" })],
    [0.5, () => ({ type: "takeOverChair" })],
    [open && state.currentItem === null ? 6 : 0.3, () => ({ type: "startItem", itemNo: 1 + Math.floor(next() * 3) })],
    [open ? 0.5 : 0, () => ({ type: "openRegistration" })],
    [state.registrationOpen ? 2 : 0.2, () => ({ type: "closeRegistration" })],
    [state.registrationOpen ? 5 : 0.5, () => ({ type: "registerSpeaker" })],
    [0.5, () => ({ type: "registerSpeaker", member: someMember() })],
    [state.queue.length > 1 ? 1 : 0.1, () => ({ type: "reorderSpeaker", speaker: speaker(), position: 1 + Math.floor(next() * 4) })],
    [state.queue.length > 0 && !state.floor ? 5 : 0.3, () => ({ type: "giveFloor", ...(next() < 0.3 ? { speaker: speaker() } : {}), seconds: 30 + Math.floor(next() * 600) })],
    [0.3, () => ({ type: "passOver", speaker: speaker() })],
    [state.floor ? 1 : 0.1, () => ({ type: "warnSpeakingTime" })],
    [state.floor ? 0.5 : 0.1, () => ({ type: "warnOffTopic" })],
    [state.floor ? 2 : 0.1, () => ({ type: "finishSpeech" })],
    [0.3, () => ({ type: "handOverChair", to: someMember() })],
    [state.handedOverBy ? 1 : 0.1, () => ({ type: "takeBackChair" })],
    [state.floor ? 3 : 0.1, () => ({ type: "requestInterruption", purpose: pick(next, ["clarification", "postpone"] as const) })],
    [state.interruptionRequests.length > 0 ? 3 : 0.1, () => ({ type: "allowInterruption", requestNo: state.interruptionCount - Math.floor(next() * 2), seconds: 30 + Math.floor(next() * 120) })],
    [state.interruptionRequests.length > 0 ? 1 : 0.1, () => ({ type: "refuseInterruption", requestNo: state.interruptionCount })],
    [state.interruption ? 3 : 0.1, () => ({ type: "endInterruption" })],
    [open ? 0.7 : 0, () => ({ type: "warnImproperWords", person: speaker(), words: "kata kasar" })],
    [state.improperWordsWarnings.length > 0 ? 0.7 : 0, () => ({ type: "retractWords", warningNo: 1 + Math.floor(next() * state.improperWordsWarnings.length) })],
    [state.improperWordsWarnings.length > 0 ? 0.7 : 0, () => ({ type: "forbidSpeech", person: speaker() })],
    [state.forbidden.length > 0 ? 0.7 : 0, () => ({ type: "askToLeave", person: speaker() })],
    [open ? 0.2 : 0, () => ({ type: "suspend", until: later() })],
    [state.phase === "suspended" ? 6 : 0, () => ({ type: "resume" })],
    [open && !state.floor ? 0.5 : 0, () => ({ type: "recordConsensus", motion: "Mufakat", majority })],
    [open && !state.floor ? 1 : 0, () => ({ type: "startVote", motion: "Usul", majority })],
    [open && !state.floor ? 0.3 : 0, () => ({ type: "startVote", motion: "Pemilihan", secret: true, candidates: [someMember(), someMember()] })],
    [state.votes.some((v) => v.status === "running") ? 8 : 0.2, () => ({ type: "castVote", choice: pick(next, ["yes", "yes", "no", "abstain", "m3"]) })],
    [0.3, () => ({ type: "castVote", choice: "yes", member: someMember() })],
    [state.votes.some((v) => v.status === "running") ? 1.5 : 0.1, () => ({ type: "closeVote" })],
    [0.1, () => ({ type: "cancelVote", reason: "batal" })],
    [open ? 0.3 : 0, () => ({ type: "recordShowOfHands", motion: "Angkat tangan", majority, yes: Math.floor(next() * 6), no: Math.floor(next() * 3), abstain: 0 })],
    // Closing early would end most sequences before they reach speakers and votes.
    [step > 220 ? 2 : 0, () => ({ type: "close" })],
  ];
  const total = weighted.reduce((sum, [w]) => sum + w, 0);
  let roll = next() * total;
  for (const [weight, make] of weighted) {
    roll -= weight;
    if (roll < 0) return make();
  }
  return { type: "signIn" };
}

function actorFor(next: () => number, state: SessionState, size: number): Actor {
  const roll = next();
  // Bias towards the person chairing, or the run would mostly collect NOT_PRESIDING.
  if (roll < 0.4 && state.presiding) return Number(state.presiding.slice(1));
  if (roll < 0.85) return 1 + Math.floor(next() * size);
  return pick<Actor>(next, ["timer", { user: 7000 }, { user: 7001 }, { user: 8000 }, { user: 999 }, { user: 4242 }]);
}

/** What must hold after every step; returned as text so a failure names the rule and the seed's step. */
function violations(state: SessionState): string[] {
  const body = state.setup?.body ?? [];
  const present = presentMembers(state);
  const problems: string[] = [];
  if (presentCount(state) < 0 || presentCount(state) > body.length) problems.push(`present count ${presentCount(state)} out of 0…${body.length}`);
  if (new Set(present).size !== present.length) problems.push("a member present twice");
  if (new Set(state.queue.map((p) => `${p.kind}:${p.id}`)).size !== state.queue.length) problems.push("a speaker queued twice");
  if (state.votes.filter((v) => v.status === "running").length > 1) problems.push("two votes running");
  for (const vote of state.votes) for (const voter of Object.keys(vote.ballots)) if (!body.includes(voter)) problems.push(`ballot from ${voter} outside the body`);
  if (state.interruption && !state.floor) problems.push("an interruption without a speaker");
  if (state.floor && state.phase !== "open") problems.push(`a speaker while ${state.phase}`);
  return problems;
}

describe("folding the events of random command sequences", () => {
  it("never throws, keeps the present count in range, and replays to the same state", () => {
    const accepted = new Map<SessionEventType, number>();
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const size = pick(next, [5, 7, 9, 11]);
      const council = makeCouncil(size, { withoutTelegram: next() < 0.5 ? [size] : [] });
      const session = new SessionDriver(council);
      session.do(1, plenary({ leadershipElection: next() < 0.2, agenda: ["Satu", "Dua", "Tiga"] }));

      for (let step = 0; step < 250; step++) {
        session.advance({ seconds: Math.floor(next() * 240) });
        if (step === 20) session.at(DateTime.max(PLANNED_START.plus({ minutes: 1 }), session.now));
        const command = commandFor(next, session, size, step);
        const actor = actorFor(next, session.state, size);
        const outcome = session.attempt(actor, command);
        if (outcome.ok) for (const e of outcome.value) accepted.set(e.type, (accepted.get(e.type) ?? 0) + 1);
        const problems = violations(session.state);
        if (problems.length > 0) expect({ seed, step, command: command.type, problems }).toEqual({ seed, step, command: command.type, problems: [] });
        pendingTimers(session.state, council.zone);
      }
      expect(foldSession(session.events)).toEqual(session.state);
      const times = session.events.map((e) => e.at);
      expect([...times].sort()).toEqual(times);
      expect(session.events.every((e) => e.recordedBy === null || e.recordedBy === 999 || e.recordedBy >= tg(1))).toBe(true);
    }
    // The sequences reach deep into the procedure, not just sign-ins and refusals.
    for (const type of ["sessionOpened", "floorGiven", "interruptionAllowed", "speechForbidden", "voteClosed", "quorumLost", "sessionPostponed", "sessionClosed"] as const) {
      expect(accepted.get(type) ?? 0, type).toBeGreaterThan(0);
    }
  });
});
