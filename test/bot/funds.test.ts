import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSangiheAnnex } from "../../src/domain/funds/sangihe-annex.ts";
import { formatRupiah } from "../../src/domain/shared/money.ts";
import { createTestBot, type TestBot } from "../kit/bot-harness.ts";
import { groups, users } from "../kit/users.ts";

const annex = parseSangiheAnnex(
  readFileSync(resolve(import.meta.dirname, "../../prisma/regulations/perbup-sangihe-5-2022-dana-kampung.txt"), "utf8"),
);

let bot: TestBot;
beforeAll(async () => {
  bot = await createTestBot({ clock: "2022-03-15T10:00:00", timeZone: "Asia/Makassar" });
});
afterAll(() => bot.close());

const textOf = (events: { kind: string; text?: string }[]) =>
  events.filter((event) => event.kind === "message" || event.kind === "edit").map((event) => event.text ?? "").join("\n---\n");

describe("one kampung (Perbup Kepulauan Sangihe 5/2022, Pasal 13 and Lampiran)", () => {
  it("answers every one of the 145 kampung with its four parts, total in figures and words, kecamatan and annex row", async () => {
    const namesakes = new Set(["Mala", "Bukide"]);
    for (const row of annex.rows) {
      const reply = textOf(await bot.sendText(`/dana ${row.village}`));
      if (namesakes.has(row.village)) {
        expect(reply).toContain(`Ada 2 kampung bernama «${row.village}»`);
        continue;
      }
      expect(reply, row.village).toContain(`Kampung ${row.village} — Kecamatan ${row.district}`);
      for (const amount of [row.villageFund, row.districtAllocation, row.taxShare, row.leviesShare, row.total]) {
        expect(reply, row.village).toContain(formatRupiah(amount));
      }
      expect(reply).toContain(`Lampiran baris ${row.rowNumber} Perbup Kepulauan Sangihe 5/2022`);
    }
    expect(bot.errors()).toEqual([]);
  });

  it("answers plain Indonesian and spells the total out with «miliar»", async () => {
    const reply = textOf(await bot.sendText("berapa dana kampung Kalasuge?"));
    expect(reply).toContain("Total: Rp1.160.665.000");
    expect(reply).toContain("(satu miliar seratus enam puluh juta enam ratus enam puluh lima ribu rupiah)");
    expect(reply).not.toContain("milyar");
  });

  it("repairs OCR-spaced names: Dagho and Bebu", async () => {
    expect(textOf(await bot.sendText("dana Dagho"))).toContain("Rp1.062.963.000");
    expect(textOf(await bot.sendText("Bebu"))).toContain("Rp987.744.000");
  });

  it("forgives case, spacing and a small typo, and says how it read the name", async () => {
    expect(textOf(await bot.sendText("KALA SUGE"))).toContain("Kampung Kalasuge");
    const corrected = textOf(await bot.sendText("dana Kalasugee"));
    expect(corrected).toContain("«Kalasugee» dibaca sebagai «Kalasuge»");
  });

  it("suggests the nearest names when nothing matches, as buttons that answer", async () => {
    const events = await bot.sendText("dana Petaa Timor");
    expect(textOf(events)).toContain("tidak ditemukan");
    const labels = events.flatMap((event) => event.buttons.flat());
    expect(labels.some((label) => label.startsWith("Petta"))).toBe(true);
    const answer = textOf(await bot.press(labels.find((label) => label.startsWith("Petta Timur"))!));
    expect(answer).toContain("Kampung Petta Timur");
  });

  it("asks which Mala is meant, with a button per kecamatan", async () => {
    const events = await bot.sendText("berapa dana kampung Mala?");
    expect(events.flatMap((event) => event.buttons.flat())).toEqual(["Mala — Tabukan Utara", "Mala — Manganitu"]);
    const chosen = textOf(await bot.press("Mala — Manganitu"));
    expect(chosen).toContain("Kampung Mala — Kecamatan Manganitu");
    expect(chosen).toContain("Rp946.185.000");
  });

  it("says clearly when a name is unknown and nothing is close", async () => {
    expect(textOf(await bot.sendText("/dana Zzyzx Qwv"))).toContain("tidak ada di tabel dana kampung");
  });
});

