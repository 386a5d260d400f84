// Comments on answers: who may write and read shared and internal threads.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";
import { commentWorld } from "@/test/comment-world";
import { loadAccess } from "@/lib/auth/authorize";
import { getAnswerPage } from "@/lib/domain/answer/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { addComment, deleteComment, editComment, reopenThread, resolveThread } from "./service";
import { annotationsOf } from "./quote";

const db = testDb();
const codeOf = (error: unknown) => (error instanceof DomainError ? error.messageKey : error);
beforeEach(resetDb);

/** The threads the answer page would show this user. */
async function threadsSeenBy(user: CurrentUser, assessmentId: string) {
  const access = await loadAccess(user, assessmentId);
  return (await getAnswerPage(access!, "1.3.1"))!.threads;
}

const setup = () => commentWorld(db);

describe("comments on an answer", () => {
  it("a contributing ministry comments before any answer exists; the lead ministry replies", async () => {
    const w = await setup();
    const { threadId } = await addComment(w.contributor, {
      ...w.base,
      visibility: "SHARED",
      body: "Our ministry issues the work permits: cite Resolution No. 175.",
    });
    await addComment(w.lead, { ...w.base, threadId, visibility: "SHARED", body: "Added, thank you." });
    const threads = await threadsSeenBy(w.lead, w.base.assessmentId);
    expect(threads).toHaveLength(1);
    expect(threads[0].comments.map((comment) => comment.body)).toEqual(["Our ministry issues the work permits: cite Resolution No. 175.", "Added, thank you."]);
    expect(await db.answer.findFirstOrThrow({ select: { state: true } })).toEqual({ state: "NOT_STARTED" });
  });

  it("keeps internal threads from focal points, and other ministries out of shared ones", async () => {
    const w = await setup();
    await addComment(w.consultant, { ...w.base, visibility: "INTERNAL", body: "Check the 2020 amendment before approving." });
    await addComment(w.lead, { ...w.base, visibility: "SHARED", body: "Draft ready." });
    expect((await threadsSeenBy(w.coordinator, w.base.assessmentId)).map((t) => t.visibility).sort()).toEqual(["INTERNAL", "SHARED"]);
    expect((await threadsSeenBy(w.lead, w.base.assessmentId)).map((t) => t.visibility)).toEqual(["SHARED"]);
    expect(await threadsSeenBy(w.other, w.base.assessmentId)).toEqual([]);
    expect(await threadsSeenBy(w.stakeholder, w.base.assessmentId)).toEqual([]);
    await expect(addComment(w.lead, { ...w.base, visibility: "INTERNAL", body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    // Another ministry's focal point: the answer does not exist for them, so neither does commenting on it.
    await expect(addComment(w.other, { ...w.base, visibility: "SHARED", body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await createUser(db);
    await expect(addComment(stranger, { ...w.base, visibility: "SHARED", body: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a resolved thread takes no more comments; only reviewers or its author resolve it", async () => {
    const w = await setup();
    const { threadId } = await addComment(w.lead, { ...w.base, visibility: "SHARED", body: "Question" });
    await expect(resolveThread(w.contributor, { assessmentId: w.base.assessmentId, threadId }).catch(codeOf)).resolves.toBe("error.forbidden");
    await resolveThread(w.consultant, { assessmentId: w.base.assessmentId, threadId });
    await expect(addComment(w.lead, { ...w.base, threadId, visibility: "SHARED", body: "More" }).catch(codeOf)).resolves.toBe("comment.threadResolved");
    expect(await db.auditEvent.count({ where: { action: { in: ["comment.added", "thread.resolved"] } } })).toBe(2);
  });

  it("takes comments only on in-scope indicators of the assessment's framework", async () => {
    const w = await setup();
    const framework = await db.assessment.findUniqueOrThrow({ where: { id: w.base.assessmentId }, select: { frameworkId: true } });
    const covid = await db.indicator.findFirstOrThrow({ where: { frameworkId: framework.frameworkId, moduleId: { not: null } }, select: { id: true } });
    await expect(
      addComment(w.coordinator, { assessmentId: w.base.assessmentId, indicatorId: covid.id, visibility: "INTERNAL", body: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.answer.count()).toBe(0);
  });
});

const EXPLANATION = "The Labour Code regulates work permits. The Labour Code was amended in 2020 to cover seasonal work.";

describe("annotations: a passage of the explanation quoted by a thread", () => {
  it("keeps the selected passage with its offsets and the answer's version, and audits it", async () => {
    const w = await setup();
    await w.explain(EXPLANATION);
    const version = (await db.answer.findFirstOrThrow({ select: { version: true } })).version;
    const start = EXPLANATION.lastIndexOf("The Labour Code");
    const { threadId } = await addComment(w.consultant, {
      ...w.base,
      visibility: "SHARED",
      body: "Which article?",
      quoteText: "The Labour Code",
      quoteStart: start,
    });
    expect(
      await db.commentThread.findUniqueOrThrow({
        where: { id: threadId },
        select: { quoteText: true, quoteStart: true, quoteEnd: true, quoteAnswerVersion: true },
      }),
    ).toEqual({
      quoteText: "The Labour Code",
      quoteStart: start,
      quoteEnd: start + 15,
      quoteAnswerVersion: version,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "comment.added" }, select: { after: true } });
    expect(audit.after).toMatchObject({ threadId, quote: { start, end: start + 15 } });
    // A pasted passage (no offset from a selection) is anchored at its first occurrence.
    const pasted = await addComment(w.coordinator, { ...w.base, visibility: "INTERNAL", body: "Check it.", quoteText: "  work permits " });
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: pasted.threadId }, select: { quoteText: true, quoteStart: true } })).toEqual({
      quoteText: "work permits",
      quoteStart: EXPLANATION.indexOf("work permits"),
    });
  });

  it("refuses a passage that is not in the saved explanation, next to the passage field, and writes nothing", async () => {
    const w = await setup();
    await w.explain(EXPLANATION);
    const refused = await addComment(w.consultant, { ...w.base, visibility: "SHARED", body: "x", quoteText: "residence permits" }).catch((error) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect([refused.messageKey, refused.options.field]).toEqual(["comment.quoteNotFound", "quoteText"]);
    expect(await db.commentThread.count()).toBe(0);
  });

  it("follows the passage when the explanation changes, and says when it is gone", async () => {
    const w = await setup();
    await w.explain(EXPLANATION);
    await addComment(w.consultant, {
      ...w.base,
      visibility: "SHARED",
      body: "Since when?",
      quoteText: "amended in 2020",
      quoteStart: EXPLANATION.indexOf("amended"),
    });
    const placed = async () => {
      const page = (await getAnswerPage((await loadAccess(w.lead, w.base.assessmentId))!, "1.3.1"))!;
      return annotationsOf(page.answer!.explanation, page.threads).map(({ placed, text, open }) => ({ placed, text, open }));
    };
    await w.explain(`In force since 2019. ${EXPLANATION}`);
    const moved = `In force since 2019. ${EXPLANATION}`.indexOf("amended in 2020");
    expect(await placed()).toEqual([{ text: "amended in 2020", open: true, placed: { start: moved, end: moved + 15 } }]);
    await w.explain("The Labour Code regulates work permits.");
    expect(await placed()).toEqual([{ text: "amended in 2020", open: true, placed: null }]);
  });
});

describe("resolving and reopening a thread", () => {
  it("reviewers resolve and reopen; the author of a thread reopens it; a repeat is a success audited once", async () => {
    const w = await setup();
    const { threadId } = await addComment(w.lead, { ...w.base, visibility: "SHARED", body: "Is the 2020 amendment enough?" });
    const ids = { assessmentId: w.base.assessmentId, threadId };
    await resolveThread(w.consultant, ids);
    await resolveThread(w.coordinator, ids);
    await expect(reopenThread(w.contributor, ids).catch(codeOf)).resolves.toBe("error.forbidden");
    await reopenThread(w.lead, ids);
    await reopenThread(w.consultant, ids);
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: threadId }, select: { status: true, resolvedAt: true, resolvedById: true } })).toEqual({
      status: "OPEN",
      resolvedAt: null,
      resolvedById: null,
    });
    await addComment(w.consultant, { ...w.base, threadId, visibility: "SHARED", body: "Yes, with the decree." });
    const audit = await db.auditEvent.findMany({ where: { objectId: threadId }, orderBy: { at: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "thread.resolved", actorId: w.consultant.id },
      { action: "access.denied", actorId: w.contributor.id },
      { action: "thread.reopened", actorId: w.lead.id },
    ]);
  });

  it("a resolved thread refuses replies, edits and deletions until it is reopened", async () => {
    const w = await setup();
    const { threadId, commentId } = await addComment(w.consultant, { ...w.base, visibility: "SHARED", body: "Cite the decree." });
    await resolveThread(w.consultant, { assessmentId: w.base.assessmentId, threadId });
    const ids = { assessmentId: w.base.assessmentId, commentId };
    await expect(addComment(w.lead, { ...w.base, threadId, visibility: "SHARED", body: "Done" }).catch(codeOf)).resolves.toBe("comment.threadResolved");
    await expect(editComment(w.consultant, { ...ids, body: "Cite it." }).catch(codeOf)).resolves.toBe("comment.threadResolved");
    await expect(deleteComment(w.consultant, ids).catch(codeOf)).resolves.toBe("comment.threadResolved");
  });
});

describe("editing and deleting one's own comment", () => {
  it("the author edits a comment nobody has answered; the edit is audited with both texts", async () => {
    const w = await setup();
    const { commentId } = await addComment(w.consultant, { ...w.base, visibility: "INTERNAL", body: "Chek the amendment." });
    await editComment(w.consultant, { assessmentId: w.base.assessmentId, commentId, body: "Check the amendment." });
    const comment = await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { body: true, editedAt: true } });
    expect(comment.body).toBe("Check the amendment.");
    expect(comment.editedAt).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "comment.edited" },
      select: { objectId: true, actorId: true, before: true, after: true },
    });
    expect(audit).toEqual({
      objectId: commentId,
      actorId: w.consultant.id,
      before: { body: "Chek the amendment.", visibility: "INTERNAL" },
      after: { body: "Check the amendment.", visibility: "INTERNAL" },
    });
  });

  it("nobody else edits or deletes it, a coordinator neither", async () => {
    const w = await setup();
    const { commentId } = await addComment(w.lead, { ...w.base, visibility: "SHARED", body: "Draft ready." });
    const ids = { assessmentId: w.base.assessmentId, commentId };
    for (const user of [w.coordinator, w.consultant, w.contributor]) {
      await expect(editComment(user, { ...ids, body: "Changed" }).catch(codeOf)).resolves.toBe("error.forbidden");
      await expect(deleteComment(user, ids).catch(codeOf)).resolves.toBe("error.forbidden");
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { body: true } })).body).toBe("Draft ready.");
  });

  it("once answered, a comment is refused with a clear message; the reply, unanswered, may still change", async () => {
    const w = await setup();
    const { threadId, commentId } = await addComment(w.consultant, { ...w.base, visibility: "SHARED", body: "Which decree?" });
    const replied = await addComment(w.lead, { ...w.base, threadId, visibility: "SHARED", body: "No. 175" });
    const ids = { assessmentId: w.base.assessmentId, commentId };
    await expect(editComment(w.consultant, { ...ids, body: "Which resolution?" }).catch(codeOf)).resolves.toBe("comment.hasReplies");
    await expect(deleteComment(w.consultant, ids).catch(codeOf)).resolves.toBe("comment.hasReplies");
    await editComment(w.lead, { assessmentId: w.base.assessmentId, commentId: replied.commentId, body: "Resolution No. 175" });
    expect(await deleteComment(w.lead, { assessmentId: w.base.assessmentId, commentId: replied.commentId })).toEqual({ threadDeleted: false });
    expect(await db.comment.findMany({ where: { threadId }, select: { body: true } })).toEqual([{ body: "Which decree?" }]);
    // Its reply gone, the first comment is unanswered again.
    expect(await deleteComment(w.consultant, ids)).toEqual({ threadDeleted: true });
    expect(await db.commentThread.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "comment.deleted" } })).toBe(2);
  });
});

