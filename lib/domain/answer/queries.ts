// Reads of the collection screens: the questionnaire, one indicator with its answer, its neighbours and its
// history. Each is one query whatever the size of the framework (flat SQL where the rows are many, Prisma's
// joined reads where they are few); the access check before them has loaded the assessment and membership.
import "server-only";
import { db } from "@/lib/db";
import { answerFacts, type Access } from "@/lib/auth/authorize";
import { ministryScope } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerState, AnswerType } from "@/lib/generated/prisma/enums";
import { FRAMEWORK_ORDER, indicatorsSql, inScopeIndicatorWhere, inScopeSql } from "@/lib/domain/assessment/scope";

type QuestionnaireSqlRow = {
  id: string;
  code: string;
  question: string;
  answerType: AnswerType;
  choices: unknown;
  evidenceRequired: boolean;
  subdomainCode: string | null;
  subdomainTitle: string | null;
  domainCode: string | null;
  domainTitle: string | null;
  moduleCode: string | null;
  moduleTitle: string | null;
  leadMinistryId: string | null;
  leadName: string | null;
  contributorIds: string[] | null;
  answerId: string | null;
  state: AnswerState | null;
  version: number | null;
  reopened: boolean | null;
  value?: string | null;
  explanation?: string | null;
  sourceIds?: string[] | null;
};

/**
 * The questionnaire: every indicator the member sees, in the framework's order, with what submission needs.
 * One flat query (a row per indicator, lists as arrays): the page most members live on is the one whose read
 * PostgreSQL should do least work for. `content: false` leaves out the answers' texts and sources (a reader
 * who cannot submit sees only states: every explanation would cross the wire and be parsed for nothing).
 */
