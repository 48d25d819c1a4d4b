import { emptyChecklist } from "../../../domain/region/checklist.ts";
import { articleLabel, type Provision } from "../../../domain/region/legal-text.ts";
import { countUnit, FRAMEWORK_NAMES, KIND_NAMES, PP_129_2000, PP_78_2007, UU_32_2004 } from "../../../domain/region/region-rule-book.ts";
import type { RegionKind, Requirement, RequirementCategory } from "../../../domain/region/requirements.ts";
import { formatCitation, type Citation } from "../../../domain/shared/citation.ts";
import type { RegionLaw } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { regionData } from "./callback-data.ts";
import type { RegionReply } from "./reply.ts";

export const CATEGORY_NAMES: Readonly<Record<RequirementCategory, { id: string; en: string }>> = {
  precondition: { id: "Syarat usia daerah induk", en: "Minimum age of the parent region" },
  administrative: { id: "Syarat administratif", en: "Administrative requirements" },
  technical: { id: "Syarat teknis", en: "Technical requirements" },
  territorial: { id: "Syarat fisik kewilayahan", en: "Territorial requirements" },
};

export function citations(list: readonly Citation[]): string {
  return list.map(formatCitation).join("; ");
}

/**
 * The places a group of requirements cites: listed when there are a few, else as a span per regulation
 * ("Pasal 3–10 PP 129/2000" for the seven factors and their indicator articles).
 */
export function citationSpan(requirements: readonly Requirement[]): string {
  const unique = [...new Map(requirements.flatMap((r) => r.citations).map((c) => [formatCitation(c), c])).values()];
  if (unique.length <= 3) return citations(unique);
  const byRegulation = new Map<string, number[]>();
  for (const citation of unique) {
    const article = Number(/^Pasal (\d+)/.exec(citation.article)?.[1]);
    if (Number.isFinite(article)) byRegulation.set(citation.regulation, [...(byRegulation.get(citation.regulation) ?? []), article]);
  }
  return [...byRegulation]
    .map(([regulation, articles]) => {
      const low = Math.min(...articles);
      const high = Math.max(...articles);
      return `${low === high ? `Pasal ${low}` : `Pasal ${low}–${high}`} ${regulation}`;
    })
    .join("; ");
}

function requirementLine(requirement: Requirement): string {
  return `• ${requirement.title} (${citations(requirement.citations)})`;
}

/** Requirements of one framework, by category; the study-scored factors in one line. */
export function requirementLines(ctx: BotContext, requirements: readonly Requirement[]): string[] {
  const lines: string[] = [];
  for (const category of ["precondition", "administrative", "technical", "territorial"] as const) {
    const inCategory = requirements.filter((requirement) => requirement.category === category);
    if (inCategory.length === 0) continue;
    const scored = inCategory.filter((requirement) => requirement.check.kind === "studyScores");
    const others = inCategory.filter((requirement) => requirement.check.kind !== "studyScores");
    lines.push("", `${ctx.say(CATEGORY_NAMES[category].id, CATEGORY_NAMES[category].en)}:`, ...others.map(requirementLine));
    if (scored.length > 0) {
      const names = scored.map((requirement) => requirement.title.replace(/^Faktor\s+/, "")).join(", ");
      lines.push(`• ${ctx.say("Faktor", "Factors")}: ${names} — ${ctx.say("dinilai dengan skor dari hasil kajian", "scored from the regional study")} (${citationSpan(scored)})`);
    }
  }
  return lines;
}

function notes(requirements: readonly Requirement[]): string[] {
  const seen = new Set<string>();
  return requirements
    .filter((requirement) => requirement.note && requirement.check.kind !== "studyScores")
    .map((requirement) => requirement.note!)
    .filter((note) => (seen.has(note) ? false : (seen.add(note), true)));
}

const KIND_ORDER: readonly RegionKind[] = ["regency", "city", "province"];

/**
 * "syarat pembentukan kabupaten": the requirements of the law in force (UU 32/2004 with PP 78/2007), then what the
 * earlier PP 129/2000 required, with the territorial minimum of each side by side.
 */
