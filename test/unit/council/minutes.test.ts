import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { CourseEntry, CourseEntryType, Minutes } from "../../../src/domain/council/minutes/index.ts";
import { MinutesError, projectMinutes } from "../../../src/domain/council/minutes/index.ts";
import { invitee, member } from "../../../src/domain/council/participants.ts";
import { CLOSED_STORY, closedMeetingStory, minutesOf, plenaryStory, shortMeeting, STORY, sukamaju } from "./minutes-kit.ts";
import { makeCouncil, openPlenary, PLANNED_START, plenary, range, SessionDriver } from "./session-kit.ts";

function entries<T extends CourseEntryType>(minutes: Minutes, type: T): Extract<CourseEntry, { type: T }>[] {
  return minutes.course.filter((e): e is Extract<CourseEntry, { type: T }> => e.type === type);
}

const names = (people: readonly { readonly name: string }[]) => people.map((p) => p.name);
const article = (c: { readonly article: string } | null | undefined) => c?.article;

function thrown(run: () => unknown): MinutesError {
  try {
    run();
  } catch (error) {
    if (error instanceof MinutesError) return error;
    throw error;
  }
  throw new Error("expected a MinutesError");
}

describe("Pasal 56 ayat (1)-(2): a plenary gets a risalah with every particular", () => {
  const minutes = minutesOf(plenaryStory());

  it("is a risalah (ayat (1)); the draft is the risalah sementara (ayat (3))", () => {
    expect(minutes.record).toMatchObject({ kind: "risalah", name: "Risalah", title: "Risalah Sementara", status: "draft", note: null });
    expect([article(minutes.record.citation), article(minutes.record.contentCitation), article(minutes.record.statusCitation)]).toEqual([
      "Pasal 56 ayat (1)",
      "Pasal 56 ayat (2)",
      "Pasal 56 ayat (3)",
    ]);
    expect(minutes.village).toBe("Sukamaju");
    expect(minutes.regulation).toBe("Perbup Banjarnegara 962/2011");
  });

  it("huruf a-e: kind and nature, day and date, place, agenda, opening and closing", () => {
    expect(minutes.meeting).toMatchObject({ kindName: "Rapat Paripurna", commissionName: null, nature: "open" });
    expect(article(minutes.meeting.natureCitation)).toBe("Pasal 39");
    expect(minutes.date).toMatchObject({ text: "Senin, 10 Maret 2025", iso: "2025-03-10" });
    expect(minutes.place.text).toBe(STORY.place);
    expect(minutes.agenda.items).toEqual([
      { itemNo: 1, title: STORY.agenda[0], omitted: false },
      { itemNo: 2, title: STORY.agenda[1], omitted: false },
    ]);
    expect(minutes.times).toMatchObject({
      plannedStart: "2025-03-10T09:00:00.000+07:00",
      openedAt: "2025-03-10T09:30:00.000+07:00",
      closedAt: "2025-03-10T10:16:00.000+07:00",
      outsideMeetingHours: false,
    });
  });

  it("huruf f: the chair as called and the secretary", () => {
    expect(minutes.chair.presiding).toEqual({ kind: "member", id: "m1", name: "Budi Santoso" });
    expect(minutes.chair.assisting).toBeNull();
    expect(minutes.secretary.person?.name).toBe("Joko Widodo");
  });

  it("huruf g: number and names of the members present, with every sign-in and leave (Pasal 44 ayat (1), (4))", () => {
    expect(minutes.attendance).toMatchObject({ count: 7, bodySize: 9, quorum: { required: 6 } });
    expect(names(minutes.attendance.members.map((m) => m.person))).toEqual(["Budi Santoso", "Siti Aminah", "Wayan Sudarsana", "Yohanis Makagansang", "Dewi Lestari", "Agus Salim", "Rina Wati"]);
    expect(minutes.attendance.members.find((m) => m.person.id === "m5")?.stints).toEqual([
      { signedInAt: "2025-03-10T08:30:00.000+07:00", leftAt: "2025-03-10T09:46:00.000+07:00" },
      { signedInAt: "2025-03-10T09:51:00.000+07:00", leftAt: null },
    ]);
    expect(minutes.attendance.members.find((m) => m.person.id === "m6")?.stints).toEqual([{ signedInAt: "2025-03-10T09:10:00.000+07:00", leftAt: null }]);
    expect(article(minutes.attendance.signInCitation)).toBe("Pasal 44 ayat (1)");
  });

  it("huruf h: the invitees on their own list (Pasal 44 ayat (2)); observers apart (Pasal 59 ayat (2))", () => {
    expect(minutes.invitees.guests).toEqual([
      { person: { kind: "invitee", id: "i1", name: "Slamet Riyadi" }, description: "Kepala Desa Sukamaju", signedInAt: "2025-03-10T09:15:00.000+07:00", leftAt: null },
    ]);
    expect(minutes.invitees.councilMembers).toEqual([]);
    expect(article(minutes.invitees.listCitation)).toBe("Pasal 44 ayat (2)");
    expect(names(minutes.observers.guests.map((g) => g.person))).toEqual(["Warga Sukamaju"]);
    expect(article(minutes.observers.citation)).toBe("Pasal 59 ayat (2)");
  });

  it("cites each particular by its huruf", () => {
    const cited = [minutes.meeting, minutes.date, minutes.place, minutes.agenda, minutes.times, minutes.chair, minutes.attendance, minutes.invitees].map((f) => article(f.citation));
    expect(cited).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"].map((h) => `Pasal 56 ayat (2) huruf ${h}`));
    expect(article(minutes.courseCitation)).toBe("Pasal 56 ayat (2)");
  });

  it("is signed by the secretary and acknowledged (mengetahui) by the chair", () => {
    expect(minutes.signatures.by).toBe("secretaryWithChair");
    expect(minutes.signatures.lines.map((l) => [l.role, l.acknowledges, l.person?.name, article(l.citation)])).toEqual([
      ["secretary", false, "Joko Widodo", "Pasal 56 ayat (1)"],
      ["chair", true, "Budi Santoso", "Pasal 56 ayat (1)"],
    ]);
  });

  it("tells the course in the order of the log, from the opening to the close", () => {
    expect(minutes.course[0]).toMatchObject({ type: "opened", present: 7, required: 6, members: 9, withoutQuorum: false, citation: { article: "Pasal 30 ayat (3)" } });
    expect(minutes.course[minutes.course.length - 1]).toEqual({ type: "closed", at: "2025-03-10T10:16:00.000+07:00" });
    const times = minutes.course.map((e) => DateTime.fromISO(e.at).toMillis());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(entries(minutes, "item").map((e) => [e.itemNo, e.title])).toEqual([
      [1, STORY.agenda[0]],
      [2, STORY.agenda[1]],
    ]);
  });
});

