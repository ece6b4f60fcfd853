-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "meetingCapPerFirm" INTEGER,
ADD COLUMN     "selfBooking" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MatchingSession" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "breakMinutes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slot" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTable" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "interpreter" TEXT,

    CONSTRAINT "MeetingTable_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchingSession_eventId_startsAt_idx" ON "MatchingSession"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "Slot_sessionId_idx" ON "Slot"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Slot_eventId_startsAt_key" ON "Slot"("eventId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingTable_eventId_number_key" ON "MeetingTable"("eventId", "number");

-- AddForeignKey
ALTER TABLE "MatchingSession" ADD CONSTRAINT "MatchingSession_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MatchingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTable" ADD CONSTRAINT "MeetingTable_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
