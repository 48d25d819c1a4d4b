import { DateTime } from "luxon";
import type { CourseEntry, GuestAttendance, MemberAttendance, Minutes, MinutesDecision, PersonRef } from "../../../../domain/council/minutes/index.ts";
import type { Citation } from "../../../../domain/shared/citation.ts";
import { formatCitation } from "../../../../domain/shared/citation.ts";
import { decisionLine } from "../board.ts";
import { choiceName, citationSuffix, clock } from "../messages.ts";

/**
 * The minutes as a sequence of blocks in Indonesian, laid out alike by the .odt and the .pdf so both say the same.
 * Each particular carries its article; times are the council's wall clock with its zone (WIB, WITA, WIT).
 */

export interface MinutesDocumentMeta {
  /** The session's id in the store, printed in the footer so a paper copy leads back to its log. */
  readonly sessionId: number | string;
}

export interface FieldRow {
  /** "a" … "h" for the particulars of Pasal 56 ayat (2); empty for the others. */
  readonly letter: string;
  readonly label: string;
  readonly value: string;
  readonly basis: string;
}

export interface LabelledItem {
  readonly label: string;
  readonly text: string;
  readonly details: readonly string[];
}

export type MinutesBlock =
  | { readonly kind: "marking"; readonly text: string }
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "subtitle"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "fields"; readonly rows: readonly FieldRow[] }
  | { readonly kind: "paragraph"; readonly text: string; readonly small?: boolean }
  /** Numbered 1, 2, 3 … by the document (the course). */
  | { readonly kind: "numbered"; readonly items: readonly string[] }
  /** Numbered by the record itself (decisions keep their numbers when an item is left out). */
  | { readonly kind: "labelled"; readonly items: readonly LabelledItem[] }
  | { readonly kind: "signatures"; readonly place: string; readonly lines: readonly { readonly caption: string | null; readonly role: string; readonly name: string }[] };

export const GENERATOR = "Asisten Desa";

const ZONES: Readonly<Record<string, string>> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };
const ROLES = { chair: "Ketua BPD", viceChair: "Wakil Ketua BPD", member: "Anggota BPD" } as const;

export function zoneLabel(zone: string): string {
  return ZONES[zone] ?? zone;
}

/** "Risalah Sementara Rapat Paripurna BPD Sukamaju" — the document's title line. */
export function documentTitle(minutes: Minutes): string {
  return `${minutes.record.title} ${meetingName(minutes)}`;
}

/** "Rapat Kerja Bidang Pembangunan"; "Rapat Bidang" and "Bidang Pemerintahan" make "Rapat Bidang Pemerintahan". */
function meetingKind(minutes: Minutes): string {
  const { kindName, commissionName } = minutes.meeting;
  if (!commissionName) return kindName;
  return kindName.endsWith(" Bidang") && commissionName.startsWith("Bidang ") ? `${kindName.slice(0, -" Bidang".length)} ${commissionName}` : `${kindName} ${commissionName}`;
}

function meetingName(minutes: Minutes): string {
  return `${meetingKind(minutes)} BPD ${minutes.village}`;
}

function longDateTime(iso: string, zone: string): string {
  return `${DateTime.fromISO(iso, { zone }).setLocale("id").toFormat("d LLLL yyyy HH.mm")} ${zoneLabel(zone)}`;
}

