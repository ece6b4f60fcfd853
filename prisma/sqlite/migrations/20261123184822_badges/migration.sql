-- CreateTable
CREATE TABLE "Badge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "checkedInAt" DATETIME,
    "checkedInById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Badge_code_key" ON "Badge"("code");

-- CreateIndex
CREATE INDEX "Badge_eventId_checkedInAt_idx" ON "Badge"("eventId", "checkedInAt");

-- CreateIndex
CREATE UNIQUE INDEX "Badge_eventId_userId_key" ON "Badge"("eventId", "userId");
