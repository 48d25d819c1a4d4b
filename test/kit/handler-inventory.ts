import { Composer } from "telegraf";

/**
 * Every command and button trigger the bot registers, read from the code as it builds its composers: the static
 * `Composer.command`, `Composer.action` and `Composer.hears` (which the instance methods, `start` and `help` go through)
 * are wrapped to note each trigger before passing it on. Commands registered in loops over tables are seen like the
 * others, which a text search would not. Install before `createBot`/`createTestBot` builds the composers.
 */

/**
 * Each entry is "feature/trigger": the feature is the folder under src/bot/features/ of the outermost composer that
 * registered it (so /izinkan_pemekaran, registered by a workplan helper for the region feature, is "region/…", and
 * /risalah, registered by the minutes composer inside the council's, is "council/…"); the same command in two
 * features ("council/gabung", "migration/gabung") is two entries.
 */
export interface HandlerInventory {
  /** Command names ("general/start", "council/hadir"), each once, in registration order. */
  readonly commands: readonly string[];
  /** Callback-query triggers as written: a string, or a RegExp's source ("council//^bpd:/"). */
  readonly actions: readonly string[];
  /** Text triggers (`hears`); the bot has none today, and one would need a row like a command. */
  readonly hears: readonly string[];
}

/** The feature folder of the outermost frame under src/bot/features/, from a stack trace. */
function featureOf(stack: string | undefined): string {
  const folders = [...(stack ?? "").matchAll(/src[\\/]bot[\\/]features[\\/]([\w-]+)[\\/]/g)].map((match) => match[1]!);
  return folders.at(-1) ?? "(outside src/bot/features)";
}

type Trigger = string | RegExp | ((...args: never[]) => unknown) | readonly (string | RegExp | ((...args: never[]) => unknown))[];

function names(trigger: unknown): string[] {
  if (Array.isArray(trigger)) return trigger.flatMap(names);
  if (typeof trigger === "string") return [trigger];
  if (trigger instanceof RegExp) return [String(trigger)];
  if (typeof trigger === "function") return [`<predicate ${trigger.name || "anonymous"}>`];
  return [String(trigger)];
}

/** Starts noting registrations; returns the inventory so far (it fills as composers are built) and a way to stop. */
export function recordHandlers(): { readonly inventory: HandlerInventory; restore(): void } {
  const commands = new Set<string>();
  const actions = new Set<string>();
  const hears = new Set<string>();
  const statics = Composer as unknown as Record<"command" | "action" | "hears", (trigger: Trigger, ...fns: unknown[]) => unknown>;
  const original = { command: statics.command, action: statics.action, hears: statics.hears };
  const wrap = (name: keyof typeof original, into: Set<string>) => {
    statics[name] = function (this: unknown, trigger: Trigger, ...fns: unknown[]) {
      // A command may be written "/start"; telegraf matches it without the slash.
      const feature = featureOf(new Error().stack);
      for (const n of names(trigger)) into.add(`${feature}/${name === "command" ? n.replace(/^\//, "") : n}`);
      return original[name].call(this, trigger, ...fns);
    };
  };
  wrap("command", commands);
  wrap("action", actions);
  wrap("hears", hears);
  return {
    inventory: {
      get commands() {
        return [...commands];
      },
      get actions() {
        return [...actions];
      },
      get hears() {
        return [...hears];
      },
    },
    restore() {
      statics.command = original.command;
      statics.action = original.action;
      statics.hears = original.hears;
    },
  };
}
