// Row-level authorization with facts from the database: membership, ministry, phase, scope; refusals are
// audited, and each check costs a fixed number of queries.
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { countQueries } from "@/test/query-count";
import { assertCan, assertCanOnAnswer, loadAccess } from "./authorize";

const db = testDb();
beforeEach(resetDb);

async function world() {
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  const labour = await createMinistry(db, assessment.id, "Ministry of Labour");
  const foreign = await createMinistry(db, assessment.id, "Ministry of Foreign Affairs");
  const focalLabour = await createUser(db);
  const focalForeign = await createUser(db);
  const stranger = await createUser(db);
  const iomStaff = await createUser(db, { isIomStaff: true });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  await addMember(db, assessment.id, focalLabour.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, focalForeign.id, "FOCAL_POINT", foreign.id);
  const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId, code: "1.3.1" }, select: { id: true } });
  // A COVID-19 module indicator: out of scope, since this assessment did not switch the module on.
  const moduleIndicator = await db.indicator.findFirstOrThrow({
    where: { frameworkId: assessment.frameworkId, moduleId: { not: null } },
    select: { id: true },
  });
  await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id } });
  await db.answer.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, state: "DRAFT", value: "yes", version: 3 } });
  const target = { assessmentId: assessment.id, indicatorId: indicator.id };
  return { assessment, target, moduleIndicator, coordinator, focalLabour, focalForeign, stranger, iomStaff };
}

describe("assertCanOnAnswer", () => {
  it("lets the lead ministry's focal point edit its answer in collection, with the answer's facts", async () => {
    const w = await world();
    const access = await assertCanOnAnswer(w.focalLabour, "answer.edit", w.target);
    expect(access).toMatchObject({ assessment: { id: w.assessment.id, phase: "COLLECTION" }, membership: { role: "FOCAL_POINT" }, version: 3 });
    expect(access.facts).toMatchObject({ state: "DRAFT", inScope: true });
  });

  it("answers another ministry's focal point 'not found', for reading and for writing, and audits it", async () => {
    const w = await world();
    await expect(assertCanOnAnswer(w.focalForeign, "answer.read", w.target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertCanOnAnswer(w.focalForeign, "answer.edit", w.target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertCanOnAnswer(w.focalForeign, "comment.shared.write", w.target)).rejects.toBeInstanceOf(NotFoundError);
    const events = await db.auditEvent.findMany({
      where: { action: "access.denied" },
      select: { actorId: true, objectId: true, assessmentId: true, after: true },
    });
    expect(events).toHaveLength(3);
    expect(events[1]).toMatchObject({
      actorId: w.focalForeign.id,
      objectId: w.target.indicatorId,
      assessmentId: w.assessment.id,
      after: { action: "answer.edit", decision: "not_found" },
    });
  });

  it("answers 'not found' for an indicator outside the assessment's scope, even to its coordinator", async () => {
    const w = await world();
    const outside = { assessmentId: w.assessment.id, indicatorId: w.moduleIndicator.id };
    await expect(assertCanOnAnswer(w.coordinator, "answer.edit", outside)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertCanOnAnswer(w.coordinator, "comment.internal.write", outside)).rejects.toBeInstanceOf(NotFoundError);
    await db.assessmentModule.create({
      data: { assessmentId: w.assessment.id, moduleId: (await db.indicator.findUniqueOrThrow({ where: { id: w.moduleIndicator.id } })).moduleId! },
    });
    await expect(assertCanOnAnswer(w.coordinator, "answer.edit", outside)).resolves.toBeTruthy();
  });

  it("answers 'not found' to a non-member, for the assessment and its answers", async () => {
    const w = await world();
    await expect(assertCan(w.stranger, "assessment.view", w.assessment.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertCanOnAnswer(w.stranger, "answer.read", w.target)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets IOM staff read but not act where they are not a coordinator member", async () => {
    const w = await world();
    await expect(assertCanOnAnswer(w.iomStaff, "answer.read", w.target)).resolves.toBeTruthy();
    await expect(assertCan(w.iomStaff, "phase.move", w.assessment.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reads the phase from the database on every call", async () => {
    const w = await world();
    await db.assessment.update({ where: { id: w.assessment.id }, data: { phase: "CONSULTATION" } });
    await expect(assertCanOnAnswer(w.focalLabour, "answer.edit", w.target)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("treats an unknown or malformed id as not found", async () => {
    const w = await world();
    expect(await loadAccess(w.coordinator, "not-a-uuid")).toBeNull();
    expect(await loadAccess(w.coordinator, "00000000-0000-4000-8000-000000000000")).toBeNull();
    await expect(assertCanOnAnswer(w.coordinator, "answer.read", { assessmentId: w.assessment.id, indicatorId: "x\u0000y" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("costs one query for the assessment and one for the answer's facts", async () => {
    const w = await world();
    expect((await countQueries(() => loadAccess(w.coordinator, w.assessment.id))).count).toBe(1);
    expect((await countQueries(() => assertCanOnAnswer(w.focalLabour, "answer.edit", w.target))).count).toBe(2);
  });
});
