import type { PrismaClient } from "../prisma-client.ts";
import { MigrationExceptionRepository } from "./exception-repository.ts";
import { MigrationOrganisationRepository } from "./organisation-repository.ts";
import { MigrationPromptRepository } from "./prompt-repository.ts";
import { ReportSubmissionRepository } from "./report-repository.ts";
import { MigrationRunRepository } from "./run-repository.ts";

/** The OSS migration's repositories (Perbup Bangli 56/2011). */
export interface MigrationStore {
  readonly organisation: MigrationOrganisationRepository;
  readonly runs: MigrationRunRepository;
  readonly exceptions: MigrationExceptionRepository;
  readonly reports: ReportSubmissionRepository;
  readonly prompts: MigrationPromptRepository;
}

export function createMigrationStore(prisma: PrismaClient): MigrationStore {
  return {
    organisation: new MigrationOrganisationRepository(prisma),
    runs: new MigrationRunRepository(prisma),
    exceptions: new MigrationExceptionRepository(prisma),
    reports: new ReportSubmissionRepository(prisma),
    prompts: new MigrationPromptRepository(prisma),
  };
}
