// The review queue and what a reviewer sees beside an answer, against the real database.
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import { approveAnswer, requestChanges } from "@/lib/domain/answer/review";
import { ZReviewWithNote, ZSaveAnswer } from "@/lib/domain/answer/schema";
import { saveAnswer, submitAnswer } from "@/lib/domain/answer/service";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { getNeighbours } from "@/lib/domain/answer/queries";
import { getReviewContext, getReviewQueue, reviewFilters } from "./queries";

const db = testDb();
beforeEach(resetDb);

const CODES = ["1.1.1", "1.1.2", "1.2.1", "2.2.1", "3.1.1"];

async function world() {
  const coordinator = await createUser(db, { isIomStaff: true });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const focal = await createUser(db);
  const consultant = await createUser(db, { name: "Daniyar" });
  await addMember(db, assessment.id, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  const indicators = await db.indicator.findMany({ where: { frameworkId: assessment.frameworkId, code: { in: CODES } }, select: { id: true, code: true } });
  const id = (code: string) => indicators.find((indicator) => indicator.code === code)!.id;
  for (const indicator of indicators) {
    // The evidence rule does not matter here: every answer is written complete.
    await db.indicator.update({ where: { id: indicator.id }, data: { evidenceRequired: false } });
    await db.assignment.create({
      data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: indicator.code === "2.2.1" ? foreign.id : labour.id },
    });
  }
  await addMember(db, assessment.id, (await createUser(db)).id, "FOCAL_POINT", foreign.id);
  const [foreignFocal] = await db.member.findMany({ where: { ministryId: foreign.id }, select: { user: { select: { id: true } } } });
  const foreignUser = { ...focal, id: foreignFocal.user.id };
  const submit = async (code: string, explanation = `Answer ${code}`) => {
    const target = { assessmentId: assessment.id, indicatorId: id(code) };
    const user = code === "2.2.1" ? foreignUser : focal;
    const saved = await saveAnswer(user, ZSaveAnswer.parse({ ...target, baseVersion: 0, value: "yes", explanation, sourceIds: [] }));
    return submitAnswer(user, { ...target, version: (saved as { version: number }).version });
  };
  const access = async () => (await loadAccess(consultant, assessment.id))!;
  return { assessment, labour, foreign, focal, consultant, id, submit, access };
}

describe("the review queue", () => {
  it("lists submitted answers first, then changes requested, then approved, counts them, and leaves drafts out", async () => {
    const w = await world();
    const approved = await w.submit("1.1.1");
    await approveAnswer(w.consultant, { assessmentId: w.assessment.id, indicatorId: w.id("1.1.1"), version: approved.version });
    const sentBack = await w.submit("1.1.2");
    await requestChanges(
      w.consultant,
      ZReviewWithNote.parse({ assessmentId: w.assessment.id, indicatorId: w.id("1.1.2"), version: sentBack.version, comment: "More" }),
      "http://x",
    );
    await w.submit("2.2.1");
    await w.submit("1.2.1");
    await saveAnswer(
      w.focal,
      ZSaveAnswer.parse({ assessmentId: w.assessment.id, indicatorId: w.id("3.1.1"), baseVersion: 0, value: "no", explanation: "", sourceIds: [] }),
    );

    const queue = await getReviewQueue(await w.access(), {});
    expect(queue.rows.map((row) => [row.code, row.state])).toEqual([
      ["1.2.1", "SUBMITTED"],
      ["2.2.1", "SUBMITTED"],
      ["1.1.2", "CHANGES_REQUESTED"],
      ["1.1.1", "APPROVED"],
    ]);
    expect(queue.counts).toEqual({ SUBMITTED: 2, CHANGES_REQUESTED: 1, APPROVED: 1 });
    expect(queue.rows.find((row) => row.code === "1.1.2")!.openThreads).toBe(1);
  });

  it("filters by domain, ministry and state; the counts follow the domain and ministry filters", async () => {
    const w = await world();
    await w.submit("1.2.1");
    await w.submit("2.2.1");
    const access = await w.access();
    expect((await getReviewQueue(access, { domain: "2" })).rows.map((row) => row.code)).toEqual(["2.2.1"]);
    const labourOnly = await getReviewQueue(access, { ministry: w.labour.id });
    expect(labourOnly.rows.map((row) => row.code)).toEqual(["1.2.1"]);
    expect(labourOnly.counts.SUBMITTED).toBe(1);
    expect(labourOnly.ministries.map((ministry) => ministry.name)).toEqual(["Foreign Affairs", "Labour"]);
    expect((await getReviewQueue(access, { state: "APPROVED" })).rows).toEqual([]);
    expect(reviewFilters({ state: "DRAFT", domain: ["1", "2"], ministry: "x" })).toEqual({ domain: undefined, ministry: "x", state: undefined });
  });
});

