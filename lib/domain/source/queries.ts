// Reads of sources: the sources page (search, citations, who may correct each) and the answer editor's list to
// cite from. One flat query: a row per source, whose citing ministries PostgreSQL aggregates itself.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import type { SourceKind } from "@/lib/generated/prisma/enums";

type SourceRow = {
  id: string;
  issuer: string;
  year: number | null;
  title: string;
  kind: SourceKind;
  number: string | null;
  adoptedOn: Date | null;
  url: string | null;
  notOnline: boolean;
  hasDocument: boolean;
  citedBy: number;
  citingMinistryIds: string[];
};

/** `%`, `_` and `\` match themselves in a search, as the user typed them. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** The assessment's sources by title, matching `search` in title or number (all when empty), at most `limit`, only `ids` when given. */
async function sourceRows(access: Access, search: string, limit: number, ids: string[] | null = null): Promise<SourceRow[]> {
  const q = search.trim();
  const rows = await db.$queryRaw<SourceRow[]>`
    SELECT s.id::text, s.issuer, s.year, s.title, s.kind::text AS kind, s.number, s."adoptedOn", s.url, s."notOnline",
           EXISTS (SELECT 1 FROM "SourceDocument" copy WHERE copy."sourceId" = s.id) AS "hasDocument",
           cited."citedBy", cited."citingMinistryIds"
    FROM "Source" s
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS "citedBy", coalesce(array_agg(DISTINCT asg."leadMinistryId"::text) FILTER (WHERE asg."leadMinistryId" IS NOT NULL), '{}') AS "citingMinistryIds"
      FROM "AnswerSource" x
      JOIN "Answer" a ON a.id = x."answerId"
      LEFT JOIN "Assignment" asg ON asg."assessmentId" = a."assessmentId" AND asg."indicatorId" = a."indicatorId"
      WHERE x."sourceId" = s.id
    ) cited
    WHERE s."assessmentId" = ${access.assessment.id}::uuid
      AND (${q} = '' OR s.title ILIKE ${likePattern(q)} OR s.number ILIKE ${likePattern(q)})
      AND (${ids === null}::boolean OR s.id = ANY(${ids ?? []}::uuid[]))
    ORDER BY s.title
    LIMIT ${limit}`;
  return rows;
}

/** The sources page: at most 50 matches, with how many answers cite each and whether this member may correct it. */
export async function getSourcesPage(access: Access, query: string) {
  const rows = await sourceRows(access, query, 50);
  return rows.map(({ citingMinistryIds, ...source }) => ({ ...source, canCorrect: access.can("source.correct", { source: { citingMinistryIds } }) }));
}

/**
 * The assessment's sources for the answer editor, with whether the member may attach a copy: every one (the
 * picker, loaded when opened) or only `ids` (the ones the answer cites, rendered with the page).
 */
export async function listSourcesForPicker(access: Access, ids: string[] | null = null) {
  if (ids?.length === 0) return []; // an answer that cites nothing yet: no statement to send
  const rows = await sourceRows(access, "", 10_000, ids);
  return rows.map((row) => ({
    id: row.id,
    issuer: row.issuer,
    year: row.year,
    title: row.title,
    kind: row.kind,
    number: row.number,
    url: row.url,
    notOnline: row.notOnline,
    hasDocument: row.hasDocument,
    canAttach: access.can("document.attach", { source: { citingMinistryIds: row.citingMinistryIds } }),
  }));
}
