// The activity feed against the real database: sentences' facts resolved in one query, the filters, the pages,
// who may read it, and that no comment body or internal detail leaks through it.
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess, type Access } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { ZSaveAnswer, ZSource } from "@/lib/domain/answer/schema";
import { saveAnswer, submitAnswer } from "@/lib/domain/answer/service";
import { addComment, resolveThread } from "@/lib/domain/comment/service";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { renameMinistry } from "@/lib/domain/ministry/service";
import { createSource } from "@/lib/domain/source/service";
import { translatorFor } from "@/lib/i18n";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { countQueries } from "@/test/query-count";
import { activitySentence } from "./activity";
import { ACTIVITY_PAGE_SIZE, getActivityPage, listActivityPeople } from "./queries";

const db = testDb();
const t = translatorFor("en");
beforeEach(resetDb);

async function world() {
  const coordinator = await createUser(db);
  await db.user.update({ where: { id: coordinator.id }, data: { name: "Cora Coordinator" } });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const focal = await createUser(db);
  await db.user.update({ where: { id: focal.id }, data: { name: "Farida Focal" } });
  const consultant = await createUser(db);
  await db.user.update({ where: { id: consultant.id }, data: { name: "Kanat Consultant" } });
  const stakeholder = await createUser(db);
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  await addMember(db, assessment.id, stakeholder.id, "STAKEHOLDER");
  const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId, code: "1.3.1" }, select: { id: true } });
  await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id } });
  const target = { assessmentId: assessment.id, indicatorId: indicator.id };
  const access = async (user: CurrentUser) => (await loadAccess(user, assessment.id)) as Access;
  return { coordinator, focal, consultant, stakeholder, assessmentId: assessment.id, labour, target, access };
}

/** A focal point cites a source, answers and submits; a consultant comments internally, the focal point shares a comment; a rename. */
async function someActivity(w: Awaited<ReturnType<typeof world>>) {
  const source = await createSource(
    w.focal,
    ZSource.parse({ assessmentId: w.assessmentId, issuer: "Government", title: "Labour Code", kind: "LAW", url: "https://example.org/code", notOnline: false }),
  );
  const saved = await saveAnswer(
    w.focal,
    ZSaveAnswer.parse({ ...w.target, baseVersion: 0, value: "yes", explanation: "The Labour Code says so.", sourceIds: [source.id] }),
  );
  if (saved.status !== "saved") throw new Error("not saved");
  await submitAnswer(w.focal, { ...w.target, version: saved.version });
  await addComment(w.consultant, { ...w.target, visibility: "INTERNAL", body: "SECRET: check the 2020 amendment" });
  await addComment(w.focal, { ...w.target, visibility: "SHARED", body: "Shared remark" });
  await renameMinistry(w.coordinator, { assessmentId: w.assessmentId, ministryId: w.labour.id, name: "Ministry of Labour" });
}

