-- AlterTable
ALTER TABLE "Event" ADD COLUMN "registrationClosesAt" DATETIME;
