import { DateTime } from "luxon";
import type { InlineKeyboardButton } from "telegraf/types";
import { REPORTING } from "../../../domain/migration/bangli-56-2011-rules.ts";
import type { ProcedureCatalog } from "../../../domain/migration/procedures/index.ts";
import {
  buildReport,
  parsePeriod,
  periodContaining,
  periodKey,
  periodLabel,
  previousPeriod,
  reportCsv,
  type Counts,
  type MigrationReport,
  type ReportPeriod,
} from "../../../domain/migration/report.ts";
import { authorize } from "../../../domain/migration/roles.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { compactName } from "../../../domain/shared/text.ts";
import type { BotContext } from "../../context.ts";
import { button } from "../../keyboard.ts";
import { migrationData } from "./callback-data.ts";
import { notice, now, personOf, replyView, sendDocumentTo, sendTo } from "./common.ts";
import { reportPdf } from "./documents/report-pdf.ts";
import { clip } from "./run-view.ts";
import { bupatiChatSetting } from "./settings.ts";
import { NOT_AGENCY_MEMBER, permissionRefusal, type Speaker } from "./texts.ts";

/**
 * Pasal 16: the agency's 6-monthly report (made by its head, sent to the Bupati through DishubKominfo) and
 * DishubKominfo's recap of all agencies (sent on to the Bupati). Each is a short chat summary plus a PDF and the
 * counts as CSV.
 */

interface Built {
  readonly report: MigrationReport;
  readonly csv: string;
  readonly pdf: Buffer;
  readonly pdfName: string;
  readonly csvName: string;
}

function slug(text: string): string {
  return compactName(text).slice(0, 40) || "skpd";
}

async function build(ctx: BotContext, catalog: ProcedureCatalog, period: ReportPeriod, agencyId: number | null, requestedBy: string): Promise<Built> {
  const { store, timeZone } = ctx.services;
  const at = now(ctx);
  const all = await store.migration.organisation.agencies();
  const agencies = agencyId === null ? all : all.filter((agency) => agency.id === agencyId);
  const key = periodKey(period);
  const submitted = new Map<number, DateTime>();
  if (agencyId === null) {
    for (const submission of await store.migration.reports.forPeriod(key, "agency")) {
      if (submission.agencyId !== null) submitted.set(submission.agencyId, DateTime.fromJSDate(submission.submittedAt, { zone: timeZone }));
    }
  }
  const report = buildReport({
    period,
    now: at,
    agencies: agencies.map((agency) => ({ id: agency.id, name: agency.name, submittedAt: submitted.get(agency.id) ?? null })),
    runs: await store.migration.runs.forReport(timeZone, agencyId === null ? undefined : [agencyId]),
    exceptions: await store.migration.exceptions.list(agencyId === null ? {} : { agencyId }, timeZone),
  });
  const recap = agencyId === null;
  const csv = reportCsv(report, { recap });
  const base = recap ? `rekap-migrasi-oss-${key}` : `laporan-migrasi-oss-${slug(agencies[0]?.name ?? "")}-${key}`;
  const csvName = `${base}.csv`;
  const stepTitle = (step: string) => {
    const found = catalog.defaultProcedure.byId.get(step);
    return found ? `langkah ${found.number} ${found.title.id}` : step;
  };
  const pdf = await reportPdf({ report, recap, regulation: catalog.defaultProcedure.regulation, generatedAt: at, generatedBy: requestedBy, csv, csvName, stepTitle });
  return { report, csv, pdf, pdfName: `${base}.pdf`, csvName };
}

