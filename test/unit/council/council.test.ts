import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { memberCount, oldestMembers, temporaryLeadership, youngestMembers } from "../../../src/domain/council/council.ts";
import { validateCouncil } from "../../../src/domain/council/council-setup.ts";
import type { CouncilSetupInput } from "../../../src/domain/council/council-setup.ts";
import { BANJARNEGARA_962_2011 } from "../../../src/domain/council/rule-book.ts";
import { makeCouncil } from "./session-kit.ts";

const asOf = DateTime.fromISO("2025-03-10T09:00:00", { zone: "Asia/Jakarta" });
const options = { asOf, rules: BANJARNEGARA_962_2011 };

function setup(overrides: Partial<CouncilSetupInput> = {}): CouncilSetupInput {
  return {
    village: "Desa Sirongge",
    zone: "Asia/Jakarta",
    members: [
      { name: "Sutrisno", birthYear: 1962, role: "chair", telegramUserId: 11 },
      { name: "Siti Aminah", birthYear: 1975, role: "viceChair", telegramUserId: 12 },
      { name: "Bambang", birthYear: 1980, role: "member", commission: "government", commissionChair: true },
      { name: "Wahyuni", birthYear: 1990, role: "member", commission: "development", telegramUserId: 14 },
      { name: "Joko", birthYear: 1985, role: "member", commission: "community", telegramUserId: 15 },
    ],
    secretary: { name: "Rina", telegramUserId: 99 },
    ...overrides,
  };
}

function codeOf(input: unknown): string | undefined {
  const outcome = validateCouncil(input, options);
  return outcome.ok ? undefined : outcome.code;
}

describe("a council set-up (Pasal 13, 21)", () => {
  it("accepts a valid roster, numbering members m1… and keeping the secretary off it", () => {
    const outcome = validateCouncil(setup(), options);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { council, warnings } = outcome.value;
    expect(council.members.map((m) => m.id)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
    expect(council.members[2]?.telegramUserId).toBeNull();
    expect(memberCount(council)).toBe(5);
    expect(council.secretary).toEqual({ name: "Rina", telegramUserId: 99 });
    expect(warnings).toEqual([]);
  });

  it("refuses names that differ only in case and spacing", () => {
    const members = setup().members.map((m, i) => (i === 4 ? { ...m, name: "  bambang " } : m));
    expect(codeOf(setup({ members }))).toBe("DUPLICATE_NAME");
  });

  it("refuses a second chair or vice chair (Pasal 13 ayat (2))", () => {
    const members = setup().members.map((m, i) => (i === 1 ? { ...m, role: "chair" as const } : m));
    const outcome = validateCouncil(setup({ members }), options);
    expect(outcome.ok ? null : [outcome.code, outcome.citation?.article]).toEqual(["MORE_THAN_ONE_CHAIR", "Pasal 13 ayat (2)"]);
    const vices = setup().members.map((m, i) => (i === 0 ? { ...m, role: "viceChair" as const } : m));
    expect(codeOf(setup({ members: vices }))).toBe("MORE_THAN_ONE_VICE_CHAIR");
  });

  it("refuses implausible birth years", () => {
    for (const birthYear of [1900, 2015]) {
      const members = setup().members.map((m, i) => (i === 3 ? { ...m, birthYear } : m));
      expect(codeOf(setup({ members }))).toBe("BIRTH_YEAR_IMPLAUSIBLE");
    }
  });

  it("puts every member but the leadership in one commission (Pasal 21 ayat (1))", () => {
    const leaderIn = setup().members.map((m, i) => (i === 0 ? { ...m, commission: "government" as const } : m));
    expect(codeOf(setup({ members: leaderIn }))).toBe("LEADER_IN_COMMISSION");
    const memberOut = setup().members.map((m, i) => (i === 3 ? { ...m, commission: null } : m));
    const outcome = validateCouncil(setup({ members: memberOut }), options);
    expect(outcome.ok ? null : [outcome.code, outcome.citation?.article]).toEqual(["MEMBER_WITHOUT_COMMISSION", "Pasal 21 ayat (1)"]);
  });

  it("warns, not refuses, when commissions are uneven (Pasal 21 ayat (4))", () => {
    const members = setup().members.map((m) => (m.role === "member" ? { ...m, commission: "government" as const, commissionChair: false } : m));
    const outcome = validateCouncil(setup({ members }), options);
    expect(outcome.ok && outcome.value.warnings.map((w) => [w.code, w.citation.article])).toEqual([["COMMISSIONS_UNEVEN", "Pasal 21 ayat (4)"]]);
  });

  it("refuses a Telegram account linked twice, also to the secretary", () => {
    expect(codeOf(setup({ secretary: { name: "Rina", telegramUserId: 11 } }))).toBe("DUPLICATE_TELEGRAM_USER");
  });

  it("refuses an unknown time zone, too few members and malformed input", () => {
    expect(codeOf(setup({ zone: "Asia/Atlantis" }))).toBe("INVALID_ZONE");
    expect(codeOf(setup({ members: setup().members.slice(0, 2) }))).toBe("TOO_FEW_MEMBERS");
    expect(codeOf({ village: "x" })).toBe("INVALID_INPUT");
  });
});

describe("Pasal 16 ayat (1) and Pasal 15 ayat (4): temporary leadership by the oldest, assisted by the youngest", () => {
  it("finds the oldest and the youngest", () => {
    const council = makeCouncil(7);
    expect(oldestMembers(council).map((m) => m.id)).toEqual(["m1"]);
    expect(youngestMembers(council).map((m) => m.id)).toEqual(["m7"]);
    expect(temporaryLeadership(council)).toMatchObject({ presiding: { id: "m1" }, assisting: { id: "m7" }, tie: false });
  });

  it("replaces an absent one from those present (Pasal 16 ayat (2)) and flags a tie of birth years", () => {
    const council = makeCouncil(5);
    const present = council.members.filter((m) => m.id !== "m1");
    expect(temporaryLeadership(council, present)?.presiding.id).toBe("m2");
    const tied = { ...council, members: council.members.map((m) => ({ ...m, birthYear: 1970 })) };
    expect(temporaryLeadership(tied)?.tie).toBe(true);
  });
});