describe("beside an answer", () => {
  it("'next to review' walks the submitted answers in the framework's order, wraps round, and keeps the queue's filters", async () => {
    const w = await world();
    for (const code of ["1.1.1", "1.2.1", "2.2.1"]) await w.submit(code);
    const access = await w.access();
    const next = async (code: string, filters = {}) => (await getReviewContext(access, { code, answerId: null }, filters)).nextCode;
    expect(await next("1.1.1")).toBe("1.2.1");
    expect(await next("1.2.1")).toBe("2.2.1");
    expect(await next("2.2.1")).toBe("1.1.1");
    expect(await next("1.1.2")).toBe("1.2.1");
    expect(await next("1.1.1", { ministry: w.labour.id })).toBe("1.2.1");
    expect(await next("1.2.1", { ministry: w.labour.id })).toBe("1.1.1");
    expect(await next("1.1.1", { domain: "2" })).toBe("2.2.1");
  });

  it("brings the pager's neighbours, as the questionnaire's walk finds them", async () => {
    const w = await world();
    const access = await w.access();
    for (const code of ["1.1.1", "1.1.2", "2.2.1", "C.13", "no-such-code"]) {
      expect((await getReviewContext(access, { code, answerId: null })).neighbours).toEqual(await getNeighbours(access, code));
    }
    expect((await getReviewContext(access, { code: "1.1.2", answerId: null })).neighbours).toEqual({ previous: "1.1.1", next: "1.1.3" });
  });

  it("shows the revision a reviewer last acted on, to diff against", async () => {
    const w = await world();
    const submitted = await w.submit("1.1.1", "First text");
    const target = { assessmentId: w.assessment.id, indicatorId: w.id("1.1.1") };
    const requested = await requestChanges(w.consultant, ZReviewWithNote.parse({ ...target, version: submitted.version, comment: "Cite the law" }), "http://x");
    await saveAnswer(w.focal, ZSaveAnswer.parse({ ...target, baseVersion: requested.version, value: "partially", explanation: "Second text", sourceIds: [] }));
    const answer = await db.answer.findFirstOrThrow({ where: target, select: { id: true } });
    const context = await getReviewContext(await w.access(), { code: "1.1.1", answerId: answer.id });
    expect(context.reviewed).toMatchObject({ event: "request_changes", explanation: "First text", value: "yes", by: "Daniyar", version: requested.version });
    expect(context.previous).toBeNull();
  });

  it("for a follow-up, shows the previous assessment's approved answer to the same indicator", async () => {
    const w = await world();
    const baseline = await createAssessment(db, { createdById: w.consultant.id, phase: "PUBLISHED" });
    await db.assessment.update({ where: { id: baseline.id }, data: { year: 2018 } });
    await db.assessment.update({ where: { id: w.assessment.id }, data: { previousId: baseline.id } });
    const source = await db.source.create({
      data: { assessmentId: baseline.id, issuer: "Parliament", title: "Law on Migration", kind: "LAW", url: "https://x.example" },
    });
    await db.answer.create({
      data: {
        assessmentId: baseline.id,
        indicatorId: w.id("1.1.1"),
        state: "APPROVED",
        value: "no",
        explanation: "Only emergency care.",
        sources: { create: { sourceId: source.id } },
      },
    });
    const context = await getReviewContext(await w.access(), { code: "1.1.1", answerId: null });
    expect(context.previous).toEqual({ year: 2018, value: "no", explanation: "Only emergency care.", sources: ["Law on Migration"] });
    expect((await getReviewContext(await w.access(), { code: "1.1.2", answerId: null })).previous).toBeNull();
  });
});
