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
import { resolveThread } from "@/lib/domain/comment/service";
import { ZRecordValidation } from "@/lib/domain/consultation/schema";
import { recordValidation } from "@/lib/domain/consultation/service";
import { keySources, legislationAnnex } from "@/lib/domain/publication/builders";
import { ZApproveUpdates, ZPublishProfile } from "@/lib/domain/publication/schema";
import { approveUpdates, publishProfile } from "@/lib/domain/publication/service";
import type { PublishedSnapshot, SnapshotSource } from "@/lib/domain/publication/snapshot";
import { resetDb, testDb } from "@/test/db";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./demo";
import { BASELINE_DATES } from "./demo/baseline";
import { CHANGED_SINCE_2018, KEY_UPDATES_SINCE_2018 } from "./demo/baseline-2018";
import { seedAll } from "./index";

const db = testDb();

async function counts() {
  const [frameworks, indicators, users, assessments, members, ministries, answers, revisions, sources, audits, threads, sections, published] =
    await Promise.all([
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
      db.publishedProfile.count(),
    ]);
  return { frameworks, indicators, users, assessments, members, ministries, answers, revisions, sources, audits, threads, sections, published };
}

async function user(email: string): Promise<CurrentUser> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, isIomStaff: true, isAdmin: true, locale: true } });
}

