// Seeding is idempotent and the demo data has the accounts and assessments the README promises: the 2022
// follow-up is a review in progress that every role can carry on, and its history reads as the workflow wrote it.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { approveAnswer } from "@/lib/domain/answer/review";
import { submitComplete } from "@/lib/domain/answer/submission";
import { missingForSubmission } from "@/lib/domain/answer/values";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { openConsultation } from "@/lib/domain/assessment/service";
import { resetDb, testDb } from "@/test/db";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./demo";
import { seedAll } from "./index";

const db = testDb();

async function counts() {
  const [frameworks, indicators, users, assessments, members, ministries, answers, revisions, sources, audits, threads, sections] = await Promise.all([
    db.framework.count(),
    db.indicator.count(),
    db.user.count(),
    db.assessment.count(),
    db.member.count(),
    db.ministry.count(),
    db.answer.count(),
    db.answerRevision.count(),
    db.source.count(),
    db.auditEvent.count(),
    db.commentThread.count(),
    db.profileSection.count(),
  ]);
  return { frameworks, indicators, users, assessments, members, ministries, answers, revisions, sources, audits, threads, sections };
}

async function user(email: string): Promise<CurrentUser> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, isIomStaff: true, isAdmin: true, locale: true } });
}

async function followUp() {
  const assessment = await db.assessment.findFirstOrThrow({
    where: { country: "KGZ", year: 2022 },
    select: { id: true, frameworkId: true, modules: { select: { moduleId: true } } },
  });
  const indicators = await db.indicator.findMany({
    where: inScopeIndicatorWhere({ frameworkId: assessment.frameworkId, moduleIds: assessment.modules.map((row) => row.moduleId) }),
    select: { id: true, code: true, answerType: true, choices: true, evidenceRequired: true, subdomain: { select: { domain: { select: { code: true } } } } },
  });
  const answers = await db.answer.findMany({
    where: { assessmentId: assessment.id },
    select: {
      id: true,
      indicatorId: true,
      state: true,
      value: true,
      explanation: true,
      version: true,
      submittedAt: true,
      approvedAt: true,
      updatedById: true,
      updatedAt: true,
      sources: { select: { sourceId: true } },
      revisions: {
        orderBy: { version: "asc" },
        select: { version: true, event: true, state: true, value: true, explanation: true, sourceIds: true, authorId: true, createdAt: true },
      },
      indicator: { select: { code: true } },
    },
  });
  const assignments = await db.assignment.findMany({
    where: { assessmentId: assessment.id },
    select: { indicatorId: true, leadMinistry: { select: { name: true, members: { where: { role: "FOCAL_POINT" }, select: { userId: true } } } } },
  });
  return { assessment, indicators, answers, assignments };
}

describe("seeding", () => {
  beforeEach(resetDb);

  it("loads the framework once", async () => {
    expect((await seedAll(db)).created).toBe(true);
    const first = await counts();
    expect((await seedAll(db)).created).toBe(false);
    expect(await counts()).toEqual(first);
    expect(first.frameworks).toBe(1);
    expect(first.users).toBe(0); // no demo accounts unless asked for
  });

  it("loads the demo once, with every demo account able to sign in", async () => {
    await seedAll(db);
    await seedDemo(db);
    const first = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ users: 5, assessments: 2, answers: 111, threads: 1, sections: 13 });

    for (const demo of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, select: { passwordHash: true, isIomStaff: true } });
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
      expect(user.isIomStaff).toBe(demo.email === "iom@example.org");
    }
  });

  it("for the bench, leaves the follow-up without its review", async () => {
    await seedAll(db);
    await seedDemo(db, { review: false });
    expect(await counts()).toMatchObject({ assessments: 2, answers: 0, sources: 0, sections: 0 });
  });
});

