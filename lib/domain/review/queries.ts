// Reads of the review: the queue of answers waiting for a reviewer or the ministry, and what a reviewer sees
// beside one answer (the next one to review, the last reviewed revision, the previous assessment's approved
// answer). One flat query each, whatever the framework's size.
import "server-only";
import { db } from "@/lib/db";
import { answerFacts, type Access } from "@/lib/auth/authorize";
import { ministryScope } from "@/lib/auth/policy";
import { FRAMEWORK_ORDER, indicatorsSql, inScopeSql } from "@/lib/domain/assessment/scope";
import { REVIEW_QUEUE_STATES, statesAllowing } from "@/lib/domain/answer/workflow";
import type { AnswerState } from "@/lib/generated/prisma/enums";

/** The events whose revision a reviewer has looked at: the diff starts from the last of them. */
const REVIEW_EVENTS = ["approve", "request_changes", "reopen"];

export type ReviewFilters = { domain?: string; ministry?: string; state?: string };

type QueueSqlRow = {
  indicatorId: string;
  code: string;
  question: string;
  domainKey: string;
  domainTitle: string;
  leadMinistryId: string | null;
  leadName: string | null;
  state: AnswerState;
  version: number;
  submittedAt: Date | null;
  carriedFromYear: number | null;
  openThreads: number;
};

/**
 * The review queue: every in-scope answer that is submitted, sent back or approved, in that order and then
 * in the framework's, with its open threads counted (internal ones only for those who may read them). The
 * counts by state follow the domain and ministry filters; the list follows the state filter too.
 */
