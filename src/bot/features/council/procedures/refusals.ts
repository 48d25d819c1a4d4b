import type { ProcedureRejectionCode } from "../../../../domain/council/procedures/rejection-codes.ts";
import { formatIsoDate } from "../../../../domain/region/indonesian-date.ts";
import type { Rejection } from "../../../../domain/shared/rejection.ts";
import type { BotContext } from "../../../context.ts";

/**
 * Every refusal of the procedure engine, Indonesian first, filled from the rejection's params and naming its
 * article: "Usul memerlukan 3 tanda tangan anggota (1/3 dari 9, Pasal 7 ayat (1)); baru 2."
 */

type Params = Readonly<Record<string, string | number>>;
/** Indonesian and English; `a` is the article ("Pasal 7 ayat (1)") or "". */
type Template = (p: Params, a: string) => readonly [string, string];

/** The codes the bot adds: what it could not find before the engine was asked. */
export type BotRefusalCode = "NO_PROCEDURE" | "NO_DECISION" | "NO_MEETING";

/** "23 November 2026" from an ISO date or time (in the council's zone). */
export function day(iso: string | number): string {
  return formatIsoDate(String(iso).slice(0, 10));
}

const paren = (a: string) => (a ? ` (${a})` : "");
const fraction = (p: Params) => `${p.numerator}/${p.denominator} dari ${p.members}`;
const fractionEn = (p: Params) => `${p.numerator}/${p.denominator} of ${p.members}`;

const STEP_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  sentToHead: ["dikirim kepada Kepala Desa", "sent to the village head"],
  headExplained: ["keterangan Kepala Desa", "the village head's explanation"],
  viewsGiven: ["pandangan pengusul dan anggota", "the views of the proposers and members"],
  headAnswered: ["jawaban Kepala Desa", "the village head's answer"],
  opinionStated: ["pendapat BPD", "the council's opinion"],
  furtherQuestion: ["usul pertanyaan lanjutan", "a further question"],
  finished: ["dinyatakan selesai", "declared finished"],
};

export function exchangeStepName(ctx: BotContext, step: string): string {
  const names = STEP_NAMES[step];
  return names ? ctx.say(...names) : step;
}

const STATUS: Readonly<Record<string, readonly [string, string]>> = {
  open: ["berjalan", "under way"],
  done: ["selesai", "finished"],
  rejected: ["ditolak", "refused"],
  withdrawn: ["ditarik kembali", "withdrawn"],
  complement: ["menjadi pelengkap", "a complement"],
};

export function statusName(ctx: BotContext, status: string): string {
  const names = STATUS[status];
  return names ? ctx.say(...names) : status;
}

