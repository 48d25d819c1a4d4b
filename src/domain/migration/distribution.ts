import { z } from "zod";
import { accept, reject, type Outcome } from "../shared/rejection.ts";
import { MINIMUM_HARDWARE, lampiran } from "./bangli-56-2011-rules.ts";
import { parseMemoryMb, parseStorageGb, type Settings } from "./fields.ts";

/**
 * The agreed distribution ("CD/DVD Distro Linux yang disepakati", Lampiran angka 2 huruf a) and its hardware
 * requirements: configuration the IT office sets by chat, not code. The SOP's own minimum (Pentium IV, RAM 256 MB,
 * langkah 2) still holds under whatever the distribution asks: the stricter wins.
 */
export const distributionSchema = z
  .object({
    name: z.string().trim().min(2).max(60),
    cpuRequirement: z.string().trim().min(2).max(80),
    minRamMb: z.number().int().min(16).max(1024 * 1024),
    minDiskGb: z.number().int().min(1).max(100_000),
    liveCd: z.boolean(),
  })
  .strict();

export type Distribution = z.output<typeof distributionSchema>;

export const AGREED_DISTRIBUTION_CITATION = lampiran("angka 2 huruf a");

/** The settings a run takes from the distribution; RAM is never below the SOP minimum of 256 MB. */
export function runSettings(distribution: Distribution): Settings {
  return {
    distributionName: distribution.name,
    cpuRequirement: `${distribution.cpuRequirement}`,
    minRamMb: Math.max(MINIMUM_HARDWARE.ramMb, distribution.minRamMb),
    minDiskGb: distribution.minDiskGb,
    liveCd: distribution.liveCd,
  };
}

export type DistributionErrorCode = "NO_NAME" | "UNKNOWN_PART" | "BAD_RAM" | "BAD_DISK" | "BAD_LIVE_CD" | "MISSING_PART";

const YES = /^(ya|y|yes|ada|iya)$/i;
const NO = /^(tidak|tdk|no|n|t|tidak ada)$/i;

/**
 * "Linux Mint 22.1 Xfce; prosesor 64-bit 2 GHz; ram 2 GB; disk 20 GB; livecd ya" → a Distribution.
 * Parts are separated by ";" (or new lines); the first part is the name.
 */
export function parseDistribution(text: string): Outcome<Distribution, DistributionErrorCode> {
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const [name, ...rest] = parts;
  if (!name || name.length < 2 || name.length > 60) return reject("NO_NAME");
  const found: Partial<Distribution> = { name };
  for (const part of rest) {
    const match = /^(prosesor|processor|cpu|ram|memori|memory|disk|hdd|hard ?disk|ssd|storage|live[ -]?cd|live[ -]?usb|live)\s*[:=]?\s*(.+)$/i.exec(part);
    if (!match) return reject("UNKNOWN_PART", { part });
    const key = match[1]!.toLowerCase().replace(/[\s-]/g, "");
    const value = match[2]!.trim();
    if (["prosesor", "cpu", "processor"].includes(key)) found.cpuRequirement = value.slice(0, 80);
    else if (["ram", "memori", "memory"].includes(key)) {
      const ram = parseMemoryMb(value);
      if (!ram.ok) return reject("BAD_RAM", { value });
      found.minRamMb = ram.value;
    } else if (["disk", "hdd", "harddisk", "ssd", "storage"].includes(key)) {
      const disk = parseStorageGb(value);
      if (!disk.ok) return reject("BAD_DISK", { value });
      found.minDiskGb = disk.value;
    } else if (["livecd", "live", "liveusb"].includes(key)) {
      if (YES.test(value)) found.liveCd = true;
      else if (NO.test(value)) found.liveCd = false;
      else return reject("BAD_LIVE_CD", { value });
    } else return reject("UNKNOWN_PART", { part });
  }
  for (const key of ["cpuRequirement", "minRamMb", "minDiskGb", "liveCd"] as const) {
    if (found[key] === undefined) return reject("MISSING_PART", { part: key });
  }
  const parsed = distributionSchema.safeParse(found);
  return parsed.success ? accept(parsed.data) : reject("UNKNOWN_PART", { part: parsed.error.issues[0]?.path.join(".") ?? "?" });
}
