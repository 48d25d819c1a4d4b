import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseChatArgs } from "../../src/sandbox/chat-cli-args.ts";
import { parseInteractiveLine } from "../../src/sandbox/interactive-input.ts";
import { buttonByNumber, findButton, inlineKeyboardOf } from "../../src/sandbox/keyboard.ts";
import {
  freshSandboxState,
  loadSandboxState,
  resetSandbox,
  sandboxStatePath,
  saveSandboxState,
} from "../../src/sandbox/sandbox-state.ts";
import { groupIdFromTitle, textEntities, UpdateFactory, userOf } from "../../src/sandbox/update-factory.ts";

const dir = mkdtempSync(join(tmpdir(), "sandbox-parts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("finding the button a person means", () => {
  const keyboard = inlineKeyboardOf({
    inline_keyboard: [
      [{ text: "✅ Hadir", callback_data: "h" }, { text: "Izin", callback_data: "i" }],
      [{ text: "Tahap I", callback_data: "t1" }, { text: "Tahap II", callback_data: "t2" }],
    ],
  });
  const label = (wanted: string) => {
    const match = findButton(keyboard, wanted);
    return match.ok ? match.button.label : `${match.reason}: ${match.candidates.join("|")}`;
  };

  it("takes the exact label, then any case, then a unique prefix (leading emoji ignored), then the number", () => {
    expect(label("Tahap I")).toBe("Tahap I");
    expect(label("izin")).toBe("Izin");
    expect(label("hadir")).toBe("✅ Hadir");
    expect(label("iz")).toBe("Izin");
    expect(label("3")).toBe("Tahap I");
  });

  it("says when a label fits several buttons or none", () => {
    expect(label("tahap")).toBe("ambiguous: Tahap I|Tahap II");
    expect(label("Tolak")).toBe("not-found: ✅ Hadir|Izin|Tahap I|Tahap II");
    expect(buttonByNumber(keyboard, 5).ok).toBe(false);
  });
});

describe("update JSON as Telegram sends it", () => {
  it("marks bot commands and mentions with entities", () => {
    expect(textEntities("/start")).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(textEntities("/dana@asisten_desa_bot Kalasuge")).toEqual([{ type: "bot_command", offset: 0, length: 22 }]);
    expect(textEntities("halo @asisten_desa_bot")).toEqual([{ type: "mention", offset: 5, length: 17 }]);
    expect(textEntities("Rp1/2 tahun")).toEqual([]);
  });

  it("numbers updates and messages upwards from where the sandbox left off", () => {
    const factory = new UpdateFactory({ nextUpdateId: 500, now: () => new Date("2026-11-23T02:00:00Z") });
    const from = userOf({ id: 1001, name: "Budi Santoso" });
    const chat = { id: 1001, type: "private", first_name: "Budi" } as const;
    const first = factory.message("/start", { from, chat });
    const second = factory.message("halo", { from, chat });
    expect(first).toEqual({
      update_id: 500,
      message: {
        message_id: 1,
        from: { id: 1001, is_bot: false, first_name: "Budi", last_name: "Santoso", language_code: "id" },
        chat,
        date: 1795399200,
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    expect([second.update_id, second.message.message_id]).toEqual([501, 2]);
    expect(factory.nextUpdateId).toBe(502);
  });

  it("gives a group the same supergroup-shaped id for the same name", () => {
    const id = groupIdFromTitle("BPD Sukamaju");
    expect(groupIdFromTitle("  bpd   SUKAMAJU ")).toBe(id);
    expect(groupIdFromTitle("BPD Sukamakmur")).not.toBe(id);
    expect(String(id)).toMatch(/^-100\d{10}$/);
  });
});

describe("npm run chat arguments", () => {
  it("reads options, a negative group id and the message", () => {
    const parsed = parseChatArgs(["--from", "1002", "--name", "Siti", "--chat", "-1001234567890", "/dana", "Kalasuge"]);
    expect(parsed).toEqual({
      ok: true,
      args: expect.objectContaining({ from: 1002, name: "Siti", chat: -1001234567890, action: { kind: "text", text: "/dana Kalasuge" } }),
    });
  });

  it("explains mistakes in Indonesian", () => {
    const problem = (argv: string[]) => {
      const parsed = parseChatArgs(argv);
      return parsed.ok ? "ok" : parsed.problem;
    };
    expect(problem(["--warna", "x"])).toBe("pilihan tidak dikenal: --warna");
    expect(problem(["--from"])).toBe("pilihan --from perlu nilai");
    expect(problem(["--from", "budi", "hai"])).toMatch(/^--from harus id pengguna/);
    expect(problem(["--clock", "besok", "hai"])).toMatch(/^--clock harus waktu ISO 8601/);
    expect(problem([])).toMatch(/^tidak ada yang dikirim/);
    expect(problem(["--press", "Ya", "halo"])).toBe("pilih salah satu: PESAN, --press LABEL, atau --inline TEKS");
    expect(problem(["--chat", "5", "halo"])).toMatch(/^--chat positif berarti chat pribadi/);
    expect(problem(["--reset"])).toBe("ok");
  });
});

describe("terminal chat input", () => {
  it("tells messages, numbers and sandbox commands apart", () => {
    expect(parseInteractiveLine("  ")).toEqual({ kind: "empty" });
    expect(parseInteractiveLine("/start")).toEqual({ kind: "text", text: "/start" });
    expect(parseInteractiveLine("2")).toEqual({ kind: "number", number: 2, text: "2" });
    expect(parseInteractiveLine(":grup BPD Sukamaju")).toEqual({ kind: "command", name: "grup", argument: "BPD Sukamaju" });
    expect(parseInteractiveLine(":KELUAR")).toEqual({ kind: "command", name: "keluar", argument: "" });
    expect(parseInteractiveLine(":terbang")).toEqual({ kind: "unknownCommand", name: "terbang" });
  });
});

describe("sandbox state file", () => {
  it("lives next to the database and is written atomically", () => {
    const database = join(dir, "state", "sandbox.db");
    const path = sandboxStatePath(database);
    expect(path).toBe(`${database}.sandbox.json`);
    const state = { ...freshSandboxState(1_800_000_000_000), personas: { "1002": "Siti" } };
    saveSandboxState(path, state);
    expect(loadSandboxState(path)).toEqual({ state });
    expect(readdirSync(join(dir, "state"))).toEqual(["sandbox.db.sandbox.json"]);
  });

  it("starts afresh, saying why, when the file is unreadable", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, "{ bukan json");
    const loaded = loadSandboxState(path);
    expect(loaded.problem).toBeDefined();
    expect(loaded.state.personas).toEqual({});
  });

  it("reset removes the database, its WAL companions and the state", () => {
    const database = join(dir, "reset.db");
    const files = [database, `${database}-wal`, `${database}-shm`, sandboxStatePath(database)];
    for (const file of files) writeFileSync(file, "x");
    expect(resetSandbox(database).sort()).toEqual([...files].sort());
    expect(files.filter((file) => existsSync(file))).toEqual([]);
    expect(resetSandbox(database)).toEqual([]);
  });
});