describe("Pasal 56 ayat (2) huruf b: the day and date are those of the council's zone", () => {
  it("a meeting opened at 08.30 WIT on Monday is on Monday, though it is still Sunday in UTC", () => {
    const council = { ...sukamaju(), zone: "Asia/Jayapura" };
    const start = DateTime.fromISO("2026-11-23T08:30:00", { zone: "Asia/Jayapura" });
    const s = new SessionDriver(council, { now: start.minus({ hours: 1 }) });
    s.do(1, plenary({ plannedStart: start }));
    s.signIn(...range(1, 6)).at(start);
    s.do(1, { type: "open" });
    s.advance({ hours: 1 }).do(1, { type: "close" });
    const minutes = minutesOf(s);
    expect(start.toUTC().weekday).toBe(7);
    expect(minutes.date).toMatchObject({ text: "Senin, 23 November 2026", iso: "2026-11-23" });
    expect(minutes.times.openedAt).toBe("2026-11-23T08:30:00.000+09:00");
    // Pasal 31 ayat (1): 08.30 is before the day window; the meeting may decide so (ayat (2)), and the record says it did.
    expect(minutes.times.outsideMeetingHours).toBe(true);
  });
});

describe("Pasal 45 and Pasal 24: postponements for want of quorum are recorded", () => {
  it("records the postponement of Pasal 45 ayat (1) with the attendance that caused it", () => {
    expect(minutesOf(plenaryStory()).postponements).toEqual([
      {
        at: "2025-03-10T09:00:00.000+07:00",
        stage: 1,
        until: "2025-03-10T09:30:00.000+07:00",
        present: 5,
        required: 6,
        citation: { regulation: "Perbup Banjarnegara 962/2011", article: "Pasal 45 ayat (1)" },
      },
    ]);
  });

  it("records both postponements of a leadership election and its opening without quorum (Pasal 24 ayat (2)-(3))", () => {
    const s = new SessionDriver(makeCouncil(9));
    s.do(1, plenary({ leadershipElection: true }));
    s.signIn(...range(1, 4)).at(PLANNED_START);
    s.do("timer", { type: "postpone" });
    s.advance({ hours: 1 }).do("timer", { type: "postpone" });
    s.advance({ hours: 1 }).do(1, { type: "open" });
    s.advance({ minutes: 30 }).do(1, { type: "close" });
    const minutes = minutesOf(s);
    expect(minutes.postponements.map((p) => [p.stage, p.until, article(p.citation)])).toEqual([
      [1, "2025-03-10T10:00:00.000+07:00", "Pasal 24 ayat (2)"],
      [2, "2025-03-10T11:00:00.000+07:00", "Pasal 24 ayat (3)"],
    ]);
    expect(minutes.meeting.leadershipElection).toBe(true);
    expect(minutes.course[0]).toMatchObject({ type: "opened", withoutQuorum: true, present: 4, required: 6, citation: { article: "Pasal 24 ayat (3)" } });
    expect(minutes.date.text).toBe("Senin, 10 Maret 2025");
  });

  it("a meeting called off without opening still gets its record, with no opening time", () => {
    const s = new SessionDriver(makeCouncil(9));
    s.do(1, plenary());
    s.signIn(1, 2).at(PLANNED_START);
    s.do(1, { type: "postpone" });
    s.advance({ hours: 1 }).do(1, { type: "close" });
    const minutes = minutesOf(s);
    expect(minutes.times).toMatchObject({ openedAt: null, closedAt: "2025-03-10T10:00:00.000+07:00" });
    expect(minutes.course.map((e) => e.type)).toEqual(["closed"]);
    expect(minutes.postponements).toHaveLength(1);
  });
});

