import { backupDatabase, BackupError } from "./backup.ts";
import { commandInput, EXIT, runCommand, UsageError } from "./cli.ts";

const USAGE =
  "Pemakaian: npm run backup [-- BERKAS]\n" +
  "Menyalin basis data (DATABASE_URL) selagi bot berjalan; tanpa BERKAS ke data/backups/NAMA-WAKTU.db.";

runCommand("Pencadangan", () => {
  let input;
  try {
    input = commandInput(process.argv.slice(2));
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
    const { path, bytes } = backupDatabase(input.databaseUrl, input.file);
    process.stdout.write(`Cadangan tersimpan: ${path} (${Math.ceil(bytes / 1024)} KB).\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.failed;
  }
});
