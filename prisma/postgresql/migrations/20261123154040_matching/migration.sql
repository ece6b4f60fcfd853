-- CreateTable
CREATE TABLE "FirmRequiredCertification" (
    "firmId" TEXT NOT NULL,
    "kind" "CertificationKind" NOT NULL,

    CONSTRAINT "FirmRequiredCertification_pkey" PRIMARY KEY ("firmId","kind")
);

-- CreateTable
CREATE TABLE "FirmInterest" (
    "fromFirmId" TEXT NOT NULL,
    "toFirmId" TEXT NOT NULL,
    "interested" BOOLEAN NOT NULL,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FirmInterest_pkey" PRIMARY KEY ("fromFirmId","toFirmId")
);

-- CreateIndex
CREATE INDEX "FirmInterest_toFirmId_interested_idx" ON "FirmInterest"("toFirmId", "interested");

-- AddForeignKey
ALTER TABLE "FirmRequiredCertification" ADD CONSTRAINT "FirmRequiredCertification_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmInterest" ADD CONSTRAINT "FirmInterest_fromFirmId_fkey" FOREIGN KEY ("fromFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmInterest" ADD CONSTRAINT "FirmInterest_toFirmId_fkey" FOREIGN KEY ("toFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
