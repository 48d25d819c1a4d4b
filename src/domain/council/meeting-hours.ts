import type { DateTime } from "luxon";
import type { Citation } from "../shared/citation.ts";
import type { CouncilRuleBook } from "./rule-book.ts";

/**
 * Pasal 31: meetings sit 09.00–17.00 or 19.00–23.00 in the village's own time; the meeting itself may decide
 * otherwise (ayat (2)), so a start outside the windows is a warning, never a refusal.
 */

export interface MeetingHoursWarning {
  /** The planned start in the council's zone, "HH.mm" as Indonesian writes times. */
  readonly start: string;
  /** "09.00–17.00, 19.00–23.00" */
  readonly windows: string;
  readonly citation: Citation;
  /** The meeting may decide to sit outside the windows (Pasal 31 ayat (2)). */
  readonly deviation: Citation;
}

function clock(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, "0")}.${String(m).padStart(2, "0")}`;
}

export function isWithinMeetingHours(start: DateTime, rules: CouncilRuleBook, zone: string): boolean {
  const local = start.setZone(zone);
  const minute = local.hour * 60 + local.minute;
  return rules.meetingHours.windows.some((w) => minute >= w.fromMinute && minute < w.toMinute);
}

/** A warning when `plannedStart`, read in the council's `zone`, falls outside every window of the rule book; null otherwise. */
export function meetingHoursWarning(plannedStart: DateTime, rules: CouncilRuleBook, zone: string): MeetingHoursWarning | null {
  if (isWithinMeetingHours(plannedStart, rules, zone)) return null;
  const local = plannedStart.setZone(zone);
  return {
    start: clock(local.hour * 60 + local.minute),
    windows: rules.meetingHours.windows.map((w) => `${clock(w.fromMinute)}–${clock(w.toMinute)}`).join(", "),
    citation: rules.meetingHours.citation,
    deviation: rules.meetingHours.deviation.citation,
  };
}
