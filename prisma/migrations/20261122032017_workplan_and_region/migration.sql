-- CreateTable
CREATE TABLE "WorkPlan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisation" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "signed" TEXT NOT NULL,
    "signatory" TEXT NOT NULL,
    "strategicPlan" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "WorkPlanStatement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT,
    "text" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "WorkPlanStatement_planId_fkey" FOREIGN KEY ("planId") REFERENCES "WorkPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkPlanTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "hasBudget" BOOLEAN NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "WorkPlanTable_planId_fkey" FOREIGN KEY ("planId") REFERENCES "WorkPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkPlanRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tableId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "printedNumber" TEXT,
    "programme" TEXT,
    "strategicGoal" TEXT,
    "activity" TEXT,
    "indicator" TEXT NOT NULL,
    "unit" TEXT,
    "targetText" TEXT NOT NULL,
    "targetValue" REAL,
    "targetUnit" TEXT,
    "budget" BIGINT,
    "line" INTEGER NOT NULL,
    CONSTRAINT "WorkPlanRow_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "WorkPlanTable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkPlanOfficial" (
    "userId" BIGINT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "grantedBy" BIGINT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "WorkPlanRealisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "indicatorNumber" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "achievedOn" TEXT NOT NULL,
    "recordedBy" BIGINT NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkPlanRealisation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "WorkPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkPlan_organisation_fiscalYear_key" ON "WorkPlan"("organisation", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPlanStatement_planId_kind_position_key" ON "WorkPlanStatement"("planId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPlanTable_planId_position_key" ON "WorkPlanTable"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPlanRow_tableId_position_key" ON "WorkPlanRow"("tableId", "position");

-- CreateIndex
CREATE INDEX "WorkPlanRealisation_planId_indicatorNumber_idx" ON "WorkPlanRealisation"("planId", "indicatorNumber");

-- CreateTable
CREATE TABLE "RegionRegulation" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "RegionProvision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regulation" TEXT NOT NULL,
    "article" INTEGER NOT NULL,
    "paragraph" INTEGER,
    "item" TEXT,
    "subItem" INTEGER,
    "printedItem" TEXT,
    "text" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "RegionOfficial" (
    "userId" BIGINT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "grantedBy" BIGINT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RegionProposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdBy" BIGINT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RegionProposalStage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "proposalId" INTEGER NOT NULL,
    "stage" INTEGER NOT NULL,
    "stageKey" TEXT NOT NULL,
    "decidedOn" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "recordedBy" BIGINT NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegionProposalStage_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "RegionProposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegionProposalDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "village" TEXT,
    "councilDecisionId" INTEGER,
    CONSTRAINT "RegionProposalDocument_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "RegionProposalStage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RegionProvision_regulation_article_idx" ON "RegionProvision"("regulation", "article");

-- CreateIndex
CREATE UNIQUE INDEX "RegionProvision_regulation_position_key" ON "RegionProvision"("regulation", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RegionProposal_nameKey_key" ON "RegionProposal"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "RegionProposalStage_proposalId_stage_key" ON "RegionProposalStage"("proposalId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "RegionProposalDocument_stageId_position_key" ON "RegionProposalDocument"("stageId", "position");
