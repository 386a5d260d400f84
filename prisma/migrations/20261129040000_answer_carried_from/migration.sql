-- A follow-up's answer that starts as the previous assessment's approved answer is marked with that
-- assessment's year until a focal point confirms (submits) or updates it.
ALTER TABLE "Answer" ADD COLUMN "carriedFromYear" INTEGER;
