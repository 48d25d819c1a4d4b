-- AlterTable
ALTER TABLE "ScheduledJob" ADD COLUMN "key" TEXT;

-- CreateIndex
CREATE INDEX "ScheduledJob_kind_key_idx" ON "ScheduledJob"("kind", "key");

-- Timers stored before this migration: a council timer's key was in its payload.
UPDATE "ScheduledJob" SET "key" = 'session:' || json_extract("payload", '$.sessionId') || ':' || json_extract("payload", '$.key')
WHERE "kind" = 'council.timer' AND "firedAt" IS NULL AND "cancelledAt" IS NULL;
