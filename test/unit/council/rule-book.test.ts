import { describe, expect, it } from "vitest";
import { quorumFor } from "../../../src/domain/council/council.ts";
import { BANJARNEGARA_962_2011 } from "../../../src/domain/council/rule-book.ts";
import type { CouncilRuleBook, MajorityKind } from "../../../src/domain/council/rule-book.ts";
import { majorityThreshold, requiredCount } from "../../../src/domain/council/vote.ts";
import { makeCouncil, openPlenary, PLANNED_START, plenary, range, rejection, SessionDriver } from "./session-kit.ts";

const RULES = BANJARNEGARA_962_2011;

/** Every { regulation, article } object anywhere in the rule book. */
function citations(value: unknown, found: { regulation: string; article: string }[] = []): { regulation: string; article: string }[] {
  if (Array.isArray(value)) value.forEach((v) => citations(v, found));
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.regulation === "string" && typeof record.article === "string") found.push(record as { regulation: string; article: string });
    else Object.values(record).forEach((v) => citations(v, found));
  }
  return found;
}

describe("the rule book is data with a citation next to every number", () => {
  it("cites only Perbup Banjarnegara 962/2011, by Pasal", () => {
    const all = citations(RULES);
    expect(all.length).toBeGreaterThan(60);
    for (const c of all) {
      expect(c.regulation).toBe("Perbup Banjarnegara 962/2011");
      expect(c.article).toMatch(/^Pasal \d+( ayat \(\d+\))?( huruf [a-i])?$/);
    }
  });

  it("keeps the fractions exact and cites each", () => {
    expect(RULES.quorum).toMatchObject({ comparison: "atLeast", fraction: { numerator: 2, denominator: 3 }, base: "allMembers" });
    expect(RULES.quorum.citation.article).toBe("Pasal 30 ayat (3)");
    expect(RULES.postponement.stages.map((s) => [s.maxMinutes, s.citation.article])).toEqual([
      [60, "Pasal 45 ayat (1)"],
      [null, "Pasal 45 ayat (2)"],
    ]);
    expect(RULES.leadershipElection.postponement.stages.map((s) => [s.maxMinutes, s.citation.article])).toEqual([
      [60, "Pasal 24 ayat (2)"],
      [60, "Pasal 24 ayat (3)"],
    ]);
    expect(RULES.minutes).toEqual({ correctionDays: 7, citation: { regulation: RULES.regulation, article: "Pasal 56 ayat (4)" } });
    expect(RULES.agendaChangeNotice.days).toBe(2);
    expect(Object.values(RULES.proposals).map((p) => [p.kind, p.fraction.numerator, p.fraction.denominator, p.citation.article])).toEqual([
      ["villageHeadInformation", 1, 3, "Pasal 7 ayat (1)"],
      ["villageRegulationInitiative", 1, 3, "Pasal 8 ayat (1)"],
      ["closedMeeting", 1, 3, "Pasal 39"],
      ["agendaChange", 1, 3, "Pasal 58 ayat (1)"],
      ["rulesChange", 1, 3, "Pasal 75 ayat (1)"],
    ]);
  });

  it("lists the nine matters a closed meeting may not decide (Pasal 42 huruf a–i)", () => {
    expect(RULES.closedMeetings.undecidableMatters.map((m) => m.citation.article)).toEqual(
      ["a", "b", "c", "d", "e", "f", "g", "h", "i"].map((h) => `Pasal 42 huruf ${h}`),
    );
  });

  it("names the six session kinds of Pasal 32 and who chairs each (Pasal 33-36)", () => {
    expect(Object.values(RULES.sessionKinds).map((k) => [k.name, k.citation.article, k.presidedBy])).toEqual([
      ["Rapat Paripurna", "Pasal 32 huruf a", ["chair", "viceChair"]],
      ["Rapat Pimpinan", "Pasal 32 huruf b", ["chair"]],
      ["Rapat Panitia Musyawarah", "Pasal 32 huruf c", ["chair", "viceChair"]],
      ["Rapat Bidang", "Pasal 32 huruf d", ["commissionChair"]],
      ["Rapat Kerja", "Pasal 32 huruf e", ["chair", "viceChair", "commissionChair"]],
      ["Rapat Dengar Pendapat", "Pasal 32 huruf f", ["chair", "viceChair", "commissionChair"]],
    ]);
    expect(Object.values(RULES.commissions).map((c) => c.name)).toEqual(["Bidang Pemerintahan", "Bidang Pembangunan", "Bidang Kemasyarakatan"]);
  });

  it("orders the discipline ladder as Pasal 53-54 does", () => {
    expect(RULES.discipline.map((d) => [d.step, d.citation.article])).toEqual([
      ["improperWordsWarning", "Pasal 53 ayat (1)"],
      ["retraction", "Pasal 53 ayat (3)"],
      ["speechForbidden", "Pasal 54 ayat (1)"],
      ["askedToLeave", "Pasal 54 ayat (2)"],
      ["suspension", "Pasal 54 ayat (3)"],
    ]);
  });
});

