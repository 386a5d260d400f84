// Comment threads on an answer. INTERNAL threads are for coordinators and consultants only; SHARED ones
// also for the focal points of the answer's ministries (lead and contributing), and in consultation for all.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, authorize } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { ZAddComment, ZResolveThread } from "./schema";

const writeAction = (visibility: "SHARED" | "INTERNAL") => (visibility === "INTERNAL" ? "comment.internal.write" : "comment.shared.write");

export async function addComment(user: CurrentUser, input: z.output<typeof ZAddComment>) {
  const target = { assessmentId: input.assessmentId, indicatorId: input.indicatorId };
  const thread = input.threadId
    ? await db.commentThread.findUnique({ where: { id: input.threadId }, select: { id: true, visibility: true, status: true, assessmentId: true, answer: { select: { indicatorId: true } } } })
    : null;
  if (input.threadId && (!thread || thread.assessmentId !== input.assessmentId || thread.answer?.indicatorId !== input.indicatorId)) throw new NotFoundError("thread");
  const visibility = thread?.visibility ?? input.visibility;
  await assertCan(user, writeAction(visibility), target);
  if (thread?.status === "RESOLVED") throw new DomainError("comment.threadResolved");

  return db.$transaction(async (tx) => {
    // A comment can come before any answer: the answer row is created empty to anchor the thread.
    const answer = await tx.answer.upsert({
      where: { assessmentId_indicatorId: target },
      update: {},
      create: { ...target, state: "NOT_STARTED" },
      select: { id: true },
    });
    const threadId =
      thread?.id ??
      (await tx.commentThread.create({ data: { assessmentId: input.assessmentId, answerId: answer.id, visibility, createdById: user.id }, select: { id: true } })).id;
    const comment = await tx.comment.create({ data: { threadId, authorId: user.id, body: input.body }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "comment.added", objectType: "comment", objectId: comment.id, assessmentId: input.assessmentId, after: { threadId, visibility, answerId: answer.id } });
    return { threadId, commentId: comment.id };
  });
}

/** Coordinators and consultants resolve threads; so may whoever opened one. */
export async function resolveThread(user: CurrentUser, input: z.output<typeof ZResolveThread>) {
  const thread = await db.commentThread.findUnique({ where: { id: input.threadId }, select: { id: true, assessmentId: true, status: true, visibility: true, createdById: true, answer: { select: { indicatorId: true } } } });
  if (!thread || thread.assessmentId !== input.assessmentId || !thread.answer) throw new NotFoundError("thread");
  const target = { assessmentId: thread.assessmentId, indicatorId: thread.answer.indicatorId };
  const ctx = await assertCan(user, writeAction(thread.visibility), target);
  const staff = ctx.membership?.role === "COORDINATOR" || ctx.membership?.role === "CONSULTANT";
  if (!staff && thread.createdById !== user.id) throw new DomainError("error.forbidden");
  if (thread.status === "RESOLVED") return;
  await db.$transaction(async (tx) => {
    await tx.commentThread.update({ where: { id: thread.id }, data: { status: "RESOLVED", resolvedAt: new Date(), resolvedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "thread.resolved", objectType: "thread", objectId: thread.id, assessmentId: thread.assessmentId });
  });
}

/** The threads on one answer that this user may read, oldest first, with their comments. */
export async function listThreads(user: CurrentUser, assessmentId: string, indicatorId: string) {
  const target = { assessmentId, indicatorId };
  const [shared, internal] = await Promise.all([authorize(user, "comment.shared.read", target), authorize(user, "comment.internal.read", target)]);
  const visible = [...(shared.decision === "allow" ? ["SHARED" as const] : []), ...(internal.decision === "allow" ? ["INTERNAL" as const] : [])];
  if (visible.length === 0) return [];
  return db.commentThread.findMany({
    where: { assessmentId, answer: { indicatorId }, visibility: { in: visible } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      visibility: true,
      status: true,
      createdById: true,
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
}
