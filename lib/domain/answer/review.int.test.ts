// The reviewer's moves against the real database: approve, request changes, reopen, approving from the queue,
// two reviewers at once, who is told what, and who is notified.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createSource } from "@/lib/domain/source/service";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { approveAnswer, approveMany, reopenAnswer, requestChanges } from "./review";
import { ZApproveMany, ZReviewWithNote, ZSaveAnswer, ZSource } from "./schema";
import { saveAnswer, submitAnswer } from "./service";

const db = testDb();
const ORIGIN = "https://mgi.example";
const codeOf = (error: unknown) => (error instanceof DomainError ? error.messageKey : error);
beforeEach(resetDb);

async function world() {
  const coordinator = await createUser(db, { isIomStaff: true, name: "Ingrid Coordinator" });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const focal = await createUser(db, { name: "Aigul Focal" });
  const other = await createUser(db);
  const consultant = await createUser(db, { name: "Daniyar Consultant" });
  const stakeholder = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, other.id, "FOCAL_POINT", foreign.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  await addMember(db, assessment.id, stakeholder.id, "STAKEHOLDER");
  const indicators = await db.indicator.findMany({
    where: { frameworkId: assessment.frameworkId, code: { in: ["1.3.1", "1.1.1"] } },
    orderBy: { code: "desc" },
    select: { id: true, code: true },
  });
  for (const indicator of indicators)
    await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id } });
  const source = await createSource(
    focal,
    ZSource.parse({
      assessmentId: assessment.id,
      issuer: "Jogorku Kenesh",
      year: "2006",
      title: "Law on External Labour Migration",
      kind: "LAW",
      url: "https://cbd.minjust.gov.kg/1",
      notOnline: false,
    }),
  );
  /** A complete answer, submitted by the focal point: returns the version a reviewer sees. */
  const submitted = async (indicatorId = indicators[0].id) => {
    const target = { assessmentId: assessment.id, indicatorId };
    const saved = await saveAnswer(
      focal,
      ZSaveAnswer.parse({ ...target, baseVersion: 0, value: "yes", explanation: "Article 12 of the law.", sourceIds: [source.id] }),
    );
    if (saved.status !== "saved") throw new Error("not saved");
    return (await submitAnswer(focal, { ...target, version: saved.version })).version;
  };
  const target = { assessmentId: assessment.id, indicatorId: indicators[0].id };
  const note = (version: number, comment = "Please cite the article on family members.") => ZReviewWithNote.parse({ ...target, version, comment });
  return { ...target, assessment, indicators, coordinator, consultant, focal, other, stakeholder, submitted, note };
}

