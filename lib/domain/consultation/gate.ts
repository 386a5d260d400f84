// What stands between a consultation and publication, in words a coordinator can act on. Publication itself
// (issue 8) calls `publicationGate` and refuses while it lists a reason.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import type { Db, Tx } from "@/lib/db/client";

export type PublicationGateReason =
  | { kind: "openThreads"; answerThreads: number; sectionThreads: number }
  | { kind: "reopenedAnswers"; count: number; codes: string[] }
  | { kind: "validationMissing" };

/**
 * CONSULTATION → PUBLISHED: no comment thread is open (on an answer, internal or shared, or on a profile
 * section), no answer is reopened, and the government's validation is recorded. One query.
 */
export async function publicationGate(access: Access, client: Db | Tx = db): Promise<{ ok: boolean; reasons: PublicationGateReason[] }> {
  const id = access.assessment.id;
  const [row] = await client.$queryRaw<{ answerThreads: number; sectionThreads: number; reopened: string[]; validated: boolean }[]>`
    SELECT count(*) FILTER (WHERE t."answerId" IS NOT NULL)::int AS "answerThreads",
           count(*) FILTER (WHERE t."sectionId" IS NOT NULL)::int AS "sectionThreads",
           (SELECT coalesce(array_agg(i.code ORDER BY i.code), '{}') FROM "Answer" a JOIN "Indicator" i ON i.id = a."indicatorId"
             WHERE a."assessmentId" = ${id}::uuid AND a.reopened) AS reopened,
           EXISTS (SELECT 1 FROM "GovernmentValidation" v WHERE v."assessmentId" = ${id}::uuid) AS validated
    FROM "CommentThread" t
    WHERE t."assessmentId" = ${id}::uuid AND t.status = 'OPEN'`;
  const reasons: PublicationGateReason[] = [];
  if (row.answerThreads + row.sectionThreads > 0) reasons.push({ kind: "openThreads", answerThreads: row.answerThreads, sectionThreads: row.sectionThreads });
  if (row.reopened.length) reasons.push({ kind: "reopenedAnswers", count: row.reopened.length, codes: row.reopened });
  if (!row.validated) reasons.push({ kind: "validationMissing" });
  return { ok: reasons.length === 0, reasons };
}
