// Reads of the publication panel on the consultation page: the published versions, and for a follow-up its
// "updates since" section and the indicators suggested for it. One query each.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { inScopeSql } from "@/lib/domain/assessment/scope";
import { APPROVED_STATE, WORKING_DRAFT } from "@/lib/domain/profile/workflow";
import type { Cycle } from "@/lib/generated/prisma/enums";
import { suggestUpdates, type UpdateSuggestion } from "./builders";
import { isFollowUp, UPDATES_SECTION } from "./workflow";

export type PublishedVersion = { version: number; slug: string; publishedAt: Date; changeNote: string | null };

export async function getPublicationPanel(access: Access) {
  const id = access.assessment.id;
  const [row] = await db.$queryRaw<
    {
      cycle: Cycle;
      previousYear: number | null;
      versions: (Omit<PublishedVersion, "publishedAt"> & { publishedAt: string })[];
      updates: { body: string; version: number } | null;
    }[]
  >`
    SELECT a.cycle, p.year AS "previousYear",
           coalesce((SELECT json_agg(json_build_object('version', v.version, 'slug', v.slug, 'publishedAt', v."publishedAt", 'changeNote', v."changeNote")
                                     ORDER BY v.version DESC)
                     FROM "PublishedProfile" v WHERE v."assessmentId" = a.id), '[]') AS versions,
           (SELECT json_build_object('body', s.body, 'version', s.version) FROM "ProfileSection" s JOIN "ProfileDraft" d ON d.id = s."draftId"
             WHERE d."assessmentId" = a.id AND d.number = ${WORKING_DRAFT} AND s.key = ${UPDATES_SECTION}) AS updates
    FROM "Assessment" a LEFT JOIN "Assessment" p ON p.id = a."previousId"
    WHERE a.id = ${id}::uuid`;
  const followUp = isFollowUp(row.cycle) && row.previousYear !== null ? { previousYear: row.previousYear, updates: row.updates } : null;
  return { versions: row.versions.map((v) => ({ ...v, publishedAt: new Date(v.publishedAt) })), followUp };
}

/**
 * The indicators whose approved answer changed since the previous assessment's approved answer, matched by
 * code (one query: this assessment's approved in-scope answers beside the previous one's of the same code).
 */
export async function getUpdatesSuggestion(access: Access): Promise<UpdateSuggestion[]> {
  const { assessment } = access;
  const rows = await db.$queryRaw<
    { code: string; value: string | null; explanation: string; previousValue: string | null; previousExplanation: string | null; hadPrevious: boolean }[]
  >`
    SELECT i.code, a.value, a.explanation, pa.value AS "previousValue", pa.explanation AS "previousExplanation", pa.id IS NOT NULL AS "hadPrevious"
    FROM "Assessment" me
    JOIN "Indicator" i ON ${inScopeSql(assessment)}
    JOIN "Answer" a ON a."assessmentId" = me.id AND a."indicatorId" = i.id AND a.state = ${APPROVED_STATE}::"AnswerState"
    LEFT JOIN "Assessment" prev ON prev.id = me."previousId"
    LEFT JOIN "Indicator" pi ON pi."frameworkId" = prev."frameworkId" AND pi.code = i.code
    LEFT JOIN "Answer" pa ON pa."assessmentId" = prev.id AND pa."indicatorId" = pi.id AND pa.state = ${APPROVED_STATE}::"AnswerState"
    WHERE me.id = ${assessment.id}::uuid AND me."previousId" IS NOT NULL`;
  const previous = rows.filter((r) => r.hadPrevious).map((r) => ({ code: r.code, value: r.previousValue, explanation: r.previousExplanation ?? "" }));
  return suggestUpdates(previous, rows);
}
