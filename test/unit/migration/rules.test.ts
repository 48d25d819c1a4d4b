import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { adviseFormat } from "../../../src/domain/migration/data-format.ts";
import { parseDistribution, runSettings } from "../../../src/domain/migration/distribution.ts";
import { answerException } from "../../../src/domain/migration/exceptions.ts";
import { formatFieldValue, parseFieldValue, parseMemoryMb, parseStorageGb, type Field } from "../../../src/domain/migration/fields.ts";
import { formatJoinCode, makeJoinCode, normalizeJoinCode } from "../../../src/domain/migration/join-code.ts";
import { parsePeriod, periodKey } from "../../../src/domain/migration/report.ts";
import { authorize, type Person } from "../../../src/domain/migration/roles.ts";

describe("typed values: numbers are numbers, RAM in MB or GB", () => {
  it.each([
    ["4 GB", 4096],
    ["4gb", 4096],
    ["4096 MB", 4096],
    ["4.096 MB", 4096],
    ["1,5 GB", 1536],
    ["512", 512],
    ["8", 8192],
    ["RAM: 2 GB DDR3", 2048],
  ])("RAM %s → %i MB", (text, mb) => {
    expect(parseMemoryMb(text)).toEqual({ ok: true, value: mb });
  });

  it("refuses what is not a size", () => {
    expect(parseMemoryMb("empat")).toMatchObject({ ok: false, code: "NOT_A_NUMBER" });
    expect(parseMemoryMb("4 kb")).toMatchObject({ ok: false, code: "UNKNOWN_UNIT" });
    expect(parseMemoryMb("0")).toMatchObject({ ok: false, code: "NOT_A_NUMBER" });
  });

  it.each([
    ["500 GB", 500],
    ["1 TB", 1000],
    ["0,5 TB", 500],
    ["250", 250],
    ["SSD 256 GB", 256],
  ])("disk %s → %i GB", (text, gb) => {
    expect(parseStorageGb(text)).toEqual({ ok: true, value: gb });
  });

  it("reads yes/no, IP addresses, names and choices", () => {
    const yesNo: Field = { key: "a", type: "yesNo", label: { id: "a", en: "a" }, prompt: { id: "a", en: "a" } };
    expect(parseFieldValue(yesNo, "Ya")).toEqual({ ok: true, value: true });
    expect(parseFieldValue(yesNo, "tidak.")).toEqual({ ok: true, value: false });
    expect(parseFieldValue(yesNo, "mungkin")).toMatchObject({ ok: false, code: "NOT_YES_NO" });
    const ip: Field = { key: "b", type: "ipv4", label: { id: "b", en: "b" }, prompt: { id: "b", en: "b" } };
    expect(parseFieldValue(ip, "192.168.1.25")).toEqual({ ok: true, value: "192.168.1.25" });
    expect(parseFieldValue(ip, "192.168.1.256")).toMatchObject({ ok: false, code: "NOT_IPV4" });
    const person: Field = { key: "c", type: "person", label: { id: "c", en: "c" }, prompt: { id: "c", en: "c" } };
    expect(parseFieldValue(person, "I Gusti Ayu Rai")).toEqual({ ok: true, value: "I Gusti Ayu Rai" });
    expect(parseFieldValue(person, "123456")).toMatchObject({ ok: false, code: "NOT_A_NAME" });
    const memory: Field = { key: "d", type: "memory", label: { id: "RAM", en: "RAM" }, prompt: { id: "d", en: "d" } };
    expect(formatFieldValue(memory, 1536)).toBe("1.536 MB (1,5 GB)");
    expect(formatFieldValue(memory, 512)).toBe("512 MB");
  });
});

describe("the agreed distribution (Lampiran angka 2 huruf a) and the SOP minimum (langkah 2)", () => {
  it("reads the admin's line", () => {
    expect(parseDistribution("Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; live cd ya")).toEqual({
      ok: true,
      value: { name: "Linux Mint 22.1 Xfce", cpuRequirement: "64-bit 2 GHz", minRamMb: 2048, minDiskGb: 20, liveCd: true },
    });
    expect(parseDistribution("Mint; ram 2 GB")).toMatchObject({ ok: false, code: "MISSING_PART" });
    expect(parseDistribution("Mint; warna biru")).toMatchObject({ ok: false, code: "UNKNOWN_PART" });
  });

  it("never asks less RAM than 256 MB", () => {
    expect(runSettings({ name: "X", cpuRequirement: "i686", minRamMb: 128, minDiskGb: 5, liveCd: false }).minRamMb).toBe(256);
  });
});

