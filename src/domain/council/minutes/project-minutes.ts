import { DateTime } from "luxon";
import type { Council, MemberId } from "../council.ts";
import { SECRETARY } from "../participants.ts";
import type { RecordKind } from "../record-rules.ts";
import type { CouncilRuleBook } from "../rule-book.ts";
import type { SessionEvent, SessionSetup } from "../session-events.ts";
import { foldSession } from "../session-fold.ts";
import { isMemberPresent } from "../session-state.ts";
import type { SessionState } from "../session-state.ts";
import { projectCorrections } from "./corrections.ts";
import { projectCourse } from "./course.ts";
import type { Minutes, PersonRef, Signature } from "./minutes.ts";
import { MinutesError } from "./options.ts";
import type { MinutesOptions } from "./options.ts";
import { guestAttendance, memberAttendance, Names } from "./people.ts";

/**
 * The record of a closed session, projected from its log and nothing else typed in: a risalah for a plenary
 * (Pasal 56), catatan rapat for the leadership and the Panitia Musyawarah (Pasal 57 ayat (1)-(2)), a laporan to the
 * Pimpinan BPD for a commission (Pasal 57 ayat (3)); working meetings and hearings as `rules.records.bySession` reads
 * them. Pure: the same council, log, rules and options give the same minutes.
 *
 * Throws `MinutesError` when the session is not closed yet (the record is made after the meeting, Pasal 56 ayat (3))
 * or the options contradict the log: omissions in an open meeting or of unknown items, corrections on a draft,
 * corrections by someone unknown or settled by someone who did not chair.
 */
export function projectMinutes(council: Council, events: readonly SessionEvent[], rules: CouncilRuleBook, options: MinutesOptions): Minutes {
  const state = foldSession(events);
  const setup = state.setup;
  if (!setup) throw new MinutesError("NOT_SCHEDULED", "the log holds no scheduled session");
  if (state.phase !== "closed" || state.closedAt === null) throw new MinutesError("NOT_CLOSED", "the record is made after the meeting", rules.records.draft.citation);
  const records = rules.records;
  const omitted = checkedOmissions(setup, options, rules);
  const names = new Names(council, state);
  const course = projectCourse({ council, rules, names, state, omitted }, events);
  const attendance = memberAttendance(council, events, names);
  const kind = recordKindOf(setup, rules);
  const kindRule = records.kinds[kind];
  const sessionRule = records.bySession[setup.kind];
  // Pasal 56 ayat (5) "Ketua rapat yang bersangkutan": whoever held the chair while signed in, as called or taking it over.
  const attended = new Set([...attendance.body, ...attendance.guests].map((m) => m.person.id));
  const chairs = new Set<MemberId>([setup.presiding, ...course.chairChanges.map((c) => c.to.id)].filter((id) => attended.has(id)));
  const ofRecord = names.member(chairOfRecord(state));
  const secretary = council.secretary ? names.person(SECRETARY) : null;
  const official = options.status === "official";
  if (!official && (options.corrections?.length ?? 0) > 0) {
    throw new MinutesError("CORRECTIONS_ONLY_IN_OFFICIAL", "corrections are listed in the official version", records.official.citation);
  }
  const corrections = official ? { items: projectCorrections(options.corrections ?? [], { names, chairs, rules, zone: council.zone }), citation: rules.minutes.citation } : null;
  const opened = events.find((e) => e.type === "sessionOpened");
  const day = DateTime.fromISO(state.openedAt ?? setup.plannedStart, { zone: council.zone }).setLocale("id");
  const notes = [sessionRule.note, kindRule.note].filter((n): n is string => n !== undefined);

  return {
    village: council.village,
    regulation: rules.regulation,
    zone: council.zone,
    record: {
      kind,
      name: kindRule.name,
      title: official ? kindRule.officialName : kindRule.draftName,
      status: options.status,
      citation: kindRule.citation,
      contentCitation: kindRule.contentCitation,
      statusCitation: kindRule.corrections ? (official ? records.official.citation : records.draft.citation) : null,
      addressedTo: kindRule.addressedTo,
      note: notes.length > 0 ? notes.join(" ") : null,
    },
    confidential: setup.nature === "closed",
    marking:
      setup.nature === "closed"
        ? { label: records.closedMeeting.marking.label, citation: records.closedMeeting.marking.citation, secrecyCitation: records.closedMeeting.secrecy.citation }
        : null,
    omitted: omitted.size > 0 ? { items: [...omitted], citation: records.closedMeeting.omission.citation } : null,
    meeting: {
      kindName: rules.sessionKinds[setup.kind].name,
      commissionName: setup.commission === null ? null : rules.commissions[setup.commission].name,
      nature: setup.nature,
      leadershipElection: setup.leadershipElection,
      citation: records.fields.kindAndNature,
      natureCitation: setup.nature === "closed" ? rules.procedure.closedMeetingNoPublic.citation : rules.closedMeetings.openByDefault.citation,
    },
    date: { text: day.toFormat("cccc, d LLLL yyyy"), iso: day.toISODate() ?? "", citation: records.fields.dayAndDate },
    place: { text: setup.place, citation: records.fields.place },
    agenda: {
      items: setup.agenda.map((title, i) => (omitted.has(i + 1) ? { itemNo: i + 1, title: null, omitted: true } : { itemNo: i + 1, title, omitted: false })),
      citation: records.fields.agenda,
    },
    times: {
      plannedStart: setup.plannedStart,
      openedAt: state.openedAt,
      closedAt: state.closedAt,
      outsideMeetingHours: opened?.type === "sessionOpened" ? opened.payload.outsideMeetingHours : setup.outsideMeetingHours,
      citation: records.fields.times,
      meetingHoursCitation: rules.meetingHours.citation,
    },
    chair: {
      presiding: names.member(setup.presiding),
      assisting: setup.assisting === null ? null : names.member(setup.assisting),
      assistingCitation: setup.assisting === null ? null : rules.procedure.temporaryLeadership.citation,
      changes: course.chairChanges,
      ofRecord,
      citation: records.fields.chairAndSecretary,
    },
    secretary: { person: secretary, citation: setup.kind === "steeringCommittee" ? records.committeeSecretary : records.fields.chairAndSecretary },
    attendance: {
      members: attendance.body,
      count: attendance.body.length,
      bodySize: setup.quorum.members,
      quorum: { required: setup.quorum.required, citation: setup.quorum.citation },
      citation: records.fields.members,
      signInCitation: rules.procedure.signIn.citation,
    },
    invitees: {
      guests: guestAttendance(state.invitees, "invitee"),
      councilMembers: attendance.guests,
      citation: records.fields.invitees,
      listCitation: rules.procedure.guestList.citation,
      councilMemberCitation: rules.procedure.organGuest.citation,
    },
    observers: { guests: guestAttendance(state.observers, "observer"), citation: records.observers },
    postponements: course.postponements,
    suspensions: course.suspensions,
    course: course.course,
    courseCitation: records.course,
    decisions: course.decisions,
    corrections,
    correctionWindow: !official && kindRule.corrections ? { days: rules.minutes.correctionDays, to: secretary, citation: rules.minutes.citation } : null,
    signatures: { by: kindRule.signedBy, lines: signatures(kindRule.signedBy, secretary, ofRecord, kindRule.signatureCitation) },
    asOf: latest(state.closedAt, (corrections?.items ?? []).map((c) => c.at)),
  };
}

