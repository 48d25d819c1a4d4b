import type { InlineKeyboardButton } from "telegraf/types";
import { councilViceChair, findMember } from "../../../domain/council/council.ts";
import type { Council } from "../../../domain/council/council.ts";
import { samePerson, type Person, type Speaker } from "../../../domain/council/participants.ts";
import { isExpelled, isMemberPresent, isPersonPresent, runningVote } from "../../../domain/council/session-state.ts";
import type { SessionState } from "../../../domain/council/session-state.ts";
import type { Language } from "../../../store/chat-settings.ts";
import { button, keyboard } from "../../keyboard.ts";
import { personName } from "./board.ts";
import { councilData, type CouncilAction } from "./callback-data.ts";
import { say } from "./messages.ts";

/**
 * The chair's panel: a message of its own (the board stays short for members), with only the actions the session's
 * state allows now, so the person chairing runs the meeting with one thumb. Every button is checked again by the
 * engine against who pressed it; the panel grants nothing.
 */

export const CHAIR_PANEL_TITLE = "⚙ Panel pimpinan rapat";
export const CHAIR_PANEL_TITLE_EN = "⚙ Chair's panel";

/** Whether a message of the bot is the chair's panel, in either language (the chat may have switched since). */
export function isChairPanel(text: string): boolean {
  return text.startsWith(CHAIR_PANEL_TITLE) || text.startsWith(CHAIR_PANEL_TITLE_EN);
}

/** "m.m3" / "i.i1": a speaker in 64 bytes of callback data. */
export function speakerArg(speaker: Speaker): string {
  return `${speaker.kind === "member" ? "m" : "i"}.${speaker.id}`;
}

export function speakerFromArg(arg: string | undefined): Speaker | undefined {
  const match = /^([mi])\.([a-z0-9]{1,36})$/.exec(arg ?? "");
  if (!match) return undefined;
  return { kind: match[1] === "m" ? "member" : "invitee", id: match[2]! };
}

/** "m.m3", "i.i1", "o.o1": anyone on the attendance lists, for recording that they left (Pasal 44 ayat (4)). */
export function personFromArg(arg: string | undefined): (Person & { readonly kind: "member" | "invitee" | "observer" }) | undefined {
  const match = /^([mio])\.([a-z0-9]{1,36})$/.exec(arg ?? "");
  if (!match) return undefined;
  return { kind: match[1] === "m" ? "member" : match[1] === "i" ? "invitee" : "observer", id: match[2]! };
}

/** Those present who have no Telegram account: the person chairing or the secretary records their leaving. */
function leavingButtons(council: Council, state: SessionState, b: (label: string, action: CouncilAction, arg?: string) => InlineKeyboardButton, t: (id: string, en: string) => string) {
  const offline = [
    ...council.members.filter((m) => m.telegramUserId === null && isMemberPresent(state, m.id)).map((m) => ({ arg: `m.${m.id}`, name: m.name })),
    ...state.invitees.filter((g) => g.telegramUserId === null && g.leftAt === null).map((g) => ({ arg: `i.${g.id}`, name: g.name })),
    ...state.observers.filter((g) => g.telegramUserId === null && g.leftAt === null).map((g) => ({ arg: `o.${g.id}`, name: g.name })),
  ];
  return offline.map((p) => b(t(`🚪 Catat keluar: ${short(p.name)} (Pasal 44 ayat (4))`, `🚪 Record leaving: ${short(p.name)} (Pasal 44 ayat (4))`), "keluar", p.arg));
}

