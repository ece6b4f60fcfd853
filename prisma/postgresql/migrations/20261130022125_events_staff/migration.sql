-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('EVENT_ADMIN', 'VETTING', 'ONSITE');

-- DropForeignKey
ALTER TABLE "VettingRule" DROP CONSTRAINT "VettingRule_bodyId_fkey";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "series" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- CreateTable
CREATE TABLE "EventVettingRule" (
    "eventId" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "bodyId" TEXT NOT NULL,

    CONSTRAINT "EventVettingRule_pkey" PRIMARY KEY ("eventId","country")
);

-- CreateTable
CREATE TABLE "EventStaff" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "bodyId" TEXT NOT NULL,
    "addedById" TEXT,
    "lastActiveAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventStaff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventStaff_userId_idx" ON "EventStaff"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EventStaff_eventId_userId_key" ON "EventStaff"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "EventVettingRule" ADD CONSTRAINT "EventVettingRule_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventVettingRule" ADD CONSTRAINT "EventVettingRule_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventStaff" ADD CONSTRAINT "EventStaff_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventStaff" ADD CONSTRAINT "EventStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventStaff" ADD CONSTRAINT "EventStaff_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep what the database held (written by hand): the registry-wide vetting split becomes each event's, every
-- organizer becomes an event admin of the events their body organizes, and an edition's series is its slug
-- without the year.
INSERT INTO "EventVettingRule" ("eventId", "country", "bodyId") SELECT e."id", v."country", v."bodyId" FROM "Event" e CROSS JOIN "VettingRule" v;
INSERT INTO "EventStaff" ("id", "eventId", "userId", "role", "bodyId") SELECT md5(random()::text || u."id" || eo."eventId"), eo."eventId", u."id", 'EVENT_ADMIN', u."organizingBodyId" FROM "User" u JOIN "EventOrganizer" eo ON eo."bodyId" = u."organizingBodyId";
UPDATE "Event" SET "series" = rtrim(rtrim("slug", '0123456789'), '-');

-- DropTable
DROP TABLE "VettingRule";
