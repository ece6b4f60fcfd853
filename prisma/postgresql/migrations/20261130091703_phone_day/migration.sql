-- AlterEnum (written by hand) with the data change below: an accepted meeting called off by a firm was written
-- WITHDRAWN, like a request taken back before an answer; those whose placed meeting was cancelled become CANCELLED.
-- PostgreSQL cannot use a value that ALTER TYPE ... ADD VALUE added in the same transaction, and the runner runs a
-- migration in one, so the column goes through text and the type is created again with the new value.
ALTER TABLE "MeetingRequest" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "MeetingRequest" ALTER COLUMN "status" TYPE TEXT;
DROP TYPE "RequestStatus";
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CANCELLED');
UPDATE "MeetingRequest" SET "status" = 'CANCELLED'
WHERE "status" = 'WITHDRAWN' AND "id" IN (SELECT "requestId" FROM "Meeting" WHERE "status" = 'CANCELLED');
ALTER TABLE "MeetingRequest" ALTER COLUMN "status" TYPE "RequestStatus" USING "status"::"RequestStatus";
ALTER TABLE "MeetingRequest" ALTER COLUMN "status" SET DEFAULT 'PENDING';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "onlineMeetings" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "FirmCapability" ADD COLUMN     "noteJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "noteVi" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "MatchingSession" ADD COLUMN     "nameJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nameVi" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "MeetingRequest" ADD COLUMN     "online" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "onlineAskedByFirmId" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "roomName" TEXT,
ALTER COLUMN "tableId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Tour" ADD COLUMN     "meetingPointJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "meetingPointVi" TEXT NOT NULL DEFAULT '';

-- AlterTable (written by hand: a challenge's one title and description become its English ones, not lost)
ALTER TABLE "Challenge" ADD COLUMN     "descriptionEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "descriptionJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "descriptionVi" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleVi" TEXT NOT NULL DEFAULT '';
UPDATE "Challenge" SET "titleEn" = "title", "descriptionEn" = "description";
ALTER TABLE "Challenge" DROP COLUMN "description",
DROP COLUMN "title";

-- CreateTable
CREATE TABLE "SavedContact" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "contactFirmId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "rating" INTEGER,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UndoRecord" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "targetStamp" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT '{}',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UndoRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedContact_contactId_eventId_idx" ON "SavedContact"("contactId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedContact_eventId_ownerId_contactId_key" ON "SavedContact"("eventId", "ownerId", "contactId");

-- CreateIndex
CREATE INDEX "UndoRecord_userId_createdAt_idx" ON "UndoRecord"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "UndoRecord_targetId_idx" ON "UndoRecord"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_roomName_key" ON "Meeting"("roomName");

-- AddForeignKey
ALTER TABLE "SavedContact" ADD CONSTRAINT "SavedContact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedContact" ADD CONSTRAINT "SavedContact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedContact" ADD CONSTRAINT "SavedContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UndoRecord" ADD CONSTRAINT "UndoRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
