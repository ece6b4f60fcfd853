-- Accounts (issue 16), diffed from the phone_day schema. What happens to existing rows:
--   * Users start unverified (no address was ever proved), except the seed's demo accounts: their addresses are
--     under demo.kakehashi.example, a reserved .example name (RFC 2606) that can never receive mail, and the issue
--     asks that they stay usable. A new seed marks them verified too.
--   * Invitations become offers: accepted ones are ACCEPTED (answered when they were accepted); waiting ones
--     are SENT and stay open 14 days from the migration.
--   * Throttle rows lose their hard lock (lockedUntil) for growing delays (nextAttemptAt).
--   * Every session issued before ends (tokens without a session version are refused).
-- Dates are written in the driver adapter's format (ISO 8601 with +00:00).
-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FirmInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'ATTENDEE',
    "invitedById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "expiresAt" DATETIME NOT NULL,
    "respondedAt" DATETIME,
    "acceptedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FirmInvitation_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FirmInvitation" ("acceptedAt", "createdAt", "email", "firmId", "id", "invitedById", "role", "status", "respondedAt", "expiresAt") SELECT "acceptedAt", "createdAt", "email", "firmId", "id", "invitedById", "role", CASE WHEN "acceptedAt" IS NULL THEN 'SENT' ELSE 'ACCEPTED' END, "acceptedAt", strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '+14 days') FROM "FirmInvitation";
DROP TABLE "FirmInvitation";
ALTER TABLE "new_FirmInvitation" RENAME TO "FirmInvitation";
CREATE INDEX "FirmInvitation_email_status_idx" ON "FirmInvitation"("email", "status");
CREATE UNIQUE INDEX "FirmInvitation_firmId_email_key" ON "FirmInvitation"("firmId", "email");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "emailVerifiedAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "organizingBodyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_organizingBodyId_fkey" FOREIGN KEY ("organizingBodyId") REFERENCES "OrganizingBody" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "displayName", "email", "id", "locale", "organizingBodyId", "passwordHash", "updatedAt", "emailVerifiedAt") SELECT "createdAt", "displayName", "email", "id", "locale", "organizingBodyId", "passwordHash", "updatedAt", CASE WHEN "email" LIKE '%@demo.kakehashi.example' THEN strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') END FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" DATETIME NOT NULL,
    "nextAttemptAt" DATETIME,
    "noticeSentAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_SignInThrottle" ("failures", "key", "updatedAt", "windowStart") SELECT "failures", "key", "updatedAt", "windowStart" FROM "SignInThrottle";
DROP TABLE "SignInThrottle";
ALTER TABLE "new_SignInThrottle" RENAME TO "SignInThrottle";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");
