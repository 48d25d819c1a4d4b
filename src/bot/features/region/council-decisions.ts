import { councilChair } from "../../../domain/council/council.ts";
import { formatIsoDate } from "../../../domain/region/indonesian-date.ts";
import { checkDecisionAttachment, type AttachRejectionCode, type CouncilDecisionOffer, type Proposal } from "../../../domain/region/proposal.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { reject, type Rejection } from "../../../domain/shared/rejection.ts";
import type { RecordedDecision, StoredCouncil } from "../../../store/council/council-repository.ts";
import type { RegionLaw } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { decisionLine } from "../council/board.ts";
import { displayName } from "../workplan/authorisation.ts";
import { canTrackProposals } from "./authorisation.ts";
import { regionData } from "./callback-data.ts";

/**
 * A council (BPD) decision recorded by the council feature, attached to a proposal as its village's aspiration
 * document (PP 78/2007 Pasal 16 huruf a; Pasal 14 huruf a for a province). In the council's group, a formation
 * official or the council's chair lists the council's decisions and presses one; the press is checked again
 * against the store (the proposal, the decision, that it belongs to this group's council, that it passed).
 */

const MAX_DECISIONS_LISTED = 20;

export type CouncilDecisions = ReadonlyMap<number, RecordedDecision>;

/** "Sukamaju" → "Desa Sukamaju"; a name that already says what it is stays as it is. */
export function villageName(village: string): string {
  return /^(desa|kelurahan|kampung|nagari|gampong|negeri)\b/i.test(village.trim()) ? village.trim() : `Desa ${village.trim()}`;
}

export function decisionDay(recorded: RecordedDecision): string {
  return recorded.decision.at.slice(0, 10);
}

/** "rapat BPD 23 November 2026, keputusan 1: “…” — DITERIMA (Setuju 4, Tolak 1, Abstain 0; perlu 4 … (Pasal 60 ayat (4)))" */
export function decisionText(recorded: RecordedDecision): string {
  const line = decisionLine(recorded.decision).replace(/^\d+\. /, "");
  return `rapat BPD ${formatIsoDate(decisionDay(recorded))}, keputusan ${recorded.decision.decisionNo}: ${line}`;
}

/** The recorded decisions the proposal's documents point at, for its card. */
export async function decisionsOfProposal(ctx: BotContext, proposal: Proposal): Promise<CouncilDecisions> {
  const ids = proposal.stages.flatMap((stage) => stage.documents.map((document) => document.councilDecisionId)).filter((id): id is number => id !== null);
  const decisions = await ctx.services.store.council.decisionsByIds(ids);
  return new Map(decisions.map((decision) => [decision.id, decision]));
}

async function councilOfChat(ctx: BotContext): Promise<StoredCouncil | undefined> {
  return ctx.chat ? ctx.services.store.council.byChat(ctx.chat.id) : undefined;
}

/** A formation official, an administrator, or the chair of the council whose decision it is. */
async function mayAttach(ctx: BotContext, stored: StoredCouncil): Promise<boolean> {
  if (!ctx.from) return false;
  return (await canTrackProposals(ctx)) || councilChair(stored.council)?.telegramUserId === ctx.from.id;
}

const USAGE = {
  id: "Di grup BPD, ketik: /lampirkan_keputusan NO_USULAN — lalu pilih keputusan rapat BPD yang dilampirkan sebagai dokumen aspirasi desa.",
  en: "In the council's group, type: /lampirkan_keputusan PROPOSAL — then choose the council decision to attach as the village's aspiration document.",
};

function refusedAccess(ctx: BotContext): string {
  return ctx.say(
    "Maaf, hanya admin, petugas pemekaran, atau Ketua BPD grup ini yang dapat melampirkan keputusan BPD ke usulan. Tidak ada yang diubah.",
    "Sorry, only administrators, formation officials, or this group's council chair can attach a council decision to a proposal. Nothing was changed.",
  );
}

