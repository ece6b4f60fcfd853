-- CreateTable
CREATE TABLE "FirmRequiredCertification" (
    "firmId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "kind"),
    CONSTRAINT "FirmRequiredCertification_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirmInterest" (
    "fromFirmId" TEXT NOT NULL,
    "toFirmId" TEXT NOT NULL,
    "interested" BOOLEAN NOT NULL,
    "byUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("fromFirmId", "toFirmId"),
    CONSTRAINT "FirmInterest_fromFirmId_fkey" FOREIGN KEY ("fromFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmInterest_toFirmId_fkey" FOREIGN KEY ("toFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FirmInterest_toFirmId_interested_idx" ON "FirmInterest"("toFirmId", "interested");
