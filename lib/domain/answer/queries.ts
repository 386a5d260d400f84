// Reads of the collection screens: the questionnaire, one indicator with its answer, its neighbours and its
// history. Each is one query (relations joined in SQL), whatever the size of the framework; the access
// check before them has loaded the assessment and the membership.
import "server-only";
import { db } from "@/lib/db";
import { answerFacts, type Access } from "@/lib/auth/authorize";
import { ministryScope } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { byFrameworkOrder } from "@/lib/domain/framework/order";
import { CITING_SELECT, sourceFacts } from "@/lib/domain/source/facts";

const PLACE = {
  position: true,
  subdomain: { select: { code: true, title: true, position: true, domain: { select: { code: true, title: true, position: true } } } },
  module: { select: { code: true, title: true, position: true } },
} as const;

/** Indicators of the assessment's scope that this member's lists show: a focal point's ministry's, or all. */
function visibleWhere(access: Access, role: "leads" | "leadsOrContributes"): Prisma.IndicatorWhereInput {
  const scope = ministryScope(access.actor);
  const assessmentId = access.assessment.id;
  const inScope = inScopeIndicatorWhere(access.assessment);
  if (!scope) return inScope;
  const { ministryId } = scope;
  const ministry: Prisma.AssignmentWhereInput =
    role === "leads" ? { leadMinistryId: ministryId } : { OR: [{ leadMinistryId: ministryId }, { contributors: { some: { ministryId } } }] };
  return { AND: [inScope, { assignments: { some: { assessmentId, ...ministry } } }] };
}

/** The questionnaire: every indicator the member sees, in the framework's order, with what submission needs. */
export async function getQuestionnaire(access: Access) {
  const assessmentId = access.assessment.id;
  const indicators = await db.indicator.findMany({
    where: visibleWhere(access, "leadsOrContributes"),
    select: {
      id: true,
      code: true,
      question: true,
      answerType: true,
      choices: true,
      evidenceRequired: true,
      ...PLACE,
      assignments: { where: { assessmentId }, select: { leadMinistryId: true, leadMinistry: { select: { name: true } }, contributors: { select: { ministryId: true } } } },
      answers: { where: { assessmentId }, select: { id: true, state: true, version: true, reopened: true, value: true, explanation: true, sources: { select: { sourceId: true } } } },
    },
  });
  return indicators.sort(byFrameworkOrder).map((indicator) => {
    const assignment = indicator.assignments[0];
    const answer = indicator.answers[0];
    return {
      indicator: { id: indicator.id, code: indicator.code, answerType: indicator.answerType, choices: indicator.choices, evidenceRequired: indicator.evidenceRequired },
      question: indicator.question,
      group: indicator.subdomain
        ? { key: indicator.subdomain.code, title: `${indicator.subdomain.code} ${indicator.subdomain.title}`, domain: `${indicator.subdomain.domain.code} ${indicator.subdomain.domain.title}` }
        : { key: indicator.module!.code, title: indicator.module!.title, domain: indicator.module!.title },
      lead: assignment?.leadMinistry.name ?? null,
      isLead: !!access.membership?.ministryId && assignment?.leadMinistryId === access.membership.ministryId,
      answerId: answer?.id ?? null,
      version: answer?.version ?? 0,
      facts: answerFacts(assignment, answer),
      content: answer ? { value: answer.value, explanation: answer.explanation, sourceIds: answer.sources.map((row) => row.sourceId) } : null,
    };
  });
}
export type QuestionnaireRow = Awaited<ReturnType<typeof getQuestionnaire>>[number];

export const SOURCE_FIELDS = { id: true, issuer: true, year: true, title: true, kind: true, number: true, url: true, notOnline: true } as const;

/**
 * One indicator by code with its assignment, answer, sources and the comment threads the member may read
 * (internal ones only for those who may read them). Null when the code is not in the assessment's scope.
 */
