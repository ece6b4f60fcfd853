-- CreateTable
CREATE TABLE "VettingRule" (
    "country" TEXT NOT NULL PRIMARY KEY,
    "bodyId" TEXT NOT NULL,
    CONSTRAINT "VettingRule_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmCapability" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "FirmCapability_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmCapability_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "TaxonomyNode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmMarket" (
    "firmId" TEXT NOT NULL,
    "market" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "market"),
    CONSTRAINT "FirmMarket_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmCertification" (
    "firmId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" INTEGER,

    PRIMARY KEY ("firmId", "kind"),
    CONSTRAINT "FirmCertification_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmTag" (
    "firmId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "tag"),
    CONSTRAINT "FirmTag_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "FirmContact_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmLogo" (
    "firmId" TEXT NOT NULL PRIMARY KEY,
    "mimeType" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FirmLogo_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'ATTENDEE',
    "invitedById" TEXT NOT NULL,
    "acceptedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FirmInvitation_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Firm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "country" TEXT NOT NULL,
    "nameLocal" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT,
    "city" TEXT NOT NULL,
    "yearFounded" INTEGER,
    "employeeBand" TEXT NOT NULL,
    "website" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "rejectionReason" TEXT,
    "vettedAt" DATETIME,
    "vettedById" TEXT,
    "descriptionEn" TEXT,
    "descriptionJa" TEXT,
    "descriptionVi" TEXT,
    "japaneseSpeakers" INTEGER NOT NULL DEFAULT 0,
    "bridgeEngineers" INTEGER NOT NULL DEFAULT 0,
    "jlptN1" INTEGER NOT NULL DEFAULT 0,
    "jlptN2" INTEGER NOT NULL DEFAULT 0,
    "englishSpeakers" INTEGER NOT NULL DEFAULT 0,
    "searchName" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Firm" ("city", "country", "createdAt", "descriptionEn", "descriptionJa", "descriptionVi", "employeeBand", "id", "nameEn", "nameLocal", "searchName", "status", "updatedAt", "website") SELECT "city", "country", "createdAt", "descriptionEn", "descriptionJa", "descriptionVi", "employeeBand", "id", "nameEn", "nameLocal", "searchName", "status", "updatedAt", "website" FROM "Firm";
DROP TABLE "Firm";
ALTER TABLE "new_Firm" RENAME TO "Firm";
CREATE INDEX "Firm_status_country_idx" ON "Firm"("status", "country");
CREATE INDEX "Firm_status_nameEn_idx" ON "Firm"("status", "nameEn");
CREATE INDEX "Firm_status_createdAt_idx" ON "Firm"("status", "createdAt");
CREATE INDEX "Firm_searchName_idx" ON "Firm"("searchName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "FirmCapability_nodeId_direction_idx" ON "FirmCapability"("nodeId", "direction");

-- CreateIndex
CREATE UNIQUE INDEX "FirmCapability_firmId_direction_nodeId_key" ON "FirmCapability"("firmId", "direction", "nodeId");

-- CreateIndex
CREATE INDEX "FirmMarket_market_idx" ON "FirmMarket"("market");

-- CreateIndex
CREATE INDEX "FirmCertification_kind_idx" ON "FirmCertification"("kind");

-- CreateIndex
CREATE INDEX "FirmContact_firmId_idx" ON "FirmContact"("firmId");

-- CreateIndex
CREATE INDEX "FirmInvitation_email_idx" ON "FirmInvitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "FirmInvitation_firmId_email_key" ON "FirmInvitation"("firmId", "email");
