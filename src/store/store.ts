import { ChatSettingsRepository } from "./chat-settings.ts";
import { CouncilRepository } from "./council/council-repository.ts";
import { MinutesRepository } from "./council/minutes-repository.ts";
import { ProcedureRepository } from "./council/procedure-repository.ts";
import { FundRepository } from "./funds/fund-repository.ts";
import { sqlitePath } from "./database-file.ts";
import { migrateDatabase } from "./migrate.ts";
import { createMigrationStore, type MigrationStore } from "./migration/migration-store.ts";
import { openPrismaClient, type PrismaClient, type Transaction } from "./prisma-client.ts";
import { ProcessedUpdateRepository } from "./processed-updates.ts";
import { RegionRepository } from "./region/region-repository.ts";
import { ScheduledJobRepository } from "./scheduled-jobs.ts";
import { SqliteConnection } from "./sqlite-connection.ts";
import { runTransaction } from "./unit-of-work.ts";
import { startWalCheckpointer, WAL_SAFETY_PAGES, type WalCheckpointer } from "./wal-checkpointer.ts";
import { seedDatabase } from "./seed.ts";
import { WorkPlanRepository } from "./workplan/work-plan-repository.ts";

/** Everything the bot may ask of the database, and nothing else. */
export interface Store {
  readonly updates: ProcessedUpdateRepository;
  readonly chatSettings: ChatSettingsRepository;
  readonly funds: FundRepository;
  readonly jobs: ScheduledJobRepository;
  /** OSS migration (Perbup Bangli 56/2011): agencies, runs, exceptions, reports. */
  readonly migration: MigrationStore;
  /** Annual work plans (RKT KPU Kabupaten Ogan Komering Ulu 2023) and their realisation. */
  readonly workplan: WorkPlanRepository;
  /** Region formation (PP 129/2000, UU 32/2004, PP 78/2007): the law and the proposals tracked. */
  readonly region: RegionRepository;
  /** Council (BPD) sessions (Perbup Banjarnegara 962/2011): rosters, account links, session event logs. */
  readonly council: CouncilRepository;
  /** Council procedures over several meetings (Perbup Banjarnegara 962/2011): proposals, village regulations, reports. */
  readonly procedures: ProcedureRepository;
  /** The written record of each council session after the meeting (Pasal 56, 57, 43). */
  readonly minutes: MinutesRepository;
  /** A transaction of the bot's own, tied to no update (e.g. what the bot does when a meeting closes). */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createStore(prisma: PrismaClient, connection: SqliteConnection, checkpointer?: WalCheckpointer): Store {
  return {
    updates: new ProcessedUpdateRepository(prisma, connection),
    chatSettings: new ChatSettingsRepository(prisma),
    funds: new FundRepository(prisma),
    jobs: new ScheduledJobRepository(prisma),
    migration: createMigrationStore(prisma),
    workplan: new WorkPlanRepository(prisma),
    region: new RegionRepository(prisma),
    council: new CouncilRepository(prisma, connection),
    procedures: new ProcedureRepository(prisma),
    minutes: new MinutesRepository(prisma),
    transaction: (work) => runTransaction(prisma, work),
    async close() {
      await checkpointer?.stop();
      await prisma.$disconnect();
    },
  };
}

/**
 * Creates, migrates and seeds the database when needed (idempotent: a second call changes nothing), then
 * opens it. SQLite runs in WAL mode so a backup or a second reader never blocks the bot.
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  migrateDatabase(databaseUrl);
  const connection = new SqliteConnection();
  const prisma = openPrismaClient(databaseUrl, connection);
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  // In WAL mode NORMAL loses nothing when the process is killed (only a power cut can drop the last commits),
  // and it spares an fsync per update.
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${WAL_SAFETY_PAGES}`);
  const store = createStore(prisma, connection, startWalCheckpointer(sqlitePath(databaseUrl)));
  await seedDatabase(store);
  return store;
}
