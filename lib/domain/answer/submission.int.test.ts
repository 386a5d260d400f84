// Submitting a ministry's complete answers at once; incomplete ones are listed with what they lack.
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { getQuestionnaire } from "./queries";
import { readiness } from "./readiness";
import { submitComplete } from "./submission";

const db = testDb();
beforeEach(resetDb);

async function setup() {
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const focal = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  const codes = ["1.3.1", "1.3.2", "1.3.3", "1.1.2", "6.1.1"];
  const indicators = await db.indicator.findMany({ where: { frameworkId: assessment.frameworkId, code: { in: codes } }, select: { id: true, code: true } });
  const id = (code: string) => indicators.find((indicator) => indicator.code === code)!.id;
  for (const code of codes)
    await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: id(code), leadMinistryId: code.startsWith("6") ? foreign.id : labour.id } });
  const source = await db.source.create({
    data: { assessmentId: assessment.id, issuer: "Government", title: "Labour Code", kind: "LAW", url: "https://example.org/code" },
  });
  const complete = await db.answer.create({
    data: {
      assessmentId: assessment.id,
      indicatorId: id("1.3.1"),
      state: "DRAFT",
      value: "yes",
      explanation: "Labour Code, art. 12",
      version: 1,
      sources: { create: { sourceId: source.id } },
    },
  });
  await db.answer.create({ data: { assessmentId: assessment.id, indicatorId: id("1.3.2"), state: "DRAFT", value: "no", explanation: "", version: 1 } });
  await db.answer.create({
    data: {
      assessmentId: assessment.id,
      indicatorId: id("6.1.1"),
      state: "DRAFT",
      value: "yes",
      explanation: "Border law",
      version: 1,
      sources: { create: { sourceId: source.id } },
    },
  });
  // Started, then emptied: listed with what it lacks.
  await db.answer.create({ data: { assessmentId: assessment.id, indicatorId: id("1.1.2"), state: "DRAFT", value: null, explanation: "", version: 2 } });
  return { assessmentId: assessment.id, focal, complete };
}

describe("submitting complete answers", () => {
  it("lists what is ready, what started answers lack (by code), and how many are not started", async () => {
    const w = await setup();
    const access = (await loadAccess(w.focal, w.assessmentId))!;
    const result = readiness(access, await getQuestionnaire(access));
    expect(result.ready.map((row) => row.indicator.code)).toEqual(["1.3.1"]);
    expect(result.incomplete).toEqual([
      expect.objectContaining({ code: "1.1.2", missing: ["value", "explanation", "sources"] }),
      expect.objectContaining({ code: "1.3.2", missing: ["explanation", "sources"] }),
    ]);
    expect(result.notStarted).toBe(1);
    // Without the answers' texts it cannot tell: it refuses rather than call them not started.
    await expect(getQuestionnaire(access, { content: false }).then((rows) => readiness(access, rows))).rejects.toThrow(/with its content/);
  });

  it("submits the complete ones once, with a revision and an audit event each", async () => {
    const w = await setup();
    expect(await submitComplete(w.focal, w.assessmentId)).toEqual({ submitted: 1 });
    expect(await submitComplete(w.focal, w.assessmentId)).toEqual({ submitted: 0 });
    expect(await db.answer.findUniqueOrThrow({ where: { id: w.complete.id }, select: { state: true, version: true } })).toEqual({
      state: "SUBMITTED",
      version: 2,
    });
    expect(await db.answerRevision.count({ where: { answerId: w.complete.id, state: "SUBMITTED" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "answer.submitted" } })).toBe(1);
    // Foreign Affairs' complete answer is not this focal point's to submit.
    expect(await db.answer.count({ where: { state: "SUBMITTED" } })).toBe(1);
  });
});
