-- CreateEnum
CREATE TYPE "CapabilityDirection" AS ENUM ('OFFER', 'SEEK');

-- CreateEnum
CREATE TYPE "Market" AS ENUM ('JAPAN', 'VIETNAM', 'ASEAN', 'US', 'EU', 'EAST_ASIA', 'OCEANIA');

-- CreateEnum
CREATE TYPE "CertificationKind" AS ENUM ('ISO27001', 'ISO9001', 'ISO14001', 'CMMI', 'PRIVACY_MARK');

-- DropIndex
DROP INDEX "Firm_nameEn_idx";

-- AlterTable
ALTER TABLE "Firm" ADD COLUMN     "bridgeEngineers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "englishSpeakers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "japaneseSpeakers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "jlptN1" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "jlptN2" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nameJa" TEXT,
ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "vettedAt" TIMESTAMP(3),
ADD COLUMN     "vettedById" TEXT,
ADD COLUMN     "yearFounded" INTEGER;

-- CreateTable
CREATE TABLE "VettingRule" (
    "country" "Country" NOT NULL,
    "bodyId" TEXT NOT NULL,

    CONSTRAINT "VettingRule_pkey" PRIMARY KEY ("country")
);

-- CreateTable
CREATE TABLE "FirmCapability" (
    "id" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "direction" "CapabilityDirection" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FirmCapability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirmMarket" (
    "firmId" TEXT NOT NULL,
    "market" "Market" NOT NULL,

    CONSTRAINT "FirmMarket_pkey" PRIMARY KEY ("firmId","market")
);

-- CreateTable
CREATE TABLE "FirmCertification" (
    "firmId" TEXT NOT NULL,
    "kind" "CertificationKind" NOT NULL,
    "level" INTEGER,

    CONSTRAINT "FirmCertification_pkey" PRIMARY KEY ("firmId","kind")
);

-- CreateTable
CREATE TABLE "FirmTag" (
    "firmId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "FirmTag_pkey" PRIMARY KEY ("firmId","tag")
);

-- CreateTable
CREATE TABLE "FirmContact" (
    "id" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FirmContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirmLogo" (
    "firmId" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FirmLogo_pkey" PRIMARY KEY ("firmId")
);

-- CreateTable
CREATE TABLE "FirmInvitation" (
    "id" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'ATTENDEE',
    "invitedById" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirmInvitation_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "Firm_status_nameEn_idx" ON "Firm"("status", "nameEn");

-- CreateIndex
CREATE INDEX "Firm_status_createdAt_idx" ON "Firm"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "VettingRule" ADD CONSTRAINT "VettingRule_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OrganizingBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmCapability" ADD CONSTRAINT "FirmCapability_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmCapability" ADD CONSTRAINT "FirmCapability_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "TaxonomyNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmMarket" ADD CONSTRAINT "FirmMarket_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmCertification" ADD CONSTRAINT "FirmCertification_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmTag" ADD CONSTRAINT "FirmTag_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmContact" ADD CONSTRAINT "FirmContact_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmLogo" ADD CONSTRAINT "FirmLogo_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmInvitation" ADD CONSTRAINT "FirmInvitation_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
