import type { CouncilSetupCode } from "../../../domain/council/council-setup.ts";
import type { SessionRejectionCode } from "../../../domain/council/rejection-codes.ts";
import type { Citation } from "../../../domain/shared/citation.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";

/**
 * Every refusal of the council engine and of the set-up, in Indonesian, filled from the rejection's params and
 * followed by its article: "Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))".
 */

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const PHASES: Record<string, string> = {
  unscheduled: "belum dijadwalkan",
  scheduled: "dijadwalkan, belum dibuka",
  postponed: "ditunda",
  open: "sedang berlangsung",
  suspended: "diskors",
  closed: "sudah ditutup",
};

export function phaseName(phase: string): string {
  return PHASES[phase] ?? phase;
}

const CHOICES: Record<string, string> = { yes: "Setuju", no: "Tolak", abstain: "Abstain" };
export function choiceName(choice: string): string {
  return CHOICES[choice] ?? choice;
}

export const SESSION_MESSAGES: { readonly [C in SessionRejectionCode]: Template } = {
  INVALID_COMMAND: (p) => `Perintah tidak lengkap atau tidak sah (${p.path}: ${p.message}).`,
  UNKNOWN_SENDER: () => "Anda tidak terdaftar di BPD ini. Hubungkan akun Anda dengan nama Anda lewat /gabung.",
  NOT_FOR_TIMER: () => "Pengingat otomatis tidak dapat melakukan ini.",
  WRONG_PHASE: (p) => `Tidak dapat dilakukan saat rapat ${phaseName(String(p.phase))}.`,
  UNKNOWN_MEMBER: (p) => `Anggota ${p.memberId} tidak ada dalam daftar BPD.`,
  NOT_A_MEMBER: () => "Hanya anggota BPD yang dapat melakukan ini.",
  NOT_PRESIDING: (p) => `Hanya pimpinan rapat${p.presiding ? ` (${p.presiding})` : ""} yang dapat melakukan ini.`,
  PRESIDING_NOT_PRESENT: (p) => `Pimpinan rapat (${p.presiding}) harus mengisi daftar hadir dulu (/hadir).`,
  NOT_CONVENER: () => "Hanya Ketua BPD yang mengundang dan membuka rapat.",
  MAY_NOT_PRESIDE: (p) => `Anggota ${p.memberId} tidak dapat memimpin rapat jenis ini.`,
  COMMISSION_REQUIRED: () => "Rapat bidang harus menyebut bidangnya.",
  COMMISSION_NOT_ALLOWED: () => "Rapat jenis ini tidak diadakan oleh satu bidang.",
  ELECTION_ONLY_IN_PLENARY: () => "Pemilihan pimpinan BPD dilakukan dalam rapat paripurna.",
  CLOSED_MEETING_MATTER: (p) => `Rapat tertutup tidak dapat mengambil keputusan tentang ${p.matter}.`,
  NO_QUORUM: (p) => `Kuorum belum tercapai: ${p.present} dari ${p.members} anggota hadir, diperlukan ${p.required}`,
  QUORUM_PRESENT: (p) => `Kuorum sudah tercapai (${p.present} hadir, diperlukan ${p.required}): rapat dapat dibuka, tidak perlu ditunda`,
  BEFORE_PLANNED_START: (p) => `Penundaan baru dapat dilakukan pada waktu rapat direncanakan (${clock(String(p.plannedStart))}).`,
  POSTPONEMENT_RUNNING: (p) => `Penundaan masih berjalan sampai ${clock(String(p.until))}.`,
  POSTPONEMENT_TOO_LONG: (p) => `Penundaan paling lama ${p.maxMinutes} menit`,
  UNTIL_REQUIRED: () => "Pimpinan rapat menetapkan waktu rapat berikutnya: /tunda JJ:MM",
  UNTIL_NOT_FUTURE: (p) => `Waktu ${clock(String(p.until))} sudah lewat.`,
  ELECTION_GOES_AHEAD: () => "Tidak ada penundaan lagi: pemilihan tetap dilaksanakan",
  SUSPENDED_UNTIL: (p) => `Rapat diskors sampai ${clock(String(p.until))}`,
  ALREADY_SIGNED_IN: (p) => `${p.name ?? p.memberId} sudah mengisi daftar hadir.`,
  NOT_SIGNED_IN: (p) => `${p.name} belum mengisi daftar hadir (/hadir)`,
  EXPELLED: (p) => `${p.name} telah diminta meninggalkan rapat ini`,
  NOT_RECORDER: () => "Hanya pimpinan rapat (atau sekretaris untuk daftar hadir) yang mencatat untuk orang lain.",
  MEMBER_HAS_TELEGRAM: (p) => `${p.name} memakai Telegram dan memberi suara sendiri.`,
  CLOSED_MEETING: () => "Rapat tertutup tidak terbuka untuk umum",
  OBSERVER_MAY_NOT_SPEAK: () => "Peninjau tidak boleh berbicara",
  OBSERVER_MAY_NOT_VOTE: () => "Peninjau tidak mempunyai hak suara",
  INVITEE_MAY_NOT_VOTE: () => "Undangan tidak mempunyai hak suara",
  SECRETARY_MAY_NOT_VOTE: () => "Sekretaris BPD tidak mempunyai hak suara",
  NO_VOTE_IN_THIS_BODY: (p) => `${p.name} tidak mempunyai hak suara dalam rapat ini`,
  NO_ITEM: () => "Belum ada acara yang dibahas. Pimpinan memulai acara dengan /acara NOMOR.",
  UNKNOWN_ITEM: (p) => `Acara nomor ${p.itemNo} tidak ada (ada ${p.items} acara).`,
  ITEM_ALREADY_STARTED: (p) => `Acara nomor ${p.itemNo} sudah dibahas.`,
  REGISTRATION_CLOSED: () => "Pendaftaran pembicara belum dibuka atau sudah ditutup",
  REGISTRATION_STILL_OPEN: () => "Tutup dulu pendaftaran pembicara sebelum pembahasan dimulai",
  REGISTRATION_ALREADY_OPEN: () => "Pendaftaran pembicara sudah dibuka.",
  NOT_REGISTERED: (p) => `${p.name} tidak mendaftar sebagai pembicara, jadi tidak dapat menggunakan hak bicara`,
  ALREADY_REGISTERED: (p) => `${p.name} sudah terdaftar sebagai pembicara.`,
  NOT_IN_QUEUE: (p) => `${p.name} tidak ada dalam antrean pembicara.`,
  QUEUE_EMPTY: () => "Tidak ada pembicara yang menunggu giliran",
  FLOOR_TAKEN: (p) => `${p.speaker} sedang berbicara`,
  NO_SPEAKER: () => "Tidak ada yang sedang berbicara.",
  SPEAKER_NOT_PRESENT: (p) => `${p.name} tidak hadir pada gilirannya`,
  CHAIR_MUST_HAND_OVER: () => "Pimpinan rapat yang ingin berbicara sebagai anggota menyerahkan pimpinan dulu kepada Wakil Ketua",
  SPEECH_FORBIDDEN: (p) => `${p.name} dilarang meneruskan pembicaraan pada acara ini`,
  TIME_NOT_UP: (p) => `Waktu bicara belum habis (sisa ${p.remainingSeconds} detik)`,
  NO_OTHER_LEADER_PRESENT: () => "Tidak ada pimpinan lain yang hadir untuk mengambil alih pimpinan rapat",
  NOT_HANDED_OVER: () => "Pimpinan rapat tidak diserahkan oleh Anda.",
  PRESIDING_PRESENT: (p) => `Pimpinan rapat (${p.presiding}) hadir; pimpinan tidak lowong`,
  INTERRUPTION_MEMBERS_ONLY: () => "Hanya anggota BPD yang dapat mengajukan interupsi",
  OWN_SPEECH: () => "Pembicara tidak menginterupsi dirinya sendiri.",
  INTERRUPTION_IN_PROGRESS: () => "Interupsi sedang berlangsung dan tidak dapat diperdebatkan",
  NO_INTERRUPTION: () => "Tidak ada interupsi yang berlangsung.",
  UNKNOWN_INTERRUPTION: (p) => `Permintaan interupsi nomor ${p.requestNo} tidak ada atau sudah diputuskan.`,
  INTERRUPTION_PENDING: (p) => `Permintaan interupsi Anda (nomor ${p.requestNo}) masih menunggu keputusan pimpinan.`,
  NO_PRIOR_WARNING: (p) => `${p.name} belum pernah diperingatkan untuk menarik kata-katanya`,
  NOT_FORBIDDEN: (p) => `${p.name} belum dilarang meneruskan pembicaraan`,
  UNKNOWN_WARNING: (p) => `Teguran nomor ${p.warningNo} tidak ada.`,
  ALREADY_RETRACTED: (p) => `Kata-kata pada teguran nomor ${p.warningNo} sudah ditarik.`,
  NOT_YOUR_WARNING: () => "Hanya yang ditegur, atau pimpinan rapat untuknya, yang menarik kata-kata itu.",
  NOT_PRESENT: (p) => `${p.name} tidak hadir.`,
  VOTE_RUNNING: (p) => `Pemungutan suara nomor ${p.voteNo} sedang berlangsung.`,
  NO_VOTE_RUNNING: () => "Tidak ada pemungutan suara yang sedang berlangsung.",
  ALREADY_VOTED: (p) => `Anda sudah memberikan suara pada pemungutan suara nomor ${p.voteNo}; setiap anggota memberi suara satu kali`,
  INVALID_CHOICE: (p) => `Pilihan "${p.choice}" tidak sah (pilihan: ${p.choices}).`,
  SECRET_ONLY_FOR_ELECTIONS: () => "Pemungutan suara rahasia hanya untuk pemilihan orang",
  ELECTION_NEEDS_ORDINARY_MAJORITY: () => "Pemilihan orang diputuskan dengan suara terbanyak biasa",
  PLENARY_ONLY: () => "Keputusan ini diambil dalam rapat paripurna",
  SPECIAL_MAJORITY_UNREACHABLE: (p) =>
    `Suara khusus tidak mungkin tercapai: ${p.present} anggota hadir dari ${p.members}, diperlukan ${p.required} suara setuju`,
  COUNTS_EXCEED_PRESENT: (p) => `Jumlah suara (${p.counted}) melebihi anggota yang hadir dan berhak suara (${p.present}).`,
  INVALID_TIME: (p) => `Waktu ${p.seconds} detik tidak sah.`,
};

