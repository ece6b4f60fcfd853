-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "leadFirmId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "sectorId" TEXT,
    "clientType" TEXT NOT NULL,
    "budgetBand" TEXT NOT NULL,
    "deadline" DATETIME,
    "languages" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'OPEN',
    "status" TEXT NOT NULL DEFAULT 'FORMING',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Opportunity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Opportunity_leadFirmId_fkey" FOREIGN KEY ("leadFirmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OpportunityRequirement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "opportunityId" TEXT NOT NULL,
    "capabilityId" TEXT NOT NULL,
    "mustHave" BOOLEAN NOT NULL,
    "weight" INTEGER NOT NULL,
    CONSTRAINT "OpportunityRequirement_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OpportunityRequirement_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "TaxonomyNode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsortiumMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "opportunityId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConsortiumMember_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsortiumMember_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsortiumNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "opportunityId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsortiumNote_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sectorId" TEXT,
    "budgetBand" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Challenge_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Challenge_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChallengeAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "challengeId" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "shortlisted" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChallengeAnswer_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChallengeAnswer_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PilotOrder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "valueBand" TEXT NOT NULL,
    "orderedOn" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PilotOrder_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "ChallengeAnswer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
