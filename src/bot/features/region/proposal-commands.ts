import type { Procedure } from "../../../domain/region/procedures.ts";
import { formatIsoDate } from "../../../domain/region/indonesian-date.ts";
import { checkStage, parseStageCommand, type AcceptedStage } from "../../../domain/region/proposal.ts";
import type { RegionKind } from "../../../domain/region/requirements.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { reject, type Outcome } from "../../../domain/shared/rejection.ts";
import { normalizeName } from "../../../domain/shared/text.ts";
import type { RegionLaw } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { displayName } from "../workplan/authorisation.ts";
import { canTrackProposals } from "./authorisation.ts";
import { decisionsOfProposal } from "./council-decisions.ts";
import { proposalReply, stageRefusal } from "./proposal-replies.ts";
import { messageChunks } from "./reply.ts";

/** Registering proposals and recording their stages: officials only, each change with the update's exactly-once record. */

const MAX_NAME_LENGTH = 100;

const KIND_BY_WORD: ReadonlyMap<string, RegionKind> = new Map([
  ["kabupaten", "regency"],
  ["kab", "regency"],
  ["kota", "city"],
  ["provinsi", "province"],
  ["propinsi", "province"],
]);

/** The kind named by the first word: "kabupaten …", "kota …", "provinsi …". */
export function kindIn(payload: string): RegionKind | undefined {
  return KIND_BY_WORD.get(normalizeName(payload).split(" ")[0] ?? "");
}

export async function showProposal(ctx: BotContext, region: RegionLaw, id: number): Promise<void> {
  const proposal = await ctx.services.store.region.proposal(id);
  if (!proposal) {
    return void (await ctx.reply(ctx.say(`Tidak ada usulan #${id}. Lihat /usulan.`, `There is no proposal #${id}. See /usulan.`)));
  }
  const reply = proposalReply(ctx, region.procedures[proposal.kind], proposal, ctx.services.timeZone, await decisionsOfProposal(ctx, proposal));
  const chunks = messageChunks(reply.text);
  for (const [index, chunk] of chunks.entries()) await ctx.reply(chunk, index === chunks.length - 1 ? reply.keyboard : undefined);
}

async function refuseUnauthorised(ctx: BotContext): Promise<boolean> {
  if (await canTrackProposals(ctx)) return false;
  await ctx.reply(
    ctx.say(
      `Maaf, hanya admin atau petugas pemekaran yang ditunjuk admin yang dapat mendaftarkan usulan dan mencatat tahapannya. Tidak ada yang diubah. Minta admin mengirim /izinkan_pemekaran ${ctx.from?.id ?? "ID"} (ID Telegram Anda).`,
      `Sorry, only administrators or formation officials appointed by an administrator can register proposals and record stages. Nothing was changed. Ask an administrator to send /izinkan_pemekaran ${ctx.from?.id ?? "ID"} (your Telegram id).`,
    ),
  );
  return true;
}

/** "/usulan_baru Kabupaten Sukamaju Raya": the kind comes from the first word; one proposal per name. */
export async function registerProposal(ctx: BotContext, region: RegionLaw, payload: string): Promise<void> {
  if (await refuseUnauthorised(ctx)) return;
  const name = payload.replace(/\s+/g, " ").trim();
  const kind = kindIn(name);
  const rest = normalizeName(name).split(" ").slice(1).join(" ");
  if (!kind || rest === "" || name.length > MAX_NAME_LENGTH) {
    return void (await ctx.reply(
      ctx.say(
        `Tulis jenis dan nama calon daerah (paling panjang ${MAX_NAME_LENGTH} huruf), misalnya: /usulan_baru Kabupaten Sukamaju Raya`,
        `Give the kind and name of the proposed region (at most ${MAX_NAME_LENGTH} characters), e.g. /usulan_baru Kabupaten Sukamaju Raya`,
      ),
    ));
  }
  const nameKey = normalizeName(name);
  const outcome = await ctx.services.store.updates.inUpdate(ctx.update.update_id, async (tx): Promise<Outcome<number, "DUPLICATE">> => {
    const existing = await ctx.services.store.region.proposalIdByKey(tx, nameKey);
    if (existing !== undefined) return reject("DUPLICATE", { id: existing });
    const id = await ctx.services.store.region.createProposal(tx, {
      name,
      nameKey,
      kind,
      createdBy: ctx.from!.id,
      createdByName: displayName(ctx.from!),
      chatId: ctx.chat!.id,
      updateId: ctx.update.update_id,
    });
    return { ok: true, value: id };
  });
  if (!outcome.ok) {
    return void (await ctx.reply(
      ctx.say(`Usulan «${name}» sudah dipantau sebagai #${outcome.params.id}. Lihat /usulan ${outcome.params.id}.`, `«${name}» is already tracked as #${outcome.params.id}. See /usulan ${outcome.params.id}.`),
    ));
  }
  await ctx.reply(ctx.say(`Usulan #${outcome.value} «${name}» didaftarkan.`, `Proposal #${outcome.value} «${name}» registered.`));
  await showProposal(ctx, region, outcome.value);
}

