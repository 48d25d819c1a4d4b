import type { InlineKeyboardButton } from "telegraf/types";
import { findMember } from "../../../../domain/council/council.ts";
import type { Council } from "../../../../domain/council/council.ts";
import type { SessionKind } from "../../../../domain/council/rule-book.ts";
import { pendingSteps } from "../../../../domain/council/procedures/pending-steps.ts";
import type { PendingStep } from "../../../../domain/council/procedures/pending-steps.ts";
import type { ProcedureState } from "../../../../domain/council/procedures/procedure-state.ts";
import type { DecisionReference, DecisionSummary, MeetingReference, MeetingSummary } from "../../../../domain/council/procedures/references.ts";
import { roman, stageCitation, stagedRules } from "../../../../domain/council/procedures/stages.ts";
import { requiredCount } from "../../../../domain/council/vote.ts";
import type { BotContext } from "../../../context.ts";
import { button, keyboard } from "../../../keyboard.ts";
import { exchangeCode, procedureData, stepCode } from "./callback-data.ts";
import type { StepRef } from "./callback-data.ts";
import { RULES } from "./procedure-service.ts";
import { day, exchangeStepName, statusName } from "./refusals.ts";

/** A procedure as a card in the group: what it is, where it stands, what it waits for and from whom, and its buttons. */

const a = (citation: { article: string }) => `(${citation.article})`;