describe("kecamatan and regency", () => {
  it("totals the regency exactly as the annex's TOTAL row", async () => {
    const reply = textOf(await bot.sendText("/kabupaten"));
    expect(reply).toContain("145 kampung di 12 kecamatan");
    for (const amount of Object.values(annex.totalRow)) expect(reply).toContain(formatRupiah(amount));
  });

  it("summarises a kecamatan with its kampung ranked by total, paged with buttons edited in place", async () => {
    const events = await bot.sendText("total kecamatan Tamako");
    const reply = textOf(events);
    expect(reply).toContain("Kecamatan Tamako");
    expect(reply).toContain("20 kampung");
    expect(reply).toMatch(/1\. Balane — Rp1\.230\.749\.000/);
    expect(reply).toContain("halaman 1/2");
    const next = await bot.press("▶");
    const edit = next.find((event) => event.kind === "edit");
    expect(edit?.text).toContain("halaman 2/2");
    expect(edit?.text).toMatch(/11\. /);
  });

  it("lists the kecamatan as buttons when none is named", async () => {
    const events = await bot.sendText("/kecamatan");
    expect(events.flatMap((event) => event.buttons.flat())).toContain("Tabukan Utara");
    expect(textOf(await bot.press("Tabukan Utara"))).toContain("Kecamatan Tabukan Utara");
  });

  it("ranks the highest and lowest by any column, in the regency or one kecamatan", async () => {
    const highest = textOf(await bot.sendText("5 tertinggi apbn"));
    expect(highest).toMatch(/1\. Lapango \(Manganitu Selatan\) — Rp979\.245\.000/);
    const lowest = textOf(await bot.sendText("3 terendah total di kecamatan Tamako"));
    expect(lowest).toMatch(/1\. Kalinda I \(Tamako\) — Rp921\.519\.000/);
    expect(lowest.match(/^\d\. /gm)).toHaveLength(3);
  });

  it("puts two kampung side by side with the difference", async () => {
    const reply = textOf(await bot.sendText("bandingkan Bahu dan Naha"));
    expect(reply).toContain("Rp891.043.000");
    expect(reply).toContain("Rp636.408.000");
    expect(reply).toContain("selisih: Rp254.635.000 lebih besar di Bahu");
  });
});

describe("tranches (Pasal 14 ayat (4) to (7))", () => {
  it("splits the APBN part 40/40/20 with month windows, conditions, and which window is open now", async () => {
    const reply = textOf(await bot.sendText("/tahap Kalasuge"));
    expect(reply).toContain("Tahap I: 40% = Rp282.990.000");
    expect(reply).toContain("Tahap II: 40% = Rp282.990.000");
    expect(reply).toContain("Tahap III: 20% = Rp141.495.000");
    expect(reply).toContain("paling cepat Maret, paling lambat Agustus — sedang terbuka");
    expect(reply).toContain("paling cepat Juni, paling lambat Desember — belum dibuka");
    expect(reply).toContain("Pasal 14 ayat (6) huruf b");
  });

  it("checks reported absorption and output against the next tranche's thresholds and says by how much they fall short", async () => {
    const short = textOf(await bot.sendText("tahap Kalasuge serapan 45 capaian 40"));
    expect(short).toContain("realisasi penyerapan: 45% / minimal 50% — kurang 5 poin persen");
    expect(short).toContain("capaian keluaran: 40% / minimal 35% — terpenuhi");
    const third = textOf(await bot.sendText("tahap 2 Kalasuge serapan 92 capaian 70,5"));
    expect(third).toContain("kurang 4,5 poin persen");
    expect(third).toContain("Pasal 14 ayat (7) huruf a");
  });
});