describe("Pasal 49 ayat (2) and Pasal 15 ayat (3): who chaired, and every change of the chair", () => {
  it("records the hand-over to speak as a member and the taking back; the chair who handed over stays chair of record", () => {
    const minutes = minutesOf(plenaryStory());
    expect(minutes.chair.changes.map((c) => [c.how, c.from.name, c.to.name, c.at, article(c.citation)])).toEqual([
      ["handedOver", "Budi Santoso", "Siti Aminah", "2025-03-10T09:46:00.000+07:00", "Pasal 49 ayat (2)"],
      ["takenBack", "Siti Aminah", "Budi Santoso", "2025-03-10T09:48:00.000+07:00", "Pasal 49 ayat (2)"],
    ]);
    expect(entries(minutes, "chair").map((e) => e.change)).toEqual(minutes.chair.changes);
    expect(minutes.chair.ofRecord.name).toBe("Budi Santoso");
  });

  it("a chair who hands over and stays to the close still acknowledges the record", () => {
    const s = openPlenary(9);
    s.do(1, { type: "handOverChair", to: "m2" });
    s.advance({ minutes: 30 }).do(2, { type: "close" });
    const minutes = minutesOf(s);
    expect(minutes.chair.ofRecord.id).toBe("m1");
    expect(minutes.signatures.lines[1]?.person?.id).toBe("m1");
  });

  it("the vice chair who took over from a chair who left is the chair of record", () => {
    const s = openPlenary(9);
    s.do(1, { type: "leave" });
    s.do(2, { type: "takeOverChair" });
    s.advance({ minutes: 30 }).do(2, { type: "close" });
    const minutes = minutesOf(s);
    expect(minutes.chair.presiding.id).toBe("m1");
    expect(minutes.chair.changes.map((c) => [c.how, c.to.id, article(c.citation)])).toEqual([["takenOver", "m2", "Pasal 15 ayat (3)"]]);
    expect(minutes.chair.ofRecord.id).toBe("m2");
  });

  it("names the youngest member assisting a temporary leadership (Pasal 16 ayat (1))", () => {
    const s = new SessionDriver(makeCouncil(7, { noLeadership: true }));
    s.do(1, plenary({ leadershipElection: true }));
    s.signIn(...range(1, 5)).at(PLANNED_START);
    s.do(1, { type: "open" });
    s.advance({ minutes: 30 }).do(1, { type: "close" });
    expect(minutesOf(s).chair).toMatchObject({ presiding: { id: "m1" }, assisting: { id: "m7", name: "Anggota 7" } });
  });
});

