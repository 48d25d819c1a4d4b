import { formatIsoDate } from "../../../domain/region/indonesian-date.ts";
import type { Procedure, ProcedureStage } from "../../../domain/region/procedures.ts";
import { proposalStatus, type Proposal, type ProposalDocument, type StageRejectionCode } from "../../../domain/region/proposal.ts";
import { KIND_NAMES } from "../../../domain/region/region-rule-book.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import type { Rejection } from "../../../domain/shared/rejection.ts";
import type { ProposalSummary } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { regionData } from "./callback-data.ts";
import { decisionText, type CouncilDecisions } from "./council-decisions.ts";
import type { RegionReply } from "./reply.ts";
import { citations } from "./requirement-replies.ts";

const MAX_LISTED = 30;

function documentLine(document: ProposalDocument, decisions: CouncilDecisions): string {
  const decision = document.councilDecisionId === null ? undefined : decisions.get(document.councilDecisionId);
  const title = decision ? `Keputusan BPD — ${decisionText(decision)}` : document.title;
  return document.village ? `   • ${document.village}: ${title}` : `   • ${title}`;
}

/** "Keputusan bupati/walikota; Usulan kepada gubernur, dengan lampiran: 1. …, 2. …" */
export function documentsText(documents: readonly string[]): string {
  const parts: string[] = [];
  for (const document of documents) {
    const last = parts.length - 1;
    if (document.startsWith("  ") && last >= 0) parts[last] = `${parts[last]}${parts[last]!.endsWith(":") ? " " : ", "}${document.trim()}`;
    else parts.push(document);
  }
  return parts.join("; ");
}

export function recordCommand(proposal: number, stage: number): string {
  return `/catat_tahap ${proposal} ${stage} TANGGAL DOKUMEN; DOKUMEN`;
}

/** A proposal's card: every recorded stage with its date and documents, then what comes next. */
export function proposalReply(ctx: BotContext, procedure: Procedure, proposal: Proposal, zone: string, decisions: CouncilDecisions = new Map()): RegionReply {
  const lines = [
    ctx.say(
      `Usulan #${proposal.id}: ${proposal.name} (pembentukan ${KIND_NAMES[proposal.kind]}, ${formatCitation(procedure.citation)})`,
      `Proposal #${proposal.id}: ${proposal.name} (forming a ${KIND_NAMES[proposal.kind]}, ${formatCitation(procedure.citation)})`,
    ),
  ];
  if (proposal.stages.length === 0) lines.push(ctx.say("Belum ada tahap yang dicatat.", "No stage recorded yet."));
  for (const record of proposal.stages) {
    const stage = procedure.stages[record.stage - 1];
    const outcome = record.outcome === "rejected" ? ctx.say(" — DITOLAK", " — REFUSED") : "";
    lines.push(`${record.stage}. ${stage?.title ?? ""} — ${formatIsoDate(record.decidedOn)}${outcome}`, ...record.documents.map((document) => documentLine(document, decisions)));
  }
  lines.push("");
  const status = proposalStatus(procedure, proposal, zone);
  const buttons = [];
  if (status.kind === "open") {
    const next = status.next;
    lines.push(
      ctx.say(`Berikutnya: tahap ${next.number} — ${next.title}`, `Next: stage ${next.number} — ${next.title}`),
      `(${citations(next.citations)})`,
      ctx.say(`Dokumen: ${documentsText(next.documents)}`, `Documents: ${documentsText(next.documents)}`),
      ...(status.deadline
        ? [
            ctx.say(
              `Batas peresmian: ${formatIsoDate(status.deadline)} (${procedure.inaugurationMonths} bulan sejak undang-undang diundangkan, ${formatCitation(procedure.inaugurationCitation)}).`,
              `Inauguration deadline: ${formatIsoDate(status.deadline)} (${procedure.inaugurationMonths} months after the law, ${formatCitation(procedure.inaugurationCitation)}).`,
            ),
          ]
        : []),
      ctx.say(`Petugas mencatat dengan: ${recordCommand(proposal.id, next.number)}`, `Officials record it with: ${recordCommand(proposal.id, next.number)}`),
    );
    buttons.push(button(ctx.say(`Catat tahap ${next.number}`, `Record stage ${next.number}`), regionData.howToRecord(proposal.id, next.number)));
  } else if (status.kind === "stopped") {
    lines.push(
      ctx.say(
        `Usulan berhenti: tahap ${status.at.number} (${status.at.title}) menolak pada ${formatIsoDate(status.record.decidedOn)} (${citations(status.at.citations)}).`,
        `The proposal has stopped: stage ${status.at.number} (${status.at.title}) refused on ${formatIsoDate(status.record.decidedOn)} (${citations(status.at.citations)}).`,
      ),
    );
  } else {
    lines.push(ctx.say("Semua tahap sudah tercatat: daerah telah diresmikan.", "Every stage is recorded: the region has been inaugurated."));
  }
  buttons.push(
    button(ctx.say("Daftar usulan", "All proposals"), regionData.proposals()),
    button(ctx.say("Tahapan", "Stages"), regionData.procedure(proposal.kind)),
  );
  return { text: lines.join("\n"), keyboard: keyboard(buttons) };
}

