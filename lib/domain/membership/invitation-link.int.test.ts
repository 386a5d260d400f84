// An invitation's link is stored only while someone may still need it: the invitation is open and its mail
// undelivered. After SMTP delivery, acceptance, revocation, replacement or expiry no table holds the token.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import { listOutbox } from "@/lib/mail/outbox";
import { resetDb, testDb, testSql } from "@/test/db";
import { addMember, createAssessment, createUser } from "@/test/fixtures";
import { startSmtp } from "@/test/smtp";
import { acceptInvitationAsUser, inviteMember, revokeInvitation, viewInvitation } from "./service";

const db = testDb();
const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1];

beforeEach(resetDb);
afterEach(() => {
  delete process.env.SMTP_URL;
});

/** The tables (of every row, every column, as text) that contain `text`. */
async function tablesContaining(text: string): Promise<string[]> {
  const sql = testSql();
  try {
    const tables = await sql<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
    const found: string[] = [];
    for (const { tablename } of tables) {
      const [{ count }] = await sql.unsafe(`SELECT count(*)::int AS count FROM "${tablename}" t WHERE strpos(t::text, $1) > 0`, [text]);
      if (count > 0) found.push(tablename);
    }
    return found;
  } finally {
    await sql.end();
  }
}

async function setup() {
  const coordinator = await createUser(db, { isIomStaff: true });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "LAUNCH" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const invite = (email: string) => inviteMember(coordinator, { assessmentId: assessment.id, email, role: "CONSULTANT" }, "http://mgi.test");
  return { coordinator, assessmentId: assessment.id, invite };
}

describe("an invitation link delivered by SMTP", () => {
  it("is emailed, and then no stored column of the outbox (nor any other table) holds the token", async () => {
    const smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    try {
      const { assessmentId, invite } = await setup();
      await invite("by.mail@example.org");
      const token = tokenIn(smtp.messages[0].text!);
      expect(await tablesContaining(token)).toEqual([]);
      const [message] = await listOutbox(assessmentId);
      expect(message).toMatchObject({ status: "SENT", link: null });
      expect(message.body).toContain("[invitation link, sent by email]");
      // The emailed link is the one that works.
      expect(await viewInvitation(token)).toMatchObject({ status: "open", email: "by.mail@example.org" });
    } finally {
      await smtp.stop();
    }
  });

  it("is written in the recipient's language, the notice that replaces it too", async () => {
    const smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    try {
      const { assessmentId, invite } = await setup();
      const russian = await createUser(db, { email: "ru@example.org" });
      await db.user.update({ where: { id: russian.id }, data: { locale: "ru" } });
      await invite("ru@example.org");
      expect(smtp.messages[0].text).toContain("действительна 14 дней");
      const [message] = await listOutbox(assessmentId);
      expect(message.body).toContain("[ссылка-приглашение отправлена по электронной почте]");
      expect(await tablesContaining(tokenIn(smtp.messages[0].text!))).toEqual([]);
    } finally {
      await smtp.stop();
    }
  });

  it("stays in the outbox while delivery failed and the invitation is open", async () => {
    const smtp = await startSmtp();
    await smtp.stop(); // nothing listens there any more
    process.env.SMTP_URL = smtp.url;
    const { assessmentId, invite } = await setup();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    await invite("unlucky@example.org");
    expect(logged).toHaveBeenCalledWith("mail delivery failed", expect.any(Error));
    logged.mockRestore();
    const [message] = await listOutbox(assessmentId);
    expect(message.status).toBe("FAILED");
    expect(message.link).toMatch(/^http:\/\/mgi\.test\/invite\/[\w-]+$/);
    expect(message.body).toContain(message.link);
  });
});

describe("an invitation link kept in the outbox (no SMTP)", () => {
  it("shows while the invitation is open, and is gone from the database once accepted", async () => {
    const { assessmentId, invite } = await setup();
    const invitee = await createUser(db, { email: "joins@example.org" });
    await invite("joins@example.org");
    const [open] = await listOutbox(assessmentId);
    expect(open).toMatchObject({ status: "OUTBOX", to: "joins@example.org" });
    expect(open.link).toMatch(/^http:\/\/mgi\.test\/invite\/[\w-]+$/);
    expect(open.body).toContain(open.link);
    const token = tokenIn(open.link!);
    expect(await tablesContaining(token)).toEqual(["OutboxMessage"]);

    await acceptInvitationAsUser(invitee, token);
    expect(await tablesContaining(token)).toEqual([]);
    const [closed] = await listOutbox(assessmentId);
    expect(closed.link).toBeNull();
    expect(closed.body).toContain("[invitation link, no longer valid]");
  });

  it("is gone from the database once the invitation is revoked", async () => {
    const { coordinator, assessmentId, invite } = await setup();
    const { invitationId } = await invite("revoked@example.org");
    const token = tokenIn((await listOutbox(assessmentId))[0].link!);
    await revokeInvitation(coordinator, invitationId);
    expect(await tablesContaining(token)).toEqual([]);
    expect((await listOutbox(assessmentId))[0]).toMatchObject({ link: null });
  });

  it("is gone once a new invitation to the same address replaces it; the new one shows", async () => {
    const { assessmentId, invite } = await setup();
    await invite("twice@example.org");
    const first = tokenIn((await listOutbox(assessmentId))[0].link!);
    await invite("twice@example.org");
    expect(await tablesContaining(first)).toEqual([]);
    const [latest, replaced] = await listOutbox(assessmentId);
    expect(replaced.link).toBeNull();
    expect(tokenIn(latest.link!)).not.toBe(first);
  });

  it("is gone once the invitation has expired, as soon as the outbox is read", async () => {
    const { assessmentId, invite } = await setup();
    const { invitationId } = await invite("late@example.org");
    const token = tokenIn((await listOutbox(assessmentId))[0].link!);
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const [expired] = await listOutbox(assessmentId);
    expect(expired.link).toBeNull();
    expect(expired.body).toContain("[invitation link, no longer valid]");
    expect(await tablesContaining(token)).toEqual([]);
  });

  it("lists only this assessment's messages, newest first", async () => {
    const { assessmentId, invite } = await setup();
    const other = await setup();
    await invite("first@example.org");
    await invite("second@example.org");
    await other.invite("elsewhere@example.org");
    expect((await listOutbox(assessmentId)).map((message) => message.to)).toEqual(["second@example.org", "first@example.org"]);
  });
});
