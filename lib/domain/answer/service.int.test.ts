// Answers against the real database: versions and conflicts, revisions, the audit trail, submission rules,
// who may edit, and what a save costs.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createSource } from "@/lib/domain/source/service";
import { resetDb, testDb, testSql } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { countQueries } from "@/test/query-count";
import { ZSaveAnswer, ZSource } from "./schema";
import { saveAnswer, submitAnswer, withdrawAnswer } from "./service";

const db = testDb();
const codeOf = (error: unknown) => (error instanceof DomainError ? error.messageKey : error);
beforeEach(resetDb);

async function world(phase: "COLLECTION" | "LAUNCH" = "COLLECTION") {
  const coordinator = await createUser(db, { isIomStaff: true });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const health = await createMinistry(db, assessment.id, "Health");
  const focal = await createUser(db);
  const other = await createUser(db);
  const unrelated = await createUser(db);
  const consultant = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, other.id, "FOCAL_POINT", foreign.id);
  await addMember(db, assessment.id, unrelated.id, "FOCAL_POINT", health.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId, code: "1.3.1" }, select: { id: true } });
  await db.assignment.create({
    data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id, contributors: { create: { ministryId: foreign.id } } },
  });
  const target = { assessmentId: assessment.id, indicatorId: indicator.id };
  const save = (user: typeof focal, baseVersion: number, fields: Partial<{ value: string | null; explanation: string; sourceIds: string[] }> = {}) =>
    saveAnswer(user, ZSaveAnswer.parse({ ...target, baseVersion, value: "yes", explanation: "", sourceIds: [], ...fields }));
  const submit = (user: typeof focal, version: number) => submitAnswer(user, { ...target, version });
  const withdraw = (user: typeof focal, version: number) => withdrawAnswer(user, { ...target, version });
  const source = () =>
    createSource(
      focal,
      ZSource.parse({
        assessmentId: assessment.id,
        issuer: "Government of the Kyrgyz Republic",
        year: "2006",
        title: "Law No. 4 on External Labour Migration",
        kind: "LAW",
        number: "4",
        url: "https://cbd.minjust.gov.kg/1234",
        notOnline: false,
      }),
    );
  return { ...target, frameworkId: assessment.frameworkId, coordinator, focal, other, unrelated, consultant, save, submit, withdraw, source };
}

