import type { DateTime } from "luxon";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { holds, parseFieldValue, type Field, type FieldErrorCode, type FieldValue, type Settings } from "./fields.ts";
import { stepOf, type Answer, type Procedure, type Step, type Target } from "./procedure.ts";

/**
 * The generic step engine. A run (one PC through one procedure) is its event log: every answer, every
 * automatic decision, every hand-over is an event with who and when. The state is a fold of the log; the
 * engine decides what a command adds to it. Nothing here knows the Bangli SOP: it only reads the procedure data.
 */

export type RunStatus = "inProgress" | "onHold" | "escalated" | "done" | "unsuitable";

export type RunEvent =
  | { readonly type: "started"; readonly procedureId: string; readonly settings: Settings }
  | { readonly type: "stepEntered"; readonly step: string }
  | { readonly type: "fieldAnswered"; readonly step: string; readonly field: string; readonly value: FieldValue }
  | { readonly type: "answerChosen"; readonly step: string; readonly answer: string }
  | { readonly type: "routed"; readonly step: string; readonly route: number }
  | { readonly type: "skipped"; readonly step: string }
  | { readonly type: "held"; readonly step: string; readonly reason: string; readonly resumeAt: string }
  | { readonly type: "resumed"; readonly step: string }
  | { readonly type: "escalated"; readonly step: string; readonly resumeAt: string }
  | { readonly type: "takenOver" }
  | { readonly type: "handedBack"; readonly note: string; readonly step: string }
  | { readonly type: "finishedBySupport"; readonly note: string; readonly step: string }
  | { readonly type: "ended"; readonly step: string; readonly outcome: "done" | "unsuitable" };

export type RunEventType = RunEvent["type"];

export interface Actor {
  readonly id: number;
  readonly name: string;
  /** "technician", "supportTeam", "admin", ... as the bot resolved it when the event happened. */
  readonly role: string;
}

export interface LoggedEvent {
  readonly seq: number;
  readonly event: RunEvent;
  readonly at: DateTime;
  readonly actor: Actor;
}

export interface Visit {
  readonly step: string;
  readonly enteredAt: DateTime;
  leftAt?: DateTime;
  readonly values: Record<string, FieldValue>;
  answer?: string;
  answeredBy?: Actor;
  answeredAt?: DateTime;
  route?: number;
  skipped?: boolean;
}

export interface Hold {
  readonly step: string;
  readonly reason: string;
  readonly resumeAt: string;
  readonly at: DateTime;
  readonly by: Actor;
  resumedAt?: DateTime;
  resumedBy?: Actor;
}

export interface Escalation {
  readonly step: string;
  readonly resumeAt: string;
  readonly openedAt: DateTime;
  readonly openedBy: Actor;
  takenOverAt?: DateTime;
  takenOverBy?: Actor;
  closedAt?: DateTime;
  closedBy?: Actor;
  outcome?: "handedBack" | "finished";
  note?: string;
}

export interface RunState {
  readonly procedureId: string;
  readonly settings: Settings;
  readonly startedAt: DateTime;
  readonly startedBy: Actor;
  status: RunStatus;
  step: string;
  /** Number of events folded: the next event's seq. */
  seq: number;
  /** The latest value of every field answered. */
  readonly values: Record<string, FieldValue>;
  readonly visits: Visit[];
  readonly holds: Hold[];
  readonly escalations: Escalation[];
  endedAt?: DateTime;
  lastAt: DateTime;
  lastActor: Actor;
}

/** What the run asks now. */
export type Question =
  | { readonly kind: "field"; readonly step: Step; readonly field: Field; readonly answer?: Answer }
  | { readonly kind: "choice"; readonly step: Step; readonly answers: readonly Answer[] }
  | { readonly kind: "none"; readonly status: RunStatus };

export type RunCommand =
  /** An answer to the field asked now: typed text or a button's option key; null skips an optional field. */
  | { readonly type: "answer"; readonly input: string | null }
  /** Keeps the value this field was given on an earlier visit of the step (a step done again). */
  | { readonly type: "keep" }
  | { readonly type: "choose"; readonly answer: string }
  /** Ask the current step again from its first field (a correction). */
  | { readonly type: "restartStep" }
  | { readonly type: "resume" }
  | { readonly type: "takeOver" }
  | { readonly type: "handBack"; readonly note: string }
  | { readonly type: "finish"; readonly note: string };

