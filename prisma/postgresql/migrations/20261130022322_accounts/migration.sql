-- Accounts (issue 16). Existing accounts start unverified (no address was ever proved); the seed marks the demo
-- accounts verified. Throttle rows lose their hard lock (lockedUntil) for growing delays (nextAttemptAt).
-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AccountTokenKind" AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD');

-- DropIndex
DROP INDEX "FirmInvitation_email_idx";

-- AlterTable
-- Invitations become offers: accepted ones keep their date; waiting ones stay open 14 days from now.
ALTER TABLE "FirmInvitation" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + interval '14 days'),
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "status" "InvitationStatus" NOT NULL DEFAULT 'SENT';
ALTER TABLE "FirmInvitation" ALTER COLUMN "expiresAt" DROP DEFAULT;
UPDATE "FirmInvitation" SET "status" = 'ACCEPTED', "respondedAt" = "acceptedAt" WHERE "acceptedAt" IS NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SignInThrottle" DROP COLUMN "lockedUntil",
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "noticeSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AccountTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "FirmInvitation_email_status_idx" ON "FirmInvitation"("email", "status");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
