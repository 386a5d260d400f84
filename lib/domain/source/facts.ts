// What the policy needs to know about one source before it is corrected or its copy replaced: whose answers
// cite it. (The lists of the sources page and the answer editor read the same facts in SQL: ./queries.ts.)
import "server-only";
import { db } from "@/lib/db";
import type { SourceFacts } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/domain/errors";

export const SOURCE_SELECT = {
  id: true,
  issuer: true,
  year: true,
  title: true,
  kind: true,
  number: true,
  adoptedOn: true,
  url: true,
  notOnline: true,
} as const;

/** One query: a source with its assessment, the answers citing it and their lead ministries. */
export async function loadSource(sourceId: string) {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: {
      ...SOURCE_SELECT,
      assessmentId: true,
      answers: { select: { answer: { select: { id: true, indicatorId: true } } } },
      assessment: { select: { assignments: { select: { indicatorId: true, leadMinistryId: true } } } },
    },
  });
  if (!source) throw new NotFoundError("source");
  const { answers, assessment, ...fields } = source;
  const leadOf = new Map(assessment.assignments.map((assignment) => [assignment.indicatorId, assignment.leadMinistryId]));
  const citingMinistryIds = [...new Set(answers.map(({ answer }) => leadOf.get(answer.indicatorId)).filter((id): id is string => !!id))];
  const facts: SourceFacts & { citingAnswerIds: string[] } = { citingMinistryIds, citingAnswerIds: answers.map(({ answer }) => answer.id) };
  return { ...fields, facts };
}
