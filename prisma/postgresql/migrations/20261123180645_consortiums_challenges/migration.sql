-- CreateEnum
CREATE TYPE "OpportunityVisibility" AS ENUM ('OPEN', 'CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "ConsortiumStatus" AS ENUM ('FORMING', 'READY', 'SUBMITTED', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "ConsortiumRole" AS ENUM ('LEAD', 'TECHNOLOGY', 'DELIVERY', 'LOCAL');

-- CreateEnum
CREATE TYPE "ConsortiumMemberStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ClientType" AS ENUM ('GOVERNMENT', 'ENTERPRISE', 'SME', 'NONPROFIT');

-- CreateEnum
CREATE TYPE "BudgetBand" AS ENUM ('UNDER_100K', 'K100_500', 'K500_2M', 'M2_10', 'OVER_10M');

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "leadFirmId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "region" "Market" NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "sectorId" TEXT,
    "clientType" "ClientType" NOT NULL,
    "budgetBand" "BudgetBand" NOT NULL,
    "deadline" TIMESTAMP(3),
    "languages" TEXT NOT NULL,
    "visibility" "OpportunityVisibility" NOT NULL DEFAULT 'OPEN',
    "status" "ConsortiumStatus" NOT NULL DEFAULT 'FORMING',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityRequirement" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "capabilityId" TEXT NOT NULL,
    "mustHave" BOOLEAN NOT NULL,
    "weight" INTEGER NOT NULL,

    CONSTRAINT "OpportunityRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsortiumMember" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "role" "ConsortiumRole" NOT NULL,
    "status" "ConsortiumMemberStatus" NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsortiumMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsortiumNote" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsortiumNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sectorId" TEXT,
    "budgetBand" "BudgetBand" NOT NULL,
    "languages" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeAnswer" (
    "id" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "shortlisted" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PilotOrder" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "valueBand" "BudgetBand" NOT NULL,
    "orderedOn" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PilotOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Opportunity_eventId_visibility_idx" ON "Opportunity"("eventId", "visibility");

-- CreateIndex
CREATE INDEX "Opportunity_leadFirmId_idx" ON "Opportunity"("leadFirmId");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityRequirement_opportunityId_capabilityId_key" ON "OpportunityRequirement"("opportunityId", "capabilityId");

-- CreateIndex
CREATE INDEX "ConsortiumMember_firmId_idx" ON "ConsortiumMember"("firmId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsortiumMember_opportunityId_firmId_key" ON "ConsortiumMember"("opportunityId", "firmId");

-- CreateIndex
CREATE INDEX "ConsortiumNote_opportunityId_createdAt_idx" ON "ConsortiumNote"("opportunityId", "createdAt");

-- CreateIndex
CREATE INDEX "Challenge_eventId_createdAt_idx" ON "Challenge"("eventId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChallengeAnswer_challengeId_firmId_key" ON "ChallengeAnswer"("challengeId", "firmId");

-- CreateIndex
CREATE UNIQUE INDEX "PilotOrder_answerId_key" ON "PilotOrder"("answerId");

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_leadFirmId_fkey" FOREIGN KEY ("leadFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityRequirement" ADD CONSTRAINT "OpportunityRequirement_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityRequirement" ADD CONSTRAINT "OpportunityRequirement_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "TaxonomyNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumNote" ADD CONSTRAINT "ConsortiumNote_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeAnswer" ADD CONSTRAINT "ChallengeAnswer_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeAnswer" ADD CONSTRAINT "ChallengeAnswer_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotOrder" ADD CONSTRAINT "PilotOrder_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "ChallengeAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
