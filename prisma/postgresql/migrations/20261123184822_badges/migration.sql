-- CreateTable
CREATE TABLE "Badge" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "checkedInAt" TIMESTAMP(3),
    "checkedInById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Badge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Badge_code_key" ON "Badge"("code");

-- CreateIndex
CREATE INDEX "Badge_eventId_checkedInAt_idx" ON "Badge"("eventId", "checkedInAt");

-- CreateIndex
CREATE UNIQUE INDEX "Badge_eventId_userId_key" ON "Badge"("eventId", "userId");
