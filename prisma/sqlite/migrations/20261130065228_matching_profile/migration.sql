-- AlterTable
ALTER TABLE "FirmInterest" ADD COLUMN "reason" TEXT;

-- CreateTable
CREATE TABLE "FirmIntent" (
    "firmId" TEXT NOT NULL,
    "intent" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "intent"),
    CONSTRAINT "FirmIntent_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmPartnerLanguage" (
    "firmId" TEXT NOT NULL,
    "language" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "language"),
    CONSTRAINT "FirmPartnerLanguage_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmPartnerPresence" (
    "firmId" TEXT NOT NULL,
    "place" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "place"),
    CONSTRAINT "FirmPartnerPresence_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "ref" TEXT,
    "offersText" TEXT,
    "seeksText" TEXT,
    "firmType" TEXT,
    "minPartnerEmployees" INTEGER,
    "partnerOnsite" BOOLEAN NOT NULL DEFAULT false,
    "textReading" TEXT,
    "textReadingVersion" INTEGER NOT NULL DEFAULT 0,
    "searchName" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Firm" ("bridgeEngineers", "city", "country", "createdAt", "descriptionEn", "descriptionJa", "descriptionVi", "employeeBand", "englishSpeakers", "id", "japaneseSpeakers", "jlptN1", "jlptN2", "nameEn", "nameJa", "nameLocal", "rejectionReason", "searchName", "searchText", "status", "updatedAt", "vettedAt", "vettedById", "website", "yearFounded") SELECT "bridgeEngineers", "city", "country", "createdAt", "descriptionEn", "descriptionJa", "descriptionVi", "employeeBand", "englishSpeakers", "id", "japaneseSpeakers", "jlptN1", "jlptN2", "nameEn", "nameJa", "nameLocal", "rejectionReason", "searchName", "searchText", "status", "updatedAt", "vettedAt", "vettedById", "website", "yearFounded" FROM "Firm";
DROP TABLE "Firm";
ALTER TABLE "new_Firm" RENAME TO "Firm";
CREATE UNIQUE INDEX "Firm_ref_key" ON "Firm"("ref");
CREATE INDEX "Firm_status_country_idx" ON "Firm"("status", "country");
CREATE INDEX "Firm_status_nameEn_idx" ON "Firm"("status", "nameEn");
CREATE INDEX "Firm_status_createdAt_idx" ON "Firm"("status", "createdAt");
CREATE INDEX "Firm_searchName_idx" ON "Firm"("searchName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
