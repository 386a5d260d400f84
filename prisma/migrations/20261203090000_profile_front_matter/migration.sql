-- The framework's standing text of a profile (objectives, introduction, conceptual framework, after the
-- assessment) and the name an assessment's profile is published under. Existing rows: empty text, no name.
ALTER TABLE "Framework" ADD COLUMN "objectives" TEXT NOT NULL DEFAULT '',
ADD COLUMN "introduction" TEXT NOT NULL DEFAULT '',
ADD COLUMN "conceptualFramework" TEXT NOT NULL DEFAULT '',
ADD COLUMN "afterAssessment" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Assessment" ADD COLUMN "profileName" TEXT;
