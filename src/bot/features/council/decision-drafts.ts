import { z } from "zod";
import type { ClosedMeetingMatter, CouncilRuleBook, MajorityKind } from "../../../domain/council/rule-book.ts";
import { CLOSED_MEETING_MATTERS, type SessionCommandInput } from "../../../domain/council/session-commands.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";
import { say } from "./messages.ts";

/**
 * A decision the chair puts (`/voting`, `/mufakat`, `/angkat`) is completed by buttons: which majority applies
 * (Pasal 60 ayat (4), or a special majority of Pasal 7 ayat (4), 8 ayat (5), 75 ayat (3)), and in a closed meeting
 * whether it is one of the matters of Pasal 42. The motion and the counts travel in the text of the bot's own
 * message, which nobody else can edit; a button carries only the choices (callback data is limited to 64 bytes).
 * The message is read back in either language, since the chat may switch between the question and the answer.
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

const HOW_TITLES: Record<DecisionHow, readonly [string, string]> = {
  vote: ["Pemungutan suara", "Vote"],
  consensus: ["Musyawarah mufakat", "Consensus (musyawarah mufakat)"],
  hands: ["Angkat tangan", "Show of hands"],
};
const MAJORITY_LABELS: Record<MajorityKind, readonly [string, string]> = {
  ordinary: ["Biasa: lebih dari separoh yang hadir", "Ordinary: more than half of those present"],
  villageHeadInformation: ["Permintaan keterangan Kades: 2/3 anggota", "Information from the village head: 2/3 of members"],
  villageRegulationInitiative: ["Prakarsa Perdes: 2/3 anggota", "Village regulation initiative: 2/3 of members"],
  rulesChange: ["Perubahan tata tertib: 2/3 anggota", "Change of the rules of procedure: 2/3 of members"],
};

/** The motion line and the counts line, as `draftText` writes them in Indonesian ("Usul", "Setuju") or English. */
const MOTION_LINE = /^(?:Usul|Motion): “([\s\S]*)”$/m;
const COUNTS_LINE = /^(?:Setuju|Yes) (\d+), (?:Tolak|No) (\d+), Abstain (\d+)$/m;

export function draftText(draft: DecisionDraft, language: Language = "id"): string {
  const lines = [`🗳 ${say(language, ...HOW_TITLES[draft.how])}`, `${say(language, "Usul", "Motion")}: “${draft.motion}”`];
  if (draft.counts) {
    const { yes, no, abstain } = draft.counts;
    lines.push(say(language, `Setuju ${yes}, Tolak ${no}, Abstain ${abstain}`, `Yes ${yes}, No ${no}, Abstain ${abstain}`));
  }
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
export function majorityQuestion(sessionId: number, draft: DecisionDraft, rules: CouncilRuleBook, language: Language = "id") {
  const kinds = Object.keys(MAJORITY_CODES) as MajorityKind[];
  const buttons = kinds.map((kind) =>
    button(`${say(language, ...MAJORITY_LABELS[kind])} (${rules.majorities[kind].citation.article})`, councilData(sessionId, "mj", `${HOW_CODES[draft.how]}.${MAJORITY_CODES[kind]}`)),
  );
  return { text: `${draftText(draft, language)}\n\n${say(language, "Keputusan ini memerlukan suara:", "Which majority does this decision need?")}`, markup: keyboard(buttons, 1) };
}

/** In a closed meeting, the second question: is this one of the matters of Pasal 42? */
export function matterQuestion(sessionId: number, draft: DecisionDraft, majority: MajorityKind, rules: CouncilRuleBook, language: Language = "id") {
  const article = rules.procedure.closedMeetingMatters.citation.article;
  // A matter is named in the words of Pasal 42 itself, in English too.
  const buttons = MATTERS.map((matter, index) => {
    const label = matter === "none" ? say(language, "Bukan hal dalam Pasal 42", "None of the matters of Pasal 42") : `${rules.closedMeetings.undecidableMatters.find((m) => m.matter === matter)!.text}`;
    return button(label.length > 60 ? `${label.slice(0, 57)}…` : label, councilData(sessionId, "mt", `${HOW_CODES[draft.how]}.${MAJORITY_CODES[majority]}.${index}`));
  });
  return {
    text: `${draftText(draft, language)}\n\n${say(
      language,
      `Rapat ini tertutup. Apakah keputusan ini mengenai salah satu hal yang tidak dapat diputuskan rapat tertutup (${article})?`,
      `This meeting is closed. Does this decision concern one of the matters a closed meeting cannot decide (${article})?`,
    )}`,
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
