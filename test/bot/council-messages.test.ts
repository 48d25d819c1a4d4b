import { describe, expect, it } from "vitest";
import { refusalText, SESSION_MESSAGES, SETUP_MESSAGES } from "../../src/bot/features/council/messages.ts";
import { MINUTES_MESSAGES } from "../../src/bot/features/council/minutes-feature.ts";
import { PROCEDURE_MESSAGES } from "../../src/bot/features/council/procedures/refusals.ts";

/**
 * Every refusal the council says has an Indonesian and an English text: a code added without its English (or with
 * the Indonesian copied into the English place) fails here.
 */

/** Any param a template reads: a time for the clock fields, a phase for WRONG_PHASE, a marker otherwise. */
const params = new Proxy({} as Record<string, string | number>, {
  get: (_target, key) => (key === "phase" ? "open" : key === "until" || key === "plannedStart" ? "2026-11-23T10:00:00+07:00" : `‹${String(key)}›`),
});

/** Words that give away an Indonesian sentence; commands (/hadir) and legal names in parentheses are not counted. */
const INDONESIAN = /\b(tidak|sudah|belum|dengan|yang|dari|untuk|dapat|hanya|anggota|rapat|suara|diperlukan|hadir|ditunda)\b/i;
const withoutLegalNames = (text: string) =>
  text
    .replace(/\/\w+/g, "")
    .replace(/\([^()]*\)/g, "")
    .replace(/Rapat (Paripurna|Bidang)|Ketua BPD|Wakil Ketua|Ketua Bidang/g, "");

/** The engine's and the set-up's refusals, and those of the record after the meeting and of the procedures. */
const tables = { SESSION_MESSAGES, SETUP_MESSAGES, MINUTES_MESSAGES, PROCEDURE_MESSAGES } as const;

describe("council refusals in both languages", () => {
  for (const [table, messages] of Object.entries(tables)) {
    it(`${table}: every code has an Indonesian and a different English text`, () => {
      const codes = Object.keys(messages);
      expect(codes.length).toBeGreaterThan(10);
      for (const [code, template] of Object.entries(messages)) {
        const texts = (template as (p: typeof params, article: string) => readonly string[])(params, "Pasal 1 ayat (1)");
        expect(texts, code).toHaveLength(2);
        const [id, en] = texts;
        expect(id?.trim(), `${code} (id)`).toBeTruthy();
        expect(en?.trim(), `${code} (en)`).toBeTruthy();
        expect(en, `${code}: the English is the Indonesian`).not.toBe(id);
        expect(withoutLegalNames(en!), `${code}: the English reads as Indonesian`).not.toMatch(INDONESIAN);
        // The same params fill both texts: nothing the Indonesian says is lost in English.
        for (const marker of id!.match(/‹\w+›/g) ?? []) expect(en, `${code}: ${marker}`).toContain(marker);
      }
    });
  }

  it("refusalText picks the language and keeps the article as it is", () => {
    const rejection = { ok: false, code: "NO_QUORUM", params: { present: 5, members: 9, required: 6 }, citation: { article: "Pasal 30 ayat (3)" } } as const;
    expect(refusalText(rejection as never)).toBe("Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");
    expect(refusalText(rejection as never, "id")).toBe("Kuorum belum tercapai: 5 dari 9 anggota hadir, diperlukan 6 (Pasal 30 ayat (3))");
    expect(refusalText(rejection as never, "en")).toBe("Quorum not reached: 5 of 9 members present, 6 required (Pasal 30 ayat (3))");
    expect(refusalText({ ok: false, code: "SOMETHING_NEW", params: {} } as never, "en")).toBe("This request was refused (SOMETHING_NEW).");
  });
});
