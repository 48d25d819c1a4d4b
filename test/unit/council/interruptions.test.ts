import { describe, expect, it } from "vitest";
import { member } from "../../../src/domain/council/participants.ts";
import { remainingSpeakingSeconds } from "../../../src/domain/council/session-state.ts";
import { pendingTimers } from "../../../src/domain/council/timers.ts";
import { openPlenary, rejection } from "./session-kit.ts";

function speaking() {
  const session = openPlenary(9);
  session.do(3, { type: "registerSpeaker" });
  session.do(1, { type: "closeRegistration" });
  session.do(1, { type: "giveFloor", seconds: 300 });
  return session;
}

describe("Pasal 52 ayat (1): a member asks the chair to interrupt a speaker", () => {
  it("records a request for clarification (huruf a) and one to postpone (huruf b)", () => {
    const session = speaking();
    const [clarify] = session.do(4, { type: "requestInterruption", purpose: "clarification" });
    expect(clarify?.payload).toMatchObject({ requestNo: 1, member: "m4", citation: { article: "Pasal 52 ayat (1) huruf a" } });
    const [postpone] = session.do(5, { type: "requestInterruption", purpose: "postpone" });
    expect(postpone?.payload).toMatchObject({ requestNo: 2, citation: { article: "Pasal 52 ayat (1) huruf b" } });
    expect(rejection(session.attempt(4, { type: "requestInterruption", purpose: "postpone" })).code).toBe("INTERRUPTION_PENDING");
  });

  it("refuses when nobody speaks, from the speaker, and from an invitee", () => {
    const session = openPlenary(9);
    expect(rejection(session.attempt(4, { type: "requestInterruption", purpose: "clarification" })).code).toBe("NO_SPEAKER");
    const live = speaking();
    expect(rejection(live.attempt(3, { type: "requestInterruption", purpose: "clarification" })).code).toBe("OWN_SPEECH");
    live.do(1, { type: "signInInvitee", name: "Camat", telegramUserId: 7000 });
    expect(rejection(live.attempt({ user: 7000 }, { type: "requestInterruption", purpose: "clarification" }))).toMatchObject({
      code: "INTERRUPTION_MEMBERS_ONLY",
      article: "Pasal 52 ayat (1) huruf a",
    });
  });
});

describe("Pasal 52 ayat (2)-(3): the chair allows it for a set time, without debate, and the speaker resumes", () => {
  it("allows an interruption, stops the speaker's clock, ends it on its timer and the speaker resumes", () => {
    const session = speaking();
    session.advance({ minutes: 2 });
    session.do(4, { type: "requestInterruption", purpose: "clarification" });
    const [allowed] = session.do(1, { type: "allowInterruption", requestNo: 1, seconds: 60 });
    expect(allowed?.payload).toMatchObject({ member: "m4", seconds: 60, citation: { article: "Pasal 52 ayat (3)" } });
    expect(pendingTimers(session.state, "Asia/Jakarta").map((t) => [t.kind, t.dueAt])).toEqual([["interruptionEnd", "2025-03-10T09:03:00.000+07:00"]]);

    expect(rejection(session.attempt(5, { type: "requestInterruption", purpose: "postpone" }))).toMatchObject({
      code: "INTERRUPTION_IN_PROGRESS",
      article: "Pasal 52 ayat (2)",
    });
    expect(rejection(session.attempt(3, { type: "finishSpeech" })).code).toBe("INTERRUPTION_IN_PROGRESS");

    session.advance({ seconds: 60 });
    expect(remainingSpeakingSeconds(session.state, session.now)).toBe(180);
    const [ended] = session.do("timer", { type: "endInterruption" });
    expect(ended?.payload).toMatchObject({ member: "m4", resumes: member("m3"), pausedSeconds: 60, citation: { article: "Pasal 52 ayat (2)" } });
    expect(session.state.interruption).toBeNull();
    expect(session.state.floor?.speaker).toEqual(member("m3"));
    expect(remainingSpeakingSeconds(session.state, session.now)).toBe(180);
    expect(pendingTimers(session.state, "Asia/Jakarta").map((t) => [t.kind, t.dueAt])).toEqual([["speakingTimeEnd", "2025-03-10T09:06:00.000+07:00"]]);
  });

  it("lets the interrupter end it early", () => {
    const session = speaking();
    session.do(4, { type: "requestInterruption", purpose: "clarification" });
    session.do(1, { type: "allowInterruption", requestNo: 1, seconds: 60 });
    session.advance({ seconds: 20 });
    expect(session.do(4, { type: "endInterruption" })[0]).toMatchObject({ actor: member("m4"), payload: { pausedSeconds: 20 } });
  });

  it("refuses an interruption: the speaker goes on", () => {
    const session = speaking();
    session.do(5, { type: "requestInterruption", purpose: "postpone" });
    expect(rejection(session.attempt(4, { type: "refuseInterruption", requestNo: 1 })).code).toBe("NOT_PRESIDING");
    const [refused] = session.do(1, { type: "refuseInterruption", requestNo: 1 });
    expect(refused?.payload).toMatchObject({ member: "m5", citation: { article: "Pasal 52 ayat (1) huruf b" } });
    expect(session.state.interruptionRequests).toEqual([]);
    expect(session.state.interruption).toBeNull();
    expect(rejection(session.attempt(1, { type: "allowInterruption", requestNo: 1, seconds: 30 })).code).toBe("UNKNOWN_INTERRUPTION");
  });

  it("lets pending requests lapse with the speech", () => {
    const session = speaking();
    session.do(4, { type: "requestInterruption", purpose: "clarification" });
    session.do(3, { type: "finishSpeech" });
    expect(session.state.interruptionRequests).toEqual([]);
  });
});
