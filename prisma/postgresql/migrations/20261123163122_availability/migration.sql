-- CreateTable
CREATE TABLE "FirmUnavailability" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,

    CONSTRAINT "FirmUnavailability_pkey" PRIMARY KEY ("firmId","slotId")
);

-- CreateIndex
CREATE INDEX "FirmUnavailability_slotId_idx" ON "FirmUnavailability"("slotId");

-- AddForeignKey
ALTER TABLE "FirmUnavailability" ADD CONSTRAINT "FirmUnavailability_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmUnavailability" ADD CONSTRAINT "FirmUnavailability_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
