import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const DOMAIN = join(ROOT, "src/domain");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)) specifiers.push(match[1]!);
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]!);
  for (const match of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specifiers.push(match[1]!);
  return specifiers;
}

/** Packages the domain may use: pure libraries without I/O. */
const ALLOWED_PACKAGES = new Set(["luxon", "zod", "fastest-levenshtein"]);

/** A domain file may import other domain files and the pure libraries above, nothing else. */
function isForbiddenImport(file: string, specifier: string): boolean {
  if (specifier.startsWith(".")) return !resolve(file, "..", specifier).startsWith(`${DOMAIN}/`);
  return !ALLOWED_PACKAGES.has(specifier);
}

describe("architecture: the domain is pure (ARCHITECTURE.md, Layers)", () => {
  const files = sourceFiles(DOMAIN);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))("%s imports only the domain and pure libraries", (_, file) => {
    const offending = importsOf(file).filter((specifier) => isForbiddenImport(file, specifier));
    expect(offending).toEqual([]);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))("%s reads no clock of its own", (_, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/Date\.now\(|new Date\(|DateTime\.now\(|DateTime\.local\(\)|process\./);
  });

  it("the check itself catches the bot, the store, Prisma, Telegraf and I/O, and allows the domain", () => {
    const file = join(DOMAIN, "funds", "example.ts");
    for (const forbidden of ["telegraf", "@prisma/client", "../../generated/prisma/client.ts", "../../store/store.ts", "../../bot/context.ts", "node:fs", "../../domainx/a.ts"]) {
      expect(isForbiddenImport(file, forbidden), forbidden).toBe(true);
    }
    for (const allowed of ["luxon", "zod", "../shared/money.ts", "./fund-table.ts"]) {
      expect(isForbiddenImport(file, allowed), allowed).toBe(false);
    }
    expect(importsOf(join(DOMAIN, "funds", "tranches.ts"))).toContain("luxon");
  });
});
