// The one function that changes an answer: its state (as the workflow table says), version, content,
// sources, the immutable revision and the audit event — all in one SQL statement, so the change is atomic
// without a transaction and costs one round trip. The update is conditional on the version and state the
// actor saw: of two racing requests only one can win; the other gets "stale". A follow-up's carried-forward
// answers are written here too, in bulk, as the same rows.
import "server-only";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db/client";
import { reopensToMinistry } from "@/lib/domain/assessment/workflow";
import type { Access, AnswerAccess } from "@/lib/auth/authorize";
import { inScopeSql } from "@/lib/domain/assessment/scope";
import { DomainError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { missingForSubmission } from "./values";
import { EVENT_RULES, refusal, statesAllowing, transitionAnswer, type AnswerEvent } from "./workflow";

export type AnswerContent = { value: string | null; explanation: string; sourceIds: string[] };
export type AppliedAnswer = { answerId: string; version: number; state: AnswerState; updatedAt: Date };
export type ApplyOutcome = { status: "applied"; answer: AppliedAnswer } | { status: "stale" };

/** Consecutive autosaves by one person are one editing run: audited once, each still a revision. */
const AUDIT_RUN_MINUTES = 30;

type Row = { answerId: string | null; version: number | null; state: AnswerState | null; updatedAt: Date | null; sourcesOk: boolean };

export async function applyAnswerEvent(change: {
  access: AnswerAccess;
  event: AnswerEvent;
  baseVersion: number;
  /** The new content, for a save. */
  content?: AnswerContent;
  /** The current content, for a move that needs a complete answer. */
  current?: AnswerContent;
  /** The transaction to write in, when the move travels with other rows (a reviewer's comment, mail). */
  client?: Db | Tx;
}): Promise<ApplyOutcome> {
  const { access, event, baseVersion } = change;
  const from = access.facts.state;
  if (baseVersion !== access.version) return { status: "stale" };
  // Only members reach this point: the policy grants no write to IOM staff who are not members.
  const move = transitionAnswer(from, event, access.membership!.role);
  if (!move.ok) throw new DomainError(refusal(from, event));
  const rule = EVENT_RULES[event];
  if (rule.needsComplete) {
    const current = change.current!;
    const missing = missingForSubmission(access.indicator, { value: current.value, explanation: current.explanation, sourceCount: current.sourceIds.length });
    if (missing.length) throw new DomainError(`answer.missing.${missing[0]}`);
  }

  const [row] = await (change.client ?? db).$queryRaw<Row[]>(
    change.content ? saveStatement(change.access, rule.audit, baseVersion, move.to, change.content) : moveStatement(change.access, event, baseVersion, move.to),
  );
  if (!row.sourcesOk) throw new DomainError("source.unknown", { field: "sourceIds" });
  if (!row.answerId) return { status: "stale" };
  return { status: "applied", answer: { answerId: row.answerId, version: row.version!, state: row.state!, updatedAt: row.updatedAt! } };
}

function flags(access: AnswerAccess, event: AnswerEvent) {
  const rule = EVENT_RULES[event];
  const reopened =
    rule.reopened === "clear"
      ? Prisma.sql`, reopened = false`
      : rule.reopened === "setAfterCollection" && reopensToMinistry(access.assessment.phase)
        ? Prisma.sql`, reopened = true`
        : Prisma.empty;
  return rule.clearsCarried ? Prisma.sql`${reopened}, "carriedFromYear" = NULL` : reopened;
}

const stamp = (value: "now" | "clear" | undefined, column: string) =>
  value === "now" ? Prisma.sql`, ${Prisma.raw(`"${column}"`)} = now()` : value === "clear" ? Prisma.sql`, ${Prisma.raw(`"${column}"`)} = NULL` : Prisma.empty;

function auditInsert(access: AnswerAccess, audit: string, baseVersion: number, from: AnswerState, onlyWhen: Prisma.Sql = Prisma.empty) {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", "assessmentId", before, after)
    SELECT ${access.user.id}::uuid, ${`answer.${audit}`}, 'answer', moved.id::text, ${access.assessment.id}::uuid,
           jsonb_build_object('version', ${baseVersion}::int, 'state', ${from}::text),
           jsonb_build_object('version', moved.version, 'state', moved.state::text)
    FROM moved ${onlyWhen}`;
}

/** A save: insert the answer or update it where it still has the version the actor saw; replace its sources. */
function saveStatement(access: AnswerAccess, audit: string, baseVersion: number, to: AnswerState, content: AnswerContent) {
  const { assessment, user, indicator } = access;
  const from = access.facts.state;
  const sourceIds = [...new Set(content.sourceIds)];
  return Prisma.sql`
    WITH valid AS (
      SELECT count(*) = cardinality(${sourceIds}::uuid[]) AS ok FROM "Source" WHERE id = ANY(${sourceIds}::uuid[]) AND "assessmentId" = ${assessment.id}::uuid
    ), moved AS (
      INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "updatedById", "updatedAt")
      SELECT gen_random_uuid(), ${assessment.id}::uuid, ${indicator.id}::uuid, ${to}::"AnswerState", ${content.value}, ${content.explanation}, ${baseVersion + 1}, ${user.id}::uuid, now()
      FROM valid WHERE valid.ok
      ON CONFLICT ("assessmentId", "indicatorId") DO UPDATE
        SET state = EXCLUDED.state, value = EXCLUDED.value, explanation = EXCLUDED.explanation, version = EXCLUDED.version,
            "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
        WHERE "Answer".version = ${baseVersion} AND "Answer".state = ${from}::"AnswerState"
      RETURNING id, version, state, value, explanation, "updatedAt"
    ), dropped AS (
      DELETE FROM "AnswerSource" cited USING moved WHERE cited."answerId" = moved.id AND cited."sourceId" <> ALL(${sourceIds}::uuid[])
    ), added AS (
      INSERT INTO "AnswerSource" ("answerId", "sourceId") SELECT moved.id, cited FROM moved, unnest(${sourceIds}::uuid[]) AS cited ON CONFLICT DO NOTHING
    ), revision AS (
      INSERT INTO "AnswerRevision" (id, "answerId", version, event, state, value, explanation, "sourceIds", "authorId")
      SELECT gen_random_uuid(), moved.id, moved.version, 'save', moved.state, moved.value, moved.explanation, ${sourceIds}::text[], ${user.id}::uuid FROM moved
    ), audit AS (${auditInsert(
      access,
      audit,
      baseVersion,
      from,
      Prisma.sql`WHERE NOT EXISTS (
        SELECT 1 FROM "AnswerRevision" previous
        WHERE previous."answerId" = moved.id AND previous.version = ${baseVersion} AND previous.event = 'save'
          AND previous."authorId" = ${user.id}::uuid AND previous."createdAt" > now() - ${`${AUDIT_RUN_MINUTES} minutes`}::interval)`,
    )})
    SELECT (SELECT ok FROM valid) AS "sourcesOk", moved.id AS "answerId", moved.version, moved.state, moved."updatedAt"
    FROM (SELECT 1) AS one LEFT JOIN moved ON true`;
}

/** A move without new content (submit, withdraw, review): update where the answer is as the actor saw it. */
function moveStatement(access: AnswerAccess, event: AnswerEvent, baseVersion: number, to: AnswerState) {
  const { user } = access;
  const from = access.facts.state;
  const rule = EVENT_RULES[event];
  return Prisma.sql`
    WITH moved AS (
      UPDATE "Answer" SET state = ${to}::"AnswerState", version = ${baseVersion + 1}, "updatedById" = ${user.id}::uuid, "updatedAt" = now()
        ${stamp(rule.stamps.submittedAt, "submittedAt")} ${stamp(rule.stamps.approvedAt, "approvedAt")} ${flags(access, event)}
      WHERE id = ${access.answerId}::uuid AND version = ${baseVersion} AND state = ${from}::"AnswerState"
      RETURNING id, version, state, value, explanation, "updatedAt"
    ), revision AS (
      INSERT INTO "AnswerRevision" (id, "answerId", version, event, state, value, explanation, "sourceIds", "authorId")
      SELECT gen_random_uuid(), moved.id, moved.version, ${event}, moved.state, moved.value, moved.explanation,
             (SELECT coalesce(array_agg(cited."sourceId"::text ORDER BY cited."sourceId"), '{}') FROM "AnswerSource" cited WHERE cited."answerId" = moved.id),
             ${user.id}::uuid
      FROM moved
    ), audit AS (${auditInsert(access, rule.audit, baseVersion, from)})
    SELECT true AS "sourcesOk", moved.id AS "answerId", moved.version, moved.state, moved."updatedAt"
    FROM (SELECT 1) AS one LEFT JOIN moved ON true`;
}

/**
 * A follow-up opening collection: each in-scope indicator that the previous assessment approved (matched by
 * code) starts as a draft holding that answer, marked with the previous year until a focal point confirms or
 * updates it. The sources it cites (and their uploaded copies) are copied into this assessment, since sources
 * belong to one assessment. Revisions and audit events as for any move; one statement, in the caller's
 * transaction. Indicators that already have an answer are left alone. Returns how many were carried.
 */
export async function carryForwardAnswers(tx: Tx, access: Access): Promise<number> {
  const event: AnswerEvent = "carry_forward";
  const move = transitionAnswer("NOT_STARTED", event, access.membership!.role);
  if (!move.ok) throw new DomainError(refusal("NOT_STARTED", event));
  const { assessment, user } = access;
  const approved = statesAllowing("reopen");
  const [row] = await tx.$queryRaw<{ carried: number }[]>`
    WITH cur AS (
      SELECT p.id AS "previousId", p.year FROM "Assessment" a JOIN "Assessment" p ON p.id = a."previousId" WHERE a.id = ${assessment.id}::uuid
    ), carried AS MATERIALIZED (
      SELECT pa.id AS "fromId", i.id AS "indicatorId", pa.value, pa.explanation, gen_random_uuid() AS "newId"
      FROM cur
      JOIN "Answer" pa ON pa."assessmentId" = cur."previousId" AND pa.state::text = ANY(${approved}::text[])
      JOIN "Indicator" pi ON pi.id = pa."indicatorId"
      JOIN "Indicator" i ON i.code = pi.code
      WHERE ${inScopeSql(assessment)}
        AND NOT EXISTS (SELECT 1 FROM "Answer" x WHERE x."assessmentId" = ${assessment.id}::uuid AND x."indicatorId" = i.id)
    ), source_map AS MATERIALIZED (
      SELECT cited."sourceId" AS "fromId", gen_random_uuid() AS "newId"
      FROM (SELECT DISTINCT x."sourceId" FROM "AnswerSource" x JOIN carried ON carried."fromId" = x."answerId") cited
    ), sources AS (
      INSERT INTO "Source" (id, "assessmentId", issuer, year, title, kind, number, "adoptedOn", url, "notOnline", "updatedAt")
      SELECT m."newId", ${assessment.id}::uuid, s.issuer, s.year, s.title, s.kind, s.number, s."adoptedOn", s.url, s."notOnline", now()
      FROM source_map m JOIN "Source" s ON s.id = m."fromId"
      RETURNING id
    ), documents AS (
      INSERT INTO "SourceDocument" (id, "sourceId", filename, "mimeType", size, sha256, data)
      SELECT gen_random_uuid(), m."newId", d.filename, d."mimeType", d.size, d.sha256, d.data
      FROM source_map m JOIN "SourceDocument" d ON d."sourceId" = m."fromId"
      WHERE EXISTS (SELECT 1 FROM sources WHERE sources.id = m."newId")
    ), answers AS (
      INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "carriedFromYear", "updatedById", "updatedAt")
      SELECT c."newId", ${assessment.id}::uuid, c."indicatorId", ${move.to}::"AnswerState", c.value, c.explanation, 1, cur.year, ${user.id}::uuid, now()
      FROM carried c, cur
      RETURNING id
    ), links AS (
      INSERT INTO "AnswerSource" ("answerId", "sourceId")
      SELECT answers.id, m."newId"
      FROM answers JOIN carried c ON c."newId" = answers.id
      JOIN "AnswerSource" x ON x."answerId" = c."fromId" JOIN source_map m ON m."fromId" = x."sourceId"
      WHERE EXISTS (SELECT 1 FROM sources WHERE sources.id = m."newId")
    ), revisions AS (
      INSERT INTO "AnswerRevision" (id, "answerId", version, event, state, value, explanation, "sourceIds", "authorId")
      SELECT gen_random_uuid(), answers.id, 1, ${event}, ${move.to}::"AnswerState", c.value, c.explanation,
             (SELECT coalesce(array_agg(m."newId"::text ORDER BY m."newId"), '{}') FROM "AnswerSource" x JOIN source_map m ON m."fromId" = x."sourceId" WHERE x."answerId" = c."fromId"),
             ${user.id}::uuid
      FROM answers JOIN carried c ON c."newId" = answers.id
    ), audit AS (
      INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", "assessmentId", before, after)
      SELECT ${user.id}::uuid, ${`answer.${EVENT_RULES[event].audit}`}, 'answer', answers.id::text, ${assessment.id}::uuid,
             jsonb_build_object('fromAnswerId', c."fromId", 'year', cur.year),
             jsonb_build_object('version', 1, 'state', ${move.to}::text)
      FROM answers JOIN carried c ON c."newId" = answers.id, cur
    )
    SELECT count(*)::int AS carried FROM answers`;
  return row.carried;
}