function recordKindOf(setup: SessionSetup, rules: CouncilRuleBook): RecordKind {
  const rule = rules.records.bySession[setup.kind];
  return setup.commission === null ? rule.record : rule.byCommission;
}

/** Pasal 43 ayat (3) is about closed meetings only, and about items the meeting had. */
function checkedOmissions(setup: SessionSetup, options: MinutesOptions, rules: CouncilRuleBook): ReadonlySet<number> {
  const items = [...new Set(options.omittedItems ?? [])].sort((a, b) => a - b);
  if (items.length === 0) return new Set();
  const citation = rules.records.closedMeeting.omission.citation;
  if (setup.nature !== "closed") throw new MinutesError("OMISSION_ONLY_IN_CLOSED_MEETING", "only a closed meeting's record may leave items out", citation);
  const unknown = items.find((n) => !Number.isInteger(n) || n < 1 || n > setup.agenda.length);
  if (unknown !== undefined) throw new MinutesError("UNKNOWN_ITEM", `agenda item ${unknown} does not exist (${setup.agenda.length} items)`, citation);
  return new Set(items);
}

/**
 * Who signs or acknowledges as the meeting's chair: the one chairing at the close, unless the chair was only handed
 * over for a while to speak as a member (Pasal 49 ayat (2), "untuk sementara") and its holder is still there.
 */
function chairOfRecord(state: SessionState): MemberId {
  const handedOverBy = state.handedOverBy;
  if (handedOverBy !== null && isMemberPresent(state, handedOverBy)) return handedOverBy;
  return state.presiding ?? state.setup!.presiding;
}

function signatures(by: "secretaryWithChair" | "chair", secretary: PersonRef | null, chair: PersonRef, citation: Signature["citation"]): Signature[] {
  if (by === "chair") return [{ role: "chair", acknowledges: false, person: chair, citation }];
  return [
    { role: "secretary", acknowledges: false, person: secretary, citation },
    { role: "chair", acknowledges: true, person: chair, citation },
  ];
}

function latest(first: string, others: readonly string[]): string {
  return others.reduce((a, b) => (DateTime.fromISO(b).toMillis() > DateTime.fromISO(a).toMillis() ? b : a), first);
}
