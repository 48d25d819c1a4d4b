import { Composer } from "telegraf";
import type { InlineQueryResult } from "telegraf/types";
import type { FundCatalog } from "../../../domain/funds/fund-catalog.ts";
import { MAX_QUERY_LENGTH, parseFundQuery, type FundQueryIntent } from "../../../domain/funds/fund-query-intent.ts";
import type { FundTable } from "../../../domain/funds/fund-table.ts";
import { formatRupiah } from "../../../domain/shared/money.ts";
import type { BotContext } from "../../context.ts";
import { baseAllocationReply, formulaReply, performanceReply, tranchesReply } from "./calculator-replies.ts";
import { FUND_CALLBACK_PATTERN, parseFundAction, type FundAction } from "./callback-data.ts";
import type { FundReply } from "./reply.ts";
import {
  compareReply,
  districtListReply,
  districtLookupReply,
  districtReply,
  rankMenuReply,
  rankReply,
  regencyReply,
  villageLookupReply,
  villageReply,
} from "./table-replies.ts";

type CommandAnswer = (ctx: BotContext, catalog: FundCatalog, payload: string) => FundReply;

/** A command's payload read as the plain question it abbreviates ("/tahap Kalasuge" = "tahap Kalasuge"). */
const asQuestion =
  (prefix: string, usage?: [string, string]): CommandAnswer =>
  (ctx, catalog, payload) => {
    if (!payload && usage) return { text: ctx.say(...usage) };
    const intent = parseFundQuery(`${prefix} ${payload}`);
    return intent.kind === "unknown" && usage ? { text: ctx.say(...usage) } : answer(ctx, catalog, intent);
  };

const COMMANDS: Record<string, CommandAnswer> = {
  dana: (ctx, catalog, payload) =>
    payload
      ? villageLookupReply(ctx, catalog, payload.slice(0, 120))
      : { text: ctx.say("Sebutkan nama kampung, misalnya: /dana Kalasuge", "Name a kampung, e.g. /dana Kalasuge") },
  kecamatan: (ctx, catalog, payload) =>
    payload ? asQuestion("kecamatan")(ctx, catalog, payload) : withTable(ctx, catalog, (table) => districtListReply(ctx, table, 1)),
  kabupaten: (ctx, catalog) => withTable(ctx, catalog, (table) => regencyReply(ctx, table)),
  peringkat: (ctx, catalog, payload) =>
    payload ? asQuestion("peringkat")(ctx, catalog, payload) : withTable(ctx, catalog, (table) => rankMenuReply(ctx, table)),
  banding: asQuestion("bandingkan", ["Sebutkan dua kampung, misalnya: /banding Bahu dan Naha", "Name two kampung, e.g. /banding Bahu dan Naha"]),
  tahap: asQuestion("tahap", ["Sebutkan nama kampung, misalnya: /tahap Kalasuge", "Name a kampung, e.g. /tahap Kalasuge"]),
  alokasidasar: asQuestion("alokasi dasar"),
  formula: asQuestion("formula"),
  kinerja: (ctx) => performanceReply(ctx),
};

const MAX_INLINE_RESULTS = 10;

/** Village-fund queries (Perbup Kepulauan Sangihe 5/2022): commands, plain Indonesian, buttons and inline mode. */
export function fundsFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  for (const [command, respond] of Object.entries(COMMANDS)) {
    feature.command(command, async (ctx) => {
      const catalog = await ctx.services.store.funds.loadCatalog();
      await send(ctx, respond(ctx, catalog, ctx.payload.trim()));
    });
  }

  feature.on("text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/") || !ctx.addressedToBot) return next();
    const intent = parseFundQuery(ctx.questionText(MAX_QUERY_LENGTH) ?? "");
    if (intent.kind === "unknown") return next();
    await send(ctx, answer(ctx, await ctx.services.store.funds.loadCatalog(), intent));
  });

  feature.action(FUND_CALLBACK_PATTERN, async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const action = parseFundAction(data);
    const catalog = await ctx.services.store.funds.loadCatalog();
    const reply = action ? replyForAction(ctx, catalog, action) : undefined;
    if (!reply) {
      await ctx.answerCbQuery(ctx.say("Tombol ini sudah tidak berlaku. Silakan tanya lagi.", "This button is no longer valid. Please ask again."), {
        show_alert: true,
      });
      return;
    }
    await ctx.answerCbQuery();
    if (action!.kind === "district" || action!.kind === "districtList") return editOrSend(ctx, reply);
    await send(ctx, reply);
  });

  feature.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim().slice(0, 120);
    const catalog = await ctx.services.store.funds.loadCatalog();
    await ctx.answerInlineQuery(inlineResults(ctx, catalog, query), { cache_time: 60, is_personal: false });
  });

  return feature;
}

async function send(ctx: BotContext, reply: FundReply): Promise<void> {
  await ctx.reply(reply.text, reply.keyboard);
}

/** Paging edits the list in place; when the message can no longer be edited, a new one is sent. */
async function editOrSend(ctx: BotContext, reply: FundReply): Promise<void> {
  try {
    await ctx.editMessageText(reply.text, reply.keyboard);
  } catch (error) {
    const description = (error as { description?: string }).description ?? "";
    if (description.includes("message is not modified")) return;
    ctx.services.logger.debug({ err: error }, "edit failed; sending a new message");
    await send(ctx, reply);
  }
}

