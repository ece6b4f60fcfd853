-- AlterTable
ALTER TABLE "Event" ADD COLUMN "registrationClosesAt" DATETIME;

-- AlterTable
ALTER TABLE "FirmContact" ADD COLUMN "locale" TEXT;

-- AlterTable
ALTER TABLE "FirmInvitation" ADD COLUMN "sendFailedAt" DATETIME;

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "expiresAt" DATETIME NOT NULL,
    "respondedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StaffInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffInvitation_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StaffInvitation_email_status_idx" ON "StaffInvitation"("email", "status");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_eventId_email_key" ON "StaffInvitation"("eventId", "email");
