// The sources of an assessment: cited documents shared by every answer that rests on them.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import type { ZSource, ZUpdateSource } from "@/lib/domain/answer/schema";

const sourceSelect = { id: true, issuer: true, year: true, title: true, kind: true, number: true, adoptedOn: true, url: true, notOnline: true } as const;

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

export async function createSource(user: CurrentUser, input: z.output<typeof ZSource>) {
  await assertCan(user, "source.write", { assessmentId: input.assessmentId });
  return db.$transaction(async (tx) => {
    const source = await tx.source.create({ data: { assessmentId: input.assessmentId, ...fields(input) }, select: sourceSelect });
    await recordAudit(tx, { actorId: user.id, action: "source.created", objectType: "source", objectId: source.id, assessmentId: input.assessmentId, after: { ...source, adoptedOn: input.adoptedOn ?? null } });
    return source;
  });
}

/** One edit updates the source for every answer that cites it. */
export async function updateSource(user: CurrentUser, input: z.output<typeof ZUpdateSource>) {
  const existing = await db.source.findUnique({ where: { id: input.sourceId }, select: { ...sourceSelect, assessmentId: true } });
  if (!existing || existing.assessmentId !== input.assessmentId) throw new NotFoundError("source");
  await assertCan(user, "source.write", { assessmentId: existing.assessmentId });
  return db.$transaction(async (tx) => {
    const source = await tx.source.update({ where: { id: existing.id }, data: fields(input), select: sourceSelect });
    await recordAudit(tx, { actorId: user.id, action: "source.updated", objectType: "source", objectId: source.id, assessmentId: existing.assessmentId, before: { title: existing.title, url: existing.url }, after: { title: source.title, url: source.url } });
    return source;
  });
}

/** Sources of the assessment whose title or number contains `query` (all when empty), for picking one. */
export async function searchSources(assessmentId: string, query: string) {
  const q = query.trim();
  return db.source.findMany({
    where: { assessmentId, ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { number: { contains: q, mode: "insensitive" } }] } : {}) },
    orderBy: [{ title: "asc" }],
    take: 50,
    select: sourceSelect,
  });
}
