import type { Council } from "../../../src/domain/council/council.ts";
import { projectMinutes } from "../../../src/domain/council/minutes/index.ts";
import type { Minutes, MinutesOptions } from "../../../src/domain/council/minutes/index.ts";
import { member } from "../../../src/domain/council/participants.ts";
import { makeCouncil, PLANNED_START, plenary, range, SECRETARY_USER, SessionDriver } from "./session-kit.ts";

/** The council of the minutes stories: the kit's nine members, with names that read like a village's. */
export const NAMES = ["Budi Santoso", "Siti Aminah", "Wayan Sudarsana", "Yohanis Makagansang", "Dewi Lestari", "Agus Salim", "Rina Wati", "Hasan Basri", "Lina Marlina"];

export const OBSERVER_USER = 8000;

export function sukamaju(size = 9): Council {
  const base = makeCouncil(size);
  return {
    ...base,
    village: "Sukamaju",
    members: base.members.map((m, i) => ({ ...m, name: NAMES[i] ?? m.name })),
    secretary: { name: "Joko Widodo", telegramUserId: SECRETARY_USER },
  };
}

export const STORY = {
  agenda: ["Rancangan Peraturan Desa tentang APB Desa 2025", "Lain-lain"],
  place: "Balai Desa Sukamaju",
  retractedWords: "dasar pembohong",
  keptWords: "omong kosong semua",
  regulationMotion: "Menyetujui Rancangan Peraturan Desa tentang APB Desa 2025 menjadi Peraturan Desa",
  consensusMotion: "Kerja bakti bersama setiap hari Minggu pertama",
  showOfHandsMotion: "Menerima laporan panitia pembangunan & <jalan> desa",
} as const;

/**
 * A whole open plenary, told in the order a secretary would note it: postponed for want of quorum (Pasal 45), opened,
 * speakers with an interruption allowed and one refused (Pasal 52), a retracted and a kept improper word (Pasal 53),
 * a speaking-time and an off-topic warning (Pasal 48), a member leaving and passed over (Pasal 44 ayat (4), 51 ayat (3)),
 * the chair handed over to speak as a member (Pasal 49 ayat (2)), an open vote, a consensus and a show of hands (Pasal 60).
 */
export function plenaryStory(): SessionDriver {
  const s = new SessionDriver(sukamaju());
  s.do(1, plenary({ agenda: [...STORY.agenda], place: STORY.place }));
  s.signIn(1, 2, 3, 4, 5);
  s.at(PLANNED_START);
  s.do(1, { type: "postpone", until: PLANNED_START.plus({ minutes: 30 }) });
  s.advance({ minutes: 10 }).signIn(6, 7);
  s.advance({ minutes: 5 }).do(1, { type: "signInInvitee", name: "Slamet Riyadi", description: "Kepala Desa Sukamaju" });
  s.advance({ minutes: 1 }).do({ user: OBSERVER_USER }, { type: "signInObserver", name: "Warga Sukamaju" });
  s.at(PLANNED_START.plus({ minutes: 30 }));
  s.do(1, { type: "open" });
  s.do(1, { type: "startItem", itemNo: 1 });
  for (const n of [3, 4, 5, 1]) s.do(n, { type: "registerSpeaker" });
  s.do(1, { type: "closeRegistration" });

  s.advance({ minutes: 5 }).do(1, { type: "giveFloor" });
  s.advance({ minutes: 1 }).do(4, { type: "requestInterruption", purpose: "clarification" });
  s.do(1, { type: "allowInterruption", requestNo: 1, seconds: 60 });
  s.advance({ minutes: 1 }).do(4, { type: "endInterruption" });
  s.do(5, { type: "requestInterruption", purpose: "postpone" });
  s.do(1, { type: "refuseInterruption", requestNo: 2 });
  s.advance({ minutes: 3 }).do(3, { type: "finishSpeech" });

  s.do(1, { type: "giveFloor" });
  s.advance({ minutes: 1 }).do(1, { type: "warnImproperWords", person: member("m4"), words: STORY.retractedWords });
  s.do(4, { type: "retractWords", warningNo: 1 });
  s.advance({ minutes: 5 }).do(1, { type: "warnSpeakingTime" });
  s.do(4, { type: "finishSpeech" });

  s.do(5, { type: "leave" });
  s.do(1, { type: "handOverChair", to: "m2" });
  s.do(2, { type: "giveFloor" });
  s.advance({ minutes: 2 }).do(2, { type: "warnOffTopic" });
  s.do(1, { type: "finishSpeech" });
  s.do(1, { type: "takeBackChair" });
  s.advance({ minutes: 3 }).signIn(5);

  s.do(1, { type: "startVote", motion: STORY.regulationMotion, matter: "villageRegulation" });
  for (const n of [1, 2, 3, 4, 6]) s.do(n, { type: "castVote", choice: "yes" });
  s.do(7, { type: "castVote", choice: "no" });
  s.do(5, { type: "castVote", choice: "abstain" });
  s.advance({ minutes: 2 }).do(1, { type: "closeVote" });

  s.advance({ minutes: 3 }).do(1, { type: "startItem", itemNo: 2 });
  s.do(1, { type: "warnImproperWords", person: member("m6"), words: STORY.keptWords });
  s.advance({ minutes: 5 }).do(1, { type: "recordConsensus", motion: STORY.consensusMotion });
  s.advance({ minutes: 5 }).do(1, { type: "recordShowOfHands", motion: STORY.showOfHandsMotion, yes: 5, no: 1, abstain: 1 });
  s.advance({ minutes: 10 }).do(1, { type: "close" });
  return s;
}

