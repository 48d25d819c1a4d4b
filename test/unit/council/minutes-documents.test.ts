import { strFromU8, unzipSync } from "fflate";
import { DateTime } from "luxon";
import { PDFDocument } from "pdf-lib";
import { afterEach, describe, expect, it } from "vitest";
import { member } from "../../../src/domain/council/participants.ts";
import type { Minutes } from "../../../src/domain/council/minutes/index.ts";
import { minutesFileName, renderMinutesOdt, renderMinutesPdf } from "../../../src/bot/features/council/documents/index.ts";
import { flat, pdfText } from "../../kit/pdf-text.ts";
import { CLOSED_STORY, closedMeetingStory, minutesOf, NAMES, plenaryStory, shortMeeting, STORY } from "./minutes-kit.ts";

const META = { sessionId: 42 };
const MIMETYPE = "application/vnd.oasis.opendocument.text";

const draft = minutesOf(plenaryStory());
const official = minutesOf(plenaryStory(), {
  status: "official",
  corrections: [{ by: member("m7"), at: DateTime.fromISO("2025-03-12T08:00:00", { zone: "Asia/Jakarta" }), text: "Nama saya Rina Wati, bukan Rina Watie" }],
});
const closed = minutesOf(closedMeetingStory(), { status: "draft", omittedItems: [1] });

function entry(odt: Uint8Array, name: string): string {
  const file = unzipSync(odt)[name];
  if (!file) throw new Error(`${name} missing`);
  return strFromU8(file);
}