describe("Pasal 47, 51 and 52: speakers, turns and interruptions in the course", () => {
  const minutes = minutesOf(plenaryStory());

  it("lists who registered (Pasal 47 ayat (1)) and who got the floor, in that order (Pasal 51 ayat (1))", () => {
    expect(entries(minutes, "registration")[0]).toMatchObject({ itemNo: 1, round: 1, closedAt: "2025-03-10T09:30:00.000+07:00" });
    expect(names(entries(minutes, "registration")[0]!.speakers)).toEqual(["Wayan Sudarsana", "Yohanis Makagansang", "Dewi Lestari", "Budi Santoso"]);
    expect(entries(minutes, "floor").map((f) => [f.floorNo, f.speaker.name, f.at, f.endedAt, f.endedBecause, f.seconds])).toEqual([
      [1, "Wayan Sudarsana", "2025-03-10T09:35:00.000+07:00", "2025-03-10T09:40:00.000+07:00", "finished", 300],
      [2, "Yohanis Makagansang", "2025-03-10T09:40:00.000+07:00", "2025-03-10T09:46:00.000+07:00", "finished", 300],
      [3, "Budi Santoso", "2025-03-10T09:46:00.000+07:00", "2025-03-10T09:48:00.000+07:00", "finished", 300],
    ]);
    expect(article(entries(minutes, "floor")[0]?.citation)).toBe("Pasal 48 ayat (1)");
  });

  it("records the speaker passed over because she had left (Pasal 51 ayat (3))", () => {
    expect(entries(minutes, "passedOver").map((e) => [e.speaker.name, article(e.citation)])).toEqual([["Dewi Lestari", "Pasal 51 ayat (3)"]]);
  });

  it("records each interruption: who, for what, whose speech, and the chair's answer (Pasal 52)", () => {
    expect(entries(minutes, "interruption").map((e) => [e.requestNo, e.member.name, e.purpose, e.speaker?.name, e.outcome, e.seconds, e.endedAt, article(e.citation)])).toEqual([
      [1, "Yohanis Makagansang", "clarification", "Wayan Sudarsana", "allowed", 60, "2025-03-10T09:37:00.000+07:00", "Pasal 52 ayat (1) huruf a"],
      [2, "Dewi Lestari", "postpone", "Wayan Sudarsana", "refused", null, null, "Pasal 52 ayat (1) huruf b"],
    ]);
  });

  it("records a change of the speaking order (Pasal 51 ayat (2))", () => {
    const s = openPlenary(9);
    for (const n of [3, 4, 5]) s.do(n, { type: "registerSpeaker" });
    s.do(1, { type: "closeRegistration" });
    s.do(1, { type: "giveFloor", speaker: member("m5") });
    s.do(5, { type: "finishSpeech" });
    s.do(1, { type: "close" });
    const [changed] = entries(minutesOf(s), "orderChanged");
    expect(changed).toMatchObject({ moved: { id: "m5" }, citation: { article: "Pasal 51 ayat (2)" } });
    expect(changed?.order.map((p) => p.id)).toEqual(["m5", "m3", "m4"]);
  });

  it("an invitee who was given the floor appears by name (Pasal 59 ayat (5))", () => {
    const s = openPlenary(9);
    s.do(1, { type: "signInInvitee", name: "Camat Sigaluh", description: "Camat" });
    s.do(1, { type: "closeRegistration" });
    s.do(1, { type: "giveFloor", speaker: invitee("i1") });
    s.do(1, { type: "finishSpeech" });
    s.do(1, { type: "close" });
    expect(entries(minutesOf(s), "floor").map((f) => f.speaker)).toEqual([{ kind: "invitee", id: "i1", name: "Camat Sigaluh" }]);
  });
});

describe("Pasal 48: warnings about speaking time and keeping to the point", () => {
  const minutes = minutesOf(plenaryStory());

  it("records the overtime warning with the time over (ayat (2))", () => {
    expect(entries(minutes, "speakingTimeWarning").map((e) => [e.person.name, e.overBySeconds, article(e.citation)])).toEqual([["Yohanis Makagansang", 60, "Pasal 48 ayat (2)"]]);
  });

  it("records the off-topic warning (ayat (3))", () => {
    expect(entries(minutes, "offTopicWarning").map((e) => [e.person.name, article(e.citation)])).toEqual([["Budi Santoso", "Pasal 48 ayat (3)"]]);
  });
});

describe("Pasal 53 ayat (3): words taken back are not put in the risalah", () => {
  const minutes = minutesOf(plenaryStory());

  it("leaves the retracted words out entirely, keeping the warning and when it was retracted", () => {
    const [retracted] = entries(minutes, "improperWordsWarning");
    expect(retracted).toMatchObject({ warningNo: 1, person: { name: "Yohanis Makagansang" }, words: null, retractedAt: "2025-03-10T09:41:00.000+07:00" });
    expect([article(retracted?.citation), article(retracted?.retractionCitation)]).toEqual(["Pasal 53 ayat (1)", "Pasal 53 ayat (3)"]);
    expect(JSON.stringify(minutes)).not.toContain(STORY.retractedWords);
  });

  it("keeps words that were not taken back", () => {
    expect(entries(minutes, "improperWordsWarning")[1]).toMatchObject({ warningNo: 2, person: { name: "Agus Salim" }, words: STORY.keptWords, retractedAt: null, retractionCitation: null });
  });

  it("the retracted words are in the log all the same: the projection drops them, nothing is deleted", () => {
    expect(JSON.stringify(plenaryStory().events)).toContain(STORY.retractedWords);
  });
});

