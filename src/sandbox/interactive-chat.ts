import { DateTime } from "luxon";
import { parseInteractiveLine, type SandboxCommand } from "./interactive-input.ts";
import { interactiveTexts as texts } from "./interactive-texts.ts";
import type { Place, SandboxSession, TurnResult } from "./sandbox-session.ts";
import { renderMissingButton, renderTurn } from "./turn-output.ts";
import { groupIdFromTitle, type Persona } from "./update-factory.ts";

export const DEFAULT_PERSONA: Persona = { id: 1001, name: "Budi" };

export type Say = (text: string) => void;
/** Asks a question and waits for the next line (undefined when the input ended). */
export type Ask = (question: string) => Promise<string | undefined>;

/** The terminal chat's state (who is talking, where) and what each typed line does. */
export class InteractiveChat {
  private persona: Persona = DEFAULT_PERSONA;
  private place: Place = { kind: "private" };

  constructor(
    private readonly session: SandboxSession,
    private readonly timeZone: string,
    private readonly say: Say,
    private readonly ask: Ask,
  ) {}

  /** `Budi@pribadi> ` or `Budi@BPD Sukamaju> `. */
  prompt(): string {
    return `${this.persona.name}@${this.place.kind === "private" ? "pribadi" : this.place.title}> `;
  }

  placeName(): string {
    return this.place.kind === "private" ? texts.privateChat : texts.group(this.place.title);
  }

  whoAmI(): string {
    return texts.who(this.persona.name, this.persona.id);
  }

  /** Handles one typed line; false when the user asked to leave. */
  async handle(line: string): Promise<boolean> {
    const input = parseInteractiveLine(line);
    switch (input.kind) {
      case "empty":
        return true;
      case "text":
        await this.show(this.session.sendText(this.persona, this.place, input.text));
        return true;
      case "number": {
        const pressable = this.session.latestButtons(this.persona, this.place);
        const isButton = pressable !== undefined && input.number >= 1 && input.number <= pressable.labels.length;
        await this.show(
          isButton
            ? this.session.press(this.persona, this.place, { number: input.number })
            : this.session.sendText(this.persona, this.place, input.text),
        );
        return true;
      }
      case "unknownCommand":
        this.say(texts.unknownCommand(input.name));
        return true;
      case "command":
        return this.command(input.name, input.argument);
    }
  }

  private async command(name: SandboxCommand, argument: string): Promise<boolean> {
    switch (name) {
      case "keluar":
        return false;
      case "bantuan":
        this.say(texts.help);
        return true;
      case "saya":
        this.switchPersona(argument);
        return true;
      case "grup":
        this.switchGroup(argument);
        return true;
      case "pribadi":
        this.place = { kind: "private" };
        this.say(texts.nowPrivate);
        return true;
      case "jam":
        this.setClock(argument);
        return true;
      case "inline":
        if (argument === "") this.say(texts.needInlineQuery);
        else await this.show(this.session.inline(this.persona, this.place, argument));
        return true;
      case "kirim":
        if (argument === "") this.say(texts.needText);
        else await this.show(this.session.sendText(this.persona, this.place, argument));
        return true;
      case "reset":
        await this.reset();
        return true;
    }
  }

  private switchPersona(argument: string): void {
    const [, idText = "", name = ""] = /^(\S*)\s*(.*)$/.exec(argument) ?? [];
    if (!/^\d{1,15}$/.test(idText) || Number(idText) <= 0) {
      this.say(texts.badPersonaId);
      return;
    }
    const id = Number(idText);
    const chosenName = name.trim() || this.session.personaName(id);
    if (!chosenName) {
      this.say(texts.needPersonaName);
      return;
    }
    this.persona = { id, name: chosenName.slice(0, 64) };
    this.say(texts.nowPersona(this.whoAmI(), this.placeName()));
  }

  private switchGroup(title: string): void {
    if (title === "") {
      this.say(texts.needGroupName);
      return;
    }
    this.place = { kind: "group", id: groupIdFromTitle(title), title: title.slice(0, 128) };
    this.say(texts.nowGroup(this.place.title));
  }

  private setClock(argument: string): void {
    if (argument === "") {
      this.say(texts.clockStatus(this.session.now(), this.session.clockIsFixed));
      return;
    }
    if (argument.toLowerCase() === "sekarang") {
      this.session.setClock(undefined);
      this.say(texts.clockReal);
      return;
    }
    const time = DateTime.fromISO(argument, { zone: this.timeZone });
    if (!time.isValid) {
      this.say(texts.badClock);
      return;
    }
    this.session.setClock(time);
    this.say(texts.clockFixed(this.session.now()));
  }

  private async reset(): Promise<void> {
    const answer = await this.ask(texts.confirmReset);
    if (!answer || !["ya", "y"].includes(answer.trim().toLowerCase())) {
      this.say(texts.resetCancelled);
      return;
    }
    await this.session.reset();
    this.say(texts.resetDone);
  }

  private async show(turn: Promise<TurnResult>): Promise<void> {
    const result = await turn;
    const output = result.missingButton
      ? renderMissingButton(result.missingButton)
      : renderTurn(result, { session: this.session, persona: this.persona, place: this.place, numbered: true });
    if (output !== "") this.say(output);
  }
}
