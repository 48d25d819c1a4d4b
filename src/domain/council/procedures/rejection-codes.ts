/**
 * Why the procedure engine refuses a command. Each rejection carries these params (strings or numbers) and, where
 * the law drives it, the article, so the bot can say e.g.
 * "Usul memerlukan 3 tanda tangan anggota (1/3 dari 9, Pasal 7 ayat (1)); baru 2."
 */
export type ProcedureRejectionCode =
  /** { path, message } */
  | "INVALID_COMMAND"
  /** {} — not on the roster and not the secretary. */
  | "UNKNOWN_SENDER"
  /** {} — only a member of the council may do this (the secretary may not sign or propose). */
  | "NOT_A_MEMBER"
  /** { memberId } */
  | "UNKNOWN_MEMBER"
  /** {} — only the chair, the vice chair or the secretary (or the temporary leadership) records this. */
  | "NOT_RECORDER"
  /** {} — the procedure has not been opened. */
  | "NOT_OPENED"
  /** {} */
  | "ALREADY_OPENED"
  /** { kind, command } — this command does not apply to this kind of procedure. */
  | "WRONG_KIND"
  /** { status } — the procedure has ended. */
  | "ENDED"
  /** { name } */
  | "ALREADY_SIGNED"
  /** { name } */
  | "NOT_SIGNED"
  /** { opener } — the proposer who opened it acts for the proposers. */
  | "NOT_OPENER"
  /** { name } — a member with Telegram signs themselves. */
  | "MEMBER_HAS_TELEGRAM"
  /** {} — decided: no more changes or withdrawal (Pasal 7 ayat (7), 8 ayat (9)). */
  | "ALREADY_DECIDED"
  /** { required, signed, missing, members, numerator, denominator } */
  | "NOT_ENOUGH_SIGNATURES"
  /** {} — the secretariat does not number this kind of proposal. */
  | "NOT_NUMBERED_KIND"
  /** { number } */
  | "ALREADY_NUMBERED"
  /** {} — the secretariat numbers it first (Pasal 7 ayat (3), 8 ayat (3)). */
  | "NOT_NUMBERED"
  /** {} — the Panitia Musyawarah considers it first (Pasal 7 ayat (5), 8 ayat (4)). */
  | "NOT_CONSIDERED"
  /** {} */
  | "ALREADY_CONSIDERED"
  /** {} — an agenda change names the meeting's date. */
  | "MEETING_DATE_REQUIRED"
  /** { date } */
  | "INVALID_DATE"
  /** { meetingDate, deadline, days } — proposed later than Pasal 58 ayat (3) allows. */
  | "AGENDA_CHANGE_TOO_LATE"
  /** { meetingDate, decidedOn } — the Panitia Musyawarah decided after the meeting. */
  | "DECIDED_AFTER_MEETING"
  /** { sessionId } — only a closed session's record is final. */
  | "SESSION_NOT_CLOSED"
  /** { required, kind } — not the kind of meeting this step is taken in. */
  | "WRONG_MEETING_KIND"
  /** { procedureId } — the decision already completes a step (0: of this procedure). */
  | "DECISION_ALREADY_USED"
  /** { at, previous } — earlier than the step before it. */
  | "BEFORE_PREVIOUS_STEP"
  /** { matter } — a closed meeting may not decide this (Pasal 42). */
  | "CLOSED_MEETING_MATTER"
  /** {} — the oath is taken in an open plenary (Pasal 25 ayat (1)). */
  | "OPEN_MEETING_REQUIRED"
  /** { motion } */
  | "DECISION_NOT_PASSED"
  /** { approvals, required, members, numerator, denominator } */
  | "SPECIAL_MAJORITY_NOT_REACHED"
  /** { attended, required, members, numerator, denominator, date } */
  | "ATTENDANCE_TOO_LOW"
  /** { date } — a meeting never opened completes nothing (Pasal 30 ayat (3)). */
  | "MEETING_NOT_OPENED"
  /** { stage, stages } */
  | "UNKNOWN_STAGE"
  /** { stage } */
  | "STAGE_ALREADY_DONE"
  /** { stage, missing } — stages go in order unless the Panitia Musyawarah decided otherwise (Pasal 5, 66). */
  | "STAGE_OUT_OF_ORDER"
  /** { stage, reference } — this stage rests on a decision, or on a meeting. */
  | "REFERENCE_REQUIRED"
  /** { stage } */
  | "NOT_WAIVABLE"
  /** {} — an initiative is discussed in stages once the plenary adopts it (Pasal 8 ayat (7)-(8)). */
  | "NOT_ADOPTED"
  /** { stage, current } — amendments are raised in stage II and decided in stage III (Pasal 9). */
  | "AMENDMENT_NOT_IN_STAGE"
  /** { amendmentNo } */
  | "UNKNOWN_AMENDMENT"
  /** { amendmentNo } */
  | "AMENDMENT_ALREADY_DECIDED"
  /** { amendments } — stage III decides every amendment (Pasal 9 ayat (3)). */
  | "AMENDMENTS_PENDING"
  /** {} — an initiative is received when its Pengantar is numbered. */
  | "NOT_RECEIVED"
  /** { other, received, otherReceived } — this draft was received first: it is the one discussed (Pasal 65). */
  | "RECEIVED_FIRST"
  /** { other, status } */
  | "OTHER_NOT_UNDER_DISCUSSION"
  /** {} */
  | "SAME_PROCEDURE"
  /** {} — stage IV approved the draft first (Pasal 63 ayat (5)). */
  | "NOT_APPROVED"
  /** { number } */
  | "ALREADY_RECORDED"
  /** {} — the Keputusan BPD approving it comes first (Pasal 63 ayat (5), 71). */
  | "NO_APPROVAL_DECREE"
  /** { step, expected } */
  | "EXCHANGE_OUT_OF_ORDER"
  /** {} — the council has not approved the request (Pasal 7 ayat (8)). */
  | "REQUEST_NOT_APPROVED"
  /** {} */
  | "BUDGET_YEAR_REQUIRED"
  /** {} */
  | "TERM_END_REQUIRED"
  /** {} — a vacancy names the office and why it fell vacant (Pasal 15 ayat (4)). */
  | "VACANCY_REQUIRED"
  /** {} */
  | "VACANCY_NOT_FOR_NEW_TERM"
  /** { office } — nobody holds this office on the roster. */
  | "OFFICE_NOT_HELD"
  /** { office } — this office is not being filled by this procedure. */
  | "OFFICE_NOT_OPEN"
  /** { office, name } */
  | "ALREADY_ELECTED"
  /** { name, office } — one person holds one office (Pasal 13 ayat (2)). */
  | "ELECTED_TO_OTHER_OFFICE"
  /** { elected, member } — the election result names someone else. */
  | "ELECTED_MISMATCH"
  /** { office } */
  | "NOT_ELECTED"
  /** { office } */
  | "ALREADY_SWORN"
  /** { name } — not on the meeting's attendance list. */
  | "NOT_ATTENDING"
  /** { officiant } — not among the meeting's invitees. */
  | "UNKNOWN_OFFICIANT";
