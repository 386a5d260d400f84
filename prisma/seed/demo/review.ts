// The Kyrgyz 2022 follow-up as a review in progress (phase COLLECTION): sources, assignments, every in-scope
// answer with the revisions and audit events its workflow would have left, the one shared thread asking for
// changes, and the working draft of the narrative. Inserted in bulk inside the caller's transaction.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { UPDATES_POSITION } from "@/lib/domain/publication/workflow";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { ANSWERS, CHANGES_REQUESTED_COMMENT } from "./answers";
import { replay, type Content, type Replayed, type Step } from "./history";
import { NARRATIVE } from "./narrative";
import { UPDATES_2022 } from "./updates-2022";
import { SOURCES, type SourceKey, type SourceSeed } from "./sources";
import type { AnswerSeed } from "./types";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export type People = { coordinator: string; consultant: string; focalPoints: Map<string, string> };

/** The steps that bring an answer to its demo state, starting at `start`. */
export function steps(seed: AnswerSeed, content: Content, start: Date, people: People, index: number): Step[] {
  const focal = { id: people.focalPoints.get(seed.lead)!, role: "FOCAL_POINT" as MemberRole };
  const consultant = { id: people.consultant, role: "CONSULTANT" as MemberRole };
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
  const firstSentence = { ...content, explanation: content.explanation.split(/(?<=\.) /)[0] };
  const state = seed.state ?? "APPROVED";
  // Drafts were saved twice on different days; one approved answer in ten was typed in two autosaves (one run).
  const saves: Step[] =
    state === "DRAFT"
      ? [
          { event: "save", actor: focal, at: at(0), content: firstSentence },
          { event: "save", actor: focal, at: at(48), content },
        ]
      : index % 10 === 0
        ? [
            { event: "save", actor: focal, at: at(0), content: firstSentence },
            { event: "save", actor: focal, at: at(0.1), content },
          ]
        : [{ event: "save", actor: focal, at: at(0), content }];
  if (state === "DRAFT") return saves;
  const submitted: Step[] = [...saves, { event: "submit", actor: focal, at: at(24) }];
  if (state === "SUBMITTED") return submitted;
  return [...submitted, { event: state === "APPROVED" ? "approve" : "request_changes", actor: consultant, at: at(72) }];
}