/** Tags balance and every & starts an entity: enough to know a parser will take it. */
function wellFormed(xml: string): boolean {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(xml)) return false;
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  for (const tag of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|</g)) {
    const [whole, closing, name, , selfClosing] = tag;
    if (whole === "<") return false;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

/** The text of content.xml with the markup and the entities undone. */
function odtText(odt: Uint8Array): string {
  return entry(odt, "content.xml")
    .replace(/<text:tab\/>/g, " ")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("the .odt: an OpenDocument Text package", () => {
  const odt = renderMinutesOdt(draft, META);

  it("starts with the mimetype entry, stored uncompressed, without extra field (ODF 1.2 Part 3, 3.3)", () => {
    const view = new DataView(odt.buffer, odt.byteOffset, odt.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    expect(view.getUint32(18, true)).toBe(MIMETYPE.length);
    expect(view.getUint32(22, true)).toBe(MIMETYPE.length);
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0);
    expect(strFromU8(odt.subarray(30, 30 + nameLength))).toBe("mimetype");
    expect(strFromU8(odt.subarray(30 + nameLength, 30 + nameLength + MIMETYPE.length))).toBe(MIMETYPE);
  });

  it("holds the manifest, content, styles and meta, all well-formed, the manifest naming each", () => {
    expect(Object.keys(unzipSync(odt))).toEqual(["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"]);
    for (const name of ["META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"]) expect(wellFormed(entry(odt, name)), name).toBe(true);
    const manifest = entry(odt, "META-INF/manifest.xml");
    for (const path of ["/", "content.xml", "styles.xml", "meta.xml"]) expect(manifest).toContain(`manifest:full-path="${path}"`);
    expect(manifest).toContain(`manifest:media-type="${MIMETYPE}"`);
    expect(entry(odt, "meta.xml")).toContain("<dc:title>Risalah Sementara Rapat Paripurna BPD Sukamaju</dc:title>");
    expect(entry(odt, "meta.xml")).toContain("<meta:creation-date>2025-03-10T10:16:00</meta:creation-date>");
  });

  it("the checker itself refuses broken markup", () => {
    expect(wellFormed("<a><b>x</b></a>")).toBe(true);
    expect(wellFormed("<a><b>x</a></b>")).toBe(false);
    expect(wellFormed("<a>x & y</a>")).toBe(false);
    expect(wellFormed("<a>x <jalan> y</a>")).toBe(false);
  });

  it("says RISALAH SEMENTARA and holds the members' names, the decisions and their counts, escaped", () => {
    const content = entry(odt, "content.xml");
    const text = odtText(odt);
    expect(text).toContain("RISALAH SEMENTARA");
    expect(text).not.toContain("RISALAH RESMI");
    for (const name of NAMES.slice(0, 7)) expect(text).toContain(name);
    expect(text).toContain("Slamet Riyadi, Kepala Desa Sukamaju");
    expect(text).toContain(`“${STORY.regulationMotion}” — DITERIMA (Setuju 5, Tolak 1, Abstain 1; perlu 4 suara setuju dari 7 anggota hadir (Pasal 60 ayat (4)))`);
    expect(text).toContain(`“${STORY.consensusMotion}” — DITERIMA secara musyawarah mufakat (Pasal 60 ayat (1))`);
    expect(text).toContain(STORY.showOfHandsMotion);
    expect(content).toContain("panitia pembangunan &amp; &lt;jalan&gt; desa");
    expect(text).toContain("Senin, 10 Maret 2025");
    expect(text).toContain("Pasal 56 ayat (2) huruf g");
  });

  it("numbers the course as a list and lays the particulars out as a table", () => {
    const content = entry(odt, "content.xml");
    expect(content).toMatch(/<text:list text:style-name="Numbering"><text:list-item><text:p text:style-name="List_20_Item">09\.30 Rapat dibuka/);
    expect(content).toContain('<table:table table:name="Keterangan"');
    expect(entry(odt, "styles.xml")).toContain('<text:list-style style:name="Numbering">');
  });

  it("the draft asks for corrections within 7 days and is not signed yet; the official version lists the corrections and the signatures", () => {
    expect(odtText(odt)).toContain("dalam 7 hari");
    expect(odtText(odt)).not.toContain("Mengetahui,");
    const text = odtText(renderMinutesOdt(official, META));
    expect(text).toContain("RISALAH RESMI");
    expect(text).toContain("Rina Wati, 12 Maret 2025 08.00 WIB: Nama saya Rina Wati, bukan Rina Watie");
    expect(text).toContain("Mengetahui,");
    expect(text).toContain("Sekretaris BPD");
    expect(text).toContain("( Joko Widodo )");
    expect(text).toContain("( Budi Santoso )");
  });
});

describe("Pasal 43 ayat (2)-(3): the documents of a closed meeting", () => {
  it("the .odt says RAHASIA first, and in every page header", () => {
    const odt = renderMinutesOdt(closed, META);
    expect(entry(odt, "content.xml")).toMatch(/<office:text><text:p text:style-name="Marking">RAHASIA<\/text:p>/);
    expect(entry(odt, "styles.xml")).toContain('<style:header><text:p text:style-name="Header">RAHASIA</text:p></style:header>');
    expect(entry(odt, "meta.xml")).toContain("<meta:keyword>RAHASIA</meta:keyword>");
  });

  it("the .pdf says RAHASIA at the top of every page", async () => {
    const pdf = await renderMinutesPdf(closed, META);
    const lines = pdfText(pdf).split("\n");
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(lines[0]).toBe("RAHASIA");
    expect(lines.filter((l) => l === "RAHASIA").length).toBeGreaterThanOrEqual(pages + 1);
  });

  it("neither shows what was left out", async () => {
    const texts = [odtText(renderMinutesOdt(closed, META)), flat(pdfText(await renderMinutesPdf(closed, META)))];
    for (const text of texts) {
      for (const secret of [CLOSED_STORY.agenda[0], CLOSED_STORY.secretMotion, CLOSED_STORY.secretWords]) expect(text).not.toContain(secret);
      expect(text).toContain(CLOSED_STORY.keptMotion);
      expect(text).toContain("tidak dimuat");
    }
  });

  it("an open meeting's documents are not marked", async () => {
    expect(odtText(renderMinutesOdt(draft, META))).not.toContain("RAHASIA");
    expect(pdfText(await renderMinutesPdf(draft, META))).not.toContain("RAHASIA");
  });
});

describe("Pasal 53 ayat (3): retracted words are in neither document", () => {
  it("keeps the words not taken back and drops the retracted ones", async () => {
    for (const text of [odtText(renderMinutesOdt(draft, META)), flat(pdfText(await renderMinutesPdf(draft, META)))]) {
      expect(text).not.toContain(STORY.retractedWords);
      expect(text).toContain(STORY.keptWords);
      expect(text).toContain("ditarik kembali pukul 09.41 dan tidak dimuat dalam risalah");
    }
  });
});

describe("the .pdf: A4, titled with the council, readable as text", () => {
  it("loads, is A4, names village and council in its title, and dates itself from the log", async () => {
    const doc = await PDFDocument.load(await renderMinutesPdf(draft, META), { updateMetadata: false });
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe("Risalah Sementara Rapat Paripurna BPD Sukamaju");
    expect(doc.getCreationDate()?.toISOString()).toBe("2025-03-10T03:16:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2025-03-10T03:16:00.000Z");
    expect(doc.getProducer()).toBe("Asisten Desa (pdf-lib)");
  });

  it("holds the title, the names, the decisions and their counts", async () => {
    const text = flat(pdfText(await renderMinutesPdf(draft, META)));
    expect(text).toContain("RISALAH SEMENTARA");
    expect(text).toContain("Rapat Paripurna BPD Sukamaju");
    for (const name of NAMES.slice(0, 7)) expect(text).toContain(name);
    expect(text).toContain(STORY.regulationMotion);
    expect(text).toContain("DITERIMA (Setuju 5, Tolak 1, Abstain 1; perlu 4 suara setuju dari 7 anggota hadir (Pasal 60 ayat (4)))");
    expect(text).toContain(`${STORY.showOfHandsMotion}”`);
    expect(text).toContain("Tolak: Rina Wati.");
    expect(text).toContain("log rapat nomor 42");
  });

  it("the official version carries the corrections and the signatures", async () => {
    const text = flat(pdfText(await renderMinutesPdf(official, META)));
    expect(text).toContain("RISALAH RESMI");
    expect(text).toContain("Nama saya Rina Wati, bukan Rina Watie");
    expect(text).toContain("Mengetahui,");
    expect(text).toContain("( Budi Santoso )");
  });
});

describe("reproducible byte for byte", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("the same minutes give the same .odt and .pdf, rendered again from a log replayed anew", async () => {
    const again: Minutes = minutesOf(plenaryStory());
    expect(renderMinutesOdt(again, META)).toEqual(renderMinutesOdt(draft, META));
    expect(await renderMinutesPdf(again, META)).toEqual(await renderMinutesPdf(draft, META));
  });

  it("whatever zone the server runs in", async () => {
    process.env.TZ = "UTC";
    const odt = renderMinutesOdt(draft, META);
    const pdf = await renderMinutesPdf(draft, META);
    process.env.TZ = "America/New_York";
    expect(renderMinutesOdt(draft, META)).toEqual(odt);
    expect(await renderMinutesPdf(draft, META)).toEqual(pdf);
  });

  it("different minutes give different bytes", async () => {
    expect(renderMinutesOdt(official, META)).not.toEqual(renderMinutesOdt(draft, META));
    expect(await renderMinutesPdf(official, META)).not.toEqual(await renderMinutesPdf(draft, META));
  });
});

describe("Pasal 57: catatan rapat signed by the chair alone, and the commission's report to the Pimpinan BPD", () => {
  it("a Rapat Pimpinan's notes have one signature, the chair's, and no secretary's line", async () => {
    const notes = minutesOf(shortMeeting({ kind: "leadership" }, 1, [1, 2]), { status: "official" });
    const text = flat(pdfText(await renderMinutesPdf(notes, META)));
    expect(text).toContain("CATATAN RAPAT Rapat Pimpinan BPD Sukamaju");
    expect(text).toContain("Ketua Rapat ( Budi Santoso )");
    expect(text).not.toContain("Mengetahui,");
    expect(odtText(renderMinutesOdt(notes, META))).not.toMatch(/^Sekretaris BPD$/m);
    expect(minutesFileName(notes, "pdf")).toBe("catatan-rapat-bpd-sukamaju-2025-03-10.pdf");
  });

  it("a Rapat Bidang's report is addressed to the Pimpinan BPD and says how the regulation was read", () => {
    const report = minutesOf(shortMeeting({ kind: "commission", commission: "government" }, 3, [3, 6]));
    const text = odtText(renderMinutesOdt(report, META));
    expect(text).toContain("RANCANGAN LAPORAN");
    expect(text).toContain("Rapat Bidang Pemerintahan BPD Sukamaju");
    expect(text).not.toContain("Bidang Bidang");
    expect(text).toContain("Kepada Yth. Pimpinan BPD Sukamaju");
    expect(text).toContain("Catatan: Pasal 57 ayat (3) tidak menyebut siapa yang menandatangani laporan");
    expect(minutesFileName(report, "odt")).toBe("rancangan-laporan-bpd-sukamaju-2025-03-10.odt");
  });
});

describe("file names", () => {
  it("say the record, the council and the day", () => {
    expect(minutesFileName(draft, "odt")).toBe("risalah-sementara-bpd-sukamaju-2025-03-10.odt");
    expect(minutesFileName(official, "pdf")).toBe("risalah-resmi-bpd-sukamaju-2025-03-10.pdf");
  });
});
