// Ministries and assignments of an assessment, against the real database.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError } from "@/lib/domain/errors";
import { assignIndicators } from "@/lib/domain/assignment/service";
import { getAssignmentBoard } from "@/lib/domain/assignment/queries";
import { loadAccess } from "@/lib/auth/authorize";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createUser } from "@/test/fixtures";
import { addMinistry, removeMinistry, renameMinistry } from "./service";

const db = testDb();
const codeOf = (error: unknown) => (error instanceof DomainError ? [error.messageKey, error.options.field] : error);
beforeEach(resetDb);

async function setup(phase: "LAUNCH" | "COLLECTION" | "CONSULTATION" = "LAUNCH") {
  const coordinator = await createUser(db, { isIomStaff: true });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  return { coordinator, assessmentId: assessment.id };
}

describe("ministries", () => {
  it("adds and renames, refusing a duplicate name next to the field", async () => {
    const { coordinator, assessmentId } = await setup();
    const labour = await addMinistry(coordinator, { assessmentId, name: "Ministry of Labour" });
    await expect(addMinistry(coordinator, { assessmentId, name: "Ministry of Labour" }).catch(codeOf)).resolves.toEqual(["ministry.duplicate", "name"]);
    await renameMinistry(coordinator, { assessmentId, ministryId: labour.id, name: "Ministry of Labour, Social Security and Migration" });
    expect((await db.ministry.findUniqueOrThrow({ where: { id: labour.id } })).name).toBe("Ministry of Labour, Social Security and Migration");
    expect((await db.auditEvent.findMany({ where: { objectId: labour.id }, orderBy: { id: "asc" } })).map((e) => e.action)).toEqual([
      "ministry.added",
      "ministry.renamed",
    ]);
  });

  it("removes a ministry with its assignments, but not while it holds answers or focal points", async () => {
    const { coordinator, assessmentId } = await setup("COLLECTION");
    const labour = await addMinistry(coordinator, { assessmentId, name: "Labour" });
    await assignIndicators(coordinator, { assessmentId, scope: "subdomain", code: "1.3", leadMinistryId: labour.id, contributorIds: [] });
    const fp = await createUser(db);
    const member = await addMember(db, assessmentId, fp.id, "FOCAL_POINT", labour.id);
    await expect(removeMinistry(coordinator, { assessmentId, ministryId: labour.id }).catch(codeOf)).resolves.toEqual(["ministry.hasPeople", undefined]);
    await db.member.delete({ where: { id: member.id } });

    const indicator = await db.indicator.findFirstOrThrow({ where: { code: "1.3.1" } });
    const answer = await db.answer.create({ data: { assessmentId, indicatorId: indicator.id, state: "DRAFT", value: "yes" } });
    await expect(removeMinistry(coordinator, { assessmentId, ministryId: labour.id }).catch(codeOf)).resolves.toEqual(["ministry.holdsAnswers", undefined]);
    await db.answer.delete({ where: { id: answer.id } });

    await removeMinistry(coordinator, { assessmentId, ministryId: labour.id });
    expect(await db.ministry.count({ where: { assessmentId } })).toBe(0);
    expect(await db.assignment.count({ where: { assessmentId } })).toBe(0);
  });
});

describe("assignments", () => {
  it("assigns a whole domain, then one sub-domain to another lead with contributors", async () => {
    const { coordinator, assessmentId } = await setup();
    const labour = await addMinistry(coordinator, { assessmentId, name: "Labour" });
    const foreign = await addMinistry(coordinator, { assessmentId, name: "Foreign Affairs" });
    const health = await addMinistry(coordinator, { assessmentId, name: "Health" });
    expect(await assignIndicators(coordinator, { assessmentId, scope: "domain", code: "1", leadMinistryId: labour.id, contributorIds: [] })).toEqual({
      count: 28,
    });
    expect(
      await assignIndicators(coordinator, { assessmentId, scope: "subdomain", code: "1.1", leadMinistryId: health.id, contributorIds: [labour.id, health.id] }),
    ).toEqual({ count: 5 });

    const board = await getAssignmentBoard((await loadAccess(coordinator, assessmentId))!);
    const domain1 = board.domains[0].subdomains;
    expect(domain1[0].indicators[0]).toMatchObject({ code: "1.1.1", lead: { name: "Health" }, contributors: [{ name: "Labour" }] });
    expect(domain1[1].indicators[0]).toMatchObject({ code: "1.2.1", lead: { name: "Labour" }, contributors: [] });
    expect(board.unassigned).toBe(board.total - 28);
    expect(board.modules).toEqual([]); // COVID-19 module not switched on: not in scope
    await expect(
      assignIndicators(coordinator, { assessmentId, scope: "module", code: "covid19", leadMinistryId: foreign.id, contributorIds: [] }).catch(codeOf),
    ).resolves.toEqual(["assignment.nothingInScope", "code"]);
  });

  it("refuses a ministry of another assessment, a closed phase and a non-coordinator", async () => {
    const a = await setup();
    const b = await setup();
    const foreignMinistry = await addMinistry(b.coordinator, { assessmentId: b.assessmentId, name: "Elsewhere" });
    await expect(
      assignIndicators(a.coordinator, {
        assessmentId: a.assessmentId,
        scope: "domain",
        code: "1",
        leadMinistryId: foreignMinistry.id,
        contributorIds: [],
      }).catch(codeOf),
    ).resolves.toEqual(["assignment.leadRequired", "leadMinistryId"]);
    const c = await setup("CONSULTATION");
    const m = await addMinistry(c.coordinator, { assessmentId: c.assessmentId, name: "X" });
    await expect(
      assignIndicators(c.coordinator, { assessmentId: c.assessmentId, scope: "domain", code: "1", leadMinistryId: m.id, contributorIds: [] }).catch(codeOf),
    ).resolves.toEqual(["assignment.phaseClosed", undefined]);
    const consultant = await createUser(db);
    await addMember(db, a.assessmentId, consultant.id, "CONSULTANT");
    const own = await addMinistry(a.coordinator, { assessmentId: a.assessmentId, name: "Own" });
    await expect(
      assignIndicators(consultant, { assessmentId: a.assessmentId, scope: "domain", code: "1", leadMinistryId: own.id, contributorIds: [] }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