function clockOf(iso: string): string {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[1]}.${match[2]}` : "";
}

function name(council: Council, id: string): string {
  return findMember(council, id)?.name ?? id;
}

export function meetingKindName(ctx: BotContext, kind: SessionKind): string {
  const names: Record<SessionKind, readonly [string, string]> = {
    plenary: ["rapat paripurna", "plenary"],
    leadership: ["rapat pimpinan", "leadership meeting"],
    steeringCommittee: ["rapat Panitia Musyawarah", "Panitia Musyawarah meeting"],
    commission: ["rapat bidang", "commission meeting"],
    workingMeeting: ["rapat kerja", "working meeting"],
    hearing: ["rapat dengar pendapat", "hearing"],
  };
  return ctx.say(...names[kind]);
}

/** "Usul permintaan keterangan (Pasal 7)", by kind and, for a draft, its source. */
export function kindName(ctx: BotContext, state: Pick<ProcedureState, "kind" | "source" | "leadership">): string {
  switch (state.kind) {
    case "closedMeetingRequest":
      return ctx.say("Permintaan rapat tertutup (Pasal 39)", "Request for a closed meeting (Pasal 39)");
    case "informationRequest":
      return ctx.say("Usul permintaan keterangan kepada Kepala Desa (Pasal 7)", "Request for information from the village head (Pasal 7)");
    case "agendaChange":
      return ctx.say("Usul perubahan acara rapat (Pasal 58)", "Agenda change (Pasal 58)");
    case "rulesChange":
      return ctx.say("Usul perubahan tata tertib BPD (Pasal 75)", "Change of the rules of procedure (Pasal 75)");
    case "villageRegulation":
      return state.source === "villageHead"
        ? ctx.say("Rancangan Peraturan Desa dari Kepala Desa (Pasal 64)", "Draft village regulation from the village head (Pasal 64)")
        : ctx.say("Rancangan Peraturan Desa usul prakarsa BPD (Pasal 8)", "Draft village regulation on the council's initiative (Pasal 8)");
    case "headReport":
      return ctx.say("Pertanggungjawaban Kepala Desa (Pasal 4-6)", "Village head's accountability report (Pasal 4-6)");
    case "leadership":
      return state.leadership?.cause === "vacancy"
        ? ctx.say("Pengisian lowongan Pimpinan BPD (Pasal 27-29)", "Filling a vacancy in the leadership (Pasal 27-29)")
        : ctx.say("Pemilihan Pimpinan BPD (Pasal 24-26)", "Election of the council leadership (Pasal 24-26)");
  }
}

export function titleOf(ctx: BotContext, state: ProcedureState): string {
  if (state.kind === "headReport" && state.report) {
    return state.report.basis === "annual"
      ? ctx.say(`tahun anggaran ${state.report.budgetYear}`, `budget year ${state.report.budgetYear}`)
      : ctx.say(`akhir masa jabatan ${day(state.report.termEnds ?? "")}`, `end of term ${day(state.report.termEnds ?? "")}`);
  }
  if (state.kind === "leadership") return state.leadership?.cause === "vacancy" ? ctx.say("lowongan", "vacancy") : ctx.say("awal masa keanggotaan", "start of term");
  return state.title;
}

function decisionText(ctx: BotContext, d: DecisionSummary | DecisionReference): string {
  const kind = "sessionKind" in d ? d.sessionKind : d.meeting.kind;
  const date = "sessionDate" in d ? d.sessionDate : d.meeting.date;
  const verdict = d.passed ? ctx.say("DITERIMA", "PASSED") : ctx.say("DITOLAK", "REFUSED");
  const how = d.how === "consensus" ? ctx.say("mufakat", "consensus") : ctx.say(`setuju ${d.approvals} dari ${d.present} hadir`, `${d.approvals} in favour of ${d.present} present`);
  return ctx.say(
    `${meetingKindName(ctx, kind)} ${day(date)}, keputusan ${d.decisionNo}: «${d.motion}» — ${verdict} (${how})`,
    `${meetingKindName(ctx, kind)} ${day(date)}, decision ${d.decisionNo}: «${d.motion}» — ${verdict} (${how})`,
  );
}

function meetingText(ctx: BotContext, m: MeetingSummary | MeetingReference): string {
  const attended = "attended" in m ? m.attended : m.attendees.length;
  return ctx.say(`${meetingKindName(ctx, m.kind)} ${day(m.date)}, dihadiri ${attended} dari ${m.councilSize} anggota`, `${meetingKindName(ctx, m.kind)} ${day(m.date)}, ${attended} of ${m.councilSize} members attending`);
}

export function choiceLine(ctx: BotContext, reference: DecisionReference | MeetingReference): string {
  return "decisionId" in reference ? decisionText(ctx, reference) : meetingText(ctx, reference);
}

function proposalLines(ctx: BotContext, council: Council, state: ProcedureState): string[] {
  const p = state.proposal;
  if (!p) return [];
  const rule = RULES.proposals[p.kind];
  const lines = [
    ctx.say(`Pengusul: ${name(council, p.opener)}${p.version > 1 ? ` · versi ${p.version}` : ""}`, `Proposer: ${name(council, p.opener)}${p.version > 1 ? ` · version ${p.version}` : ""}`),
    p.text,
    ctx.say(
      `Tanda tangan: ${p.signatures.length} dari ${p.required} yang diperlukan (${rule.fraction.numerator}/${rule.fraction.denominator} dari ${p.members} anggota, ${p.citation.article})`,
      `Signatures: ${p.signatures.length} of the ${p.required} needed (${rule.fraction.numerator}/${rule.fraction.denominator} of ${p.members} members, ${p.citation.article})`,
    ),
    ...p.signatures.map((s) => `  ✍️ ${name(council, s.member)} — ${day(s.at)} ${clockOf(s.at)}`),
  ];
  if (p.number) lines.push(ctx.say(`Nomor: ${p.number} ${a(RULES.procedures.numbering[p.kind]!.citation)}`, `Number: ${p.number} ${a(RULES.procedures.numbering[p.kind]!.citation)}`));
  if (state.meetingDate && state.deadline) {
    lines.push(
      ctx.say(
        `Rapat: ${day(state.meetingDate)} · usul paling lambat ${day(state.deadline)} ${a(RULES.agendaChangeNotice.citation)}`,
        `Meeting: ${day(state.meetingDate)} · proposal due by ${day(state.deadline)} ${a(RULES.agendaChangeNotice.citation)}`,
      ),
    );
  }
  return lines;
}

function decisionLines(ctx: BotContext, state: ProcedureState): string[] {
  const lines: string[] = [];
  if (state.consideration) {
    const favourable = state.consideration.outcome === "approved";
    lines.push(ctx.say(`Pertimbangan Panitia Musyawarah (${favourable ? "mendukung" : "tidak mendukung"}): ${decisionText(ctx, state.consideration.decision)}`, `Panitia Musyawarah's consideration (${favourable ? "for" : "against"}): ${decisionText(ctx, state.consideration.decision)}`));
  }
  if (state.decision) {
    const approved = state.decision.outcome === "approved";
    lines.push(ctx.say(`Keputusan: ${approved ? "DISETUJUI" : "DITOLAK"} — ${decisionText(ctx, state.decision.decision)}`, `Decision: ${approved ? "APPROVED" : "REFUSED"} — ${decisionText(ctx, state.decision.decision)}`));
  }
  return lines;
}

