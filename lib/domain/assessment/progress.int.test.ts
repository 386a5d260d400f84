// Progress counts: overall, by domain and by ministry; focal points see their ministry only.
import { beforeAll, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { getOverviewPage } from "./queries";

const db = testDb();
let w: Awaited<ReturnType<typeof setup>>;

async function setup() {
  await resetDb();
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const focal = await createUser(db);
  const stakeholder = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, stakeholder.id, "STAKEHOLDER");
  const indicators = await db.indicator.findMany({
    where: { frameworkId: assessment.frameworkId, subdomainId: { not: null } },
    select: { id: true, code: true },
  });
  await db.assignment.createMany({
    data: indicators.map((indicator) => ({
      assessmentId: assessment.id,
      indicatorId: indicator.id,
      leadMinistryId: indicator.code.startsWith("1.") ? labour.id : foreign.id,
    })),
  });
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
  await db.answer.createMany({
    data: [
      { assessmentId: assessment.id, indicatorId: byCode.get("1.1.1")!, state: "APPROVED" },
      { assessmentId: assessment.id, indicatorId: byCode.get("1.1.2")!, state: "SUBMITTED" },
      { assessmentId: assessment.id, indicatorId: byCode.get("2.1.1")!, state: "DRAFT" },
    ],
  });
  return { assessmentId: assessment.id, coordinator, focal, stakeholder, total: indicators.length };
}

const progressFor = async (user: Awaited<ReturnType<typeof createUser>>) => {
  const access = await loadAccess(user, w.assessmentId);
  return (await getOverviewPage(access!)).progress!;
};

beforeAll(async () => {
  w = await setup();
});

describe("progress", () => {
  it("counts every in-scope indicator by state, per domain and per ministry, for a coordinator", async () => {
    const progress = await progressFor(w.coordinator);
    expect(progress.overall).toMatchObject({ total: w.total, APPROVED: 1, SUBMITTED: 1, DRAFT: 1, NOT_STARTED: w.total - 3 });
    expect(progress.domains.map((domain) => domain.key)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(progress.domains[0].counts).toMatchObject({ total: 28, APPROVED: 1, SUBMITTED: 1 });
    expect(progress.ministries.map((ministry) => [ministry.label, ministry.counts.total])).toEqual([
      ["Foreign Affairs", w.total - 28],
      ["Labour", 28],
    ]);
  });

  it("shows a focal point their own ministry's indicators only", async () => {
    const progress = await progressFor(w.focal);
    expect(progress.overall).toMatchObject({ total: 28, APPROVED: 1, SUBMITTED: 1, DRAFT: 0 });
    expect(progress.domains.map((domain) => domain.key)).toEqual(["1"]);
  });

  it("shows a stakeholder the overall count only", async () => {
    const progress = await progressFor(w.stakeholder);
    expect(progress.overall.total).toBe(w.total);
    expect(progress.domains).toEqual([]);
    expect(progress.ministries).toEqual([]);
  });
});
