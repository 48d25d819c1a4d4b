import type { DateTime } from "luxon";
import { z } from "zod";
import { REPORTING } from "../../../domain/migration/bangli-56-2011-rules.ts";
import { periodContaining, periodKey, periodLabel, periodOf, type ReportPeriod } from "../../../domain/migration/report.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { hasPendingJob } from "../../../store/migration/reminder-jobs.ts";
import type { Transaction } from "../../../store/prisma-client.ts";
import type { Store } from "../../../store/store.ts";
import type { JobHandler, JobMessage } from "../../jobs/job-handler.ts";
import { speakerFor } from "./texts.ts";

/**
 * Pasal 16 ayat (1): a report every six months. When a half-year ends, each agency head is reminded to send the
 * agency's report; two weeks later, those who have not sent it are reminded once more.
 */
export const REMINDER_KIND = "migration.reportReminder";
const SECOND_REMINDER_DAYS = 14;
const REMINDER_HOUR = 8;

const payloadSchema = z.object({ period: z.string().regex(/^\d{4}-S[12]$/), round: z.union([z.literal(1), z.literal(2)]) });
type ReminderPayload = z.output<typeof payloadSchema>;

function parseKey(key: string, zone: string): ReportPeriod {
  const [year, half] = key.split("-S");
  return periodOf(Number(year), Number(half) as 1 | 2, zone);
}

/** The morning after the half-year ends (or `days` later). */
function dueAfter(period: ReportPeriod, days = 0): DateTime {
  return period.end.plus({ milliseconds: 1, days }).set({ hour: REMINDER_HOUR });
}

/** Makes sure the reminder for the current half-year is waiting (called when an agency is registered). */
export async function ensureReminderScheduled(tx: Transaction, store: Store, now: DateTime): Promise<void> {
  if (await hasPendingJob(tx, REMINDER_KIND)) return;
  const period = periodContaining(now);
  await store.jobs.schedule(tx, { kind: REMINDER_KIND, payload: { period: periodKey(period), round: 1 }, dueAt: dueAfter(period).toJSDate() });
}

export const reportReminderJob: JobHandler<ReminderPayload> = {
  kind: REMINDER_KIND,
  payload: payloadSchema,
  async run(tx, payload, { store, now }) {
    const zone = now.zoneName ?? "UTC";
    const period = parseKey(payload.period, zone);
    const key = periodKey(period);
    if (payload.round === 1) {
      await store.jobs.schedule(tx, { kind: REMINDER_KIND, payload: { period: key, round: 2 }, dueAt: dueAfter(period, SECOND_REMINDER_DAYS).toJSDate() });
      const next = periodContaining(period.end.plus({ days: 1 }));
      await store.jobs.schedule(tx, { kind: REMINDER_KIND, payload: { period: periodKey(next), round: 1 }, dueAt: dueAfter(next).toJSDate() });
    }
    const heads = await store.migration.organisation.heads(tx);
    const submitted = new Set((await store.migration.reports.forPeriod(key, "agency", tx)).map((submission) => submission.agencyId));
    const messages: JobMessage[] = [];
    for (const head of heads) {
      if (head.agencyId === null || submitted.has(head.agencyId)) continue;
      const agency = await store.migration.organisation.agency(head.agencyId, tx);
      if (!agency) continue;
      const speaker = speakerFor(await store.chatSettings.languageIn(tx, head.userId));
      const command = `/laporan ${period.year}-${period.half}`;
      const text =
        payload.round === 1
          ? speaker.say(
              `📅 ${periodLabel(period, "id")} telah berakhir. Kirim laporan perkembangan migrasi OSS SKPD ${agency.name} kepada Bupati melalui Kepala DishubKominfo (${formatCitation(REPORTING.periodCitation)}): ketik ${command}.`,
              `📅 ${periodLabel(period, "en")} has ended. Send ${agency.name}'s OSS migration progress report to the Bupati through the head of DishubKominfo (${formatCitation(REPORTING.periodCitation)}): type ${command}.`,
            )
          : speaker.say(
              `⏰ Laporan migrasi OSS SKPD ${agency.name} untuk ${periodLabel(period, "id")} belum diterima DishubKominfo (${formatCitation(REPORTING.periodCitation)}). Ketik ${command} untuk membuat dan mengirimnya.`,
              `⏰ ${agency.name}'s OSS migration report for ${periodLabel(period, "en")} has not reached DishubKominfo yet. Type ${command} to make and send it.`,
            );
      messages.push({ chatId: head.userId, text });
    }
    return messages;
  },
};
