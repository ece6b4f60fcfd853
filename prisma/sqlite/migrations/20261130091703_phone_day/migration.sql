-- Written by hand from the engine's diff: columns are added with ALTER TABLE (the engine rebuilt Event,
-- FirmCapability, MatchingSession, MeetingRequest and Tour to add them, which would also drop columns other
-- migrations add to those tables); only Meeting is rebuilt, since SQLite cannot make "tableId" nullable in place.

-- CreateTable
CREATE TABLE "SavedContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "contactFirmId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "rating" INTEGER,
    "withdrawnAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SavedContact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedContact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UndoRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "targetStamp" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT '{}',
    "expiresAt" DATETIME NOT NULL,
    "undoneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UndoRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "onlineMeetings" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "FirmCapability" ADD COLUMN "noteJa" TEXT NOT NULL DEFAULT '';
ALTER TABLE "FirmCapability" ADD COLUMN "noteVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "MatchingSession" ADD COLUMN "nameJa" TEXT NOT NULL DEFAULT '';
ALTER TABLE "MatchingSession" ADD COLUMN "nameVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "MeetingRequest" ADD COLUMN "online" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "MeetingRequest" ADD COLUMN "onlineAskedByFirmId" TEXT;
ALTER TABLE "Tour" ADD COLUMN "meetingPointJa" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Tour" ADD COLUMN "meetingPointVi" TEXT NOT NULL DEFAULT '';

-- AlterTable: a challenge's one title and description become its English ones
ALTER TABLE "Challenge" ADD COLUMN "titleEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "titleJa" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "titleVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "descriptionEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "descriptionJa" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Challenge" ADD COLUMN "descriptionVi" TEXT NOT NULL DEFAULT '';
UPDATE "Challenge" SET "titleEn" = "title", "descriptionEn" = "description";
ALTER TABLE "Challenge" DROP COLUMN "title";
ALTER TABLE "Challenge" DROP COLUMN "description";

-- RedefineTables (the runner keeps foreign keys off while it runs, so FirmSlotHold, MeetingOutcome and
-- ScheduleChange keep their rows when the old Meeting table is dropped)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "firmAId" TEXT NOT NULL,
    "firmBId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "tableId" TEXT,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "tableSlotKey" TEXT,
    "runId" TEXT,
    "publicationId" TEXT,
    "placedById" TEXT NOT NULL,
    "overCap" BOOLEAN NOT NULL DEFAULT false,
    "cancelledAt" DATETIME,
    "cancelledById" TEXT,
    "cancelReason" TEXT,
    "markedById" TEXT,
    "noShowFirmId" TEXT,
    "roomName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MeetingRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_firmAId_fkey" FOREIGN KEY ("firmAId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_firmBId_fkey" FOREIGN KEY ("firmBId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MeetingTable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("cancelReason", "cancelledAt", "cancelledById", "createdAt", "eventId", "firmAId", "firmBId", "id", "markedById", "noShowFirmId", "overCap", "placedById", "publicationId", "requestId", "runId", "slotId", "source", "status", "tableId", "tableSlotKey", "updatedAt") SELECT "cancelReason", "cancelledAt", "cancelledById", "createdAt", "eventId", "firmAId", "firmBId", "id", "markedById", "noShowFirmId", "overCap", "placedById", "publicationId", "requestId", "runId", "slotId", "source", "status", "tableId", "tableSlotKey", "updatedAt" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE UNIQUE INDEX "Meeting_requestId_key" ON "Meeting"("requestId");
CREATE UNIQUE INDEX "Meeting_tableSlotKey_key" ON "Meeting"("tableSlotKey");
CREATE UNIQUE INDEX "Meeting_roomName_key" ON "Meeting"("roomName");
CREATE INDEX "Meeting_eventId_status_idx" ON "Meeting"("eventId", "status");
CREATE INDEX "Meeting_firmAId_status_idx" ON "Meeting"("firmAId", "status");
CREATE INDEX "Meeting_firmBId_status_idx" ON "Meeting"("firmBId", "status");
CREATE INDEX "Meeting_slotId_idx" ON "Meeting"("slotId");
CREATE INDEX "Meeting_publicationId_idx" ON "Meeting"("publicationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SavedContact_contactId_eventId_idx" ON "SavedContact"("contactId", "eventId");
CREATE UNIQUE INDEX "SavedContact_eventId_ownerId_contactId_key" ON "SavedContact"("eventId", "ownerId", "contactId");
CREATE INDEX "UndoRecord_userId_createdAt_idx" ON "UndoRecord"("userId", "createdAt");
CREATE INDEX "UndoRecord_targetId_idx" ON "UndoRecord"("targetId");

-- Data (written by hand): an accepted meeting called off by a firm was written WITHDRAWN, like a request taken back
-- before an answer. Those whose placed meeting was cancelled are now CANCELLED. Accepted requests cancelled before
-- they were placed cannot be told apart and stay WITHDRAWN.
UPDATE "MeetingRequest" SET "status" = 'CANCELLED'
WHERE "status" = 'WITHDRAWN' AND "id" IN (SELECT "requestId" FROM "Meeting" WHERE "status" = 'CANCELLED');