describe("calculators (Pasal 4, 6, 7, 10)", () => {
  it("gives the base allocation of a population's cluster, and the reading of the garbled huruf e", async () => {
    expect(textOf(await bot.sendText("/alokasidasar 1500"))).toContain("Rp504.725.000");
    expect(textOf(await bot.sendText("/alokasidasar 1501"))).toContain("Rp603.117.000");
    const e = textOf(await bot.sendText("alokasi dasar 3.001 jiwa"));
    expect(e).toContain("Rp665.508.000");
    expect(e).toContain("Rp.665.508,000,000");
  });

  it("refuses a population of -5 and a malformed number with a clear Indonesian answer", async () => {
    expect(textOf(await bot.sendText("/alokasidasar -5"))).toContain("tidak bisa negatif");
    expect(textOf(await bot.sendText("/alokasidasar 12,5"))).toContain("bilangan bulat");
  });

  it("computes the formula allocation from Z1 to Z4 and shows the regency pool and its reading", async () => {
    const reply = textOf(await bot.sendText("/formula z1 0,01 z2 0,02 z3 0,01 z4 0,015 af 35 miliar"));
    expect(reply).toContain("Rp542.500.000");
    expect(reply).toContain("Rp35.280.482.300");
    expect(reply).toContain("setiap Kabupaten");
  });

  it("shows the performance weights, with the 50% Pasal 7 ayat (1) leaves unassigned", async () => {
    const reply = textOf(await bot.sendText("/kinerja"));
    expect(reply).toContain("55% → 11% dari keseluruhan (Pasal 7 ayat (2) huruf a)");
    expect(reply).toContain("bobot yang diatur berjumlah 90%");
  });
});

describe("inline mode (@bot Kalasuge from any chat)", () => {
  it("answers with an article per matching kampung", async () => {
    const events = await bot.inline("Kalasuge");
    const answer = events.find((event) => event.kind === "inlineAnswer");
    expect(answer?.results?.[0]?.title).toBe("Kalasuge — Kec. Tabukan Utara");
    const namesakes = (await bot.inline("Bukide")).find((event) => event.kind === "inlineAnswer");
    expect(namesakes?.results).toHaveLength(2);
  });
});

describe("bad input changes nothing and gets a clear answer", () => {
  it("answers forged, stale and random button data with a notice and sends nothing else", async () => {
    for (const data of ["fv:1:9999", "fd:999:0:1", "fd:1:9999:1", "fr:1:hack:h", "fv:-1:1", "zz", "fk:1e99"]) {
      const events = await bot.send(bot.updates.callbackQuery({ data }));
      expect(events.filter((event) => event.kind === "message")).toEqual([]);
      const notice = events.find((event) => event.kind === "callbackAnswer");
      expect(notice?.text, data).toContain("tidak berlaku");
    }
  });

  it("survives a 5,000-character message, emoji and control characters", async () => {
    for (const text of ["a".repeat(5000), "😀🙏🏽💰", "\u0000\u202e\u200b", "berapa dana kampung 🏝️?"]) {
      const events = await bot.sendText(text);
      expect(events.filter((event) => event.kind === "message")).toHaveLength(1);
      expect(events[0]?.text?.length).toBeLessThan(4096);
    }
    expect(bot.errors()).toEqual([]);
  });

  it("answers an unknown command with a pointer to /bantuan", async () => {
    expect(textOf(await bot.sendText("/terbang"))).toContain("Perintah /terbang tidak dikenal");
  });

  it("in a group, answers commands and mentions but not chatter addressed to others", async () => {
    expect(await bot.sendText("oke siap, besok rapat jam 9", { chat: groups.bpdSukamaju, from: users.siti })).toEqual([]);
    expect(textOf(await bot.send(bot.updates.command("dana", { args: "Kalasuge", chat: groups.bpdSukamaju, mention: true })))).toContain(
      "Kampung Kalasuge",
    );
    expect(textOf(await bot.sendText("@asisten_desa_bot berapa dana kampung Bahu?", { chat: groups.bpdSukamaju }))).toContain("Kampung Bahu");
  });
});

describe("help", () => {
  it("/start welcomes in Indonesian and lists the commands; /bantuan lists them", async () => {
    const welcome = textOf(await bot.sendText("/start"));
    expect(welcome).toContain("Selamat datang, Budi");
    expect(welcome).toContain("Ketua dan anggota BPD");
    expect(welcome).toContain("Teknisi TIK SKPD");
    expect(welcome).toContain("/dana NAMA");
    expect(textOf(await bot.sendText("/bantuan"))).toContain("/kecamatan NAMA");
  });
});
