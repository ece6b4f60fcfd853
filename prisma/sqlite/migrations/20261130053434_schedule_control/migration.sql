-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "runId" TEXT,
    "publishedById" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "placed" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "undoneAt" DATETIME,
    "undoneById" TEXT,
    CONSTRAINT "Publication_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicationFirm" (
    "publicationId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,

    PRIMARY KEY ("publicationId", "firmId"),
    CONSTRAINT "PublicationFirm_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScheduleChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromSlotId" TEXT,
    "fromTableId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "publicationId" TEXT,
    CONSTRAINT "ScheduleChange_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduleChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MeetingRequest" (
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
    "byOrganizers" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingRequest_fromFirmId_fkey" FOREIGN KEY ("fromFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingRequest_toFirmId_fkey" FOREIGN KEY ("toFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MeetingRequest" ("activePairKey", "createdAt", "decidedAt", "decidedById", "eventId", "fromFirmId", "id", "message", "priority", "requestedById", "status", "toFirmId", "updatedAt") SELECT "activePairKey", "createdAt", "decidedAt", "decidedById", "eventId", "fromFirmId", "id", "message", "priority", "requestedById", "status", "toFirmId", "updatedAt" FROM "MeetingRequest";
DROP TABLE "MeetingRequest";
ALTER TABLE "new_MeetingRequest" RENAME TO "MeetingRequest";
CREATE UNIQUE INDEX "MeetingRequest_activePairKey_key" ON "MeetingRequest"("activePairKey");
CREATE INDEX "MeetingRequest_eventId_toFirmId_status_idx" ON "MeetingRequest"("eventId", "toFirmId", "status");
CREATE INDEX "MeetingRequest_eventId_fromFirmId_status_idx" ON "MeetingRequest"("eventId", "fromFirmId", "status");
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "firmAId" TEXT NOT NULL,
    "firmBId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MeetingRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_firmAId_fkey" FOREIGN KEY ("firmAId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_firmBId_fkey" FOREIGN KEY ("firmBId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MeetingTable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("cancelledAt", "createdAt", "eventId", "firmAId", "firmBId", "id", "markedById", "noShowFirmId", "placedById", "requestId", "runId", "slotId", "source", "status", "tableId", "tableSlotKey", "updatedAt") SELECT "cancelledAt", "createdAt", "eventId", "firmAId", "firmBId", "id", "markedById", "noShowFirmId", "placedById", "requestId", "runId", "slotId", "source", "status", "tableId", "tableSlotKey", "updatedAt" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE UNIQUE INDEX "Meeting_requestId_key" ON "Meeting"("requestId");
CREATE UNIQUE INDEX "Meeting_tableSlotKey_key" ON "Meeting"("tableSlotKey");
CREATE INDEX "Meeting_eventId_status_idx" ON "Meeting"("eventId", "status");
CREATE INDEX "Meeting_firmAId_status_idx" ON "Meeting"("firmAId", "status");
CREATE INDEX "Meeting_firmBId_status_idx" ON "Meeting"("firmBId", "status");
CREATE INDEX "Meeting_slotId_idx" ON "Meeting"("slotId");
CREATE INDEX "Meeting_publicationId_idx" ON "Meeting"("publicationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Publication_eventId_publishedAt_idx" ON "Publication"("eventId", "publishedAt");

-- CreateIndex
CREATE INDEX "ScheduleChange_eventId_sentAt_idx" ON "ScheduleChange"("eventId", "sentAt");

-- CreateIndex
CREATE INDEX "ScheduleChange_firmId_sentAt_idx" ON "ScheduleChange"("firmId", "sentAt");

-- CreateIndex
CREATE INDEX "ScheduleChange_meetingId_idx" ON "ScheduleChange"("meetingId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_action_createdAt_idx" ON "AuditEntry"("action", "createdAt");
