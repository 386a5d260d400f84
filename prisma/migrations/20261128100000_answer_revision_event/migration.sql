-- Each revision says which workflow event wrote it (the history shows it; audit coalescing reads it).
ALTER TABLE "AnswerRevision" ADD COLUMN "event" TEXT NOT NULL DEFAULT 'save';

-- Revisions are immutable like audit events: refuse UPDATE and DELETE at the database.
CREATE FUNCTION "answer_revision_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AnswerRevision is immutable';
END;
$$;

CREATE TRIGGER "AnswerRevision_immutable"
  BEFORE UPDATE OR DELETE ON "AnswerRevision"
  FOR EACH ROW EXECUTE FUNCTION "answer_revision_immutable"();
