// The activity export, called as Next.js calls the route handler: who gets the file, what it holds, and that
// nothing in it runs as a formula in a spreadsheet.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { translatorFor } from "@/lib/i18n";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => translatorFor("en"), getLocale: async () => "en" }));
const { GET } = await import("./route");

const db = testDb();
beforeEach(resetDb);

async function world() {
  const coordinator = await createUser(db);
  await db.user.update({ where: { id: coordinator.id }, data: { name: "=cmd|' /C calc'!A0" } });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const focal = await createUser(db);
  const consultant = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  await db.auditEvent.createMany({
    data: [
      {
        action: "ministry.added",
        objectType: "ministry",
        assessmentId: assessment.id,
        actorId: coordinator.id,
        after: { name: '@Labour, "Social"' },
        at: new Date("2026-02-01T09:00:00Z"),
      },
      {
        action: "source.created",
        objectType: "source",
        assessmentId: assessment.id,
        actorId: focal.id,
        after: { title: "Закон о миграции" },
        at: new Date("2026-02-02T09:00:00Z"),
      },
    ],
  });
  return { coordinator, focal, consultant, assessmentId: assessment.id };
}

const get = (as: CurrentUser | null, assessmentId: string, query = "") => {
  session.user = as;
  return GET(new Request(`http://localhost/assessments/${assessmentId}/activity/export${query}`), { params: Promise.resolve({ id: assessmentId }) });
};

describe("GET /assessments/{id}/activity/export", () => {
  it("gives a coordinator the filtered feed as UTF-8 CSV with a BOM, formula-safe, and audits the export", async () => {
    const w = await world();
    const response = await get(w.coordinator, w.assessmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="activity-KGZ-2022-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines).toEqual([
      "Time (UTC),Person,Kind,Action,Indicator,What happened",
      "2026-02-02T09:00:00.000Z,Test User,Sources,source.created,,Test User added the source “Закон о миграции”.",
      `2026-02-01T09:00:00.000Z,'=cmd|' /C calc'!A0,Ministries and assignments,ministry.added,,"'=cmd|' /C calc'!A0 added the ministry “@Labour, ""Social""”."`,
      "",
    ]);
    const audited = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.exported" }, select: { actorId: true, assessmentId: true, after: true } });
    expect(audited).toEqual({ actorId: w.coordinator.id, assessmentId: w.assessmentId, after: { format: "csv", filters: {}, rows: 2, matched: 2 } });
  });

  it("applies the page's filters", async () => {
    const w = await world();
    const response = await get(w.coordinator, w.assessmentId, `?kind=sources&person=${w.focal.id}&from=2026-02-02&to=2026-02-02`);
    const lines = (await response.text()).split("\r\n");
    expect(lines.slice(1, -1).map((line) => line.split(",")[3])).toEqual(["source.created"]);
    expect((await get(w.coordinator, w.assessmentId, "?to=2026-01-31")).status).toBe(200);
    expect((await (await get(w.coordinator, w.assessmentId, "?to=2026-01-31")).text()).split("\r\n")).toHaveLength(2);
  });

  it("refuses bad filters rather than export more than asked", async () => {
    const w = await world();
    expect((await get(w.coordinator, w.assessmentId, "?from=2026-02-30")).status).toBe(400);
  });

  it("is not found for outsiders, forbidden to consultants and focal points, and asks for a sign-in without a session", async () => {
    const w = await world();
    const stranger = await createUser(db);
    expect((await get(stranger, w.assessmentId)).status).toBe(404);
    expect((await get(stranger, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get(stranger, "not-a-uuid")).status).toBe(404);
    expect((await get(w.consultant, w.assessmentId)).status).toBe(403);
    expect((await get(w.focal, w.assessmentId)).status).toBe(403);
    expect((await get(null, w.assessmentId)).status).toBe(401);
    expect(await db.auditEvent.count({ where: { action: "audit.exported" } })).toBe(0);
  });
});
