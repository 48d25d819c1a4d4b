import type { Council } from "../council.ts";
import { samePerson } from "../participants.ts";
import type { Person } from "../participants.ts";
import type { CouncilRuleBook } from "../rule-book.ts";
import type { SessionEvent, SessionEventType } from "../session-events.ts";
import type { Decision, SessionState, VoteState } from "../session-state.ts";
import type { BallotGroup, ChairChange, CourseEntry, CourseEntryType, MinutesDecision, PostponementRecord, SuspensionRecord } from "./minutes.ts";
import type { Names } from "./people.ts";

/**
 * The course of the meeting (Pasal 56 ayat (2): "jalannya pembicaraan … kesimpulan dan keputusan"), in log order.
 * Each entry starts at its first event and is completed by the later ones (the end of a speech, the chair's answer to
 * an interruption, a retraction), so it is built mutable here and handed out read-only.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type EntryOf<T extends CourseEntryType> = Mutable<Extract<CourseEntry, { type: T }>>;

/** What is said and decided under an agenda item; this is what Pasal 43 ayat (3) lets the Pimpinan leave out. */
const ITEM_CONTENT: ReadonlySet<SessionEventType> = new Set<SessionEventType>([
  "registrationOpened",
  "registrationClosed",
  "speakerRegistered",
  "speakingOrderChanged",
  "speakerPassedOver",
  "floorGiven",
  "speakingTimeWarned",
  "offTopicWarned",
  "speechFinished",
  "interruptionRequested",
  "interruptionAllowed",
  "interruptionRefused",
  "interruptionEnded",
  "improperWordsWarned",
  "wordsRetracted",
  "speechForbidden",
  "askedToLeave",
  "consensusRecorded",
  "voteStarted",
  "voteCast",
  "voteClosed",
  "voteCancelled",
  "showOfHandsRecorded",
]);

export interface CourseContext {
  readonly council: Council;
  readonly rules: CouncilRuleBook;
  readonly names: Names;
  /** The fold of the whole log. */
  readonly state: SessionState;
  readonly omitted: ReadonlySet<number>;
}

export interface CourseProjection {
  readonly course: readonly CourseEntry[];
  readonly decisions: readonly MinutesDecision[];
  readonly chairChanges: readonly ChairChange[];
  readonly postponements: readonly PostponementRecord[];
  readonly suspensions: readonly SuspensionRecord[];
}

function ballots(council: Council, vote: VoteState, names: Names): BallotGroup[] {
  const choices = vote.candidates === null ? ["yes", "no", "abstain"] : [...vote.candidates, "abstain"];
  return choices.map((choice) => ({
    choice,
    voters: council.members.filter((m) => vote.ballots[m.id] === choice).map((m) => names.member(m.id)),
  }));
}

function matterRule(c: CourseContext, decision: Decision): MinutesDecision["matterRule"] {
  const rule = c.rules.closedMeetings.undecidableMatters.find((m) => m.matter === decision.matter);
  return rule ? { text: rule.text, citation: rule.citation } : null;
}

function minutesDecision(c: CourseContext, decision: Decision, voteNo: number | null, consensusOf: number | null): MinutesDecision {
  const vote = voteNo === null ? undefined : c.state.votes.find((v) => v.voteNo === voteNo);
  const secret = vote?.secret ?? false;
  const result = decision.result;
  const elected = result?.kind === "election" && result.elected !== null ? c.names.member(result.elected) : null;
  return {
    ...decision,
    secret,
    consensusOf,
    candidates: vote?.candidates?.map((id) => c.names.member(id)) ?? null,
    elected,
    // A secret ballot shows its counts only, never who chose what; a show of hands has no names to show.
    ballots: vote && decision.how === "vote" && !secret ? ballots(c.council, vote, c.names) : null,
    matterRule: matterRule(c, decision),
  };
}

