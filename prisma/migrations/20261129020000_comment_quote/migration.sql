-- Annotations: a thread on an answer may quote a passage of its explanation, with the passage's offsets in the
-- explanation of the answer version it was written against (all four set together, or none).
ALTER TABLE "CommentThread"
  ADD COLUMN "quoteText" TEXT,
  ADD COLUMN "quoteStart" INTEGER,
  ADD COLUMN "quoteEnd" INTEGER,
  ADD COLUMN "quoteAnswerVersion" INTEGER;
