import { describe, expect, it } from "vitest";
import { member } from "../../../src/domain/council/participants.ts";
import { remainingSpeakingSeconds } from "../../../src/domain/council/session-state.ts";
import { pendingTimers } from "../../../src/domain/council/timers.ts";
import { openPlenary, rejection } from "./session-kit.ts";
import type { SessionDriver } from "./session-kit.ts";

function registered(session: SessionDriver, ...numbers: number[]): SessionDriver {
  for (const n of numbers) session.do(n, { type: "registerSpeaker" });
  session.do(1, { type: "closeRegistration" });
  return session;
}

function floorHolder(session: SessionDriver): string | undefined {
  return session.state.floor?.speaker.id;
}

describe("Pasal 47: speakers register before the discussion starts", () => {
  it("opens registration with the item and refuses the floor while it is open", () => {
    const session = openPlenary(9);
    expect(session.state.registrationOpen).toBe(true);
    session.do(3, { type: "registerSpeaker" });
    expect(rejection(session.attempt(1, { type: "giveFloor" }))).toMatchObject({ code: "REGISTRATION_STILL_OPEN", article: "Pasal 47 ayat (1)" });
  });

  it("refuses late registration and the floor to a member who did not register", () => {
    const session = registered(openPlenary(9), 3, 4);
    expect(rejection(session.attempt(5, { type: "registerSpeaker" }))).toMatchObject({ code: "REGISTRATION_CLOSED", article: "Pasal 47 ayat (1)" });
    expect(rejection(session.attempt(1, { type: "giveFloor", speaker: member("m5") }))).toEqual({
      code: "NOT_REGISTERED",
      params: { name: "Anggota 5" },
      article: "Pasal 47 ayat (2)",
    });
  });

  it("refuses a second registration and one by a member not signed in", () => {
    const session = openPlenary(9, 7);
    session.do(3, { type: "registerSpeaker" });
    expect(rejection(session.attempt(3, { type: "registerSpeaker" })).code).toBe("ALREADY_REGISTERED");
    expect(rejection(session.attempt(8, { type: "registerSpeaker" }))).toMatchObject({ code: "NOT_SIGNED_IN", article: "Pasal 44 ayat (1)" });
  });

  it("lets the chair register a member who raised a hand, and open a new round", () => {
    const session = openPlenary(9, 9, { withoutTelegram: [6] });
    session.do(1, { type: "registerSpeaker", member: "m6" });
    session.do(1, { type: "closeRegistration" });
    session.do(1, { type: "openRegistration" });
    expect(session.state.registrationRound).toBe(2);
    expect(session.state.queue).toEqual([member("m6")]);
  });
});

describe("Pasal 51: turns follow the order of requests", () => {
  it("gives the floor in order (ayat (1))", () => {
    const session = registered(openPlenary(9), 4, 3, 5);
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      session.do(1, { type: "giveFloor" });
      order.push(floorHolder(session));
      session.do(1, { type: "finishSpeech" });
    }
    expect(order).toEqual(["m4", "m3", "m5"]);
    expect(rejection(session.attempt(1, { type: "giveFloor" }))).toMatchObject({ code: "QUEUE_EMPTY", article: "Pasal 51 ayat (1)" });
  });

  it("passes over a member absent at their turn (ayat (3))", () => {
    const session = registered(openPlenary(9), 3, 4, 5);
    session.do(3, { type: "leave" });
    const events = session.do(1, { type: "giveFloor" });
    expect(session.types(events)).toEqual(["speakerPassedOver", "floorGiven"]);
    expect(events[0]?.payload).toMatchObject({ speaker: member("m3"), citation: { article: "Pasal 51 ayat (3)" } });
    expect(floorHolder(session)).toBe("m4");
    expect(session.state.queue).toEqual([member("m5")]);
  });

  it("lets the chair pass over a member who cannot speak now (ayat (3))", () => {
    const session = registered(openPlenary(9), 3, 4);
    session.do(1, { type: "passOver", speaker: member("m3") });
    session.do(1, { type: "giveFloor" });
    expect(floorHolder(session)).toBe("m4");
  });

  it("lets the chair reorder (ayat (2)), also by giving the floor out of turn", () => {
    const session = registered(openPlenary(9), 3, 4, 5);
    const [changed] = session.do(1, { type: "reorderSpeaker", speaker: member("m5"), position: 1 });
    expect(changed?.payload).toMatchObject({ order: [member("m5"), member("m3"), member("m4")], citation: { article: "Pasal 51 ayat (2)" } });
    const outOfTurn = session.do(1, { type: "giveFloor", speaker: member("m4") });
    expect(session.types(outOfTurn)).toEqual(["speakingOrderChanged", "floorGiven"]);
    expect(floorHolder(session)).toBe("m4");
    expect(session.state.queue).toEqual([member("m5"), member("m3")]);
  });

  it("refuses to reorder someone not waiting, and a speaker over a speaker (Pasal 50 ayat (2))", () => {
    const session = registered(openPlenary(9), 3, 4);
    expect(rejection(session.attempt(1, { type: "reorderSpeaker", speaker: member("m7"), position: 1 })).code).toBe("NOT_IN_QUEUE");
    session.do(1, { type: "giveFloor" });
    expect(rejection(session.attempt(1, { type: "giveFloor" }))).toMatchObject({ code: "FLOOR_TAKEN", article: "Pasal 50 ayat (2)" });
  });
});

