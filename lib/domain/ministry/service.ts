// The ministries and agencies of an assessment: add, rename, remove (not while they hold answers or people).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { STARTED_STATES } from "@/lib/domain/answer/workflow";
import type { ZAddMinistry, ZRemoveMinistry, ZRenameMinistry } from "@/lib/domain/assessment/schema";

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function loadMinistry(ministryId: string) {
  const ministry = await db.ministry.findUnique({ where: { id: ministryId }, select: { id: true, name: true, assessmentId: true } });
  if (!ministry) throw new NotFoundError("ministry");
  return ministry;
}

export async function addMinistry(user: CurrentUser, input: z.output<typeof ZAddMinistry>) {
  await assertCan(user, "assessment.manage", input.assessmentId);
  try {
    return await db.$transaction(async (tx) => {
      const ministry = await tx.ministry.create({ data: { assessmentId: input.assessmentId, name: input.name }, select: { id: true, name: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "ministry.added",
        objectType: "ministry",
        objectId: ministry.id,
        assessmentId: input.assessmentId,
        after: ministry,
      });
      return ministry;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("ministry.duplicate", { field: "name" });
    throw error;
  }
}

export async function renameMinistry(user: CurrentUser, input: z.output<typeof ZRenameMinistry>) {
  const ministry = await loadMinistry(input.ministryId);
  await assertCan(user, "assessment.manage", ministry.assessmentId);
  try {
    return await db.$transaction(async (tx) => {
      const renamed = await tx.ministry.update({ where: { id: ministry.id }, data: { name: input.name }, select: { id: true, name: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "ministry.renamed",
        objectType: "ministry",
        objectId: ministry.id,
        assessmentId: ministry.assessmentId,
        before: { name: ministry.name },
        after: { name: renamed.name },
      });
      return renamed;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("ministry.duplicate", { field: "name" });
    throw error;
  }
}

/** Refused while the ministry leads an indicator that has an answer, or has focal points or open invitations. */
export async function removeMinistry(user: CurrentUser, input: z.output<typeof ZRemoveMinistry>) {
  const ministry = await loadMinistry(input.ministryId);
  await assertCan(user, "assessment.manage", ministry.assessmentId);
  await db.$transaction(async (tx) => {
    const led = await tx.assignment.findMany({ where: { leadMinistryId: ministry.id }, select: { id: true, indicatorId: true } });
    const answered = await tx.answer.count({
      where: { assessmentId: ministry.assessmentId, indicatorId: { in: led.map((row) => row.indicatorId) }, state: { in: STARTED_STATES } },
    });
    if (answered > 0) throw new DomainError("ministry.holdsAnswers", { vars: { count: answered } });
    const people = await tx.member.count({ where: { ministryId: ministry.id } });
    const invited = await tx.invitation.count({ where: { ministryId: ministry.id, acceptedAt: null, revokedAt: null } });
    if (people + invited > 0) throw new DomainError("ministry.hasPeople");
    await tx.assignment.deleteMany({ where: { leadMinistryId: ministry.id } });
    await tx.ministry.delete({ where: { id: ministry.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "ministry.removed",
      objectType: "ministry",
      objectId: ministry.id,
      assessmentId: ministry.assessmentId,
      before: { name: ministry.name, leadAssignments: led.length },
    });
  });
}