async function followUp(year = 2022) {
  const assessment = await db.assessment.findFirstOrThrow({
    where: { country: "KGZ", year },
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

/** Every answer's revisions, stamps and audit trail agree with it, as applyAnswerEvent would have written them. */
async function expectConsistentHistories(year: number) {
  const { assessment, answers, assignments } = await followUp(year);
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
    expect(first).toMatchObject({ users: 5, assessments: 2, answers: 111 + 98, threads: 1, sections: 15 + 14, published: 1 });

    for (const demo of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, select: { passwordHash: true, isIomStaff: true } });
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
      expect(user.isIomStaff).toBe(demo.email === "iom@example.org");
    }
  });

  it("for the bench, leaves the follow-up without its review", async () => {
    await seedAll(db);
    await seedDemo(db, { review: false });
    expect(await counts()).toMatchObject({ assessments: 2, answers: 0, sources: 0, sections: 0, published: 0 });
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
        previous: { select: { year: true, phase: true } },
        modules: { select: { module: { select: { code: true } } } },
        members: { select: { role: true, user: { select: { email: true } }, ministry: { select: { name: true } } } },
      },
    });
    expect(followUp).toMatchObject({ phase: "COLLECTION", cycle: "FOLLOW_UP", previous: { year: 2018, phase: "PUBLISHED" } });
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
    await expectConsistentHistories(2022);
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

  it("has a working draft of the narrative: its introduction, both halves of every domain, the key findings and the updates since 2018, resting on in-scope indicators", async () => {
    const { assessment, indicators } = await followUp();
    const drafts = await db.profileDraft.findMany({
      where: { assessmentId: assessment.id },
      select: { number: true, sections: { select: { key: true, body: true, indicatorCodes: true } } },
    });
    expect(drafts.map((draft) => draft.number)).toEqual([0]);
    const domains = [...new Set(indicators.flatMap((indicator) => indicator.subdomain?.domain.code ?? []))].sort();
    const keys = [
      "introduction",
      "key-findings",
      "updates",
      ...domains.flatMap((code) => [`domain:${code}:well-developed`, `domain:${code}:further-development`]),
    ];
    const sections = drafts[0].sections;
    expect(sections.map((section) => section.key).sort()).toEqual(keys.sort());
    // The introduction tells how the assessment was carried out, from the seed's facts; it rests on no indicator.
    const introduction = sections.find((section) => section.key === "introduction")!;
    for (const fact of [
      "September 2021",
      "December 2021",
      "Ministry of Foreign Affairs",
      "Centre for Employment of Citizens Abroad",
      "Ministry of Digital Development",
    ]) {
      expect(introduction.body).toContain(fact);
    }
    expect(introduction.indicatorCodes).toEqual([]);
    const codes = new Set(indicators.map((indicator) => indicator.code));
    for (const section of sections.filter((row) => row !== introduction)) {
      expect(section.body.trim().length, section.key).toBeGreaterThan(100);
      expect(section.indicatorCodes.length, section.key).toBeGreaterThan(0);
      for (const code of section.indicatorCodes) expect(codes.has(code), `${section.key} ${code}`).toBe(true);
    }
  });

  it("lets the focal points submit what is left, the consultant approve everything, and the coordinator open consultation and publish", async () => {
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

    // The consultation closes its threads, the consultant approves the summary of updates, the government
    // validates, and the coordinator publishes: the profile
    // has every part the seed's has, and its summary of updates names the changes the seed reports.
    const iom = await user("iom@example.org");
    for (const thread of await db.commentThread.findMany({ where: { assessmentId: assessment.id, status: "OPEN" }, select: { id: true } })) {
      await resolveThread(consultant, { assessmentId: assessment.id, threadId: thread.id });
    }
    await recordValidation(
      iom,
      ZRecordValidation.parse({
        assessmentId: assessment.id,
        validatedBy: "Deputy Chairman of the Cabinet",
        body: "Coordination Council for Migration",
        validatedOn: "2022-11-30",
      }),
    );
    const updates = await db.profileSection.findFirstOrThrow({ where: { key: "updates", draft: { assessmentId: assessment.id, number: 0 } } });
    await approveUpdates(consultant, ZApproveUpdates.parse({ assessmentId: assessment.id, version: updates.version }));
    expect(await publishProfile(iom, ZPublishProfile.parse({ assessmentId: assessment.id, confirm: "yes" }))).toMatchObject({ slug: "kgz-2022", version: 1 });
    const row = await db.publishedProfile.findFirstOrThrow({ where: { slug: "kgz-2022" } });
    const snapshot = row.snapshot as unknown as PublishedSnapshot;
    expect(snapshot.citation).toMatch(
      /^International Organization for Migration \(IOM\), \d{4}\. \*Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic\*\. IOM, Geneva\.$/,
    );
    expect(snapshot.assessment.officialName).toBe("the Kyrgyz Republic");
    expect(snapshot.frontMatter?.conceptualFramework).toContain("MiGOF");
    expect(snapshot.frontMatter?.countryIntroduction).toContain("December 2021");
    for (const part of ["objectives", "introduction", "afterAssessment"] as const) expect(snapshot.frontMatter?.[part].length, part).toBeGreaterThan(100);
    expect(snapshot.keyFindings).toContain("Migration Policy Concept for 2021–2030");
    expect(snapshot.domains).toHaveLength(6);
    for (const domain of snapshot.domains) {
      expect(domain.wellDeveloped.length, domain.code).toBeGreaterThan(100);
      expect(domain.furtherDevelopment.length, domain.code).toBeGreaterThan(100);
    }
    expect(snapshot.updatesSince?.previousYear).toBe(2018);
    for (const words of [
      "compatriots with foreign citizenship",
      "EAEU Agreement on Pension Provision",
      "Migration Policy Concept for 2021–2030",
      "Trafficking for 2022–2025",
    ]) {
      expect(snapshot.updatesSince?.body).toContain(words);
    }
    for (const { codes } of KEY_UPDATES_SINCE_2018) expect(snapshot.updatesSince?.indicatorCodes).toEqual(expect.arrayContaining([...codes]));
    expect(snapshot.moduleAnnexes.map((annex) => [annex.code, annex.answers.length])).toEqual([[expect.any(String), 13]]);
    expect(snapshot.answers).toHaveLength(98);
    expect(snapshot.keySources.length).toBeGreaterThan(5);
    expect(snapshot.legislation.flatMap((group) => group.items).length).toBeGreaterThanOrEqual(40);
  });
});