export function projectCourse(c: CourseContext, events: readonly SessionEvent[]): CourseProjection {
  const course: CourseEntry[] = [];
  const decisions: MinutesDecision[] = [];
  const chairChanges: ChairChange[] = [];
  const postponements: PostponementRecord[] = [];
  const suspensions: Mutable<SuspensionRecord>[] = [];
  const floors = new Map<number, EntryOf<"floor">>();
  const interruptions = new Map<number, EntryOf<"interruption">>();
  const warnings = new Map<number, EntryOf<"improperWordsWarning">>();
  let registration: EntryOf<"registration"> | null = null;
  let currentItem: number | null = null;
  let opened = false;
  const person = (p: Person) => c.names.person(p);
  const decisionOf = (decisionNo: number) => c.state.decisions.find((d) => d.decisionNo === decisionNo);
  const pushDecision = (at: string, decisionNo: number, voteNo: number | null, consensusOf: number | null) => {
    const decision = decisionOf(decisionNo);
    if (!decision || (decision.itemNo !== null && c.omitted.has(decision.itemNo))) return;
    const entry = minutesDecision(c, decision, voteNo, consensusOf);
    decisions.push(entry);
    course.push({ type: "decision", at, decision: entry });
  };
  const endFloorOf = (p: Person, at: string, because: EntryOf<"floor">["endedBecause"]) => {
    for (const floor of floors.values()) {
      if (floor.endedAt === null && samePerson(floor.speaker, p)) {
        floor.endedAt = at;
        floor.endedBecause = because;
      }
    }
  };
  const chairChange = (at: string, how: ChairChange["how"], from: string, to: string, citation: ChairChange["citation"]) => {
    const change: ChairChange = { at, how, from: c.names.member(from), to: c.names.member(to), citation };
    chairChanges.push(change);
    course.push({ type: "chair", at, change });
  };

  for (const event of events) {
    const at = event.at;
    if (ITEM_CONTENT.has(event.type) && currentItem !== null && c.omitted.has(currentItem)) continue;
    switch (event.type) {
      case "sessionPostponed": {
        const { stage, until, present, required, citation } = event.payload;
        postponements.push({ at, stage, until, present, required, citation });
        break;
      }
      case "sessionOpened": {
        opened = true;
        const { present, required, members, withoutQuorum, outsideMeetingHours, citation } = event.payload;
        course.push({ type: "opened", at, present, required, members, withoutQuorum, outsideMeetingHours, citation });
        break;
      }
      case "quorumLost":
      case "quorumReached":
        if (opened) {
          const { present, required, members, citation } = event.payload;
          course.push({ type: "quorum", at, reached: event.type === "quorumReached", present, required, members, citation });
        }
        break;
      case "itemStarted": {
        currentItem = event.payload.itemNo;
        registration = null;
        const { itemNo, title } = event.payload;
        course.push(c.omitted.has(itemNo) ? { type: "omitted", at, itemNo, citation: c.rules.records.closedMeeting.omission.citation } : { type: "item", at, itemNo, title });
        break;
      }
      case "registrationOpened":
        registration = { type: "registration", at, itemNo: event.payload.itemNo, round: event.payload.round, closedAt: null, speakers: [], citation: event.payload.citation };
        course.push(registration);
        break;
      case "registrationClosed":
        if (registration) registration.closedAt = at;
        break;
      case "speakerRegistered":
        if (registration) registration.speakers = [...registration.speakers, person(event.payload.speaker)];
        break;
      case "speakingOrderChanged":
        course.push({ type: "orderChanged", at, moved: person(event.payload.moved), order: event.payload.order.map(person), citation: event.payload.citation });
        break;
      case "speakerPassedOver":
        course.push({ type: "passedOver", at, speaker: person(event.payload.speaker), citation: event.payload.citation });
        break;
      case "floorGiven": {
        const { floorNo, speaker, seconds, citation } = event.payload;
        const floor: EntryOf<"floor"> = { type: "floor", at, floorNo, itemNo: currentItem, speaker: person(speaker), seconds, endedAt: null, endedBecause: null, citation };
        floors.set(floorNo, floor);
        course.push(floor);
        break;
      }
      case "speechFinished": {
        const floor = floors.get(event.payload.floorNo);
        if (floor) {
          floor.endedAt = at;
          floor.endedBecause = event.payload.reason;
        }
        break;
      }
      case "speakingTimeWarned":
        course.push({ type: "speakingTimeWarning", at, person: person(event.payload.speaker), overBySeconds: event.payload.overBySeconds, citation: event.payload.citation });
        break;
      case "offTopicWarned":
        course.push({ type: "offTopicWarning", at, person: person(event.payload.speaker), citation: event.payload.citation });
        break;
      case "interruptionRequested": {
        const { requestNo, member, purpose, floorNo, citation } = event.payload;
        const entry: EntryOf<"interruption"> = {
          type: "interruption",
          at,
          requestNo,
          member: c.names.member(member),
          purpose,
          speaker: floors.get(floorNo)?.speaker ?? null,
          outcome: "lapsed",
          decidedAt: null,
          seconds: null,
          endedAt: null,
          citation,
        };
        interruptions.set(requestNo, entry);
        course.push(entry);
        break;
      }
      case "interruptionAllowed": {
        const entry = interruptions.get(event.payload.requestNo);
        if (entry) {
          entry.outcome = "allowed";
          entry.decidedAt = at;
          entry.seconds = event.payload.seconds;
        }
        break;
      }
      case "interruptionRefused": {
        const entry = interruptions.get(event.payload.requestNo);
        if (entry) {
          entry.outcome = "refused";
          entry.decidedAt = at;
        }
        break;
      }
      case "interruptionEnded": {
        const entry = interruptions.get(event.payload.requestNo);
        if (entry) entry.endedAt = at;
        break;
      }
      case "improperWordsWarned": {
        const { warningNo, person: warned, words, citation } = event.payload;
        const entry: EntryOf<"improperWordsWarning"> = {
          type: "improperWordsWarning",
          at,
          warningNo,
          person: person(warned),
          words,
          retractedAt: null,
          citation,
          retractionCitation: null,
        };
        warnings.set(warningNo, entry);
        course.push(entry);
        break;
      }
      case "wordsRetracted": {
        // Pasal 53 ayat (3): words taken back are not put in the record; the warning and the retraction are.
        const entry = warnings.get(event.payload.warningNo);
        if (entry) {
          entry.words = null;
          entry.retractedAt = at;
          entry.retractionCitation = event.payload.citation;
        }
        break;
      }
      case "speechForbidden":
        endFloorOf(event.payload.person, at, "forbidden");
        course.push({ type: "speechForbidden", at, person: person(event.payload.person), citation: event.payload.citation });
        break;
      case "askedToLeave":
        endFloorOf(event.payload.person, at, "askedToLeave");
        course.push({ type: "askedToLeave", at, person: person(event.payload.person), citation: event.payload.citation });
        break;
      case "chairHandedOver":
        chairChange(at, "handedOver", event.payload.from, event.payload.to, event.payload.citation);
        break;
      case "chairTakenBack":
        chairChange(at, "takenBack", event.payload.from, event.payload.to, event.payload.citation);
        break;
      case "chairTakenOver":
        chairChange(at, "takenOver", event.payload.from, event.payload.to, event.payload.citation);
        break;
      case "sessionSuspended":
        suspensions.push({ at, until: event.payload.until, resumedAt: null, citation: event.payload.citation });
        course.push({ type: "suspended", at, until: event.payload.until, citation: event.payload.citation });
        break;
      case "sessionResumed": {
        const last = suspensions[suspensions.length - 1];
        if (last) last.resumedAt = at;
        course.push({ type: "resumed", at });
        break;
      }
      case "consensusRecorded":
        pushDecision(at, event.payload.decisionNo, null, event.payload.present);
        break;
      case "voteClosed":
        pushDecision(at, event.payload.decisionNo, event.payload.voteNo, null);
        break;
      case "showOfHandsRecorded":
        pushDecision(at, event.payload.decisionNo, event.payload.voteNo, null);
        break;
      case "voteCancelled": {
        const vote = c.state.votes.find((v) => v.voteNo === event.payload.voteNo);
        course.push({ type: "voteCancelled", at, voteNo: event.payload.voteNo, motion: vote?.motion ?? "", reason: event.payload.reason });
        break;
      }
      case "sessionClosed":
        course.push({ type: "closed", at });
        break;
      // Attendance has its own particulars (Pasal 56 ayat (2) huruf g-h); a vote shows in its decision.
      case "sessionScheduled":
      case "memberSignedIn":
      case "memberLeft":
      case "inviteeSignedIn":
      case "observerSignedIn":
      case "guestLeft":
      case "voteStarted":
      case "voteCast":
        break;
    }
  }
  return { course, decisions, chairChanges, postponements, suspensions };
}
