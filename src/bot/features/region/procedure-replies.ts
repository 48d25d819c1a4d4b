import { PP_129_2000, KIND_NAMES } from "../../../domain/region/region-rule-book.ts";
import type { RegionKind } from "../../../domain/region/requirements.ts";
import { formatCitation } from "../../../domain/shared/citation.ts";
import type { RegionLaw } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { regionData } from "./callback-data.ts";
import type { RegionReply } from "./reply.ts";
import { articlesText, citations } from "./requirement-replies.ts";

/** The stages of PP 78/2007 for a kind of region, each with its articles, and what the earlier rule did instead. */
export function procedureReply(ctx: BotContext, region: RegionLaw, kind: RegionKind): RegionReply {
  const procedure = region.procedures[kind];
  const kindName = kind === "province" ? "provinsi" : "kabupaten/kota";
  const stageNotes = procedure.stages.filter((stage) => stage.note);
  const text = [
    ctx.say(
      `Tahapan pembentukan ${kindName} (pemekaran) menurut ${formatCitation(procedure.citation)} dan Pasal 18–21:`,
      `Stages of forming a ${kindName} (split) under ${formatCitation(procedure.citation)} and Pasal 18–21:`,
    ),
    ...procedure.stages.map((stage) => `${stage.number}. ${stage.title} (${citations(stage.citations)})`),
    "",
    ctx.say(
      "Tahapan berurutan: tiap tahap memutus apa yang dihasilkan tahap sebelumnya, jadi tahap tidak dapat dilompati.",
      "The stages follow one another: each decides on what the one before produced, so none can be skipped.",
    ),
    ...stageNotes.map((stage) => `${ctx.say("Catatan pembacaan", "Reading note")} (${ctx.say("tahap", "stage")} ${stage.number}): ${stage.note}`),
    ctx.say(
      `Aturan sebelumnya (${PP_129_2000} Pasal 16) tidak memuat tahap Keputusan BPD: prosedurnya dimulai dari kemauan politik Pemerintah Daerah dan masyarakat serta penelitian awal.`,
      `The earlier rule (${PP_129_2000} Pasal 16) had no BPD-decision stage: it began with the political will of the regional government and the community and an initial study.`,
    ),
  ].join("\n");
  const other: RegionKind = kind === "province" ? "regency" : "province";
  return {
    text,
    keyboard: keyboard([
      button(ctx.say("Usulan yang dipantau", "Tracked proposals"), regionData.proposals()),
      button(ctx.say(`Tahapan ${KIND_NAMES[other]}`, `Stages (${KIND_NAMES[other]})`), regionData.procedure(other)),
      button(ctx.say("PP 129/2000 Pasal 16–17", "PP 129/2000 Pasal 16–17"), regionData.earlierProcedure()),
      button(ctx.say("« Menu pemekaran", "« Formation menu"), regionData.menu()),
    ]),
  };
}

/** PP 129/2000 Pasal 16 (formation and split) and Pasal 17 (dissolution and merger), as the text words them. */
export function earlierProcedureReply(ctx: BotContext, region: RegionLaw): RegionReply {
  return {
    text: [
      ctx.say(`Prosedur menurut aturan sebelumnya, ${PP_129_2000}:`, `Procedure under the earlier rule, ${PP_129_2000}:`),
      "",
      ...articlesText(region, [
        { regulation: PP_129_2000, article: 16 },
        { regulation: PP_129_2000, article: 17 },
      ]),
      ctx.say(
        "Catatan pembacaan: teks menomori butir dengan angka, sedangkan Pasal 16 ayat (1) butir 6 merujuk «huruf e»; butir dibaca sebagai huruf (butir 5 = huruf e).",
        "Reading note: the text numbers the items, while Pasal 16 ayat (1) item 6 refers to «huruf e»; items are read as letters (item 5 = huruf e).",
      ),
    ].join("\n"),
    keyboard: keyboard([
      button(ctx.say("Tahapan PP 78/2007", "Stages under PP 78/2007"), regionData.procedure("regency")),
      button(ctx.say("« Menu pemekaran", "« Formation menu"), regionData.menu()),
    ]),
  };
}