describe("the activity feed", () => {
  it("tells who did what, newest first, without a comment's body", async () => {
    const w = await world();
    await someActivity(w);
    const feed = await getActivityPage(await w.access(w.coordinator), {}, 1);
    expect(feed.events.map((event) => activitySentence(t, event))).toEqual([
      "Cora Coordinator renamed the ministry “Labour” to “Ministry of Labour”.",
      "Farida Focal commented on indicator 1.3.1.",
      "Kanat Consultant commented on indicator 1.3.1.",
      "Farida Focal submitted the answer to 1.3.1 for review.",
      "Farida Focal edited the answer to 1.3.1.",
      "Farida Focal added the source “Labour Code”.",
    ]);
    expect(feed.total).toBe(6);
    expect(JSON.stringify(feed)).not.toMatch(/SECRET|Shared remark|says so/);
  });

  it("filters by person, kind and date range, and lists the people who acted", async () => {
    const w = await world();
    await someActivity(w);
    const access = await w.access(w.coordinator);
    const actions = async (filters: Parameters<typeof getActivityPage>[1]) => (await getActivityPage(access, filters, 1)).events.map((event) => event.action);
    expect(await actions({ person: w.focal.id })).toEqual(["comment.added", "answer.submitted", "answer.saved", "source.created"]);
    expect(await actions({ kind: "answers" })).toEqual(["answer.submitted", "answer.saved"]);
    expect(await actions({ kind: "comments", person: w.consultant.id })).toEqual(["comment.added"]);
    expect(await actions({ kind: "setup" })).toEqual(["ministry.renamed"]);
    expect(await actions({ kind: "other" })).toEqual([]);
    // Days are whole days in UTC, the last one included.
    await db.auditEvent.create({
      data: { action: "answer.approved", objectType: "answer", assessmentId: w.assessmentId, actorId: w.consultant.id, at: new Date("2025-05-10T23:59:00Z") },
    });
    await db.auditEvent.create({
      data: { action: "answer.approved", objectType: "answer", assessmentId: w.assessmentId, actorId: w.consultant.id, at: new Date("2025-05-11T00:00:00Z") },
    });
    const inMay = async (from: string, to: string) => (await getActivityPage(access, { from, to }, 1)).events.map((event) => event.at.toISOString());
    expect(await inMay("2025-05-10", "2025-05-10")).toEqual(["2025-05-10T23:59:00.000Z"]);
    expect(await inMay("2025-05-11", "2025-05-31")).toEqual(["2025-05-11T00:00:00.000Z"]);
    expect(await inMay("2025-05-01", "2025-05-31")).toHaveLength(2);
    expect((await listActivityPeople(access)).map((person) => person.name)).toEqual(["Cora Coordinator", "Farida Focal", "Kanat Consultant"]);
  });

  it("pages through a long feed, one query per page whatever its length", async () => {
    const w = await world();
    const start = Date.UTC(2026, 0, 1);
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        action: "answer.saved",
        objectType: "answer",
        assessmentId: w.assessmentId,
        actorId: w.focal.id,
        at: new Date(start + i * 60_000),
      })),
    });
    const access = await w.access(w.coordinator);
    const first = await countQueries(() => getActivityPage(access, {}, 1));
    expect(first.count).toBe(1);
    expect(first.result.events).toHaveLength(ACTIVITY_PAGE_SIZE);
    expect(first.result).toMatchObject({ total: 120, pages: 3 });
    expect(first.result.events[0].at.toISOString()).toBe(new Date(start + 119 * 60_000).toISOString());
    const last = await countQueries(() => getActivityPage(access, {}, 3));
    expect(last.count).toBe(1);
    expect(last.result.events).toHaveLength(20);
    expect(last.result.events.at(-1)!.at.toISOString()).toBe(new Date(start).toISOString());
  });

  it("never shows refusals or sign-ins, which are security records", async () => {
    const w = await world();
    await db.auditEvent.create({
      data: { action: "access.denied", objectType: "assessment", assessmentId: w.assessmentId, actorId: w.focal.id, ip: "10.0.0.1" },
    });
    const feed = await getActivityPage(await w.access(w.coordinator), {}, 1);
    expect(feed.events).toEqual([]);
    expect(await listActivityPeople(await w.access(w.coordinator))).toEqual([]);
  });

  it("is read by coordinators, consultants and IOM staff; refused to focal points and stakeholders; not found for outsiders", async () => {
    const w = await world();
    await someActivity(w);
    expect((await getActivityPage(await w.access(w.consultant), {}, 1)).total).toBe(6);
    const staff = await createUser(db, { isIomStaff: true });
    expect((await getActivityPage(await w.access(staff), {}, 1)).total).toBe(6);
    await expect(getActivityPage(await w.access(w.focal), {}, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listActivityPeople(await w.access(w.focal))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getActivityPage(await w.access(w.stakeholder), {}, 1)).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = await createUser(db);
    await expect(getActivityPage(await w.access(stranger), {}, 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("tells no one who may not read internal comments that one was written or resolved", async () => {
    const w = await world();
    const internal = await addComment(w.consultant, { ...w.target, visibility: "INTERNAL", body: "Internal note" });
    await resolveThread(w.consultant, { assessmentId: w.assessmentId, threadId: internal.threadId });
    await addComment(w.consultant, { ...w.target, visibility: "SHARED", body: "Shared note" });
    const access = await w.access(w.consultant);
    expect((await getActivityPage(access, {}, 1)).events.map((event) => event.action)).toEqual(["comment.added", "thread.resolved", "comment.added"]);
    // Every reader of the feed may read internal comments today; should the policy change, the feed follows it.
    const withoutInternal: Access = { ...access, can: (action, facts) => action !== "comment.internal.read" && access.can(action, facts) };
    const shown = await getActivityPage(withoutInternal, {}, 1);
    expect(shown.events.map((event) => event.action)).toEqual(["comment.added"]);
    expect(shown.total).toBe(1);
  });
});
