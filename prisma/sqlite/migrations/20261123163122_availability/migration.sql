-- CreateTable
CREATE TABLE "FirmUnavailability" (
    "firmId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,

    PRIMARY KEY ("firmId", "slotId"),
    CONSTRAINT "FirmUnavailability_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FirmUnavailability_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FirmUnavailability_slotId_idx" ON "FirmUnavailability"("slotId");
