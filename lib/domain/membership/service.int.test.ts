// Invitations, acceptance, roles and removal, against the real database and a real SMTP server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { startSmtp } from "@/test/smtp";
import { acceptInvitationAsNewUser, acceptInvitationAsUser, changeMemberRole, inviteMember, removeMember, revokeInvitation, viewInvitation } from "./service";

const db = testDb();
const codeOf = (error: unknown) => (error instanceof DomainError ? error.messageKey : error);
const tokenIn = (body: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(body)![1];

beforeEach(resetDb);
afterEach(() => {
  delete process.env.SMTP_URL;
});

async function setup() {
  const coordinator = await createUser(db, { isIomStaff: true });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "LAUNCH" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Ministry of Labour");
  return { coordinator, assessmentId: assessment.id, labour };
}

describe("inviting", () => {
  it("sends the invitation through a real SMTP server; the emailed link creates the account and membership", async () => {
    const smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    try {
      const { coordinator, assessmentId, labour } = await setup();
      await inviteMember(coordinator, { assessmentId, email: "new.fp@example.org", role: "FOCAL_POINT", ministryId: labour.id }, "http://mgi.test");

      expect(smtp.messages).toHaveLength(1);
      const mail = smtp.messages[0];
      expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("new.fp@example.org");
      expect(mail.subject).toBe("Invitation to an MGI assessment");
      expect(mail.text).toContain("Focal point, Ministry of Labour");
      const token = tokenIn(mail.text!);
      expect(await db.outboxMessage.findFirstOrThrow({ select: { status: true } })).toEqual({ status: "SENT" });

      const view = await viewInvitation(token);
      expect(view).toMatchObject({ status: "open", email: "new.fp@example.org", role: "FOCAL_POINT", ministry: "Ministry of Labour", userExists: false });

      const joined = await acceptInvitationAsNewUser({
        token,
        name: "Nurgul Focal",
        password: "a long enough password",
        confirmPassword: "a long enough password",
      });
      expect(joined).toEqual({ assessmentId, email: "new.fp@example.org" });
      const user = await db.user.findUniqueOrThrow({ where: { email: "new.fp@example.org" }, select: { id: true, name: true, passwordHash: true } });
      expect(user.name).toBe("Nurgul Focal");
      expect(await verifyPassword(user.passwordHash!, "a long enough password")).toBe(true);
      expect(await db.member.findFirstOrThrow({ where: { userId: user.id }, select: { role: true, ministryId: true } })).toEqual({
        role: "FOCAL_POINT",
        ministryId: labour.id,
      });

      // Single use: the same link no longer works.
      expect(await viewInvitation(token)).toEqual({ status: "invalid" });
      await expect(
        acceptInvitationAsNewUser({ token, name: "Again", password: "a long enough password", confirmPassword: "a long enough password" }).catch(codeOf),
      ).resolves.toBe("invite.invalid");
    } finally {
      await smtp.stop();
    }
  });

  it("without SMTP keeps the message in the outbox, and an existing user joins once signed in", async () => {
    const { coordinator, assessmentId } = await setup();
    const consultant = await createUser(db, { email: "consultant@example.org" });
    await inviteMember(coordinator, { assessmentId, email: "consultant@example.org", role: "CONSULTANT" }, "http://mgi.test");
    const message = await db.outboxMessage.findFirstOrThrow({ select: { status: true, body: true, to: true } });
    expect(message).toMatchObject({ status: "OUTBOX", to: "consultant@example.org" });
    const token = tokenIn(message.body);
    expect(await viewInvitation(token)).toMatchObject({ userExists: true });

    const stranger = await createUser(db);
    await expect(acceptInvitationAsUser(stranger, token).catch(codeOf)).resolves.toBe("invite.invalid");
    expect(await acceptInvitationAsUser(consultant, token)).toEqual({ assessmentId });
    expect(await db.auditEvent.count({ where: { action: "member.joined", actorId: consultant.id } })).toBe(1);
  });

  it("refuses a focal point without a ministry of this assessment, and an existing member", async () => {
    const { coordinator, assessmentId } = await setup();
    await expect(inviteMember(coordinator, { assessmentId, email: "x@example.org", role: "FOCAL_POINT" }, "http://x").catch(codeOf)).resolves.toBe(
      "member.ministryRequired",
    );
    await expect(inviteMember(coordinator, { assessmentId, email: coordinator.email, role: "CONSULTANT" }, "http://x").catch(codeOf)).resolves.toBe(
      "member.alreadyMember",
    );
  });

  it("a revoked, replaced or expired invitation cannot be used", async () => {
    const { coordinator, assessmentId } = await setup();
    await inviteMember(coordinator, { assessmentId, email: "a@example.org", role: "STAKEHOLDER" }, "http://x");
    const first = tokenIn((await db.outboxMessage.findFirstOrThrow()).body);
    await inviteMember(coordinator, { assessmentId, email: "a@example.org", role: "CONSULTANT" }, "http://x");
    expect(await viewInvitation(first)).toEqual({ status: "invalid" });

    const open = await db.invitation.findFirstOrThrow({ where: { revokedAt: null } });
    await revokeInvitation(coordinator, open.id);
    expect(await db.invitation.count({ where: { revokedAt: null } })).toBe(0);

    await inviteMember(coordinator, { assessmentId, email: "b@example.org", role: "STAKEHOLDER" }, "http://x");
    const latest = await db.outboxMessage.findFirstOrThrow({ where: { to: "b@example.org" } });
    await db.invitation.updateMany({ where: { email: "b@example.org" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await viewInvitation(tokenIn(latest.body))).toEqual({ status: "invalid" });
  });

  it("only a coordinator of this assessment may invite", async () => {
    const { assessmentId } = await setup();
    const consultant = await createUser(db);
    await addMember(db, assessmentId, consultant.id, "CONSULTANT");
    await expect(inviteMember(consultant, { assessmentId, email: "z@example.org", role: "STAKEHOLDER" }, "http://x")).rejects.toBeInstanceOf(ForbiddenError);
    const outsider = await createUser(db);
    await expect(inviteMember(outsider, { assessmentId, email: "z@example.org", role: "STAKEHOLDER" }, "http://x")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("members", () => {
  it("changes a role (a focal point needs a ministry) and removes a member, audited", async () => {
    const { coordinator, assessmentId, labour } = await setup();
    const person = await createUser(db);
    const member = await addMember(db, assessmentId, person.id, "STAKEHOLDER");
    await expect(changeMemberRole(coordinator, { assessmentId, memberId: member.id, role: "FOCAL_POINT" }).catch(codeOf)).resolves.toBe(
      "member.ministryRequired",
    );
    await changeMemberRole(coordinator, { assessmentId, memberId: member.id, role: "FOCAL_POINT", ministryId: labour.id });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { role: true, ministryId: true } })).toEqual({
      role: "FOCAL_POINT",
      ministryId: labour.id,
    });
    await removeMember(coordinator, member.id);
    expect(await db.member.count({ where: { id: member.id } })).toBe(0);
    expect((await db.auditEvent.findMany({ where: { objectId: member.id }, orderBy: { id: "asc" }, select: { action: true } })).map((e) => e.action)).toEqual([
      "member.role_changed",
      "member.removed",
    ]);
  });

  it("never leaves an assessment without a coordinator", async () => {
    const { coordinator, assessmentId } = await setup();
    const self = await db.member.findFirstOrThrow({ where: { userId: coordinator.id } });
    await expect(removeMember(coordinator, self.id).catch(codeOf)).resolves.toBe("member.lastCoordinator");
    await expect(changeMemberRole(coordinator, { assessmentId, memberId: self.id, role: "CONSULTANT" }).catch(codeOf)).resolves.toBe("member.lastCoordinator");
    expect(await db.member.count({ where: { assessmentId, role: "COORDINATOR" } })).toBe(1);
  });

  it("two coordinators demoting each other at the same moment leave one coordinator, not none", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await resetDb();
      const { coordinator, assessmentId } = await setup();
      const second = await createUser(db);
      const other = await addMember(db, assessmentId, second.id, "COORDINATOR");
      const self = await db.member.findFirstOrThrow({ where: { userId: coordinator.id } });
      const results = await Promise.allSettled([
        changeMemberRole(coordinator, { assessmentId, memberId: other.id, role: "CONSULTANT" }),
        changeMemberRole(second, { assessmentId, memberId: self.id, role: "CONSULTANT" }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(await db.member.count({ where: { assessmentId, role: "COORDINATOR" } })).toBe(1);
    }
  });
});