export async function getAnswerPage(access: Access, code: string) {
  const assessmentId = access.assessment.id;
  const visibilities: ("SHARED" | "INTERNAL")[] = access.can("comment.internal.read") ? ["SHARED", "INTERNAL"] : ["SHARED"];
  const indicator = await db.indicator.findFirst({
    where: { AND: [inScopeIndicatorWhere(access.assessment), { code }] },
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
      assignments: {
        where: { assessmentId },
        select: { leadMinistryId: true, leadMinistry: { select: { name: true } }, contributors: { select: { ministryId: true, ministry: { select: { name: true } } } } },
      },
      answers: {
        where: { assessmentId },
        select: {
          id: true,
          version: true,
          state: true,
          reopened: true,
          value: true,
          explanation: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
          sources: { select: { source: { select: { ...SOURCE_FIELDS, _count: { select: { documents: true } } } } } },
          commentThreads: {
            where: { visibility: { in: visibilities } },
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              visibility: true,
              status: true,
              createdById: true,
              comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!indicator) return null;
  const { assignments, answers, ...rest } = indicator;
  const answer = answers[0] ?? null;
  const facts = answerFacts(assignments[0], answer ?? undefined);
  const threads = (answer?.commentThreads ?? []).filter((thread) => thread.visibility === "INTERNAL" || access.can("comment.shared.read", { answer: facts }));
  return { indicator: rest, assignment: assignments[0] ?? null, answer, facts, threads };
}
export type AnswerPageThread = NonNullable<Awaited<ReturnType<typeof getAnswerPage>>>["threads"][number];

/** Every source of the assessment, for citing one in the answer editor, with whether the member may attach a copy. */
export async function listSourcesForPicker(access: Access) {
  const sources = await db.source.findMany({
    where: { assessmentId: access.assessment.id },
    orderBy: { title: "asc" },
    select: { ...SOURCE_FIELDS, _count: { select: { documents: true } }, ...CITING_SELECT },
  });
  return sources.map(({ _count, answers, ...source }) => ({ ...source, hasDocument: _count.documents > 0, canAttach: access.can("document.attach", { source: sourceFacts({ answers }) }) }));
}

/**
 * The indicators before and after `code` in the framework's order, within what the member may answer
 * (a focal point: the indicators their ministry leads) or, for readers, all of the assessment's.
 */
export async function getNeighbours(access: Access, code: string) {
  const indicators = await db.indicator.findMany({ where: visibleWhere(access, "leads"), select: { code: true, ...PLACE } });
  const codes = indicators.sort(byFrameworkOrder).map((indicator) => indicator.code);
  const index = codes.indexOf(code);
  if (index < 0) return { previous: null, next: null };
  return { previous: codes[index - 1] ?? null, next: codes[index + 1] ?? null };
}

/** An indicator by code with the facts the policy needs about its answer, for the history page. */
export async function getIndicatorFacts(access: Access, code: string) {
  const assessmentId = access.assessment.id;
  const indicator = await db.indicator.findFirst({
    where: { AND: [inScopeIndicatorWhere(access.assessment), { code }] },
    select: {
      id: true,
      code: true,
      question: true,
      assignments: { where: { assessmentId }, select: { leadMinistryId: true, contributors: { select: { ministryId: true } } } },
      answers: { where: { assessmentId }, select: { id: true, state: true, reopened: true } },
    },
  });
  if (!indicator) return null;
  return { id: indicator.id, code: indicator.code, question: indicator.question, answerId: indicator.answers[0]?.id ?? null, facts: answerFacts(indicator.assignments[0], indicator.answers[0]) };
}

export const HISTORY_PAGE_SIZE = 20;

/** One page of an answer's revisions, newest first, each with the one before it (for the diff). */
export async function getAnswerHistory(answerId: string, page: number) {
  const skip = (page - 1) * HISTORY_PAGE_SIZE;
  // One more than the page shows: the revision before the page's last, to diff against.
  const [revisions, total] = await Promise.all([
    db.answerRevision.findMany({
      where: { answerId },
      orderBy: { version: "desc" },
      skip,
      take: HISTORY_PAGE_SIZE + 1,
      select: { version: true, event: true, state: true, value: true, explanation: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.answerRevision.count({ where: { answerId } }),
  ]);
  const shown = revisions.slice(0, HISTORY_PAGE_SIZE);
  // Source corrections recorded on this answer that fall between the page's revisions (the first page takes
  // the newest ones, the last page the oldest ones).
  const lastPage = skip + shown.length >= total;
  const at: Prisma.DateTimeFilter = {
    ...(lastPage || !shown.length ? {} : { gte: shown.at(-1)!.createdAt }),
    ...(page === 1 || !shown.length ? {} : { lte: shown[0].createdAt }),
  };
  const corrections = await db.auditEvent.findMany({
    where: { objectType: "answer", objectId: answerId, action: "answer.source_corrected", at },
    orderBy: { at: "desc" },
    select: { id: true, at: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return { revisions: shown.map((revision, index) => ({ ...revision, previous: revisions[index + 1] ?? null })), corrections, total, pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}
