import { z } from "zod";
import type { ClosedMeetingMatter, CouncilRuleBook, MajorityKind } from "../../../domain/council/rule-book.ts";
import { CLOSED_MEETING_MATTERS, type SessionCommandInput } from "../../../domain/council/session-commands.ts";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";

/**
 * A decision the chair puts (`/voting`, `/mufakat`, `/angkat`) is completed by buttons: which majority applies
 * (Pasal 60 ayat (4), or a special majority of Pasal 7 ayat (4), 8 ayat (5), 75 ayat (3)), and in a closed meeting
 * whether it is one of the matters of Pasal 42. The motion and the counts travel in the text of the bot's own
 * message, which nobody else can edit; a button carries only the choices (callback data is limited to 64 bytes).
 */

export type DecisionHow = "vote" | "consensus" | "hands";

export interface DecisionDraft {
  readonly how: DecisionHow;
  readonly motion: string;
  /** Show of hands only. */
  readonly counts?: { readonly yes: number; readonly no: number; readonly abstain: number };
}

const HOW_CODES: Record<DecisionHow, string> = { vote: "v", consensus: "m", hands: "h" };
const MAJORITY_CODES: Record<MajorityKind, string> = { ordinary: "o", villageHeadInformation: "vh", villageRegulationInitiative: "vr", rulesChange: "rc" };
/** "none" first, then Pasal 42 in the order of its letters; a button carries the index. */
const MATTERS: readonly (ClosedMeetingMatter | "none")[] = ["none", ...CLOSED_MEETING_MATTERS];

const HOW_TITLES: Record<DecisionHow, string> = { vote: "Pemungutan suara", consensus: "Musyawarah mufakat", hands: "Angkat tangan" };
const MAJORITY_LABELS: Record<MajorityKind, string> = {
  ordinary: "Biasa: lebih dari separoh yang hadir",
  villageHeadInformation: "Permintaan keterangan Kades: 2/3 anggota",
  villageRegulationInitiative: "Prakarsa Perdes: 2/3 anggota",
  rulesChange: "Perubahan tata tertib: 2/3 anggota",
};

const MOTION_LINE = /^Usul: “([\s\S]*)”$/m;
const COUNTS_LINE = /^Setuju (\d+), Tolak (\d+), Abstain (\d+)$/m;

export function draftText(draft: DecisionDraft): string {
  const lines = [`🗳 ${HOW_TITLES[draft.how]}`, `Usul: “${draft.motion}”`];
  if (draft.counts) lines.push(`Setuju ${draft.counts.yes}, Tolak ${draft.counts.no}, Abstain ${draft.counts.abstain}`);
  return lines.join("\n");
}

/** Reads a draft back from the text of the bot's message the button was pressed on. */
export function draftFromMessage(how: DecisionHow, text: string | undefined): DecisionDraft | undefined {
  const motion = text ? MOTION_LINE.exec(text)?.[1]?.trim() : undefined;
  if (!motion) return undefined;
  if (how !== "hands") return { how, motion };
  const counts = COUNTS_LINE.exec(text ?? "");
  if (!counts) return undefined;
  return { how, motion, counts: { yes: Number(counts[1]), no: Number(counts[2]), abstain: Number(counts[3]) } };
}

/** The first question: which majority applies, each with its article. */
export function majorityQuestion(sessionId: number, draft: DecisionDraft, rules: CouncilRuleBook) {
  const kinds = Object.keys(MAJORITY_CODES) as MajorityKind[];
  const buttons = kinds.map((kind) => button(`${MAJORITY_LABELS[kind]} (${rules.majorities[kind].citation.article})`, councilData(sessionId, "mj", `${HOW_CODES[draft.how]}.${MAJORITY_CODES[kind]}`)));
  return { text: `${draftText(draft)}\n\nKeputusan ini memerlukan suara:`, markup: keyboard(buttons, 1) };
}

/** In a closed meeting, the second question: is this one of the matters of Pasal 42? */
export function matterQuestion(sessionId: number, draft: DecisionDraft, majority: MajorityKind, rules: CouncilRuleBook) {
  const buttons = MATTERS.map((matter, index) => {
    const label = matter === "none" ? "Bukan hal dalam Pasal 42" : `${rules.closedMeetings.undecidableMatters.find((m) => m.matter === matter)!.text}`;
    return button(label.length > 60 ? `${label.slice(0, 57)}…` : label, councilData(sessionId, "mt", `${HOW_CODES[draft.how]}.${MAJORITY_CODES[majority]}.${index}`));
  });
  return {
    text: `${draftText(draft)}\n\nRapat ini tertutup. Apakah keputusan ini mengenai salah satu hal yang tidak dapat diputuskan rapat tertutup (${rules.procedure.closedMeetingMatters.citation.article})?`,
    markup: keyboard(buttons, 1),
  };
}

const choiceSchema = z.object({
  how: z.enum(["v", "m", "h"]).transform((code) => (Object.entries(HOW_CODES).find(([, c]) => c === code)![0] as DecisionHow)),
  majority: z.enum(["o", "vh", "vr", "rc"]).transform((code) => Object.entries(MAJORITY_CODES).find(([, c]) => c === code)![0] as MajorityKind),
  matter: z.coerce.number().int().min(0).max(MATTERS.length - 1).optional(),
});

export interface DraftChoice {
  readonly how: DecisionHow;
  readonly majority: MajorityKind;
  /** Undefined until asked; null when the chair said it is none of the Pasal 42 matters. */
  readonly matter: ClosedMeetingMatter | null | undefined;
}

/** "v.o" or "v.o.3" from a button. */
export function parseDraftChoice(arg: string | undefined): DraftChoice | undefined {
  const [how, majority, matter] = (arg ?? "").split(".");
  const parsed = choiceSchema.safeParse({ how, majority, matter });
  if (!parsed.success) return undefined;
  const index = parsed.data.matter;
  const chosen = index === undefined ? undefined : MATTERS[index]!;
  return { how: parsed.data.how, majority: parsed.data.majority, matter: chosen === "none" ? null : chosen };
}

/** The engine command once every question is answered. */
export function decisionCommand(draft: DecisionDraft, majority: MajorityKind, matter: ClosedMeetingMatter | null): SessionCommandInput {
  switch (draft.how) {
    case "vote":
      return { type: "startVote", motion: draft.motion, majority, matter };
    case "consensus":
      return { type: "recordConsensus", motion: draft.motion, majority, matter };
    case "hands":
      return { type: "recordShowOfHands", motion: draft.motion, majority, matter, ...draft.counts! };
  }
}
