import type { FundCatalog, CatalogMatch } from "../../../domain/funds/fund-catalog.ts";
import {
  FUND_COLUMNS,
  fundColumnLabel,
  page,
  type FundColumn,
  type FundRow,
  type FundTable,
  type RankOrder,
} from "../../../domain/funds/fund-table.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import { formatRupiah, spellRupiah } from "../../../domain/shared/money.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { fundData } from "./callback-data.ts";
import type { FundReply } from "./reply.ts";

export const DISTRICT_PAGE_SIZE = 10;
const DISTRICT_LIST_PAGE_SIZE = 8;
export const MAX_RANK_COUNT = 50;

/** "Pasal 13 ... Lampiran": the article that gives the annex its force. */
const ANNEX_ARTICLE = "Pasal 13";

function tableTitle(table: FundTable): string {
  return `Kabupaten ${table.meta.regency}, TA ${table.meta.fiscalYear}`;
}

function amountLines(row: Pick<FundRow, FundColumn>): string[] {
  return FUND_COLUMNS.map((column) => `${column.label}: ${formatRupiah(row[column.key])}`);
}

/** One kampung: the four parts, the total in figures and words, its kecamatan, and the annex row. */
export function villageReply(ctx: BotContext, table: FundTable, row: FundRow, correctedFrom?: string): FundReply {
  const lines = [
    ...(correctedFrom ? [ctx.say(`(«${correctedFrom}» dibaca sebagai «${row.village}».)`, `(Read «${correctedFrom}» as «${row.village}».)`)] : []),
    `Kampung ${row.village} — Kecamatan ${row.district}`,
    tableTitle(table),
    "",
    ...amountLines(row),
    `(${spellRupiah(row.total)})`,
    "",
    ctx.say(
      `Sumber: ${formatCitation(table.citationFor(row))} (${ANNEX_ARTICLE}).`,
      `Source: ${formatCitation(table.citationFor(row))} (${ANNEX_ARTICLE}).`,
    ),
  ];
  const districtIndex = table.districts().indexOf(row.district);
  return {
    text: lines.join("\n"),
    keyboard: keyboard([
      button(ctx.say("Tahap penyaluran", "Tranches"), fundData.tranches(table.meta.id!, row.rowNumber)),
      button(`Kec. ${row.district}`, fundData.district(table.meta.id!, districtIndex, 1)),
    ]),
  };
}

function matchLabel(match: CatalogMatch, row: FundRow, severalTables: boolean): string {
  return severalTables ? `${row.village} — ${row.district} (${match.meta.regency} ${match.meta.fiscalYear})` : `${row.village} — ${row.district}`;
}

/** The answer to a kampung name: the kampung, a choice between namesakes, suggestions, or a clear "not found". */
export function villageLookupReply(ctx: BotContext, catalog: FundCatalog, query: string): FundReply {
  const lookup = catalog.findVillage(query);
  if (lookup.kind === "found") {
    const candidates = lookup.matches.flatMap((match) => match.rows.map((row) => ({ match, row })));
    if (candidates.length === 1) {
      const [{ match, row }] = candidates as [(typeof candidates)[number]];
      return villageReply(ctx, match.table, row, lookup.match === "corrected" ? query : undefined);
    }
    const severalTables = lookup.matches.length > 1;
    return {
      text: ctx.say(
        `Ada ${candidates.length} kampung bernama «${candidates[0]!.row.village}». Pilih yang Anda maksud:`,
        `There are ${candidates.length} kampung named «${candidates[0]!.row.village}». Choose one:`,
      ),
      keyboard: keyboard(
        candidates.map(({ match, row }) => button(matchLabel(match, row, severalTables), fundData.village(match.meta.id!, row.rowNumber))),
        1,
      ),
    };
  }
  const shown = query.length > 40 ? `${query.slice(0, 40)}…` : query;
  if (lookup.kind === "suggest") {
    const severalTables = lookup.suggestions.length > 1;
    const options = lookup.suggestions.flatMap((match) => match.rows.map((row) => ({ match, row }))).slice(0, 6);
    return {
      text: ctx.say(
        `Kampung «${shown}» tidak ditemukan. Mungkin maksud Anda:`,
        `No kampung named «${shown}». Did you mean:`,
      ),
      keyboard: keyboard(
        options.map(({ match, row }) => button(matchLabel(match, row, severalTables), fundData.village(match.meta.id!, row.rowNumber))),
        1,
      ),
    };
  }
  return {
    text: ctx.say(
      `Kampung «${shown}» tidak ada di tabel dana kampung yang tersedia, dan tidak ada nama yang mirip. Periksa ejaan, ketik /kecamatan untuk melihat daftar kampung per kecamatan, atau /bantuan.`,
      `No kampung named «${shown}» and no similar name. Check the spelling, type /kecamatan to browse by kecamatan, or /bantuan.`,
    ),
  };
}