export function requirementsReply(ctx: BotContext, region: RegionLaw, kind: RegionKind): RegionReply {
  const current = region.rules.requirements("current", kind);
  const earlier = region.rules.requirements("earlier", kind);
  const now = region.rules.minimumCount("current", kind);
  const before = region.rules.minimumCount("earlier", kind);
  const earlierCoverage = region.rules.requirement("earlier", kind, "coverage")!;
  const earlierFactors = earlier.filter((requirement) => requirement.check.kind === "studyScores");
  const delegation = region.law.get({ regulation: UU_32_2004, article: 8 });
  const text = [
    ctx.say(
      `Syarat pembentukan ${KIND_NAMES[kind]} menurut ${FRAMEWORK_NAMES.current} (berlaku):`,
      `Requirements to form a ${KIND_NAMES[kind]} under ${FRAMEWORK_NAMES.current} (in force):`,
    ),
    ...requirementLines(ctx, current),
    ...notes(current).map((note) => `\n${ctx.say("Catatan pembacaan", "Reading note")}: ${note}`),
    "",
    ctx.say(
      `Aturan sebelumnya, ${PP_129_2000}: pembentukan daerah didasarkan pada ${earlierFactors.length} faktor (${citationSpan(earlierFactors)}): ` +
        `${earlierFactors.map((factor) => factor.title.replace(/^Faktor\s+/, "")).join(", ")}, diukur menurut lampirannya (Pasal 11); ` +
        `${earlierCoverage.title.toLowerCase()} (${citations(earlierCoverage.citations)}).`,
      `The earlier rule, ${PP_129_2000}: regions were formed on ${earlierFactors.length} factors, measured by its annex (Pasal 11); ` +
        `a ${KIND_NAMES[kind]} needed at least ${before} ${countUnit(kind)} (${citations(earlierCoverage.citations)}).`,
    ),
    now === before
      ? ctx.say(`Jumlah minimal ${countUnit(kind)} tidak berubah: ${now}.`, `The minimum number of ${countUnit(kind)} is unchanged: ${now}.`)
      : ctx.say(
          `Syarat cakupan wilayah berubah dari ${before} menjadi ${now} ${countUnit(kind)}.`,
          `The minimum coverage changed from ${before} to ${now} ${countUnit(kind)}.`,
        ),
    ctx.say(
      `${FRAMEWORK_NAMES.current} dipakai sebagai aturan yang berlaku: UU 32/2004 Pasal 8 menyerahkan tata caranya kepada Peraturan Pemerintah («${delegation.text}»), dan PP 78/2007 adalah peraturan itu; PP 129/2000 dibuat berdasarkan UU 22/1999.`,
      `${FRAMEWORK_NAMES.current} is taken as the law in force: UU 32/2004 Pasal 8 leaves the procedure to a government regulation, which PP 78/2007 is; PP 129/2000 was made under UU 22/1999.`,
    ),
  ].join("\n");
  return {
    text,
    keyboard: keyboard([
      button(ctx.say(`Periksa usulan ${KIND_NAMES[kind]}`, `Check a ${KIND_NAMES[kind]} proposal`), regionData.checklist(emptyChecklist(kind))),
      button(ctx.say(`Tahapan ${KIND_NAMES[kind]}`, `Stages (${KIND_NAMES[kind]})`), regionData.procedure(kind)),
      ...KIND_ORDER.filter((other) => other !== kind).map((other) => button(ctx.say(`Syarat ${KIND_NAMES[other]}`, `Requirements (${KIND_NAMES[other]})`), regionData.requirements(other))),
      button(ctx.say("« Menu pemekaran", "« Formation menu"), regionData.menu()),
    ]),
  };
}

/** /pemekaran: what the feature answers, as buttons. */
export function menuReply(ctx: BotContext): RegionReply {
  return {
    text: [
      ctx.say("Pembentukan daerah (pemekaran) — UU 32/2004, PP 78/2007, dan aturan sebelumnya PP 129/2000.", "Forming a region (pemekaran) — UU 32/2004, PP 78/2007, and the earlier PP 129/2000."),
      ctx.say("Pilih yang ingin dilihat:", "Choose what to see:"),
    ].join("\n"),
    keyboard: keyboard([
      ...KIND_ORDER.map((kind) => button(ctx.say(`Syarat ${KIND_NAMES[kind]}`, `Requirements (${KIND_NAMES[kind]})`), regionData.requirements(kind))),
      button(ctx.say("Periksa usulan", "Check a proposal"), regionData.checklist(emptyChecklist("regency"))),
      button(ctx.say("Tahapan (PP 78/2007)", "Stages (PP 78/2007)"), regionData.procedure("regency")),
      button(ctx.say("Tahapan lama (PP 129/2000)", "Earlier stages (PP 129/2000)"), regionData.earlierProcedure()),
      button(ctx.say("Penghapusan & penggabungan", "Dissolution & merger"), regionData.dissolution()),
      button(ctx.say("Usulan yang dipantau", "Tracked proposals"), regionData.proposals()),
    ]),
  };
}

function provisionLine(provision: Provision): string {
  const marker = provision.subItem !== null ? `   ${provision.subItem}.` : provision.item !== null ? `${provision.item}.` : "";
  return marker ? `${marker} ${provision.text}` : provision.text;
}

/** Provisions of several articles, each headed by its citation. */
export function articlesText(region: RegionLaw, refs: readonly { regulation: string; article: number }[]): string[] {
  return refs.flatMap((ref) => {
    const provisions = region.law.within(ref);
    const byParagraph: string[] = [`${articleLabel(ref)} ${ref.regulation}:`];
    let paragraph: number | null = null;
    for (const provision of provisions) {
      if (provision.paragraph !== paragraph && provision.item === null) {
        paragraph = provision.paragraph;
        byParagraph.push(`${paragraph === null ? "" : `(${paragraph}) `}${provision.text}`);
        continue;
      }
      byParagraph.push(provisionLine(provision));
    }
    return [...byParagraph, ""];
  });
}

/** Dissolution and merger: UU 32/2004 Pasal 6, PP 78/2007 Pasal 22, and PP 129/2000 Pasal 14 and 17. */
export function dissolutionReply(ctx: BotContext, region: RegionLaw): RegionReply {
  return {
    text: [
      ctx.say("Penghapusan dan penggabungan daerah:", "Dissolving and merging regions:"),
      "",
      ...articlesText(region, [
        { regulation: UU_32_2004, article: 6 },
        { regulation: PP_78_2007, article: 22 },
      ]),
      ctx.say(`Aturan sebelumnya (${PP_129_2000}):`, `The earlier rule (${PP_129_2000}):`),
      ...articlesText(region, [
        { regulation: PP_129_2000, article: 14 },
        { regulation: PP_129_2000, article: 17 },
      ]),
    ].join("\n").trim(),
    keyboard: keyboard([button(ctx.say("« Menu pemekaran", "« Formation menu"), regionData.menu())]),
  };
}