describe("approving", () => {
  it("moves a submitted answer to approved with a revision and an audit event; a second approval is a success", async () => {
    const w = await world();
    const version = await w.submitted();
    expect(await approveAnswer(w.consultant, { ...w, version })).toEqual({ version: version + 1, state: "APPROVED" });
    expect(await approveAnswer(w.consultant, { ...w, version })).toEqual({ version: version + 1, state: "APPROVED" });
    const answer = await db.answer.findFirstOrThrow({
      select: { approvedAt: true, revisions: { orderBy: { version: "desc" }, take: 1, select: { event: true } } },
    });
    expect(answer.approvedAt).not.toBeNull();
    expect(answer.revisions[0].event).toBe("approve");
    expect(await db.auditEvent.count({ where: { action: "answer.approved", actorId: w.consultant.id } })).toBe(1);
  });

  it("is for reviewers only: the ministry's focal point is refused; those who may not read the answer get not found", async () => {
    const w = await world();
    const version = await w.submitted();
    await expect(approveAnswer(w.focal, { ...w, version })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveAnswer(w.stakeholder, { ...w, version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveAnswer(w.other, { ...w, version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveAnswer(await createUser(db), { ...w, version })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a draft: only a submitted answer can be approved", async () => {
    const w = await world();
    await saveAnswer(w.focal, ZSaveAnswer.parse({ ...w, baseVersion: 0, value: "yes", explanation: "x", sourceIds: [] }));
    await expect(approveAnswer(w.consultant, { ...w, version: 1 })).rejects.toSatisfy((error) => codeOf(error) === "answer.notNow");
  });
});

describe("requesting changes", () => {
  it("needs a comment, which becomes a shared thread, and mails the ministry's focal points a link to the answer", async () => {
    const w = await world();
    const version = await w.submitted();
    expect(() => ZReviewWithNote.parse({ ...w, version, comment: "  " })).toThrow();
    expect(await requestChanges(w.consultant, w.note(version), ORIGIN)).toEqual({ version: version + 1, state: "CHANGES_REQUESTED" });
    const thread = await db.commentThread.findFirstOrThrow({
      select: { visibility: true, status: true, comments: { select: { body: true, authorId: true } } },
    });
    expect(thread).toEqual({
      visibility: "SHARED",
      status: "OPEN",
      comments: [{ body: "Please cite the article on family members.", authorId: w.consultant.id }],
    });
    const mail = await db.outboxMessage.findMany({ select: { to: true, subject: true, body: true } });
    expect(mail.map((message) => message.to)).toEqual([w.focal.email]);
    expect(mail[0].subject).toContain("1.3.1");
    expect(mail[0].body).toContain(`${ORIGIN}/assessments/${w.assessmentId}/questionnaire/1.3.1`);
    expect(mail[0].body).toContain("Please cite the article on family members.");
    expect(await db.auditEvent.count({ where: { action: { in: ["answer.changes_requested", "comment.added"] } } })).toBe(2);
  });

  it("lets the focal point update and resubmit, and the reviewer approve the new version", async () => {
    const w = await world();
    const version = await w.submitted();
    const requested = await requestChanges(w.consultant, w.note(version), ORIGIN);
    const saved = await saveAnswer(
      w.focal,
      ZSaveAnswer.parse({ ...w, baseVersion: requested.version, value: "partially", explanation: "Article 12 and 14.", sourceIds: [] }),
    );
    expect(saved).toMatchObject({ status: "saved", state: "DRAFT" });
    await db.answerSource.createMany({
      data: (await db.source.findMany({ select: { id: true } })).map((s) => ({ answerId: (saved as { answerId: string }).answerId, sourceId: s.id })),
    });
    const resubmitted = await submitAnswer(w.focal, { ...w, version: (saved as { version: number }).version });
    expect(resubmitted.state).toBe("SUBMITTED");
    expect((await approveAnswer(w.coordinator, { ...w, version: resubmitted.version })).state).toBe("APPROVED");
  });

  it("two reviewers at once: one wins, the other is told who acted, and nothing of the loser's is written", async () => {
    const w = await world();
    const version = await w.submitted();
    const results = await Promise.allSettled([approveAnswer(w.consultant, { ...w, version }), requestChanges(w.coordinator, w.note(version), ORIGIN)]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = (lost[0] as PromiseRejectedResult).reason as DomainError;
    expect(error.messageKey).toBe("answer.changedBy");
    const winner = results[0].status === "fulfilled" ? "Daniyar Consultant" : "Ingrid Coordinator";
    expect(error.options.vars).toEqual({ name: winner });
    const answer = await db.answer.findFirstOrThrow({ select: { version: true } });
    expect(answer.version).toBe(version + 1);
    // The loser's comment and mail went with its rolled-back move.
    expect(await db.commentThread.count()).toBe(results[1].status === "fulfilled" ? 1 : 0);
    expect(await db.outboxMessage.count()).toBe(results[1].status === "fulfilled" ? 1 : 0);
  });
});

describe("reopening an approved answer", () => {
  it("needs a comment; in collection it goes back to the ministry without the consultation flag", async () => {
    const w = await world();
    const approved = await approveAnswer(w.consultant, { ...w, version: await w.submitted() });
    await expect(reopenAnswer(w.consultant, { ...w.note(approved.version), comment: "" }, ORIGIN)).rejects.toSatisfy(
      (error) => codeOf(error) === "validation.required",
    );
    expect(await reopenAnswer(w.consultant, w.note(approved.version, "The 2021 amendment changes this."), ORIGIN)).toEqual({
      version: approved.version + 1,
      state: "CHANGES_REQUESTED",
    });
    const answer = await db.answer.findFirstOrThrow({ select: { reopened: true, approvedAt: true } });
    expect(answer).toEqual({ reopened: false, approvedAt: null });
    expect(await db.outboxMessage.count({ where: { to: w.focal.email } })).toBe(1);
  });

  it("in consultation it marks the answer reopened, so its focal points may edit it again, until it is approved again", async () => {
    const w = await world();
    const approved = await approveAnswer(w.consultant, { ...w, version: await w.submitted() });
    await db.assessment.update({ where: { id: w.assessmentId }, data: { phase: "CONSULTATION" } });
    await expect(
      saveAnswer(w.focal, ZSaveAnswer.parse({ ...w, baseVersion: approved.version, value: "no", explanation: "x", sourceIds: [] })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const reopened = await reopenAnswer(w.coordinator, w.note(approved.version), ORIGIN);
    expect((await db.answer.findFirstOrThrow({ select: { reopened: true } })).reopened).toBe(true);
    const saved = await saveAnswer(w.focal, ZSaveAnswer.parse({ ...w, baseVersion: reopened.version, value: "yes", explanation: "Updated.", sourceIds: [] }));
    expect(saved.status).toBe("saved");
    const sourceIds = (await db.source.findMany({ select: { id: true } })).map((s) => s.id);
    const resaved = await saveAnswer(w.focal, ZSaveAnswer.parse({ ...w, baseVersion: reopened.version + 1, value: "yes", explanation: "Updated.", sourceIds }));
    const resubmitted = await submitAnswer(w.focal, { ...w, version: (resaved as { version: number }).version });
    await approveAnswer(w.consultant, { ...w, version: resubmitted.version });
    expect(await db.answer.findFirstOrThrow({ select: { reopened: true, state: true } })).toEqual({ reopened: false, state: "APPROVED" });
  });

  it("is refused on an answer that is not approved", async () => {
    const w = await world();
    const version = await w.submitted();
    await expect(reopenAnswer(w.consultant, w.note(version), ORIGIN)).rejects.toSatisfy((error) => codeOf(error) === "answer.notNow");
  });
});

describe("approving several answers from the queue", () => {
  it("approves each one it may, each audited, and reports the one that changed meanwhile", async () => {
    const w = await world();
    const first = await w.submitted(w.indicators[0].id);
    const second = await w.submitted(w.indicators[1].id);
    const input = ZApproveMany.parse({ assessmentId: w.assessmentId, answers: [`${w.indicators[0].id}@${first}`, `${w.indicators[1].id}@${second - 1}`] });
    const result = await approveMany(w.consultant, input);
    expect(result.approved).toBe(1);
    expect(result.refused).toEqual([{ indicatorId: w.indicators[1].id, reason: "answer.changedBy", vars: { name: "Aigul Focal" } }]);
    expect(await db.auditEvent.count({ where: { action: "answer.approved" } })).toBe(1);
  });

  it("refuses an empty selection with a message", async () => {
    const w = await world();
    const parsed = ZApproveMany.safeParse({ assessmentId: w.assessmentId });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("review.noneSelected");
  });
});
