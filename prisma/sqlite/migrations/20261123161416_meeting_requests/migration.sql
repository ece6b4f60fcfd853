-- AlterTable
ALTER TABLE "Event" ADD COLUMN "requestDeadline" DATETIME;

-- CreateTable
CREATE TABLE "MeetingRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "fromFirmId" TEXT NOT NULL,
    "toFirmId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "priority" TEXT NOT NULL DEFAULT 'WOULD_LIKE',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "activePairKey" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingRequest_fromFirmId_fkey" FOREIGN KEY ("fromFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingRequest_toFirmId_fkey" FOREIGN KEY ("toFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRequest_activePairKey_key" ON "MeetingRequest"("activePairKey");

-- CreateIndex
CREATE INDEX "MeetingRequest_eventId_toFirmId_status_idx" ON "MeetingRequest"("eventId", "toFirmId", "status");

-- CreateIndex
CREATE INDEX "MeetingRequest_eventId_fromFirmId_status_idx" ON "MeetingRequest"("eventId", "fromFirmId", "status");
