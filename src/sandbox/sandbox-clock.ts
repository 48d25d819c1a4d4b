import { DateTime } from "luxon";

/** The bot's time in the sandbox: the real time in the configured zone, or a time the user fixed. */
export class SandboxClock {
  private fixedAt: DateTime | undefined;

  constructor(
    private readonly timeZone: string,
    fixedAt?: DateTime,
  ) {
    this.fix(fixedAt);
  }

  now(): DateTime {
    return this.fixedAt ?? DateTime.now().setZone(this.timeZone);
  }

  get isFixed(): boolean {
    return this.fixedAt !== undefined;
  }

  /** Fixes the time (shown in the configured zone); undefined goes back to the real time. */
  fix(time: DateTime | undefined): void {
    this.fixedAt = time?.setZone(this.timeZone);
  }
}
