-- CreateEnum
CREATE TYPE "ScheduleChangeKind" AS ENUM ('CREATED', 'MOVED', 'CANCELLED');

-- AlterTable
ALTER TABLE "MeetingRequest" ADD COLUMN     "byOrganizers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledById" TEXT,
ADD COLUMN     "overCap" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publicationId" TEXT;

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "runId" TEXT,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "placed" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationFirm" (
    "publicationId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,

    CONSTRAINT "PublicationFirm_pkey" PRIMARY KEY ("publicationId","firmId")
);

-- CreateTable
CREATE TABLE "ScheduleChange" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "ScheduleChangeKind" NOT NULL,
    "fromSlotId" TEXT,
    "fromTableId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "publicationId" TEXT,

    CONSTRAINT "ScheduleChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Publication_eventId_publishedAt_idx" ON "Publication"("eventId", "publishedAt");

-- CreateIndex
CREATE INDEX "ScheduleChange_eventId_sentAt_idx" ON "ScheduleChange"("eventId", "sentAt");

-- CreateIndex
CREATE INDEX "ScheduleChange_firmId_sentAt_idx" ON "ScheduleChange"("firmId", "sentAt");

-- CreateIndex
CREATE INDEX "ScheduleChange_meetingId_idx" ON "ScheduleChange"("meetingId");

-- CreateIndex
CREATE INDEX "Meeting_publicationId_idx" ON "Meeting"("publicationId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_action_createdAt_idx" ON "AuditEntry"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationFirm" ADD CONSTRAINT "PublicationFirm_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleChange" ADD CONSTRAINT "ScheduleChange_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleChange" ADD CONSTRAINT "ScheduleChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
