-- An invitation's link stays in its outbox message only while the invitation is open and the message undelivered:
-- "secretLink" names it, so it can be replaced by a notice when the mail is sent or the invitation is closed.

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "invitationId" UUID,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "secretLink" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_invitationId_idx" ON "OutboxMessage"("invitationId");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Messages written before: find the invitation behind each link by the token's hash.
UPDATE "OutboxMessage" m
SET "invitationId" = i."id",
    "secretLink" = substring(m."body" from 'https?://[^[:space:]]+/invite/[A-Za-z0-9_-]+')
FROM "Invitation" i
WHERE m."body" ~ 'https?://[^[:space:]]+/invite/[A-Za-z0-9_-]+'
  AND i."tokenHash" = encode(sha256(convert_to(substring(m."body" from 'https?://[^[:space:]]+/invite/([A-Za-z0-9_-]+)'), 'UTF8')), 'hex');

-- Delivered, or for an invitation no longer open: the link goes now.
UPDATE "OutboxMessage" m
SET "body" = replace(m."body", m."secretLink", CASE WHEN m."status" = 'SENT' THEN '[invitation link, sent by email]' ELSE '[invitation link, no longer valid]' END),
    "secretLink" = NULL
WHERE m."secretLink" IS NOT NULL
  AND (m."status" = 'SENT' OR NOT EXISTS (
    SELECT 1 FROM "Invitation" i
    WHERE i."id" = m."invitationId" AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > now()));

-- Links whose invitation no longer exists.
UPDATE "OutboxMessage"
SET "body" = regexp_replace("body", 'https?://[^[:space:]]+/invite/[A-Za-z0-9_-]+',
      CASE WHEN "status" = 'SENT' THEN '[invitation link, sent by email]' ELSE '[invitation link, no longer valid]' END, 'g')
WHERE "secretLink" IS NULL AND "body" ~ '/invite/[A-Za-z0-9_-]+';
