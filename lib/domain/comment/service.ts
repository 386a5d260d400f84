// Comment threads on an answer. INTERNAL threads are for coordinators and consultants only; SHARED ones
// also for the focal points of the answer's ministries (lead and contributing), and in consultation for all.
// The answer page reads them (lib/domain/answer/queries.ts getAnswerPage).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCanOn, assertCanOnAnswer } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { ZAddComment, ZResolveThread } from "./schema";

const writeAction = (visibility: "SHARED" | "INTERNAL") => (visibility === "INTERNAL" ? "comment.internal.write" : "comment.shared.write");

async function loadThread(threadId: string) {
  return db.commentThread.findUnique({
    where: { id: threadId },
    select: { id: true, visibility: true, status: true, assessmentId: true, createdById: true, answer: { select: { indicatorId: true } } },
  });
}

export async function addComment(user: CurrentUser, input: z.output<typeof ZAddComment>) {
  const target = { assessmentId: input.assessmentId, indicatorId: input.indicatorId };
  const thread = input.threadId ? await loadThread(input.threadId) : null;
  if (input.threadId && (!thread || thread.assessmentId !== input.assessmentId || thread.answer?.indicatorId !== input.indicatorId))
    throw new NotFoundError("thread");
  const visibility = thread?.visibility ?? input.visibility;
  // Also proves the indicator is in this assessment's scope: an out-of-scope one is "not found".
  await assertCanOnAnswer(user, writeAction(visibility), target);
  if (thread?.status === "RESOLVED") throw new DomainError("comment.threadResolved");

  return db.$transaction(async (tx) => {
    // A comment can come before any answer: the answer row is created empty to anchor the thread.
    const answer = await tx.answer.upsert({
      where: { assessmentId_indicatorId: target },
      update: {},
      create: target,
      select: { id: true },
    });
    const threadId =
      thread?.id ??
      (
        await tx.commentThread.create({
          data: { assessmentId: input.assessmentId, answerId: answer.id, visibility, createdById: user.id },
          select: { id: true },
        })
      ).id;
    const comment = await tx.comment.create({ data: { threadId, authorId: user.id, body: input.body }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.added",
      objectType: "comment",
      objectId: comment.id,
      assessmentId: input.assessmentId,
      after: { threadId, visibility, answerId: answer.id },
    });
    return { threadId, commentId: comment.id };
  });
}

/** Coordinators and consultants resolve threads they may write in; so may whoever opened one. */
export async function resolveThread(user: CurrentUser, input: z.output<typeof ZResolveThread>) {
  const thread = await loadThread(input.threadId);
  if (!thread || thread.assessmentId !== input.assessmentId || !thread.answer) throw new NotFoundError("thread");
  const access = await assertCanOnAnswer(user, writeAction(thread.visibility), { assessmentId: thread.assessmentId, indicatorId: thread.answer.indicatorId });
  await assertCanOn(access, "thread.resolve", { thread: { createdById: thread.createdById } }, { type: "thread", id: thread.id });
  if (thread.status === "RESOLVED") return;
  await db.$transaction(async (tx) => {
    await tx.commentThread.update({ where: { id: thread.id }, data: { status: "RESOLVED", resolvedAt: new Date(), resolvedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "thread.resolved", objectType: "thread", objectId: thread.id, assessmentId: thread.assessmentId });
  });
}
