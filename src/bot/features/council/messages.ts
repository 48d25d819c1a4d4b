import type { CouncilSetupCode } from "../../../domain/council/council-setup.ts";
import type { SessionRejectionCode } from "../../../domain/council/rejection-codes.ts";
import type { Citation } from "../../../domain/shared/citation.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import type { Language } from "../../../store/chat-settings.ts";

/**
 * Every refusal of the council engine and of the set-up, Indonesian first and English beside it, filled from the
 * rejection's params and followed by its article: "Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6
 * (Pasal 30 ayat (3))" / "Quorum not reached: 5 of 9 members present, 6 required (Pasal 30 ayat (3))". Legal terms
 * keep their Indonesian name in the English text (Rapat Paripurna, risalah, Pasal …).
 */

type Params = Readonly<Record<string, string | number>>;
/** Indonesian and English. */
type Template = (p: Params) => readonly [id: string, en: string];

/** Picks the Indonesian or the English wording: the pure texts' `ctx.say`. */
export function say(language: Language, id: string, en: string): string {
  return language === "en" ? en : id;
}

const PHASES: Record<string, readonly [string, string]> = {
  unscheduled: ["belum dijadwalkan", "not scheduled"],
  scheduled: ["dijadwalkan, belum dibuka", "scheduled, not open yet"],
  postponed: ["ditunda", "postponed"],
  open: ["sedang berlangsung", "in progress"],
  suspended: ["diskors", "suspended"],
  closed: ["sudah ditutup", "closed"],
};

export function phaseName(phase: string, language: Language = "id"): string {
  const names = PHASES[phase];
  return names ? say(language, ...names) : phase;
}

const CHOICES: Record<string, readonly [string, string]> = { yes: ["Setuju", "Yes"], no: ["Tolak", "No"], abstain: ["Abstain", "Abstain"] };
export function choiceName(choice: string, language: Language = "id"): string {
  const names = CHOICES[choice];
  return names ? say(language, ...names) : choice;
}

