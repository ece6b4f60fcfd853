-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "registrationClosesAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FirmContact" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "FirmInvitation" ADD COLUMN     "sendFailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "bodyId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'SENT',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffInvitation_email_status_idx" ON "StaffInvitation"("email", "status");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_eventId_email_key" ON "StaffInvitation"("eventId", "email");

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;