/** "/lampirkan_keputusan 1": the council's recorded decisions as buttons, newest first. */
export async function listDecisionsToAttach(ctx: BotContext, region: RegionLaw, payload: string): Promise<void> {
  const stored = await councilOfChat(ctx);
  if (!stored) {
    return void (await ctx.reply(
      ctx.say(
        `Perintah ini dipakai di grup BPD yang sudah terdaftar (/bpd), agar keputusan rapatnya dapat dipilih. ${USAGE.id}`,
        `Use this in a council's group registered with /bpd, so its decisions can be chosen. ${USAGE.en}`,
      ),
    ));
  }
  if (!(await mayAttach(ctx, stored))) return void (await ctx.reply(refusedAccess(ctx)));
  const number = /^#?(\d{1,6})$/.exec(payload.trim())?.[1];
  if (number === undefined) return void (await ctx.reply(ctx.say(USAGE.id, USAGE.en)));
  const proposal = await ctx.services.store.region.proposal(Number(number));
  if (!proposal) return void (await ctx.reply(ctx.say(`Tidak ada usulan #${number}. Lihat /usulan.`, `There is no proposal #${number}. See /usulan.`)));
  const article = formatCitation(region.procedures[proposal.kind].stages[0]!.citations[0]!);
  const decisions = await ctx.services.store.council.decisionsOf(stored.id, MAX_DECISIONS_LISTED);
  if (decisions.length === 0) {
    return void (await ctx.reply(
      ctx.say(
        `BPD ${stored.council.village} belum mempunyai keputusan rapat yang tercatat (voting yang ditutup, voting angkat tangan, atau musyawarah mufakat). Tidak ada yang dapat dilampirkan ke usulan #${proposal.id}.`,
        `The council of ${stored.council.village} has no recorded decision yet (a closed vote, a show of hands, or a consensus). Nothing can be attached to proposal #${proposal.id}.`,
      ),
    ));
  }
  const lines = [
    ctx.say(
      `Keputusan BPD ${stored.council.village} untuk dilampirkan ke usulan #${proposal.id} ${proposal.name} sebagai dokumen aspirasi ${villageName(stored.council.village)} (${article}). Hanya keputusan yang DITERIMA dapat dilampirkan:`,
      `Decisions of the council of ${stored.council.village} to attach to proposal #${proposal.id} ${proposal.name} as the aspiration document of ${villageName(stored.council.village)} (${article}). Only a decision that passed can be attached:`,
    ),
    ...decisions.map((recorded, index) => `${index + 1}. ${decisionText(recorded)}`),
  ];
  const buttons = decisions.map((recorded, index) =>
    button(`${index + 1}. ${recorded.decision.passed ? "✅" : "❌"} ${recorded.decision.motion}`.slice(0, 60), regionData.attachDecision(proposal.id, recorded.id)),
  );
  await ctx.reply(lines.join("\n"), keyboard(buttons, 1));
}

type AttachRefusal = Rejection<AttachRejectionCode | "NO_PROPOSAL" | "NO_DECISION">;