export type RunErrorCode =
  | FieldErrorCode
  | "NOT_IN_PROGRESS"
  | "NOT_ON_HOLD"
  | "NOT_ESCALATED"
  | "NOT_TAKEN_OVER"
  | "ALREADY_TAKEN_OVER"
  | "NOT_ASKING_FIELD"
  | "NOT_ASKING_CHOICE"
  | "NO_SUCH_ANSWER"
  | "MISSING_SETTING"
  | "NOTE_REQUIRED"
  | "NO_PREVIOUS";

export interface Decision {
  readonly events: readonly RunEvent[];
  readonly state: RunState;
}

const MAX_AUTOMATIC_MOVES = 200;

function currentVisit(state: RunState): Visit | undefined {
  return state.visits.at(-1);
}

function closeVisit(state: RunState, at: DateTime): void {
  const visit = currentVisit(state);
  if (visit && visit.leftAt === undefined) visit.leftAt = at;
}

/** Folds one logged event into the state (the state is mutated and returned; pass a copy to keep the old one). */
export function applyEvent(state: RunState | undefined, logged: LoggedEvent): RunState {
  const { event, at, actor } = logged;
  if (event.type === "started") {
    return {
      procedureId: event.procedureId,
      settings: event.settings,
      startedAt: at,
      startedBy: actor,
      status: "inProgress",
      step: "",
      seq: logged.seq + 1,
      values: {},
      visits: [],
      holds: [],
      escalations: [],
      lastAt: at,
      lastActor: actor,
    };
  }
  if (!state) throw new Error(`event ${event.type} before the run started`);
  state.seq = logged.seq + 1;
  state.lastAt = at;
  state.lastActor = actor;
  switch (event.type) {
    case "stepEntered":
      closeVisit(state, at);
      state.visits.push({ step: event.step, enteredAt: at, values: {} });
      state.step = event.step;
      state.status = "inProgress";
      break;
    case "fieldAnswered": {
      const visit = currentVisit(state);
      if (visit) visit.values[event.field] = event.value;
      state.values[event.field] = event.value;
      break;
    }
    case "answerChosen": {
      const visit = currentVisit(state);
      if (visit) {
        visit.answer = event.answer;
        visit.answeredBy = actor;
        visit.answeredAt = at;
      }
      break;
    }
    case "routed": {
      const visit = currentVisit(state);
      if (visit) visit.route = event.route;
      break;
    }
    case "skipped": {
      const visit = currentVisit(state);
      if (visit) visit.skipped = true;
      break;
    }
    case "held":
      closeVisit(state, at);
      state.status = "onHold";
      state.holds.push({ step: event.step, reason: event.reason, resumeAt: event.resumeAt, at, by: actor });
      break;
    case "resumed": {
      const hold = state.holds.at(-1);
      if (hold) {
        hold.resumedAt = at;
        hold.resumedBy = actor;
      }
      break;
    }
    case "escalated":
      closeVisit(state, at);
      state.status = "escalated";
      state.escalations.push({ step: event.step, resumeAt: event.resumeAt, openedAt: at, openedBy: actor });
      break;
    case "takenOver": {
      const escalation = state.escalations.at(-1);
      if (escalation) {
        escalation.takenOverAt = at;
        escalation.takenOverBy = actor;
      }
      break;
    }
    case "handedBack":
    case "finishedBySupport": {
      const escalation = state.escalations.at(-1);
      if (escalation) {
        escalation.closedAt = at;
        escalation.closedBy = actor;
        escalation.outcome = event.type === "handedBack" ? "handedBack" : "finished";
        escalation.note = event.note;
      }
      break;
    }
    case "ended":
      if (state.step !== event.step) {
        closeVisit(state, at);
        state.visits.push({ step: event.step, enteredAt: at, values: {} });
        state.step = event.step;
      }
      closeVisit(state, at);
      state.status = event.outcome;
      state.endedAt = at;
      break;
  }
  return state;
}

export function foldRun(events: readonly LoggedEvent[]): RunState | undefined {
  let state: RunState | undefined;
  for (const logged of events) state = applyEvent(state, logged);
  return state;
}

/** A deep enough copy for deciding without touching the caller's state. */
export function copyState(state: RunState): RunState {
  return {
    ...state,
    values: { ...state.values },
    visits: state.visits.map((visit) => ({ ...visit, values: { ...visit.values } })),
    holds: state.holds.map((hold) => ({ ...hold })),
    escalations: state.escalations.map((escalation) => ({ ...escalation })),
  };
}

