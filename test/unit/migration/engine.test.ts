import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { runSettings } from "../../../src/domain/migration/distribution.ts";
import {
  decide,
  foldRun,
  question,
  startRun,
  stateAt,
  type Actor,
  type LoggedEvent,
  type RunCommand,
  type RunState,
} from "../../../src/domain/migration/engine.ts";
import { loadProcedureCatalog } from "../../../src/domain/migration/procedures/index.ts";
import { formatDuration, formLines, runTimes, troubleshootingLog } from "../../../src/domain/migration/projections.ts";

/** The generic step engine on the Bangli SOP: commands in, events out, the state a fold of the events. */

const procedure = loadProcedureCatalog().defaultProcedure;
const settings = runSettings({ name: "Linux Mint 22.1", cpuRequirement: "64-bit", minRamMb: 2048, minDiskGb: 20, liveCd: true });
const wayan: Actor = { id: 1, name: "Wayan", role: "technician" };
const dewi: Actor = { id: 2, name: "Dewi", role: "supportTeam" };

/** A run driven by commands, keeping the log the store would keep. */
class Run {
  readonly log: LoggedEvent[] = [];
  state: RunState;
  time = DateTime.fromISO("2026-02-02T08:00:00", { zone: "Asia/Makassar" });

  constructor() {
    const started = startRun(procedure, settings, { at: this.time, actor: wayan });
    if (!started.ok) throw new Error(started.code);
    this.record(started.value.events, wayan);
    this.state = started.value.state;
  }

  private record(events: readonly LoggedEvent["event"][], actor: Actor): void {
    for (const event of events) this.log.push({ seq: this.log.length, event, at: this.time, actor });
  }

  later(minutes: number): this {
    this.time = this.time.plus({ minutes });
    return this;
  }

  do(command: RunCommand, actor: Actor = wayan) {
    const decision = decide(procedure, this.state, command, { at: this.time, actor });
    if (decision.ok) {
      this.record(decision.value.events, actor);
      this.state = decision.value.state;
    }
    return decision;
  }

  answer(...inputs: (string | null)[]): this {
    for (const input of inputs) {
      const decision = this.do({ type: "answer", input });
      if (!decision.ok) throw new Error(`${input}: ${decision.code}`);
    }
    return this;
  }

  choose(answer: string): this {
    const decision = this.do({ type: "choose", answer });
    if (!decision.ok) throw new Error(`${answer}: ${decision.code}`);
    return this;
  }

  get step(): number {
    return procedure.byId.get(this.state.step)!.number;
  }
}

const TARGET = ["02.06.02.01.017", "Ruang Keuangan", "Ni Luh Ayu"];
const CHECK_OK = ["Intel Core i3", "ya", "4 GB", "500 GB", "tidak"];
const FORM1 = ["HP ProDesk", "Windows 7", "illegal", "Office 2007", "-", "KEU-01", "dhcp", null, "D:\\Data"];
const BACKUP = ["externalHdd", "Gusti Ayu Rai", "ya"];

function toInstall(run = new Run()): Run {
  return run.answer(...TARGET, ...CHECK_OK, ...FORM1, ...BACKUP).choose("ok").answer("ya", "ya");
}

describe("a run is its event log", () => {
  it("folds its own events back into the same state", () => {
    const run = toInstall().choose("ok").choose("problem").answer("Layar hitam", "Ganti driver").choose("solved");
    const folded = foldRun(run.log)!;
    expect(folded.step).toBe(run.state.step);
    expect(folded.values).toEqual(run.state.values);
    expect(folded.visits.map((visit) => visit.step)).toEqual(run.state.visits.map((visit) => visit.step));
    expect(folded.seq).toBe(run.log.length);
  });

  it("walks the happy path through the 15 steps, asking fields before each choice", () => {
    const run = new Run();
    expect(question(procedure, run.state)).toMatchObject({ kind: "field", field: { key: "assetTag" } });
    run.answer(...TARGET);
    expect(run.step).toBe(2);
    run.answer(...CHECK_OK);
    expect(run.step).toBe(4);
    run.answer(...FORM1);
    expect(run.step).toBe(5);
    run.answer(...BACKUP);
    expect(run.step).toBe(6);
    run.choose("ok");
    expect(question(procedure, run.state)).toMatchObject({ kind: "field", field: { key: "osPartitionOnly" } });
    expect(run.do({ type: "choose", answer: "ok" })).toMatchObject({ ok: false, code: "NOT_ASKING_CHOICE" });
    run.answer("ya", "ya").choose("ok");
    expect(run.step).toBe(9);
    run.choose("ok").choose("ok").answer("Ni Luh Ayu").choose("ok");
    expect(run.state.status).toBe("done");
    expect(run.step).toBe(15);
    expect(question(procedure, run.state)).toEqual({ kind: "none", status: "done" });
  });

  it("takes the route the answers lead to, and records which", () => {
    const unsuitable = new Run().answer(...TARGET, "Pentium 4", "ya", "1 GB", "80 GB", "tidak");
    expect(unsuitable.state.status).toBe("unsuitable");
    expect(unsuitable.step).toBe(3);
    expect(unsuitable.log.map((logged) => logged.event.type).slice(-3)).toEqual(["routed", "stepEntered", "ended"]);

    const held = new Run().answer(...TARGET, "i5", "ya", "8 GB", "1 TB", "ya", "SIMDA Keuangan");
    expect(held.state.status).toBe("onHold");
    expect(held.state.holds).toMatchObject([{ reason: "SIMDA Keuangan", resumeAt: "technicalCheck" }]);
    held.do({ type: "resume" });
    expect(held.state.status).toBe("inProgress");
    expect(held.step).toBe(2);
  });

  it("sends a live-CD problem back to the check and lets earlier answers be kept", () => {
    const run = new Run().answer(...TARGET, ...CHECK_OK, ...FORM1, ...BACKUP).choose("problem").answer("Layar berkedip");
    expect(run.step).toBe(2);
    for (let i = 0; i < CHECK_OK.length; i++) expect(run.do({ type: "keep" }).ok).toBe(true);
    expect(run.step).toBe(4);
    expect(run.state.visits.filter((visit) => visit.step === "technicalCheck")).toHaveLength(2);
    expect(run.do({ type: "restartStep" }).ok).toBe(true);
    expect(run.step).toBe(4);
  });

  it("refuses values that are not what the field asks", () => {
    const run = new Run().answer(...TARGET, "i3", "ya");
    expect(run.do({ type: "answer", input: "banyak" })).toMatchObject({ ok: false, code: "NOT_A_NUMBER", params: { field: "ramMb" } });
    expect(run.do({ type: "answer", input: null })).toMatchObject({ ok: false, code: "NOT_OPTIONAL" });
    expect(run.do({ type: "keep" })).toMatchObject({ ok: false, code: "NO_PREVIOUS" });
  });
});

