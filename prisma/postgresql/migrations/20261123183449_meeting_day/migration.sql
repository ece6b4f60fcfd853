-- CreateEnum
CREATE TYPE "MeetingOutcomeKind" AS ENUM ('FOLLOW_UP', 'NDA', 'PILOT_ORDER', 'NO_FIT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MeetingStatus" ADD VALUE 'HELD';
ALTER TYPE "MeetingStatus" ADD VALUE 'MISSED';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "markedById" TEXT,
ADD COLUMN     "noShowFirmId" TEXT;

-- CreateTable
CREATE TABLE "MeetingOutcome" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "outcome" "MeetingOutcomeKind" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "byId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingOutcome_meetingId_firmId_key" ON "MeetingOutcome"("meetingId", "firmId");

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
