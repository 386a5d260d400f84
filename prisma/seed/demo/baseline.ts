// The Kyrgyz 2018 baseline as it was published: every core indicator answered as it stood in 2018
// (./baseline-2018.ts), submitted by the Labour focal point and approved by the consultant, citing the baseline's own
// sources, with the revisions and audit events the workflow would have left (./history.ts), then moved through
// consultation to publication, with its narrative (./narrative-2018.ts) and its published version 1, built by the
// publication service's own code (insertVersion) from these answers on the day it was published.
import { ACCESS_ASSESSMENT_SELECT, accessAssessment } from "@/lib/auth/access-assessment";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { WORKING_DRAFT } from "@/lib/domain/profile/workflow";
import { insertVersion } from "@/lib/domain/publication/version";
import { baselineAnswers } from "./baseline-2018";
import { replay, type Replayed } from "./history";
import { NARRATIVE_2018 } from "./narrative-2018";
import { sourceAudit, sourceRow, steps, type People } from "./review";
import { sourceSeed, type BaselineSourceKey } from "./sources";
import { LABOUR } from "./types";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The 2018 calendar: launch, collection, consultation, publication. */
export const BASELINE_DATES = {
  launched: new Date("2018-01-08T09:00:00Z"),
  opened: new Date("2018-01-15T09:00:00Z"),
  consultation: new Date("2018-03-12T09:00:00Z"),
  published: new Date("2018-06-20T09:00:00Z"),
};

