-- Sessions carry the user's sessionVersion; a token with another version is refused (sign-out, ended sessions).
-- AlterTable
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