describe("Pasal 54: speech forbidden, asked to leave, and the suspension", () => {
  function ladder(): Minutes {
    const s = openPlenary(9, 7);
    s.do(4, { type: "registerSpeaker" });
    s.do(1, { type: "closeRegistration" });
    s.do(1, { type: "giveFloor" });
    s.do(1, { type: "warnImproperWords", person: member("m4"), words: "ulang pertama" });
    s.advance({ minutes: 1 }).do(1, { type: "warnImproperWords", person: member("m4"), words: "ulang kedua" });
    s.do(1, { type: "forbidSpeech", person: member("m4") });
    s.advance({ minutes: 1 }).do(1, { type: "askToLeave", person: member("m4") });
    s.do(1, { type: "suspend", until: s.now.plus({ minutes: 15 }) });
    s.advance({ minutes: 15 }).do(1, { type: "resume" });
    s.advance({ minutes: 5 }).do(1, { type: "close" });
    return minutesOf(s);
  }

  it("ends the speech when it is forbidden (ayat (1)) and records the member asked to leave as leaving then (ayat (2))", () => {
    const minutes = ladder();
    expect(entries(minutes, "floor")[0]).toMatchObject({ speaker: { id: "m4" }, endedBecause: "forbidden", endedAt: "2025-03-10T09:01:00.000+07:00" });
    expect(entries(minutes, "speechForbidden").map((e) => [e.person.id, article(e.citation)])).toEqual([["m4", "Pasal 54 ayat (1)"]]);
    expect(entries(minutes, "askedToLeave").map((e) => [e.person.id, e.at, article(e.citation)])).toEqual([["m4", "2025-03-10T09:02:00.000+07:00", "Pasal 54 ayat (2)"]]);
    expect(minutes.attendance.members.find((m) => m.person.id === "m4")?.stints).toEqual([{ signedInAt: "2025-03-10T08:30:00.000+07:00", leftAt: "2025-03-10T09:02:00.000+07:00" }]);
  });

  it("records the suspension with its end and when the meeting resumed (ayat (3))", () => {
    const minutes = ladder();
    expect(minutes.suspensions).toEqual([
      {
        at: "2025-03-10T09:02:00.000+07:00",
        until: "2025-03-10T09:17:00.000+07:00",
        resumedAt: "2025-03-10T09:17:00.000+07:00",
        citation: { regulation: "Perbup Banjarnegara 962/2011", article: "Pasal 54 ayat (3)" },
      },
    ]);
    expect(minutes.course.map((e) => e.type).filter((t) => t === "suspended" || t === "resumed")).toEqual(["suspended", "resumed"]);
  });
});

describe("Pasal 30 ayat (3): the loss and return of quorum during the meeting", () => {
  it("records when attendance fell below the quorum and when it was back", () => {
    const s = openPlenary(9, 6);
    s.advance({ minutes: 5 }).do(6, { type: "leave" });
    s.advance({ minutes: 5 }).signIn(7);
    s.do(1, { type: "close" });
    expect(entries(minutesOf(s), "quorum").map((e) => [e.reached, e.present, e.required, e.at])).toEqual([
      [false, 5, 6, "2025-03-10T09:05:00.000+07:00"],
      [true, 6, 6, "2025-03-10T09:10:00.000+07:00"],
    ]);
  });
});

describe("Pasal 60: each decision with how it was taken, its counts, threshold and article", () => {
  const minutes = minutesOf(plenaryStory());

  it("a vote: the tally, the threshold over the members present (ayat (4)) and who chose what in an open vote", () => {
    const [vote] = minutes.decisions;
    expect(vote).toMatchObject({
      decisionNo: 1,
      how: "vote",
      motion: STORY.regulationMotion,
      itemNo: 1,
      passed: true,
      secret: false,
      matter: "villageRegulation",
      matterRule: { text: "penetapan Peraturan Desa", citation: { article: "Pasal 42 huruf d" } },
      result: { kind: "motion", tally: { yes: 5, no: 1, abstain: 1 }, present: 7, threshold: 4, citation: { article: "Pasal 60 ayat (4)" } },
    });
    expect(vote?.ballots?.map((b) => [b.choice, names(b.voters)])).toEqual([
      ["yes", ["Budi Santoso", "Siti Aminah", "Wayan Sudarsana", "Yohanis Makagansang", "Agus Salim"]],
      ["no", ["Rina Wati"]],
      ["abstain", ["Dewi Lestari"]],
    ]);
  });

  it("a consensus (ayat (1)): agreed by all the members present with a vote", () => {
    expect(minutes.decisions[1]).toMatchObject({ decisionNo: 2, how: "consensus", motion: STORY.consensusMotion, itemNo: 2, passed: true, consensusOf: 7, ballots: null, citation: { article: "Pasal 60 ayat (1)" } });
  });

  it("a show of hands: counts only", () => {
    expect(minutes.decisions[2]).toMatchObject({ decisionNo: 3, how: "showOfHands", passed: true, ballots: null, result: { tally: { yes: 5, no: 1, abstain: 1 }, threshold: 4 } });
  });

  it("each decision sits in the course where it was taken", () => {
    expect(entries(minutes, "decision").map((e) => e.decision)).toEqual(minutes.decisions);
    const types = minutes.course.map((e) => e.type);
    expect(types.indexOf("decision")).toBeGreaterThan(types.lastIndexOf("floor"));
    expect(types.lastIndexOf("decision")).toBeGreaterThan(types.lastIndexOf("item"));
  });

  it("a cancelled vote is recorded with its reason and decides nothing", () => {
    const s = openPlenary(9);
    s.do(1, { type: "startVote", motion: "Usul yang ditarik" });
    s.do(1, { type: "cancelVote", reason: "Pengusul menarik usulnya" });
    s.do(1, { type: "close" });
    const cancelled = minutesOf(s);
    expect(entries(cancelled, "voteCancelled")).toEqual([{ type: "voteCancelled", at: "2025-03-10T09:00:00.000+07:00", voteNo: 1, motion: "Usul yang ditarik", reason: "Pengusul menarik usulnya" }]);
    expect(cancelled.decisions).toEqual([]);
  });
});

