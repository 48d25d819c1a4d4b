-- CreateTable
CREATE TABLE "CouncilProcedure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "lastSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CouncilProcedureEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "procedureId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "recordedBy" BIGINT,
    "updateId" BIGINT,
    "at" TEXT NOT NULL,
    "decisionId" INTEGER,
    CONSTRAINT "CouncilProcedureEvent_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "CouncilProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CouncilProcedure_councilId_status_idx" ON "CouncilProcedure"("councilId", "status");

-- CreateIndex
CREATE INDEX "CouncilProcedureEvent_decisionId_idx" ON "CouncilProcedureEvent"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilProcedureEvent_procedureId_sequence_key" ON "CouncilProcedureEvent"("procedureId", "sequence");
