import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { decide, question, startRun } from "../../../src/domain/migration/engine.ts";
import { loadProcedure, ProcedureError, type ProcedureInput } from "../../../src/domain/migration/procedure.ts";
import { BANGLI_56_2011_PROCEDURE } from "../../../src/domain/migration/procedures/bangli-56-2011.ts";
import { loadProcedureCatalog } from "../../../src/domain/migration/procedures/index.ts";

/** Done-when 4: the procedure file is validated by zod at start-up; broken graphs are refused with the step's name. */

function copy(): ProcedureInput {
  return structuredClone(BANGLI_56_2011_PROCEDURE) as ProcedureInput;
}

function refusal(input: unknown): ProcedureError {
  try {
    loadProcedure(input);
  } catch (error) {
    if (error instanceof ProcedureError) return error;
    throw error;
  }
  throw new Error("the procedure was accepted");
}

type Step = ProcedureInput["steps"][number];
const step = (input: ProcedureInput, id: string): Step => input.steps.find((candidate) => candidate.id === id)!;

describe("the Bangli SOP file (Lampiran angka 2 huruf c)", () => {
  const procedure = loadProcedure(BANGLI_56_2011_PROCEDURE);

  it("has the 15 steps of the annex, numbered 1 to 15, with a citation each", () => {
    expect(procedure.steps.map((candidate) => candidate.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(procedure.stepCount).toBe(15);
    for (const candidate of procedure.steps) expect(candidate.citation).toBe(`Lampiran angka 2 huruf c langkah ${candidate.number}`);
  });

  it("has the troubleshooting branch at steps 8, 10, 12 and 14, each able to reach TPP-SI", () => {
    const troubleshooting = procedure.steps.filter((candidate) => candidate.troubleshooting);
    expect(troubleshooting.map((candidate) => candidate.number)).toEqual([8, 10, 12, 14]);
    for (const candidate of troubleshooting) {
      const then = candidate.then;
      expect("choice" in then && then.choice.some((answer) => "escalate" in answer.go)).toBe(true);
    }
  });

  it("is what the bot loads at start-up", () => {
    expect(loadProcedureCatalog().defaultProcedure.id).toBe("bangli-56-2011");
  });
});

describe("refused at start-up, with the step named", () => {
  it("refuses a step pointing to a step that does not exist", () => {
    const input = copy();
    const configure = step(input, "configure");
    if (!("choice" in configure.then)) throw new Error("configure has a choice");
    configure.then.choice[0]!.go = { step: "restoration" };
    const error = refusal(input);
    expect(error.problems).toContainEqual(expect.objectContaining({ code: "MISSING_STEP", step: "configure" }));
    expect(error.message).toContain("Langkah «configure» (jawaban «ok») menuju langkah «restoration» yang tidak ada.");
  });

  it("refuses a step no path reaches", () => {
    const input = copy();
    input.steps.push({
      id: "burnDvd",
      number: 16,
      title: { id: "Bakar DVD", en: "Burn a DVD" },
      prompt: { id: "Bakar DVD.", en: "Burn a DVD." },
      citation: "Lampiran angka 2 huruf a",
      then: { go: { step: "done" } },
    });
    const error = refusal(input);
    expect(error.problems).toEqual([expect.objectContaining({ code: "UNREACHABLE_STEP", step: "burnDvd" })]);
    expect(error.message).toContain("Langkah «burnDvd» tidak dapat dicapai dari langkah awal «chooseTarget».");
  });

  it("refuses a missing start step and a resume point that does not exist", () => {
    const input = copy();
    input.start = "begin";
    expect(refusal(input).message).toContain("Langkah awal «begin» tidak ada.");

    const other = copy();
    const troubleshoot = step(other, "restoreTroubleshoot");
    if (!("choice" in troubleshoot.then)) throw new Error("troubleshooting has a choice");
    troubleshoot.then.choice[1]!.go = { escalate: true, resumeAt: "userTesting" };
    expect(refusal(other).message).toContain("Langkah «restoreTroubleshoot» (jawaban «escalate» (lanjut)) menuju langkah «userTesting» yang tidak ada.");
  });

  it("refuses a malformed step by its name (zod)", () => {
    const input = copy() as unknown as { steps: Record<string, unknown>[] };
    delete input.steps[4]!.prompt;
    const error = refusal(input);
    expect(error.problems[0]).toMatchObject({ code: "SHAPE", step: "backup" });
    expect(error.message).toContain("langkah «backup»: steps.4.prompt");
  });

  it("refuses routes without an «otherwise», unknown fields and settings in conditions, and unknown placeholders", () => {
    const input = copy();
    const check = step(input, "technicalCheck");
    if (!("route" in check.then)) throw new Error("the check routes");
    check.then.route.pop();
    check.then.route[0]!.when = { field: "ramGb", below: { setting: "minRamGb" } };
    check.prompt = { id: "Periksa {distroName}.", en: "Check {distroName}." };
    const messages = refusal(input).problems.map((problem) => problem.message);
    expect(messages).toContain("Rute terakhir langkah «technicalCheck» harus tanpa syarat (selain itu).");
    expect(messages).toContain("Syarat di langkah «technicalCheck» memakai isian «ramGb» yang tidak ada.");
    expect(messages).toContain("Syarat di langkah «technicalCheck» memakai pengaturan «minRamGb» yang tidak dideklarasikan.");
    expect(messages).toContain("Teks langkah «technicalCheck» memakai {distroName} yang bukan pengaturan atau isian.");
  });

  it("refuses a field defined twice, and a hold whose reason is not asked in that step", () => {
    const input = copy();
    step(input, "backup").fields!.push({ key: "ramMb", type: "memory", label: { id: "RAM", en: "RAM" }, prompt: { id: "RAM?", en: "RAM?" } });
    const check = step(input, "technicalCheck");
    if (!("route" in check.then)) throw new Error("the check routes");
    check.then.route[1]!.go = { hold: { reasonField: "backupBy" }, resumeAt: "technicalCheck" };
    const messages = refusal(input).problems.map((problem) => problem.message);
    expect(messages).toContain("Isian «ramMb» di langkah «backup» sudah dipakai di langkah «technicalCheck».");
    expect(messages).toContain("Langkah «technicalCheck» menunda dengan alasan dari isian «backupBy» yang tidak ditanyakan di langkah itu.");
  });

  it("refuses a loop with no way out", () => {
    const input = copy();
    const configure = step(input, "configure");
    configure.then = { go: { step: "configure" } };
    const messages = refusal(input).problems.map((problem) => problem.message);
    expect(messages).toContain("Dari langkah «configure» tidak ada jalan menuju langkah penutup.");
  });
});

describe("a second SOP is a second data file", () => {
  const tiny: ProcedureInput = {
    id: "contoh-sop-server",
    version: "1",
    title: { id: "SOP migrasi server", en: "Server migration SOP" },
    regulation: "Contoh",
    citation: "Lampiran",
    start: "pick",
    target: { assetTag: "tag", location: "room", user: "owner" },
    settings: [],
    forms: [{ key: "form1", title: { id: "Data server", en: "Server data" }, citation: "Lampiran 1" }],
    steps: [
      {
        id: "pick",
        number: 1,
        title: { id: "Pilih server", en: "Pick a server" },
        prompt: { id: "Pilih server.", en: "Pick a server." },
        citation: "Lampiran 1",
        fields: [
          { key: "tag", type: "text", form: "form1", label: { id: "Kode", en: "Tag" }, prompt: { id: "Kode?", en: "Tag?" } },
          { key: "room", type: "text", label: { id: "Ruang", en: "Room" }, prompt: { id: "Ruang?", en: "Room?" } },
          { key: "owner", type: "person", label: { id: "Pemilik", en: "Owner" }, prompt: { id: "Pemilik?", en: "Owner?" } },
        ],
        then: { go: { step: "migrate" } },
      },
      {
        id: "migrate",
        number: 2,
        title: { id: "Migrasi", en: "Migrate" },
        prompt: { id: "Migrasikan.", en: "Migrate." },
        citation: "Lampiran 2",
        then: { choice: [{ key: "ok", label: { id: "Selesai", en: "Done" }, go: { step: "end" } }] },
      },
      { id: "end", number: 3, title: { id: "Selesai", en: "Done" }, prompt: { id: "Selesai.", en: "Done." }, citation: "Lampiran 3", then: { end: "done" } },
    ],
  };

  it("runs on the same engine without new code", () => {
    const catalog = loadProcedureCatalog([BANGLI_56_2011_PROCEDURE, tiny], "contoh-sop-server");
    const procedure = catalog.defaultProcedure;
    const context = { at: DateTime.fromISO("2026-01-05T08:00:00"), actor: { id: 1, name: "A", role: "technician" } };
    let state = startRun(procedure, {}, context);
    if (!state.ok) throw new Error("start");
    let current = state.value.state;
    for (const input of ["SRV-01", "Ruang Server", "Budi Santoso"]) {
      const next = decide(procedure, current, { type: "answer", input }, context);
      if (!next.ok) throw new Error(next.code);
      current = next.value.state;
    }
    expect(question(procedure, current)).toMatchObject({ kind: "choice", step: { id: "migrate" } });
    const done = decide(procedure, current, { type: "choose", answer: "ok" }, context);
    expect(done.ok && done.value.state.status).toBe("done");
    state = startRun(procedure, {}, context);
    expect(state.ok).toBe(true);
  });
});
