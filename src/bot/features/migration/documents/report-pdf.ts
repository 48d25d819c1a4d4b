import type { DateTime } from "luxon";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { REPORTING } from "../../../../domain/migration/bangli-56-2011-rules.ts";
import { EXCEPTION_BASIS_RULE } from "../../../../domain/migration/exceptions.ts";
import { periodKey, periodLabel, type AgencySection, type Counts, type MigrationReport } from "../../../../domain/migration/report.ts";
import { formatCitation } from "../../../../domain/shared/citation.ts";
import { PdfWriter } from "../../../documents/pdf-writer.ts";

/**
 * The 6-monthly report and the recap as PDF (static data is kept as PDF: Pasal 8 ayat (2)). The figures come from
 * the same projection as the CSV sent beside it, which is also attached inside the PDF.
 */

const COUNT_LABELS: readonly [keyof Counts, string][] = [
  ["migratedInPeriod", "PC selesai dimigrasi pada periode ini"],
  ["migratedTotal", "PC selesai dimigrasi (kumulatif)"],
  ["inProgress", "PC dalam proses migrasi"],
  ["onHold", "PC ditunda (pending)"],
  ["withSupportTeam", "PC sedang ditangani TPP-SI"],
  ["unsuitableInPeriod", "PC tidak memenuhi syarat (diganti PC lain)"],
  ["escalationsInPeriod", "Eskalasi ke TPP-SI pada periode ini"],
  ["escalationsHandedBack", "  - dikembalikan ke teknisi SKPD"],
  ["escalationsFinished", "  - diselesaikan oleh TPP-SI"],
  ["escalationsOpen", "  - belum selesai"],
  ["exceptionsApproved", "Pengecualian disetujui (Pasal 14 ayat (3), Pasal 17)"],
  ["exceptionsRejected", "Pengecualian ditolak"],
  ["exceptionsProposed", "Pengecualian menunggu evaluasi TPP-SI"],
];

const ESCALATION_OUTCOME: Record<string, string> = {
  open: "menunggu diambil alih",
  withSupportTeam: "sedang ditangani TPP-SI",
  handedBack: "dikembalikan ke teknisi",
  finished: "diselesaikan TPP-SI",
};

function details(writer: PdfWriter, section: AgencySection, stepTitle: (step: string) => string): void {
  const pending = section.pcs.filter((pc) => pc.status === "onHold");
  const migrated = section.pcs.filter((pc) => pc.status === "migrated");
  const running = section.pcs.filter((pc) => pc.status === "inProgress" || pc.status === "withSupportTeam");
  const unsuitable = section.pcs.filter((pc) => pc.status === "unsuitable");
  writer.text("PC ditunda (pending) dan alasannya", { bold: true, size: 10 });
  if (pending.length === 0) writer.text("Tidak ada.", { indent: 10 });
  for (const pc of pending) writer.text(`${pc.assetTag} (${pc.location}, ${pc.pcUser}) sejak ${pc.since.toFormat("dd-MM-yyyy")}: ${pc.reason ?? ""}`, { indent: 10 });
  writer.space(4);
  writer.text("Eskalasi ke TPP-SI pada periode ini dan penyelesaiannya", { bold: true, size: 10 });
  if (section.escalations.length === 0) writer.text("Tidak ada.", { indent: 10 });
  for (const escalation of section.escalations) {
    const by = escalation.by ? `, ditangani ${escalation.by}` : "";
    const note = escalation.note ? `: ${escalation.note}` : "";
    writer.text(`${escalation.assetTag}, ${stepTitle(escalation.step)}, ${escalation.openedAt.toFormat("dd-MM-yyyy")}${by} — ${ESCALATION_OUTCOME[escalation.outcome]}${note}`, { indent: 10 });
  }
  writer.space(4);
  writer.text("Pengecualian (Pasal 14 ayat (3), Pasal 17)", { bold: true, size: 10 });
  if (section.exceptions.length === 0) writer.text("Tidak ada.", { indent: 10 });
  for (const exception of section.exceptions) {
    const status = exception.statusAtDate === "approved" ? "disetujui" : exception.statusAtDate === "rejected" ? "ditolak" : "menunggu evaluasi TPP-SI";
    const evaluation = exception.statusAtDate !== "proposed" && exception.supportEvaluation ? ` Evaluasi TPP-SI: ${exception.supportEvaluation}` : "";
    writer.text(`${exception.systemName} — dasar ${formatCitation(EXCEPTION_BASIS_RULE[exception.basis].citation)}; ${status}.${evaluation}`, { indent: 10 });
  }
  writer.space(4);
  writer.text("PC selesai dimigrasi (s.d. tanggal laporan)", { bold: true, size: 10 });
  if (migrated.length === 0) writer.text("Tidak ada.", { indent: 10 });
  for (const pc of migrated) writer.text(`${pc.assetTag} (${pc.location}, ${pc.pcUser}) — selesai ${pc.since.toFormat("dd-MM-yyyy")}`, { indent: 10 });
  writer.space(4);
  writer.text("PC dalam proses", { bold: true, size: 10 });
  if (running.length === 0) writer.text("Tidak ada.", { indent: 10 });
  for (const pc of running) writer.text(`${pc.assetTag} (${pc.location}, ${pc.pcUser}) — ${pc.status === "withSupportTeam" ? "di TPP-SI" : stepTitle(pc.step)}`, { indent: 10 });
  if (unsuitable.length > 0) {
    writer.space(4);
    writer.text("PC tidak memenuhi syarat pada periode ini (Lampiran langkah 3)", { bold: true, size: 10 });
    for (const pc of unsuitable) writer.text(`${pc.assetTag} (${pc.location}) — ${pc.since.toFormat("dd-MM-yyyy")}`, { indent: 10 });
  }
}

