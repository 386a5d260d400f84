-- Personal access tokens show a prefix of the secret in their owner's list (the table has had no rows yet).
ALTER TABLE "PersonalAccessToken" ADD COLUMN "prefix" TEXT NOT NULL;
