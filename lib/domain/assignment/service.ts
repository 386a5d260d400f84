// Assigning in-scope indicators to a lead ministry (and contributing ministries): one, a sub-domain or a domain at once.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError } from "@/lib/domain/errors";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import type { ZAssign } from "@/lib/domain/assessment/schema";

export async function assignIndicators(user: CurrentUser, input: z.output<typeof ZAssign>): Promise<{ count: number }> {
  const access = await assertCan(user, "assessment.manage", input.assessmentId);
  if (!access.can("assignment.set")) throw new DomainError("assignment.phaseClosed");

  const contributorIds = [...new Set(input.contributorIds)].filter((id) => id !== input.leadMinistryId);
  const ministries = await db.ministry.count({ where: { assessmentId: input.assessmentId, id: { in: [input.leadMinistryId, ...contributorIds] } } });
  if (ministries !== contributorIds.length + 1) throw new DomainError("assignment.leadRequired", { field: "leadMinistryId" });

  const scope = inScopeIndicatorWhere(access.assessment);
  const byScope = {
    indicator: { code: input.code },
    subdomain: { subdomain: { code: input.code } },
    domain: { subdomain: { domain: { code: input.code } } },
    module: { module: { code: input.code } },
  }[input.scope];
  const indicators = await db.indicator.findMany({ where: { AND: [scope, byScope] }, select: { id: true, code: true } });
  if (indicators.length === 0) throw new DomainError("assignment.nothingInScope", { field: "code" });
  const indicatorIds = indicators.map((indicator) => indicator.id);

  await db.$transaction(async (tx) => {
    const before = await tx.assignment.findMany({
      where: { assessmentId: input.assessmentId, indicatorId: { in: indicatorIds } },
      select: { id: true, indicator: { select: { code: true } }, leadMinistryId: true, contributors: { select: { ministryId: true } } },
    });
    await tx.assignment.deleteMany({ where: { id: { in: before.map((row) => row.id) } } });
    await tx.assignment.createMany({
      data: indicatorIds.map((indicatorId) => ({ assessmentId: input.assessmentId, indicatorId, leadMinistryId: input.leadMinistryId })),
    });
    if (contributorIds.length) {
      const created = await tx.assignment.findMany({ where: { assessmentId: input.assessmentId, indicatorId: { in: indicatorIds } }, select: { id: true } });
      await tx.assignmentContributor.createMany({ data: created.flatMap((row) => contributorIds.map((ministryId) => ({ assignmentId: row.id, ministryId }))) });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "assignment.set",
      objectType: input.scope,
      objectId: input.code,
      assessmentId: input.assessmentId,
      before: before.map((row) => ({ code: row.indicator.code, lead: row.leadMinistryId, contributors: row.contributors.map((c) => c.ministryId) })),
      after: { codes: indicators.map((indicator) => indicator.code), lead: input.leadMinistryId, contributors: contributorIds },
    });
  });
  return { count: indicators.length };
}
