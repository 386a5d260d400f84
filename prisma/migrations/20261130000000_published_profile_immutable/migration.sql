-- A published profile never changes in place: a correction is a new version with its change note.
ALTER TABLE "PublishedProfile" ADD COLUMN "changeNote" TEXT;

CREATE FUNCTION "published_profile_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'PublishedProfile is immutable: publish a correction instead';
END;
$$;

CREATE TRIGGER "PublishedProfile_immutable"
  BEFORE UPDATE OR DELETE ON "PublishedProfile"
  FOR EACH ROW EXECUTE FUNCTION "published_profile_immutable"();