export function proposalsReply(ctx: BotContext, proposals: readonly ProposalSummary[], stageCount: number): RegionReply {
  if (proposals.length === 0) {
    return {
      text: ctx.say(
        "Belum ada usulan pemekaran yang dipantau. Petugas pemekaran dapat mendaftarkannya: /usulan_baru Kabupaten NAMA",
        "No proposal is tracked yet. Formation officials can register one: /usulan_baru Kabupaten NAME",
      ),
      keyboard: keyboard([button(ctx.say("« Menu pemekaran", "« Formation menu"), regionData.menu())]),
    };
  }
  const listed = proposals.slice(-MAX_LISTED);
  return {
    text: [
      ctx.say("Usulan pemekaran yang dipantau:", "Tracked formation proposals:"),
      ...listed.map(
        (proposal) =>
          `#${proposal.id} ${proposal.name} — ${proposal.stagesRecorded}/${stageCount} ${ctx.say("tahap", "stages")}${proposal.stopped ? ctx.say(" (berhenti: ditolak)", " (stopped: refused)") : ""}`,
      ),
    ].join("\n"),
    keyboard: keyboard(listed.map((proposal) => button(`#${proposal.id} ${proposal.name}`.slice(0, 60), regionData.proposal(proposal.id))), 1),
  };
}

/** How to record a stage: what the law asks of it, the documents it produces, and the command to type. */
export function howToRecordReply(ctx: BotContext, proposal: Proposal, stage: ProcedureStage): RegionReply {
  const example =
    stage.key === "aspiration"
      ? `/catat_tahap ${proposal.id} 1 15-01-2024 Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024; Kelurahan Pasar: Keputusan Forum Komunikasi Kelurahan No. 1 Tahun 2024`
      : `/catat_tahap ${proposal.id} ${stage.number} 12-03-2024 ${stage.documents[0] ?? "Dokumen"} No. …`;
  return {
    text: [
      ctx.say(`Usulan #${proposal.id} ${proposal.name}, tahap ${stage.number}: ${stage.title}`, `Proposal #${proposal.id} ${proposal.name}, stage ${stage.number}: ${stage.title}`),
      `(${citations(stage.citations)})`,
      ctx.say("Dokumen yang dihasilkan:", "Documents it produces:"),
      ...stage.documents.map((document) => (document.startsWith("  ") ? `  ${document.trim()}` : `• ${document}`)),
      "",
      ctx.say("Ketik (tanggal dalam zona waktu chat; dokumen dipisah titik koma):", "Type (date in the chat's time zone; documents separated by semicolons):"),
      example,
      ...(stage.canReject
        ? [ctx.say("Bila keputusannya menolak, tulis «tolak» setelah tanggal; usulan lalu berhenti.", "If the decision refuses, write «tolak» after the date; the proposal then stops.")]
        : []),
      ...(stage.key === "aspiration"
        ? [
            ctx.say(
              `Tiap dokumen diawali nama desa/kelurahan dan titik dua. Keputusan yang dicatat dalam rapat BPD di bot ini dapat dilampirkan dari grup BPD-nya: /lampirkan_keputusan ${proposal.id}`,
              `Start each document with the village name and a colon. A decision recorded in a council session with this bot can be attached from the council's group: /lampirkan_keputusan ${proposal.id}`,
            ),
          ]
        : []),
      ctx.say("Hanya admin dan petugas pemekaran yang dapat mencatat.", "Only administrators and formation officials can record."),
    ].join("\n"),
  };
}

