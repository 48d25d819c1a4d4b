-- CreateTable
CREATE TABLE "CouncilMinutesEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "recordedBy" BIGINT,
    "updateId" BIGINT,
    "at" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMinutesEvent_sessionId_sequence_key" ON "CouncilMinutesEvent"("sessionId", "sequence");