describe("the demo follow-up", () => {
  beforeAll(async () => {
    await resetDb();
    await seedAll(db);
    await seedDemo(db);
  });

  it("is a 2022 follow-up in collection of the published 2018 baseline, with focal points bound to their ministries", async () => {
    const followUp = await db.assessment.findFirstOrThrow({
      where: { country: "KGZ", year: 2022 },
      select: {
        phase: true,
        cycle: true,
        collectionDueAt: true,
        previous: { select: { year: true, phase: true, answers: { select: { id: true } } } },
        modules: { select: { module: { select: { code: true } } } },
        members: { select: { role: true, user: { select: { email: true } }, ministry: { select: { name: true } } } },
      },
    });
    expect(followUp).toMatchObject({ phase: "COLLECTION", cycle: "FOLLOW_UP", previous: { year: 2018, phase: "PUBLISHED", answers: [] } });
    expect(followUp.collectionDueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(followUp.modules.map((row) => row.module.code)).toEqual(["covid19"]);
    const focal = followUp.members.filter((member) => member.role === "FOCAL_POINT").map((member) => [member.user.email, member.ministry?.name]);
    expect(focal.sort()).toEqual([
      ["focal.foreign@example.org", "Ministry of Foreign Affairs"],
      ["focal.labour@example.org", "Ministry of Labour, Social Security and Migration"],
    ]);
  });

  it("answers every in-scope indicator, assigned to a ministry with a focal point, complete and sourced where evidence is required", async () => {
    const { indicators, answers, assignments } = await followUp();
    expect(indicators).toHaveLength(111);
    expect(new Set(answers.map((answer) => answer.indicatorId))).toEqual(new Set(indicators.map((indicator) => indicator.id)));
    expect(new Set(assignments.map((row) => row.indicatorId))).toEqual(new Set(indicators.map((indicator) => indicator.id)));
    for (const row of assignments) expect(row.leadMinistry.members.length, row.leadMinistry.name).toBeGreaterThan(0);
    for (const answer of answers) {
      const indicator = indicators.find((row) => row.id === answer.indicatorId)!;
      const missing = missingForSubmission(indicator, { value: answer.value, explanation: answer.explanation, sourceCount: answer.sources.length });
      expect(missing, answer.indicator.code).toEqual([]);
    }
  });

  it("is mostly approved, with answers waiting for the consultant, a few drafts, and work for both focal points", async () => {
    const { answers, assignments } = await followUp();
    const lead = new Map(assignments.map((row) => [row.indicatorId, row.leadMinistry.name]));
    const count = (state: string, ministry?: string) =>
      answers.filter((answer) => answer.state === state && (!ministry || lead.get(answer.indicatorId) === ministry)).length;
    expect(count("APPROVED")).toBeGreaterThan(answers.length / 2);
    expect(count("SUBMITTED")).toBeGreaterThanOrEqual(5);
    expect(count("CHANGES_REQUESTED")).toBe(1);
    expect(count("DRAFT")).toBeGreaterThanOrEqual(3);
    expect(count("DRAFT")).toBeLessThanOrEqual(10);
    expect(count("NOT_STARTED")).toBe(0);
    const labour = "Ministry of Labour, Social Security and Migration";
    const foreign = "Ministry of Foreign Affairs";
    expect([count("DRAFT", labour), count("CHANGES_REQUESTED", labour), count("SUBMITTED", labour)].every((n) => n > 0)).toBe(true);
    expect([count("DRAFT", foreign), count("SUBMITTED", foreign)].every((n) => n > 0)).toBe(true);
  });

  it("has the history the workflow would have written: revisions 1..n, stamps and audit events that agree with the answer", async () => {
    const { assessment, answers, assignments } = await followUp();
    const consultant = await user("consultant@example.org");
    const audits = await db.auditEvent.findMany({ where: { assessmentId: assessment.id, objectType: "answer" }, orderBy: { id: "asc" } });
    for (const answer of answers) {
      const code = answer.indicator.code;
      const focalIds = assignments.find((row) => row.indicatorId === answer.indicatorId)!.leadMinistry.members.map((member) => member.userId);
      const revisions = answer.revisions;
      expect(
        revisions.map((revision) => revision.version),
        code,
      ).toEqual(revisions.map((_, index) => index + 1));
      const last = revisions.at(-1)!;
      expect(answer.version, code).toBe(last.version);
      expect({ state: answer.state, value: answer.value, explanation: answer.explanation }, code).toEqual({
        state: last.state,
        value: last.value,
        explanation: last.explanation,
      });
      expect([...last.sourceIds].sort(), code).toEqual(answer.sources.map((row) => row.sourceId).sort());
      expect(answer.updatedById, code).toBe(last.authorId);
      expect(answer.updatedAt.getTime(), code).toBe(last.createdAt.getTime());
      expect(revisions[0].event, code).toBe("save");
      for (const revision of revisions) {
        const reviewer = revision.event === "approve" || revision.event === "request_changes";
        expect(reviewer ? [consultant.id] : focalIds, `${code} v${revision.version}`).toContain(revision.authorId);
      }
      const submit = revisions.findLast((revision) => revision.event === "submit");
      expect(answer.submittedAt?.getTime() ?? null, code).toBe(submit?.createdAt.getTime() ?? null);
      expect(answer.approvedAt?.getTime() ?? null, code).toBe(answer.state === "APPROVED" ? last.createdAt.getTime() : null);

      const trail = audits.filter((event) => event.objectId === answer.id);
      expect(trail.at(-1)?.after, code).toEqual({ version: answer.version, state: answer.state });
      expect(
        trail.map((event) => event.action).filter((action) => action !== "answer.saved"),
        code,
      ).toEqual(
        revisions
          .filter((revision) => revision.event !== "save")
          .map((revision) => `answer.${{ submit: "submitted", approve: "approved", request_changes: "changes_requested" }[revision.event]}`),
      );
    }
  });

  it("has the one changes-requested answer's reason in a shared thread its focal point can read", async () => {
    const { assessment } = await followUp();
    const threads = await db.commentThread.findMany({
      where: { assessmentId: assessment.id },
      select: { visibility: true, status: true, createdById: true, answer: { select: { state: true } }, comments: { select: { body: true, authorId: true } } },
    });
    const consultant = await user("consultant@example.org");
    expect(threads).toEqual([
      {
        visibility: "SHARED",
        status: "OPEN",
        createdById: consultant.id,
        answer: { state: "CHANGES_REQUESTED" },
        comments: [{ body: expect.stringContaining("Convention No. 97"), authorId: consultant.id }],
      },
    ]);
  });

  it("has a working draft of the narrative: both halves of every domain, and the key findings, resting on in-scope indicators", async () => {
    const { assessment, indicators } = await followUp();
    const drafts = await db.profileDraft.findMany({
      where: { assessmentId: assessment.id },
      select: { number: true, sections: { select: { key: true, body: true, indicatorCodes: true } } },
    });
    expect(drafts.map((draft) => draft.number)).toEqual([0]);
    const domains = [...new Set(indicators.flatMap((indicator) => indicator.subdomain?.domain.code ?? []))].sort();
    const keys = ["key-findings", ...domains.flatMap((code) => [`domain:${code}:well-developed`, `domain:${code}:further-development`])];
    const sections = drafts[0].sections;
    expect(sections.map((section) => section.key).sort()).toEqual(keys.sort());
    const codes = new Set(indicators.map((indicator) => indicator.code));
    for (const section of sections) {
      expect(section.body.trim().length, section.key).toBeGreaterThan(100);
      expect(section.indicatorCodes.length, section.key).toBeGreaterThan(0);
      for (const code of section.indicatorCodes) expect(codes.has(code), `${section.key} ${code}`).toBe(true);
    }
  });

  it("lets the focal points submit what is left, the consultant approve everything, and the coordinator open consultation", async () => {
    const { assessment } = await followUp();
    for (const email of ["focal.labour@example.org", "focal.foreign@example.org"]) await submitComplete(await user(email), assessment.id);
    const consultant = await user("consultant@example.org");
    const submitted = await db.answer.findMany({ where: { assessmentId: assessment.id, state: "SUBMITTED" }, select: { indicatorId: true } });
    const versions = await db.answer.findMany({ where: { assessmentId: assessment.id, state: "SUBMITTED" }, select: { indicatorId: true, version: true } });
    expect(versions).toHaveLength(submitted.length);
    for (const { indicatorId, version } of versions) {
      expect((await approveAnswer(consultant, { assessmentId: assessment.id, indicatorId, version })).state).toBe("APPROVED");
    }
    const states = await db.answer.groupBy({ by: ["state"], where: { assessmentId: assessment.id }, _count: true });
    expect(states).toEqual([{ state: "APPROVED", _count: 111 }]);
    expect(await openConsultation(await user("iom@example.org"), { assessmentId: assessment.id }, "http://x")).toMatchObject({ phase: "CONSULTATION" });
    expect(await db.profileDraft.count({ where: { assessmentId: assessment.id, number: 1, frozenAt: { not: null } } })).toBe(1);
  });
});