export const SESSION_MESSAGES: { readonly [C in SessionRejectionCode]: Template } = {
  INVALID_COMMAND: (p) => [`Perintah tidak lengkap atau tidak sah (${p.path}: ${p.message}).`, `The command is incomplete or invalid (${p.path}: ${p.message}).`],
  UNKNOWN_SENDER: () => [
    "Anda tidak terdaftar di BPD ini. Hubungkan akun Anda dengan nama Anda lewat /gabung.",
    "You are not on this council's (BPD) roster. Link your account to your name with /gabung.",
  ],
  NOT_FOR_TIMER: () => ["Pengingat otomatis tidak dapat melakukan ini.", "The automatic timer cannot do this."],
  WRONG_PHASE: (p) => [`Tidak dapat dilakukan saat rapat ${phaseName(String(p.phase))}.`, `Not possible while the meeting is ${phaseName(String(p.phase), "en")}.`],
  UNKNOWN_MEMBER: (p) => [`Anggota ${p.memberId} tidak ada dalam daftar BPD.`, `Member ${p.memberId} is not on the council's roster.`],
  NOT_A_MEMBER: () => ["Hanya anggota BPD yang dapat melakukan ini.", "Only a council (BPD) member can do this."],
  NOT_PRESIDING: (p) => [
    `Hanya pimpinan rapat${p.presiding ? ` (${p.presiding})` : ""} yang dapat melakukan ini.`,
    `Only the person chairing the meeting${p.presiding ? ` (${p.presiding})` : ""} can do this.`,
  ],
  PRESIDING_NOT_PRESENT: (p) => [
    `Pimpinan rapat (${p.presiding}) harus mengisi daftar hadir dulu (/hadir).`,
    `The person chairing the meeting (${p.presiding}) must sign in first (/hadir).`,
  ],
  NOT_CONVENER: () => ["Hanya Ketua BPD yang mengundang dan membuka rapat.", "Only the chair (Ketua BPD) convenes and opens meetings."],
  MAY_NOT_PRESIDE: (p) => [`Anggota ${p.memberId} tidak dapat memimpin rapat jenis ini.`, `Member ${p.memberId} may not chair this kind of meeting.`],
  COMMISSION_REQUIRED: () => ["Rapat bidang harus menyebut bidangnya.", "A Rapat Bidang (commission meeting) must name its commission."],
  COMMISSION_NOT_ALLOWED: () => ["Rapat jenis ini tidak diadakan oleh satu bidang.", "This kind of meeting is not held by a single commission."],
  ELECTION_ONLY_IN_PLENARY: () => ["Pemilihan pimpinan BPD dilakukan dalam rapat paripurna.", "The council's leadership is elected in a Rapat Paripurna (plenary)."],
  CLOSED_MEETING_MATTER: (p) => [`Rapat tertutup tidak dapat mengambil keputusan tentang ${p.matter}.`, `A closed meeting cannot decide on ${p.matter}.`],
  NO_QUORUM: (p) => [
    `Kuorum belum tercapai: ${p.present} dari ${p.members} anggota hadir, diperlukan ${p.required}`,
    `Quorum not reached: ${p.present} of ${p.members} members present, ${p.required} required`,
  ],
  QUORUM_PRESENT: (p) => [
    `Kuorum sudah tercapai (${p.present} hadir, diperlukan ${p.required}): rapat dapat dibuka, tidak perlu ditunda`,
    `Quorum is reached (${p.present} present, ${p.required} required): the meeting can be opened, no postponement is needed`,
  ],
  BEFORE_PLANNED_START: (p) => [
    `Penundaan baru dapat dilakukan pada waktu rapat direncanakan (${clock(String(p.plannedStart))}).`,
    `The meeting can be postponed only from its planned start (${clock(String(p.plannedStart))}).`,
  ],
  POSTPONEMENT_RUNNING: (p) => [`Penundaan masih berjalan sampai ${clock(String(p.until))}.`, `The postponement runs until ${clock(String(p.until))}.`],
  POSTPONEMENT_TOO_LONG: (p) => [`Penundaan paling lama ${p.maxMinutes} menit`, `A postponement lasts at most ${p.maxMinutes} minutes`],
  UNTIL_REQUIRED: () => [
    "Pimpinan rapat menetapkan waktu rapat berikutnya: /tunda JJ:MM",
    "The person chairing sets the time of the next meeting: /tunda HH:MM",
  ],
  UNTIL_NOT_FUTURE: (p) => [`Waktu ${clock(String(p.until))} sudah lewat.`, `The time ${clock(String(p.until))} has already passed.`],
  ELECTION_GOES_AHEAD: () => ["Tidak ada penundaan lagi: pemilihan tetap dilaksanakan", "No further postponement: the election goes ahead"],
  SUSPENDED_UNTIL: (p) => [`Rapat diskors sampai ${clock(String(p.until))}`, `The meeting is suspended until ${clock(String(p.until))}`],
  ALREADY_SIGNED_IN: (p) => [`${p.name ?? p.memberId} sudah mengisi daftar hadir.`, `${p.name ?? p.memberId} has already signed in.`],
  NOT_SIGNED_IN: (p) => [`${p.name} belum mengisi daftar hadir (/hadir)`, `${p.name} has not signed in yet (/hadir)`],
  EXPELLED: (p) => [`${p.name} telah diminta meninggalkan rapat ini`, `${p.name} has been asked to leave this meeting`],
  NOT_RECORDER: () => [
    "Hanya pimpinan rapat (atau sekretaris untuk daftar hadir) yang mencatat untuk orang lain.",
    "Only the person chairing (or the secretary, for attendance) records for someone else.",
  ],
  MEMBER_HAS_TELEGRAM: (p) => [`${p.name} memakai Telegram dan memberi suara sendiri.`, `${p.name} uses Telegram and votes themselves.`],
  CLOSED_MEETING: () => ["Rapat tertutup tidak terbuka untuk umum", "A closed meeting is not open to the public"],
  OBSERVER_MAY_NOT_SPEAK: () => ["Peninjau tidak boleh berbicara", "Observers may not speak"],
  OBSERVER_MAY_NOT_VOTE: () => ["Peninjau tidak mempunyai hak suara", "Observers have no vote"],
  INVITEE_MAY_NOT_VOTE: () => ["Undangan tidak mempunyai hak suara", "Invitees have no vote"],
  SECRETARY_MAY_NOT_VOTE: () => ["Sekretaris BPD tidak mempunyai hak suara", "The council's secretary has no vote"],
  NO_VOTE_IN_THIS_BODY: (p) => [`${p.name} tidak mempunyai hak suara dalam rapat ini`, `${p.name} has no vote in this meeting`],
  NO_ITEM: () => [
    "Belum ada acara yang dibahas. Pimpinan memulai acara dengan /acara NOMOR.",
    "No agenda item is under discussion yet. The chair starts an item with /acara NUMBER.",
  ],
  UNKNOWN_ITEM: (p) => [`Acara nomor ${p.itemNo} tidak ada (ada ${p.items} acara).`, `There is no agenda item ${p.itemNo} (the agenda has ${p.items}).`],
  ITEM_ALREADY_STARTED: (p) => [`Acara nomor ${p.itemNo} sudah dibahas.`, `Agenda item ${p.itemNo} has already been discussed.`],
  REGISTRATION_CLOSED: () => ["Pendaftaran pembicara belum dibuka atau sudah ditutup", "Speaker registration is not open yet or already closed"],
  REGISTRATION_STILL_OPEN: () => ["Tutup dulu pendaftaran pembicara sebelum pembahasan dimulai", "Close speaker registration before the discussion starts"],
  REGISTRATION_ALREADY_OPEN: () => ["Pendaftaran pembicara sudah dibuka.", "Speaker registration is already open."],
  NOT_REGISTERED: (p) => [
    `${p.name} tidak mendaftar sebagai pembicara, jadi tidak dapat menggunakan hak bicara`,
    `${p.name} did not register as a speaker, so may not take the floor`,
  ],
  ALREADY_REGISTERED: (p) => [`${p.name} sudah terdaftar sebagai pembicara.`, `${p.name} is already registered as a speaker.`],
  NOT_IN_QUEUE: (p) => [`${p.name} tidak ada dalam antrean pembicara.`, `${p.name} is not in the speakers' queue.`],
  QUEUE_EMPTY: () => ["Tidak ada pembicara yang menunggu giliran", "No speaker is waiting for a turn"],
  FLOOR_TAKEN: (p) => [`${p.speaker} sedang berbicara`, `${p.speaker} has the floor`],
  NO_SPEAKER: () => ["Tidak ada yang sedang berbicara.", "Nobody has the floor."],
  SPEAKER_NOT_PRESENT: (p) => [`${p.name} tidak hadir pada gilirannya`, `${p.name} is not present for their turn`],
  CHAIR_MUST_HAND_OVER: () => [
    "Pimpinan rapat yang ingin berbicara sebagai anggota menyerahkan pimpinan dulu kepada Wakil Ketua",
    "The person chairing who wishes to speak as a member first hands the chair to the vice chair (Wakil Ketua)",
  ],
  SPEECH_FORBIDDEN: (p) => [`${p.name} dilarang meneruskan pembicaraan pada acara ini`, `${p.name} is forbidden to continue speaking on this item`],
  TIME_NOT_UP: (p) => [`Waktu bicara belum habis (sisa ${p.remainingSeconds} detik)`, `Speaking time is not up yet (${p.remainingSeconds} seconds left)`],
  NO_OTHER_LEADER_PRESENT: () => [
    "Tidak ada pimpinan lain yang hadir untuk mengambil alih pimpinan rapat",
    "No other member of the leadership is present to take over the chair",
  ],
  NOT_HANDED_OVER: () => ["Pimpinan rapat tidak diserahkan oleh Anda.", "You did not hand over the chair."],
  PRESIDING_PRESENT: (p) => [`Pimpinan rapat (${p.presiding}) hadir; pimpinan tidak lowong`, `The person chairing (${p.presiding}) is present; the chair is not vacant`],
  INTERRUPTION_MEMBERS_ONLY: () => ["Hanya anggota BPD yang dapat mengajukan interupsi", "Only council (BPD) members may ask to interrupt"],
  OWN_SPEECH: () => ["Pembicara tidak menginterupsi dirinya sendiri.", "A speaker does not interrupt themselves."],
  INTERRUPTION_IN_PROGRESS: () => ["Interupsi sedang berlangsung dan tidak dapat diperdebatkan", "An interruption is in progress and cannot be debated"],
  NO_INTERRUPTION: () => ["Tidak ada interupsi yang berlangsung.", "No interruption is in progress."],
  UNKNOWN_INTERRUPTION: (p) => [
    `Permintaan interupsi nomor ${p.requestNo} tidak ada atau sudah diputuskan.`,
    `Interruption request ${p.requestNo} does not exist or has been decided.`,
  ],
  INTERRUPTION_PENDING: (p) => [
    `Permintaan interupsi Anda (nomor ${p.requestNo}) masih menunggu keputusan pimpinan.`,
    `Your interruption request (number ${p.requestNo}) is still waiting for the chair's decision.`,
  ],
  NO_PRIOR_WARNING: (p) => [`${p.name} belum pernah diperingatkan untuk menarik kata-katanya`, `${p.name} has not been warned to retract their words`],
  NOT_FORBIDDEN: (p) => [`${p.name} belum dilarang meneruskan pembicaraan`, `${p.name} has not been forbidden to continue speaking`],
  UNKNOWN_WARNING: (p) => [`Teguran nomor ${p.warningNo} tidak ada.`, `There is no warning number ${p.warningNo}.`],
  ALREADY_RETRACTED: (p) => [`Kata-kata pada teguran nomor ${p.warningNo} sudah ditarik.`, `The words of warning ${p.warningNo} have already been retracted.`],
  NOT_YOUR_WARNING: () => [
    "Hanya yang ditegur, atau pimpinan rapat untuknya, yang menarik kata-kata itu.",
    "Only the person warned, or the person chairing for them, retracts those words.",
  ],
  NOT_PRESENT: (p) => [`${p.name} tidak hadir.`, `${p.name} is not present.`],
  VOTE_RUNNING: (p) => [`Pemungutan suara nomor ${p.voteNo} sedang berlangsung.`, `Vote ${p.voteNo} is in progress.`],
  NO_VOTE_RUNNING: () => ["Tidak ada pemungutan suara yang sedang berlangsung.", "No vote is in progress."],
  ALREADY_VOTED: (p) => [
    `Anda sudah memberikan suara pada pemungutan suara nomor ${p.voteNo}; setiap anggota memberi suara satu kali`,
    `You have already voted in vote ${p.voteNo}; each member votes once`,
  ],
  INVALID_CHOICE: (p) => [`Pilihan "${p.choice}" tidak sah (pilihan: ${p.choices}).`, `The choice "${p.choice}" is not valid (choices: ${p.choices}).`],
  SECRET_ONLY_FOR_ELECTIONS: () => ["Pemungutan suara rahasia hanya untuk pemilihan orang", "A secret ballot is only for electing persons"],
  ELECTION_NEEDS_ORDINARY_MAJORITY: () => ["Pemilihan orang diputuskan dengan suara terbanyak biasa", "Persons are elected by an ordinary majority"],
  PLENARY_ONLY: () => ["Keputusan ini diambil dalam rapat paripurna", "This decision is taken in a Rapat Paripurna (plenary)"],
  SPECIAL_MAJORITY_UNREACHABLE: (p) => [
    `Suara khusus tidak mungkin tercapai: ${p.present} anggota hadir dari ${p.members}, diperlukan ${p.required} suara setuju`,
    `The special majority cannot be reached: ${p.present} of ${p.members} members present, ${p.required} votes in favour required`,
  ],
  COUNTS_EXCEED_PRESENT: (p) => [
    `Jumlah suara (${p.counted}) melebihi anggota yang hadir dan berhak suara (${p.present}).`,
    `The votes counted (${p.counted}) exceed the members present with a vote (${p.present}).`,
  ],
  INVALID_TIME: (p) => [`Waktu ${p.seconds} detik tidak sah.`, `A time of ${p.seconds} seconds is not valid.`],
};

