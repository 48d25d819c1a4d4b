-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "updateId" BIGINT NOT NULL PRIMARY KEY,
    "handledAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ChatSetting" (
    "chatId" BIGINT NOT NULL PRIMARY KEY,
    "language" TEXT NOT NULL DEFAULT 'id',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FundTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regency" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "regulation" TEXT NOT NULL,
    "annex" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FundRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tableId" INTEGER NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "district" TEXT NOT NULL,
    "village" TEXT NOT NULL,
    "villageFund" BIGINT NOT NULL,
    "districtAllocation" BIGINT NOT NULL,
    "taxShare" BIGINT NOT NULL,
    "leviesShare" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    CONSTRAINT "FundRow_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "FundTable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FundTable_regency_fiscalYear_key" ON "FundTable"("regency", "fiscalYear");

-- CreateIndex
CREATE INDEX "FundRow_tableId_idx" ON "FundRow"("tableId");

-- CreateIndex
CREATE UNIQUE INDEX "FundRow_tableId_rowNumber_key" ON "FundRow"("tableId", "rowNumber");