export const SETUP_MESSAGES: { readonly [C in CouncilSetupCode]: Template } = {
  INVALID_INPUT: (p) => `Data BPD tidak lengkap (${p.path}: ${p.message}).`,
  INVALID_ZONE: (p) => `Zona waktu ${p.zone} tidak dikenal.`,
  TOO_FEW_MEMBERS: (p) => `Daftar berisi ${p.count} anggota; paling sedikit ${p.min}.`,
  DUPLICATE_ID: (p) => `Kode anggota ${p.id} dipakai dua kali.`,
  DUPLICATE_NAME: (p) => `Nama ${p.name} tercantum dua kali.`,
  DUPLICATE_TELEGRAM_USER: () => "Satu akun Telegram terhubung dengan dua nama.",
  MORE_THAN_ONE_CHAIR: () => "Pimpinan BPD terdiri atas satu Ketua dan satu Wakil Ketua: Ketua lebih dari satu",
  MORE_THAN_ONE_VICE_CHAIR: () => "Pimpinan BPD terdiri atas satu Ketua dan satu Wakil Ketua: Wakil Ketua lebih dari satu",
  BIRTH_YEAR_IMPLAUSIBLE: (p) => `Tahun lahir ${p.name} (${p.birthYear}) tidak wajar; harus antara ${p.min} dan ${p.max}.`,
  LEADER_IN_COMMISSION: (p) => `${p.name} adalah pimpinan BPD dan tidak masuk bidang`,
  MEMBER_WITHOUT_COMMISSION: (p) => `Setiap anggota, kecuali pimpinan, masuk salah satu bidang: bidang ${p.name} belum disebut`,
  COMMISSION_CHAIR_WITHOUT_COMMISSION: (p) => `${p.name} disebut Ketua Bidang tetapi tidak masuk bidang`,
  MORE_THAN_ONE_COMMISSION_CHAIR: (p) => `${p.commission} mempunyai lebih dari satu ketua`,
};

/** "(Pasal 30 ayat (3))" — the article only; the regulation is named once in /bpd. */
export function citationSuffix(citation: Citation | undefined): string {
  return citation ? ` (${citation.article})` : "";
}

/** The Indonesian sentence for a refusal; an unknown code still says which article refused it. */
export function refusalText(rejection: Rejection): string {
  const template =
    (SESSION_MESSAGES as Record<string, Template | undefined>)[rejection.code] ??
    (SETUP_MESSAGES as Record<string, Template | undefined>)[rejection.code];
  const body = template ? template(rejection.params) : `Permintaan ini ditolak (${rejection.code})`;
  if (rejection.citation) return `${body.replace(/\.$/, "")}${citationSuffix(rejection.citation)}`;
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

/** "10.00" from an ISO time (already in the council's zone). */
export function clock(iso: string): string {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[1]}.${match[2]}` : iso;
}
