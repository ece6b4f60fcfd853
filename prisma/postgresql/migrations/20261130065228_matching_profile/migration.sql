-- CreateEnum
CREATE TYPE "FirmType" AS ENUM ('VENDOR', 'BUYER', 'BOTH');

-- CreateEnum
CREATE TYPE "PartnerIntent" AS ENUM ('CLIENTS', 'SUBCONTRACTORS', 'CAPACITY', 'CONSORTIUM', 'INVESTORS', 'DISTRIBUTORS');

-- CreateEnum
CREATE TYPE "WorkLanguage" AS ENUM ('JA', 'EN', 'VI');

-- CreateEnum
CREATE TYPE "DismissReason" AS ENUM ('COMPETITOR', 'NOT_OUR_FIELD', 'TOO_SMALL', 'LANGUAGE', 'ALREADY_WORKING');

-- AlterTable
ALTER TABLE "Firm" ADD COLUMN     "firmType" "FirmType",
ADD COLUMN     "minPartnerEmployees" INTEGER,
ADD COLUMN     "offersText" TEXT,
ADD COLUMN     "partnerOnsite" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ref" TEXT,
ADD COLUMN     "seeksText" TEXT,
ADD COLUMN     "textReading" TEXT,
ADD COLUMN     "textReadingVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "FirmInterest" ADD COLUMN     "reason" "DismissReason";

-- CreateTable
CREATE TABLE "FirmIntent" (
    "firmId" TEXT NOT NULL,
    "intent" "PartnerIntent" NOT NULL,

    CONSTRAINT "FirmIntent_pkey" PRIMARY KEY ("firmId","intent")
);

-- CreateTable
CREATE TABLE "FirmPartnerLanguage" (
    "firmId" TEXT NOT NULL,
    "language" "WorkLanguage" NOT NULL,

    CONSTRAINT "FirmPartnerLanguage_pkey" PRIMARY KEY ("firmId","language")
);

-- CreateTable
CREATE TABLE "FirmPartnerPresence" (
    "firmId" TEXT NOT NULL,
    "place" TEXT NOT NULL,

    CONSTRAINT "FirmPartnerPresence_pkey" PRIMARY KEY ("firmId","place")
);

-- CreateIndex
CREATE UNIQUE INDEX "Firm_ref_key" ON "Firm"("ref");

-- AddForeignKey
ALTER TABLE "FirmIntent" ADD CONSTRAINT "FirmIntent_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmPartnerLanguage" ADD CONSTRAINT "FirmPartnerLanguage_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmPartnerPresence" ADD CONSTRAINT "FirmPartnerPresence_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
