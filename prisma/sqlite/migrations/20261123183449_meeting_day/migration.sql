-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "markedById" TEXT;
ALTER TABLE "Meeting" ADD COLUMN "noShowFirmId" TEXT;

-- CreateTable
CREATE TABLE "MeetingOutcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "byId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingOutcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingOutcome_meetingId_firmId_key" ON "MeetingOutcome"("meetingId", "firmId");