function noTables(ctx: BotContext): FundReply {
  return {
    text: ctx.say(
      "Belum ada tabel dana kampung di basis data. Pengelola dapat mengimpornya dengan npm run import:funds.",
      "No village-fund table is loaded yet. An administrator can import one with npm run import:funds.",
    ),
  };
}

function withTable(ctx: BotContext, catalog: FundCatalog, build: (table: FundTable) => FundReply): FundReply {
  const table = catalog.defaultTable();
  return table ? build(table) : noTables(ctx);
}

/** The table that has this kecamatan (the default table first), or the default table to suggest names from. */
function tableForDistrict(catalog: FundCatalog, name: string): FundTable | undefined {
  const fallback = catalog.defaultTable();
  const ordered = [fallback, ...catalog.tables().filter((table) => table !== fallback)];
  return ordered.find((table) => table?.findDistrict(name).kind === "found") ?? fallback;
}

function answer(ctx: BotContext, catalog: FundCatalog, intent: FundQueryIntent): FundReply {
  if (catalog.tables().length === 0 && intent.kind !== "baseAllocation" && intent.kind !== "performance" && intent.kind !== "formula") {
    return noTables(ctx);
  }
  switch (intent.kind) {
    case "village":
      return villageLookupReply(ctx, catalog, intent.name);
    case "district": {
      const table = tableForDistrict(catalog, intent.name);
      return table ? districtLookupReply(ctx, table, intent.name) : noTables(ctx);
    }
    case "regency":
      return withTable(ctx, catalog, (table) => regencyReply(ctx, table));
    case "rank":
      return withTable(ctx, catalog, (table) => rankReply(ctx, table, intent.column, intent.order, intent.count, intent.district));
    case "compare":
      return compareReply(ctx, catalog, intent.a, intent.b);
    case "tranche":
      return trancheAnswer(ctx, catalog, intent);
    case "baseAllocation":
      return baseAllocationReply(ctx, intent.population ?? null);
    case "formula":
      return formulaReply(ctx, intent, catalog.defaultTable());
    case "performance":
      return performanceReply(ctx);
    case "unknown":
      return { text: ctx.say("Maaf, saya belum memahami pertanyaan itu. Ketik /bantuan.", "Sorry, I did not understand. Type /bantuan.") };
  }
}

function trancheAnswer(ctx: BotContext, catalog: FundCatalog, intent: Extract<FundQueryIntent, { kind: "tranche" }>): FundReply {
  if (!intent.village) {
    return { text: ctx.say("Sebutkan nama kampung, misalnya: tahap Kalasuge", "Name a kampung, e.g. tahap Kalasuge") };
  }
  const lookup = catalog.findVillage(intent.village);
  const candidates = lookup.kind === "found" ? lookup.matches.flatMap((match) => match.rows.map((row) => ({ table: match.table, row }))) : [];
  if (candidates.length !== 1) return villageLookupReply(ctx, catalog, intent.village);
  const [{ table, row }] = candidates as [(typeof candidates)[number]];
  return tranchesReply(ctx, table, row, intent);
}

function replyForAction(ctx: BotContext, catalog: FundCatalog, action: FundAction): FundReply | undefined {
  const table = catalog.tables().find((candidate) => candidate.meta.id === action.tableId);
  if (!table) return undefined;
  switch (action.kind) {
    case "village": {
      const row = table.row(action.rowNumber);
      return row && villageReply(ctx, table, row);
    }
    case "tranches": {
      const row = table.row(action.rowNumber);
      return row && tranchesReply(ctx, table, row);
    }
    case "district":
      return districtReply(ctx, table, action.districtIndex, action.page);
    case "districtList":
      return districtListReply(ctx, table, action.page);
    case "regency":
      return regencyReply(ctx, table);
    case "rank":
      return rankReply(ctx, table, action.column, action.order, 10);
  }
}

/** Inline mode (`@bot Kalasuge` from any chat): one article per matching kampung, ready to send. */
function inlineResults(ctx: BotContext, catalog: FundCatalog, query: string): InlineQueryResult[] {
  if (!query) return [];
  const intent = parseFundQuery(query);
  const name = intent.kind === "village" ? intent.name : query;
  const lookup = catalog.findVillage(name, MAX_INLINE_RESULTS);
  const matches = lookup.kind === "found" ? lookup.matches : lookup.kind === "suggest" ? lookup.suggestions : [];
  return matches
    .flatMap((match) => match.rows.map((row) => ({ table: match.table, row })))
    .slice(0, MAX_INLINE_RESULTS)
    .map(({ table, row }) => ({
      type: "article" as const,
      id: `${table.meta.id}:${row.rowNumber}`,
      title: `${row.village} — Kec. ${row.district}`,
      description: `Total ${formatRupiah(row.total)} (${table.meta.regency} ${table.meta.fiscalYear})`,
      input_message_content: { message_text: villageReply(ctx, table, row).text },
    }));
}