export const SETUP_MESSAGES: { readonly [C in CouncilSetupCode]: Template } = {
  INVALID_INPUT: (p) => [`Data BPD tidak lengkap (${p.path}: ${p.message}).`, `The council's data is incomplete (${p.path}: ${p.message}).`],
  INVALID_ZONE: (p) => [`Zona waktu ${p.zone} tidak dikenal.`, `Unknown time zone ${p.zone}.`],
  TOO_FEW_MEMBERS: (p) => [`Daftar berisi ${p.count} anggota; paling sedikit ${p.min}.`, `The list has ${p.count} members; at least ${p.min} are needed.`],
  DUPLICATE_ID: (p) => [`Kode anggota ${p.id} dipakai dua kali.`, `Member code ${p.id} is used twice.`],
  DUPLICATE_NAME: (p) => [`Nama ${p.name} tercantum dua kali.`, `The name ${p.name} is listed twice.`],
  DUPLICATE_TELEGRAM_USER: () => ["Satu akun Telegram terhubung dengan dua nama.", "One Telegram account is linked to two names."],
  MORE_THAN_ONE_CHAIR: () => [
    "Pimpinan BPD terdiri atas satu Ketua dan satu Wakil Ketua: Ketua lebih dari satu",
    "The council's leadership is one chair (Ketua) and one vice chair (Wakil Ketua): more than one chair",
  ],
  MORE_THAN_ONE_VICE_CHAIR: () => [
    "Pimpinan BPD terdiri atas satu Ketua dan satu Wakil Ketua: Wakil Ketua lebih dari satu",
    "The council's leadership is one chair (Ketua) and one vice chair (Wakil Ketua): more than one vice chair",
  ],
  BIRTH_YEAR_IMPLAUSIBLE: (p) => [
    `Tahun lahir ${p.name} (${p.birthYear}) tidak wajar; harus antara ${p.min} dan ${p.max}.`,
    `${p.name}'s birth year (${p.birthYear}) is implausible; it must be between ${p.min} and ${p.max}.`,
  ],
  LEADER_IN_COMMISSION: (p) => [`${p.name} adalah pimpinan BPD dan tidak masuk bidang`, `${p.name} is in the council's leadership and belongs to no commission (bidang)`],
  MEMBER_WITHOUT_COMMISSION: (p) => [
    `Setiap anggota, kecuali pimpinan, masuk salah satu bidang: bidang ${p.name} belum disebut`,
    `Every member except the leadership belongs to a commission (bidang): ${p.name}'s is not given`,
  ],
  COMMISSION_CHAIR_WITHOUT_COMMISSION: (p) => [
    `${p.name} disebut Ketua Bidang tetapi tidak masuk bidang`,
    `${p.name} is named commission chair (Ketua Bidang) but belongs to no commission`,
  ],
  MORE_THAN_ONE_COMMISSION_CHAIR: (p) => [`${p.commission} mempunyai lebih dari satu ketua`, `${p.commission} has more than one chair`],
};

/** "(Pasal 30 ayat (3))" — the article only; the regulation is named once in /bpd. */
export function citationSuffix(citation: Citation | undefined): string {
  return citation ? ` (${citation.article})` : "";
}

/** The sentence for a refusal, in `language`, with its article; an unknown code still says which article refused it. */
export function refusalText(rejection: Rejection, language: Language = "id"): string {
  const template =
    (SESSION_MESSAGES as Record<string, Template | undefined>)[rejection.code] ??
    (SETUP_MESSAGES as Record<string, Template | undefined>)[rejection.code];
  const body = template
    ? say(language, ...template(rejection.params))
    : say(language, `Permintaan ini ditolak (${rejection.code})`, `This request was refused (${rejection.code})`);
  if (rejection.citation) return `${body.replace(/\.$/, "")}${citationSuffix(rejection.citation)}`;
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

/** "10.00" from an ISO time (already in the council's zone). */
export function clock(iso: string): string {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[1]}.${match[2]}` : iso;
}
