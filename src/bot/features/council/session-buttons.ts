import type { SessionCommandInput } from "../../../domain/council/session-commands.ts";
import type { SessionState } from "../../../domain/council/session-state.ts";
import type { CouncilAction } from "./callback-data.ts";
import { personFromArg, speakerFromArg } from "./chair-panel.ts";

/**
 * What a session button asks of the engine. Buttons carry no authority: who pressed is the engine's caller, and
 * an argument naming someone (a speaker, a member without Telegram) is checked there like any other input.
 */

const INTERRUPTION_SECONDS = 120;

export function commandForButton(action: CouncilAction, arg: string | undefined, state: SessionState): SessionCommandInput | undefined {
  const speaker = state.floor?.speaker;
  const number = arg !== undefined && /^\d{1,4}$/.test(arg) ? Number(arg) : undefined;
  switch (action) {
    case "hadir":
      return { type: "signIn" };
    case "hm":
      return arg ? { type: "signIn", member: arg } : undefined;
    case "keluar": {
      // From the chair's panel, someone without Telegram whose leaving the chair or the secretary records.
      const person = arg ? personFromArg(arg) : undefined;
      if (arg && !person) return undefined;
      return person ? { type: "leave", person } : { type: "leave" };
    }
    case "buka":
      return { type: "open" };
    case "tunda":
      return { type: "postpone" };
    case "acara":
      return number ? { type: "startItem", itemNo: number } : undefined;
    case "daftar":
      return { type: "openRegistration" };
    case "tutupdaftar":
      return { type: "closeRegistration" };
    case "bicara":
      return { type: "registerSpeaker" };
    case "lantai":
      return { type: "giveFloor" };
    case "lantaike": {
      const chosen = speakerFromArg(arg);
      return chosen ? { type: "giveFloor", speaker: chosen } : undefined;
    }
    case "naik": {
      const moved = speakerFromArg(arg);
      const at = moved ? state.queue.findIndex((p) => p.kind === moved.kind && p.id === moved.id) : -1;
      return moved && at > 0 ? { type: "reorderSpeaker", speaker: moved, position: at } : undefined;
    }
    case "lewat": {
      const passed = speakerFromArg(arg);
      return passed ? { type: "passOver", speaker: passed } : undefined;
    }
    case "selesai":
      return { type: "finishSpeech" };
    case "waktu":
      return { type: "warnSpeakingTime" };
    case "menyimpang":
      return { type: "warnOffTopic" };
    case "interupsi":
      return { type: "requestInterruption", purpose: "clarification" };
    case "intunda":
      return { type: "requestInterruption", purpose: "postpone" };
    case "izin":
      return number ? { type: "allowInterruption", requestNo: number, seconds: INTERRUPTION_SECONDS } : undefined;
    case "tolakint":
      return number ? { type: "refuseInterruption", requestNo: number } : undefined;
    case "selint":
      return { type: "endInterruption" };
    case "tegur":
      return speaker ? { type: "warnImproperWords", person: speaker } : undefined;
    case "tarik":
      return number ? { type: "retractWords", warningNo: number } : undefined;
    case "larang":
      return speaker ? { type: "forbidSpeech", person: speaker } : undefined;
    case "usir": {
      const person = arg ? speakerFromArg(arg) : speaker;
      return person ? { type: "askToLeave", person } : undefined;
    }
    case "serah":
      return arg ? { type: "handOverChair", to: arg } : undefined;
    case "ambil":
      return { type: "takeBackChair" };
    case "alih":
      return { type: "takeOverChair" };
    case "lanjut":
      return { type: "resume" };
    case "vote":
      return arg ? { type: "castVote", choice: arg } : undefined;
    case "vf": {
      const [member, choice] = (arg ?? "").split(".");
      return member && choice ? { type: "castVote", choice, member } : undefined;
    }
    case "tutupvote":
      return { type: "closeVote" };
    case "batalvote":
      return { type: "cancelVote", reason: "Dibatalkan oleh pimpinan rapat" };
    case "tutup":
      return { type: "close" };
    default:
      return undefined;
  }
}
