// Outgoing mail: written inside the transaction of the change that causes it, delivered after commit —
// by SMTP when SMTP_URL is set, otherwise kept in the outbox page for a coordinator to pass on.
import nodemailer from "nodemailer";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type MailInput = { assessmentId?: string | null; to: string; subject: string; body: string };

export async function queueMail(tx: Tx, message: MailInput): Promise<string> {
  const row = await tx.outboxMessage.create({
    data: { assessmentId: message.assessmentId ?? null, to: message.to, subject: message.subject, body: message.body },
    select: { id: true },
  });
  return row.id;
}

const from = () => process.env.MAIL_FROM ?? "MGI Workbench <no-reply@mgi-workbench.local>";

/** Delivers queued messages; never throws (a failed delivery is recorded on the message). */
export async function deliverMail(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    await db.outboxMessage.updateMany({ where: { id: { in: ids }, status: "PENDING" }, data: { status: "OUTBOX" } });
    return;
  }
  const transport = nodemailer.createTransport(smtpUrl);
  const messages = await db.outboxMessage.findMany({ where: { id: { in: ids }, status: "PENDING" } });
  for (const message of messages) {
    try {
      await transport.sendMail({ from: from(), to: message.to, subject: message.subject, text: message.body });
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date() } });
    } catch (error) {
      logger.error("mail delivery failed", error);
      const text = error instanceof Error ? error.message : String(error);
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "FAILED", error: text } });
    }
  }
  transport.close();
}