export async function getReviewQueue(access: Access, filters: ReviewFilters) {
  const internal = access.can("comment.internal.read");
  const rows = await db.$queryRaw<QueueSqlRow[]>`
    SELECT i.id::text AS "indicatorId", i.code, i.question,
           coalesce(d.code, m.code) AS "domainKey", coalesce(d.code || ' ' || d.title, m.title) AS "domainTitle",
           asg."leadMinistryId"::text AS "leadMinistryId", lead.name AS "leadName",
           a.state::text AS state, a.version, a."submittedAt", a."carriedFromYear",
           (SELECT count(*)::int FROM "CommentThread" t
             WHERE t."answerId" = a.id AND t.status = 'OPEN' AND (t.visibility = 'SHARED' OR ${internal})) AS "openThreads"
    FROM ${indicatorsSql(access.assessment.id)}
    WHERE ${inScopeSql(access.assessment)} AND a.state::text = ANY(${REVIEW_QUEUE_STATES}::text[])
    ORDER BY array_position(${REVIEW_QUEUE_STATES}::text[], a.state::text), ${FRAMEWORK_ORDER}`;

  const domains = new Map<string, string>();
  const ministries = new Map<string, string>();
  for (const row of rows) {
    domains.set(row.domainKey, row.domainTitle);
    if (row.leadMinistryId) ministries.set(row.leadMinistryId, row.leadName ?? "");
  }
  const inView = rows.filter((row) => (!filters.domain || row.domainKey === filters.domain) && (!filters.ministry || row.leadMinistryId === filters.ministry));
  const counts = Object.fromEntries(REVIEW_QUEUE_STATES.map((state) => [state, inView.filter((row) => row.state === state).length])) as Record<
    AnswerState,
    number
  >;
  return {
    rows: inView.filter((row) => !filters.state || row.state === filters.state),
    counts,
    domains: [...domains].map(([key, title]) => ({ key, title })),
    ministries: [...ministries].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
export type ReviewQueueRow = Awaited<ReturnType<typeof getReviewQueue>>["rows"][number];

type ContextSqlRow = {
  previousCode: string | null;
  nextInOrder: string | null;
  nextCode: string | null;
  reviewedVersion: number | null;
  reviewedEvent: string | null;
  reviewedValue: string | null;
  reviewedExplanation: string | null;
  reviewedSources: string[] | null;
  reviewedAt: Date | null;
  reviewer: string | null;
  previousYear: number | null;
  previousValue: string | null;
  previousExplanation: string | null;
  previousSources: string[] | null;
};

/**
 * Beside one answer, for a reviewer: the pager's neighbours (as `getNeighbours` walks them), the next answer
 * waiting for review after this one in the queue's order (within the queue's domain and ministry filters,
 * wrapping round, never this one), the last revision a reviewer acted on, and — for a follow-up — the previous
 * assessment's approved answer to the same indicator. One statement: the walk through the framework is shared.
 */
export async function getReviewContext(access: Access, target: { code: string; answerId: string | null }, filters: ReviewFilters = {}) {
  const assessmentId = access.assessment.id;
  const ministryId = ministryScope(access.actor)?.ministryId ?? null;
  const waiting = statesAllowing("approve");
  const [row] = await db.$queryRaw<ContextSqlRow[]>`
    WITH walk AS (
      SELECT i.code, a.state::text AS state, coalesce(d.code, m.code) AS "domainKey", asg."leadMinistryId"::text AS "leadMinistryId",
             (${ministryId}::uuid IS NULL OR asg."leadMinistryId" = ${ministryId}::uuid) AS mine,
             row_number() OVER (ORDER BY ${FRAMEWORK_ORDER}) AS n
      FROM ${indicatorsSql(assessmentId)}
      WHERE ${inScopeSql(access.assessment)}
    ), here AS (
      SELECT coalesce(max(n), 0) AS n, coalesce(bool_or(mine), false) AS mine FROM walk WHERE code = ${target.code}
    ), pager AS (
      -- Only through what the member may answer, and only from an indicator among them.
      SELECT (SELECT w.code FROM walk w WHERE here.mine AND w.mine AND w.n < here.n ORDER BY w.n DESC LIMIT 1) AS previous,
             (SELECT w.code FROM walk w WHERE here.mine AND w.mine AND w.n > here.n ORDER BY w.n LIMIT 1) AS next
      FROM here
    ), next AS (
      SELECT walk.code FROM walk, here
      WHERE walk.state = ANY(${waiting}::text[]) AND walk.code <> ${target.code}
        AND (${filters.domain ?? null}::text IS NULL OR walk."domainKey" = ${filters.domain ?? null}::text)
        AND (${filters.ministry ?? null}::text IS NULL OR walk."leadMinistryId" = ${filters.ministry ?? null}::text)
      ORDER BY (walk.n < here.n), walk.n LIMIT 1
    ), reviewed AS (
      SELECT r.version, r.event, r.value, r.explanation, r."createdAt", u.name,
             (SELECT array_agg(s.title ORDER BY s.title) FROM "Source" s WHERE s.id::text = ANY(r."sourceIds")) AS sources
      FROM "AnswerRevision" r JOIN "User" u ON u.id = r."authorId"
      WHERE r."answerId" = ${target.answerId}::uuid AND r.event = ANY(${REVIEW_EVENTS}::text[])
      ORDER BY r.version DESC LIMIT 1
    ), previous AS (
      SELECT p.year, pa.value, pa.explanation,
             (SELECT array_agg(s.title ORDER BY s.title) FROM "AnswerSource" x JOIN "Source" s ON s.id = x."sourceId" WHERE x."answerId" = pa.id) AS sources
      FROM "Assessment" cur
      JOIN "Assessment" p ON p.id = cur."previousId"
      JOIN "Indicator" pi ON pi."frameworkId" = p."frameworkId" AND pi.code = ${target.code}
      JOIN "Answer" pa ON pa."assessmentId" = p.id AND pa."indicatorId" = pi.id AND pa.state::text = ANY(${statesAllowing("reopen")}::text[])
      WHERE cur.id = ${assessmentId}::uuid
    )
    SELECT pager.previous AS "previousCode", pager.next AS "nextInOrder", (SELECT code FROM next) AS "nextCode",
           reviewed.version AS "reviewedVersion", reviewed.event AS "reviewedEvent", reviewed.value AS "reviewedValue",
           reviewed.explanation AS "reviewedExplanation", reviewed.sources AS "reviewedSources", reviewed."createdAt" AS "reviewedAt",
           reviewed.name AS reviewer,
           previous.year AS "previousYear", previous.value AS "previousValue", previous.explanation AS "previousExplanation",
           previous.sources AS "previousSources"
    FROM pager LEFT JOIN reviewed ON true LEFT JOIN previous ON true`;
  return {
    neighbours: { previous: row.previousCode, next: row.nextInOrder },
    nextCode: row.nextCode,
    reviewed:
      row.reviewedVersion === null
        ? null
        : {
            version: row.reviewedVersion,
            event: row.reviewedEvent!,
            value: row.reviewedValue,
            explanation: row.reviewedExplanation ?? "",
            sources: row.reviewedSources ?? [],
            at: row.reviewedAt!,
            by: row.reviewer ?? "—",
          },
    previous:
      row.previousYear === null
        ? null
        : { year: row.previousYear, value: row.previousValue, explanation: row.previousExplanation ?? "", sources: row.previousSources ?? [] },
  };
}
export type ReviewContext = Awaited<ReturnType<typeof getReviewContext>>;

/** Reads the queue's filters from a page's search parameters (anything unexpected is ignored). */
export function reviewFilters(params: Record<string, string | string[] | undefined>): ReviewFilters {
  const one = (value: string | string[] | undefined) => (typeof value === "string" && value.length > 0 && value.length < 100 ? value : undefined);
  const state = one(params.state);
  return { domain: one(params.domain), ministry: one(params.ministry), state: state && REVIEW_QUEUE_STATES.includes(state as AnswerState) ? state : undefined };
}

/** Whether the reader reviews answers here at all: for an in-scope answer only the role and the phase decide. */
export const reviewsHere = (access: Access) => access.can("answer.review", { answer: answerFacts(undefined, undefined) });
