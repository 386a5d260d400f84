// Comment threads on an answer. INTERNAL threads are for coordinators and consultants only; SHARED ones
// also for the focal points of the answer's ministries (lead and contributing), and in consultation for all.
// A new thread may quote a passage of the answer's explanation (an annotation, ./quote.ts). Whoever may not
// read a thread gets "not found" for everything done to it by id: replying, resolving, reopening, editing.
// The answer page reads them (lib/domain/answer/queries.ts getAnswerPage).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { assertCanOn, assertCanOnAnswer, assertSees, loadAccess, loadIndicatorFacts } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { ThreadStatus, ThreadVisibility } from "@/lib/generated/prisma/enums";
import { anchorQuote } from "./quote";
import type { ZAddComment, ZDeleteComment, ZEditComment, ZReopenThread, ZResolveThread } from "./schema";

const readAction = (visibility: ThreadVisibility) => (visibility === "INTERNAL" ? "comment.internal.read" : "comment.shared.read");
const writeAction = (visibility: ThreadVisibility) => (visibility === "INTERNAL" ? "comment.internal.write" : "comment.shared.write");

/**
 * A thread of this assessment's answers with the actor's access, after proving the actor may read it (else
 * "not found", audited) and write in it (else "forbidden"). Three queries: the thread, the access, the answer's facts.
 */
async function authorizeThread(user: CurrentUser, assessmentId: string, threadId: string) {
  const thread = await db.commentThread.findUnique({
    where: { id: threadId },
    select: { id: true, visibility: true, status: true, assessmentId: true, createdById: true, answer: { select: { indicatorId: true } } },
  });
  if (!thread || thread.assessmentId !== assessmentId || !thread.answer) throw new NotFoundError("thread");
  const access = await loadAccess(user, assessmentId);
  const loaded = access && (await loadIndicatorFacts(access, thread.answer.indicatorId));
  if (!access || !loaded) throw new NotFoundError("thread");
  const object = { type: "thread", id: thread.id };
  await assertSees(access, readAction(thread.visibility), { answer: loaded.facts }, object);
  await assertCanOn(access, writeAction(thread.visibility), { answer: loaded.facts }, object);
  return { thread, access, indicatorId: thread.answer.indicatorId };
}

