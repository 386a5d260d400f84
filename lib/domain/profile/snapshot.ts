// Freezing the working narrative as a numbered consultation draft: its sections copied as they stand, with
// the answers behind the profile at that moment (ProfileDraft.answers, a JSON snapshot read whole, so that a
// draft keeps reading as it was discussed even after an answer is reopened and changed).
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inScopeIndicatorWhere, type ScopeFacts } from "@/lib/domain/assessment/scope";
import { byCode } from "@/lib/domain/framework/order";
import { WORKING_DRAFT } from "./workflow";

export type SnapshotSource = { title: string; issuer: string; year: number | null; url: string | null };
export type SnapshotAnswer = { code: string; question: string; state: string; value: string | null; explanation: string; sources: SnapshotSource[] };
export type SnapshotSection = { key: string; position: number; body: string; indicatorCodes: string[] };

/** The working sections and the in-scope answers as they stand (two queries). */
export async function currentProfile(tx: Tx, assessment: ScopeFacts & { id: string }) {
  const [working, answers] = await Promise.all([
    tx.profileDraft.findUnique({
      where: { assessmentId_number: { assessmentId: assessment.id, number: WORKING_DRAFT } },
      select: { sections: { orderBy: { position: "asc" }, select: { key: true, position: true, body: true, indicatorCodes: true } } },
    }),
    tx.answer.findMany({
      where: { assessmentId: assessment.id, indicator: inScopeIndicatorWhere(assessment) },
      select: {
        state: true,
        value: true,
        explanation: true,
        indicator: { select: { code: true, question: true } },
        sources: { select: { source: { select: { title: true, issuer: true, year: true, url: true } } } },
      },
    }),
  ]);
  const snapshot: SnapshotAnswer[] = answers
    .map((answer) => ({
      code: answer.indicator.code,
      question: answer.indicator.question,
      state: answer.state,
      value: answer.value,
      explanation: answer.explanation,
      sources: answer.sources.map((row) => row.source).sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .sort((a, b) => byCode(a.code, b.code));
  return { sections: (working?.sections ?? []) as SnapshotSection[], answers: snapshot };
}

/** Writes draft `number`, frozen now, from the profile as it stands. */
export async function freezeDraft(tx: Tx, input: { assessment: ScopeFacts & { id: string }; number: number; userId: string }) {
  const profile = await currentProfile(tx, input.assessment);
  const draft = await tx.profileDraft.create({
    data: {
      assessmentId: input.assessment.id,
      number: input.number,
      frozenAt: new Date(),
      createdById: input.userId,
      answers: profile.answers as unknown as Prisma.InputJsonValue,
      sections: { create: profile.sections.map((section) => ({ ...section, version: 1, updatedById: input.userId })) },
    },
    select: { id: true, number: true },
  });
  return { ...draft, sections: profile.sections.length, answers: profile.answers.length };
}

/** Whether the profile as it stands reads the same as a frozen draft (nothing to publish anew). */
export function sameProfile(a: { sections: SnapshotSection[]; answers: SnapshotAnswer[] }, b: { sections: SnapshotSection[]; answers: unknown }) {
  // Compared as tuples: PostgreSQL's jsonb does not keep the keys' order.
  const sections = (list: SnapshotSection[]) =>
    JSON.stringify(
      list
        .filter((section) => section.body.trim() || section.indicatorCodes.length)
        .map(({ key, body, indicatorCodes }) => [key, body, indicatorCodes])
        .sort(),
    );
  const answers = (list: SnapshotAnswer[]) =>
    JSON.stringify(list.map((x) => [x.code, x.state, x.value, x.explanation, x.sources.map((s) => [s.title, s.issuer, s.year, s.url])]));
  return sections(a.sections) === sections(b.sections) && answers(a.answers) === answers((b.answers ?? []) as SnapshotAnswer[]);
}