/** One kecamatan: number of kampung, totals per part, and its kampung ranked by total, a page at a time. */
export function districtReply(ctx: BotContext, table: FundTable, districtIndex: number, pageNumber: number): FundReply | undefined {
  const name = table.districts()[districtIndex];
  const summary = name === undefined ? undefined : table.district(name);
  if (!summary) return undefined;
  const current = page(summary.villages, pageNumber, DISTRICT_PAGE_SIZE);
  const first = (current.page - 1) * current.pageSize;
  const lines = [
    `Kecamatan ${summary.district} — ${tableTitle(table)}`,
    ctx.say(`${summary.villageCount} kampung`, `${summary.villageCount} kampung`),
    "",
    ...amountLines(summary.totals),
    `(${spellRupiah(summary.totals.total)})`,
    "",
    ctx.say(
      `Kampung menurut total (halaman ${current.page}/${current.totalPages}):`,
      `Kampung by total (page ${current.page}/${current.totalPages}):`,
    ),
    ...current.items.map((row, offset) => `${first + offset + 1}. ${row.village} — ${formatRupiah(row.total)}`),
    "",
    ctx.say(
      `Sumber: ${table.meta.regulation}, ${table.meta.annex} (${ANNEX_ARTICLE}); dijumlahkan dari ${summary.villageCount} baris.`,
      `Source: ${table.meta.regulation}, ${table.meta.annex} (${ANNEX_ARTICLE}); summed over ${summary.villageCount} rows.`,
    ),
  ];
  const tableId = table.meta.id!;
  const navigation = [
    ...(current.hasPrevious ? [button("◀", fundData.district(tableId, districtIndex, current.page - 1))] : []),
    ...(current.hasNext ? [button("▶", fundData.district(tableId, districtIndex, current.page + 1))] : []),
  ];
  const villages = current.items.map((row) => button(row.village, fundData.village(tableId, row.rowNumber)));
  return { text: lines.join("\n"), keyboard: keyboard([...villages, ...navigation], 2) };
}

export function districtLookupReply(ctx: BotContext, table: FundTable, query: string): FundReply {
  const lookup = table.findDistrict(query);
  if (lookup.kind === "found") {
    return districtReply(ctx, table, table.districts().indexOf(lookup.summary.district), 1)!;
  }
  const shown = query.length > 40 ? `${query.slice(0, 40)}…` : query;
  const suggestions = lookup.kind === "suggest" ? lookup.suggestions : [];
  return {
    text:
      suggestions.length > 0
        ? ctx.say(`Kecamatan «${shown}» tidak ditemukan. Mungkin maksud Anda:`, `No kecamatan «${shown}». Did you mean:`)
        : ctx.say(
            `Kecamatan «${shown}» tidak ada di ${tableTitle(table)}. Pilih dari daftar:`,
            `No kecamatan «${shown}» in ${tableTitle(table)}. Choose from the list:`,
          ),
    keyboard:
      suggestions.length > 0
        ? keyboard(suggestions.map((name) => button(name, fundData.district(table.meta.id!, table.districts().indexOf(name), 1))), 1)
        : districtListReply(ctx, table, 1).keyboard,
  };
}

