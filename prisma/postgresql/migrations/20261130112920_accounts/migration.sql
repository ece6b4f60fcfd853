-- Accounts (issue 16), diffed from the phone_day schema. What happens to existing rows:
--   * Users start unverified (no address was ever proved), except the seed's demo accounts: their addresses are
--     under demo.kakehashi.example, a reserved .example name (RFC 2606) that can never receive mail, and the issue
--     asks that they stay usable. A new seed marks them verified too.
--   * Invitations become offers: accepted ones are ACCEPTED (answered when they were accepted); waiting ones
--     are SENT and stay open 14 days from the migration.
--   * Throttle rows lose their hard lock (lockedUntil) for growing delays (nextAttemptAt).
--   * Every session issued before ends (tokens without a session version are refused).
-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AccountTokenKind" AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD');

-- DropIndex
DROP INDEX "FirmInvitation_email_idx";

-- AlterTable
ALTER TABLE "FirmInvitation" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + interval '14 days'),
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "status" "InvitationStatus" NOT NULL DEFAULT 'SENT';
ALTER TABLE "FirmInvitation" ALTER COLUMN "expiresAt" DROP DEFAULT;
UPDATE "FirmInvitation" SET "status" = 'ACCEPTED', "respondedAt" = "acceptedAt" WHERE "acceptedAt" IS NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
UPDATE "User" SET "emailVerifiedAt" = CURRENT_TIMESTAMP WHERE "email" LIKE '%@demo.kakehashi.example';

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