export interface PdfInput {
  readonly report: MigrationReport;
  readonly recap: boolean;
  readonly regulation: string;
  readonly generatedAt: DateTime;
  readonly generatedBy: string;
  readonly csv: string;
  readonly csvName: string;
  /** The title of a step by id ("Restorasi data"), for the lists. */
  readonly stepTitle: (step: string) => string;
}

export async function reportPdf(input: PdfInput): Promise<Buffer> {
  const { report, recap } = input;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const title = recap ? "REKAPITULASI LAPORAN PERKEMBANGAN MIGRASI OPEN SOURCE SOFTWARE (OSS)" : "LAPORAN PERKEMBANGAN MIGRASI OPEN SOURCE SOFTWARE (OSS)";
  const subject = recap ? "Seluruh SKPD" : `SKPD ${report.sections[0]?.agency.name ?? ""}`;
  doc.setTitle(`${title} — ${subject} — ${periodKey(report.period)}`);
  doc.setSubject(`${periodLabel(report.period, "id")}; ${input.regulation}`);
  doc.setAuthor("Asisten Desa");
  doc.setCreator("Asisten Desa");
  doc.setProducer("Asisten Desa (pdf-lib)");
  doc.setCreationDate(input.generatedAt.toJSDate());
  doc.setModificationDate(input.generatedAt.toJSDate());
  const writer = new PdfWriter(doc, font, bold);

  writer.text(title, { bold: true, size: 13 });
  writer.text(subject, { bold: true, size: 12 });
  writer.text(`Kepada Yth. Bupati melalui Kepala DishubKominfo`, { size: 10 });
  writer.text(`Periode: ${periodLabel(report.period, "id")} — keadaan per ${report.asOf.toFormat("dd-MM-yyyy HH:mm")}${report.provisional ? " (SEMENTARA: periode belum berakhir)" : ""}`);
  writer.text(
    `Dasar: ${recap ? `${REPORTING.recapCitation.article} dan ${formatCitation(REPORTING.toBupatiCitation)}` : formatCitation(REPORTING.periodCitation)}; format laporan ditentukan DishubKominfo (${REPORTING.formatCitation.article}).`,
    { gap: 8 },
  );

  if (recap) {
    writer.text("Ringkasan per SKPD", { bold: true, size: 11 });
    const rows = report.sections.map((section) => [
      section.agency.name,
      section.counts.migratedInPeriod,
      section.counts.migratedTotal,
      section.counts.inProgress,
      section.counts.onHold,
      section.counts.withSupportTeam,
      section.counts.escalationsInPeriod,
      section.counts.exceptionsApproved,
      section.agency.submittedAt ? section.agency.submittedAt.toFormat("dd-MM-yyyy") : "belum",
    ]);
    rows.push(["TOTAL", report.total.migratedInPeriod, report.total.migratedTotal, report.total.inProgress, report.total.onHold, report.total.withSupportTeam, report.total.escalationsInPeriod, report.total.exceptionsApproved, `${report.sections.filter((section) => section.agency.submittedAt).length}/${report.sections.length}`]);
    writer.table(["SKPD", "Selesai", "Kumulatif", "Proses", "Ditunda", "TPP-SI", "Eskalasi", "Pengecualian", "Lap. SKPD"], rows, [125, 42, 48, 40, 42, 38, 45, 55, 55]);
    writer.space(10);
  }
  writer.text(recap ? "Jumlah seluruh SKPD" : "Jumlah", { bold: true, size: 11 });
  writer.table(["Uraian", "Jumlah"], COUNT_LABELS.map(([key, label]) => [label, report.total[key]]), [380, 60], 9);
  writer.space(10);

  for (const section of report.sections) {
    if (recap) writer.text(`SKPD ${section.agency.name}`, { bold: true, size: 11 });
    details(writer, section, input.stepTitle);
    writer.space(10);
  }
  writer.text(`Dibuat oleh Asisten Desa pada ${input.generatedAt.toFormat("dd-MM-yyyy HH:mm")} atas permintaan ${input.generatedBy}. Angka lengkap terlampir dalam berkas ${input.csvName}.`, { size: 8 });
  await doc.attach(Buffer.from(input.csv, "utf8"), input.csvName, {
    mimeType: "text/csv",
    description: "Angka laporan (CSV)",
    creationDate: input.generatedAt.toJSDate(),
    modificationDate: input.generatedAt.toJSDate(),
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
