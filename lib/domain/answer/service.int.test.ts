// Answers against the real database: versions and conflicts, revisions, submission rules, who may edit.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createSource, searchSources, updateSource } from "@/lib/domain/source/service";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
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
  const focal = await createUser(db);
  const other = await createUser(db);
  const consultant = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, other.id, "FOCAL_POINT", foreign.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId, code: "1.3.1" }, select: { id: true } });
  await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id, contributors: { create: { ministryId: foreign.id } } } });
  const save = (user: typeof focal, baseVersion: number, fields: Partial<{ value: string | null; explanation: string; sourceIds: string[] }> = {}) =>
    saveAnswer(user, ZSaveAnswer.parse({ assessmentId: assessment.id, indicatorId: indicator.id, baseVersion, value: "yes", explanation: "", sourceIds: [], ...fields }));
  const source = () =>
    createSource(focal, ZSource.parse({ assessmentId: assessment.id, issuer: "Government of the Kyrgyz Republic", year: "2006", title: "Law No. 4 on External Labour Migration", kind: "LAW", number: "4", url: "https://cbd.minjust.gov.kg/1234", notOnline: false }));
  return { assessmentId: assessment.id, indicatorId: indicator.id, coordinator, focal, other, consultant, save, source };
}

describe("saving answers", () => {
  it("creates the answer on the first save and bumps the version on each, with a revision per save", async () => {
    const w = await world();
    expect(await w.save(w.focal, 0, { explanation: "Draft" })).toMatchObject({ status: "saved", version: 1, state: "DRAFT" });
    expect(await w.save(w.focal, 1, { explanation: "Draft, longer" })).toMatchObject({ status: "saved", version: 2 });
    const revisions = await db.answerRevision.findMany({ orderBy: { version: "asc" }, select: { version: true, explanation: true, authorId: true } });
    expect(revisions).toEqual([
      { version: 1, explanation: "Draft", authorId: w.focal.id },
      { version: 2, explanation: "Draft, longer", authorId: w.focal.id },
    ]);
    expect(await db.auditEvent.count({ where: { action: "answer.saved" } })).toBe(2);
  });

  it("refuses a stale save with the current answer instead of overwriting it", async () => {
    const w = await world();
    await w.save(w.focal, 0, { explanation: "First" });
    await w.save(w.coordinator, 1, { explanation: "Coordinator's edit" });
    const stale = await w.save(w.focal, 1, { explanation: "Typed offline" });
    expect(stale).toMatchObject({ status: "conflict", current: { version: 2, explanation: "Coordinator's edit", updatedBy: "Test User" } });
    expect((await db.answer.findFirstOrThrow()).explanation).toBe("Coordinator's edit");
    // Two first saves racing: one wins, the other gets a conflict.
    const w2 = await world();
    const results = await Promise.all([w2.save(w2.focal, 0, { explanation: "A" }), w2.save(w2.coordinator, 0, { explanation: "B" })]);
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "saved"]);
  });

  it("checks the value against the indicator's answer type", async () => {
    const w = await world();
    await expect(w.save(w.focal, 0, { value: "maybe" }).catch(codeOf)).resolves.toBe("answer.valueInvalid");
  });

  it("lets only the lead ministry's focal points (and coordinators) edit, and only in collection", async () => {
    const w = await world();
    await expect(w.save(w.other, 0)).rejects.toBeInstanceOf(ForbiddenError); // contributing ministry: read and comment only
    await expect(w.save(w.consultant, 0)).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = await createUser(db);
    await expect(w.save(stranger, 0)).rejects.toBeInstanceOf(NotFoundError);
    const launch = await world("LAUNCH");
    await expect(launch.save(launch.focal, 0)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("sources", () => {
  it("are shared: one edit shows in every answer that cites it; URLs are checked", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { sourceIds: [law.id] });
    await updateSource(w.focal, { ...ZSource.parse({ assessmentId: w.assessmentId, issuer: "Government", title: "Law No. 4 on External Labour Migration (amended 2020)", kind: "LAW", url: "https://cbd.minjust.gov.kg/1234", notOnline: false }), sourceId: law.id });
    const cited = await db.answerSource.findFirstOrThrow({ select: { source: { select: { title: true } } } });
    expect(cited.source.title).toBe("Law No. 4 on External Labour Migration (amended 2020)");
    expect((await searchSources(w.assessmentId, "amended")).map((s) => s.id)).toEqual([law.id]);
    expect((await searchSources(w.assessmentId, "4")).length).toBe(1);

    const bad = ZSource.safeParse({ assessmentId: w.assessmentId, issuer: "X", title: "Y", kind: "LAW", url: "javascript:alert(1)", notOnline: false });
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(["source.urlInvalid"]);
    const offline = ZSource.safeParse({ assessmentId: w.assessmentId, issuer: "X", title: "Y", kind: "DECREE", url: "", notOnline: "on" });
    expect(offline.success).toBe(true);
    expect(ZSource.safeParse({ assessmentId: w.assessmentId, issuer: "X", title: "Y", kind: "DECREE", url: "" }).error?.issues[0].message).toBe("source.urlRequired");
  });

  it("a source of another assessment cannot be cited", async () => {
    const w = await world();
    const elsewhere = await world();
    const foreignSource = await elsewhere.source();
    await expect(w.save(w.focal, 0, { sourceIds: [foreignSource.id] }).catch(codeOf)).resolves.toBe("source.unknown");
  });
});

describe("submitting", () => {
  it("requires a value, an explanation and, where evidence is required, a source", async () => {
    const w = await world();
    await w.save(w.focal, 0, { explanation: "" });
    const answer = await db.answer.findFirstOrThrow();
    await expect(submitAnswer(w.focal, { answerId: answer.id, version: 1 }).catch(codeOf)).resolves.toBe("answer.missing.explanation");
    await w.save(w.focal, 1, { explanation: "The Labour Code gives migrants with a work permit the same rights." });
    await expect(submitAnswer(w.focal, { answerId: answer.id, version: 2 }).catch(codeOf)).resolves.toBe("answer.missing.sources");
    const law = await w.source();
    await w.save(w.focal, 2, { explanation: "The Labour Code gives migrants with a work permit the same rights.", sourceIds: [law.id] });
    expect(await submitAnswer(w.focal, { answerId: answer.id, version: 3 })).toEqual({ version: 4, state: "SUBMITTED" });
  });

  it("submitting twice is one submission; a submitted answer is withdrawn before it changes", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { explanation: "Complete", sourceIds: [law.id] });
    const answer = await db.answer.findFirstOrThrow();
    const [a, b] = [await submitAnswer(w.focal, { answerId: answer.id, version: 1 }), await submitAnswer(w.focal, { answerId: answer.id, version: 1 })];
    expect(a).toEqual(b);
    expect(await db.auditEvent.count({ where: { action: "answer.submitted" } })).toBe(1);
    await expect(w.save(w.focal, 2, { explanation: "More" }).catch(codeOf)).resolves.toBe("answer.withdrawFirst");
    expect(await withdrawAnswer(w.focal, { answerId: answer.id, version: 2 })).toEqual({ version: 3, state: "DRAFT" });
    expect(await w.save(w.focal, 3, { explanation: "More", sourceIds: [law.id] })).toMatchObject({ status: "saved", version: 4 });
  });

  it("cannot be withdrawn once a reviewer has acted on it", async () => {
    const w = await world();
    const law = await w.source();
    await w.save(w.focal, 0, { explanation: "Complete", sourceIds: [law.id] });
    const answer = await db.answer.findFirstOrThrow();
    await submitAnswer(w.focal, { answerId: answer.id, version: 1 });
    await db.answer.update({ where: { id: answer.id }, data: { state: "APPROVED", version: 3 } });
    await expect(withdrawAnswer(w.focal, { answerId: answer.id, version: 3 }).catch(codeOf)).resolves.toBe("answer.notNow");
  });
});