describe("the demo baseline", () => {
  beforeAll(async () => {
    await resetDb();
    await seedAll(db);
    await seedDemo(db);
  });

  it("is published with every core indicator answered and approved in 2018, complete and sourced where evidence is required", async () => {
    const { assessment, indicators, answers } = await followUp(2018);
    expect(await db.assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { phase: true, cycle: true } })).toEqual({
      phase: "PUBLISHED",
      cycle: "BASELINE",
    });
    expect(indicators).toHaveLength(98);
    expect(indicators.every((indicator) => indicator.subdomain)).toBe(true); // core only: no COVID-19 module in 2018
    expect(new Set(answers.map((answer) => answer.indicatorId))).toEqual(new Set(indicators.map((indicator) => indicator.id)));
    for (const answer of answers) {
      const indicator = indicators.find((row) => row.id === answer.indicatorId)!;
      expect(answer.state, answer.indicator.code).toBe("APPROVED");
      expect(answer.approvedAt!.getUTCFullYear(), answer.indicator.code).toBe(2018);
      const missing = missingForSubmission(indicator, { value: answer.value, explanation: answer.explanation, sourceCount: answer.sources.length });
      expect(missing, answer.indicator.code).toEqual([]);
    }
    // It cites its own sources, none adopted after the assessment.
    const cited = await db.answerSource.findMany({
      where: { answer: { assessmentId: assessment.id } },
      select: { source: { select: { assessmentId: true, year: true } } },
    });
    expect(cited.every((row) => row.source.assessmentId === assessment.id && (row.source.year ?? 0) < 2018)).toBe(true);
  });

  it("is published once as version 1 of kgz-2018, its snapshot holding the narrative, the approved answers, key sources and annex as the builders make them", async () => {
    const { assessment, answers } = await followUp(2018);
    const rows = await db.publishedProfile.findMany({ where: { assessmentId: assessment.id } });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    const coordinator = await user("iom@example.org");
    expect(row).toMatchObject({ slug: "kgz-2018", version: 1, changeNote: null, publishedById: coordinator.id, publishedAt: BASELINE_DATES.published });
    // As the builder writes it: a baseline is the "Profile", published in 2018, under the official name as the seed cites it.
    expect(row.citation).toBe(
      "International Organization for Migration (IOM), 2018. *Migration Governance Indicators Profile 2018 – The Kyrgyz Republic*. IOM, Geneva.",
    );

    const snapshot = row.snapshot as unknown as PublishedSnapshot;
    expect(snapshot).toMatchObject({
      schemaVersion: 1,
      slug: "kgz-2018",
      version: 1,
      publishedAt: BASELINE_DATES.published.toISOString(),
      citation: row.citation,
      changeNote: null,
      assessment: { country: "KGZ", countryName: "Kyrgyzstan", officialName: "the Kyrgyz Republic", year: 2018, cycle: "BASELINE", previousYear: null },
      updatesSince: null,
      moduleAnnexes: [],
    });
    // The framework's standing text, and the baseline's own introduction.
    const framework = await db.framework.findUniqueOrThrow({
      where: { version: "2.0" },
      select: { objectives: true, introduction: true, conceptualFramework: true, afterAssessment: true },
    });
    expect(snapshot.frontMatter).toEqual({ ...framework, countryIntroduction: expect.stringContaining("January 2018") });
    expect(snapshot.frontMatter!.conceptualFramework).toContain("**Adhere**");
    expect(snapshot.frontMatter!.afterAssessment.trim()).not.toBe("");
    expect(snapshot.keyFindings).toContain("labour migration until 2020");
    expect(snapshot.domains.map((domain) => domain.code)).toEqual(["1", "2", "3", "4", "5", "6"]);
    for (const domain of snapshot.domains) {
      expect(domain.wellDeveloped.trim().length, domain.code).toBeGreaterThan(100);
      expect(domain.furtherDevelopment.trim().length, domain.code).toBeGreaterThan(100);
      expect(domain.indicatorCodes.length, domain.code).toBeGreaterThan(0);
    }

    // The answers: the 98 approved ones, as they are stored.
    expect(snapshot.answers).toHaveLength(98);
    const stored = new Map(answers.map((answer) => [answer.indicator.code, answer]));
    for (const published of snapshot.answers) {
      const answer = stored.get(published.code)!;
      expect({ value: published.value, explanation: published.explanation, sourceIds: [...published.sourceIds].sort() }, published.code).toEqual({
        value: answer.value,
        explanation: answer.explanation,
        sourceIds: answer.sources.map((source) => source.sourceId).sort(),
      });
    }

    // Key sources and the annex: what the builders make of the baseline's sources.
    const sources: SnapshotSource[] = (
      await db.source.findMany({
        where: { assessmentId: assessment.id },
        select: { id: true, kind: true, issuer: true, year: true, title: true, number: true, adoptedOn: true, url: true },
      })
    ).map((source) => ({ ...source, adoptedOn: source.adoptedOn?.toISOString().slice(0, 10) ?? null }));
    const cited = new Set(snapshot.answers.flatMap((answer) => answer.sourceIds));
    expect(snapshot.keySources).toEqual(keySources(sources, cited));
    expect(snapshot.legislation).toEqual(legislationAnnex(sources));
    expect(snapshot.keySources.length).toBeGreaterThan(0);
    expect(snapshot.legislation.map((group) => group.group)).toContain("laws");
    expect(snapshot.sources.map((source) => source.id).sort()).toEqual([...cited].sort());

    const audit = await db.auditEvent.findFirstOrThrow({ where: { assessmentId: assessment.id, action: "profile.published" } });
    expect(audit).toMatchObject({ objectId: row.id, actorId: coordinator.id, at: BASELINE_DATES.published });
  });

  it("leaves its published row untouched when the demo is seeded again", async () => {
    const before = await db.publishedProfile.findMany();
    await seedDemo(db);
    expect(await db.publishedProfile.findMany()).toEqual(before);
  });

  it("has the history the workflow would have written, every answer led by the Labour ministry's focal point", async () => {
    await expectConsistentHistories(2018);
  });

  it("differs from the 2022 follow-up exactly where the list of changes since 2018 says, and shows the changes the profile reports", async () => {
    const byCode = async (year: number) => {
      const { answers } = await followUp(year);
      return new Map(answers.map((answer) => [answer.indicator.code, answer]));
    };
    const [then, now] = await Promise.all([byCode(2018), byCode(2022)]);
    const changed = new Set(CHANGED_SINCE_2018.map((change) => change.code));
    expect(changed.size).toBe(CHANGED_SINCE_2018.length);
    for (const [code, before] of then) {
      const after = now.get(code)!;
      const differs = before.value !== after.value || before.explanation !== after.explanation;
      expect(differs, code).toBe(changed.has(code));
    }
    // The "updates since 2018" suggestion compares approved answers: each change the issue names shows in one already approved.
    for (const { update, codes } of KEY_UPDATES_SINCE_2018) {
      const shown = codes.filter((code) => {
        const [before, after] = [then.get(code)!, now.get(code)!];
        return after.state === "APPROVED" && (before.value !== after.value || before.explanation !== after.explanation);
      });
      expect(shown.length, update).toBeGreaterThan(0);
      for (const code of codes) expect(CHANGED_SINCE_2018.find((change) => change.code === code)?.kind, `${update} ${code}`).toBe("reported");
    }
  });
});

