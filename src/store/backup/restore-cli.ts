import { commandInput, EXIT, runCommand, UsageError } from "./cli.ts";
import { restoreDatabase, RestoreError } from "./restore.ts";

const USAGE =
  "Pemakaian: npm run restore -- BERKAS\n" +
  "Mengembalikan basis data (DATABASE_URL) dari cadangan BERKAS. Hentikan bot dulu; berkas diperiksa sebelum dipasang.";

runCommand("Pemulihan", () => {
  let input;
  try {
    input = commandInput(process.argv.slice(2));
    if (!input.help && !input.file) throw new UsageError("berkas cadangan belum disebut");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (input.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    const { path, migrations } = restoreDatabase(input.databaseUrl, input.file!);
    process.stdout.write(`Basis data ${path} dipulihkan dari ${input.file} (${migrations} migrasi; yang lebih baru diterapkan saat bot dimulai).\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof RestoreError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.failed;
  }
});
