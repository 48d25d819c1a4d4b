import { describe, expect, it } from "vitest";
import { member } from "../../../src/domain/council/participants.ts";
import { hasQuorum, presentCount } from "../../../src/domain/council/session-state.ts";
import { pendingTimers } from "../../../src/domain/council/timers.ts";
import { openPlenary, rejection } from "./session-kit.ts";

function speaking(size = 9, present = size) {
  const session = openPlenary(size, present);
  session.do(4, { type: "registerSpeaker" });
  session.do(5, { type: "registerSpeaker" });
  session.do(1, { type: "closeRegistration" });
  session.do(1, { type: "giveFloor" });
  return session;
}

describe("Pasal 53: warning to retract improper words, and the retraction", () => {
  it("warns the speaker (ayat (1)); a retraction strikes the words from the minutes (ayat (3))", () => {
    const session = speaking();
    const [warned] = session.do(1, { type: "warnImproperWords", person: member("m4"), words: "kata yang tidak layak" });
    expect(warned?.payload).toMatchObject({ warningNo: 1, person: member("m4"), words: "kata yang tidak layak", citation: { article: "Pasal 53 ayat (1)" } });

    expect(rejection(session.attempt(5, { type: "retractWords", warningNo: 1 })).code).toBe("NOT_YOUR_WARNING");
    const [retracted] = session.do(4, { type: "retractWords", warningNo: 1 });
    expect(retracted).toMatchObject({ actor: member("m4"), payload: { warningNo: 1, citation: { article: "Pasal 53 ayat (3)" } } });
    expect(session.state.improperWordsWarnings).toEqual([expect.objectContaining({ warningNo: 1, retracted: true })]);
    expect(rejection(session.attempt(4, { type: "retractWords", warningNo: 1 })).code).toBe("ALREADY_RETRACTED");
  });

  it("only the person chairing warns", () => {
    const session = speaking();
    expect(rejection(session.attempt(5, { type: "warnImproperWords", person: member("m4") }))).toMatchObject({ code: "NOT_PRESIDING", article: "Pasal 14 huruf c" });
  });
});

describe("Pasal 54: the full discipline ladder", () => {
  it("warn → retract → repeat → speech forbidden → asked to leave → suspended → resumed", () => {
    const session = speaking(9, 6);
    session.do(1, { type: "warnImproperWords", person: member("m4") });
    session.do(4, { type: "retractWords", warningNo: 1 });

    // A retracted warning was heeded: forbidding needs the repeat.
    expect(rejection(session.attempt(1, { type: "forbidSpeech", person: member("m4") }))).toEqual({
      code: "NO_PRIOR_WARNING",
      params: { name: "Anggota 4", warnings: 1 },
      article: "Pasal 54 ayat (1)",
    });
    expect(rejection(session.attempt(1, { type: "askToLeave", person: member("m4") }))).toMatchObject({ code: "NOT_FORBIDDEN", article: "Pasal 54 ayat (2)" });

    session.do(1, { type: "warnImproperWords", person: member("m4") });
    const [forbidden] = session.do(1, { type: "forbidSpeech", person: member("m4") });
    expect(forbidden?.payload).toMatchObject({ person: member("m4"), itemNo: 1, citation: { article: "Pasal 54 ayat (1)" } });
    expect(session.state.floor).toBeNull();
    expect(rejection(session.attempt(1, { type: "giveFloor", speaker: member("m4") })).code).toBe("NOT_IN_QUEUE");
    session.do(1, { type: "openRegistration" });
    expect(rejection(session.attempt(4, { type: "registerSpeaker" }))).toMatchObject({ code: "SPEECH_FORBIDDEN", article: "Pasal 54 ayat (1)" });
    session.do(1, { type: "closeRegistration" });

    const left = session.do(1, { type: "askToLeave", person: member("m4") });
    expect(session.types(left)).toEqual(["askedToLeave", "quorumLost"]);
    expect(left[0]?.payload).toMatchObject({ citation: { article: "Pasal 54 ayat (2)" } });
    expect(presentCount(session.state)).toBe(5);
    expect(hasQuorum(session.state)).toBe(false);
    expect(rejection(session.attempt(4, { type: "signIn" }))).toMatchObject({ code: "EXPELLED", article: "Pasal 54 ayat (2)" });

    session.do(1, { type: "giveFloor" });
    const until = session.now.plus({ minutes: 15 });
    const suspended = session.do(1, { type: "suspend", until });
    expect(session.types(suspended)).toEqual(["speechFinished", "sessionSuspended"]);
    expect(suspended[1]?.payload).toMatchObject({ until: until.toISO(), citation: { article: "Pasal 54 ayat (3)" } });
    expect(session.state.phase).toBe("suspended");
    expect(pendingTimers(session.state, "Asia/Jakarta")).toEqual([
      expect.objectContaining({ kind: "suspensionEnd", dueAt: until.toISO(), command: null }),
    ]);
    expect(rejection(session.attempt(5, { type: "castVote", choice: "yes" })).code).toBe("WRONG_PHASE");

    session.advance({ minutes: 10 });
    expect(rejection(session.attempt(1, { type: "resume" }))).toMatchObject({ code: "SUSPENDED_UNTIL", article: "Pasal 54 ayat (3)" });
    session.advance({ minutes: 5 });
    session.do(1, { type: "resume" });
    expect(session.state.phase).toBe("open");
    expect(session.state.warningCounts["member:m4"]).toMatchObject({ improperWords: 2 });
  });

  it("forbids at once when the warning was ignored (not retracted) and the speaker repeats", () => {
    const session = speaking();
    session.do(1, { type: "warnImproperWords", person: member("m4") });
    expect(session.do(1, { type: "forbidSpeech", person: member("m4") })[0]?.type).toBe("speechForbidden");
  });

  it("lifts the prohibition with the next item", () => {
    const session = speaking();
    session.do(1, { type: "warnImproperWords", person: member("m4") });
    session.do(1, { type: "forbidSpeech", person: member("m4") });
    session.do(1, { type: "startItem", itemNo: 2 });
    expect(session.do(4, { type: "registerSpeaker" })[0]?.type).toBe("speakerRegistered");
  });
});