describe("Pasal 60 ayat (4) by secret ballot: the record shows the counts, never who voted what", () => {
  function election(choices: Readonly<Record<number, string>>): Minutes {
    const s = openPlenary(9);
    s.do(1, { type: "startVote", motion: "Pemilihan Ketua Panitia", secret: true, candidates: ["m3", "m4"] });
    for (const [n, choice] of Object.entries(choices)) s.do(Number(n), { type: "castVote", choice });
    s.do(1, { type: "closeVote" });
    s.do(1, { type: "close" });
    return minutesOf(s);
  }

  const first = election({ 1: "m3", 2: "m3", 3: "m3", 4: "m4", 5: "m3", 6: "m3", 7: "m4", 8: "abstain", 9: "m3" });
  const swapped = election({ 1: "m4", 2: "m3", 3: "m4", 4: "m3", 5: "m3", 6: "abstain", 7: "m3", 8: "m3", 9: "m3" });

  it("gives the counts, the threshold and the elected, with no ballots", () => {
    expect(first.decisions[0]).toMatchObject({
      how: "vote",
      secret: true,
      ballots: null,
      elected: { id: "m3", name: "Anggota 3" },
      result: { kind: "election", tally: [{ candidate: "m3", votes: 6 }, { candidate: "m4", votes: 2 }], abstain: 1, threshold: 5 },
    });
    expect(names(first.decisions[0]!.candidates!)).toEqual(["Anggota 3", "Anggota 4"]);
  });

  it("the same counts from different voters give the same record, so nothing in it tells them apart", () => {
    expect(swapped).toEqual(first);
  });
});

describe("Pasal 43: the record of a closed meeting", () => {
  it("is confidential (Pasal 41 ayat (1)) and carries the marking RAHASIA (ayat (2))", () => {
    const minutes = minutesOf(closedMeetingStory());
    expect(minutes.confidential).toBe(true);
    expect(minutes.marking).toMatchObject({ label: "RAHASIA", citation: { article: "Pasal 43 ayat (2)" }, secrecyCitation: { article: "Pasal 41 ayat (1)" } });
    expect(minutes.meeting.nature).toBe("closed");
    expect(article(minutes.meeting.natureCitation)).toBe("Pasal 40 ayat (2)");
    expect(minutes.omitted).toBeNull();
    expect(entries(minutes, "floor")).toHaveLength(1);
  });

  it("an open meeting is not marked", () => {
    const minutes = minutesOf(plenaryStory());
    expect([minutes.confidential, minutes.marking]).toEqual([false, null]);
  });

  it("leaves out what the Pimpinan decided to leave out (ayat (3)): the item's course and decisions, saying only that it was left out", () => {
    const minutes = minutesOf(closedMeetingStory(), { status: "draft", omittedItems: [1] });
    expect(minutes.omitted).toEqual({ items: [1], citation: { regulation: "Perbup Banjarnegara 962/2011", article: "Pasal 43 ayat (3)" } });
    expect(minutes.agenda.items).toEqual([
      { itemNo: 1, title: null, omitted: true },
      { itemNo: 2, title: CLOSED_STORY.agenda[1], omitted: false },
    ]);
    expect(minutes.course.map((e) => e.type)).toEqual(["opened", "omitted", "item", "registration", "decision", "closed"]);
    expect(entries(minutes, "omitted")).toEqual([{ type: "omitted", at: "2025-03-10T09:00:00.000+07:00", itemNo: 1, citation: minutes.omitted!.citation }]);
    expect(minutes.decisions.map((d) => [d.decisionNo, d.motion])).toEqual([[2, CLOSED_STORY.keptMotion]]);
    const text = JSON.stringify(minutes);
    for (const secret of [CLOSED_STORY.agenda[0], CLOSED_STORY.secretMotion, CLOSED_STORY.secretWords]) expect(text).not.toContain(secret);
    // Attendance is not the item's content: it stays whole.
    expect(minutes.attendance.count).toBe(7);
  });

  it("refuses omissions in an open meeting, and of items the meeting did not have", () => {
    expect(thrown(() => minutesOf(plenaryStory(), { status: "draft", omittedItems: [1] }))).toMatchObject({ code: "OMISSION_ONLY_IN_CLOSED_MEETING", citation: { article: "Pasal 43 ayat (3)" } });
    expect(thrown(() => minutesOf(closedMeetingStory(), { status: "draft", omittedItems: [3] })).code).toBe("UNKNOWN_ITEM");
  });
});

