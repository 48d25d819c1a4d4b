import { describe, expect, it } from "vitest";
import { formatCitation } from "../../../src/domain/shared/citation.ts";
import { hasQuorum, presentCount, presentMembers, quorum } from "../../../src/domain/council/session-state.ts";
import { makeCouncil, openPlenary, PLANNED_START, plenary, range, rejection, SessionDriver } from "./session-kit.ts";

function scheduled(size: number): SessionDriver {
  const session = new SessionDriver(makeCouncil(size));
  session.do(1, plenary());
  return session;
}

describe("Pasal 30 ayat (3) and Pasal 44 ayat (3): the meeting opens only with quorum", () => {
  it.each([
    [5, 4],
    [7, 5],
    [9, 6],
    [11, 8],
  ])("council of %d: refused with %d - 1 present, opened with %d", (size, required) => {
    const session = scheduled(size);
    session.signIn(...range(1, required - 1)).at(PLANNED_START);
    expect(rejection(session.attempt(1, { type: "open" }))).toEqual({
      code: "NO_QUORUM",
      params: { present: required - 1, members: size, required },
      article: "Pasal 30 ayat (3)",
    });
    const reached = session.do(required, { type: "signIn" });
    expect(session.types(reached)).toEqual(["memberSignedIn", "quorumReached"]);
    const opened = session.do(1, { type: "open" });
    expect(opened[0]).toMatchObject({ type: "sessionOpened", payload: { present: required, required, members: size, withoutQuorum: false } });
    expect(session.state.phase).toBe("open");
  });

  it("gives the numbers the bot's message needs", () => {
    const session = scheduled(9);
    session.signIn(1, 2, 3, 4, 5).at(PLANNED_START);
    const refused = session.attempt(1, { type: "open" });
    if (refused.ok) throw new Error("expected a refusal");
    const { present, members, required } = refused.params;
    const message = `Kuorum belum tercapai: ${present} dari ${members} anggota hadir, diperlukan ${required} (${refused.citation?.article})`;
    expect(message).toBe("Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");
    expect(formatCitation(refused.citation!)).toBe("Pasal 30 ayat (3) Perbup Banjarnegara 962/2011");
  });

  it("needs the person chairing signed in to open", () => {
    const session = scheduled(5);
    session.signIn(2, 3, 4, 5).at(PLANNED_START);
    expect(rejection(session.attempt(1, { type: "open" })).code).toBe("PRESIDING_NOT_PRESENT");
  });
});

describe("Pasal 44 ayat (1)-(2): the attendance lists", () => {
  it("signs members in once, counts them, and keeps invitees on their own list", () => {
    const session = scheduled(7);
    session.signIn(1, 2, 3);
    expect(rejection(session.attempt(3, { type: "signIn" })).code).toBe("ALREADY_SIGNED_IN");
    session.do(1, { type: "signInInvitee", name: "Kepala Desa Sirongge", description: "Kepala Desa", telegramUserId: 5000 });
    expect(presentMembers(session.state)).toEqual(["m1", "m2", "m3"]);
    expect(presentCount(session.state)).toBe(3);
    expect(session.state.invitees.map((g) => g.name)).toEqual(["Kepala Desa Sirongge"]);
  });

  it("lets the chair sign in a member without Telegram, recorded as such", () => {
    const session = new SessionDriver(makeCouncil(5, { withoutTelegram: [4] }));
    session.do(1, plenary());
    const [signedIn] = session.do(1, { type: "signIn", member: "m4" });
    expect(signedIn).toMatchObject({ type: "memberSignedIn", actor: { kind: "member", id: "m4" }, recordedBy: 1001 });
    expect(rejection(session.attempt(2, { type: "signIn", member: "m5" })).code).toBe("NOT_RECORDER");
  });

  it("lets the secretary, who keeps the list, record attendance", () => {
    const session = scheduled(5);
    session.do({ user: 999 }, { type: "signIn", member: "m3" });
    expect(presentMembers(session.state)).toEqual(["m3"]);
  });
});

describe("Pasal 44 ayat (4): leaving is told to the chair, and quorum is checked again", () => {
  it("reports quorum lost when a member leaves, and reached again when one returns", () => {
    const session = openPlenary(9, 6);
    const left = session.do(6, { type: "leave" });
    expect(session.types(left)).toEqual(["memberLeft", "quorumLost"]);
    expect(left[1]?.payload).toMatchObject({ present: 5, required: 6, members: 9, citation: { article: "Pasal 30 ayat (3)" } });
    expect(left[0]?.payload).toMatchObject({ citation: { article: "Pasal 44 ayat (4)" } });
    expect(hasQuorum(session.state)).toBe(false);
    expect(session.state.attendance.m6?.leftAt).toBe(session.now.toISO());

    const back = session.do(7, { type: "signIn" });
    expect(session.types(back)).toEqual(["memberSignedIn", "quorumReached"]);
    expect(quorum(session.state)).toBe(6);
  });

  it("does not report anything while quorum holds", () => {
    const session = openPlenary(9, 8);
    expect(session.types(session.do(8, { type: "leave" }))).toEqual(["memberLeft"]);
  });

  it("refuses a vote without quorum", () => {
    const session = openPlenary(7, 5);
    session.do(5, { type: "leave" });
    expect(rejection(session.attempt(1, { type: "startVote", motion: "Menyetujui acara" }))).toEqual({
      code: "NO_QUORUM",
      params: { present: 4, members: 7, required: 5 },
      article: "Pasal 30 ayat (3)",
    });
  });
});