describe("Pasal 16: half-years", () => {
  const now = DateTime.fromISO("2026-07-16T09:00:00", { zone: "Asia/Makassar" });
  it.each(["2026-1", "2026-S1", "2026 semester I", "semester 1 2026", "S1 2026", "2026/1"])("reads %s", (text) => {
    const parsed = parsePeriod(text, now);
    expect(parsed.ok && periodKey(parsed.value)).toBe("2026-S1");
    expect(parsed.ok && parsed.value.end.toISO()).toBe("2026-06-30T23:59:59.999+08:00");
  });
  it("refuses the future and the time before the regulation", () => {
    expect(parsePeriod("2027-1", now)).toMatchObject({ ok: false, code: "FUTURE_PERIOD" });
    expect(parsePeriod("2011-1", now)).toMatchObject({ ok: false, code: "BEFORE_REGULATION" });
    expect(parsePeriod("2011-2", now).ok).toBe(true);
  });
});

describe("roles", () => {
  const technician: Person = {
    id: 1,
    name: "Wayan",
    isAdmin: false,
    memberships: [{ role: "technician", agencyId: 7, agencyName: "Dinas Kesehatan", qualifiedAt: DateTime.now() }],
  };
  it("lets a qualified technician run their own agency's migrations only", () => {
    expect(authorize(technician, { kind: "runMigration", agencyId: 7 })).toEqual({ ok: true, value: { agencyId: 7 } });
    expect(authorize(technician, { kind: "runMigration", agencyId: 8 })).toMatchObject({ ok: false, code: "OTHER_AGENCY", citation: { article: "Pasal 13" } });
    expect(authorize({ ...technician, memberships: [{ ...technician.memberships[0]!, qualifiedAt: null }] }, { kind: "runMigration" })).toMatchObject({
      ok: false,
      code: "NOT_QUALIFIED",
      citation: { article: "Lampiran angka 1 huruf c" },
    });
  });
  it("keeps admins out of the steps but lets them act for TPP-SI and see every agency", () => {
    const admin: Person = { id: 9, name: "Putu", isAdmin: true, memberships: [] };
    expect(authorize(admin, { kind: "runMigration" })).toMatchObject({ ok: false, code: "NOT_TECHNICIAN" });
    expect(authorize(admin, { kind: "handleEscalation" }).ok).toBe(true);
    expect(authorize(admin, { kind: "viewAgency", agencyId: 8 }).ok).toBe(true);
    expect(authorize(technician, { kind: "recap" })).toMatchObject({ ok: false, code: "NOT_ADMIN", citation: { article: "Pasal 16 ayat (3) dan (4)" } });
  });
  it("lets an admin read an agency's 6-monthly report, but only the agency's head send it (Pasal 16 ayat (1) jo. Pasal 6)", () => {
    const admin: Person = { id: 9, name: "Putu", isAdmin: true, memberships: [] };
    const head: Person = { id: 3, name: "Made", isAdmin: false, memberships: [{ role: "agencyHead", agencyId: 7, agencyName: "Dinas Kesehatan", qualifiedAt: null }] };
    expect(authorize(admin, { kind: "agencyReport", agencyId: 7 }).ok).toBe(true);
    expect(authorize(admin, { kind: "submitAgencyReport", agencyId: 7 })).toMatchObject({ ok: false, code: "NOT_HEAD", citation: { article: "Pasal 16 ayat (1) jo. Pasal 6" } });
    expect(authorize(technician, { kind: "submitAgencyReport", agencyId: 7 })).toMatchObject({ ok: false, code: "NOT_HEAD" });
    expect(authorize(head, { kind: "submitAgencyReport", agencyId: 7 })).toEqual({ ok: true, value: { agencyId: 7 } });
    expect(authorize(head, { kind: "submitAgencyReport", agencyId: 8 })).toMatchObject({ ok: false, code: "OTHER_AGENCY" });
  });
});

describe("Pasal 17 ayat (1): only systems existing when the regulation was issued", () => {
  it("refuses a later system on that basis", () => {
    const values = { systemName: "X", purpose: "Y", basis: "existingSystem" };
    expect(answerException(values, "2011")).toMatchObject({ ok: true });
    expect(answerException(values, "2012")).toMatchObject({ ok: false, code: "AFTER_ISSUE", citation: { article: "Pasal 17 ayat (1)" } });
  });
});

describe("Pasal 8: data formats", () => {
  it.each([
    ["Perbup hasil scan", "static"],
    ["draf anggaran", "dynamic"],
    ["peta GIS", "native"],
  ])("%s is %s", (description, kind) => {
    const result = adviseFormat(description);
    expect(result.kind === "advice" && result.advice.kind).toBe(kind);
  });
  it("asks when the words are unclear", () => {
    expect(adviseFormat("berkas penting")).toEqual({ kind: "ask" });
  });
});

describe("join codes", () => {
  it("are eight unambiguous characters, typed loosely", () => {
    let i = 0;
    const code = makeJoinCode((size) => i++ % size);
    expect(code).toBe("23456789");
    expect(formatJoinCode(code)).toBe("2345-6789");
    expect(normalizeJoinCode("2345 6789")).toBe(code);
    expect(normalizeJoinCode("0OIL-1234")).toBeUndefined();
  });
});
