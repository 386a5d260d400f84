// Row-level authorization with facts from the database: membership, ministry, phase; refusals are audited.
import { beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, ForbiddenError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { assertCan, authorize, decideFor } from "./authorize";

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
  await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id } });
  const answer = await db.answer.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, state: "DRAFT", value: "yes" }, select: { id: true } });
  return { assessment, indicator, answer, coordinator, focalLabour, focalForeign, stranger, iomStaff };
}

describe("assertCan", () => {
  it("lets the lead ministry's focal point edit its answer in collection", async () => {
    const w = await world();
    const context = await assertCan(w.focalLabour, "answer.edit", { answerId: w.answer.id });
    expect(context).toMatchObject({ assessmentId: w.assessment.id, phase: "COLLECTION", membership: { role: "FOCAL_POINT" } });
    expect(context.answer).toMatchObject({ state: "DRAFT", answerId: w.answer.id });
  });

  it("hides another ministry's answer from a focal point (not found) and audits the refusal", async () => {
    const w = await world();
    await expect(assertCan(w.focalForeign, "answer.read", { answerId: w.answer.id })).rejects.toBeInstanceOf(NotFoundError);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "access.denied" } });
    expect(event).toMatchObject({ actorId: w.focalForeign.id, objectType: "answer", objectId: w.answer.id, assessmentId: w.assessment.id });
  });

  it("answers not found to a non-member, for the assessment and its answers", async () => {
    const w = await world();
    await expect(assertCan(w.stranger, "assessment.view", { assessmentId: w.assessment.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertCan(w.stranger, "answer.read", { answerId: w.answer.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets IOM staff read but not act where they are not a coordinator member", async () => {
    const w = await world();
    await expect(assertCan(w.iomStaff, "answer.read", { answerId: w.answer.id })).resolves.toBeTruthy();
    await expect(assertCan(w.iomStaff, "phase.move", { assessmentId: w.assessment.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reads the phase from the database on every call", async () => {
    const w = await world();
    await db.assessment.update({ where: { id: w.assessment.id }, data: { phase: "CONSULTATION" } });
    await expect(assertCan(w.focalLabour, "answer.edit", { answerId: w.answer.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers further questions about a loaded row from its facts, without asking again", async () => {
    const w = await world();
    const { context } = await authorize(w.focalLabour, "answer.read", { answerId: w.answer.id });
    expect(decideFor(context!, "answer.edit")).toBe(true);
    expect(decideFor(context!, "comment.internal.write")).toBe(false);
    const other = await authorize(w.focalForeign, "assessment.view", { assessmentId: w.assessment.id });
    expect(decideFor(other.context!, "assessment.manage")).toBe(false);
  });

  it("treats an unknown or malformed id as not found", async () => {
    const w = await world();
    expect((await authorize(w.coordinator, "assessment.view", { assessmentId: "not-a-uuid" })).decision).toBe("not_found");
    expect((await authorize(w.coordinator, "answer.read", { answerId: "00000000-0000-4000-8000-000000000000" })).decision).toBe("not_found");
  });
});