function stageLines(ctx: BotContext, state: ProcedureState): string[] {
  if (state.kind !== "villageRegulation" && state.kind !== "headReport") return [];
  if (state.kind === "villageRegulation" && state.source === "councilInitiative" && state.decision?.outcome !== "approved") return [];
  const rules = stagedRules(RULES, state.kind);
  const lines: string[] = [];
  for (const stage of rules.stages) {
    const record = state.stages.find((s) => s.stage === stage.stage);
    const article = stageCitation(stage, state.source).article;
    const text = (state.source && stage.bySource?.[state.source].text) ?? stage.text;
    if (record) {
      const what = record.decision ? decisionText(ctx, record.decision) : meetingText(ctx, record.meeting);
      lines.push(`✅ ${ctx.say("Tahap", "Stage")} ${roman(stage.stage)} (${article}): ${what}`);
      if (record.deadline) {
        const d = record.deadline;
        lines.push(
          d.met
            ? ctx.say(`   Tepat waktu: paling lambat ${day(d.due)} (${d.citation.article}${d.reading ? `; ${d.reading}` : ""})`, `   On time: due by ${day(d.due)} (${d.citation.article})`)
            : ctx.say(`   ⚠️ Terlambat: paling lambat ${day(d.due)}, dilaksanakan ${day(d.heldOn)} (${d.citation.article}${d.reading ? `; ${d.reading}` : ""})`, `   ⚠️ Late: due by ${day(d.due)}, held ${day(d.heldOn)} (${d.citation.article})`),
        );
      }
    } else if (state.waived.includes(stage.stage)) {
      lines.push(ctx.say(`⏭ Tahap ${roman(stage.stage)} ditiadakan oleh Panitia Musyawarah (${rules.deviation.citation.article})`, `⏭ Stage ${roman(stage.stage)} left out by the Panitia Musyawarah (${rules.deviation.citation.article})`));
    } else {
      lines.push(`○ ${ctx.say("Tahap", "Stage")} ${roman(stage.stage)} (${article}): ${text}`);
    }
  }
  return lines;
}

function draftLines(ctx: BotContext, council: Council, state: ProcedureState): string[] {
  if (state.kind !== "villageRegulation") return [];
  const lines: string[] = [];
  if (state.source === "villageHead") {
    lines.push(ctx.say(`Nota Pengantar: ${state.coverNote} · diterima ${day(state.receivedAt ?? "")}`, `Cover note: ${state.coverNote} · received ${day(state.receivedAt ?? "")}`));
  }
  for (const am of state.amendments) {
    const outcome = am.outcome === null ? ctx.say("menunggu keputusan tahap III", "awaiting stage III") : am.outcome === "approved" ? ctx.say("diterima", "adopted") : ctx.say("ditolak", "refused");
    lines.push(ctx.say(`Usul perubahan ${am.amendmentNo} (${name(council, am.member)}): ${am.text} — ${outcome}`, `Amendment ${am.amendmentNo} (${name(council, am.member)}): ${am.text} — ${outcome}`));
  }
  if (state.complementOf) {
    lines.push(ctx.say(`Pelengkap rancangan #${state.complementOf.procedureId} ${state.complementOf.title} (Pasal 65)`, `Complements draft #${state.complementOf.procedureId} ${state.complementOf.title} (Pasal 65)`));
  }
  const regulation = RULES.procedures.villageRegulation;
  if (state.approvalDecree) lines.push(ctx.say(`Persetujuan BPD: ${state.approvalDecree} ${a(regulation.approvalDecree.citation)}`, `Council approval: ${state.approvalDecree} ${a(regulation.approvalDecree.citation)}`));
  if (state.regulationNumber) lines.push(ctx.say(`Ditandatangani Kepala Desa: ${state.regulationNumber} ${a(regulation.signedByHead.citation)}`, `Signed by the village head: ${state.regulationNumber} ${a(regulation.signedByHead.citation)}`));
  return lines;
}

