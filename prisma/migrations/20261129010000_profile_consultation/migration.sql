-- The profile narrative and the consultation (issue 7): who froze each draft and the answers it rested on
-- (a JSON snapshot, read whole like PublishedProfile.snapshot), who last edited a section (the stale-save
-- message names them), the consultation meetings with their participants, and the government's validation.

-- AlterTable
ALTER TABLE "ProfileDraft" ADD COLUMN "createdById" UUID,
ADD COLUMN "answers" JSONB;

-- AlterTable
ALTER TABLE "ProfileSection" ADD COLUMN "updatedById" UUID;

-- CreateTable
CREATE TABLE "ConsultationMeeting" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "minutes" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationParticipant" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "ministry" TEXT NOT NULL,

    CONSTRAINT "ConsultationParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernmentValidation" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "validatedBy" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "validatedOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovernmentValidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsultationMeeting_assessmentId_heldOn_idx" ON "ConsultationMeeting"("assessmentId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationParticipant_meetingId_position_key" ON "ConsultationParticipant"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "GovernmentValidation_assessmentId_key" ON "GovernmentValidation"("assessmentId");

-- AddForeignKey
ALTER TABLE "ProfileDraft" ADD CONSTRAINT "ProfileDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSection" ADD CONSTRAINT "ProfileSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationMeeting" ADD CONSTRAINT "ConsultationMeeting_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationMeeting" ADD CONSTRAINT "ConsultationMeeting_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationParticipant" ADD CONSTRAINT "ConsultationParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ConsultationMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernmentValidation" ADD CONSTRAINT "GovernmentValidation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernmentValidation" ADD CONSTRAINT "GovernmentValidation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
