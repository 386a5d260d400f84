// The questionnaire's reads in the framework's order: modules after the core, a focal point's walk through
// the indicators their ministry answers.
import { beforeAll, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { getNeighbours, getQuestionnaire } from "./queries";

const db = testDb();
let w: Awaited<ReturnType<typeof setup>>;

async function setup() {
  await resetDb();
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  const covid = await db.frameworkModule.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId }, select: { id: true } });
  await db.assessmentModule.create({ data: { assessmentId: assessment.id, moduleId: covid.id } });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const focal = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  const indicators = await db.indicator.findMany({ where: { frameworkId: assessment.frameworkId }, select: { id: true, code: true } });
  const labourLeads = new Set(["1.3.1", "1.3.3", "C.2"]);
  await db.assignment.createMany({
    data: indicators.map((indicator) => ({
      assessmentId: assessment.id,
      indicatorId: indicator.id,
      leadMinistryId: labourLeads.has(indicator.code) ? labour.id : foreign.id,
    })),
  });
  const first = indicators.find((indicator) => indicator.code === "1.3.1")!;
  const source = await db.source.create({ data: { assessmentId: assessment.id, issuer: "Jogorku Kenesh", title: "Law on External Migration", kind: "LAW" } });
  await db.answer.create({
    data: {
      assessmentId: assessment.id,
      indicatorId: first.id,
      state: "DRAFT",
      value: "partially",
      explanation: "The law covers workers abroad.",
      version: 2,
      sources: { create: { sourceId: source.id } },
    },
  });
  const access = async (user: typeof focal) => (await loadAccess(user, assessment.id))!;
  return { coordinator: await access(coordinator), focal: await access(focal), sourceId: source.id };
}

beforeAll(async () => {
  w = await setup();
});

describe("framework order", () => {
  it("lists the questionnaire domain by domain, the COVID-19 module last", async () => {
    const codes = (await getQuestionnaire(w.coordinator)).map((row) => row.indicator.code);
    expect(codes.slice(0, 3)).toEqual(["1.1.1", "1.1.2", "1.1.3"]);
    expect(codes.at(-1)).toBe("C.13");
    expect(codes.indexOf("C.1")).toBe(codes.findIndex((code) => code.startsWith("C.")));
    expect(codes.indexOf("6.1.1")).toBeLessThan(codes.indexOf("C.1"));
  });

  it("walks a coordinator through every indicator, and a focal point through their ministry's", async () => {
    expect(await getNeighbours(w.coordinator, "1.1.1")).toEqual({ previous: null, next: "1.1.2" });
    expect(await getNeighbours(w.focal, "1.3.1")).toEqual({ previous: null, next: "1.3.3" });
    expect(await getNeighbours(w.focal, "1.3.3")).toEqual({ previous: "1.3.1", next: "C.2" });
    expect(await getNeighbours(w.focal, "2.1.1")).toEqual({ previous: null, next: null });
  });
});

describe("the questionnaire's answers", () => {
  it("carries each answer's text and sources, or only its state when asked for no content", async () => {
    const full = await getQuestionnaire(w.focal);
    const lean = await getQuestionnaire(w.focal, { content: false });
    const answered = (rows: typeof full) => rows.find((row) => row.indicator.code === "1.3.1")!;
    expect(answered(full).content).toEqual({ value: "partially", explanation: "The law covers workers abroad.", sourceIds: [w.sourceId] });
    expect(answered(lean).content).toBeNull();
    expect(lean.map((row) => [row.indicator.code, row.facts.state, row.version])).toEqual(
      full.map((row) => [row.indicator.code, row.facts.state, row.version]),
    );
    expect(answered(lean)).toMatchObject({ facts: { state: "DRAFT" }, version: 2, lead: "Labour", isLead: true });
  });
});
