// Who takes part in an assessment: invitations (single-use, expiring links), accepting them,
// changing roles and removing members. Every change is audited. Closing an invitation removes its link from
// the outbox in the same transaction (lib/mail/outbox.ts).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/authorize";
import { MANAGER_ROLE, roleNeedsMinistry } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { ZAcceptInvitation, ZChangeRole, ZInviteMember } from "@/lib/domain/assessment/schema";
import { assessmentName } from "@/lib/domain/assessment/labels";
import { DEFAULT_LOCALE, isLocale, translatorFor } from "@/lib/i18n";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { clearClosedInvitationLinks, deliverMail, queueMail } from "@/lib/mail/outbox";

export const INVITATION_DAYS = 14;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A focal point belongs to one ministry of this assessment; other roles to none. */
async function checkMinistry(tx: Tx, assessmentId: string, role: MemberRole, ministryId: string | undefined) {
  if (!roleNeedsMinistry(role)) return null;
  const ministry = ministryId ? await tx.ministry.findFirst({ where: { id: ministryId, assessmentId }, select: { id: true } }) : null;
  if (!ministry) throw new DomainError("member.ministryRequired", { field: "ministryId" });
  return ministry.id;
}

export async function inviteMember(user: CurrentUser, input: z.output<typeof ZInviteMember>, origin: string) {
  await assertCan(user, "assessment.manage", input.assessmentId);
  const token = randomBytes(32).toString("base64url");
  const { invitationId, mailId } = await db.$transaction(async (tx) => {
    const ministryId = await checkMinistry(tx, input.assessmentId, input.role, input.ministryId);
    const existing = await tx.member.findFirst({ where: { assessmentId: input.assessmentId, user: { email: input.email } }, select: { id: true } });
    if (existing) throw new DomainError("member.alreadyMember", { field: "email" });
    // A new invitation to the same address replaces the one still open.
    await tx.invitation.updateMany({
      where: { assessmentId: input.assessmentId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await clearClosedInvitationLinks(tx, input.assessmentId);
    const invitation = await tx.invitation.create({
      data: {
        assessmentId: input.assessmentId,
        email: input.email,
        role: input.role,
        ministryId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
        invitedById: user.id,
      },
      select: { id: true, assessment: { select: { country: true, year: true, level: true, city: true } }, ministry: { select: { name: true } } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.created",
      objectType: "invitation",
      objectId: invitation.id,
      assessmentId: input.assessmentId,
      after: { email: input.email, role: input.role, ministryId },
    });
    const recipient = await tx.user.findUnique({ where: { email: input.email }, select: { locale: true } });
    const wanted = recipient?.locale ?? user.locale;
    const locale = isLocale(wanted) ? wanted : DEFAULT_LOCALE;
    const t = translatorFor(locale);
    const link = `${origin}/invite/${token}`;
    const mailId = await queueMail(tx, {
      assessmentId: input.assessmentId,
      to: input.email,
      subject: t("mail.invitation.subject"),
      body: t("mail.invitation.body", {
        inviter: user.name,
        assessment: assessmentName(t, locale, invitation.assessment),
        role: invitation.ministry ? t("role.focalPointOf", { ministry: invitation.ministry.name }) : t(`role.${input.role}`),
        link,
        days: INVITATION_DAYS,
      }),
      locale,
      invitation: { id: invitation.id, link },
    });
    return { invitationId: invitation.id, mailId };
  });
  await deliverMail([mailId]);
  return { invitationId };
}

export async function revokeInvitation(user: CurrentUser, invitationId: string) {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, assessmentId: true, email: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) throw new NotFoundError("invitation");
  await assertCan(user, "assessment.manage", invitation.assessmentId);
  if (invitation.acceptedAt || invitation.revokedAt) throw new DomainError("invite.notOpen");
  await db.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await clearClosedInvitationLinks(tx, invitation.assessmentId);
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.revoked",
      objectType: "invitation",
      objectId: invitation.id,
      assessmentId: invitation.assessmentId,
      before: { email: invitation.email },
    });
  });
}

export type InvitationView =
  | { status: "invalid" }
  | {
      status: "open";
      email: string;
      role: MemberRole;
      ministry: string | null;
      assessmentId: string;
      userExists: boolean;
      assessment: { country: string; year: number; level: "NATIONAL" | "LOCAL"; city: string | null };
    };

/** What the invitation page shows; anything not usable (unknown, used, revoked, expired) is simply "invalid". */
export async function viewInvitation(token: string): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      assessmentId: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      ministry: { select: { name: true } },
      assessment: { select: { country: true, year: true, level: true, city: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) return { status: "invalid" };
  const userExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    status: "open",
    email: invitation.email,
    role: invitation.role,
    ministry: invitation.ministry?.name ?? null,
    assessmentId: invitation.assessmentId,
    userExists,
    assessment: invitation.assessment,
  };
}

