import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig, loadDotEnv } from "../../config.ts";
import { openStore } from "../store.ts";
import { parseFundCsv } from "./fund-csv.ts";
import { FundTableExistsError } from "./fund-repository.ts";

const USAGE =
  "Pemakaian: npm run import:funds -- BERKAS.csv --regency NAMA --year TAHUN [--regulation \"Perbup ... No/Tahun\"] [--replace] [--db FILE]\n" +
  "Kolom CSV: no, kecamatan, kampung, apbn, adk, pajak, retribusi, total (baris TOTAL boleh ada).";

const argumentsSchema = z.object({
  file: z.string().min(1, "berkas CSV belum disebut"),
  regency: z.string().trim().min(2, "--regency wajib diisi").max(100),
  year: z.coerce.number({ error: "--year harus tahun" }).int().min(2000, "--year di luar rentang").max(2100, "--year di luar rentang"),
  regulation: z.string().trim().max(200).optional(),
  replace: z.boolean().default(false),
  db: z.string().optional(),
});

/** Imports a village-fund table for another regency or year; a table that does not add up is refused whole. */
async function main(): Promise<number> {
  loadDotEnv();
  let values;
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: {
        regency: { type: "string" },
        year: { type: "string" },
        regulation: { type: "string" },
        replace: { type: "boolean" },
        db: { type: "string" },
      },
    });
    values = argumentsSchema.parse({ ...parsed.values, file: parsed.positionals[0] ?? "" });
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join("; ") : (error as Error).message;
    process.stderr.write(`${message}\n${USAGE}\n`);
    return 2;
  }

  let text: string;
  try {
    text = readFileSync(values.file, "utf8");
  } catch {
    process.stderr.write(`Berkas ${values.file} tidak bisa dibaca.\n`);
    return 1;
  }
  const result = parseFundCsv(text);
  if (result.problems.length > 0) {
    process.stderr.write(
      `Impor ditolak seluruhnya; tidak ada yang disimpan. Masalah (${result.problems.length}):\n` +
        result.problems.map((problem) => `  - ${problem}`).join("\n") +
        "\n",
    );
    return 1;
  }

  // The database the bot would use with this environment (the sandbox's when no token is set).
  const databaseUrl = values.db ? `file:${values.db}` : loadConfig(process.env).databaseUrl;
  const store = await openStore(databaseUrl);
  try {
    await store.funds.insertTable(
      {
        regency: values.regency,
        fiscalYear: values.year,
        regulation: values.regulation ?? `Tabel dana kampung ${values.regency} ${values.year} (impor CSV)`,
        annex: "Lampiran",
      },
      result.rows,
      { replace: values.replace },
    );
  } catch (error) {
    if (error instanceof FundTableExistsError) {
      process.stderr.write(`${error.message} Tambahkan --replace untuk menggantinya.\n`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
  process.stdout.write(`Berhasil: ${result.rows.length} kampung ${values.regency} tahun ${values.year} diimpor.\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Impor gagal: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