export async function seedReview(
  tx: Tx,
  input: { assessmentId: string; frameworkId: string; moduleIds: string[]; ministryIds: Map<string, string>; people: People; now: Date },
) {
  const { assessmentId, ministryIds, people, now } = input;
  const opened = new Date(now.getTime() - 30 * DAY);

  const indicators = await tx.indicator.findMany({
    where: inScopeIndicatorWhere({ frameworkId: input.frameworkId, moduleIds: input.moduleIds }),
    select: { id: true, code: true, answerType: true, choices: true, evidenceRequired: true },
  });
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const unanswered = indicators.filter((indicator) => !ANSWERS.some((answer) => answer.code === indicator.code));
  if (unanswered.length) throw new Error(`the demo answers miss ${unanswered.map((indicator) => indicator.code).join(", ")}`);

  // Launched a week before collection opened: the set-up comes before every answer in time too.
  const launched = new Date(opened.getTime() - 7 * DAY);
  await tx.assessment.update({
    where: { id: assessmentId },
    data: { phase: "COLLECTION", collectionDueAt: new Date(now.getTime() + 30 * DAY), createdAt: launched },
  });
  await tx.ministry.updateMany({ where: { assessmentId }, data: { createdAt: launched } });
  await tx.member.updateMany({ where: { assessmentId }, data: { createdAt: launched } });
  await tx.auditEvent.create({
    data: {
      at: opened,
      actorId: people.coordinator,
      action: "assessment.phase_moved",
      objectType: "assessment",
      objectId: assessmentId,
      assessmentId,
      before: { phase: "LAUNCH" },
      after: { phase: "COLLECTION" },
    },
  });

  // Sources: every document of the profile (its key sources and its legislation annex), cited or not.
  const sourceIds = new Map<SourceKey, string>((Object.keys(SOURCES) as SourceKey[]).map((key) => [key, randomUUID()]));
  const sourceRows = [...sourceIds].map(([key, id]) => sourceRow(SOURCES[key], id, assessmentId));

  const assignments = ANSWERS.map((answer) => ({
    id: randomUUID(),
    assessmentId,
    indicatorId: byCode.get(answer.code)!.id,
    leadMinistryId: ministryIds.get(answer.lead)!,
  }));
  const contributors = ANSWERS.flatMap((answer, index) =>
    (answer.contributors ?? []).map((name) => ({ assignmentId: assignments[index].id, ministryId: ministryIds.get(name)! })),
  );

  const replayed: Replayed[] = ANSWERS.map((answer, index) => {
    const indicator = byCode.get(answer.code)!;
    const content = { value: answer.value, explanation: answer.explanation, sourceIds: answer.sources.map((key) => sourceIds.get(key)!) };
    const start = new Date(opened.getTime() + DAY + index * 3.5 * HOUR);
    return replay({ answerId: randomUUID(), assessmentId, indicatorId: indicator.id, indicator }, steps(answer, content, start, people, index));
  });

  const firstCitation = new Map<string, { at: Date; actorId: string }>();
  for (const { revisions } of replayed)
    for (const revision of revisions)
      for (const sourceId of revision.sourceIds)
        if (!firstCitation.has(sourceId) || firstCitation.get(sourceId)!.at > revision.createdAt)
          firstCitation.set(sourceId, { at: revision.createdAt, actorId: revision.authorId });

  await tx.source.createMany({ data: sourceRows });
  await tx.assignment.createMany({ data: assignments.map((row) => ({ ...row, createdAt: opened, updatedAt: opened })) });
  await tx.assignmentContributor.createMany({ data: contributors });
  await tx.answer.createMany({ data: replayed.map((row) => row.answer) });
  await tx.answerSource.createMany({ data: replayed.flatMap((row) => row.citations) });
  await tx.answerRevision.createMany({ data: replayed.flatMap((row) => row.revisions) });

  // A cited source was added by whoever first cited it; the others by the consultant compiling the bibliography.
  const sourceAudits = sourceRows.map((source) => sourceAudit(source, firstCitation.get(source.id) ?? { at: opened, actorId: people.consultant }));
  const assignmentAudits = ANSWERS.map((answer, index) => ({
    at: new Date(opened.getTime() - DAY),
    actorId: people.coordinator,
    action: "assignment.set",
    objectType: "indicator",
    objectId: answer.code,
    assessmentId,
    after: {
      codes: [answer.code],
      lead: assignments[index].leadMinistryId,
      contributors: contributors.filter((row) => row.assignmentId === assignments[index].id).map((row) => row.ministryId),
    },
  }));
  await tx.auditEvent.createMany({ data: [...assignmentAudits, ...sourceAudits, ...replayed.flatMap((row) => row.audits)] });

  // The shared thread in which the consultant said what to change, written when the changes were requested.
  for (const [index, answer] of ANSWERS.entries()) {
    if (answer.state !== "CHANGES_REQUESTED") continue;
    const { answer: row, revisions } = replayed[index];
    const at = revisions.at(-1)!.createdAt;
    const thread = await tx.commentThread.create({
      data: { assessmentId, answerId: row.id, visibility: "SHARED", createdById: people.consultant, createdAt: at },
      select: { id: true },
    });
    const comment = await tx.comment.create({
      data: { threadId: thread.id, authorId: people.consultant, body: CHANGES_REQUESTED_COMMENT, createdAt: at },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        at,
        actorId: people.consultant,
        action: "comment.added",
        objectType: "comment",
        objectId: comment.id,
        assessmentId,
        after: { threadId: thread.id, visibility: "SHARED", answerId: row.id },
      },
    });
  }

  // The consultant's working draft of the narrative: every domain has both halves, the key findings, and the
  // summary of updates since 2018.
  const draft = await tx.profileDraft.create({ data: { assessmentId, number: 0, createdAt: opened }, select: { id: true } });
  await tx.profileSection.createMany({
    data: [...NARRATIVE.map((section, position) => ({ section, position })), { section: UPDATES_2022, position: UPDATES_POSITION }].map(
      ({ section, position }) => ({
        draftId: draft.id,
        key: section.key,
        position,
        body: section.body,
        indicatorCodes: section.indicatorCodes,
        version: 1,
      }),
    ),
  });
}

export type SourceRow = ReturnType<typeof sourceRow>;

export function sourceRow(seed: SourceSeed, id: string, assessmentId: string) {
  return {
    id,
    assessmentId,
    issuer: seed.issuer,
    year: seed.year,
    title: seed.title,
    kind: seed.kind,
    number: seed.number ?? null,
    adoptedOn: seed.adoptedOn ? new Date(`${seed.adoptedOn}T00:00:00Z`) : null,
    url: seed.url ?? null,
    notOnline: !seed.url,
  };
}

/** The "source.created" event the sources service writes, a minute before the source was first used. */
export function sourceAudit(source: SourceRow, first: { at: Date; actorId: string }) {
  return {
    at: new Date(first.at.getTime() - 60_000),
    actorId: first.actorId,
    action: "source.created",
    objectType: "source",
    objectId: source.id,
    assessmentId: source.assessmentId,
    after: {
      id: source.id,
      issuer: source.issuer,
      year: source.year,
      title: source.title,
      kind: source.kind,
      number: source.number,
      adoptedOn: source.adoptedOn?.toISOString().slice(0, 10) ?? null,
      url: source.url,
      notOnline: source.notOnline,
    },
  };
}
