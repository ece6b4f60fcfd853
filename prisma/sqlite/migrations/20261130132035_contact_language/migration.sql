-- AlterTable
ALTER TABLE "FirmContact" ADD COLUMN "locale" TEXT;