/** Why a stage was refused, with the article, and what to do instead. Nothing was recorded. */
export function stageRefusal(ctx: BotContext, rejection: Rejection<StageRejectionCode | "NOT_FOUND">): string {
  const p = rejection.params;
  const article = rejection.citation ? ` (${formatCitation(rejection.citation)})` : "";
  const reason = ((): string => {
    switch (rejection.code) {
      case "NOT_FOUND":
        return ctx.say(`tidak ada usulan #${p.proposal}; lihat /usulan`, `there is no proposal #${p.proposal}; see /usulan`);
      case "UNKNOWN_STAGE":
        return ctx.say(`tidak ada tahap ${p.stage}; tahapannya 1–${p.count}`, `there is no stage ${p.stage}; stages are 1–${p.count}`);
      case "STOPPED":
        return ctx.say(`usulan ini sudah berhenti karena tahap ${p.stage} (${p.title}) menolak${article}`, `this proposal stopped when stage ${p.stage} (${p.title}) refused${article}`);
      case "COMPLETE":
        return ctx.say("semua tahap sudah tercatat", "every stage is already recorded");
      case "ALREADY_RECORDED":
        return ctx.say(`tahap ${p.stage} (${p.title}) sudah tercatat`, `stage ${p.stage} (${p.title}) is already recorded`);
      case "SKIPPED":
        return ctx.say(
          `tahap ${p.stage} tidak dapat dilompati: tahap ${p.missing} (${p.missingTitle}) belum tercatat${article}. Tahapan berurutan; catat tahap ${p.missing} lebih dahulu`,
          `stage ${p.stage} cannot be skipped: stage ${p.missing} (${p.missingTitle}) is not recorded yet${article}. Stages follow in order; record stage ${p.missing} first`,
        );
      case "BAD_DATE":
        return ctx.say(`«${p.text}» bukan tanggal; tulis misalnya 12-03-2024 atau 12 Maret 2024`, `«${p.text}» is not a date; write e.g. 12-03-2024 or 12 Maret 2024`);
      case "FUTURE_DATE":
        return ctx.say(`tanggal ${p.date} belum tiba`, `${p.date} has not come yet`);
      case "BEFORE_PREVIOUS":
        return ctx.say(
          `tanggal ${formatIsoDate(String(p.date))} lebih awal dari tahap ${p.previousStage} (${formatIsoDate(String(p.previous))})${article}`,
          `${formatIsoDate(String(p.date))} is earlier than stage ${p.previousStage} (${formatIsoDate(String(p.previous))})${article}`,
        );
      case "NO_DOCUMENTS":
        return ctx.say(`tahap ${p.stage} perlu dokumennya (keputusan atau surat)${article}; tulis setelah tanggal, pisahkan dengan titik koma`, `stage ${p.stage} needs its documents${article}; write them after the date, separated by semicolons`);
      case "TOO_MANY_DOCUMENTS":
        return ctx.say(`paling banyak ${p.max} dokumen sekali catat`, `at most ${p.max} documents at a time`);
      case "DOCUMENT_TOO_LONG":
        return ctx.say(`nama dokumen paling panjang ${p.max} huruf`, `a document name may have at most ${p.max} characters`);
      case "VILLAGE_MISSING":
        return ctx.say(
          `tiap dokumen aspirasi harus menyebut desa/kelurahannya, misalnya «Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024»${article}`,
          `each aspiration document must name its village, e.g. «Desa Sukamaju: Keputusan BPD No. 3 Tahun 2024»${article}`,
        );
      case "CANNOT_REJECT":
        return ctx.say(`tahap ${p.stage} (${p.title}) bukan keputusan menyetujui atau menolak${article}`, `stage ${p.stage} (${p.title}) is not an approve-or-refuse decision${article}`);
    }
  })();
  return ctx.say(`Tahap tidak dicatat: ${reason}. Tidak ada yang diubah.`, `Stage not recorded: ${reason}. Nothing was changed.`);
}
