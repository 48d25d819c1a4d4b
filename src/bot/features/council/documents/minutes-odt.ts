import { strToU8, zipSync } from "fflate";
import { DateTime } from "luxon";
import type { Minutes } from "../../../../domain/council/minutes/index.ts";
import { odfText, xmlEscape } from "../../../documents/xml.ts";
import { documentTitle, GENERATOR, minutesBlocks } from "./minutes-text.ts";
import type { MinutesBlock, MinutesDocumentMeta } from "./minutes-text.ts";
import { automaticStyles, ODF_NAMESPACES, stylesXml } from "./odt-styles.ts";

/**
 * The minutes as an OpenDocument Text file. The draft goes out as .odt because members correct it (Pasal 56 ayat (4))
 * and dynamic data is kept in ODF (Perbup Bangli 56/2011 Pasal 8 ayat (3)). Reproducible byte for byte: the zip's
 * times are the record's own (`minutes.asOf`), the entries and styles always come in the same order.
 */

const MIMETYPE = "application/vnd.oasis.opendocument.text";

function p(style: string, text: string): string {
  return `<text:p text:style-name="${style}">${odfText(text)}</text:p>`;
}

function cell(content: string, style = "Table_20_Contents"): string {
  return `<table:table-cell table:style-name="Fields.Cell" office:value-type="string">${p(style, content)}</table:table-cell>`;
}

function blockXml(block: MinutesBlock): string {
  switch (block.kind) {
    case "marking":
      return p("Marking", block.text);
    case "title":
      return p("Title", block.text);
    case "subtitle":
      return p("Subtitle", block.text);
    case "heading":
      return `<text:h text:style-name="Heading_20_2" text:outline-level="2">${odfText(block.text)}</text:h>`;
    case "paragraph":
      return p(block.small ? "Small" : "Standard", block.text);
    case "fields": {
      const header = `<table:table-header-rows><table:table-row>${cell("Keterangan", "Table_20_Heading")}${cell("Isi", "Table_20_Heading")}${cell("Dasar", "Table_20_Heading")}</table:table-row></table:table-header-rows>`;
      const rows = block.rows.map((r) => `<table:table-row>${cell(r.letter ? `${r.letter}. ${r.label}` : r.label)}${cell(r.value)}${cell(r.basis)}</table:table-row>`).join("");
      return (
        `<table:table table:name="Keterangan" table:style-name="Fields">` +
        `<table:table-column table:style-name="Fields.A"/><table:table-column table:style-name="Fields.B"/><table:table-column table:style-name="Fields.C"/>` +
        `${header}${rows}</table:table>`
      );
    }
    case "numbered":
      return `<text:list text:style-name="Numbering">${block.items.map((item) => `<text:list-item>${p("List_20_Item", item)}</text:list-item>`).join("")}</text:list>`;
    case "labelled":
      return block.items
        .map((item) => `<text:p text:style-name="Hanging">${odfText(item.label)}<text:tab/>${odfText(item.text)}</text:p>${item.details.map((d) => p("Detail", d)).join("")}`)
        .join("");
    case "signatures": {
      const cells = block.lines
        .map((line) => {
          const lines = [line.caption ?? "", line.role, "", "", "", line.name ? `( ${line.name} )` : "(....................)"];
          return `<table:table-cell office:value-type="string">${lines.map((l) => p("Signature", l)).join("")}</table:table-cell>`;
        })
        .join("");
      return (
        `${p("Standard", block.place)}<table:table table:name="Tanda_Tangan" table:style-name="Signatures">` +
        `<table:table-column table:style-name="Signatures.A" table:number-columns-repeated="${block.lines.length}"/>` +
        `<table:table-row>${cells}</table:table-row></table:table>`
      );
    }
  }
}

function contentXml(blocks: readonly MinutesBlock[]): string {
  const signatures = blocks.find((b) => b.kind === "signatures");
  const columns = signatures?.kind === "signatures" ? signatures.lines.length : 1;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-content ${ODF_NAMESPACES} office:version="1.2">` +
    automaticStyles(columns) +
    `<office:body><office:text>${blocks.map(blockXml).join("")}</office:text></office:body>` +
    `</office:document-content>`
  );
}

/** ODF dates are the wall clock of the council, without an offset. */
function localTime(minutes: Minutes): DateTime {
  return DateTime.fromISO(minutes.asOf, { zone: minutes.zone });
}

function metaXml(minutes: Minutes): string {
  const at = localTime(minutes).toFormat("yyyy-MM-dd'T'HH:mm:ss");
  const keyword = minutes.marking ? `<meta:keyword>${xmlEscape(minutes.marking.label)}</meta:keyword>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">` +
    `<office:meta><meta:generator>${GENERATOR}</meta:generator><dc:title>${xmlEscape(documentTitle(minutes))}</dc:title>` +
    `<dc:subject>${xmlEscape(minutes.regulation)}</dc:subject><dc:language>id-ID</dc:language>${keyword}` +
    `<meta:creation-date>${at}</meta:creation-date><dc:date>${at}</dc:date></office:meta></office:document-meta>`
  );
}

const MANIFEST =
  `<?xml version="1.0" encoding="UTF-8"?>` +
  `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${MIMETYPE}"/>` +
  ["content.xml", "styles.xml", "meta.xml"].map((path) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="text/xml"/>`).join("") +
  `</manifest:manifest>`;

/**
 * Zip times are DOS wall-clock fields, which fflate fills from a Date's local-time getters: a Date built from the
 * council's wall clock in local components gives the same bytes whatever zone the server runs in.
 */
function zipTime(minutes: Minutes): Date {
  const t = localTime(minutes);
  return new Date(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/** The .odt of the minutes: `mimetype` first and stored, then the manifest, content, styles and meta, deflated. */
export function renderMinutesOdt(minutes: Minutes, meta: MinutesDocumentMeta): Uint8Array {
  const blocks = minutesBlocks(minutes, meta);
  const deflated = { level: 9 } as const;
  return zipSync(
    {
      mimetype: [strToU8(MIMETYPE), { level: 0 }],
      "META-INF/manifest.xml": [strToU8(MANIFEST), deflated],
      "content.xml": [strToU8(contentXml(blocks)), deflated],
      "styles.xml": [strToU8(stylesXml(minutes.marking?.label ?? null)), deflated],
      "meta.xml": [strToU8(metaXml(minutes)), deflated],
    },
    { mtime: zipTime(minutes) },
  );
}