/**
 * "/catat_tahap 1 2 12-03-2024 Keputusan DPRD No. 5/2024": the stage is checked against the proposal as it is
 * inside the update's transaction (order, date, documents), and written there with the exactly-once record.
 */
export async function recordStage(ctx: BotContext, region: RegionLaw, payload: string): Promise<void> {
  if (await refuseUnauthorised(ctx)) return;
  const today = ctx.services.clock().setZone(ctx.services.timeZone);
  const command = parseStageCommand(payload, today);
  if (!command) {
    return void (await ctx.reply(
      ctx.say(
        "Tulis: /catat_tahap NO_USULAN TAHAP TANGGAL DOKUMEN; DOKUMEN — misalnya /catat_tahap 1 2 12-03-2024 Keputusan DPRD Kabupaten Induk No. 5 Tahun 2024",
        "Write: /catat_tahap PROPOSAL STAGE DATE DOCUMENT; DOCUMENT — e.g. /catat_tahap 1 2 12-03-2024 Keputusan DPRD Kabupaten Induk No. 5 Tahun 2024",
      ),
    ));
  }
  const store = ctx.services.store.region;
  const outcome = await ctx.services.store.updates.inUpdate(ctx.update.update_id, async (tx) => {
    const proposal = await store.proposal(command.proposalId, tx);
    if (!proposal) return reject("NOT_FOUND" as const, { proposal: command.proposalId });
    const checked = checkStage(region.procedures[proposal.kind], proposal, command, today);
    if (checked.ok) {
      await store.recordStage(tx, proposal.id, checked.value, {
        recordedBy: ctx.from!.id,
        recordedByName: displayName(ctx.from!),
        chatId: ctx.chat!.id,
        updateId: ctx.update.update_id,
      });
    }
    return checked;
  });
  if (!outcome.ok) return void (await ctx.reply(stageRefusal(ctx, outcome)));
  await ctx.reply(recordedText(ctx, outcome.value, region.procedures.regency));
  await showProposal(ctx, region, command.proposalId);
}

function recordedText(ctx: BotContext, accepted: AcceptedStage, procedure: Procedure): string {
  const refused = accepted.outcome === "rejected" ? ctx.say(" (menolak)", " (refused)") : "";
  const deadline = accepted.lateBy ? formatIsoDate(accepted.lateBy.deadline) : "";
  const article = formatCitation(procedure.inaugurationCitation);
  const late = accepted.lateBy
    ? ctx.say(` Perhatian: melewati batas peresmian ${deadline} (${article}).`, ` Note: past the inauguration deadline ${deadline} (${article}).`)
    : "";
  return ctx.say(
    `Tercatat: tahap ${accepted.stage.number} — ${accepted.stage.title}${refused}, ${accepted.documents.length} dokumen.${late}`,
    `Recorded: stage ${accepted.stage.number} — ${accepted.stage.title}${refused}, ${accepted.documents.length} documents.${late}`,
  );
}
