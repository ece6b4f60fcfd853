-- CreateEnum
CREATE TYPE "MeetingSource" AS ENUM ('SCHEDULER', 'ORGANIZER', 'SELF_BOOKED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SchedulerRunStatus" AS ENUM ('PREVIEW', 'PUBLISHED', 'DISCARDED');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "firmAId" TEXT NOT NULL,
    "firmBId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "source" "MeetingSource" NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "tableSlotKey" TEXT,
    "runId" TEXT,
    "placedById" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirmSlotHold" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "meetingId" TEXT,

    CONSTRAINT "FirmSlotHold_pkey" PRIMARY KEY ("firmId","slotId")
);

-- CreateTable
CREATE TABLE "OpenSlot" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,

    CONSTRAINT "OpenSlot_pkey" PRIMARY KEY ("firmId","slotId")
);

-- CreateTable
CREATE TABLE "SchedulerRun" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "startedById" TEXT NOT NULL,
    "status" "SchedulerRunStatus" NOT NULL DEFAULT 'PREVIEW',
    "seed" TEXT NOT NULL,
    "considered" INTEGER NOT NULL,
    "placed" INTEGER NOT NULL,
    "weighted" INTEGER NOT NULL,
    "breaks" INTEGER NOT NULL,
    "ms" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "SchedulerRun_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MeetingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_firmAId_fkey" FOREIGN KEY ("firmAId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_firmBId_fkey" FOREIGN KEY ("firmBId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MeetingTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmSlotHold" ADD CONSTRAINT "FirmSlotHold_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmSlotHold" ADD CONSTRAINT "FirmSlotHold_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmSlotHold" ADD CONSTRAINT "FirmSlotHold_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenSlot" ADD CONSTRAINT "OpenSlot_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenSlot" ADD CONSTRAINT "OpenSlot_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchedulerRun" ADD CONSTRAINT "SchedulerRun_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