function reportLines(ctx: BotContext, state: ProcedureState): string[] {
  const report = state.report;
  if (!report) return [];
  const rule = report.basis === "annual" ? RULES.headReport.annualDeadline : RULES.headReport.endOfTermDeadline;
  return [
    ctx.say(
      `Penjelasan tahap I paling lambat ${day(report.due)} (${rule.citation.article}${report.reading ? `; ${report.reading}` : ""}); setiap rapat dihadiri paling rendah 2/3 jumlah anggota (${RULES.headReport.attendance.citation.article}).`,
      `Stage I explanation due by ${day(report.due)} (${rule.citation.article}${report.reading ? '; read as "at the latest", the text says "at the earliest"' : ""}); each meeting attended by at least 2/3 of all members (${RULES.headReport.attendance.citation.article}).`,
    ),
  ];
}

function exchangeLines(ctx: BotContext, state: ProcedureState): string[] {
  return state.exchange.map((e) => `✅ ${exchangeStepName(ctx, e.step)} — ${day(e.at)}${e.note ? `: ${e.note}` : ""}`);
}

function leadershipLines(ctx: BotContext, council: Council, state: ProcedureState): string[] {
  const l = state.leadership;
  if (!l) return [];
  const lines: string[] = [];
  if (l.temporary) {
    lines.push(
      ctx.say(
        `Pimpinan sementara: ${name(council, l.temporary.presiding)}, dibantu ${l.temporary.assisting ? name(council, l.temporary.assisting) : "-"}${l.temporary.tie ? " (tahun lahir sama: BPD menegaskan)" : ""} (Pasal 16 ayat (1))`,
        `Temporary leadership: ${name(council, l.temporary.presiding)}, assisted by ${l.temporary.assisting ? name(council, l.temporary.assisting) : "-"}${l.temporary.tie ? " (same birth year: the council confirms)" : ""} (Pasal 16 ayat (1))`,
      ),
    );
  }
  if (l.acting) lines.push(ctx.say(`Wakil Ketua ${name(council, l.acting)} menjalankan tugas Ketua (Pasal 15 ayat (3))`, `Vice chair ${name(council, l.acting)} acts as chair (Pasal 15 ayat (3))`));
  for (const o of l.offices) {
    const office = RULES.procedures.leadership.offices[o.office].name;
    const parts = [office];
    if (o.vacated) parts.push(ctx.say(`lowong (${name(council, o.vacated.member)}, ${o.vacated.reason === "died" ? "meninggal dunia" : "meletakkan jabatan"})`, `vacant (${name(council, o.vacated.member)}, ${o.vacated.reason === "died" ? "died" : "resigned"})`));
    if (o.elected) parts.push(ctx.say(`terpilih ${name(council, o.elected.member)} — ${decisionText(ctx, o.elected.decision)}`, `elected ${name(council, o.elected.member)} — ${decisionText(ctx, o.elected.decision)}`));
    if (o.sworn) parts.push(ctx.say(`sumpah/janji ${day(o.sworn.meeting.date)} di hadapan ${o.sworn.officiant}`, `oath ${day(o.sworn.meeting.date)} before ${o.sworn.officiant}`));
    lines.push(`• ${parts.join("; ")}`);
  }
  return lines;
}

