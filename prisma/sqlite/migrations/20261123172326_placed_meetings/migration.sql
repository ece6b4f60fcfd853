-- CreateTable
CREATE TABLE "Meeting" (
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
    "placedById" TEXT NOT NULL,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MeetingRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_firmAId_fkey" FOREIGN KEY ("firmAId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_firmBId_fkey" FOREIGN KEY ("firmBId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MeetingTable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmSlotHold" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "meetingId" TEXT,

    PRIMARY KEY ("firmId", "slotId"),
    CONSTRAINT "FirmSlotHold_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmSlotHold_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmSlotHold_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OpenSlot" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "slotId"),
    CONSTRAINT "OpenSlot_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OpenSlot_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SchedulerRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "startedById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PREVIEW',
    "seed" TEXT NOT NULL,
    "considered" INTEGER NOT NULL,
    "placed" INTEGER NOT NULL,
    "weighted" INTEGER NOT NULL,
    "breaks" INTEGER NOT NULL,
    "ms" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    CONSTRAINT "SchedulerRun_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_requestId_key" ON "Meeting"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_tableSlotKey_key" ON "Meeting"("tableSlotKey");

-- CreateIndex
CREATE INDEX "Meeting_eventId_status_idx" ON "Meeting"("eventId", "status");

-- CreateIndex
CREATE INDEX "Meeting_firmAId_status_idx" ON "Meeting"("firmAId", "status");

-- CreateIndex
CREATE INDEX "Meeting_firmBId_status_idx" ON "Meeting"("firmBId", "status");

-- CreateIndex
CREATE INDEX "Meeting_slotId_idx" ON "Meeting"("slotId");

-- CreateIndex
CREATE INDEX "FirmSlotHold_meetingId_idx" ON "FirmSlotHold"("meetingId");

-- CreateIndex
CREATE INDEX "FirmSlotHold_slotId_idx" ON "FirmSlotHold"("slotId");

-- CreateIndex
CREATE INDEX "OpenSlot_slotId_idx" ON "OpenSlot"("slotId");

-- CreateIndex
CREATE INDEX "SchedulerRun_eventId_createdAt_idx" ON "SchedulerRun"("eventId", "createdAt");
