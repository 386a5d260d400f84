// Reads of the sources page: the assessment's sources matching a search, with who cites them and whether
// this member may correct each one.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { CITING_SELECT, SOURCE_SELECT, sourceFacts } from "./facts";

/** Sources whose title or number contains `query` (all when empty), with citations and rights. One query. */
export async function getSourcesPage(access: Access, query: string) {
  const q = query.trim();
  const sources = await db.source.findMany({
    where: { assessmentId: access.assessment.id, ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { number: { contains: q, mode: "insensitive" } }] } : {}) },
    orderBy: [{ title: "asc" }],
    take: 50,
    select: { ...SOURCE_SELECT, ...CITING_SELECT },
  });
  return sources.map(({ answers, ...source }) => {
    const facts = sourceFacts({ answers });
    return { ...source, citedBy: facts.citingAnswerIds.length, canCorrect: access.can("source.correct", { source: facts }) };
  });
}