/** All kecamatan of a table as buttons, paged. */
export function districtListReply(ctx: BotContext, table: FundTable, pageNumber: number): FundReply {
  const tableId = table.meta.id!;
  const names = table.districts();
  const current = page(
    names.map((name, index) => ({ name, index })),
    pageNumber,
    DISTRICT_LIST_PAGE_SIZE,
  );
  const navigation = [
    ...(current.hasPrevious ? [button("◀", fundData.districtList(tableId, current.page - 1))] : []),
    ...(current.hasNext ? [button("▶", fundData.districtList(tableId, current.page + 1))] : []),
  ];
  return {
    text: ctx.say(
      `Kecamatan di ${tableTitle(table)} (${names.length}; halaman ${current.page}/${current.totalPages}). Pilih satu:`,
      `Kecamatan in ${tableTitle(table)} (${names.length}; page ${current.page}/${current.totalPages}). Choose one:`,
    ),
    keyboard: keyboard([...current.items.map(({ name, index }) => button(name, fundData.district(tableId, index, 1))), ...navigation], 2),
  };
}

/** The regency's totals per part, counts of kampung and kecamatan. */
export function regencyReply(ctx: BotContext, table: FundTable): FundReply {
  const { totals, villageCount, districtCount } = table.regencyTotals();
  return {
    text: [
      ctx.say(`Total dana kampung ${tableTitle(table)}`, `Village-fund totals, ${tableTitle(table)}`),
      ctx.say(`${villageCount} kampung di ${districtCount} kecamatan`, `${villageCount} kampung in ${districtCount} kecamatan`),
      "",
      ...amountLines(totals),
      `(${spellRupiah(totals.total)})`,
      "",
      ctx.say(
        `Sumber: ${table.meta.regulation}, ${table.meta.annex} (${ANNEX_ARTICLE}); jumlah dari ${villageCount} baris.`,
        `Source: ${table.meta.regulation}, ${table.meta.annex} (${ANNEX_ARTICLE}); summed over ${villageCount} rows.`,
      ),
    ].join("\n"),
    keyboard: keyboard([
      button(ctx.say("Per kecamatan", "By kecamatan"), fundData.districtList(table.meta.id!, 1)),
      button(ctx.say("10 tertinggi", "Top 10"), fundData.rank(table.meta.id!, "total", "highest")),
      button(ctx.say("10 terendah", "Bottom 10"), fundData.rank(table.meta.id!, "total", "lowest")),
    ]),
  };
}

/** The highest or lowest N kampung by a column, in the whole table or one kecamatan. */
export function rankReply(
  ctx: BotContext,
  table: FundTable,
  column: FundColumn,
  order: RankOrder,
  count: number,
  districtQuery?: string,
): FundReply {
  let district: string | undefined;
  if (districtQuery !== undefined) {
    const lookup = table.findDistrict(districtQuery);
    if (lookup.kind !== "found") return districtLookupReply(ctx, table, districtQuery);
    district = lookup.summary.district;
  }
  const n = Math.min(MAX_RANK_COUNT, Math.max(1, count));
  const rows = table.rank(column, order, n, district);
  const orderWord = order === "highest" ? ctx.say("tertinggi", "highest") : ctx.say("terendah", "lowest");
  const scope = district ? `Kecamatan ${district}` : tableTitle(table);
  return {
    text: [
      ctx.say(
        `${rows.length} kampung ${orderWord} menurut ${fundColumnLabel(column)} — ${scope}:`,
        `${rows.length} ${orderWord} kampung by ${fundColumnLabel(column)} — ${scope}:`,
      ),
      ...rows.map((row, index) => `${index + 1}. ${row.village} (${row.district}) — ${formatRupiah(row[column])}`),
      ...(count > MAX_RANK_COUNT ? [ctx.say(`(Dibatasi ${MAX_RANK_COUNT} baris.)`, `(Limited to ${MAX_RANK_COUNT} rows.)`)] : []),
      "",
      ctx.say(`Sumber: ${table.meta.regulation}, ${table.meta.annex}.`, `Source: ${table.meta.regulation}, ${table.meta.annex}.`),
    ].join("\n"),
  };
}