/** The time alone on the same day; with the date when a postponement or suspension runs to another day (Pasal 45 ayat (2)). */
function until(iso: string, from: string, zone: string): string {
  return iso.slice(0, 10) === from.slice(0, 10) ? clock(iso) : longDateTime(iso, zone);
}

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} detik`;
  return s === 0 ? `${m} menit` : `${m} menit ${s} detik`;
}

function list(people: readonly PersonRef[]): string {
  return people.map((p) => p.name).join(", ");
}

function stints(row: MemberAttendance): string {
  return `hadir ${row.stints.map((s) => `${clock(s.signedInAt)}–${s.leftAt ? clock(s.leftAt) : "selesai"}`).join(", ")}`;
}

function memberLine(row: MemberAttendance): string {
  return `${row.person.name}, ${ROLES[row.role]} — ${stints(row)}`;
}

function guestLine(guest: GuestAttendance): string {
  const what = guest.description ? `, ${guest.description}` : "";
  return `${guest.person.name}${what} — hadir ${clock(guest.signedInAt)}–${guest.leftAt ? clock(guest.leftAt) : "selesai"}`;
}

function basis(...citations: (Citation | null)[]): string {
  return [...new Set(citations.filter((c): c is Citation => c !== null).map((c) => c.article))].join("; ");
}

function fields(m: Minutes): FieldRow[] {
  const zone = zoneLabel(m.zone);
  const nature = m.meeting.nature === "closed" ? "tertutup" : "terbuka";
  const election = m.meeting.leadershipElection ? " — pemilihan Pimpinan BPD" : "";
  const agenda = m.agenda.items.map((i) => `${i.itemNo}. ${i.omitted ? "(tidak dimuat)" : i.title}`).join("; ");
  const opened = m.times.openedAt ? `dibuka ${clock(m.times.openedAt)}` : "tidak dibuka";
  const hours = m.times.outsideMeetingHours ? ` (di luar waktu rapat ${m.times.meetingHoursCitation.article}, atas keputusan rapat)` : "";
  const chairChanges = m.chair.changes.map((c) => `${changeText(c.how, c.from.name, c.to.name)} pukul ${clock(c.at)}`);
  const assisting = m.chair.assisting ? `, dibantu ${m.chair.assisting.name}${citationSuffix(m.chair.assistingCitation ?? undefined)}` : "";
  const guests = [...m.invitees.guests.map((g) => g.person.name), ...m.invitees.councilMembers.map((r) => r.person.name)];
  const rows: FieldRow[] = [
    { letter: "a", label: "Jenis dan sifat rapat", value: `${meetingKind(m)}, ${nature}${election}`, basis: basis(m.meeting.citation, m.meeting.natureCitation) },
    { letter: "b", label: "Hari dan tanggal", value: m.date.text, basis: basis(m.date.citation) },
    { letter: "c", label: "Tempat", value: m.place.text, basis: basis(m.place.citation) },
    { letter: "d", label: "Acara", value: agenda, basis: basis(m.agenda.citation, m.omitted?.citation ?? null) },
    { letter: "e", label: "Waktu", value: `${opened}, ditutup ${clock(m.times.closedAt)} ${zone} (dijadwalkan ${clock(m.times.plannedStart)})${hours}`, basis: basis(m.times.citation) },
    { letter: "f", label: "Ketua rapat", value: [`${m.chair.presiding.name}${assisting}`, ...chairChanges].join("; "), basis: basis(m.chair.citation, ...m.chair.changes.map((c) => c.citation)) },
    { letter: "", label: "Sekretaris rapat", value: m.secretary.person?.name ?? "-", basis: basis(m.secretary.citation) },
    { letter: "g", label: "Anggota yang hadir", value: `${m.attendance.count} dari ${m.attendance.bodySize} anggota (kuorum ${m.attendance.quorum.required}): ${list(m.attendance.members.map((r) => r.person)) || "-"}`, basis: basis(m.attendance.citation, m.attendance.quorum.citation) },
    { letter: "h", label: "Undangan yang hadir", value: guests.length ? `${guests.length}: ${guests.join(", ")}` : "tidak ada", basis: basis(m.invitees.citation, m.invitees.listCitation) },
  ];
  if (m.observers.guests.length) rows.push({ letter: "", label: "Peninjau", value: `${m.observers.guests.length}: ${list(m.observers.guests.map((g) => g.person))}`, basis: basis(m.observers.citation) });
  for (const p of m.postponements) {
    rows.push({ letter: "", label: "Penundaan", value: `pukul ${clock(p.at)} sampai ${until(p.until, p.at, m.zone)}: ${p.present} anggota hadir, kuorum ${p.required}`, basis: basis(p.citation) });
  }
  for (const s of m.suspensions) {
    rows.push({ letter: "", label: "Skorsing", value: `pukul ${clock(s.at)} sampai ${until(s.until, s.at, m.zone)}${s.resumedAt ? `, dilanjutkan ${until(s.resumedAt, s.at, m.zone)}` : ""}`, basis: basis(s.citation) });
  }
  return rows;
}

function changeText(how: "handedOver" | "takenBack" | "takenOver", from: string, to: string): string {
  switch (how) {
    case "handedOver":
      return `diserahkan untuk sementara oleh ${from} kepada ${to}`;
    case "takenBack":
      return `diterima kembali oleh ${to} dari ${from}`;
    case "takenOver":
      return `diambil alih oleh ${to} karena ${from} tidak hadir`;
  }
}

const ENDED: Readonly<Record<string, string>> = {
  left: "; berhenti karena meninggalkan rapat",
  suspended: "; terhenti karena rapat diskors",
  forbidden: "; dihentikan karena dilarang meneruskan pembicaraan",
  askedToLeave: "; dihentikan karena diminta meninggalkan rapat",
};

function interruptionText(e: Extract<CourseEntry, { type: "interruption" }>): string {
  const purpose = e.purpose === "postpone" ? "usul menunda pembicaraan" : "meminta penjelasan";
  const over = e.speaker ? ` atas pembicaraan ${e.speaker.name}` : "";
  const answer =
    e.outcome === "allowed"
      ? `diizinkan ${duration(e.seconds ?? 0)}${e.endedAt ? `, selesai ${clock(e.endedAt)}` : ""}, tanpa perdebatan`
      : e.outcome === "refused"
        ? "tidak diizinkan"
        : "tidak diputuskan sampai pembicaraan selesai";
  return `${e.member.name} meminta interupsi (${purpose}, ${e.citation.article})${over}: ${answer}.`;
}

function courseLine(e: CourseEntry, m: Minutes): string | null {
  const at = clock(e.at);
  const recordName = m.record.name.toLowerCase();
  switch (e.type) {
    case "opened":
      return `${at} Rapat dibuka: ${e.present} dari ${e.members} anggota hadir, kuorum ${e.required}${e.withoutQuorum ? ", dibuka tanpa kuorum karena pemilihan tetap dilaksanakan" : ""}${citationSuffix(e.citation)}.`;
    case "item":
      return `${at} Acara ${e.itemNo}: ${e.title}.`;
    case "omitted":
      return `${at} Acara ${e.itemNo}: tidak dimuat dalam ${recordName} atas keputusan Pimpinan BPD${citationSuffix(e.citation)}.`;
    case "registration":
      return e.speakers.length ? `${at} Pendaftaran pembicara babak ${e.round}: ${list(e.speakers)}${citationSuffix(e.citation)}.` : null;
    case "orderChanged":
      return `${at} Urutan pembicara diubah, ${e.moved.name} didahulukan; urutan: ${list(e.order)}${citationSuffix(e.citation)}.`;
    case "passedOver":
      return `${at} ${e.speaker.name} tidak hadir pada gilirannya; gilirannya dilewati${citationSuffix(e.citation)}.`;
    case "floor": {
      const who = e.speaker.kind === "invitee" ? `${e.speaker.name} (undangan)` : e.speaker.name;
      const until = e.endedAt ? `–${clock(e.endedAt)}` : "";
      return `${at}${until} ${who} berbicara, waktu ${duration(e.seconds)}${citationSuffix(e.citation)}${e.endedBecause ? (ENDED[e.endedBecause] ?? "") : ""}.`;
    }
    case "interruption":
      return `${at} ${interruptionText(e)}`;
    case "speakingTimeWarning":
      return `${at} ${e.person.name} diperingatkan supaya mengakhiri pembicaraan: waktu bicara terlampaui ${duration(e.overBySeconds)}${citationSuffix(e.citation)}.`;
    case "offTopicWarning":
      return `${at} ${e.person.name} diperingatkan karena pembicaraannya menyimpang dari pokok permasalahan${citationSuffix(e.citation)}.`;
    case "improperWordsWarning": {
      const warned = `${at} ${e.person.name} diperingatkan karena perkataan yang tidak layak${citationSuffix(e.citation)}`;
      if (e.retractedAt) return `${warned}; perkataan itu ditarik kembali pukul ${clock(e.retractedAt)} dan tidak dimuat dalam ${recordName}${citationSuffix(e.retractionCitation ?? undefined)}.`;
      return e.words ? `${warned}: “${e.words}”.` : `${warned}.`;
    }
    case "speechForbidden":
      return `${at} ${e.person.name} dilarang meneruskan pembicaraan${citationSuffix(e.citation)}.`;
    case "askedToLeave":
      return `${at} ${e.person.name} diminta meninggalkan rapat${citationSuffix(e.citation)}.`;
    case "chair":
      return `${at} Pimpinan rapat ${changeText(e.change.how, e.change.from.name, e.change.to.name)}${citationSuffix(e.change.citation)}.`;
    case "quorum":
      return `${at} ${e.reached ? "Kuorum kembali terpenuhi" : "Kuorum tidak lagi terpenuhi"}: ${e.present} dari ${e.members} anggota hadir, diperlukan ${e.required}${citationSuffix(e.citation)}.`;
    case "suspended":
      return `${at} Rapat diskors sampai ${until(e.until, e.at, m.zone)}${citationSuffix(e.citation)}.`;
    case "resumed":
      return `${at} Rapat dilanjutkan.`;
    case "decision":
      return `${at} Keputusan ${decisionLine(e.decision, candidateName(e.decision))}.`;
    case "voteCancelled":
      return `${at} Pemungutan suara “${e.motion}” dibatalkan: ${e.reason}.`;
    case "closed":
      return `${at} Rapat ditutup.`;
  }
}

function candidateName(decision: MinutesDecision): (id: string) => string {
  return (id) => decision.candidates?.find((c) => c.id === id)?.name ?? id;
}

function decisionItem(d: MinutesDecision): LabelledItem {
  const details: string[] = [];
  if (d.how === "consensus") details.push(`Musyawarah mufakat: disetujui seluruh ${d.consensusOf ?? 0} anggota hadir yang berhak suara.`);
  if (d.how === "showOfHands") details.push("Pemungutan suara dengan mengangkat tangan; hanya jumlah suara yang dicatat.");
  if (d.how === "vote") details.push(d.secret ? "Pemungutan suara rahasia: hanya jumlah suara yang dicatat." : "Pemungutan suara terbuka.");
  for (const group of d.ballots ?? []) {
    const choice = d.candidates && group.choice !== "abstain" ? candidateName(d)(group.choice) : choiceName(group.choice);
    if (group.voters.length) details.push(`${choice}: ${list(group.voters)}.`);
  }
  if (d.elected) details.push(`Terpilih: ${d.elected.name}.`);
  if (d.matterRule) details.push(`Mengenai: ${d.matterRule.text}${citationSuffix(d.matterRule.citation)}.`);
  if (d.itemNo !== null) details.push(`Acara ${d.itemNo}, pukul ${clock(d.at)}.`);
  return { label: `${d.decisionNo}.`, text: decisionLine(d, candidateName(d)).replace(/^\d+\. /, ""), details };
}

function corrections(m: Minutes): MinutesBlock[] {
  if (m.correctionWindow) {
    const to = m.correctionWindow.to ? ` (${m.correctionWindow.to.name})` : "";
    return [
      { kind: "heading", text: "Koreksi" },
      {
        kind: "paragraph",
        text: `${m.record.title} ini dibagikan kepada anggota BPD dan pihak yang bersangkutan. Koreksi disampaikan kepada Sekretaris BPD${to} dalam ${m.correctionWindow.days} hari sejak ${m.record.title.toLowerCase()} diterima (${formatCitation(m.correctionWindow.citation)}).`,
      },
    ];
  }
  if (m.corrections === null || (m.corrections.items.length === 0 && m.record.kind !== "risalah")) return [];
  const items = m.corrections.items.map((c, i) => {
    const settled =
      c.settledBy === null ? [] : [`Perbedaan pendapat diputuskan oleh ${c.settledBy.kind === "chair" ? `Ketua Rapat ${c.settledBy.person.name}` : "Panitia Musyawarah"}${citationSuffix(c.settledCitation ?? undefined)}.`];
    return { label: `${i + 1}.`, text: `${c.by.name}, ${longDateTime(c.at, m.zone)}: ${c.text}`, details: settled };
  });
  return [
    { kind: "heading", text: `Koreksi (${m.corrections.citation.article})` },
    items.length ? { kind: "labelled", items } : { kind: "paragraph", text: "Tidak ada koreksi." },
  ];
}

function signatures(m: Minutes): MinutesBlock[] {
  if (m.record.status !== "official") {
    return [{ kind: "paragraph", text: `${m.record.title}: belum ditandatangani${m.record.statusCitation ? ` (${m.record.statusCitation.article})` : ""}.` }];
  }
  const lines = m.signatures.lines.map((s) => ({
    caption: s.acknowledges ? "Mengetahui," : null,
    role: s.role === "secretary" ? "Sekretaris BPD" : "Ketua Rapat",
    name: s.person?.name ?? "",
  }));
  return [
    { kind: "paragraph", text: `Ditandatangani menurut ${m.signatures.lines[0]?.citation.article ?? ""} ${m.regulation}.`, small: true },
    { kind: "signatures", place: `${m.village}, ....................`, lines },
  ];
}

function attendanceBlocks(m: Minutes): MinutesBlock[] {
  const blocks: MinutesBlock[] = [{ kind: "heading", text: `Daftar Hadir Anggota (${m.attendance.citation.article}; ${m.attendance.signInCitation.article})` }];
  blocks.push(m.attendance.members.length ? { kind: "numbered", items: m.attendance.members.map(memberLine) } : { kind: "paragraph", text: "Tidak ada anggota yang menandatangani daftar hadir." });
  const invitees = [...m.invitees.guests.map(guestLine), ...m.invitees.councilMembers.map((r) => `${memberLine(r)} (${m.invitees.councilMemberCitation.article})`)];
  if (invitees.length) blocks.push({ kind: "heading", text: `Daftar Hadir Undangan (${m.invitees.listCitation.article})` }, { kind: "numbered", items: invitees });
  if (m.observers.guests.length) blocks.push({ kind: "heading", text: `Peninjau (${m.observers.citation.article})` }, { kind: "numbered", items: m.observers.guests.map(guestLine) });
  return blocks;
}

export function minutesBlocks(m: Minutes, meta: MinutesDocumentMeta): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  if (m.marking) {
    blocks.push({ kind: "marking", text: m.marking.label });
    blocks.push({ kind: "paragraph", text: `Sifat rapat: ${m.marking.label} (${m.marking.citation.article}). Pembicaraan dalam rapat tertutup bersifat rahasia dan tidak boleh diumumkan (${m.marking.secrecyCitation.article}).` });
  }
  blocks.push({ kind: "title", text: m.record.title.toUpperCase() }, { kind: "subtitle", text: meetingName(m) });
  if (m.record.addressedTo) blocks.push({ kind: "paragraph", text: `Kepada Yth. ${m.record.addressedTo} ${m.village}` });
  blocks.push({ kind: "paragraph", text: `Dasar: ${basis(m.record.citation, m.record.contentCitation, m.record.statusCitation)} ${m.regulation}.`, small: true });
  if (m.record.note) blocks.push({ kind: "paragraph", text: `Catatan: ${m.record.note}`, small: true });

  blocks.push({ kind: "heading", text: `Keterangan Rapat (${m.record.contentCitation.article})` }, { kind: "fields", rows: fields(m) });
  blocks.push(...attendanceBlocks(m));

  const course = m.course.map((e) => courseLine(e, m)).filter((line): line is string => line !== null);
  blocks.push({ kind: "heading", text: `Jalannya Rapat (${m.courseCitation.article})` }, { kind: "numbered", items: course });
  if (m.omitted) {
    blocks.push({ kind: "paragraph", text: `Atas keputusan Pimpinan BPD, acara nomor ${m.omitted.items.join(", ")} tidak dimuat (${m.omitted.citation.article}).` });
  }

  blocks.push({ kind: "heading", text: "Keputusan Rapat" });
  blocks.push(m.decisions.length ? { kind: "labelled", items: m.decisions.map(decisionItem) } : { kind: "paragraph", text: "Rapat tidak mengambil keputusan." });
  blocks.push(...corrections(m), ...signatures(m));
  blocks.push({ kind: "paragraph", text: `Dibuat oleh ${GENERATOR} dari log rapat nomor ${meta.sessionId}; keadaan per ${longDateTime(m.asOf, m.zone)}.`, small: true });
  return blocks;
}