describe("escalation to TPP-SI (langkah 8, 10, 12, 14)", () => {
  it("is taken over once, then handed back to the step after the troubleshooting", () => {
    const run = toInstall().choose("ok").choose("problem").answer("Printer", "Pasang driver");
    expect(run.do({ type: "takeOver" }, dewi)).toMatchObject({ ok: false, code: "NOT_ESCALATED" });
    run.choose("escalate");
    expect(run.state.status).toBe("escalated");
    expect(run.do({ type: "handBack", note: "beres" }, dewi)).toMatchObject({ ok: false, code: "NOT_TAKEN_OVER" });
    run.later(60).do({ type: "takeOver" }, dewi);
    expect(run.do({ type: "takeOver" }, dewi)).toMatchObject({ ok: false, code: "ALREADY_TAKEN_OVER", params: { by: "Dewi" } });
    expect(run.do({ type: "handBack", note: " " }, dewi)).toMatchObject({ ok: false, code: "NOTE_REQUIRED" });
    run.later(60).do({ type: "handBack", note: "Driver dipasang" }, dewi);
    expect(run.state.status).toBe("inProgress");
    expect(run.state.step).toBe("restore");
    const [entry] = troubleshootingLog(procedure, run.state);
    expect(entry).toMatchObject({ result: "escalated", escalation: { outcome: "handedBack", note: "Driver dipasang", takenOverBy: { name: "Dewi" } } });
    expect(runTimes(procedure, run.state, run.time).supportMs).toBe(120 * 60_000);
  });

  it("can be finished by TPP-SI, which closes the run at langkah 15", () => {
    const run = toInstall().choose("problem").answer("Installer berhenti", "Coba ulang").choose("escalate");
    run.do({ type: "takeOver" }, dewi);
    run.do({ type: "finish", note: "Diinstal ulang dan diselesaikan TPP-SI" }, dewi);
    expect(run.state).toMatchObject({ status: "done", step: "done" });
    expect(run.state.escalations.at(-1)).toMatchObject({ outcome: "finished", closedBy: { name: "Dewi" } });
  });
});

describe("projections", () => {
  it("gives Form 1 in the procedure's order, Form 2 per troubleshooting visit, and the time per step", () => {
    const run = new Run().answer(...TARGET).later(15).answer(...CHECK_OK).later(30).answer(...FORM1);
    expect(formLines(procedure, run.state, "form1").map((line) => line.key).slice(0, 6)).toEqual(["assetTag", "location", "pcUser", "processor", "ramMb", "diskGb"]);
    expect(formLines(procedure, run.state, "form1").find((line) => line.key === "ramMb")?.value).toBe(4096);
    const times = runTimes(procedure, run.state, run.time.plus({ minutes: 10 }));
    expect(times.steps.map((entry) => [entry.step.number, entry.ms / 60_000])).toEqual([
      [1, 0],
      [2, 15],
      [4, 30],
      [5, 10],
    ]);
    expect(formatDuration(26 * 60 * 60_000 + 5 * 60_000)).toBe("1 hari 2 jam");
    expect(formatDuration(65 * 60_000, "en")).toBe("1 h 5 min");
  });

  it("shows a run as it stood at a date", () => {
    const run = new Run().answer(...TARGET).later(60 * 24 * 40).answer(...CHECK_OK);
    expect(stateAt(run.log, DateTime.fromISO("2026-02-10T00:00:00", { zone: "Asia/Makassar" }))?.step).toBe("technicalCheck");
    expect(stateAt(run.log, DateTime.fromISO("2026-01-10T00:00:00", { zone: "Asia/Makassar" }))).toBeUndefined();
  });
});

describe("settings", () => {
  it("starts only with every setting the procedure declares", () => {
    expect(startRun(procedure, { distributionName: "Mint" }, { at: DateTime.now(), actor: wayan })).toMatchObject({ ok: false, code: "MISSING_SETTING" });
  });
});