/** "Menunggu …": what the step waits for, from whom, and its article. */
export function waitingLine(ctx: BotContext, state: ProcedureState, step: PendingStep): string {
  const art = step.citation.article;
  switch (step.kind) {
    case "sign":
      return ctx.say(`Menunggu ${step.missing} tanda tangan lagi dari anggota BPD (${art})`, `Waiting for ${step.missing} more signatures from members (${art})`);
    case "number":
      return ctx.say(`Menunggu nomor dari Sekretariat BPD (${art})`, `Waiting for the secretariat's number (${art})`);
    case "consider":
      return ctx.say(`Menunggu pertimbangan Panitia Musyawarah: keputusan rapatnya yang sudah ditutup (${art})`, `Waiting for the Panitia Musyawarah's consideration: a decision of its closed meeting (${art})`);
    case "decide": {
      if (step.from === "steeringCommittee") return ctx.say(`Menunggu keputusan rapat Panitia Musyawarah (${art})`, `Waiting for the decision of a Panitia Musyawarah meeting (${art})`);
      const majority = state.kind === "informationRequest" ? RULES.majorities.villageHeadInformation : state.kind === "rulesChange" ? RULES.majorities.rulesChange : RULES.majorities.villageRegulationInitiative;
      const members = state.proposal?.members ?? 0;
      const needed = requiredCount(majority, members);
      const explain = state.proposal ? RULES.procedures.proposersExplain[state.proposal.kind] : undefined;
      return ctx.say(
        `Menunggu keputusan rapat paripurna, disetujui paling rendah ${needed} dari ${members} anggota (${art})${explain ? `; para pengusul diberi kesempatan menjelaskan dalam rapat itu (${explain.citation.article})` : ""}`,
        `Waiting for the plenary's decision, approved by at least ${needed} of ${members} members (${art})${explain ? `; the proposers may explain it in that plenary (${explain.citation.article})` : ""}`,
      );
    }
    case "stage":
      return step.reference === "decision"
        ? ctx.say(`Menunggu tahap ${roman(step.stage!)}: keputusan ${meetingKindName(ctx, step.meetingKind!)} yang sudah ditutup (${art})`, `Waiting for stage ${roman(step.stage!)}: a decision of a closed ${meetingKindName(ctx, step.meetingKind!)} (${art})`)
        : ctx.say(`Menunggu tahap ${roman(step.stage!)}: ${meetingKindName(ctx, step.meetingKind!)} yang sudah ditutup (${art})`, `Waiting for stage ${roman(step.stage!)}: a closed ${meetingKindName(ctx, step.meetingKind!)} (${art})`);
    case "amendment":
      return ctx.say(`Menunggu keputusan atas usul perubahan ${step.amendmentNo} dalam tahap III (${art})`, `Waiting for the decision on amendment ${step.amendmentNo} in stage III (${art})`);
    case "approvalDecree":
      return ctx.say(`Menunggu Keputusan BPD yang menyetujuinya: /perdes setuju NOMOR_RANCANGAN NOMOR_KEPUTUSAN (${art})`, `Waiting for the council's decree approving it: /perdes setuju DRAFT DECREE_NUMBER (${art})`);
    case "headSignature":
      return ctx.say(`Menunggu tanda tangan Kepala Desa: /perdes ttd NOMOR_RANCANGAN NOMOR_PERDES (${art})`, `Waiting for the village head's signature: /perdes ttd DRAFT REGULATION_NUMBER (${art})`);
    case "exchange":
      return ctx.say(`Berikutnya dapat dicatat: ${exchangeStepName(ctx, step.exchangeStep!)} (${art})`, `May be recorded next: ${exchangeStepName(ctx, step.exchangeStep!)} (${art})`);
    case "elect":
      return ctx.say(`Menunggu pemilihan ${RULES.procedures.leadership.offices[step.office!].name} dalam rapat paripurna (${art})`, `Waiting for the election of the ${step.office === "chair" ? "chair" : "vice chair"} in a plenary (${art})`);
    case "oath":
      return ctx.say(`Menunggu sumpah/janji ${RULES.procedures.leadership.offices[step.office!].name} dalam Rapat Paripurna Terbuka (${art})`, `Waiting for the ${step.office === "chair" ? "chair" : "vice chair"}'s oath in an open plenary (${art})`);
  }
}