function countsLines(speaker: Speaker, counts: Counts): string[] {
  return [
    speaker.say(`• Selesai dimigrasi: ${counts.migratedInPeriod} pada periode ini (kumulatif ${counts.migratedTotal})`, `• Migrated: ${counts.migratedInPeriod} this period (${counts.migratedTotal} in all)`),
    speaker.say(`• Dalam proses: ${counts.inProgress} · Ditunda: ${counts.onHold} · Di TPP-SI: ${counts.withSupportTeam}`, `• In progress: ${counts.inProgress} · On hold: ${counts.onHold} · With TPP-SI: ${counts.withSupportTeam}`),
    speaker.say(`• Tidak memenuhi syarat: ${counts.unsuitableInPeriod}`, `• Unsuitable: ${counts.unsuitableInPeriod}`),
    speaker.say(
      `• Eskalasi ke TPP-SI: ${counts.escalationsInPeriod} (${counts.escalationsHandedBack} dikembalikan, ${counts.escalationsFinished} diselesaikan TPP-SI, ${counts.escalationsOpen} belum selesai)`,
      `• Escalations to TPP-SI: ${counts.escalationsInPeriod} (${counts.escalationsHandedBack} handed back, ${counts.escalationsFinished} finished by TPP-SI, ${counts.escalationsOpen} open)`,
    ),
    speaker.say(
      `• Pengecualian: ${counts.exceptionsApproved} disetujui, ${counts.exceptionsRejected} ditolak, ${counts.exceptionsProposed} menunggu evaluasi`,
      `• Exceptions: ${counts.exceptionsApproved} approved, ${counts.exceptionsRejected} rejected, ${counts.exceptionsProposed} awaiting evaluation`,
    ),
  ];
}

export function summaryText(speaker: Speaker, built: Built, recap: boolean): string {
  const { report } = built;
  const asOf = report.asOf.toFormat("dd-MM-yyyy");
  const provisional = report.provisional ? speaker.say(" — SEMENTARA, periode belum berakhir", " — PROVISIONAL, the period has not ended") : "";
  const title = recap
    ? speaker.say(`📊 Rekapitulasi migrasi OSS seluruh SKPD (${report.sections.length}) — ${periodLabel(report.period, "id")}, per ${asOf}${provisional}`, `📊 OSS migration recap, all agencies (${report.sections.length}) — ${periodLabel(report.period, "en")}, as of ${asOf}${provisional}`)
    : speaker.say(`📊 Laporan migrasi OSS SKPD ${report.sections[0]?.agency.name ?? ""} — ${periodLabel(report.period, "id")}, per ${asOf}${provisional}`, `📊 OSS migration report, ${report.sections[0]?.agency.name ?? ""} — ${periodLabel(report.period, "en")}, as of ${asOf}${provisional}`);
  const lines = [title, ...countsLines(speaker, report.total)];
  if (recap) {
    const received = report.sections.filter((section) => section.agency.submittedAt).length;
    lines.push(speaker.say(`• Laporan SKPD diterima: ${received} dari ${report.sections.length}`, `• Agency reports received: ${received} of ${report.sections.length}`));
  }
  const basis = recap ? `${formatCitation(REPORTING.recapCitation)}, ${formatCitation(REPORTING.toBupatiCitation)}` : formatCitation(REPORTING.periodCitation);
  lines.push(speaker.say(`Dasar: ${basis} Perbup Bangli 56/2011. Rincian di PDF, angka di CSV.`, `Basis: ${basis} Perbup Bangli 56/2011. Details in the PDF, figures in the CSV.`));
  return lines.join("\n");
}

