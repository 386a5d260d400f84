// Comments on answers: who may write and read shared and internal threads.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { loadAccess } from "@/lib/auth/authorize";
import { getAnswerPage } from "@/lib/domain/answer/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { addComment, resolveThread } from "./service";

const db = testDb();
const codeOf = (error: unknown) => (error instanceof DomainError ? error.messageKey : error);
beforeEach(resetDb);

/** The threads the answer page would show this user. */
async function threadsSeenBy(user: CurrentUser, assessmentId: string) {
  const access = await loadAccess(user, assessmentId);
  return (await getAnswerPage(access!, "1.3.1"))!.threads;
}

async function setup() {
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const [lead, contributor, other] = await Promise.all(["Labour", "Interior", "Health"].map((name) => createMinistry(db, assessment.id, name)));
  const users = {
    coordinator,
    consultant: await createUser(db),
    lead: await createUser(db),
    contributor: await createUser(db),
    other: await createUser(db),
    stakeholder: await createUser(db),
  };
  await addMember(db, assessment.id, users.consultant.id, "CONSULTANT");
  await addMember(db, assessment.id, users.lead.id, "FOCAL_POINT", lead.id);
  await addMember(db, assessment.id, users.contributor.id, "FOCAL_POINT", contributor.id);
  await addMember(db, assessment.id, users.other.id, "FOCAL_POINT", other.id);
  await addMember(db, assessment.id, users.stakeholder.id, "STAKEHOLDER");
  const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId, code: "1.3.1" }, select: { id: true } });
  await db.assignment.create({
    data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: lead.id, contributors: { create: { ministryId: contributor.id } } },
  });
  const base = { assessmentId: assessment.id, indicatorId: indicator.id };
  return { ...users, base };
}

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
