import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { meetingHoursWarning } from "../../../src/domain/council/meeting-hours.ts";
import { BANJARNEGARA_962_2011 } from "../../../src/domain/council/rule-book.ts";
import { makeCouncil, PLANNED_START, plenary, SessionDriver } from "./session-kit.ts";

const RULES = BANJARNEGARA_962_2011;

function wib(time: string): DateTime {
  return DateTime.fromISO(`2025-03-10T${time}`, { zone: "Asia/Jakarta" });
}

describe("Pasal 31: meetings sit 09.00–17.00 and 19.00–23.00, otherwise only if the meeting decides", () => {
  it.each([
    ["08:59", true],
    ["09:00", false],
    ["16:59", false],
    ["17:00", true],
    ["18:30", true],
    ["19:00", false],
    ["22:59", false],
    ["23:00", true],
    ["02:00", true],
  ])("a start at %s WIB warns: %s", (time, warns) => {
    expect(meetingHoursWarning(wib(time), RULES, "Asia/Jakarta") !== null).toBe(warns);
  });

  it("says what the bot needs: the local start, the windows and both articles", () => {
    expect(meetingHoursWarning(wib("18:30"), RULES, "Asia/Jakarta")).toEqual({
      start: "18.30",
      windows: "09.00–17.00, 19.00–23.00",
      citation: { regulation: "Perbup Banjarnegara 962/2011", article: "Pasal 31 ayat (1)" },
      deviation: { regulation: "Perbup Banjarnegara 962/2011", article: "Pasal 31 ayat (2)" },
    });
  });

  it("reads the time in the council's zone, not the server's", () => {
    const utc = DateTime.fromISO("2025-03-10T01:30:00Z");
    expect(meetingHoursWarning(utc, RULES, "Asia/Jakarta")?.start).toBe("08.30");
    expect(meetingHoursWarning(utc, RULES, "Asia/Makassar")).toBeNull();
    expect(meetingHoursWarning(utc, RULES, "Asia/Jayapura")).toBeNull();
    expect(meetingHoursWarning(DateTime.fromISO("2025-03-10T14:30:00Z"), RULES, "Asia/Jayapura")?.start).toBe("23.30");
  });

  it("flags the scheduled session, which may still go ahead (ayat (2))", () => {
    const session = new SessionDriver(makeCouncil(5));
    const [scheduled] = session.do(1, plenary({ plannedStart: PLANNED_START.set({ hour: 18 }) }));
    expect(scheduled?.payload).toMatchObject({ outsideMeetingHours: true, plannedStart: "2025-03-10T18:00:00.000+07:00" });
  });
});
