
-- CreateTable
CREATE TABLE "EventVettingRule" (
    "eventId" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "country"),
    CONSTRAINT "EventVettingRule_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventVettingRule_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventStaff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "addedById" TEXT,
    "lastActiveAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventStaff_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventStaff_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "series" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "requestDeadline" DATETIME,
    "meetingCapPerFirm" INTEGER,
    "selfBooking" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Event" ("city", "createdAt", "endsAt", "id", "isCurrent", "meetingCapPerFirm", "nameEn", "nameJa", "nameVi", "requestDeadline", "selfBooking", "slug", "startsAt", "timeZone", "updatedAt", "venue") SELECT "city", "createdAt", "endsAt", "id", "isCurrent", "meetingCapPerFirm", "nameEn", "nameJa", "nameVi", "requestDeadline", "selfBooking", "slug", "startsAt", "timeZone", "updatedAt", "venue" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EventStaff_userId_idx" ON "EventStaff"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EventStaff_eventId_userId_key" ON "EventStaff"("eventId", "userId");

-- Keep what the database held (written by hand): the registry-wide vetting split becomes each event's, every
-- organizer becomes an event admin of the events their body organizes, and an edition's series is its slug
-- without the year.
INSERT INTO "EventVettingRule" ("eventId", "country", "bodyId") SELECT e."id", v."country", v."bodyId" FROM "Event" e CROSS JOIN "VettingRule" v;
INSERT INTO "EventStaff" ("id", "eventId", "userId", "role", "bodyId") SELECT lower(hex(randomblob(12))), eo."eventId", u."id", 'EVENT_ADMIN', u."organizingBodyId" FROM "User" u JOIN "EventOrganizer" eo ON eo."bodyId" = u."organizingBodyId";
UPDATE "Event" SET "series" = rtrim(rtrim("slug", '0123456789'), '-');
PRAGMA foreign_keys=off;
DROP TABLE "VettingRule";
PRAGMA foreign_keys=on;