function attachRefusal(ctx: BotContext, rejection: AttachRefusal): string {
  const p = rejection.params;
  const article = rejection.citation ? ` (${formatCitation(rejection.citation)})` : "";
  const reason = ((): string => {
    switch (rejection.code) {
      case "NO_PROPOSAL":
        return ctx.say(`tidak ada usulan #${p.proposal}`, `there is no proposal #${p.proposal}`);
      case "NO_DECISION":
        return ctx.say("keputusan itu tidak tercatat pada BPD grup ini", "that decision is not recorded by this group's council");
      case "NOT_PASSED":
        return ctx.say(
          `«${p.motion}» DITOLAK dalam rapat BPD; aspirasi masyarakat dilampirkan dalam bentuk Keputusan BPD yang menyetujuinya${article}`,
          `«${p.motion}» was refused by the council; the aspiration is attached as a council decision that passed${article}`,
        );
      case "STOPPED":
        return ctx.say(`usulan ini sudah berhenti karena tahap ${p.stage} (${p.title}) menolak${article}`, `this proposal stopped when stage ${p.stage} (${p.title}) refused${article}`);
      case "ALREADY_ATTACHED":
        return ctx.say(`«${p.motion}» sudah dilampirkan ke usulan ini${article}`, `«${p.motion}» is already attached to this proposal${article}`);
      case "AFTER_NEXT_STAGE":
        return ctx.say(
          `keputusan tanggal ${formatIsoDate(String(p.date))} lebih akhir dari tahap 2 (${p.title}, ${formatIsoDate(String(p.next))}), yang memutuskan atas aspirasi itu${article}`,
          `the decision of ${formatIsoDate(String(p.date))} is later than stage 2 (${p.title}, ${formatIsoDate(String(p.next))}), which decided on that aspiration${article}`,
        );
    }
  })();
  return ctx.say(`Keputusan tidak dilampirkan: ${reason}. Tidak ada yang diubah.`, `Decision not attached: ${reason}. Nothing was changed.`);
}

/**
 * The button: re-reads the council of this group, the proposal and the decision inside the update's transaction,
 * checks them, and attaches the decision there with the update's exactly-once record.
 */
export async function attachDecision(ctx: BotContext, region: RegionLaw, proposalId: number, decisionId: number): Promise<void> {
  const stored = await councilOfChat(ctx);
  if (!stored || !(await mayAttach(ctx, stored))) {
    await ctx.answerCbQuery(stored ? refusedAccess(ctx) : ctx.say("Tombol ini sudah tidak berlaku.", "This button is no longer valid."), { show_alert: true });
    return;
  }
  await ctx.answerCbQuery();
  const store = ctx.services.store;
  const outcome = await store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    const proposal = await store.region.proposal(proposalId, tx);
    if (!proposal) return reject("NO_PROPOSAL" as const, { proposal: proposalId });
    const [recorded] = await store.council.decisionsByIds([decisionId], tx);
    if (!recorded || recorded.councilId !== stored.id) return reject("NO_DECISION" as const);
    const offer: CouncilDecisionOffer = {
      id: recorded.id,
      village: villageName(recorded.village),
      decidedOn: decisionDay(recorded),
      motion: recorded.decision.motion,
      passed: recorded.decision.passed,
    };
    const checked = checkDecisionAttachment(region.procedures[proposal.kind], proposal, offer);
    if (!checked.ok) return checked;
    await store.region.attachDecision(tx, proposal.id, checked.value, {
      recordedBy: ctx.from!.id,
      recordedByName: displayName(ctx.from!),
      chatId: ctx.chat!.id,
      updateId: ctx.update.update_id,
    });
    return { ok: true as const, value: { proposal, recorded, newStage: checked.value.newStage } };
  });
  if (!outcome.ok) return void (await ctx.reply(attachRefusal(ctx, outcome)));
  const { proposal, recorded, newStage } = outcome.value;
  const stage = region.procedures[proposal.kind].stages[0]!;
  await ctx.reply(
    ctx.say(
      `Dilampirkan ke usulan #${proposal.id} ${proposal.name}, tahap 1 (${formatCitation(stage.citations[0]!)})${newStage ? `, dicatat per ${formatIsoDate(decisionDay(recorded))}` : ""}: ${villageName(recorded.village)} — ${decisionText(recorded)}. Lihat /usulan ${proposal.id}.`,
      `Attached to proposal #${proposal.id} ${proposal.name}, stage 1 (${formatCitation(stage.citations[0]!)})${newStage ? `, recorded as of ${formatIsoDate(decisionDay(recorded))}` : ""}: ${villageName(recorded.village)} — ${decisionText(recorded)}. See /usulan ${proposal.id}.`,
    ),
  );
}