function applicable(fields: readonly Field[] | undefined, state: RunState): Field[] {
  return (fields ?? []).filter((field) => !field.when || holds(field.when, state.values, state.settings));
}

/** What the run asks now: the next field of the step (or of the chosen answer), or the step's choice. */
export function question(procedure: Procedure, state: RunState): Question {
  if (state.status !== "inProgress") return { kind: "none", status: state.status };
  const step = stepOf(procedure, state.step);
  const visit = currentVisit(state);
  const answered = visit?.values ?? {};
  for (const field of applicable(step.fields, state)) {
    if (!(field.key in answered)) return { kind: "field", step, field };
  }
  const then = step.then;
  if (!("choice" in then)) return { kind: "none", status: state.status };
  const chosen = visit?.answer === undefined ? undefined : then.choice.find((answer) => answer.key === visit.answer);
  if (!chosen) return { kind: "choice", step, answers: then.choice };
  for (const field of applicable(chosen.fields, state)) {
    if (!(field.key in answered)) return { kind: "field", step, field, answer: chosen };
  }
  return { kind: "none", status: state.status };
}

interface DecisionContext {
  readonly at: DateTime;
  readonly actor: Actor;
}

/** Collects the events of one decision while folding them, so each next choice sees the state so far. */
class Draft {
  readonly events: RunEvent[] = [];

  constructor(
    readonly procedure: Procedure,
    public state: RunState,
    private readonly context: DecisionContext,
  ) {}

  emit(event: RunEvent): void {
    this.events.push(event);
    this.state = applyEvent(this.state, { seq: this.state.seq, event, at: this.context.at, actor: this.context.actor });
  }

  /** Moves to a target, then keeps going while nothing needs a person (skips, routes, closing steps). */
  go(target: Target): void {
    const from = this.state.step;
    if ("step" in target) {
      this.enter(target.step);
      return;
    }
    if ("hold" in target) {
      const reason = this.state.visits.at(-1)?.values[target.hold.reasonField];
      this.emit({ type: "held", step: from, reason: typeof reason === "string" ? reason : String(reason ?? ""), resumeAt: target.resumeAt });
      return;
    }
    this.emit({ type: "escalated", step: from, resumeAt: target.resumeAt });
  }

  enter(stepId: string): void {
    this.emit({ type: "stepEntered", step: stepId });
    this.settle();
  }

  /** Takes every move that needs no answer. */
  settle(): void {
    for (let moves = 0; moves < MAX_AUTOMATIC_MOVES; moves++) {
      if (this.state.status !== "inProgress") return;
      const step = stepOf(this.procedure, this.state.step);
      const visit = this.state.visits.at(-1);
      const fresh = visit !== undefined && Object.keys(visit.values).length === 0 && visit.answer === undefined;
      if (fresh && step.skip && !visit.skipped && holds(step.skip.when, this.state.values, this.state.settings)) {
        this.emit({ type: "skipped", step: step.id });
        this.go(step.skip.go);
        continue;
      }
      const then = step.then;
      if ("end" in then) {
        this.emit({ type: "ended", step: step.id, outcome: then.end });
        return;
      }
      if (question(this.procedure, this.state).kind !== "none") return;
      if ("choice" in then) {
        const chosen = then.choice.find((answer) => answer.key === visit?.answer);
        if (!chosen) return;
        this.go(chosen.go);
      } else if ("route" in then) {
        const index = then.route.findIndex((route) => !route.when || holds(route.when, this.state.values, this.state.settings));
        const route = then.route[index]!;
        this.emit({ type: "routed", step: step.id, route: index });
        this.go(route.go);
      } else {
        this.go(then.go);
      }
      if (this.state.step === step.id && this.state.status === "inProgress") return;
    }
    throw new Error(`procedure ${this.procedure.id}: more than ${MAX_AUTOMATIC_MOVES} automatic moves from ${this.state.step}`);
  }
}

/** The first events of a run: it starts at the procedure's first step with the configured settings. */
export function startRun(procedure: Procedure, settings: Settings, context: DecisionContext): Outcome<Decision, RunErrorCode> {
  for (const setting of procedure.settings) {
    if (typeof settings[setting.key] !== setting.type.replace("text", "string")) return reject("MISSING_SETTING", { setting: setting.key });
  }
  const started: RunEvent = { type: "started", procedureId: procedure.id, settings };
  const state = applyEvent(undefined, { seq: 0, event: started, at: context.at, actor: context.actor });
  const draft = new Draft(procedure, state, context);
  draft.events.push(started);
  draft.enter(procedure.start);
  return accept({ events: draft.events, state: draft.state });
}