export async function getQuestionnaire(access: Access, { content = true }: { content?: boolean } = {}) {
  const ministryId = ministryScope(access.actor)?.ministryId ?? null;
  const contentColumns = content ? Prisma.sql`, a.value, a.explanation, cited.ids AS "sourceIds"` : Prisma.empty;
  const citedJoin = content
    ? Prisma.sql`LEFT JOIN (
      SELECT x."answerId", array_agg(x."sourceId"::text) AS ids
      FROM "AnswerSource" x JOIN "Answer" xa ON xa.id = x."answerId" AND xa."assessmentId" = ${access.assessment.id}::uuid
      GROUP BY x."answerId"
    ) cited ON cited."answerId" = a.id`
    : Prisma.empty;
  const rows = await db.$queryRaw<QuestionnaireSqlRow[]>`
    SELECT i.id::text, i.code, i.question, i."answerType"::text AS "answerType", i.choices, i."evidenceRequired",
           s.code AS "subdomainCode", s.title AS "subdomainTitle", d.code AS "domainCode", d.title AS "domainTitle",
           m.code AS "moduleCode", m.title AS "moduleTitle",
           asg."leadMinistryId"::text AS "leadMinistryId", lead.name AS "leadName",
           contributors.ids AS "contributorIds",
           a.id::text AS "answerId", a.state::text AS state, a.version, a.reopened ${contentColumns}
    FROM ${indicatorsSql(access.assessment.id)}
    -- The lists grouped once for the whole assessment, not looked up again for every row.
    LEFT JOIN (
      SELECT c."assignmentId", array_agg(c."ministryId"::text) AS ids
      FROM "AssignmentContributor" c JOIN "Assignment" ca ON ca.id = c."assignmentId" AND ca."assessmentId" = ${access.assessment.id}::uuid
      GROUP BY c."assignmentId"
    ) contributors ON contributors."assignmentId" = asg.id
    ${citedJoin}
    WHERE ${inScopeSql(access.assessment)}
      AND (${ministryId}::uuid IS NULL OR asg."leadMinistryId" = ${ministryId}::uuid
           OR EXISTS (SELECT 1 FROM "AssignmentContributor" c WHERE c."assignmentId" = asg.id AND c."ministryId" = ${ministryId}::uuid))
    ORDER BY ${FRAMEWORK_ORDER}`;
  return rows.map((row) => {
    const assignment = row.leadMinistryId
      ? { leadMinistryId: row.leadMinistryId, contributors: (row.contributorIds ?? []).map((ministryId) => ({ ministryId })) }
      : undefined;
    const answer = row.answerId ? { state: row.state!, reopened: row.reopened! } : undefined;
    return {
      indicator: { id: row.id, code: row.code, answerType: row.answerType, choices: row.choices, evidenceRequired: row.evidenceRequired },
      question: row.question,
      group: row.subdomainCode
        ? {
            key: row.subdomainCode,
            title: `${row.subdomainCode} ${row.subdomainTitle}`,
            domainKey: row.domainCode!,
            domain: `${row.domainCode} ${row.domainTitle}`,
          }
        : { key: row.moduleCode!, title: row.moduleTitle!, domainKey: row.moduleCode!, domain: row.moduleTitle! },
      lead: row.leadName,
      isLead: !!access.membership?.ministryId && row.leadMinistryId === access.membership.ministryId,
      answerId: row.answerId,
      version: row.version ?? 0,
      facts: answerFacts(assignment, answer),
      content: content && row.answerId ? { value: row.value ?? null, explanation: row.explanation ?? "", sourceIds: row.sourceIds ?? [] } : null,
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
        select: {
          leadMinistryId: true,
          leadMinistry: { select: { name: true } },
          contributors: { select: { ministryId: true, ministry: { select: { name: true } } } },
        },
      },
      answers: {
        where: { assessmentId },
        select: {
          id: true,
          version: true,
          state: true,
          reopened: true,
          carriedFromYear: true,
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
              quoteText: true,
              quoteStart: true,
              quoteEnd: true,
              comments: {
                orderBy: [{ createdAt: "asc" }, { id: "asc" }],
                select: { id: true, body: true, createdAt: true, editedAt: true, authorId: true, author: { select: { name: true } } },
              },
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

/**
 * The indicators before and after `code` in the framework's order, within what the member may answer
 * (a focal point: the indicators their ministry leads) or, for readers, all of the assessment's.
 */
export async function getNeighbours(access: Access, code: string) {
  const ministryId = ministryScope(access.actor)?.ministryId ?? null;
  const [row] = await db.$queryRaw<{ previous: string | null; next: string | null }[]>`
    SELECT previous, next FROM (
      SELECT i.code, lag(i.code) OVER ordered AS previous, lead(i.code) OVER ordered AS next
      FROM ${indicatorsSql(access.assessment.id)}
      WHERE ${inScopeSql(access.assessment)}
        AND (${ministryId}::uuid IS NULL OR asg."leadMinistryId" = ${ministryId}::uuid)
      WINDOW ordered AS (ORDER BY ${FRAMEWORK_ORDER})
    ) walk
    WHERE walk.code = ${code}`;
  return { previous: row?.previous ?? null, next: row?.next ?? null };
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
  return {
    id: indicator.id,
    code: indicator.code,
    question: indicator.question,
    answerId: indicator.answers[0]?.id ?? null,
    facts: answerFacts(indicator.assignments[0], indicator.answers[0]),
  };
}

export const HISTORY_PAGE_SIZE = 20;

type RevisionSqlRow = {
  version: number;
  event: string;
  state: AnswerState;
  value: string | null;
  explanation: string;
  createdAt: Date;
  authorName: string;
  total: bigint;
};

/**
 * One page of an answer's revisions, newest first, each with the one before it (for the diff). Every autosave is
 * a revision, so an answer may have hundreds: the page and the total come from one query (a window count), the
 * source corrections falling between the page's revisions from a second one, whatever the number of revisions.
 */
export async function getAnswerHistory(answerId: string, page: number) {
  const skip = (page - 1) * HISTORY_PAGE_SIZE;
  // One more than the page shows: the revision before the page's last, to diff against.
  const rows = await db.$queryRaw<RevisionSqlRow[]>`
    SELECT r.version, r.event, r.state::text AS state, r.value, r.explanation, r."createdAt", u.name AS "authorName", count(*) OVER () AS total
    FROM "AnswerRevision" r JOIN "User" u ON u.id = r."authorId"
    WHERE r."answerId" = ${answerId}::uuid
    ORDER BY r.version DESC
    OFFSET ${skip} LIMIT ${HISTORY_PAGE_SIZE + 1}`;
  const revisions = rows.map((row) => ({ ...row, total: undefined, author: { name: row.authorName } }));
  const total = Number(rows[0]?.total ?? 0);
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
  return {
    revisions: shown.map((revision, index) => ({ ...revision, previous: revisions[index + 1] ?? null })),
    corrections,
    total,
    pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
  };
}