export async function seedBaseline(
  tx: Tx,
  input: { assessmentId: string; frameworkId: string; ministryIds: Map<string, string>; people: People },
): Promise<void> {
  const { assessmentId, ministryIds, people } = input;
  const { launched, opened } = BASELINE_DATES;
  const answers = baselineAnswers();

  const indicators = await tx.indicator.findMany({
    where: inScopeIndicatorWhere({ frameworkId: input.frameworkId, moduleIds: [] }),
    select: { id: true, code: true, answerType: true, choices: true, evidenceRequired: true },
  });
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const unanswered = indicators.filter((indicator) => !answers.some((answer) => answer.code === indicator.code));
  if (unanswered.length) throw new Error(`the 2018 answers miss ${unanswered.map((indicator) => indicator.code).join(", ")}`);

  await tx.assessment.update({ where: { id: assessmentId }, data: { createdAt: launched, collectionDueAt: new Date(opened.getTime() + 35 * DAY) } });
  await tx.ministry.updateMany({ where: { assessmentId }, data: { createdAt: launched } });
  await tx.member.updateMany({ where: { assessmentId }, data: { createdAt: launched } });

  // The 2018 documents: only those the baseline's answers cite, each a row of the baseline itself.
  const sourceIds = new Map<BaselineSourceKey, string>();
  for (const answer of answers) for (const key of answer.sources) if (!sourceIds.has(key)) sourceIds.set(key, randomUUID());
  const sourceRows = [...sourceIds].map(([key, id]) => sourceRow(sourceSeed(key), id, assessmentId));

  // Only the Labour ministry had a focal point in 2018: it led every indicator, the other ministries contributing.
  const labourId = ministryIds.get(LABOUR)!;
  const assignments = answers.map((answer) => ({ id: randomUUID(), assessmentId, indicatorId: byCode.get(answer.code)!.id, leadMinistryId: labourId }));
  const contributors = answers.flatMap((answer, index) =>
    [answer.seed.lead, ...(answer.seed.contributors ?? [])]
      .filter((name) => name !== LABOUR && ministryIds.has(name))
      .map((name) => ({ assignmentId: assignments[index].id, ministryId: ministryIds.get(name)! })),
  );

  const focalPoints = new Map([[LABOUR, people.focalPoints.get(LABOUR)!]]);
  const replayed: Replayed[] = answers.map((answer, index) => {
    const indicator = byCode.get(answer.code)!;
    const content = { value: answer.value, explanation: answer.explanation, sourceIds: answer.sources.map((key) => sourceIds.get(key)!) };
    const start = new Date(opened.getTime() + DAY + index * 3.5 * HOUR);
    const seed = { ...answer.seed, lead: LABOUR, state: "APPROVED" } as const;
    return replay(
      { answerId: randomUUID(), assessmentId, indicatorId: indicator.id, indicator },
      steps(seed, content, start, { ...people, focalPoints }, index),
    );
  });

  const firstCitation = new Map<string, { at: Date; actorId: string }>();
  for (const { revisions } of replayed)
    for (const revision of revisions)
      for (const sourceId of revision.sourceIds)
        if (!firstCitation.has(sourceId) || firstCitation.get(sourceId)!.at > revision.createdAt)
          firstCitation.set(sourceId, { at: revision.createdAt, actorId: revision.authorId });

  await tx.source.createMany({
    data: sourceRows.map((row) => ({ ...row, createdAt: firstCitation.get(row.id)!.at, updatedAt: firstCitation.get(row.id)!.at })),
  });
  await tx.assignment.createMany({ data: assignments.map((row) => ({ ...row, createdAt: opened, updatedAt: opened })) });
  await tx.assignmentContributor.createMany({ data: contributors });
  await tx.answer.createMany({ data: replayed.map((row) => row.answer) });
  await tx.answerSource.createMany({ data: replayed.flatMap((row) => row.citations) });
  await tx.answerRevision.createMany({ data: replayed.flatMap((row) => row.revisions) });

  const phase = (at: Date, from: string, to: string) => ({
    at,
    actorId: people.coordinator,
    action: "assessment.phase_moved",
    objectType: "assessment",
    objectId: assessmentId,
    assessmentId,
    before: { phase: from },
    after: { phase: to },
  });
  const assignmentAudits = answers.map((answer, index) => ({
    at: new Date(opened.getTime() - DAY),
    actorId: people.coordinator,
    action: "assignment.set",
    objectType: "indicator",
    objectId: answer.code,
    assessmentId,
    after: {
      codes: [answer.code],
      lead: labourId,
      contributors: contributors.filter((row) => row.assignmentId === assignments[index].id).map((row) => row.ministryId),
    },
  }));
  await tx.auditEvent.createMany({
    data: [
      ...assignmentAudits,
      phase(opened, "LAUNCH", "COLLECTION"),
      ...sourceRows.map((source) => sourceAudit(source, firstCitation.get(source.id)!)),
      ...replayed.flatMap((row) => row.audits),
      phase(BASELINE_DATES.consultation, "COLLECTION", "CONSULTATION"),
      phase(BASELINE_DATES.published, "CONSULTATION", "PUBLISHED"),
    ],
  });
  // The consultant's narrative, written while the answers were in consultation.
  const draft = await tx.profileDraft.create({ data: { assessmentId, number: WORKING_DRAFT, createdAt: BASELINE_DATES.consultation }, select: { id: true } });
  await tx.profileSection.createMany({
    data: NARRATIVE_2018.map((section, position) => ({
      draftId: draft.id,
      key: section.key,
      position,
      body: section.body,
      indicatorCodes: section.indicatorCodes,
      version: 1,
      updatedById: people.consultant,
      updatedAt: BASELINE_DATES.consultation,
    })),
  });
  // Published last, once its answers and narrative are in: nothing is written into an assessment already published.
  const published = await tx.assessment.update({
    where: { id: assessmentId },
    data: { phase: "PUBLISHED" },
    select: ACCESS_ASSESSMENT_SELECT,
  });
  const version = await insertVersion(
    tx,
    { assessment: accessAssessment(published) },
    { version: 1, changeNote: null, publishedAt: BASELINE_DATES.published, publishedById: people.coordinator },
  );
  await tx.auditEvent.create({
    data: {
      at: BASELINE_DATES.published,
      actorId: people.coordinator,
      action: "profile.published",
      objectType: "published_profile",
      objectId: version.id,
      assessmentId,
      after: { slug: version.slug, version: 1, answers: version.answers },
    },
  });
}
