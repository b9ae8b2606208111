-- CreateTable
CREATE TABLE "submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "exerciseSlug" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "testsPassed" INTEGER NOT NULL,
    "testsTotal" INTEGER NOT NULL,
    "failedTests" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "submission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "classroom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "strictMode" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "classroom_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "classroom_member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classroomId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "classroom_member_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "classroom_member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "lesson_deadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classroomId" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    CONSTRAINT "lesson_deadline_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "submission_exerciseSlug_idx" ON "submission"("exerciseSlug");

-- CreateIndex
CREATE INDEX "submission_userId_exerciseSlug_idx" ON "submission"("userId", "exerciseSlug");

-- CreateIndex
CREATE UNIQUE INDEX "classroom_joinCode_key" ON "classroom"("joinCode");

-- CreateIndex
CREATE INDEX "classroom_ownerId_idx" ON "classroom"("ownerId");

-- CreateIndex
CREATE INDEX "classroom_member_userId_idx" ON "classroom_member"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "classroom_member_classroomId_userId_key" ON "classroom_member"("classroomId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "lesson_deadline_classroomId_lessonSlug_key" ON "lesson_deadline"("classroomId", "lessonSlug");
