/** Characters XML 1.0 does not allow at all, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Text inside an ODF paragraph: escaped, with line breaks and tabs as the elements ODF uses for them. */
export function odfText(text: string): string {
  return xmlEscape(text.replace(/\r\n?/g, "\n"))
    .replace(/\n/g, "<text:line-break/>")
    .replace(/\t/g, "<text:tab/>");
}