describe("Pasal 57 ayat (1)-(2): leadership and Panitia Musyawarah meetings get catatan rapat signed by their chair", () => {
  it("a Rapat Pimpinan", () => {
    const minutes = minutesOf(shortMeeting({ kind: "leadership" }, 1, [1, 2]), { status: "official" });
    expect(minutes.record).toMatchObject({ kind: "meetingNotes", name: "Catatan Rapat", title: "Catatan Rapat", statusCitation: null });
    expect([article(minutes.record.citation), article(minutes.record.contentCitation)]).toEqual(["Pasal 57 ayat (1)", "Pasal 57 ayat (2)"]);
    expect(minutes.signatures).toEqual({
      by: "chair",
      lines: [{ role: "chair", acknowledges: false, person: { kind: "member", id: "m1", name: "Budi Santoso" }, citation: minutes.record.citation }],
    });
    expect(minutes.attendance).toMatchObject({ count: 2, bodySize: 2 });
    expect(minutes.corrections?.items).toEqual([]);
  });

  it("a Rapat Panitia Musyawarah, its draft called a rancangan, its secretary the Sekretaris BPD (Pasal 18 ayat (4))", () => {
    const minutes = minutesOf(shortMeeting({ kind: "steeringCommittee" }, 1, [1, 2]));
    expect(minutes.record).toMatchObject({ kind: "meetingNotes", title: "Rancangan Catatan Rapat", status: "draft" });
    expect(minutes.meeting.kindName).toBe("Rapat Panitia Musyawarah");
    expect(minutes.secretary.person?.name).toBe("Joko Widodo");
    expect(article(minutes.secretary.citation)).toBe("Pasal 18 ayat (4)");
    // The 7-day correction round is the risalah's (Pasal 56 ayat (4)).
    expect(minutes.correctionWindow).toBeNull();
  });
});

describe("Pasal 57 ayat (3): a commission meeting gets a report to the Pimpinan BPD", () => {
  const minutes = minutesOf(shortMeeting({ kind: "commission", commission: "government" }, 3, [3, 6], [1]));

  it("is a laporan addressed to the Pimpinan BPD, signed by the meeting's chair, with the reading in its note", () => {
    expect(minutes.record).toMatchObject({ kind: "report", name: "Laporan", addressedTo: "Pimpinan BPD" });
    expect(article(minutes.record.citation)).toBe("Pasal 57 ayat (3)");
    expect(minutes.record.note).toContain("Pasal 22 ayat (3) huruf g");
    expect(minutes.meeting).toMatchObject({ kindName: "Rapat Bidang", commissionName: "Bidang Pemerintahan" });
    expect(minutes.signatures.lines.map((l) => [l.role, l.person?.name])).toEqual([["chair", "Wayan Sudarsana"]]);
  });

  it("lists a council member from outside the commission among the invitees (Pasal 59 ayat (1) huruf b)", () => {
    expect(names(minutes.attendance.members.map((m) => m.person))).toEqual(["Wayan Sudarsana", "Agus Salim"]);
    expect(minutes.attendance).toMatchObject({ count: 2, bodySize: 3 });
    expect(names(minutes.invitees.councilMembers.map((m) => m.person))).toEqual(["Budi Santoso"]);
    expect(article(minutes.invitees.councilMemberCitation)).toBe("Pasal 59 ayat (1) huruf b");
  });
});

describe("Pasal 37-38: working meetings and hearings, which Pasal 56-57 do not name", () => {
  it("a working meeting of the whole council gets a risalah, and the record says why", () => {
    const minutes = minutesOf(shortMeeting({ kind: "workingMeeting" }, 1, range(1, 6)));
    expect(minutes.record).toMatchObject({ kind: "risalah", title: "Risalah Sementara" });
    expect(minutes.record.note).toContain("Rapat Kerja");
    expect(minutes.record.note).toContain("Pasal 30 ayat (2)");
    expect(minutes.correctionWindow).toMatchObject({ days: 7 });
  });

  it("a hearing held by a commission gets the commission's report", () => {
    const minutes = minutesOf(shortMeeting({ kind: "hearing", commission: "development", presiding: "m4" }, 4, [4, 7]));
    expect(minutes.record).toMatchObject({ kind: "report", addressedTo: "Pimpinan BPD" });
    expect(minutes.record.note).toContain("Rapat Dengar Pendapat");
    expect(minutes.record.note).toContain("Pasal 22 ayat (3) huruf d");
    expect(minutes.meeting).toMatchObject({ kindName: "Rapat Dengar Pendapat", commissionName: "Bidang Pembangunan" });
  });
});