/** The half-year asked for, or buttons for the last ended one and the current one. */
async function periodFrom(ctx: BotContext, payload: string, buttonFor: (period: string) => string): Promise<ReportPeriod | undefined> {
  const at = now(ctx);
  if (payload.trim()) {
    const parsed = parsePeriod(payload.trim(), at);
    if (parsed.ok) return parsed.value;
    const why =
      parsed.code === "FUTURE_PERIOD"
        ? ctx.say("Periode itu belum dimulai.", "That period has not started.")
        : parsed.code === "BEFORE_REGULATION"
          ? ctx.say(`Periode itu sebelum Perbup Bangli 56/2011 berlaku (migrasi dimulai Desember 2011, ${formatCitation(parsed.citation!)}).`, "That period is before the regulation took effect (December 2011).")
          : ctx.say("Periode tidak dikenali. Tulis misalnya 2026-1 (Januari–Juni) atau 2026-2 (Juli–Desember).", "Period not understood. Write e.g. 2026-1 (January–June) or 2026-2 (July–December).");
    await ctx.reply(why);
    return undefined;
  }
  const current = periodContaining(at);
  const previous = previousPeriod(current);
  const buttons: InlineKeyboardButton[][] = [
    [button(periodLabel(previous, ctx.language).slice(0, 60), buttonFor(periodKey(previous)))],
    [button(`${periodLabel(current, ctx.language)} ${ctx.say("(berjalan)", "(running)")}`.slice(0, 60), buttonFor(periodKey(current)))],
  ];
  await replyView(ctx, { text: ctx.say(`Laporan untuk periode mana (${formatCitation(REPORTING.periodCitation)}: 6 bulan sekali)?`, "Which period (every 6 months)?"), buttons });
  return undefined;
}

function keyToPeriod(ctx: BotContext, key: string): ReportPeriod | undefined {
  const [year, half] = key.split("-S");
  const parsed = parsePeriod(`${year}-${half}`, now(ctx));
  return parsed.ok ? parsed.value : undefined;
}

async function sendReport(ctx: BotContext, built: Built, buttons: InlineKeyboardButton[][], recap: boolean): Promise<void> {
  const chatId = ctx.chat!.id;
  await sendDocumentTo(ctx, chatId, { source: built.pdf, filename: built.pdfName });
  await sendDocumentTo(ctx, chatId, { source: Buffer.from(built.csv, "utf8"), filename: built.csvName });
  await replyView(ctx, { text: clip(summaryText(ctx, built, recap)), buttons });
}

/** /laporan [periode]: the agency head's 6-monthly report. */
export async function agencyReportCommand(ctx: BotContext, catalog: ProcedureCatalog, payload: string): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "agencyReport" });
  if (!permission.ok) return void (await ctx.reply(permissionRefusal(ctx, permission)));
  const agencyId = permission.value.agencyId!;
  const period = await periodFrom(ctx, payload, (key) => migrationData.agencyReport(agencyId, key));
  if (period) await agencyReport(ctx, catalog, agencyId, periodKey(period));
}

export async function agencyReport(ctx: BotContext, catalog: ProcedureCatalog, agencyId: number, key: string): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "agencyReport", agencyId });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const period = keyToPeriod(ctx, key);
  if (!period) return notice(ctx, ctx.say("Periode ini tidak berlaku.", "This period is not valid."), true);
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const built = await build(ctx, catalog, period, agencyId, person.name);
  const buttons = built.report.provisional || !authorize(person, { kind: "submitAgencyReport", agencyId }).ok
    ? []
    : [[button(ctx.say("📨 Kirim ke Bupati melalui DishubKominfo", "📨 Send to the Bupati through DishubKominfo"), migrationData.submitReport(agencyId, key))]];
  await sendReport(ctx, built, buttons, false);
}