export function cardText(ctx: BotContext, council: Council, id: number, state: ProcedureState): string {
  const lines = [
    `📄 #${id} ${kindName(ctx, state)}`,
    `«${titleOf(ctx, state)}» — ${statusName(ctx, state.status)}`,
    ...proposalLines(ctx, council, state),
    ...decisionLines(ctx, state),
    ...draftLines(ctx, council, state),
    ...reportLines(ctx, state),
    ...stageLines(ctx, state),
    ...exchangeLines(ctx, state),
    ...leadershipLines(ctx, council, state),
    ...pendingSteps(state, RULES).map((step) => `⏳ ${waitingLine(ctx, state, step)}`),
  ];
  return lines.filter((line) => line !== "").join("\n");
}

/** The step a pending step's button names. */
export function stepRefOf(step: PendingStep): StepRef | undefined {
  switch (step.kind) {
    case "consider":
      return { kind: "consider" };
    case "decide":
      return { kind: "decide" };
    case "stage":
      return { kind: "stage", stage: step.stage! };
    case "amendment":
      return { kind: "amendment", amendmentNo: step.amendmentNo! };
    case "elect":
      return { kind: "elect", office: step.office! };
    case "oath":
      return { kind: "oath", office: step.office! };
    default:
      return undefined;
  }
}

function stepButton(ctx: BotContext, id: number, step: PendingStep): InlineKeyboardButton.CallbackButton | undefined {
  const ref = stepRefOf(step);
  const office = step.office ? RULES.procedures.leadership.offices[step.office].name : "";
  switch (step.kind) {
    case "number":
      return button(ctx.say("🔢 Beri nomor", "🔢 Number it"), procedureData(id, "no"));
    case "exchange":
      return button(`✅ ${exchangeStepName(ctx, step.exchangeStep!)}`, procedureData(id, "x", exchangeCode(step.exchangeStep!)));
    case "consider":
      return button(ctx.say("📋 Pertimbangan Panitia Musyawarah", "📋 Panitia Musyawarah's view"), procedureData(id, "cd", stepCode(ref!)));
    case "decide":
      return button(ctx.say("📋 Keputusan rapat", "📋 Meeting's decision"), procedureData(id, "cd", stepCode(ref!)));
    case "stage":
      return button(ctx.say(`📋 Catat tahap ${roman(step.stage!)}`, `📋 Record stage ${roman(step.stage!)}`), procedureData(id, step.reference === "meeting" ? "cm" : "cd", stepCode(ref!)));
    case "amendment":
      return button(ctx.say(`📋 Putuskan usul perubahan ${step.amendmentNo}`, `📋 Decide amendment ${step.amendmentNo}`), procedureData(id, "cd", stepCode(ref!)));
    case "elect":
      return button(ctx.say(`🗳 Pemilihan ${office}`, `🗳 Election of ${office}`), procedureData(id, "cd", stepCode(ref!)));
    case "oath":
      return button(ctx.say(`🤝 Sumpah ${office}`, `🤝 Oath of ${office}`), procedureData(id, "cm", stepCode(ref!)));
    default:
      return undefined;
  }
}

export function cardKeyboard(ctx: BotContext, id: number, state: ProcedureState) {
  const buttons: InlineKeyboardButton.CallbackButton[] = [];
  if (state.status === "open" && state.proposal && state.decision === null) {
    buttons.push(
      button(ctx.say("✍️ Tanda tangan", "✍️ Sign"), procedureData(id, "sg")),
      button(ctx.say("↩️ Tarik tanda tangan", "↩️ Withdraw signature"), procedureData(id, "ws")),
      button(ctx.say("🗑 Tarik usul", "🗑 Withdraw proposal"), procedureData(id, "wd")),
    );
  }
  for (const step of pendingSteps(state, RULES)) {
    if (step.kind === "sign") continue;
    const b = stepButton(ctx, id, step);
    if (b) buttons.push(b);
  }
  return buttons.length ? keyboard(buttons, 2) : undefined;
}

/** One line of a list: "#3 Raperdes … — menunggu …". */
export function listLine(ctx: BotContext, id: number, state: ProcedureState): string {
  const first = pendingSteps(state, RULES)[0];
  const waiting = first ? waitingLine(ctx, state, first) : statusName(ctx, state.status);
  return `#${id} ${kindName(ctx, state)}: «${titleOf(ctx, state)}» — ${waiting}`;
}