describe("Pasal 56 ayat (3)-(6): the draft, its corrections and the official risalah", () => {
  const session = plenaryStory();
  const closedAt = DateTime.fromISO("2025-03-10T10:16:00", { zone: "Asia/Jakarta" });

  it("the draft goes out with 7 days for corrections to the secretary (ayat (3)-(4)), and lists none yet", () => {
    const draft = minutesOf(session);
    expect(draft.correctionWindow).toEqual({ days: 7, to: { kind: "secretary", id: "secretary", name: "Joko Widodo" }, citation: { regulation: "Perbup Banjarnegara 962/2011", article: "Pasal 56 ayat (4)" } });
    expect(draft.corrections).toBeNull();
    expect(draft.asOf).toBe("2025-03-10T10:16:00.000+07:00");
  });

  it("the official risalah lists the corrections in the order received, with who settled a disputed one (ayat (5)-(6))", () => {
    const official = minutesOf(session, {
      status: "official",
      corrections: [
        { by: { name: "Ketua RT 03" }, at: closedAt.plus({ days: 5 }), text: "Nama jalan yang benar: Jalan Melati", settledBy: "steeringCommittee" },
        { by: member("m7"), at: closedAt.plus({ days: 2 }), text: "  Saya memilih tolak, bukan abstain  " },
        { by: invitee("i1"), at: closedAt.plus({ days: 3 }), text: "Jabatan: Kepala Desa Sukamaju", settledBy: "m2" },
      ],
    });
    expect(official.record).toMatchObject({ title: "Risalah Resmi", status: "official" });
    expect(article(official.record.statusCitation)).toBe("Pasal 56 ayat (6)");
    expect(official.correctionWindow).toBeNull();
    expect(article(official.corrections?.citation)).toBe("Pasal 56 ayat (4)");
    expect(official.corrections?.items.map((c) => [c.by.name, c.at, c.text, c.settledBy?.kind ?? null, article(c.settledCitation)])).toEqual([
      ["Rina Wati", "2025-03-12T10:16:00.000+07:00", "Saya memilih tolak, bukan abstain", null, undefined],
      ["Slamet Riyadi", "2025-03-13T10:16:00.000+07:00", "Jabatan: Kepala Desa Sukamaju", "chair", "Pasal 56 ayat (5)"],
      ["Ketua RT 03", "2025-03-15T10:16:00.000+07:00", "Nama jalan yang benar: Jalan Melati", "steeringCommittee", "Pasal 19 huruf c"],
    ]);
    expect(official.corrections?.items[1]?.settledBy).toEqual({ kind: "chair", person: { kind: "member", id: "m2", name: "Siti Aminah" } });
    expect(official.asOf).toBe("2025-03-15T10:16:00.000+07:00");
  });

  it("refuses corrections on a draft, a dispute settled by someone who did not chair, an unknown corrector, an empty text", () => {
    const at = closedAt.plus({ days: 1 });
    expect(thrown(() => minutesOf(session, { status: "draft", corrections: [{ by: member("m3"), at, text: "x" }] })).code).toBe("CORRECTIONS_ONLY_IN_OFFICIAL");
    expect(thrown(() => minutesOf(session, { status: "official", corrections: [{ by: member("m3"), at, text: "x", settledBy: "m3" }] }))).toMatchObject({
      code: "NOT_THE_MEETING_CHAIR",
      citation: { article: "Pasal 56 ayat (5)" },
    });
    expect(thrown(() => minutesOf(session, { status: "official", corrections: [{ by: invitee("i9"), at, text: "x" }] })).code).toBe("UNKNOWN_PERSON");
    expect(thrown(() => minutesOf(session, { status: "official", corrections: [{ by: member("m3"), at, text: "   " }] })).code).toBe("EMPTY_CORRECTION");
  });

  it("is made after the meeting: a session still running has no record yet (ayat (3))", () => {
    const running = openPlenary(9);
    expect(thrown(() => projectMinutes(running.council, running.events, running.rules, { status: "draft" }))).toMatchObject({ code: "NOT_CLOSED", citation: { article: "Pasal 56 ayat (3)" } });
    expect(thrown(() => projectMinutes(running.council, [], running.rules, { status: "draft" })).code).toBe("NOT_SCHEDULED");
  });

  it("is a projection: the same log and options give the same record, and the log is not touched", () => {
    const before = JSON.stringify(session.events);
    expect(minutesOf(session)).toEqual(minutesOf(session));
    expect(JSON.stringify(session.events)).toBe(before);
  });
});