/** 📨: the agency's report goes to DishubKominfo's admins, and is recorded as received for the recap. */
export async function submitAgencyReport(ctx: BotContext, catalog: ProcedureCatalog, agencyId: number, key: string): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "submitAgencyReport", agencyId });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const period = keyToPeriod(ctx, key);
  if (!period) return notice(ctx, ctx.say("Periode ini tidak berlaku.", "This period is not valid."), true);
  const built = await build(ctx, catalog, period, agencyId, person.name);
  if (built.report.provisional) return notice(ctx, ctx.say("Periode ini belum berakhir; laporannya dikirim setelah periode berakhir.", "This period has not ended; send its report after it ends."), true);
  const { store } = ctx.services;
  const at = now(ctx);
  const previous = (await store.migration.reports.forPeriod(key, "agency")).filter((submission) => submission.agencyId === agencyId);
  await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.reports.record(tx, { kind: "agency", agencyId, period: key, by: person.id, at: at.toJSDate(), csv: built.csv }));
  await ctx.answerCbQuery(ctx.say("Terkirim.", "Sent."));
  let delivered = 0;
  for (const adminId of ctx.services.adminIds) {
    const caption = `${summaryText(await speakerOf(ctx, adminId), built, false)}\n${ctx.say(`Dikirim oleh ${person.name} (kepala SKPD).`, `Sent by ${person.name} (agency head).`)}`;
    if ((await sendDocumentTo(ctx, adminId, { source: built.pdf, filename: built.pdfName }, caption)) && (await sendDocumentTo(ctx, adminId, { source: Buffer.from(built.csv, "utf8"), filename: built.csvName }))) delivered++;
  }
  const agencyName = built.report.sections[0]?.agency.name ?? "";
  const resent = previous.length > 0;
  await ctx.reply(
    delivered > 0
      ? ctx.say(
          `✅ Laporan ${periodLabel(period, "id")} SKPD ${agencyName} tercatat diterima DishubKominfo${resent ? " (kiriman ulang; yang terbaru dipakai untuk rekapitulasi)" : ""} dan dikirim ke ${delivered} admin DishubKominfo (${formatCitation(REPORTING.periodCitation)}).`,
          `✅ The ${periodLabel(period, "en")} report of ${agencyName} is recorded as received by DishubKominfo${resent ? " (resent; the latest counts for the recap)" : ""} and sent to ${delivered} DishubKominfo admins.`,
        )
      : ctx.say(
          `✅ Laporan ${periodLabel(period, "id")} SKPD ${agencyName} tercatat diterima DishubKominfo dan masuk rekapitulasinya (${formatCitation(REPORTING.periodCitation)}). Admin DishubKominfo belum dapat dihubungi lewat bot (belum pernah memulai chat dengan bot), jadi berkasnya belum terkirim kepada mereka; teruskan PDF dan CSV di atas.`,
          `✅ The ${periodLabel(period, "en")} report of ${agencyName} is recorded as received and counts in the recap. No DishubKominfo admin could be reached through the bot (none has started a chat with it); forward the PDF and CSV above.`,
        ),
  );
}

async function speakerOf(ctx: BotContext, chatId: number): Promise<Speaker> {
  const language = await ctx.services.store.chatSettings.language(chatId);
  return { language, say: (id: string, en: string) => (language === "en" ? en : id) };
}

/** /rekap [periode]: DishubKominfo's recap of every agency (Pasal 16 ayat (3)). */
export async function recapCommand(ctx: BotContext, catalog: ProcedureCatalog, payload: string): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "recap" });
  if (!permission.ok) return void (await ctx.reply(permissionRefusal(ctx, permission)));
  const period = await periodFrom(ctx, payload, (key) => migrationData.recap(key));
  if (period) await recap(ctx, catalog, periodKey(period));
}

export async function recap(ctx: BotContext, catalog: ProcedureCatalog, key: string): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "recap" });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const period = keyToPeriod(ctx, key);
  if (!period) return notice(ctx, ctx.say("Periode ini tidak berlaku.", "This period is not valid."), true);
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const built = await build(ctx, catalog, period, null, person.name);
  const buttons = built.report.provisional ? [] : [[button(ctx.say("📨 Kirim ke Bupati", "📨 Send to the Bupati"), migrationData.sendRecap(key))]];
  await sendReport(ctx, built, buttons, true);
}

