import { xmlEscape } from "../../../documents/xml.ts";

/**
 * styles.xml and the automatic styles of content.xml for the minutes: A4, a sans font large enough to read on a phone,
 * and for a closed meeting its marking in every page header (Pasal 43 ayat (2)).
 */

export const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(" ");

const FONT = "Liberation Sans";

function paragraph(name: string, display: string, paragraphProps: string, textProps: string, parent = "Standard"): string {
  return (
    `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}">` +
    `<style:paragraph-properties ${paragraphProps}/><style:text-properties ${textProps}/></style:style>`
  );
}

const NAMED_STYLES = [
  `<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>` +
    `<style:text-properties style:font-name="${FONT}" fo:font-size="11pt" fo:language="id" fo:country="ID"/></style:default-style>`,
  `<style:style style:name="Standard" style:family="paragraph" style:class="text"/>`,
  paragraph("Title", "Title", 'fo:text-align="center" fo:margin-top="0.2cm"', 'fo:font-size="16pt" fo:font-weight="bold"'),
  paragraph("Subtitle", "Subtitle", 'fo:text-align="center" fo:margin-bottom="0.4cm"', 'fo:font-size="13pt"'),
  `<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">` +
    `<style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>`,
  paragraph(
    "Marking",
    "Marking",
    'fo:text-align="center" fo:border="1.5pt solid #c00000" fo:padding="0.15cm" fo:margin-bottom="0.3cm"',
    'fo:font-size="20pt" fo:font-weight="bold" fo:color="#c00000" fo:letter-spacing="0.1cm"',
  ),
  paragraph("Small", "Small", 'fo:margin-bottom="0.1cm"', 'fo:font-size="9pt" fo:color="#404040"'),
  paragraph("List_20_Item", "List Item", 'fo:margin-bottom="0.1cm"', 'fo:font-size="11pt"'),
  `<style:style style:name="Hanging" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm">` +
    `<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>`,
  paragraph("Detail", "Detail", 'fo:margin-left="0.8cm" fo:margin-bottom="0.05cm"', 'fo:font-size="10pt"'),
  paragraph("Table_20_Contents", "Table Contents", 'fo:margin-bottom="0cm"', 'fo:font-size="10pt"'),
  paragraph("Table_20_Heading", "Table Heading", 'fo:margin-bottom="0cm"', 'fo:font-size="10pt" fo:font-weight="bold"', "Table_20_Contents"),
  paragraph("Signature", "Signature", 'fo:text-align="center" fo:margin-bottom="0cm"', 'fo:font-size="11pt"'),
  paragraph("Header", "Header", 'fo:text-align="center"', 'fo:font-size="10pt" fo:font-weight="bold" fo:color="#c00000"'),
  paragraph("Footer", "Footer", 'fo:text-align="center"', 'fo:font-size="9pt"'),
  `<text:list-style style:name="Numbering"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">` +
    `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">` +
    `<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/>` +
    `</style:list-level-properties></text:list-level-style-number></text:list-style>`,
].join("");

export function stylesXml(marking: string | null): string {
  const header = marking ? `<style:header><text:p text:style-name="Header">${xmlEscape(marking)}</text:p></style:header>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-styles ${ODF_NAMESPACES} office:version="1.2">` +
    `<office:font-face-decls><style:font-face style:name="${FONT}" svg:font-family="'${FONT}'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:styles>${NAMED_STYLES}</office:styles>` +
    `<office:automatic-styles><style:page-layout style:name="pm1">` +
    `<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>` +
    `<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>` +
    `</style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}` +
    `<style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer>` +
    `</style:master-page></office:master-styles>` +
    `</office:document-styles>`
  );
}

/** Column widths of the particulars table (label, value, article) and the signature table, within 17 cm of text. */
export function automaticStyles(signatureColumns: number): string {
  const column = (name: string, width: string) => `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${width}"/></style:style>`;
  const table = (name: string) => `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>`;
  const signatureWidth = `${(17 / Math.max(signatureColumns, 1)).toFixed(2)}cm`;
  return (
    `<office:automatic-styles>` +
    table("Fields") +
    column("Fields.A", "4.3cm") +
    column("Fields.B", "8.7cm") +
    column("Fields.C", "4cm") +
    `<style:style style:name="Fields.Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>` +
    table("Signatures") +
    column("Signatures.A", signatureWidth) +
    `</office:automatic-styles>`
  );
}