/** What a command adds to a run, or why it is refused. The given state is not changed. */
export function decide(procedure: Procedure, state: RunState, command: RunCommand, context: DecisionContext): Outcome<Decision, RunErrorCode> {
  const draft = new Draft(procedure, copyState(state), context);
  switch (command.type) {
    case "answer": {
      const asked = question(procedure, draft.state);
      if (asked.kind !== "field") return reject(asked.kind === "none" ? "NOT_IN_PROGRESS" : "NOT_ASKING_FIELD");
      const value = parseFieldValue(asked.field, command.input);
      if (!value.ok) return reject(value.code, { ...value.params, field: asked.field.key });
      draft.emit({ type: "fieldAnswered", step: asked.step.id, field: asked.field.key, value: value.value });
      draft.settle();
      break;
    }
    case "keep": {
      const asked = question(procedure, draft.state);
      if (asked.kind !== "field") return reject(asked.kind === "none" ? "NOT_IN_PROGRESS" : "NOT_ASKING_FIELD");
      const previous = previousValue(draft.state, asked.field.key);
      if (previous === undefined) return reject("NO_PREVIOUS", { field: asked.field.key });
      draft.emit({ type: "fieldAnswered", step: asked.step.id, field: asked.field.key, value: previous });
      draft.settle();
      break;
    }
    case "choose": {
      const asked = question(procedure, draft.state);
      if (asked.kind !== "choice") return reject(asked.kind === "none" ? "NOT_IN_PROGRESS" : "NOT_ASKING_CHOICE");
      if (!asked.answers.some((answer) => answer.key === command.answer)) return reject("NO_SUCH_ANSWER", { answer: command.answer });
      draft.emit({ type: "answerChosen", step: asked.step.id, answer: command.answer });
      draft.settle();
      break;
    }
    case "restartStep":
      if (draft.state.status !== "inProgress") return reject("NOT_IN_PROGRESS");
      draft.enter(draft.state.step);
      break;
    case "resume": {
      if (draft.state.status !== "onHold") return reject("NOT_ON_HOLD");
      const hold = draft.state.holds.at(-1)!;
      draft.emit({ type: "resumed", step: hold.resumeAt });
      draft.enter(hold.resumeAt);
      break;
    }
    case "takeOver": {
      if (draft.state.status !== "escalated") return reject("NOT_ESCALATED");
      const escalation = draft.state.escalations.at(-1)!;
      if (escalation.takenOverBy) return reject("ALREADY_TAKEN_OVER", { by: escalation.takenOverBy.name });
      draft.emit({ type: "takenOver" });
      break;
    }
    case "handBack":
    case "finish": {
      if (draft.state.status !== "escalated") return reject("NOT_ESCALATED");
      const escalation = draft.state.escalations.at(-1)!;
      if (!escalation.takenOverBy) return reject("NOT_TAKEN_OVER");
      const note = command.note.replace(/\s+/g, " ").trim();
      if (note.length < 3) return reject("NOTE_REQUIRED");
      if (command.type === "handBack") {
        draft.emit({ type: "handedBack", note, step: escalation.resumeAt });
        draft.enter(escalation.resumeAt);
      } else {
        const done = procedure.steps.find((step) => "end" in step.then && step.then.end === "done")!;
        draft.emit({ type: "finishedBySupport", note, step: done.id });
        draft.emit({ type: "ended", step: done.id, outcome: "done" });
      }
      break;
    }
  }
  return accept({ events: draft.events, state: draft.state });
}

/** The value a field was given before the current visit of its step, if any. */
export function previousValue(state: RunState, field: string): FieldValue | undefined {
  const visits = state.visits.slice(0, -1);
  for (let index = visits.length - 1; index >= 0; index--) {
    const values = visits[index]!.values;
    if (field in values) return values[field];
  }
  return undefined;
}

/** The run as it stood at a moment (for reports): the events up to and including `at`. */
export function stateAt(events: readonly LoggedEvent[], at: DateTime): RunState | undefined {
  return foldRun(events.filter((logged) => logged.at <= at));
}
