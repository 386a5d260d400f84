// Reads of the activity feed: an assessment's audit events, newest first, filtered and a page at a time, with
// the names they mention resolved in the same query (one query per page, whatever the size of the log).
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ThreadVisibility, type MemberRole, type Phase } from "@/lib/generated/prisma/enums";
import { allKindPatterns, hiddenPatterns, kindPatterns, type ActivityEvent } from "./activity";
import type { ActivityFilters } from "./schema";

export const ACTIVITY_PAGE_SIZE = 50;
/** An export holds at most this many events; the page says so when the filters match more. */
export const ACTIVITY_EXPORT_LIMIT = 100_000;

type ActivitySqlRow = Omit<ActivityEvent, "role" | "fromPhase" | "toPhase" | "count"> & {
  role: string | null;
  fromPhase: string | null;
  toPhase: string | null;
  count: number | null;
  total: bigint;
};

/** Refuses (as the policy says: not found, or forbidden) a reader the policy does not let read the feed. */
function assertReads(access: Access) {
  const decision = access.decide("audit.read");
  if (decision === "not_found") throw new NotFoundError("assessment");
  if (decision !== "allow") throw new ForbiddenError();
}

/** A uuid held in text (an audit event's objectId or a JSON field), or NULL: never a failed cast. */
const uuidOf = (text: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${text} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${text})::uuid END)`;

function whereOf(access: Access, filters: ActivityFilters): Prisma.Sql {
  const kind = filters.kind;
  const only = kind && kind !== "other" ? kindPatterns(kind) : null;
  const unclaimed = kind === "other" ? allKindPatterns() : null;
  // Whoever may not read internal comments is not told of them either (today every reader of the feed may).
  const internalShown = access.can("comment.internal.read");
  return Prisma.sql`e."assessmentId" = ${access.assessment.id}::uuid
      AND NOT (e.action LIKE ANY (${hiddenPatterns()}::text[]))
      AND (${filters.person ?? null}::uuid IS NULL OR e."actorId" = ${filters.person ?? null}::uuid)
      AND (${filters.from ?? null}::date IS NULL OR e.at >= ${filters.from ?? null}::date)
      AND (${filters.to ?? null}::date IS NULL OR e.at < ${filters.to ?? null}::date + 1)
      AND (${only}::text[] IS NULL OR e.action LIKE ANY (${only}::text[]))
      AND (${unclaimed}::text[] IS NULL OR NOT (e.action LIKE ANY (${unclaimed}::text[])))
      AND (${internalShown} OR COALESCE(e.after->>'visibility', th.visibility::text, '') <> ${ThreadVisibility.INTERNAL})`;
}

/**
 * The events and the total they are part of. Only names are selected from the events' payloads (an indicator's
 * code, a person's or ministry's name, a source's title, a role, a phase): never a comment's body, an email
 * address or an IP address.
 */
async function readActivity(access: Access, filters: ActivityFilters, page: { offset: number; limit: number }) {
  const rows = await db.$queryRaw<ActivitySqlRow[]>`
    SELECT e.id::text AS id, e.at, e.action, e."actorId"::text AS "actorId", actor.name AS "actorName",
           COALESCE(answer_indicator.code, thread_indicator.code) AS "indicatorCode",
           (th."sectionId" IS NOT NULL) AS "onProfile",
           person.name AS "personName",
           COALESCE(e.after->>'title', e.before->>'title', e.after->>'name', e.before->>'name', lead.name) AS title,
           CASE WHEN e.after ? 'name' THEN e.before->>'name' END AS "previousTitle",
           COALESCE(e.after->>'role', e.before->>'role') AS role,
           ministry.name AS "ministryName",
           e.before->>'phase' AS "fromPhase", e.after->>'phase' AS "toPhase",
           CASE WHEN jsonb_typeof(e.after->'codes') = 'array' THEN jsonb_array_length(e.after->'codes') END AS count,
           count(*) OVER () AS total
    FROM "AuditEvent" e
    LEFT JOIN "User" actor ON actor.id = e."actorId"
    LEFT JOIN "Answer" answer ON e."objectType" = 'answer' AND answer.id = ${uuidOf(Prisma.sql`e."objectId"`)}
    LEFT JOIN "Indicator" answer_indicator ON answer_indicator.id = answer."indicatorId"
    LEFT JOIN "CommentThread" th
      ON th.id = ${uuidOf(Prisma.sql`COALESCE(CASE WHEN e."objectType" = 'thread' THEN e."objectId" END, e.after->>'threadId')`)}
    LEFT JOIN "Answer" thread_answer ON thread_answer.id = COALESCE(th."answerId", ${uuidOf(Prisma.sql`e.after->>'answerId'`)})
    LEFT JOIN "Indicator" thread_indicator ON thread_indicator.id = thread_answer."indicatorId"
    LEFT JOIN "Member" member ON e."objectType" = 'member' AND member.id = ${uuidOf(Prisma.sql`e."objectId"`)}
    LEFT JOIN "User" person
      ON person.id = COALESCE(${uuidOf(Prisma.sql`e.after->>'userId'`)}, ${uuidOf(Prisma.sql`e.before->>'userId'`)}, member."userId")
    LEFT JOIN "Ministry" ministry ON ministry.id = ${uuidOf(Prisma.sql`COALESCE(e.after->>'ministryId', e.before->>'ministryId')`)}
    LEFT JOIN "Ministry" lead ON lead.id = ${uuidOf(Prisma.sql`e.after->>'lead'`)}
    WHERE ${whereOf(access, filters)}
    ORDER BY e.at DESC, e.id DESC
    OFFSET ${page.offset} LIMIT ${page.limit}`;
  const events = rows.map((row): ActivityEvent => ({
    id: row.id,
    at: row.at,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actorName,
    indicatorCode: row.indicatorCode,
    onProfile: row.onProfile,
    personName: row.personName,
    title: row.title,
    previousTitle: row.previousTitle,
    role: row.role as MemberRole | null,
    ministryName: row.ministryName,
    fromPhase: row.fromPhase as Phase | null,
    toPhase: row.toPhase as Phase | null,
    count: row.count === null ? null : Number(row.count),
  }));
  return { events, total: Number(rows[0]?.total ?? 0) };
}

/** One page of the feed (1-based), newest first. */
export async function getActivityPage(access: Access, filters: ActivityFilters, page: number) {
  assertReads(access);
  const { events, total } = await readActivity(access, filters, { offset: (page - 1) * ACTIVITY_PAGE_SIZE, limit: ACTIVITY_PAGE_SIZE });
  return { events, total, pages: Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE)) };
}

/** Every event the filters match, newest first, up to the export limit. */
export async function getActivityForExport(access: Access, filters: ActivityFilters) {
  assertReads(access);
  return readActivity(access, filters, { offset: 0, limit: ACTIVITY_EXPORT_LIMIT });
}

/** The people who did something in the assessment's feed, for the person filter. */
export async function listActivityPeople(access: Access): Promise<{ id: string; name: string }[]> {
  assertReads(access);
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id::text AS id, u.name FROM "User" u
    WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."actorId" = u.id AND e."assessmentId" = ${access.assessment.id}::uuid
                  AND NOT (e.action LIKE ANY (${hiddenPatterns()}::text[])))
    ORDER BY u.name, u.id`;
}
