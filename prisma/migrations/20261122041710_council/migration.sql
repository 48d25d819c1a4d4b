-- CreateTable
CREATE TABLE "Council" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chatId" BIGINT NOT NULL,
    "village" TEXT NOT NULL,
    "zone" TEXT NOT NULL,
    "secretaryName" TEXT,
    "secretaryTelegramUserId" BIGINT,
    "createdBy" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "memberId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "commission" TEXT,
    "commissionChair" BOOLEAN NOT NULL DEFAULT false,
    "steeringCommittee" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CouncilMember_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouncilAccountLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "memberId" TEXT NOT NULL,
    "telegramUserId" BIGINT NOT NULL,
    "linkedBy" BIGINT NOT NULL,
    "linkedAt" DATETIME NOT NULL,
    "unlinkedBy" BIGINT,
    "unlinkedAt" DATETIME,
    CONSTRAINT "CouncilAccountLink_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouncilSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "lastSequence" INTEGER NOT NULL DEFAULT 0,
    "phase" TEXT NOT NULL DEFAULT 'unscheduled',
    "boardMessageId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CouncilSession_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouncilSessionEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "recordedBy" BIGINT,
    "updateId" BIGINT,
    "at" TEXT NOT NULL,
    CONSTRAINT "CouncilSessionEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_chatId_key" ON "Council"("chatId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMember_councilId_memberId_key" ON "CouncilMember"("councilId", "memberId");

-- CreateIndex
CREATE INDEX "CouncilAccountLink_councilId_unlinkedAt_idx" ON "CouncilAccountLink"("councilId", "unlinkedAt");

-- CreateIndex
CREATE INDEX "CouncilSession_councilId_phase_idx" ON "CouncilSession"("councilId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilSessionEvent_sessionId_sequence_key" ON "CouncilSessionEvent"("sessionId", "sequence");