export const PROCEDURE_MESSAGES: { readonly [C in ProcedureRejectionCode | BotRefusalCode]: Template } = {
  INVALID_COMMAND: (p) => [`Perintah tidak lengkap atau tidak sah (${p.path}: ${p.message}).`, `The command is incomplete or invalid (${p.path}: ${p.message}).`],
  UNKNOWN_SENDER: () => [
    "Anda tidak terdaftar di BPD ini. Hubungkan akun Anda dengan nama Anda lewat /gabung.",
    "You are not on this council's roster. Link your account to your name with /gabung.",
  ],
  NOT_A_MEMBER: () => ["Hanya anggota BPD yang dapat melakukan ini; Sekretaris BPD bukan anggota.", "Only a council member can do this; the secretary is not a member."],
  UNKNOWN_MEMBER: (p, a) => [`Anggota ${p.memberId} tidak ada dalam daftar BPD${paren(a)}.`, `Member ${p.memberId} is not on the roster${paren(a)}.`],
  NOT_RECORDER: (_, a) => [
    `Hanya Ketua, Wakil Ketua atau Sekretaris BPD yang mencatat ini${paren(a)}.`,
    `Only the chair, the vice chair or the council's secretary records this${paren(a)}.`,
  ],
  NOT_OPENED: () => ["Prosedur ini belum dimulai.", "This procedure has not been started."],
  ALREADY_OPENED: () => ["Prosedur ini sudah dimulai.", "This procedure has already been started."],
  WRONG_KIND: () => ["Langkah ini tidak berlaku untuk prosedur ini.", "This step does not apply to this procedure."],
  ENDED: (p) => [`Prosedur ini sudah ${STATUS[String(p.status)]?.[0] ?? p.status}; tidak ada yang diubah.`, `This procedure is ${STATUS[String(p.status)]?.[1] ?? p.status}; nothing was changed.`],
  ALREADY_SIGNED: (p) => [`${p.name} sudah menandatangani usul ini.`, `${p.name} has already signed this proposal.`],
  NOT_SIGNED: (p) => [`${p.name} belum menandatangani usul ini.`, `${p.name} has not signed this proposal.`],
  NOT_OPENER: (p, a) => [
    `Hanya pengusul pertama (${p.opener}) yang mengubah atau menarik usul atas nama para pengusul${paren(a)}; Anda dapat menarik tanda tangan Anda sendiri.`,
    `Only the first proposer (${p.opener}) changes or withdraws the proposal for the proposers${paren(a)}; you may withdraw your own signature.`,
  ],
  MEMBER_HAS_TELEGRAM: (p) => [`${p.name} memakai Telegram dan menandatangani sendiri.`, `${p.name} uses Telegram and signs themselves.`],
  ALREADY_DECIDED: (_, a) => [
    `Usul ini sudah diputuskan: tidak dapat lagi diubah atau ditarik${paren(a)}.`,
    `This proposal has been decided: it can no longer be changed or withdrawn${paren(a)}.`,
  ],
  NOT_ENOUGH_SIGNATURES: (p, a) => [
    `Usul memerlukan ${p.required} tanda tangan anggota (${fraction(p)}${a ? `, ${a}` : ""}); baru ${p.signed}.`,
    `The proposal needs the signatures of ${p.required} members (${fractionEn(p)}${a ? `, ${a}` : ""}); it has ${p.signed}.`,
  ],
  NOT_NUMBERED_KIND: () => ["Usul jenis ini tidak diberi nomor oleh Sekretariat.", "The secretariat does not number this kind of proposal."],
  ALREADY_NUMBERED: (p) => [`Usul ini sudah bernomor ${p.number}.`, `This proposal is already numbered ${p.number}.`],
  NOT_NUMBERED: (_, a) => [`Usul harus diberi nomor oleh Sekretariat BPD lebih dahulu${paren(a)}.`, `The council's secretariat must number the proposal first${paren(a)}.`],
  NOT_CONSIDERED: (_, a) => [
    `Usul dibawa ke rapat paripurna setelah mendapat pertimbangan Panitia Musyawarah${paren(a)}; catat dulu keputusan rapat Panitia Musyawarah.`,
    `The proposal goes to the plenary after the Panitia Musyawarah has considered it${paren(a)}; record its meeting's decision first.`,
  ],
  ALREADY_CONSIDERED: (_, a) => [`Pertimbangan Panitia Musyawarah sudah dicatat${paren(a)}.`, `The Panitia Musyawarah's consideration is already recorded${paren(a)}.`],
  MEETING_DATE_REQUIRED: (_, a) => [
    `Sebutkan tanggal rapat yang acaranya diubah, misalnya /usul acara 25-11-2026 Tambah acara …${paren(a)}.`,
    `Give the date of the meeting whose agenda changes, e.g. /usul acara 25-11-2026 Add item …${paren(a)}.`,
  ],
  INVALID_DATE: (p) => [`Tanggal ${p.date} tidak sah.`, `The date ${p.date} is not valid.`],
  AGENDA_CHANGE_TOO_LATE: (p, a) => [
    `Usul perubahan acara diajukan paling lambat ${p.days} hari sebelum rapat${paren(a)}: untuk rapat ${day(p.meetingDate!)} paling lambat ${day(p.deadline!)}; hari ini ${day(p.today ?? "")}.`,
    `An agenda change is proposed at the latest ${p.days} days before the meeting${paren(a)}: for the meeting of ${day(p.meetingDate!)}, by ${day(p.deadline!)}; today is ${day(p.today ?? "")}.`,
  ],
  DECIDED_AFTER_MEETING: (p, a) => [
    `Keputusan Panitia Musyawarah (${day(p.decidedOn!)}) jatuh setelah rapat ${day(p.meetingDate!)}${paren(a)}.`,
    `The Panitia Musyawarah decided (${day(p.decidedOn!)}) after the meeting of ${day(p.meetingDate!)}${paren(a)}.`,
  ],
  SESSION_NOT_CLOSED: () => ["Rapat itu belum ditutup; tahap dicatat dari rapat yang sudah ditutup.", "That meeting is not closed yet; a step is recorded from a closed meeting."],
  WRONG_MEETING_KIND: (p, a) => [`Langkah ini diambil dalam ${p.required}, bukan ${p.kind}${paren(a)}.`, `This step is taken in a ${p.required}, not a ${p.kind}${paren(a)}.`],
  DECISION_ALREADY_USED: (p) =>
    Number(p.procedureId) === 0
      ? ["Keputusan itu sudah dipakai untuk langkah lain prosedur ini.", "That decision already completes another step of this procedure."]
      : [`Keputusan itu sudah dipakai untuk prosedur #${p.procedureId}.`, `That decision already completes a step of procedure #${p.procedureId}.`],
  BEFORE_PREVIOUS_STEP: (p) => [
    `Keputusan atau rapat itu (${day(p.at!)}) lebih awal dari langkah sebelumnya (${day(p.previous!)}); tahap berjalan berurutan.`,
    `That decision or meeting (${day(p.at!)}) is earlier than the step before (${day(p.previous!)}); the steps go in order.`,
  ],
  CLOSED_MEETING_MATTER: (p, a) => [`Rapat tertutup tidak dapat mengambil keputusan tentang ${p.matter}${paren(a)}.`, `A closed meeting cannot decide on ${p.matter}${paren(a)}.`],
  OPEN_MEETING_REQUIRED: (_, a) => [`Sumpah/janji diucapkan dalam Rapat Paripurna Terbuka${paren(a)}.`, `The oath is taken in an open plenary${paren(a)}.`],
  DECISION_NOT_PASSED: (p, a) => [`«${p.motion}» DITOLAK dalam rapat; langkah ini memerlukan keputusan yang diterima${paren(a)}.`, `«${p.motion}» was refused; this step needs a decision that passed${paren(a)}.`],
  SPECIAL_MAJORITY_NOT_REACHED: (p, a) => [
    `Keputusan itu disetujui ${p.approvals} anggota; diperlukan paling rendah ${p.required} (${fraction(p)} jumlah anggota${a ? `, ${a}` : ""}).`,
    `That decision was approved by ${p.approvals} members; at least ${p.required} are needed (${fractionEn(p)} of all members${a ? `, ${a}` : ""}).`,
  ],
  ATTENDANCE_TOO_LOW: (p, a) => [
    `Rapat ${day(p.date!)} dihadiri ${p.attended} anggota; diperlukan paling rendah ${p.required} (${fraction(p)} jumlah anggota${a ? `, ${a}` : ""}).`,
    `The meeting of ${day(p.date!)} was attended by ${p.attended} members; at least ${p.required} are needed (${fractionEn(p)} of all members${a ? `, ${a}` : ""}).`,
  ],
  MEETING_NOT_OPENED: (p, a) => [`Rapat ${day(p.date!)} tidak pernah dibuka, jadi tidak sah${paren(a)}.`, `The meeting of ${day(p.date!)} was never opened, so it is not valid${paren(a)}.`],
  UNKNOWN_STAGE: (p, a) => [`Tahap ${p.stage} tidak ada; ada ${p.stages} tahap${paren(a)}.`, `There is no stage ${p.stage}; there are ${p.stages}${paren(a)}.`],
  STAGE_ALREADY_DONE: (p) => [`Tahap ${p.stage} sudah dicatat.`, `Stage ${p.stage} is already recorded.`],
  STAGE_OUT_OF_ORDER: (p, a) => [
    `Tahap ${p.stage} baru dapat dicatat setelah tahap ${p.missing}, kecuali Panitia Musyawarah menentukan lain${paren(a)}.`,
    `Stage ${p.stage} comes after stage ${p.missing}, unless the Panitia Musyawarah decides otherwise${paren(a)}.`,
  ],
  REFERENCE_REQUIRED: (p, a) =>
    p.reference === "decision"
      ? [`Tahap ${p.stage} dicatat dengan keputusan rapatnya${paren(a)}.`, `Stage ${p.stage} is recorded with its meeting's decision${paren(a)}.`]
      : [`Tahap ${p.stage} dicatat dengan rapatnya${paren(a)}.`, `Stage ${p.stage} is recorded with its meeting${paren(a)}.`],
  NOT_WAIVABLE: (p, a) => [`Tahap ${p.stage} tidak dapat ditiadakan${paren(a)}.`, `Stage ${p.stage} cannot be left out${paren(a)}.`],
  NOT_ADOPTED: (_, a) => [
    `Rancangan prakarsa dibahas bertahap setelah rapat paripurna menerimanya sebagai prakarsa BPD${paren(a)}.`,
    `An initiative is discussed in stages once the plenary accepts it as the council's${paren(a)}.`,
  ],
  AMENDMENT_NOT_IN_STAGE: (p, a) => [
    `Usul perubahan ${a === "Pasal 9 ayat (2)" ? "disampaikan" : "diputuskan"} pada pembicaraan tahap ${p.stage}; sekarang tahap ${p.current}${paren(a)}.`,
    `Amendments are ${a === "Pasal 9 ayat (2)" ? "raised" : "decided"} in stage ${p.stage}; the draft is at stage ${p.current}${paren(a)}.`,
  ],
  UNKNOWN_AMENDMENT: (p) => [`Usul perubahan nomor ${p.amendmentNo} tidak ada.`, `There is no amendment number ${p.amendmentNo}.`],
  AMENDMENT_ALREADY_DECIDED: (p) => [`Usul perubahan nomor ${p.amendmentNo} sudah diputuskan.`, `Amendment ${p.amendmentNo} has been decided.`],
  AMENDMENTS_PENDING: (p, a) => [
    `Usul perubahan nomor ${p.amendments} belum diputuskan; tahap III membahas dan memutuskannya${paren(a)}.`,
    `Amendment ${p.amendments} is not decided yet; stage III discusses and decides it${paren(a)}.`,
  ],
  NOT_RECEIVED: (_, a) => [`Rancangan prakarsa diterima saat Pengantarnya diberi nomor oleh Sekretariat${paren(a)}.`, `An initiative is received when its cover is numbered${paren(a)}.`],
  RECEIVED_FIRST: (p, a) => [
    `Rancangan ini diterima lebih dahulu dari rancangan #${p.other}; yang diterima lebih dahulu yang dibicarakan${paren(a)}.`,
    `This draft was received before draft #${p.other}; the one received first is discussed${paren(a)}.`,
  ],
  OTHER_NOT_UNDER_DISCUSSION: (p, a) => [`Rancangan #${p.other} tidak sedang dibicarakan${paren(a)}.`, `Draft #${p.other} is not under discussion${paren(a)}.`],
  SAME_PROCEDURE: () => ["Rancangan tidak dapat menjadi pelengkap dirinya sendiri.", "A draft cannot complement itself."],
  NOT_APPROVED: (_, a) => [`Rancangan belum disetujui dalam pembicaraan tahap IV${paren(a)}.`, `The draft has not been approved in stage IV${paren(a)}.`],
  ALREADY_RECORDED: (p) => [`Sudah dicatat: ${p.number}.`, `Already recorded: ${p.number}.`],
  NO_APPROVAL_DECREE: (_, a) => [`Catat dulu Keputusan BPD yang menyetujuinya${paren(a)}.`, `Record the council's decree approving it first${paren(a)}.`],
  EXCHANGE_OUT_OF_ORDER: (p, a) => [
    `Langkah berikutnya: ${String(p.expected).split(",").map((s) => STEP_NAMES[s]?.[0] ?? s).join(" atau ") || "tidak ada"}${paren(a)}.`,
    `Next step: ${String(p.expected).split(",").map((s) => STEP_NAMES[s]?.[1] ?? s).join(" or ") || "none"}${paren(a)}.`,
  ],
  REQUEST_NOT_APPROVED: (_, a) => [
    `Permintaan keterangan dikirim kepada Kepala Desa setelah disetujui sebagai permintaan keterangan BPD${paren(a)}.`,
    `The request goes to the village head once the council has approved it${paren(a)}.`,
  ],
  BUDGET_YEAR_REQUIRED: (_, a) => [`Sebutkan tahun anggarannya, misalnya /lpj tahunan 2026${paren(a)}.`, `Give the budget year, e.g. /lpj tahunan 2026${paren(a)}.`],
  TERM_END_REQUIRED: (_, a) => [
    `Sebutkan tanggal akhir masa jabatan Kepala Desa, misalnya /lpj akhir 15-08-2027${paren(a)}.`,
    `Give the last day of the village head's term, e.g. /lpj akhir 15-08-2027${paren(a)}.`,
  ],
  VACANCY_REQUIRED: (_, a) => [
    `Sebutkan jabatan yang lowong dan sebabnya, misalnya /pimpinan_bpd lowong ketua meninggal${paren(a)}.`,
    `Name the vacant office and why, e.g. /pimpinan_bpd lowong ketua meninggal${paren(a)}.`,
  ],
  VACANCY_NOT_FOR_NEW_TERM: () => ["Pemilihan awal masa keanggotaan tidak menyebut lowongan.", "An election at the start of the term names no vacancy."],
  OFFICE_NOT_HELD: (p, a) => [`Jabatan ${p.office} tidak dipegang siapa pun dalam daftar BPD${paren(a)}.`, `Nobody on the roster holds the office of ${p.office}${paren(a)}.`],
  OFFICE_NOT_OPEN: (p) => [`Jabatan ${p.office} tidak diisi dalam prosedur ini.`, `The office of ${p.office} is not filled by this procedure.`],
  ALREADY_ELECTED: (p) => [`${p.office} sudah terpilih: ${p.name}.`, `${p.office} already elected: ${p.name}.`],
  ELECTED_TO_OTHER_OFFICE: (p, a) => [`${p.name} sudah terpilih sebagai ${p.office}${paren(a)}.`, `${p.name} is already elected ${p.office}${paren(a)}.`],
  ELECTED_MISMATCH: (p) => [`Hasil pemilihan itu memilih ${p.elected}, bukan ${p.member}.`, `That election chose ${p.elected}, not ${p.member}.`],
  NOT_ELECTED: (p, a) => [`${p.office} belum terpilih${paren(a)}.`, `The ${p.office} has not been elected${paren(a)}.`],
  ALREADY_SWORN: (p) => [`${p.office} sudah mengucapkan sumpah/janji.`, `The ${p.office} has already taken the oath.`],
  NOT_ATTENDING: (p, a) => [`${p.name} tidak tercatat dalam daftar hadir rapat itu${paren(a)}.`, `${p.name} is not on that meeting's attendance list${paren(a)}.`],
  UNKNOWN_OFFICIANT: (_, a) => [
    `Yang mengambil sumpah (Bupati atau pejabat yang ditunjuk) harus tercatat sebagai undangan rapat itu${paren(a)}.`,
    `Whoever administers the oath (the Bupati or the official appointed) must be on that meeting's invitee list${paren(a)}.`,
  ],
  NO_PROCEDURE: (p) => [`Tidak ada prosedur #${p.procedureId} pada BPD ini.`, `This council has no procedure #${p.procedureId}.`],
  NO_DECISION: () => ["Keputusan itu tidak tercatat pada BPD grup ini.", "That decision is not recorded by this group's council."],
  NO_MEETING: () => ["Rapat itu tidak tercatat pada BPD grup ini.", "That meeting is not recorded by this group's council."],
};

/** The sentence for a refusal, in the chat's language, with its article. */
export function procedureRefusal(ctx: BotContext, rejection: Rejection): string {
  const template = (PROCEDURE_MESSAGES as Record<string, Template | undefined>)[rejection.code];
  const article = rejection.citation?.article ?? "";
  if (!template) return ctx.say(`Permintaan ini ditolak (${rejection.code})${paren(article)}.`, `Refused (${rejection.code})${paren(article)}.`);
  return ctx.say(...template(rejection.params, article));
}
