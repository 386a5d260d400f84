// Reads of the publication panel on the consultation page (the published versions, and for a follow-up its
// "updates since" section and the indicators suggested for it), and the public reads of the published profiles.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { inScopeSql } from "@/lib/domain/assessment/scope";
import { APPROVED_STATE, WORKING_DRAFT } from "@/lib/domain/profile/workflow";
import type { Cycle } from "@/lib/generated/prisma/enums";
import { suggestUpdates, type UpdateSuggestion } from "./builders";
import type { PublishedSnapshot } from "./snapshot";
import { isFollowUp, UPDATES_SECTION } from "./workflow";

export type PublishedVersion = { version: number; slug: string; publishedAt: Date; changeNote: string | null };

export async function getPublicationPanel(access: Access) {
  const id = access.assessment.id;
  const [row] = await db.$queryRaw<
    {
      cycle: Cycle;
      previousYear: number | null;
      versions: (Omit<PublishedVersion, "publishedAt"> & { publishedAt: string })[];
      updates: { body: string; version: number; approvedAt: string | null; approvedBy: string | null } | null;
    }[]
  >`
    SELECT a.cycle, p.year AS "previousYear",
           coalesce((SELECT json_agg(json_build_object('version', v.version, 'slug', v.slug, 'publishedAt', v."publishedAt", 'changeNote', v."changeNote")
                                     ORDER BY v.version DESC)
                     FROM "PublishedProfile" v WHERE v."assessmentId" = a.id), '[]') AS versions,
           (SELECT json_build_object('body', s.body, 'version', s.version, 'approvedAt', s."approvedAt", 'approvedBy', u.name)
              FROM "ProfileSection" s JOIN "ProfileDraft" d ON d.id = s."draftId" LEFT JOIN "User" u ON u.id = s."approvedById"
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

// ─── The public reads (the API's /api/v1/profiles) ──────────────────────────
// They read PublishedProfile rows and nothing else: an assessment that was never published has no row, so it is
// "not found" by construction, and the live answers and narrative are never reached. One query each.

export type PublicProfileFilter = { country?: string; year?: number; q?: string };

export type PublicProfileRow = {
  slug: string;
  version: number;
  publishedAt: Date;
  citation: string;
  country: string;
  countryName: string;
  /** The name the profile is published under ("the Kyrgyz Republic"); for snapshots without one, the common name. */
  officialName: string;
  year: number;
  level: string;
  city: string | null;
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** The current (newest) version of each published slug, filtered on the snapshot's country, year and words. */
export async function listPublishedProfiles(filter: PublicProfileFilter): Promise<PublicProfileRow[]> {
  const country = filter.country ?? null;
  const year = filter.year ?? null;
  const q = filter.q ? likePattern(filter.q) : null;
  return db.$queryRaw<PublicProfileRow[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (p.slug) p.slug, p.version, p."publishedAt", p.citation,
             p.snapshot->'assessment'->>'country' AS country, p.snapshot->'assessment'->>'countryName' AS "countryName",
             coalesce(p.snapshot->'assessment'->>'officialName', p.snapshot->'assessment'->>'countryName') AS "officialName",
             (p.snapshot->'assessment'->>'year')::int AS year, p.snapshot->'assessment'->>'level' AS level, p.snapshot->'assessment'->>'city' AS city
      FROM "PublishedProfile" p
      ORDER BY p.slug, p.version DESC
    ) current
    WHERE (${country}::text IS NULL OR current.country = ${country}::text)
      AND (${year}::int IS NULL OR current.year = ${year}::int)
      AND (${q}::text IS NULL OR current.slug ILIKE ${q}::text OR current."countryName" ILIKE ${q}::text OR current."officialName" ILIKE ${q}::text
           OR current.city ILIKE ${q}::text OR current.citation ILIKE ${q}::text)
    ORDER BY current.year DESC, current.slug`;
}

export type PublicVersion = { version: number; publishedAt: Date; changeNote: string | null };

/**
 * One published version of a slug (the newest when `version` is not given) with the list of all its versions,
 * newest first; null when the slug or that version was never published.
 */
export async function getPublishedProfile(slug: string, version?: number) {
  const rows = await db.$queryRaw<(PublicVersion & { snapshot: PublishedSnapshot | null })[]>`
    SELECT p.version, p."publishedAt", p."changeNote",
           CASE WHEN p.version = coalesce(${version ?? null}::int, max(p.version) OVER ()) THEN p.snapshot END AS snapshot
    FROM "PublishedProfile" p
    WHERE p.slug = ${slug}
    ORDER BY p.version DESC`;
  const chosen = rows.find((row) => row.snapshot !== null);
  if (!chosen?.snapshot) return null;
  return {
    snapshot: chosen.snapshot,
    version: chosen.version,
    current: chosen.version === rows[0].version,
    versions: rows.map(({ version, publishedAt, changeNote }) => ({ version, publishedAt, changeNote })),
  };
}
