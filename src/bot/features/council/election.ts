import type { Council } from "../../../domain/council/council.ts";
import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import type { VoteState } from "../../../domain/council/session-state.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { button, keyboard } from "../../keyboard.ts";
import { councilData } from "./callback-data.ts";
import { say } from "./messages.ts";

/**
 * Elections of persons (`/pemilihan JABATAN`): the chair picks the candidates by button, then starts the vote, open
 * or secret. The regulation does not regulate a secret ballot; the rule book states it as a product choice (ordinary
 * majority, Pasal 60 ayat (4)). A secret ballot is cast in the member's private chat with the bot, so nobody in the
 * group sees it; the board shows only how many have voted. The office and the candidates chosen so far travel in the
 * text of the bot's own message, read back in either language (the chat may switch while the chair picks).
 */

const OFFICE_LINE = /^🗳 (?:Pemilihan|Election): (.+)$/m;
const CANDIDATES_LINE = /^(?:Calon|Candidates): (.*)$/m;

export interface ElectionDraft {
  readonly office: string;
  readonly candidates: readonly string[];
}

export function electionDraftText(council: Council, draft: ElectionDraft, language: Language = "id"): string {
  const names = draft.candidates.map((id) => council.members.find((m) => m.id === id)?.name ?? id);
  return [
    `🗳 ${say(language, "Pemilihan", "Election")}: ${draft.office}`,
    `${say(language, "Calon", "Candidates")}: ${names.join("; ")}`,
    "",
    say(language, "Tekan nama calon (tekan lagi untuk membatalkan), lalu mulai pemungutan suara.", "Press the candidates' names (press again to undo), then start the vote."),
  ].join("\n");
}

export function electionDraftFromMessage(council: Council, text: string | undefined): ElectionDraft | undefined {
  const office = text ? OFFICE_LINE.exec(text)?.[1]?.trim() : undefined;
  const listed = text ? CANDIDATES_LINE.exec(text)?.[1] : undefined;
  if (!office || listed === undefined) return undefined;
  const candidates = listed
    .split(";")
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => council.members.find((m) => m.name === name)?.id);
  return candidates.every((id): id is string => id !== undefined) ? { office, candidates } : undefined;
}

export function electionKeyboard(council: Council, sessionId: number, draft: ElectionDraft, language: Language = "id") {
  const buttons = council.members.map((m) => button(`${draft.candidates.includes(m.id) ? "✅" : "▫️"} ${m.name}`, councilData(sessionId, "cal", m.id)));
  if (draft.candidates.length > 0) {
    buttons.push(
      button(say(language, "🗳 Mulai: suara rahasia di chat pribadi", "🗳 Start: secret ballot in private chats"), councilData(sessionId, "pilih", "r")),
      button(say(language, "Mulai: suara terbuka di grup", "Start: open vote in the group"), councilData(sessionId, "pilih", "t")),
    );
  }
  return keyboard(buttons, 1);
}

export function toggleCandidate(draft: ElectionDraft, memberId: string): ElectionDraft {
  const candidates = draft.candidates.includes(memberId) ? draft.candidates.filter((id) => id !== memberId) : [...draft.candidates, memberId];
  return { ...draft, candidates };
}

/** The motion is recorded in Indonesian, whatever the chat's language: it goes into the risalah as it is. */
export function electionCommand(draft: ElectionDraft, secret: boolean): SessionCommandInput {
  return { type: "startVote", motion: `Pemilihan ${draft.office}`.slice(0, 500), majority: "ordinary", secret, candidates: [...draft.candidates] };
}

/** The ballot sent to a member's private chat: one button per candidate, and abstain. */
export function ballot(council: Council, sessionId: number, vote: VoteState, language: Language = "id") {
  const names = (vote.candidates ?? []).map((id) => ({ id, name: council.members.find((m) => m.id === id)?.name ?? id }));
  const text = say(
    language,
    `🗳 Surat suara rahasia — BPD ${council.village}\n${vote.motion}\nPilih satu; pilihan Anda tidak terlihat oleh siapa pun di grup.`,
    `🗳 Secret ballot — BPD ${council.village}\n${vote.motion}\nChoose one; nobody in the group can see your choice.`,
  );
  const buttons = [...names.map((n) => button(n.name, councilData(sessionId, "vote", n.id))), button("Abstain", councilData(sessionId, "vote", "abstain"))];
  return { text, markup: keyboard(buttons, 1) };
}
