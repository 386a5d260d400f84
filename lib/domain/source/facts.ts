// What the policy needs to know about a source: whose answers cite it.
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

/**
 * The lead ministries of the citing answers, for any source query. Given the assessment, the assignments are
 * looked up by (assessment, indicator), the unique index, instead of read for every assessment.
 */
export const citingSelect = (assessmentId?: string) =>
  ({
    answers: {
      select: {
        answer: {
          select: {
            id: true,
            assessmentId: true,
            indicator: { select: { assignments: { ...(assessmentId && { where: { assessmentId } }), select: { assessmentId: true, leadMinistryId: true } } } },
          },
        },
      },
    },
  }) as const;

type Citing = { answers: { answer: { id: string; assessmentId: string; indicator: { assignments: { assessmentId: string; leadMinistryId: string }[] } } }[] };

export function sourceFacts(source: Citing): SourceFacts & { citingAnswerIds: string[] } {
  const ministries = new Set<string>();
  for (const { answer } of source.answers) {
    const lead = answer.indicator.assignments.find((assignment) => assignment.assessmentId === answer.assessmentId)?.leadMinistryId;
    if (lead) ministries.add(lead);
  }
  return { citingMinistryIds: [...ministries], citingAnswerIds: source.answers.map(({ answer }) => answer.id) };
}

/** One query: a source with its assessment and the facts about who cites it. */
export async function loadSource(sourceId: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { ...SOURCE_SELECT, assessmentId: true, ...citingSelect() } });
  if (!source) throw new NotFoundError("source");
  const { answers, ...fields } = source;
  return { ...fields, facts: sourceFacts({ answers }) };
}