/** Buttons for the ranking menu (/peringkat without arguments). */
export function rankMenuReply(ctx: BotContext, table: FundTable): FundReply {
  const tableId = table.meta.id!;
  return {
    text: ctx.say(
      "Peringkat kampung: pilih kolom dan arah. Bisa juga diketik, misalnya «5 tertinggi apbn» atau «10 terendah total di kecamatan Tamako».",
      "Ranking: choose a column and direction, or type e.g. «5 tertinggi apbn».",
    ),
    keyboard: keyboard(
      FUND_COLUMNS.flatMap((column) => [
        button(`▲ ${column.label}`, fundData.rank(tableId, column.key, "highest")),
        button(`▼ ${column.label}`, fundData.rank(tableId, column.key, "lowest")),
      ]),
      2,
    ),
  };
}

/** Two kampung side by side, with the difference per part. */
export function compareReply(ctx: BotContext, catalog: FundCatalog, first: string, second: string): FundReply {
  const resolved = [first, second].map((query) => {
    const lookup = catalog.findVillage(query);
    if (lookup.kind !== "found") return { query, lookup };
    const candidates = lookup.matches.flatMap((match) => match.rows.map((row) => ({ table: match.table, row })));
    return { query, lookup, candidates };
  });
  for (const item of resolved) {
    if (!("candidates" in item) || !item.candidates) return villageLookupReply(ctx, catalog, item.query);
    if (item.candidates.length > 1) {
      return {
        text: ctx.say(
          `Nama «${item.query}» ada di ${item.candidates.length} kecamatan; sebutkan kecamatannya, misalnya «bandingkan ${item.candidates[0]!.row.village} ${item.candidates[0]!.row.district} dan ...», atau pilih untuk melihat masing-masing:`,
          `«${item.query}» exists in ${item.candidates.length} kecamatan; choose one to view:`,
        ),
        keyboard: keyboard(
          item.candidates.map(({ table, row }) => button(`${row.village} — ${row.district}`, fundData.village(table.meta.id!, row.rowNumber))),
          1,
        ),
      };
    }
  }
  const [a, b] = resolved.map((item) => ("candidates" in item && item.candidates ? item.candidates[0]! : undefined)) as [
    { table: FundTable; row: FundRow },
    { table: FundTable; row: FundRow },
  ];
  const comparison = a.table.compare(a.row, b.row);
  const lines = [
    ctx.say(`Perbandingan ${a.row.village} (${a.row.district}) dan ${b.row.village} (${b.row.district})`, `${a.row.village} vs ${b.row.village}`),
    "",
    ...comparison.columns.flatMap((item) => [
      `${fundColumnLabel(item.column)}:`,
      `  ${a.row.village}: ${formatRupiah(item.a)}`,
      `  ${b.row.village}: ${formatRupiah(item.b)}`,
      `  ${ctx.say("selisih", "difference")}: ${formatRupiah(Math.abs(item.difference))}${
        item.difference === 0 ? "" : ` ${ctx.say("lebih besar di", "more in")} ${item.difference > 0 ? a.row.village : b.row.village}`
      }`,
    ]),
    "",
    ctx.say(
      `Sumber: ${formatCitation(a.table.citationFor(a.row))}; ${formatCitation(b.table.citationFor(b.row))}.`,
      `Source: ${formatCitation(a.table.citationFor(a.row))}; ${formatCitation(b.table.citationFor(b.row))}.`,
    ),
  ];
  return { text: lines.join("\n") };
}
