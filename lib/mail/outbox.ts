// Outgoing mail: written inside the transaction of the change that causes it, delivered after commit —
// by SMTP when SMTP_URL is set, otherwise kept in the outbox page for a coordinator to pass on.
// An invitation link is a password to the invitation: the stored body keeps it only while the invitation is
// open and the message undelivered (`secretLink` names it), then a notice in the message's language replaces it.
import nodemailer from "nodemailer";
import type { Db, Tx } from "@/lib/db/client";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, LOCALES, translate, type Locale } from "@/lib/i18n";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";

export type MailInput = {
  assessmentId?: string | null;
  to: string;
  subject: string;
  body: string;
  /** The language of subject and body. */
  locale?: Locale;
  /** The invitation whose link (written into `body`) must not outlive its use. */
  invitation?: { id: string; link: string };
};

export async function queueMail(tx: Tx, message: MailInput): Promise<string> {
  if (message.invitation && !message.body.includes(message.invitation.link)) throw new Error("the invitation link is not in the body");
  const row = await tx.outboxMessage.create({
    data: {
      assessmentId: message.assessmentId ?? null,
      to: message.to,
      subject: message.subject,
      body: message.body,
      locale: message.locale ?? DEFAULT_LOCALE,
      invitationId: message.invitation?.id ?? null,
      secretLink: message.invitation?.link ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

type Notice = "mail.invitation.linkSent" | "mail.invitation.linkClosed";
const noticeIn = (locale: string, notice: Notice) => translate(isLocale(locale) ? locale : DEFAULT_LOCALE, notice);
const withoutLink = (body: string, link: string | null, locale: string, notice: Notice) => (link ? body.replaceAll(link, noticeIn(locale, notice)) : body);

/**
 * Replaces the link of every message of the assessment whose invitation is no longer open (accepted, revoked,
 * replaced, expired or gone) by a notice, in one statement. Call it in the transaction that closes an
 * invitation; listOutbox calls it too, which is where expired ones go.
 */
export async function clearClosedInvitationLinks(client: Tx | Db, assessmentId: string): Promise<number> {
  const notices = JSON.stringify(Object.fromEntries(LOCALES.map((locale) => [locale, noticeIn(locale, "mail.invitation.linkClosed")])));
  return client.$executeRaw`
    UPDATE "OutboxMessage" m
    SET "body" = replace(m."body", m."secretLink", COALESCE(${notices}::jsonb ->> m."locale", ${noticeIn(DEFAULT_LOCALE, "mail.invitation.linkClosed")})),
        "secretLink" = NULL
    WHERE m."assessmentId" = ${assessmentId}::uuid
      AND m."secretLink" IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM "Invitation" i
        WHERE i."id" = m."invitationId" AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > now())`;
}

export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  /** The text to show: with the invitation link while it may still be passed on, with a notice after. */
  body: string;
  /** The invitation link in `body` while the invitation is open and the message undelivered; else null. */
  link: string | null;
  status: MailStatus;
  createdAt: Date;
};

/** The outbox page's messages, newest first; links of invitations closed or expired since are removed first. */
export async function listOutbox(assessmentId: string, take = 200): Promise<OutboxEntry[]> {
  await clearClosedInvitationLinks(db, assessmentId);
  const rows = await db.outboxMessage.findMany({
    where: { assessmentId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, body: true, secretLink: true, status: true, createdAt: true },
  });
  return rows.map(({ secretLink, ...row }) => ({ ...row, link: secretLink }));
}

const from = () => process.env.MAIL_FROM ?? "MGI Workbench <no-reply@mgi-workbench.local>";

/** Delivers queued messages; never throws (a failed delivery is recorded on the message, its link kept). */
export async function deliverMail(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    await db.outboxMessage.updateMany({ where: { id: { in: ids }, status: "PENDING" }, data: { status: "OUTBOX" } });
    return;
  }
  const transport = nodemailer.createTransport(smtpUrl);
  const messages = await db.outboxMessage.findMany({
    where: { id: { in: ids }, status: "PENDING" },
    select: { id: true, to: true, subject: true, body: true, locale: true, secretLink: true },
  });
  for (const message of messages) {
    try {
      await transport.sendMail({ from: from(), to: message.to, subject: message.subject, text: message.body });
      // Delivered: the recipient's mailbox has the link now; our copy does not need it.
      const body = withoutLink(message.body, message.secretLink, message.locale, "mail.invitation.linkSent");
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), body, secretLink: null } });
    } catch (error) {
      logger.error("mail delivery failed", error);
      const text = error instanceof Error ? error.message : String(error);
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "FAILED", error: text } });
    }
  }
  transport.close();
}