describe("Pasal 48: speaking time set by the chair, warnings for time and for straying", () => {
  it("schedules the end of the speaking time, and warns only once it has passed (ayat (1)-(2))", () => {
    const session = registered(openPlenary(9), 3);
    const [given] = session.do(1, { type: "giveFloor", seconds: 180 });
    expect(given?.payload).toMatchObject({ seconds: 180, citation: { article: "Pasal 48 ayat (1)" } });
    expect(pendingTimers(session.state, "Asia/Jakarta")).toEqual([
      { key: "speakingTimeEnd:1:2025-03-10T09:03:00.000+07:00", kind: "speakingTimeEnd", dueAt: "2025-03-10T09:03:00.000+07:00", command: { type: "warnSpeakingTime" } },
    ]);

    session.advance({ minutes: 2 });
    expect(remainingSpeakingSeconds(session.state, session.now)).toBe(60);
    expect(rejection(session.attempt("timer", { type: "warnSpeakingTime" }))).toEqual({
      code: "TIME_NOT_UP",
      params: { remainingSeconds: 60 },
      article: "Pasal 48 ayat (2)",
    });
    session.advance({ seconds: 75 });
    const [warned] = session.do("timer", { type: "warnSpeakingTime" });
    expect(warned?.payload).toMatchObject({ speaker: member("m3"), overBySeconds: 15, citation: { article: "Pasal 48 ayat (2)" } });
    expect(pendingTimers(session.state, "Asia/Jakarta")).toEqual([]);
  });

  it("uses the session's default speaking time", () => {
    const session = registered(openPlenary(9), 3);
    expect(session.do(1, { type: "giveFloor" })[0]?.payload).toMatchObject({ seconds: 300 });
  });

  it("warns a speaker who strays from the subject (ayat (3))", () => {
    const session = registered(openPlenary(9), 3);
    session.do(1, { type: "giveFloor" });
    const [warned] = session.do(1, { type: "warnOffTopic" });
    expect(warned?.payload).toMatchObject({ speaker: member("m3"), citation: { article: "Pasal 48 ayat (3)" } });
    expect(session.state.warningCounts["member:m3"]).toEqual({ improperWords: 0, speakingTime: 0, offTopic: 1 });
  });

  it("lets the speaker end their own turn, but not another member", () => {
    const session = registered(openPlenary(9), 3);
    session.do(1, { type: "giveFloor" });
    expect(rejection(session.attempt(4, { type: "finishSpeech" })).code).toBe("NOT_PRESIDING");
    expect(session.do(3, { type: "finishSpeech" })[0]).toMatchObject({ type: "speechFinished", actor: member("m3") });
  });
});

describe("Pasal 49: the chair speaks as a member only after handing over the chair", () => {
  it("refuses the floor to the chair, who hands over to the vice chair and takes the chair back after speaking", () => {
    const session = registered(openPlenary(9), 1, 3);
    expect(rejection(session.attempt(1, { type: "giveFloor" }))).toMatchObject({ code: "CHAIR_MUST_HAND_OVER", article: "Pasal 49 ayat (2)" });

    const [handed] = session.do(1, { type: "handOverChair", to: "m2" });
    expect(handed?.payload).toMatchObject({ from: "m1", to: "m2", citation: { article: "Pasal 49 ayat (2)" } });
    expect(rejection(session.attempt(1, { type: "giveFloor" })).code).toBe("NOT_PRESIDING");
    session.do(2, { type: "giveFloor" });
    expect(floorHolder(session)).toBe("m1");
    expect(rejection(session.attempt(1, { type: "takeBackChair" })).code).toBe("FLOOR_TAKEN");
    session.do(1, { type: "finishSpeech" });
    session.do(1, { type: "takeBackChair" });
    expect(session.state.presiding).toBe("m1");
    expect(session.state.handedOverBy).toBeNull();
  });

  it("hands over only to another member of the leadership who is present", () => {
    const session = openPlenary(9, 9);
    expect(rejection(session.attempt(1, { type: "handOverChair", to: "m5" }))).toMatchObject({ code: "NO_OTHER_LEADER_PRESENT", article: "Pasal 49 ayat (2)" });
    session.do(2, { type: "leave" });
    expect(rejection(session.attempt(1, { type: "handOverChair", to: "m2" })).code).toBe("NO_OTHER_LEADER_PRESENT");
  });
});

describe("Pasal 15 ayat (3): the vice chair stands in for a chair who is not there", () => {
  it("takes the chair when the chair has left, not while the chair is present", () => {
    const session = openPlenary(9);
    expect(rejection(session.attempt(2, { type: "takeOverChair" })).code).toBe("PRESIDING_PRESENT");
    session.do(1, { type: "leave" });
    expect(rejection(session.attempt(4, { type: "takeOverChair" })).code).toBe("MAY_NOT_PRESIDE");
    const [taken] = session.do(2, { type: "takeOverChair" });
    expect(taken?.payload).toMatchObject({ from: "m1", to: "m2", citation: { article: "Pasal 15 ayat (3)" } });
    expect(session.state.presiding).toBe("m2");
  });
});
