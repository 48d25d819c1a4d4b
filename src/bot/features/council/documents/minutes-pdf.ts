import { DateTime } from "luxon";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Minutes } from "../../../../domain/council/minutes/index.ts";
import { PdfWriter } from "../../../documents/pdf-writer.ts";
import { documentTitle, GENERATOR, minutesBlocks } from "./minutes-text.ts";
import type { MinutesBlock, MinutesDocumentMeta } from "./minutes-text.ts";

/**
 * The minutes as PDF, for reading and keeping: the official version no longer changes, and static data is kept as PDF
 * (Perbup Bangli 56/2011 Pasal 8 ayat (2), the rule the migration reports follow). A4, one column in a
 * size that stays readable on a phone. Reproducible byte for byte: pdf-lib stamps the current time as the creation
 * and modification date and its own producer, so both are set from the record; it writes no document id.
 */

const BODY = 11;

function write(writer: PdfWriter, block: MinutesBlock): void {
  switch (block.kind) {
    case "marking":
      writer.rule();
      writer.text(block.text, { size: 22, bold: true, center: true });
      writer.rule();
      writer.space(4);
      return;
    case "title":
      writer.text(block.text, { size: 16, bold: true, center: true });
      return;
    case "subtitle":
      writer.text(block.text, { size: 13, center: true, gap: 8 });
      return;
    case "heading":
      writer.space(6);
      writer.keepTogether(40);
      writer.text(block.text, { size: 12.5, bold: true, gap: 2 });
      return;
    case "paragraph":
      writer.text(block.text, { size: block.small ? 9 : BODY, gap: 3 });
      return;
    case "fields":
      for (const row of block.rows) {
        writer.text(`${row.letter ? `${row.letter}. ` : ""}${row.label}`, { size: BODY, bold: true });
        writer.text(row.value, { size: BODY, indent: 14 });
        writer.text(row.basis, { size: 8.5, indent: 14, gap: 3 });
      }
      return;
    case "numbered":
      block.items.forEach((item, index) => writer.item(`${index + 1}.`, item, { size: BODY }));
      return;
    case "labelled":
      for (const item of block.items) {
        writer.item(item.label, item.text, { size: BODY });
        for (const detail of item.details) writer.text(detail, { size: 10, indent: 22 });
        writer.space(3);
      }
      return;
    case "signatures":
      writer.space(10);
      writer.text(block.place, { size: BODY, gap: 6 });
      for (const line of block.lines) {
        writer.keepTogether(90);
        if (line.caption) writer.text(line.caption, { size: BODY });
        writer.text(line.role, { size: BODY });
        writer.space(40);
        writer.text(line.name ? `( ${line.name} )` : "(....................)", { size: BODY, bold: true, gap: 10 });
      }
      return;
  }
}

/** The PDF of the minutes; the same minutes and meta give the same bytes. */
export async function renderMinutesPdf(minutes: Minutes, meta: MinutesDocumentMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const at = DateTime.fromISO(minutes.asOf, { zone: minutes.zone }).toJSDate();
  doc.setTitle(documentTitle(minutes));
  doc.setSubject(minutes.regulation);
  doc.setAuthor(`BPD ${minutes.village}`);
  doc.setCreator(GENERATOR);
  doc.setProducer(`${GENERATOR} (pdf-lib)`);
  doc.setLanguage("id-ID");
  if (minutes.marking) doc.setKeywords([minutes.marking.label]);
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const writer = new PdfWriter(doc, font, bold, minutes.marking?.label ?? null);
  for (const block of minutesBlocks(minutes, meta)) write(writer, block);
  return doc.save({ useObjectStreams: false });
}
