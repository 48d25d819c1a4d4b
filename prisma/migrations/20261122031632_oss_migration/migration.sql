-- CreateTable
CREATE TABLE "Agency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "OrgMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "agencyId" INTEGER,
    "joinedAt" DATETIME NOT NULL,
    "qualifiedAt" DATETIME,
    CONSTRAINT "OrgMember_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JoinCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL,
    "agencyId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "createdBy" BIGINT NOT NULL,
    "revokedAt" DATETIME,
    CONSTRAINT "JoinCode_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MigrationSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "TargetPc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "assetTag" TEXT NOT NULL,
    "assetKey" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "pcUser" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "TargetPc_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MigrationRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "targetPcId" INTEGER,
    "procedureId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "startedBy" BIGINT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MigrationRun_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MigrationRun_targetPcId_fkey" FOREIGN KEY ("targetPcId") REFERENCES "TargetPc" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MigrationRunEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "actorId" BIGINT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "chatId" BIGINT,
    "updateId" BIGINT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "MigrationRunEvent_runId_fkey" FOREIGN KEY ("runId") REFERENCES "MigrationRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MigrationException" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "systemName" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "runningSince" INTEGER,
    "licence" TEXT NOT NULL,
    "affectedPcs" TEXT,
    "agencyEvaluation" TEXT NOT NULL,
    "proposedBy" BIGINT NOT NULL,
    "proposedByName" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "supportEvaluation" TEXT,
    "decidedBy" BIGINT,
    "decidedByName" TEXT,
    "decidedAt" DATETIME,
    CONSTRAINT "MigrationException_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "agencyId" INTEGER,
    "period" TEXT NOT NULL,
    "submittedBy" BIGINT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "csv" TEXT NOT NULL,
    CONSTRAINT "ReportSubmission_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MigrationPrompt" (
    "userId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "chatId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_nameKey_key" ON "Agency"("nameKey");

-- CreateIndex
CREATE INDEX "OrgMember_agencyId_idx" ON "OrgMember"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgMember_userId_role_key" ON "OrgMember"("userId", "role");

-- CreateIndex
CREATE INDEX "JoinCode_agencyId_role_idx" ON "JoinCode"("agencyId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "TargetPc_agencyId_assetKey_key" ON "TargetPc"("agencyId", "assetKey");

-- CreateIndex
CREATE INDEX "MigrationRun_agencyId_status_idx" ON "MigrationRun"("agencyId", "status");

-- CreateIndex
CREATE INDEX "MigrationRun_status_idx" ON "MigrationRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "MigrationRunEvent_runId_seq_key" ON "MigrationRunEvent"("runId", "seq");

-- CreateIndex
CREATE INDEX "MigrationException_agencyId_idx" ON "MigrationException"("agencyId");

-- CreateIndex
CREATE INDEX "ReportSubmission_period_kind_idx" ON "ReportSubmission"("period", "kind");