/** Marks the invitation used and adds the member, in the caller's transaction; refuses a token used twice. */
async function consumeInvitation(tx: Tx, token: string, userId: string, email: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, assessmentId: true, email: true, role: true, ministryId: true, expiresAt: true },
  });
  if (!invitation || invitation.email !== email || invitation.expiresAt < new Date()) throw new DomainError("invite.invalid");
  const used = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: new Date() } });
  if (used.count !== 1) throw new DomainError("invite.invalid");
  await clearClosedInvitationLinks(tx, invitation.assessmentId);
  const existing = await tx.member.findUnique({ where: { assessmentId_userId: { assessmentId: invitation.assessmentId, userId } }, select: { id: true } });
  if (existing) throw new DomainError("member.alreadyMember");
  const member = await tx.member.create({
    data: { assessmentId: invitation.assessmentId, userId, role: invitation.role, ministryId: invitation.ministryId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: userId,
    action: "member.joined",
    objectType: "member",
    objectId: member.id,
    assessmentId: invitation.assessmentId,
    after: { userId, role: invitation.role, ministryId: invitation.ministryId, invitationId: invitation.id },
  });
  return { assessmentId: invitation.assessmentId };
}

/** A new person sets their name and password; the account and the membership are created together. */
export async function acceptInvitationAsNewUser(input: z.output<typeof ZAcceptInvitation>) {
  const view = await viewInvitation(input.token);
  if (view.status !== "open") throw new DomainError("invite.invalid");
  if (view.userExists) throw new DomainError("invite.signInInstead");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: view.email, name: input.name, passwordHash }, select: { id: true, email: true } });
    await recordAudit(tx, { actorId: user.id, action: "user.created", objectType: "user", objectId: user.id, after: { email: user.email, via: "invitation" } });
    const joined = await consumeInvitation(tx, input.token, user.id, user.email);
    return { ...joined, email: user.email };
  });
}

/** An existing user, signed in with the invited address, joins. */
export async function acceptInvitationAsUser(user: CurrentUser, token: string) {
  return db.$transaction((tx) => consumeInvitation(tx, token, user.id, user.email));
}

async function loadMember(memberId: string) {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { id: true, assessmentId: true, userId: true, role: true, ministryId: true } });
  if (!member) throw new NotFoundError("member");
  return member;
}

/**
 * Serializes the changes of one assessment's members (its row is locked until the transaction ends), then
 * re-reads, under the lock, the member to change and whether the actor still manages the assessment: two
 * coordinators demoting each other at the same moment cannot leave it with none.
 */
async function lockMembers(tx: Tx, user: CurrentUser, memberId: string, assessmentId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Assessment" WHERE id = ${assessmentId}::uuid FOR UPDATE`;
  const [member, actor] = await Promise.all([
    tx.member.findUnique({ where: { id: memberId }, select: { id: true, assessmentId: true, userId: true, role: true, ministryId: true } }),
    tx.member.findFirst({ where: { assessmentId, userId: user.id }, select: { role: true } }),
  ]);
  if (!member || member.assessmentId !== assessmentId) throw new NotFoundError("member");
  if (actor?.role !== MANAGER_ROLE) throw new ForbiddenError();
  return member;
}

/** An assessment always keeps at least one coordinator. */
async function assertAnotherCoordinator(tx: Tx, assessmentId: string, memberId: string) {
  const others = await tx.member.count({ where: { assessmentId, role: MANAGER_ROLE, id: { not: memberId } } });
  if (others === 0) throw new DomainError("member.lastCoordinator");
}

export async function changeMemberRole(user: CurrentUser, input: z.output<typeof ZChangeRole>) {
  const { assessmentId } = await loadMember(input.memberId);
  await assertCan(user, "assessment.manage", assessmentId);
  await db.$transaction(async (tx) => {
    const member = await lockMembers(tx, user, input.memberId, assessmentId);
    const ministryId = await checkMinistry(tx, assessmentId, input.role, input.ministryId);
    if (member.role === MANAGER_ROLE && input.role !== MANAGER_ROLE) await assertAnotherCoordinator(tx, assessmentId, member.id);
    await tx.member.update({ where: { id: member.id }, data: { role: input.role, ministryId } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "member.role_changed",
      objectType: "member",
      objectId: member.id,
      assessmentId,
      before: { role: member.role, ministryId: member.ministryId },
      after: { role: input.role, ministryId },
    });
  });
}

export async function removeMember(user: CurrentUser, memberId: string) {
  const { assessmentId } = await loadMember(memberId);
  await assertCan(user, "assessment.manage", assessmentId);
  await db.$transaction(async (tx) => {
    const member = await lockMembers(tx, user, memberId, assessmentId);
    if (member.role === MANAGER_ROLE) await assertAnotherCoordinator(tx, assessmentId, member.id);
    await tx.member.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "member.removed",
      objectType: "member",
      objectId: member.id,
      assessmentId,
      before: { userId: member.userId, role: member.role, ministryId: member.ministryId },
    });
  });
}
