-- The consultant's approval of a follow-up's "summary of updates since" (narrative section `updates`): who approved
-- which version, and when. Any later save of the section clears it; publication needs it.
ALTER TABLE "ProfileSection" ADD COLUMN "approvedAt" TIMESTAMP(3);
ALTER TABLE "ProfileSection" ADD COLUMN "approvedById" UUID;

ALTER TABLE "ProfileSection" ADD CONSTRAINT "ProfileSection_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
