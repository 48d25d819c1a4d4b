/**
 * Why the session engine refuses a command. Each rejection carries these params (all strings or numbers) and, where
 * the law drives it, the citation, so the bot can say e.g.
 * "Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))".
 */
export type SessionRejectionCode =
  /** { path, message } — the command failed its schema. */
  | "INVALID_COMMAND"
  /** {} — the sender is neither on the roster, the secretary, an invitee nor an observer of this session. */
  | "UNKNOWN_SENDER"
  /** { command } — a stored timer may not issue this command. */
  | "NOT_FOR_TIMER"
  /** { phase } — the session is not in a phase where this is possible. */
  | "WRONG_PHASE"
  /** { memberId } */
  | "UNKNOWN_MEMBER"
  /** {} — only a member of the council may do this (the secretary, invitees and observers may not). */
  | "NOT_A_MEMBER"
  /** { presiding } — only the person chairing the meeting may do this. */
  | "NOT_PRESIDING"
  /** { presiding } — the person chairing must be signed in to act (Pasal 44 ayat (1)). */
  | "PRESIDING_NOT_PRESENT"
  /** {} — only the chair (or whom the rule book names) convenes a meeting (Pasal 30 ayat (4)). */
  | "NOT_CONVENER"
  /** { memberId, kind } — this member may not chair this kind of meeting (Pasal 33-36, 16). */
  | "MAY_NOT_PRESIDE"
  /** { kind } — a commission meeting needs its commission; other kinds may not name one. */
  | "COMMISSION_REQUIRED"
  | "COMMISSION_NOT_ALLOWED"
  /** {} — the leadership election is held in a plenary (Pasal 24 ayat (1)). */
  | "ELECTION_ONLY_IN_PLENARY"
  /** { matter } — a closed meeting may not decide this (Pasal 42). */
  | "CLOSED_MEETING_MATTER"
  /** { present, members, required } — attendance below quorum (Pasal 30 ayat (3), or Pasal 24 ayat (1) for the leadership election). */
  | "NO_QUORUM"
  /** { present, required } — quorum is there: open the meeting instead of postponing (Pasal 45 ayat (1)). */
  | "QUORUM_PRESENT"
  /** { plannedStart } — postponement starts at the planned opening time (Pasal 45 ayat (1)). */
  | "BEFORE_PLANNED_START"
  /** { until } — the running postponement has not ended yet. */
  | "POSTPONEMENT_RUNNING"
  /** { maxMinutes } — longer than this stage allows (Pasal 45 ayat (1), Pasal 24 ayat (2)-(3)). */
  | "POSTPONEMENT_TOO_LONG"
  /** { stage } — this stage's time is set by the chair (Pasal 45 ayat (2)). */
  | "UNTIL_REQUIRED"
  /** { until } — the time given is not in the future. */
  | "UNTIL_NOT_FUTURE"
  /** {} — no further postponement: the leadership election goes ahead (Pasal 24 ayat (3)). */
  | "ELECTION_GOES_AHEAD"
  /** { until } — suspended to this time (Pasal 54 ayat (3)). */
  | "SUSPENDED_UNTIL"
  /** { memberId } / { name } */
  | "ALREADY_SIGNED_IN"
  /** { name } — must sign the attendance list first (Pasal 44 ayat (1)). */
  | "NOT_SIGNED_IN"
  /** { name } — asked to leave this session (Pasal 54 ayat (2)). */
  | "EXPELLED"
  /** {} — only the person chairing or the secretary records attendance for someone else. */
  | "NOT_RECORDER"
  /** { name } — this member has Telegram and votes themselves; the chair votes only for members without it. */
  | "MEMBER_HAS_TELEGRAM"
  /** {} — a closed meeting is not open to the public (Pasal 40 ayat (2)). */
  | "CLOSED_MEETING"
  /** {} — observers may not speak (Pasal 59 ayat (6)). */
  | "OBSERVER_MAY_NOT_SPEAK"
  /** {} — observers have no vote (Pasal 59 ayat (6)). */
  | "OBSERVER_MAY_NOT_VOTE"
  /** {} — invitees have no vote (Pasal 59 ayat (5)). */
  | "INVITEE_MAY_NOT_VOTE"
  /** {} — the secretary has no vote (Pasal 73). */
  | "SECRETARY_MAY_NOT_VOTE"
  /** { name } — not of the body holding this meeting: no vote (Pasal 21 ayat (5); Pasal 59 ayat (1) huruf b and ayat (5)). */
  | "NO_VOTE_IN_THIS_BODY"
  /** {} — no agenda item is under discussion. */
  | "NO_ITEM"
  /** { itemNo, items } */
  | "UNKNOWN_ITEM"
  /** { itemNo } */
  | "ITEM_ALREADY_STARTED"
  /** {} — speakers register before the discussion starts (Pasal 47 ayat (1)). */
  | "REGISTRATION_CLOSED"
  /** {} — close the speakers' registration before the discussion starts (Pasal 47 ayat (1)). */
  | "REGISTRATION_STILL_OPEN"
  | "REGISTRATION_ALREADY_OPEN"
  /** { name } — did not register: may not take the floor (Pasal 47 ayat (2)). */
  | "NOT_REGISTERED"
  /** { name } */
  | "ALREADY_REGISTERED"
  /** { name } — not in the queue of turns. */
  | "NOT_IN_QUEUE"
  /** {} — nobody is waiting for a turn (Pasal 51 ayat (1)). */
  | "QUEUE_EMPTY"
  /** { speaker } — someone has the floor (Pasal 50 ayat (2)). */
  | "FLOOR_TAKEN"
  /** {} — nobody has the floor. */
  | "NO_SPEAKER"
  /** { name } — not present at their turn (Pasal 51 ayat (3)). */
  | "SPEAKER_NOT_PRESENT"
  /** {} — the person chairing speaks as a member only after handing the chair over (Pasal 49 ayat (2)). */
  | "CHAIR_MUST_HAND_OVER"
  /** { name } — forbidden to speak on this item (Pasal 54 ayat (1)). */
  | "SPEECH_FORBIDDEN"
  /** { remainingSeconds } — the speaking time has not run out (Pasal 48 ayat (2)). */
  | "TIME_NOT_UP"
  /** {} — no other member of the leadership is present to take the chair (Pasal 49 ayat (2)). */
  | "NO_OTHER_LEADER_PRESENT"
  /** {} — the chair was not handed over, or not by the sender. */
  | "NOT_HANDED_OVER"
  /** { presiding } — the person chairing is present; the chair is not vacant (Pasal 15 ayat (3)). */
  | "PRESIDING_PRESENT"
  /** {} — only members interrupt (Pasal 52 ayat (1)). */
  | "INTERRUPTION_MEMBERS_ONLY"
  /** {} — the speaker does not interrupt themselves. */
  | "OWN_SPEECH"
  /** {} — an interruption is not debated (Pasal 52 ayat (2)). */
  | "INTERRUPTION_IN_PROGRESS"
  /** {} */
  | "NO_INTERRUPTION"
  /** { requestNo } */
  | "UNKNOWN_INTERRUPTION"
  /** { requestNo } — this member already waits to interrupt. */
  | "INTERRUPTION_PENDING"
  /** { name } — no earlier warning for improper words (Pasal 54 ayat (1)). */
  | "NO_PRIOR_WARNING"
  /** { name } — not forbidden to speak yet (Pasal 54 ayat (2)). */
  | "NOT_FORBIDDEN"
  /** { warningNo } */
  | "UNKNOWN_WARNING"
  /** { warningNo } */
  | "ALREADY_RETRACTED"
  /** {} — only the warned person, or the chair for them, retracts. */
  | "NOT_YOUR_WARNING"
  /** { name } — not present. */
  | "NOT_PRESENT"
  /** { voteNo } — a vote is running. */
  | "VOTE_RUNNING"
  /** {} */
  | "NO_VOTE_RUNNING"
  /** { voteNo } — each member votes once. */
  | "ALREADY_VOTED"
  /** { choice, choices } */
  | "INVALID_CHOICE"
  /** {} — a secret ballot is for elections of persons. */
  | "SECRET_ONLY_FOR_ELECTIONS"
  /** { majority } — an election of persons is decided by ordinary majority. */
  | "ELECTION_NEEDS_ORDINARY_MAJORITY"
  /** { majority } — this decision is taken in a plenary (Pasal 7 ayat (4), Pasal 8 ayat (4), Pasal 75 ayat (2)). */
  | "PLENARY_ONLY"
  /** { present, members, required } — even if all present agree, the special majority of all members is not reached. */
  | "SPECIAL_MAJORITY_UNREACHABLE"
  /** { counted, present } — more hands than members present with a vote. */
  | "COUNTS_EXCEED_PRESENT"
  /** { seconds } — speaking time must be positive. */
  | "INVALID_TIME";
