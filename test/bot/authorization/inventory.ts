import { ACTIONS as COUNCIL_ACTIONS, COUNCIL_CALLBACK_PATTERN } from "../../../src/bot/features/council/callback-data.ts";
import { ACTIONS as MINUTES_ACTIONS } from "../../../src/bot/features/council/minutes-feature.ts";
import { ACTIONS as PROCEDURE_ACTIONS, PROCEDURE_CALLBACK_PATTERN } from "../../../src/bot/features/council/procedures/callback-data.ts";
import { FUND_CALLBACK_PATTERN, fundData, parseFundAction } from "../../../src/bot/features/funds/callback-data.ts";
import { MIGRATION_CALLBACK_PATTERN, migrationData, parseMigrationAction } from "../../../src/bot/features/migration/callback-data.ts";
import { parseRegionAction, REGION_CALLBACK_PATTERN, regionData } from "../../../src/bot/features/region/callback-data.ts";
import { parseWorkPlanAction, WORK_PLAN_CALLBACK_PATTERN, workPlanData } from "../../../src/bot/features/workplan/callback-data.ts";
import type { HandlerInventory } from "../../kit/handler-inventory.ts";

/**
 * From the handlers the bot registers to the keys of the matrix's rows. A command is "feature/name". A button
 * trigger is one family of actions ("council//^bpd:/" → "council/bpd:hadir", "council/bpd:vote", …): its list of
 * actions comes from the code — the ACTIONS a feature's callback data accepts, or the builder of its callback data
 * (migrationData, regionData, …), whose keys are the actions' kinds. For the builder families, every letter a parser
 * might take is also tried, so an action the parser accepts but the builder does not list is found too.
 */

interface Family {
  /** The key's prefix: "council/bpd". */
  readonly prefix: string;
  readonly actions: readonly string[];
  /** Kinds the parser accepts, by probing; undefined where the parser checks its action against `actions` itself. */
  readonly parsed?: () => readonly string[];
}

/** Every kind `parse` returns for data built from these heads and argument shapes. */
function probe(parse: (data: string) => { kind: string } | undefined, heads: readonly string[], shapes: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const head of heads) for (const shape of shapes) {
    const parsed = parse(`${head}${shape}`);
    if (parsed) kinds.add(parsed.kind);
  }
  return [...kinds];
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const SHAPES = ["", ":1", ":s", ":k", ":1:1", ":1:1:1", ":1:1:y", ":1:1:s", ":1:1:k", ":2026-S1", ":1:2026-S1", ":static", ":text", ":k:x:", ":k:1:", ":1:total:h", ":c:k:x:", ":r:k:x:"];

const FAMILIES: Readonly<Record<string, Family>> = {
  "general//^lang:(id|en)$/": { prefix: "general/lang", actions: ["id", "en"] },
  [`council/${String(COUNCIL_CALLBACK_PATTERN)}`]: { prefix: "council/bpd", actions: COUNCIL_ACTIONS },
  "council//^rsl:/": { prefix: "council/rsl", actions: MINUTES_ACTIONS },
  [`council/${String(PROCEDURE_CALLBACK_PATTERN)}`]: { prefix: "council/bpp", actions: PROCEDURE_ACTIONS },
  [`migration/${String(MIGRATION_CALLBACK_PATTERN)}`]: {
    prefix: "migration/m",
    actions: Object.keys(migrationData),
    parsed: () => probe(parseMigrationAction, LETTERS.map((l) => `m${l}`), SHAPES),
  },
  [`workplan/${String(WORK_PLAN_CALLBACK_PATTERN)}`]: {
    prefix: "workplan/wp",
    actions: Object.keys(workPlanData),
    parsed: () => probe(parseWorkPlanAction, LETTERS.map((l) => `wp:${l}`), SHAPES),
  },
  [`region/${String(REGION_CALLBACK_PATTERN)}`]: {
    prefix: "region/rf",
    actions: Object.keys(regionData),
    parsed: () => probe(parseRegionAction, LETTERS.map((l) => `rf:${l}`), SHAPES),
  },
  [`funds/${String(FUND_CALLBACK_PATTERN)}`]: {
    prefix: "funds/f",
    actions: Object.keys(fundData),
    parsed: () => probe(parseFundAction, LETTERS.map((l) => `f${l}`), SHAPES),
  },
};

