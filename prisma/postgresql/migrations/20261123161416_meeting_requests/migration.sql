-- CreateEnum
CREATE TYPE "MeetingPriority" AS ENUM ('MUST', 'WOULD_LIKE');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "requestDeadline" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MeetingRequest" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "fromFirmId" TEXT NOT NULL,
    "toFirmId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "priority" "MeetingPriority" NOT NULL DEFAULT 'WOULD_LIKE',
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "activePairKey" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRequest_activePairKey_key" ON "MeetingRequest"("activePairKey");

-- CreateIndex
CREATE INDEX "MeetingRequest_eventId_toFirmId_status_idx" ON "MeetingRequest"("eventId", "toFirmId", "status");

-- CreateIndex
CREATE INDEX "MeetingRequest_eventId_fromFirmId_status_idx" ON "MeetingRequest"("eventId", "fromFirmId", "status");

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_fromFirmId_fkey" FOREIGN KEY ("fromFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_toFirmId_fkey" FOREIGN KEY ("toFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