const short = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function chairPanel(council: Council, state: SessionState, sessionId: number, language: Language = "id"): { text: string; markup: ReturnType<typeof keyboard> } {
  const t = (id: string, en: string) => say(language, id, en);
  const b = (label: string, action: CouncilAction, arg?: string | number) => button(label, councilData(sessionId, action, arg));
  const name = (speaker: Speaker) => short(personName(council, state, speaker, language));
  const buttons: InlineKeyboardButton[] = [];
  const hints: string[] = [];
  switch (state.phase) {
    case "scheduled":
    case "postponed":
      buttons.push(b(t("▶ Buka rapat", "▶ Open the meeting"), "buka"), b(t("⏳ Tunda (Pasal 45)", "⏳ Postpone (Pasal 45)"), "tunda"));
      for (const m of council.members.filter((m) => m.telegramUserId === null && !isMemberPresent(state, m.id))) buttons.push(b(t(`Hadir: ${short(m.name)}`, `Present: ${short(m.name)}`), "hm", m.id));
      buttons.push(...leavingButtons(council, state, b, t));
      hints.push(t("Tunda sampai jam tertentu: /tunda JJ:MM", "Postpone to a set time: /tunda HH:MM"));
      break;
    case "suspended":
      buttons.push(b(t("▶ Lanjutkan rapat", "▶ Resume the meeting"), "lanjut"), b(t("🔚 Tutup rapat", "🔚 Close the meeting"), "tutup"));
      break;
    case "open": {
      if (runningVote(state)) {
        buttons.push(b(t("🗳 Tutup voting", "🗳 Close the vote"), "tutupvote"), b(t("Batalkan voting", "Cancel the vote"), "batalvote"));
        break;
      }
      if (state.interruption) buttons.push(b(t("✋ Interupsi selesai", "✋ Interruption over"), "selint"));
      if (state.floor) {
        buttons.push(
          b(t("✅ Selesai bicara", "✅ Speech finished"), "selesai"),
          b(t("⏰ Waktu habis (Pasal 48 ayat (2))", "⏰ Time is up (Pasal 48 ayat (2))"), "waktu"),
          b(t("↩ Menyimpang (Pasal 48 ayat (3))", "↩ Off the subject (Pasal 48 ayat (3))"), "menyimpang"),
          b(t("⚠ Tegur kata tidak layak (Pasal 53)", "⚠ Warn: improper words (Pasal 53)"), "tegur"),
          b(t("⛔ Larang bicara (Pasal 54 ayat (1))", "⛔ Forbid to speak (Pasal 54 ayat (1))"), "larang"),
          b(t("🚪 Minta keluar (Pasal 54 ayat (2))", "🚪 Ask to leave (Pasal 54 ayat (2))"), "usir"),
        );
      } else {
        const next = state.queue[0];
        if (next) buttons.push(b(t(`🎤 Lantai: ${name(next)}`, `🎤 Floor: ${name(next)}`), "lantai"));
        state.queue.slice(1).forEach((speaker) => buttons.push(b(`↑ ${name(speaker)} (Pasal 51 ayat (2))`, "naik", speakerArg(speaker))));
        state.queue.forEach((speaker) => buttons.push(b(t(`⤼ Lewati ${name(speaker)} (Pasal 51 ayat (3))`, `⤼ Pass over ${name(speaker)} (Pasal 51 ayat (3))`), "lewat", speakerArg(speaker))));
        for (const guest of state.invitees.filter((g) => g.leftAt === null)) {
          buttons.push(b(t(`🎤 Lantai undangan: ${short(guest.name)} (Pasal 59 ayat (5))`, `🎤 Floor to invitee: ${short(guest.name)} (Pasal 59 ayat (5))`), "lantaike", speakerArg({ kind: "invitee", id: guest.id })));
        }
        if (state.currentItem !== null) buttons.push(state.registrationOpen ? b(t("Tutup pendaftaran pembicara", "Close speaker registration"), "tutupdaftar") : b(t("Buka pendaftaran pembicara", "Open speaker registration"), "daftar"));
        state.setup!.agenda.forEach((title, index) => {
          if (state.currentItem !== index + 1 && buttons.length < 40) buttons.push(b(t(`▶ Acara ${index + 1}: ${short(title, 22)}`, `▶ Item ${index + 1}: ${short(title, 22)}`), "acara", index + 1));
        });
        hints.push(t("Keputusan: /mufakat USUL · /voting USUL · /angkat SETUJU TOLAK ABSTAIN USUL", "Decisions: /mufakat MOTION · /voting MOTION · /angkat YES NO ABSTAIN MOTION"));
      }
      // Pasal 54 ayat (2): one forbidden to speak who does not heed it is asked to leave, on the floor or not.
      for (const person of state.forbidden.filter((p) => isPersonPresent(state, p) && !isExpelled(state, p) && !samePerson(p, state.floor?.speaker))) {
        buttons.push(b(t(`🚪 Minta keluar: ${name(person as Speaker)} (Pasal 54 ayat (2))`, `🚪 Ask to leave: ${name(person as Speaker)} (Pasal 54 ayat (2))`), "usir", speakerArg(person as Speaker)));
      }
      for (const warning of state.improperWordsWarnings.filter((w) => !w.retracted)) {
        buttons.push(b(t(`Dicabut: ${name(warning.person)} (teguran ${warning.warningNo}, Pasal 53 ayat (3))`, `Retracted: ${name(warning.person)} (warning ${warning.warningNo}, Pasal 53 ayat (3))`), "tarik", warning.warningNo));
      }
      const vice = councilViceChair(council);
      if (state.handedOverBy) buttons.push(b(t("↩ Ambil kembali pimpinan (Pasal 49 ayat (2))", "↩ Take back the chair (Pasal 49 ayat (2))"), "ambil"));
      else if (vice && state.presiding !== vice.id && isMemberPresent(state, vice.id)) {
        buttons.push(b(t(`Serahkan pimpinan ke ${short(vice.name, 20)} (Pasal 49 ayat (2))`, `Hand the chair to ${short(vice.name, 20)} (Pasal 49 ayat (2))`), "serah", vice.id));
      }
      buttons.push(...leavingButtons(council, state, b, t));
      hints.push(t("Skors: /skors JJ:MM (Pasal 54 ayat (3))", "Suspend: /skors HH:MM (Pasal 54 ayat (3))"));
      buttons.push(b(t("🔚 Tutup rapat", "🔚 Close the meeting"), "tutup"));
      break;
    }
    default:
      break;
  }
  const presiding = state.presiding ? findMember(council, state.presiding)?.name : undefined;
  const title = t(CHAIR_PANEL_TITLE, CHAIR_PANEL_TITLE_EN) + (presiding ? ` — ${presiding}` : "");
  const text = [title, t("Hanya pimpinan rapat yang dapat memakai tombol ini.", "Only the person chairing the meeting can use these buttons."), ...hints].join("\n");
  return { text, markup: keyboard(buttons, 1) };
}