/**
 * Handlers open to everyone by design, with the reason; they need no row. A public handler that starts to check a
 * role belongs in the matrix instead.
 */
export const PUBLIC: Readonly<Record<string, string>> = {
  "general/start": "welcome text for anyone",
  "general/bantuan": "help: lists the commands the sender's own roles allow (each feature's commandsFor)",
  "general/help": "the English alias of /bantuan",
  "general/bahasa": "the chat's language: anyone in the chat may choose it",
  "general/language": "the English alias of /bahasa",
  "general/lang:id": "the language buttons of /bahasa",
  "general/lang:en": "the language buttons of /bahasa",
  ...Object.fromEntries(
    ["dana", "kecamatan", "kabupaten", "peringkat", "banding", "tahap", "alokasidasar", "formula", "kinerja"].map((c) => [`funds/${c}`, "village-fund figures are public (Perbup Sangihe 5/2022)"]),
  ),
  ...Object.fromEntries(Object.keys(fundData).map((a) => [`funds/f:${a}`, "navigation of the public village-fund figures"])),
  "workplan/rkt": "the work plan (RKT KPU OKU 2023) is a public document",
  "workplan/indikator": "the work plan's indicators, targets and budgets are public",
  ...Object.fromEntries(Object.keys(workPlanData).map((a) => [`workplan/wp:${a}`, "navigation of the public work plan; recording realisation is a typed command, in the matrix"])),
  "region/pemekaran": "region-formation law (PP 129/2000, UU 32/2004, PP 78/2007) for anyone",
  "region/syarat_pemekaran": "the requirements of the law, for anyone",
  "region/tahapan_pemekaran": "the stages of the law, for anyone",
  "region/cek_pemekaran": "a calculator: the checklist writes nothing",
  "region/usulan": "the tracked proposals are public; registering and recording stages are in the matrix",
  ...Object.fromEntries(
    Object.keys(regionData)
      .filter((a) => a !== "attachDecision")
      .map((a) => [`region/rf:${a}`, "navigation of the public law, checklist and proposals; writes nothing"]),
  ),
  "migration/format": "Pasal 8: the format agency data is kept in, advice for anyone",
  "migration/m:formatKind": "the buttons of /format",
  "migration/m:formatShape": "the buttons of /format",
  "migration/kualifikasi": "shows the SOP's staff qualifications; confirming them (m:qualify) is a technician's, in the matrix",
  "migration/peran": "tells the sender their own roles",
};

export interface Coverage {
  readonly withoutRow: string[];
  readonly rowsWithoutHandler: string[];
  readonly unknownButtonFamilies: string[];
  readonly actionsParsedButNotListed: string[];
}

/** Compares what the bot registers with the rows (and the public list). */
export function coverage(inventory: HandlerInventory, rows: ReadonlySet<string>, open: Readonly<Record<string, string>>): Coverage {
  const unknownButtonFamilies = inventory.actions.filter((trigger) => !FAMILIES[trigger]);
  const families = inventory.actions.map((trigger) => FAMILIES[trigger]).filter((f): f is Family => f !== undefined);
  const handlers = [
    ...inventory.commands,
    ...inventory.hears.map((h) => `hears:${h}`),
    ...families.flatMap((family) => family.actions.map((action) => `${family.prefix}:${action}`)),
  ];
  const covered = (key: string) => rows.has(key) || key in open;
  const actionsParsedButNotListed = families.flatMap((family) => (family.parsed?.() ?? []).filter((kind) => !family.actions.includes(kind)).map((kind) => `${family.prefix}:${kind}`));
  return {
    withoutRow: handlers.filter((key) => !covered(key)),
    rowsWithoutHandler: [...rows, ...Object.keys(open)].filter((key) => !handlers.includes(key)),
    unknownButtonFamilies,
    actionsParsedButNotListed,
  };
}