describe("a reply racing a deletion", () => {
  it("never leaves a reply to a deleted comment: one of the two is refused", async () => {
    const w = await setup();
    for (let round = 0; round < 5; round++) {
      const { threadId, commentId } = await addComment(w.consultant, { ...w.base, visibility: "SHARED", body: `Question ${round}` });
      const [removed, replied] = await Promise.allSettled([
        deleteComment(w.consultant, { assessmentId: w.base.assessmentId, commentId }),
        addComment(w.lead, { ...w.base, threadId, visibility: "SHARED", body: `Answer ${round}` }),
      ]);
      expect([removed.status, replied.status].sort()).toEqual(["fulfilled", "rejected"]);
      const left = await db.comment.findMany({ where: { threadId }, select: { body: true } });
      expect(left).toEqual(removed.status === "fulfilled" ? [] : [{ body: `Question ${round}` }, { body: `Answer ${round}` }]);
    }
  });
});

describe("who may not even see a thread gets not found for everything done to it", () => {
  it("another ministry's focal point, for a shared thread; a focal point, a stakeholder and a stranger, for an internal one", async () => {
    const w = await setup();
    const stranger = await createUser(db);
    const shared = await addComment(w.lead, { ...w.base, visibility: "SHARED", body: "Shared question" });
    const internal = await addComment(w.consultant, { ...w.base, visibility: "INTERNAL", body: "Internal note" });
    const attempts = (thread: { threadId: string; commentId: string }, user: CurrentUser) => [
      () => addComment(user, { ...w.base, threadId: thread.threadId, visibility: "SHARED", body: "x" }),
      () => resolveThread(user, { assessmentId: w.base.assessmentId, threadId: thread.threadId }),
      () => reopenThread(user, { assessmentId: w.base.assessmentId, threadId: thread.threadId }),
      () => editComment(user, { assessmentId: w.base.assessmentId, commentId: thread.commentId, body: "x" }),
      () => deleteComment(user, { assessmentId: w.base.assessmentId, commentId: thread.commentId }),
    ];
    const cases: [typeof shared, CurrentUser][] = [
      [shared, w.other],
      [shared, w.stakeholder],
      [shared, stranger],
      [internal, w.lead],
      [internal, w.contributor],
      [internal, w.other],
      [internal, w.stakeholder],
      [internal, stranger],
    ];
    for (const [thread, user] of cases) {
      for (const attempt of attempts(thread, user)) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.comment.count()).toBe(2);
    expect(await db.commentThread.count({ where: { status: "OPEN" } })).toBe(2);
  });

  it("a thread of another assessment, or of another indicator, is not found through this one", async () => {
    const w = await setup();
    const elsewhere = await commentWorld(db);
    const { threadId } = await addComment(elsewhere.consultant, { ...elsewhere.base, visibility: "SHARED", body: "Elsewhere" });
    await expect(resolveThread(w.consultant, { assessmentId: w.base.assessmentId, threadId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment(w.consultant, { ...w.base, threadId, visibility: "SHARED", body: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
