import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { BANJARNEGARA_962_2011 } from "../../../src/domain/council/rule-book.ts";
import {
  decideMinutesRecord,
  evolveMinutesRecord,
  INITIAL_MINUTES_RECORD,
  type MinutesRecordCommand,
  type MinutesRecordState,
} from "../../../src/domain/council/minutes/record.ts";
import { closedMeetingStory, plenaryStory } from "./minutes-kit.ts";
import { tg, type SessionDriver } from "./session-kit.ts";

/** The record after the meeting (Pasal 56, 43): a small driver over decideMinutesRecord with the story's clock. */
function recordOf(session: SessionDriver) {
  let state: MinutesRecordState = INITIAL_MINUTES_RECORD;
  let now = session.now;
  const attempt = (user: number | null, command: MinutesRecordCommand) =>
    decideMinutesRecord(state, command, { council: session.council, session: session.state, rules: BANJARNEGARA_962_2011, now, telegramUserId: user, meetingChair: "m1" });
  return {
    get state() {
      return state;
    },
    advance(days: number) {
      now = now.plus({ days });
    },
    attempt,
    do(user: number | null, command: MinutesRecordCommand) {
      const decided = attempt(user, command);
      if (!decided.ok) throw new Error(`${decided.code} ${decided.citation?.article ?? ""}`);
      state = decided.value.reduce(evolveMinutesRecord, state);
      return decided.value;
    },
  };
}

const refusal = (outcome: ReturnType<ReturnType<typeof recordOf>["attempt"]>) => (outcome.ok ? undefined : { code: outcome.code, article: outcome.citation?.article });

describe("Pasal 56 ayat (3): the draft goes round once the meeting has closed", () => {
  it("is issued once, and opens a window of 7 days", () => {
    const record = recordOf(plenaryStory());
    const [issued] = record.do(null, { type: "issueDraft" });
    expect(issued?.payload).toMatchObject({ citation: { article: "Pasal 56 ayat (3)" } });
    expect(record.state.correctionsCloseAt).toBe(DateTime.fromISO(record.state.draftIssuedAt!, { setZone: true }).plus({ days: 7 }).toISO());
    expect(refusal(record.attempt(null, { type: "issueDraft" }))).toEqual({ code: "DRAFT_ALREADY_ISSUED", article: "Pasal 56 ayat (3)" });
  });
});

describe("Pasal 56 ayat (4) and (5): corrections within 7 days, settled by the meeting's chair", () => {
  it("takes a member's correction inside the window and refuses one after it; only the chair settles", () => {
    const record = recordOf(plenaryStory());
    record.do(null, { type: "issueDraft" });
    record.advance(6);
    record.do(tg(4), { type: "submitCorrection", text: "Nama pembicara kedua keliru" });
    expect(refusal(record.attempt(tg(5), { type: "settleCorrection", correctionNo: 1, accept: true }))).toEqual({ code: "NOT_MEETING_CHAIR", article: "Pasal 56 ayat (5)" });
    record.do(tg(1), { type: "settleCorrection", correctionNo: 1, accept: true });
    expect(record.state.corrections).toMatchObject([{ correctionNo: 1, by: { kind: "member", id: "m4" }, status: "accepted", settledBy: "m1" }]);
    record.advance(2);
    expect(refusal(record.attempt(tg(4), { type: "submitCorrection", text: "Terlambat" }))).toEqual({ code: "CORRECTION_WINDOW_CLOSED", article: "Pasal 56 ayat (4)" });
  });

  it("refuses a correction from someone who is neither a member nor a party, and an empty one", () => {
    const record = recordOf(plenaryStory());
    record.do(null, { type: "issueDraft" });
    expect(refusal(record.attempt(424242, { type: "submitCorrection", text: "Saya warga" }))).toEqual({ code: "NOT_ENTITLED_TO_CORRECT", article: "Pasal 56 ayat (4)" });
    expect(refusal(record.attempt(tg(2), { type: "submitCorrection", text: "   " }))?.code).toBe("EMPTY_CORRECTION");
  });
});

describe("Pasal 56 ayat (6): the official risalah after the window", () => {
  it("is refused inside the window and while a correction waits, and issued after", () => {
    const record = recordOf(plenaryStory());
    record.do(null, { type: "issueDraft" });
    record.do(tg(3), { type: "submitCorrection", text: "Waktu pembukaan 09.30" });
    expect(refusal(record.attempt(tg(1), { type: "issueOfficial" }))).toEqual({ code: "CORRECTION_WINDOW_OPEN", article: "Pasal 56 ayat (6)" });
    record.advance(8);
    expect(refusal(record.attempt(tg(1), { type: "issueOfficial" }))).toEqual({ code: "CORRECTIONS_PENDING", article: "Pasal 56 ayat (5)" });
    record.do(tg(1), { type: "settleCorrection", correctionNo: 1, accept: false });
    expect(refusal(record.attempt(tg(6), { type: "issueOfficial" }))?.code).toBe("NOT_MEETING_CHAIR");
    record.do(tg(1), { type: "issueOfficial" });
    expect(record.state.officialIssuedAt).not.toBeNull();
  });
});

describe("Pasal 43 ayat (3): the chair may leave a matter of a closed meeting out of its report", () => {
  it("only for a closed meeting, only the chair, only before the draft goes out", () => {
    const open = recordOf(plenaryStory());
    expect(refusal(open.attempt(tg(1), { type: "omitItems", items: [1] }))).toEqual({ code: "OMISSION_ONLY_CLOSED", article: "Pasal 43 ayat (3)" });
    const closed = recordOf(closedMeetingStory());
    expect(refusal(closed.attempt(tg(2), { type: "omitItems", items: [1] }))?.code).toBe("NOT_MEETING_CHAIR");
    expect(refusal(closed.attempt(tg(1), { type: "omitItems", items: [9] }))?.code).toBe("UNKNOWN_ITEM");
    closed.do(tg(1), { type: "omitItems", items: [2, 2] });
    expect(closed.state.omittedItems).toEqual([2]);
    closed.do(tg(1), { type: "issueDraft" });
    expect(refusal(closed.attempt(tg(1), { type: "omitItems", items: [] }))?.code).toBe("DRAFT_ALREADY_ISSUED");
  });
});