describe("saving answers", () => {
  it("creates the answer on the first save and bumps the version on each, with a revision per save", async () => {
    const w = await world();
    expect(await w.save(w.focal, 0, { explanation: "Draft" })).toMatchObject({ status: "saved", version: 1, state: "DRAFT" });
    expect(await w.save(w.focal, 1, { explanation: "Draft, longer" })).toMatchObject({ status: "saved", version: 2 });
    const revisions = await db.answerRevision.findMany({
      orderBy: { version: "asc" },
      select: { version: true, event: true, explanation: true, authorId: true },
    });
    expect(revisions).toEqual([
      { version: 1, event: "save", explanation: "Draft", authorId: w.focal.id },
      { version: 2, event: "save", explanation: "Draft, longer", authorId: w.focal.id },
    ]);
  });

  it("audits an editing run once, not every autosave; another person's save starts a new run", async () => {
    const w = await world();
    for (let version = 0; version < 5; version++) await w.save(w.focal, version, { explanation: "typing".slice(0, version + 1) });
    expect(await db.auditEvent.count({ where: { action: "answer.saved" } })).toBe(1);
    await w.save(w.coordinator, 5, { explanation: "Coordinator's edit" });
    await w.save(w.focal, 6, { explanation: "Back to the focal point" });
    const audited = await db.auditEvent.findMany({
      where: { action: "answer.saved" },
      orderBy: { id: "asc" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audited.map((event) => event.actorId)).toEqual([w.focal.id, w.coordinator.id, w.focal.id]);
    expect(audited[1]).toMatchObject({ before: { version: 5, state: "DRAFT" }, after: { version: 6, state: "DRAFT" } });
    expect(await db.answerRevision.count()).toBe(7);
  });

  it("takes the retry of a save that had landed as saved, without a second revision", async () => {
    const w = await world();
    await w.save(w.focal, 0, { explanation: "Sent once, response lost" });
    expect(await w.save(w.focal, 0, { explanation: "Sent once, response lost" })).toMatchObject({ status: "saved", version: 1 });
    expect(await db.answerRevision.count()).toBe(1);
  });

  it("refuses a stale save with the current answer instead of overwriting it", async () => {
    const w = await world();
    await w.save(w.focal, 0, { explanation: "First" });
    await w.save(w.coordinator, 1, { explanation: "Coordinator's edit" });
    const stale = await w.save(w.focal, 1, { explanation: "Typed offline" });
    expect(stale).toMatchObject({ status: "conflict", current: { version: 2, explanation: "Coordinator's edit", updatedBy: "Test User" } });
    expect((await db.answer.findFirstOrThrow()).explanation).toBe("Coordinator's edit");
  });

  it("lets only one of two racing first saves win; the other gets a conflict", async () => {
    const w = await world();
    const results = await Promise.all([w.save(w.focal, 0, { explanation: "A" }), w.save(w.coordinator, 0, { explanation: "B" })]);
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "saved"]);
    expect(await db.answerRevision.count()).toBe(1);
  });

  it("checks the value against the indicator's answer type", async () => {
    const w = await world();
    await expect(w.save(w.focal, 0, { value: "maybe" }).catch(codeOf)).resolves.toBe("answer.valueInvalid");
  });

  it("lets only the lead ministry's focal points (and coordinators) edit, and only in collection", async () => {
    const w = await world();
    await expect(w.save(w.other, 0)).rejects.toBeInstanceOf(ForbiddenError); // contributing ministry: read and comment only
    await expect(w.save(w.consultant, 0)).rejects.toBeInstanceOf(ForbiddenError);
    // Neither leading nor contributing: the answer does not exist for them, writes included.
    await expect(w.save(w.unrelated, 0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.submit(w.unrelated, 0)).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await createUser(db);
    await expect(w.save(stranger, 0)).rejects.toBeInstanceOf(NotFoundError);
    const launch = await world("LAUNCH");
    await expect(launch.save(launch.focal, 0)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("saves only in-scope indicators of the assessment's framework, even for a coordinator", async () => {
    const w = await world();
    const covid = await db.indicator.findFirstOrThrow({ where: { frameworkId: w.frameworkId, moduleId: { not: null } }, select: { id: true } });
    await expect(
      saveAnswer(
        w.coordinator,
        ZSaveAnswer.parse({ assessmentId: w.assessmentId, indicatorId: covid.id, baseVersion: 0, value: "yes", explanation: "", sourceIds: [] }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.answer.count()).toBe(0);
  });

  it("a source of another assessment cannot be cited", async () => {
    const w = await world();
    const elsewhere = await world();
    const foreignSource = await elsewhere.source();
    await expect(w.save(w.focal, 0, { sourceIds: [foreignSource.id] }).catch(codeOf)).resolves.toBe("source.unknown");
    expect(await db.answer.count({ where: { assessmentId: w.assessmentId } })).toBe(0);
  });

  it("costs at most six SQL statements: one read for the rights, one for the answer's facts, one write", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { explanation: "First" });
    const { count, statements } = await countQueries(() => w.save(w.focal, 1, { explanation: "Second", sourceIds: [law.id] }));
    // The session's user read (lib/auth/session.ts) comes on top in a real request: 4 in all.
    expect(count, statements.join("\n")).toBe(3);
  });
});

describe("revisions", () => {
  it("cannot be updated or deleted", async () => {
    const w = await world();
    await w.save(w.focal, 0, { explanation: "Kept" });
    const sql = testSql();
    try {
      await expect(sql`UPDATE "AnswerRevision" SET explanation = 'rewritten'`).rejects.toThrow(/immutable/);
      await expect(sql`DELETE FROM "AnswerRevision"`).rejects.toThrow(/immutable/);
    } finally {
      await sql.end();
    }
    expect((await db.answerRevision.findFirstOrThrow()).explanation).toBe("Kept");
  });
});

describe("submitting", () => {
  it("requires a value, an explanation and, where evidence is required, a source", async () => {
    const w = await world();
    await w.save(w.focal, 0, { explanation: "" });
    await expect(w.submit(w.focal, 1).catch(codeOf)).resolves.toBe("answer.missing.explanation");
    await w.save(w.focal, 1, { explanation: "The Labour Code gives migrants with a work permit the same rights." });
    await expect(w.submit(w.focal, 2).catch(codeOf)).resolves.toBe("answer.missing.sources");
    const law = await w.source();
    await w.save(w.focal, 2, { explanation: "The Labour Code gives migrants with a work permit the same rights.", sourceIds: [law.id] });
    expect(await w.submit(w.focal, 3)).toEqual({ version: 4, state: "SUBMITTED" });
    const revision = await db.answerRevision.findFirstOrThrow({ where: { version: 4 } });
    expect(revision).toMatchObject({ event: "submit", state: "SUBMITTED", sourceIds: [law.id] });
  });

  it("submitting twice, even at the same moment, is one submission and two successes", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { explanation: "Complete", sourceIds: [law.id] });
    const [a, b] = await Promise.all([w.submit(w.focal, 1), w.submit(w.focal, 1)]);
    expect(a).toEqual({ version: 2, state: "SUBMITTED" });
    expect(b).toEqual(a);
    expect(await w.submit(w.focal, 1)).toEqual(a); // a third click from a stale page
    expect(await db.auditEvent.count({ where: { action: "answer.submitted" } })).toBe(1);
    expect(await db.answerRevision.count({ where: { event: "submit" } })).toBe(1);
  });

  it("a submitted answer is withdrawn before it changes", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { explanation: "Complete", sourceIds: [law.id] });
    await w.submit(w.focal, 1);
    await expect(w.save(w.focal, 2, { explanation: "More" }).catch(codeOf)).resolves.toBe("answer.withdrawFirst");
    expect(await w.withdraw(w.focal, 2)).toEqual({ version: 3, state: "DRAFT" });
    expect((await db.answer.findFirstOrThrow()).submittedAt).toBeNull();
    expect(await w.save(w.focal, 3, { explanation: "More", sourceIds: [law.id] })).toMatchObject({ status: "saved", version: 4 });
  });

  it("cannot be withdrawn once a reviewer has acted on it, and says who did", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { explanation: "Complete", sourceIds: [law.id] });
    await w.submit(w.focal, 1);
    await db.answer.updateMany({ data: { state: "APPROVED", version: 3, updatedById: w.consultant.id } });
    await expect(w.withdraw(w.focal, 3).catch(codeOf)).resolves.toBe("answer.notNow");
    // A withdrawal based on the version before the reviewer's move loses the race and is told who acted.
    const error = await w.withdraw(w.focal, 2).catch((caught: DomainError) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).messageKey).toBe("answer.changedBy");
  });
});