/** The seed's annex of migration-related legislation: group, a phrase of the title, date of adoption and number. */
const ANNEX: { group: "law" | "treaty" | "act"; title: RegExp; adoptedOn: string | null; number: string | null }[] = [
  { group: "law", title: /^Constitution of the Kyrgyz Republic$/, adoptedOn: "2021-04-11", number: null },
  { group: "law", title: /Internal Migration/, adoptedOn: "2002-07-30", number: "133" },
  { group: "law", title: /^Law on External Migration/, adoptedOn: "2000-07-17", number: "61" },
  { group: "law", title: /External Labour Migration/, adoptedOn: "2006-01-13", number: "4" },
  { group: "law", title: /^Law on Refugees/, adoptedOn: "2002-03-25", number: "44" },
  { group: "law", title: /Legal Status of Foreign Nationals/, adoptedOn: "1993-12-14", number: "1296-XII" },
  { group: "law", title: /Ethnic Kyrgyz Immigrating/, adoptedOn: "2007-11-26", number: "175" },
  { group: "law", title: /Human Trafficking/, adoptedOn: "2005-03-17", number: "55" },
  { group: "law", title: /Compatriots Abroad/, adoptedOn: "2013-08-03", number: "183" },
  { group: "treaty", title: /Representative Office of the Ministry of Labour, Migration and Youth/, adoptedOn: "2015-07-27", number: "197" },
  { group: "treaty", title: /Labour Activities and Social Protection of Migrant Workers/, adoptedOn: "2004-05-11", number: "65" },
  { group: "treaty", title: /Transnational Organized Crime/, adoptedOn: "2003-04-15", number: "74" },
  { group: "treaty", title: /Agricultural Work in the Border Areas/, adoptedOn: "2003-08-01", number: "186" },
  {
    group: "treaty",
    title: /Agreement on Cooperation of the CIS Member States in the Fight against Illegal Migration/,
    adoptedOn: "2003-08-01",
    number: "180",
  },
  { group: "treaty", title: /Rights of All Migrant Workers/, adoptedOn: "2003-04-15", number: "80" },
  { group: "treaty", title: /Federal Migration Service/, adoptedOn: "2013-11-27", number: "207" },
  { group: "treaty", title: /Legal Status of Migrant Workers and Members of Their Families in CIS/, adoptedOn: "2009-11-26", number: "305" },
  { group: "treaty", title: /Opposition to Illegal Migration for 2006–2008/, adoptedOn: "2008-04-28", number: "77" },
  { group: "treaty", title: /International Organization for Migration/, adoptedOn: "2003-04-15", number: "81" },
  { group: "treaty", title: /Protection of the Rights of Migrant Workers/, adoptedOn: "2007-04-28", number: "50" },
  { group: "treaty", title: /Field of Labour Migration and Social Protection of Migrant Workers/, adoptedOn: "2006-12-06", number: "203" },
  { group: "treaty", title: /Refugees and Internally Displaced Persons/, adoptedOn: "2004-03-19", number: "30" },
  { group: "treaty", title: /Pension Provision for Workers/, adoptedOn: "2020-07-24", number: "93" },
  { group: "treaty", title: /Social Security between the Kyrgyz Republic and the Republic of Türkiye/, adoptedOn: "2018-12-20", number: null },
  { group: "act", title: /Some Issues in the Field of Labour Migration/, adoptedOn: "2019-04-16", number: "175" },
  { group: "act", title: /Repatriating the Bodies/, adoptedOn: "2021-04-21", number: "169" },
  { group: "act", title: /^Decree on Approval of the Concept of the Migration Policy/, adoptedOn: "2021-05-04", number: "191" },
  { group: "act", title: /Questions of the Ministry of Labour, Social Security and Migration/, adoptedOn: "2021-11-15", number: "252" },
  { group: "act", title: /Centre for Employment of Citizens Abroad/, adoptedOn: "2021-12-17", number: "319" },
  { group: "act", title: /Internal and External Labour Migration until 2020/, adoptedOn: "2013-09-06", number: "485" },
  { group: "act", title: /Kairylman Programme/, adoptedOn: "2016-09-30", number: "518" },
  { group: "act", title: /Programme on Combating Human Trafficking for 2022–2025/, adoptedOn: "2022-04-15", number: "227" },
  { group: "act", title: /Forced Migrant/, adoptedOn: "2004-04-05", number: "229" },
  { group: "act", title: /Status of Kairylman/, adoptedOn: "2015-06-23", number: "402" },
  { group: "act", title: /Work with Refugees/, adoptedOn: "2003-04-04", number: "188" },
  { group: "act", title: /Residence Permits/, adoptedOn: "2008-11-13", number: "626" },
  { group: "act", title: /Immigrant Status/, adoptedOn: "2001-12-15", number: "793" },
  { group: "act", title: /Issuing Visas/, adoptedOn: "2017-03-15", number: "155" },
  { group: "act", title: /Action Plan for the Implementation of the First Stage/, adoptedOn: "2022-04-13", number: "191-p" },
  { group: "act", title: /quota for labour migration/, adoptedOn: null, number: null }, // "annually adopted by the government resolution"
];

