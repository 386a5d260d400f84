// Reads for the questionnaire: which indicators a member sees, and one indicator with its answer.
import "server-only";
import { db } from "@/lib/db";
import type { AuthorizedContext } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";

/** Focal points see the indicators their ministry leads or contributes to; everyone else who may read sees all. */
function visibleTo(ctx: AuthorizedContext): Prisma.AssignmentWhereInput | undefined {
  const ministryId = ctx.membership?.role === "FOCAL_POINT" ? ctx.membership.ministryId : null;
  if (!ministryId) return undefined;
  return { OR: [{ leadMinistryId: ministryId }, { contributors: { some: { ministryId } } }] };
}

export async function getQuestionnaire(ctx: AuthorizedContext) {
  const scope = await inScopeIndicatorWhere(db, ctx.assessmentId);
  const assignmentFilter = visibleTo(ctx);
  const indicators = await db.indicator.findMany({
    where: { AND: [scope, assignmentFilter ? { assignments: { some: { assessmentId: ctx.assessmentId, ...assignmentFilter } } } : {}] },
    orderBy: [{ position: "asc" }],
    select: {
      id: true,
      code: true,
      question: true,
      subdomain: { select: { code: true, title: true, position: true, domain: { select: { code: true, title: true, position: true } } } },
      module: { select: { code: true, title: true } },
      assignments: { where: { assessmentId: ctx.assessmentId }, select: { leadMinistryId: true, leadMinistry: { select: { name: true } } } },
      answers: { where: { assessmentId: ctx.assessmentId }, select: { state: true } },
    },
  });
  const rows = indicators.map((indicator) => ({
    code: indicator.code,
    question: indicator.question,
    group: indicator.subdomain
      ? { key: indicator.subdomain.code, title: `${indicator.subdomain.code} ${indicator.subdomain.title}`, domain: `${indicator.subdomain.domain.code} ${indicator.subdomain.domain.title}`, order: indicator.subdomain.domain.position * 100 + indicator.subdomain.position }
      : { key: indicator.module!.code, title: indicator.module!.title, domain: indicator.module!.title, order: 10_000 },
    lead: indicator.assignments[0]?.leadMinistry?.name ?? null,
    isLead: !!ctx.membership?.ministryId && indicator.assignments[0]?.leadMinistryId === ctx.membership.ministryId,
    state: indicator.answers[0]?.state ?? "NOT_STARTED",
  }));
  return rows.sort((a, b) => a.group.order - b.group.order);
}
export type QuestionnaireRow = Awaited<ReturnType<typeof getQuestionnaire>>[number];

export async function getIndicatorForAnswer(assessmentId: string, code: string) {
  const scope = await inScopeIndicatorWhere(db, assessmentId);
  return db.indicator.findFirst({
    where: { AND: [scope, { code }] },
    select: {
      id: true,
      code: true,
      question: true,
      guidance: true,
      answerType: true,
      choices: true,
      evidenceRequired: true,
      subdomain: { select: { code: true, title: true } },
      module: { select: { title: true } },
      assignments: { where: { assessmentId }, select: { leadMinistry: { select: { name: true } }, contributors: { select: { ministry: { select: { name: true } } } } } },
    },
  });
}

export async function getAnswerWithSources(assessmentId: string, indicatorId: string) {
  return db.answer.findUnique({
    where: { assessmentId_indicatorId: { assessmentId, indicatorId } },
    select: {
      id: true,
      version: true,
      state: true,
      value: true,
      explanation: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      sources: { select: { source: { select: { id: true, issuer: true, year: true, title: true, kind: true, number: true, url: true, notOnline: true, _count: { select: { documents: true } } } } } },
    },
  });
}

export async function getRevisions(answerId: string) {
  return db.answerRevision.findMany({
    where: { answerId },
    orderBy: { version: "desc" },
    select: { version: true, state: true, value: true, explanation: true, sourceIds: true, createdAt: true, author: { select: { name: true } } },
  });
}
