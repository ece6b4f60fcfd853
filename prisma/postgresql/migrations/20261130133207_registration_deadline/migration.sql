-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "registrationClosesAt" TIMESTAMP(3);
