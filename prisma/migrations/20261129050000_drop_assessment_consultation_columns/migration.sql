-- The consultation meeting and the government's validation have their own tables
-- (ConsultationMeeting, ConsultationParticipant, GovernmentValidation); these early columns were never used.
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_validationRecordedById_fkey";
ALTER TABLE "Assessment" DROP COLUMN "consultationMeetingAt",
  DROP COLUMN "consultationMinutes",
  DROP COLUMN "validatedAt",
  DROP COLUMN "validatedByName",
  DROP COLUMN "validationRecordedById";
