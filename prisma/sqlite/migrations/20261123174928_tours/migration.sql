-- CreateTable
CREATE TABLE "Tour" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "hostFirmId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "titleJa" TEXT NOT NULL DEFAULT '',
    "titleVi" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionVi" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "meetingPoint" TEXT NOT NULL,
    "transport" TEXT NOT NULL DEFAULT '',
    "seats" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,
    "eligibleCountries" TEXT NOT NULL DEFAULT '',
    "signupDeadline" DATETIME,
    "hostApproval" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Tour_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Tour_hostFirmId_fkey" FOREIGN KEY ("hostFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TourSeat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tourId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "seatNo" INTEGER,
    "queueNo" INTEGER,
    "activeKey" TEXT,
    "promotedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TourSeat_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TourSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TourSeat_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "link" TEXT NOT NULL DEFAULT '',
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FirmSlotHold" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "meetingId" TEXT,
    "tourId" TEXT,

    PRIMARY KEY ("firmId", "slotId"),
    CONSTRAINT "FirmSlotHold_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmSlotHold_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmSlotHold_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmSlotHold_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FirmSlotHold" ("firmId", "meetingId", "slotId") SELECT "firmId", "meetingId", "slotId" FROM "FirmSlotHold";
DROP TABLE "FirmSlotHold";
ALTER TABLE "new_FirmSlotHold" RENAME TO "FirmSlotHold";
CREATE INDEX "FirmSlotHold_meetingId_idx" ON "FirmSlotHold"("meetingId");
CREATE INDEX "FirmSlotHold_tourId_idx" ON "FirmSlotHold"("tourId");
CREATE INDEX "FirmSlotHold_slotId_idx" ON "FirmSlotHold"("slotId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Tour_eventId_startsAt_idx" ON "Tour"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "Tour_hostFirmId_idx" ON "Tour"("hostFirmId");

-- CreateIndex
CREATE UNIQUE INDEX "TourSeat_activeKey_key" ON "TourSeat"("activeKey");

-- CreateIndex
CREATE INDEX "TourSeat_userId_idx" ON "TourSeat"("userId");

-- CreateIndex
CREATE INDEX "TourSeat_firmId_idx" ON "TourSeat"("firmId");

-- CreateIndex
CREATE UNIQUE INDEX "TourSeat_tourId_seatNo_key" ON "TourSeat"("tourId", "seatNo");

-- CreateIndex
CREATE UNIQUE INDEX "TourSeat_tourId_queueNo_key" ON "TourSeat"("tourId", "queueNo");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");