describe("Pasal 30 ayat (3) read with Pasal 44 ayat (3): quorum is at least ⌈2/3⌉ of all members", () => {
  it.each([
    [5, 4],
    [7, 5],
    [9, 6],
    [11, 8],
  ])("a council of %d needs %d present", (size, required) => {
    expect(quorumFor(makeCouncil(size), RULES)).toBe(required);
  });

  it("states the reading and cites both articles", () => {
    expect(RULES.quorum.alsoCited.map((c) => c.article)).toEqual(["Pasal 44 ayat (3)"]);
    expect(RULES.quorum.note).toContain("atau telah mencapai kuorum");
  });
});

describe("Pasal 60 ayat (4) read with Pasal 30 ayat (3): an ordinary majority is more than half of those present", () => {
  it.each([
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
    [8, 5],
    [9, 5],
    [11, 6],
  ])("%d present → %d votes (⌊n/2⌋ + 1)", (present, votes) => {
    expect(majorityThreshold(RULES.majorities.ordinary, { present, allMembers: 11 })).toBe(votes);
  });

  it("states the reading for odd numbers and cites both articles", () => {
    expect(RULES.majorities.ordinary.citation.article).toBe("Pasal 60 ayat (4)");
    expect(RULES.majorities.ordinary.alsoCited.map((c) => c.article)).toEqual(["Pasal 30 ayat (3)"]);
    expect(RULES.majorities.ordinary.note).toContain("7 hadir → 4");
  });
});

describe("Pasal 7 ayat (4), Pasal 8 ayat (5), Pasal 75 ayat (3): special majorities of all members", () => {
  const special: [MajorityKind, string][] = [
    ["villageHeadInformation", "Pasal 7 ayat (4)"],
    ["villageRegulationInitiative", "Pasal 8 ayat (5)"],
    ["rulesChange", "Pasal 75 ayat (3)"],
  ];
  it.each(special)("%s: 2/3 of all members, %s", (kind, article) => {
    const rule = RULES.majorities[kind];
    expect(rule.citation.article).toBe(article);
    expect(rule.base).toBe("allMembers");
    expect([5, 7, 9, 11].map((n) => majorityThreshold(rule, { present: 1, allMembers: n }))).toEqual([4, 5, 6, 8]);
  });
});

describe("whole-number thresholds", () => {
  it("never rounds 2/3 of a multiple of 3 up", () => {
    expect(requiredCount({ comparison: "atLeast", fraction: { numerator: 2, denominator: 3 } }, 9)).toBe(6);
    expect(requiredCount({ comparison: "atLeast", fraction: { numerator: 2, denominator: 3 } }, 0)).toBe(0);
    expect(() => requiredCount({ comparison: "atLeast", fraction: { numerator: 2, denominator: 3 } }, -1)).toThrow(RangeError);
  });
});

describe("a second regency is a second rule-book object, not new code", () => {
  const HALF_QUORUM: CouncilRuleBook = {
    ...RULES,
    regulation: "Perbup Contoh 1/2030",
    quorum: { ...RULES.quorum, comparison: "moreThan", fraction: { numerator: 1, denominator: 2 }, citation: { regulation: "Perbup Contoh 1/2030", article: "Pasal 9" } },
  };

  it("opens with 5 of 9 under a 'more than half' quorum, where Banjarnegara needs 6", () => {
    const other = new SessionDriver(makeCouncil(9), { rules: HALF_QUORUM });
    other.do(1, plenary());
    other.signIn(...range(1, 5)).at(PLANNED_START);
    expect(other.attempt(1, { type: "open" }).ok).toBe(true);

    const banjarnegara = openPlenaryAttempt(5);
    expect(rejection(banjarnegara)).toMatchObject({ code: "NO_QUORUM", params: { present: 5, members: 9, required: 6 } });
  });

  function openPlenaryAttempt(present: number) {
    const session = new SessionDriver(makeCouncil(9));
    session.do(1, plenary());
    session.signIn(...range(1, present)).at(PLANNED_START);
    return session.attempt(1, { type: "open" });
  }

  it("the kit's open plenary uses Banjarnegara", () => {
    expect(openPlenary(9).rules.regulation).toBe("Perbup Banjarnegara 962/2011");
  });
});
