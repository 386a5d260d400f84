// Comment threads on the sections of a frozen consultation draft. Every member who may comment on the profile
// (stakeholders and focal points included, in consultation) starts threads and replies; coordinators and
// consultants resolve any thread, others the threads they opened (lib/auth/policy.ts "thread.resolve").
// Section threads are all shared: the whole draft is read by every member. Answer threads are lib/domain/comment's.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, assertCanOn } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { ZAddSectionComment, ZResolveSectionThread } from "./schema";
import { isFrozenDraft } from "./workflow";

export async function addSectionComment(user: CurrentUser, input: z.output<typeof ZAddSectionComment>) {
  await assertCan(user, "profile.comment", input.assessmentId);
  const [section, thread] = await Promise.all([
    db.profileSection.findUnique({ where: { id: input.sectionId }, select: { id: true, key: true, draft: { select: { assessmentId: true, number: true } } } }),
    input.threadId ? db.commentThread.findUnique({ where: { id: input.threadId }, select: { id: true, sectionId: true, status: true } }) : null,
  ]);
  // Only the sections of this assessment's frozen drafts are open to comment; the working draft is the editors'.
  if (!section || section.draft.assessmentId !== input.assessmentId || !isFrozenDraft(section.draft.number)) throw new NotFoundError("section");
  if (input.threadId && (!thread || thread.sectionId !== section.id)) throw new NotFoundError("thread");
  if (thread?.status === "RESOLVED") throw new DomainError("comment.threadResolved");

  return db.$transaction(async (tx) => {
    const threadId =
      thread?.id ??
      (
        await tx.commentThread.create({
          data: { assessmentId: input.assessmentId, sectionId: section.id, visibility: "SHARED", createdById: user.id },
          select: { id: true },
        })
      ).id;
    const comment = await tx.comment.create({ data: { threadId, authorId: user.id, body: input.body }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.comment_added",
      objectType: "comment",
      objectId: comment.id,
      assessmentId: input.assessmentId,
      after: { threadId, sectionId: section.id, key: section.key, draft: section.draft.number, reply: !!thread },
    });
    return { threadId, commentId: comment.id };
  });
}

export async function resolveSectionThread(user: CurrentUser, input: z.output<typeof ZResolveSectionThread>) {
  const access = await assertCan(user, "profile.comment", input.assessmentId);
  const thread = await db.commentThread.findUnique({
    where: { id: input.threadId },
    select: { id: true, assessmentId: true, sectionId: true, status: true, createdById: true },
  });
  if (!thread || thread.assessmentId !== input.assessmentId || !thread.sectionId) throw new NotFoundError("thread");
  await assertCanOn(access, "thread.resolve", { thread: { createdById: thread.createdById } }, { type: "thread", id: thread.id });
  if (thread.status === "RESOLVED") return;
  await db.$transaction(async (tx) => {
    const resolved = await tx.commentThread.updateMany({
      where: { id: thread.id, status: "OPEN" },
      data: { status: "RESOLVED", resolvedAt: new Date(), resolvedById: user.id },
    });
    if (resolved.count !== 1) return;
    await recordAudit(tx, { actorId: user.id, action: "thread.resolved", objectType: "thread", objectId: thread.id, assessmentId: thread.assessmentId });
  });
}
