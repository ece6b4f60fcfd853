-- CreateEnum
CREATE TYPE "TourSeatStatus" AS ENUM ('CONFIRMED', 'AWAITING_HOST', 'WAITLISTED', 'CANCELLED');

-- AlterTable
ALTER TABLE "FirmSlotHold" ADD COLUMN     "tourId" TEXT;

-- CreateTable
CREATE TABLE "Tour" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "hostFirmId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "titleJa" TEXT NOT NULL DEFAULT '',
    "titleVi" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionVi" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "meetingPoint" TEXT NOT NULL,
    "transport" TEXT NOT NULL DEFAULT '',
    "seats" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,
    "eligibleCountries" TEXT NOT NULL DEFAULT '',
    "signupDeadline" TIMESTAMP(3),
    "hostApproval" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourSeat" (
    "id" TEXT NOT NULL,
    "tourId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "status" "TourSeatStatus" NOT NULL,
    "seatNo" INTEGER,
    "queueNo" INTEGER,
    "activeKey" TEXT,
    "promotedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TourSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "link" TEXT NOT NULL DEFAULT '',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "FirmSlotHold_tourId_idx" ON "FirmSlotHold"("tourId");

-- AddForeignKey
ALTER TABLE "FirmSlotHold" ADD CONSTRAINT "FirmSlotHold_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_hostFirmId_fkey" FOREIGN KEY ("hostFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourSeat" ADD CONSTRAINT "TourSeat_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourSeat" ADD CONSTRAINT "TourSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourSeat" ADD CONSTRAINT "TourSeat_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