const ANNEX_KINDS = { law: ["LAW"], treaty: ["INTERNATIONAL_TREATY"], act: ["DECREE", "RESOLUTION"] };

describe("the demo follow-up's sources", () => {
  beforeAll(async () => {
    await resetDb();
    await seedAll(db);
    await seedDemo(db);
  });

  it("hold every item of the profile's legislation annex once, with its kind, date of adoption and number, cited by an answer", async () => {
    const { assessment } = await followUp();
    const sources = await db.source.findMany({
      where: { assessmentId: assessment.id },
      select: { title: true, kind: true, adoptedOn: true, number: true, _count: { select: { answers: true } } },
    });
    expect(ANNEX).toHaveLength(40);
    for (const item of ANNEX) {
      const found = sources.filter((source) => item.title.test(source.title) && ANNEX_KINDS[item.group].includes(source.kind));
      expect(found, String(item.title)).toHaveLength(1);
      const [source] = found;
      expect({ adoptedOn: source.adoptedOn?.toISOString().slice(0, 10) ?? null, number: source.number }, source.title).toEqual({
        adoptedOn: item.adoptedOn,
        number: item.number,
      });
      expect(source._count.answers, source.title).toBeGreaterThan(0);
    }
  });

  it("hold the profile's key sources, whether or not an answer cites them", async () => {
    const { assessment } = await followUp();
    const titles = (await db.source.findMany({ where: { assessmentId: assessment.id }, select: { title: true } })).map((row) => row.title);
    for (const phrase of [
      "Law on the State Civil Service and Municipal Service",
      "Road Map for the National Strategy for Financial Education",
      "Diaspora engagement mapping",
      "Kyrgyzstan joins the Eurasian Economic Union",
      "Combating Trafficking in Persons in the Kyrgyz Republic for 2017–2020",
    ])
      expect(
        titles.some((title) => title.includes(phrase)),
        phrase,
      ).toBe(true);
  });
});