export const CLOSED_STORY = {
  agenda: ["Sengketa batas tanah kas desa", "Jadwal rapat berikutnya"],
  secretMotion: "Menyerahkan sengketa kepada Kepala Desa",
  secretWords: "kata yang rahasia",
  keptMotion: "Rapat berikutnya tanggal 17 Maret",
} as const;

/** A closed plenary (Pasal 39-43) of two items, each with a decision; the first has a speech with a warning. */
export function closedMeetingStory(): SessionDriver {
  const s = new SessionDriver(sukamaju());
  s.do(1, plenary({ nature: "closed", agenda: [...CLOSED_STORY.agenda], place: STORY.place }));
  s.signIn(...range(1, 7)).at(PLANNED_START);
  s.do(1, { type: "open" });
  s.do(1, { type: "startItem", itemNo: 1 });
  s.do(3, { type: "registerSpeaker" });
  s.do(1, { type: "closeRegistration" });
  s.do(1, { type: "giveFloor" });
  s.do(1, { type: "warnImproperWords", person: member("m3"), words: CLOSED_STORY.secretWords });
  s.advance({ minutes: 4 }).do(3, { type: "finishSpeech" });
  s.do(1, { type: "recordConsensus", motion: CLOSED_STORY.secretMotion });
  s.advance({ minutes: 5 }).do(1, { type: "startItem", itemNo: 2 });
  s.do(1, { type: "recordConsensus", motion: CLOSED_STORY.keptMotion });
  s.advance({ minutes: 5 }).do(1, { type: "close" });
  return s;
}

/** A meeting of `kind` called by member `by`, with `present` signed in, one consensus, closed. */
export function shortMeeting(overrides: Parameters<typeof plenary>[0], by: number, present: readonly number[], alsoPresent: readonly number[] = []): SessionDriver {
  const s = new SessionDriver(sukamaju());
  s.do(by, plenary(overrides));
  s.signIn(...present, ...alsoPresent).at(PLANNED_START);
  s.do(by, { type: "open" });
  s.do(by, { type: "startItem", itemNo: 1 });
  s.advance({ minutes: 20 }).do(by, { type: "recordConsensus", motion: "Menyusun jadwal rapat bulan depan" });
  s.advance({ minutes: 10 }).do(by, { type: "close" });
  return s;
}

export function minutesOf(session: SessionDriver, options: MinutesOptions = { status: "draft" }): Minutes {
  return projectMinutes(session.council, session.events, session.rules, options);
}