/** 📨: the recap goes to the Bupati's office chat (Pasal 16 ayat (4)). */
export async function sendRecapToBupati(ctx: BotContext, catalog: ProcedureCatalog, key: string): Promise<void> {
  const person = await personOf(ctx);
  const permission = authorize(person, { kind: "recap" });
  if (!permission.ok) return notice(ctx, permissionRefusal(ctx, permission), true);
  const period = keyToPeriod(ctx, key);
  if (!period) return notice(ctx, ctx.say("Periode ini tidak berlaku.", "This period is not valid."), true);
  const target = await bupatiChatSetting(ctx);
  if (!target) {
    return notice(ctx, ctx.say("Chat Kantor Bupati belum didaftarkan. Admin menjalankan /grup_bupati di chat itu.", "The Bupati's office chat is not registered. An admin runs /grup_bupati in that chat."), true);
  }
  const built = await build(ctx, catalog, period, null, person.name);
  if (built.report.provisional) return notice(ctx, ctx.say("Periode ini belum berakhir.", "This period has not ended."), true);
  const { store } = ctx.services;
  await store.updates.inUpdate(ctx.update.update_id, (tx) => store.migration.reports.record(tx, { kind: "recap", agencyId: null, period: key, by: person.id, at: now(ctx).toJSDate(), csv: built.csv }));
  await ctx.answerCbQuery(ctx.say("Terkirim.", "Sent."));
  const speaker = await speakerOf(ctx, target.chatId);
  const sent =
    (await sendDocumentTo(ctx, target.chatId, { source: built.pdf, filename: built.pdfName })) &&
    (await sendDocumentTo(ctx, target.chatId, { source: Buffer.from(built.csv, "utf8"), filename: built.csvName })) &&
    (await sendTo(ctx, target.chatId, { text: clip(`${summaryText(speaker, built, true)}\n${speaker.say(`Disampaikan oleh ${person.name}, DishubKominfo.`, `Sent by ${person.name}, DishubKominfo.`)}`), buttons: [] }));
  await ctx.reply(
    sent
      ? ctx.say(`✅ Rekapitulasi ${periodLabel(period, "id")} dikirim ke «${target.title}» (${formatCitation(REPORTING.toBupatiCitation)}).`, `✅ The ${periodLabel(period, "en")} recap was sent to «${target.title}».`)
      : ctx.say(`⚠️ Rekapitulasi tercatat, tetapi tidak dapat dikirim ke «${target.title}». Pastikan bot masih ada di chat itu.`, `⚠️ The recap is recorded but could not be delivered to «${target.title}». Make sure the bot is still in that chat.`),
  );
}

/** /progres: where the agency stands now (heads and technicians: their agency; admins: every agency). */
export async function progress(ctx: BotContext, catalog: ProcedureCatalog): Promise<void> {
  const person = await personOf(ctx);
  const period = periodContaining(now(ctx));
  if (person.isAdmin) {
    const built = await build(ctx, catalog, period, null, person.name);
    const lines = built.report.sections.map(
      (section) =>
        `• ${section.agency.name}: ${ctx.say(`${section.counts.migratedTotal} selesai, ${section.counts.inProgress} proses, ${section.counts.onHold} ditunda, ${section.counts.withSupportTeam} di TPP-SI`, `${section.counts.migratedTotal} done, ${section.counts.inProgress} in progress, ${section.counts.onHold} on hold, ${section.counts.withSupportTeam} with TPP-SI`)}`,
    );
    return void (await ctx.reply(clip([summaryText(ctx, built, true), "", ...lines].join("\n"))));
  }
  const membership = person.memberships.find((candidate) => candidate.agencyId !== null);
  if (!membership || membership.agencyId === null) return void (await ctx.reply(permissionRefusal(ctx, NOT_AGENCY_MEMBER)));
  const built = await build(ctx, catalog, period, membership.agencyId, person.name);
  const section = built.report.sections[0];
  const pending = section?.pcs.filter((pc) => pc.status === "onHold").map((pc) => `  – ${pc.assetTag}: ${pc.reason}`) ?? [];
  await ctx.reply(clip([summaryText(ctx, built, false), ...(pending.length > 0 ? [ctx.say("Ditunda:", "On hold:"), ...pending] : [])].join("\n")));
}