/** Locks the thread against concurrent replies and edits for the rest of the transaction; its status now. */
async function lockThread(tx: Tx, threadId: string): Promise<ThreadStatus | null> {
  const rows = await tx.$queryRaw<{ status: ThreadStatus }[]>`SELECT status::text AS status FROM "CommentThread" WHERE id = ${threadId}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

async function assertOpen(tx: Tx, threadId: string) {
  const status = await lockThread(tx, threadId);
  if (!status) throw new NotFoundError("thread");
  if (status === "RESOLVED") throw new DomainError("comment.threadResolved");
}

/** Starts a thread (quoting a passage of the explanation, or not) or replies in one. */
export async function addComment(user: CurrentUser, input: z.output<typeof ZAddComment>) {
  if (input.threadId) return reply(user, input as typeof input & { threadId: string });
  const target = { assessmentId: input.assessmentId, indicatorId: input.indicatorId };
  // Also proves the indicator is in this assessment's scope: an out-of-scope one is "not found".
  const answerAccess = await assertCanOnAnswer(user, writeAction(input.visibility), target, { withContent: !!input.quoteText });
  const quote = input.quoteText ? anchorQuote(answerAccess.content?.explanation ?? "", input.quoteText, input.quoteStart) : null;
  if (input.quoteText && !quote) throw new DomainError("comment.quoteNotFound", { field: "quoteText" });

  return db.$transaction(async (tx) => {
    // A comment can come before any answer: the answer row is created empty to anchor the thread.
    const answer = await tx.answer.upsert({ where: { assessmentId_indicatorId: target }, update: {}, create: target, select: { id: true } });
    const thread = await tx.commentThread.create({
      data: {
        assessmentId: input.assessmentId,
        answerId: answer.id,
        visibility: input.visibility,
        createdById: user.id,
        ...(quote && { quoteText: quote.text, quoteStart: quote.start, quoteEnd: quote.end, quoteAnswerVersion: answerAccess.version }),
      },
      select: { id: true },
    });
    const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: user.id, body: input.body }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.added",
      objectType: "comment",
      objectId: comment.id,
      assessmentId: input.assessmentId,
      after: { threadId: thread.id, visibility: input.visibility, answerId: answer.id, ...(quote && { quote: { start: quote.start, end: quote.end } }) },
    });
    return { threadId: thread.id, commentId: comment.id };
  });
}

async function reply(user: CurrentUser, input: z.output<typeof ZAddComment> & { threadId: string }) {
  const { thread, indicatorId } = await authorizeThread(user, input.assessmentId, input.threadId);
  if (indicatorId !== input.indicatorId) throw new NotFoundError("thread");
  if (thread.status === "RESOLVED") throw new DomainError("comment.threadResolved");
  return db.$transaction(async (tx) => {
    await assertOpen(tx, thread.id);
    const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: user.id, body: input.body }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.added",
      objectType: "comment",
      objectId: comment.id,
      assessmentId: input.assessmentId,
      after: { threadId: thread.id, visibility: thread.visibility },
    });
    return { threadId: thread.id, commentId: comment.id };
  });
}

/** Coordinators and consultants resolve threads they may write in; so may whoever opened one. A repeat is a success. */
export async function resolveThread(user: CurrentUser, input: z.output<typeof ZResolveThread>) {
  await setStatus(user, input, "RESOLVED");
}

/** Opens a resolved thread again, for the same people who may resolve it. A repeat is a success. */
export async function reopenThread(user: CurrentUser, input: z.output<typeof ZReopenThread>) {
  await setStatus(user, input, "OPEN");
}

async function setStatus(user: CurrentUser, input: { assessmentId: string; threadId: string }, status: ThreadStatus) {
  const { thread, access } = await authorizeThread(user, input.assessmentId, input.threadId);
  const resolving = status === "RESOLVED";
  await assertCanOn(access, resolving ? "thread.resolve" : "thread.reopen", { thread: { createdById: thread.createdById } }, { type: "thread", id: thread.id });
  await db.$transaction(async (tx) => {
    // Conditional on the status it changes: of two people resolving at once, one writes and the other is done.
    const changed = await tx.commentThread.updateMany({
      where: { id: thread.id, status: { not: status } },
      data: resolving ? { status, resolvedAt: new Date(), resolvedById: user.id } : { status, resolvedAt: null, resolvedById: null },
    });
    if (changed.count === 0) return;
    await recordAudit(tx, {
      actorId: user.id,
      action: resolving ? "thread.resolved" : "thread.reopened",
      objectType: "thread",
      objectId: thread.id,
      assessmentId: thread.assessmentId,
    });
  });
}

/** One's own comment, in a thread one may read and write in, that nobody has answered yet (checked again under lock). */
async function authorizeOwnComment(user: CurrentUser, input: { assessmentId: string; commentId: string }) {
  const comment = await db.comment.findUnique({
    where: { id: input.commentId },
    select: { id: true, threadId: true, authorId: true, body: true, createdAt: true },
  });
  if (!comment) throw new NotFoundError("comment");
  const { thread, access } = await authorizeThread(user, input.assessmentId, comment.threadId);
  await assertCanOn(access, "comment.edit", { comment: { authorId: comment.authorId } }, { type: "comment", id: comment.id });
  return { comment, thread };
}

async function assertUnanswered(tx: Tx, comment: { id: string; threadId: string; createdAt: Date }) {
  await assertOpen(tx, comment.threadId);
  const replies = await tx.comment.count({ where: { threadId: comment.threadId, id: { not: comment.id }, createdAt: { gte: comment.createdAt } } });
  if (replies > 0) throw new DomainError("comment.hasReplies");
}

export async function editComment(user: CurrentUser, input: z.output<typeof ZEditComment>) {
  const { comment, thread } = await authorizeOwnComment(user, input);
  return db.$transaction(async (tx) => {
    await assertUnanswered(tx, comment);
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.edited",
      objectType: "comment",
      objectId: comment.id,
      assessmentId: thread.assessmentId,
      before: { body: comment.body, visibility: thread.visibility },
      after: { body: input.body, visibility: thread.visibility },
    });
    return { commentId: comment.id };
  });
}

/** Deletes one's own unanswered comment; a thread left without comments goes with it. */
export async function deleteComment(user: CurrentUser, input: z.output<typeof ZDeleteComment>) {
  const { comment, thread } = await authorizeOwnComment(user, input);
  return db.$transaction(async (tx) => {
    await assertUnanswered(tx, comment);
    const others = await tx.comment.count({ where: { threadId: comment.threadId, id: { not: comment.id } } });
    if (others === 0) await tx.commentThread.delete({ where: { id: comment.threadId } });
    else await tx.comment.delete({ where: { id: comment.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.deleted",
      objectType: "comment",
      objectId: comment.id,
      assessmentId: thread.assessmentId,
      before: { body: comment.body, threadId: comment.threadId, visibility: thread.visibility, threadDeleted: others === 0 },
    });
    return { threadDeleted: others === 0 };
  });
}
