// The sources of an assessment: cited documents shared by every answer that rests on them. A correction
// changes the source for every answer citing it, and is recorded in the history of each of those answers.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, assertCanOnAnswer, isUuid } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import type { ZAnswerTarget, ZSource, ZUpdateSource } from "@/lib/domain/answer/schema";
import { loadSource, SOURCE_SELECT } from "./facts";
import { listSourcesForPicker } from "./queries";

function fields(input: z.output<typeof ZSource>) {
  return {
    issuer: input.issuer,
    year: input.year ?? null,
    title: input.title,
    kind: input.kind,
    number: input.number ?? null,
    adoptedOn: input.adoptedOn ? new Date(`${input.adoptedOn}T00:00:00Z`) : null,
    url: input.notOnline ? (input.url ?? null) : input.url!,
    notOnline: input.notOnline,
  };
}

const dated = <T extends { adoptedOn: Date | null }>(source: T) => ({ ...source, adoptedOn: source.adoptedOn?.toISOString().slice(0, 10) ?? null });

/** Every source the editor of this answer may cite: its picker asks when opened, so the page need not carry them all. */
export async function listPickableSources(user: CurrentUser, input: z.output<typeof ZAnswerTarget>) {
  const access = await assertCanOnAnswer(user, "answer.edit", input);
  return listSourcesForPicker(access);
}

export async function createSource(user: CurrentUser, input: z.output<typeof ZSource>) {
  await assertCan(user, "source.create", input.assessmentId);
  return db.$transaction(async (tx) => {
    const source = await tx.source.create({ data: { assessmentId: input.assessmentId, ...fields(input) }, select: SOURCE_SELECT });
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.created",
      objectType: "source",
      objectId: source.id,
      assessmentId: input.assessmentId,
      after: dated(source),
    });
    return source;
  });
}

/**
 * Corrects a source. A focal point may correct only a source that no other ministry's answer cites; anyone
 * else may add a new source instead. Each citing answer's history records the correction.
 */
export async function updateSource(user: CurrentUser, input: z.output<typeof ZUpdateSource>) {
  if (!isUuid(input.sourceId)) throw new NotFoundError("source");
  const existing = await loadSource(input.sourceId);
  if (existing.assessmentId !== input.assessmentId) throw new NotFoundError("source");
  await assertCan(user, "source.correct", existing.assessmentId, { source: existing.facts });
  const { facts, assessmentId, ...before } = existing;
  return db.$transaction(async (tx) => {
    const source = await tx.source.update({ where: { id: existing.id }, data: fields(input), select: SOURCE_SELECT });
    const change = { before: dated(before), after: dated(source) };
    await recordAudit(tx, { actorId: user.id, action: "source.updated", objectType: "source", objectId: source.id, assessmentId, ...change });
    await tx.auditEvent.createMany({
      data: facts.citingAnswerIds.map((answerId) => ({
        actorId: user.id,
        action: "answer.source_corrected",
        objectType: "answer",
        objectId: answerId,
        assessmentId,
        ...change,
      })),
    });
    return source;
  });
}
