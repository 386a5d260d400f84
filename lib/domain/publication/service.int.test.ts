// Publishing the profile against the real database: the gate, version 1 and the phase move, corrections,
// the trigger that keeps published rows unchanged, two publishes at once, and who may publish.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { db as appDb } from "@/lib/db";
import { openConsultation } from "@/lib/domain/assessment/service";
import { ZRecordValidation } from "@/lib/domain/consultation/schema";
import { recordValidation } from "@/lib/domain/consultation/service";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { ZSaveAnswer } from "@/lib/domain/answer/schema";
import { approveAnswer, reopenAnswer } from "@/lib/domain/answer/review";
import { saveAnswer, submitAnswer } from "@/lib/domain/answer/service";
import { resolveThread } from "@/lib/domain/comment/service";
import { ZSaveSection } from "@/lib/domain/profile/schema";
import { saveSection } from "@/lib/domain/profile/service";
import { allSectionKeys, buildConsultationWorld, type ConsultationWorld } from "@/test/consultation-world";
import { resetDb, testDb } from "@/test/db";
import { countQueries } from "@/test/query-count";
import { getPublicationPanel, getUpdatesSuggestion } from "./queries";
import { ZApproveUpdates, ZPublishCorrection, ZPublishProfile, ZSaveUpdates } from "./schema";
import { approveUpdates, PublicationRefused, publishCorrection, publishProfile, saveUpdates } from "./service";
import { buildSnapshot, type PublishedSnapshot } from "./snapshot";

const db = testDb();
let w: ConsultationWorld;

const publish = (user = w.coordinator) => publishProfile(user, ZPublishProfile.parse({ assessmentId: w.assessmentId, confirm: "yes" }));
const correct = (changeNote: string, user = w.coordinator) =>
  publishCorrection(user, ZPublishCorrection.parse({ assessmentId: w.assessmentId, changeNote, confirm: "yes" }));
const validate = () =>
  recordValidation(
    w.coordinator,
    ZRecordValidation.parse({ assessmentId: w.assessmentId, validatedBy: "A. Bekov", body: "Coordination Council", validatedOn: "2026-11-25" }),
  );

async function inConsultation() {
  for (const key of allSectionKeys(w.domainCodes)) {
    await saveSection(w.consultant, ZSaveSection.parse({ assessmentId: w.assessmentId, key, body: `Text of ${key}.`, baseVersion: 0 }));
  }
  await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x");
}

/** Cites a law, a treaty, a decree and a report from the first answer; one more law is not cited. */
async function addSources() {
  const answer = await db.answer.findFirstOrThrow({ where: { assessmentId: w.assessmentId, indicator: { code: w.codes.sort()[0] } }, select: { id: true } });
  const make = (title: string, kind: "LAW" | "INTERNATIONAL_TREATY" | "DECREE" | "REPORT", issuer: string, year: number, adoptedOn?: string, number?: string) =>
    db.source.create({
      data: { id: randomUUID(), assessmentId: w.assessmentId, title, kind, issuer, year, adoptedOn: adoptedOn ? new Date(adoptedOn) : null, number },
      select: { id: true },
    });
  const cited = await Promise.all([
    make("Law on External Migration", "LAW", "Jogorku Kenesh", 2000, "2000-07-17", "61"),
    make("EAEU pension agreement", "INTERNATIONAL_TREATY", "Jogorku Kenesh", 2020, "2020-12-19"),
    make("Concept of the Migration Policy 2021–2030", "DECREE", "Government", 2021, "2021-05-04", "191"),
    make("Labour migration survey", "REPORT", "IOM", 2021),
  ]);
  await make("Law on Refugees", "LAW", "Jogorku Kenesh", 2002, "2002-03-25", "44");
  await db.answerSource.createMany({ data: cited.map((source) => ({ answerId: answer.id, sourceId: source.id })) });
}

beforeEach(async () => {
  await resetDb();
  w = await buildConsultationWorld(db);
});

describe("the profile's front matter and official name", () => {
  const snapshotNow = async () => {
    const access = (await loadAccess(w.coordinator, w.assessmentId))!;
    return appDb.$transaction((tx) => buildSnapshot(tx, access, { version: 1, publishedAt: new Date("2023-03-01T00:00:00Z"), changeNote: null }));
  };

  it("holds the framework's standing text, the assessment's own introduction and the official name, capitalized in the citation", async () => {
    await db.assessment.update({ where: { id: w.assessmentId }, data: { profileName: "the Kyrgyz Republic" } });
    await saveSection(
      w.consultant,
      ZSaveSection.parse({ assessmentId: w.assessmentId, key: "introduction", body: "In September 2021 the Government agreed.", baseVersion: 0 }),
    );
    const framework = await db.framework.findUniqueOrThrow({
      where: { version: "2.0" },
      select: { objectives: true, introduction: true, conceptualFramework: true, afterAssessment: true },
    });
    expect(framework.conceptualFramework).toContain("**Adhere**");

    const snapshot = await snapshotNow();
    expect(snapshot.frontMatter).toEqual({ ...framework, countryIntroduction: "In September 2021 the Government agreed." });
    expect(snapshot.assessment).toMatchObject({ countryName: "Kyrgyzstan", officialName: "the Kyrgyz Republic" });
    expect(snapshot.citation).toBe(
      "International Organization for Migration (IOM), 2023. *Migration Governance Indicators Profile 2022 – The Kyrgyz Republic*. IOM, Geneva.",
    );
    expect(snapshot.slug).toBe("kgz-2022");
  });

  it("has empty strings for a framework without standing text and an assessment without an introduction, and the common name", async () => {
    const { id } = await db.framework.findUniqueOrThrow({ where: { version: "2.0" }, select: { id: true } });
    await db.framework.update({ where: { id }, data: { objectives: "", introduction: "", conceptualFramework: "", afterAssessment: "" } });
    const snapshot = await snapshotNow();
    expect(snapshot.frontMatter).toEqual({ objectives: "", introduction: "", countryIntroduction: "", conceptualFramework: "", afterAssessment: "" });
    expect(snapshot.assessment.officialName).toBe("Kyrgyzstan");
    expect(snapshot.citation).toContain("Profile 2022 – Kyrgyzstan*");
  });
});

describe("publishing the profile", () => {
  it("is refused with the gate's reasons while the government's validation is missing", async () => {
    await inConsultation();
    const refusal = await publish().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PublicationRefused);
    expect((refusal as PublicationRefused).reasons).toEqual([{ kind: "validationMissing" }]);
    expect(await db.publishedProfile.count()).toBe(0);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).phase).toBe("CONSULTATION");
  });

  it("is refused before consultation (the phase table has no such move)", async () => {
    await expect(publish()).rejects.toMatchObject({ messageKey: "phase.notFromHere" });
  });

  it("writes version 1 with the snapshot, moves the phase to published and audits both", async () => {
    await inConsultation();
    await validate();
    await addSources();
    const result = await publish();
    expect(result).toMatchObject({ slug: "kgz-2022", version: 1 });

    const row = await db.publishedProfile.findFirstOrThrow({ where: { assessmentId: w.assessmentId } });
    const snapshot = row.snapshot as unknown as PublishedSnapshot;
    expect(row).toMatchObject({ slug: "kgz-2022", version: 1, changeNote: null, publishedById: w.coordinator.id });
    expect(row.citation).toBe(
      `International Organization for Migration (IOM), ${new Date().getUTCFullYear()}. *Migration Governance Indicators Profile 2022 – Kyrgyzstan*. IOM, Geneva.`,
    );
    expect(snapshot).toMatchObject({ schemaVersion: 1, slug: "kgz-2022", version: 1, citation: row.citation, updatesSince: null, moduleAnnexes: [] });
    expect(snapshot.assessment).toEqual({
      country: "KGZ",
      countryName: "Kyrgyzstan",
      level: "NATIONAL",
      city: null,
      year: 2022,
      cycle: "BASELINE",
      previousYear: null,
      officialName: "Kyrgyzstan",
    });
    expect(snapshot.keyFindings).toBe("Text of key-findings.");
    expect(snapshot.domains.map((d) => d.code)).toEqual(w.domainCodes);
    expect(snapshot.domains[0]).toMatchObject({ wellDeveloped: `Text of domain:${w.domainCodes[0]}:well-developed.` });
    expect(snapshot.answers).toHaveLength(w.codes.length);
    expect(snapshot.answers[0]).toMatchObject({ value: "yes", valueLabel: "Yes" });
    expect(snapshot.answers[0].subdomain).not.toBeNull();
    expect(snapshot.sources).toHaveLength(4);
    expect(snapshot.keySources.map((g) => [g.issuer, g.sources.map((s) => s.year)])).toEqual([
      ["Government", [2021]],
      ["IOM", [2021]],
      ["Jogorku Kenesh", [2000, 2020]],
    ]);
    // The annex lists the assessment's legislation, cited or not, with dates and numbers.
    expect(snapshot.legislation.map((g) => [g.group, g.items.map((s) => [s.adoptedOn, s.number])])).toEqual([
      [
        "laws",
        [
          ["2000-07-17", "61"],
          ["2002-03-25", "44"],
        ],
      ],
      ["treaties", [["2020-12-19", null]]],
      ["acts", [["2021-05-04", "191"]]],
    ]);

    expect((await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).phase).toBe("PUBLISHED");
    const audit = await db.auditEvent.findMany({ where: { assessmentId: w.assessmentId, action: { in: ["profile.published", "assessment.phase_moved"] } } });
    expect(audit.map((e) => [e.action, e.after])).toEqual(
      expect.arrayContaining([
        ["assessment.phase_moved", { phase: "PUBLISHED" }],
        ["profile.published", { slug: "kgz-2022", version: 1, answers: w.codes.length }],
      ]),
    );
    // Published once: publishing again is not a move from here.
    await expect(publish()).rejects.toMatchObject({ messageKey: "phase.notFromHere" });
  });

  it("builds the snapshot in five queries whatever the framework's size", async () => {
    await inConsultation();
    const access = (await loadAccess(w.coordinator, w.assessmentId))!;
    const { statements } = await countQueries(() =>
      appDb.$transaction((tx) => buildSnapshot(tx, access, { version: 1, publishedAt: new Date(), changeNote: null })),
    );
    expect(statements.filter((sql) => !/^\s*(BEGIN|COMMIT)/i.test(sql))).toHaveLength(5);
  });

  it("slugs a local assessment's city in", async () => {
    await db.assessment.update({ where: { id: w.assessmentId }, data: { level: "LOCAL", city: "Bishkek" } });
    await inConsultation();
    await validate();
    expect(await publish()).toMatchObject({ slug: "kgz-bishkek-2022" });
  });

  it("refuses a slug another assessment is published at", async () => {
    const other = await db.assessment.create({
      data: {
        country: "KGZ",
        year: 2022,
        frameworkId: (await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).frameworkId,
        createdById: w.coordinator.id,
      },
    });
    await db.publishedProfile.create({
      data: { assessmentId: other.id, slug: "kgz-2022", version: 1, snapshot: {}, citation: "c", publishedById: w.coordinator.id },
    });
    await inConsultation();
    await validate();
    await expect(publish()).rejects.toMatchObject({ messageKey: "publication.slugTaken" });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).phase).toBe("CONSULTATION");
  });

  it("gives one version 1 of two publishes at once", async () => {
    await inConsultation();
    await validate();
    const results = await Promise.allSettled([publish(), publish()]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.publishedProfile.count({ where: { assessmentId: w.assessmentId } })).toBe(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ messageKey: expect.stringMatching(/^phase\./) });
  });

  it("refuses consultants and stakeholders, and is not found for outsiders", async () => {
    await inConsultation();
    await validate();
    await expect(publish(w.consultant)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publish(w.stakeholder)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publish(w.outsider)).rejects.toBeInstanceOf(NotFoundError);
    await expect(correct("x", w.outsider)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.publishedProfile.count()).toBe(0);
  });
});

describe("a correction", () => {
  it("publishes version 2 with its change note and leaves version 1 as it was", async () => {
    await inConsultation();
    await validate();
    await expect(correct("Too early.")).rejects.toMatchObject({ messageKey: "phase.notFromHere" });
    await publish();
    const first = await db.publishedProfile.findFirstOrThrow({ where: { assessmentId: w.assessmentId, version: 1 } });
    await expect(correct("Nothing yet.")).rejects.toMatchObject({ messageKey: "publication.nothingChanged" });
    // The narrative stays editable by the reviewers after publication, for a correction.
    await expect(
      saveSection(w.focal, ZSaveSection.parse({ assessmentId: w.assessmentId, key: "key-findings", body: "Mine.", baseVersion: 1 })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await saveSection(w.consultant, ZSaveSection.parse({ assessmentId: w.assessmentId, key: "key-findings", body: "Corrected findings.", baseVersion: 1 }));

    expect(await correct("Corrected the key findings.")).toMatchObject({ slug: "kgz-2022", version: 2 });
    const rows = await db.publishedProfile.findMany({ where: { assessmentId: w.assessmentId }, orderBy: { version: "asc" } });
    expect(rows.map((r) => [r.version, r.changeNote])).toEqual([
      [1, null],
      [2, "Corrected the key findings."],
    ]);
    expect(rows[0]).toEqual(first);
    expect((rows[0].snapshot as unknown as PublishedSnapshot).keyFindings).toBe("Text of key-findings.");
    expect(rows[1].snapshot as unknown as PublishedSnapshot).toMatchObject({
      version: 2,
      changeNote: "Corrected the key findings.",
      keyFindings: "Corrected findings.",
    });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).phase).toBe("PUBLISHED");
    expect(await db.auditEvent.count({ where: { assessmentId: w.assessmentId, action: "profile.correction_published" } })).toBe(1);

    const panel = await getPublicationPanel((await loadAccess(w.coordinator, w.assessmentId))!);
    expect(panel.versions.map((v) => [v.version, v.slug])).toEqual([
      [2, "kgz-2022"],
      [1, "kgz-2022"],
    ]);
  });

  it("corrects an answer reopened after publication, once it is approved again and its thread resolved", async () => {
    await inConsultation();
    await validate();
    await publish();
    const code = w.codes.sort()[0];
    const indicatorId = (await db.indicator.findFirstOrThrow({ where: { code, answers: { some: { assessmentId: w.assessmentId } } }, select: { id: true } }))
      .id;
    const version = async () => (await db.answer.findFirstOrThrow({ where: { assessmentId: w.assessmentId, indicatorId }, select: { version: true } })).version;
    const ids = { assessmentId: w.assessmentId, indicatorId };

    // Only reviewers reopen (the focal point's ministry does not lead this one: "not found"); the answer goes
    // back to be edited, and the correction waits for it.
    await expect(reopenAnswer(w.focal, { ...ids, version: await version(), comment: "Mine." }, "http://x")).rejects.toBeInstanceOf(NotFoundError);
    await reopenAnswer(w.consultant, { ...ids, version: await version(), comment: "The 2023 amendment changes this." }, "http://x");
    expect(await db.answer.findFirstOrThrow({ where: { assessmentId: w.assessmentId, indicatorId } })).toMatchObject({ reopened: true });
    const refused = await correct("Updated one answer.").catch((error: unknown) => error);
    expect((refused as PublicationRefused).reasons.map((reason) => reason.kind)).toEqual(["openThreads", "reopenedAnswers"]);

    const law = await db.source.create({
      data: { id: randomUUID(), assessmentId: w.assessmentId, title: "Law on External Migration (2023 amendment)", kind: "LAW", issuer: "Jogorku Kenesh" },
    });
    const saved = await saveAnswer(
      w.coordinator,
      ZSaveAnswer.parse({ ...ids, baseVersion: await version(), value: "partially", explanation: "Amended in 2023.", sourceIds: [law.id] }),
    );
    expect(saved.status).toBe("saved");
    await submitAnswer(w.coordinator, { ...ids, version: await version() });
    await approveAnswer(w.consultant, { ...ids, version: await version() });
    const thread = await db.commentThread.findFirstOrThrow({ where: { assessmentId: w.assessmentId, status: "OPEN" }, select: { id: true } });
    await resolveThread(w.consultant, { assessmentId: w.assessmentId, threadId: thread.id });

    expect(await correct("Updated one answer.")).toMatchObject({ version: 2 });
    const [v1, v2] = await db.publishedProfile.findMany({ where: { assessmentId: w.assessmentId }, orderBy: { version: "asc" } });
    const answerOf = (row: typeof v1) => (row.snapshot as unknown as PublishedSnapshot).answers.find((answer) => answer.code === code);
    expect(answerOf(v1)).toMatchObject({ value: "yes", explanation: `Approved ${code}.` });
    expect(answerOf(v2)).toMatchObject({ value: "partially", explanation: "Amended in 2023." });
  });

  it("needs a change note", () => {
    expect(ZPublishCorrection.safeParse({ assessmentId: randomUUID(), changeNote: "  ", confirm: "yes" }).error?.issues.map((i) => i.message)).toEqual([
      "validation.required",
    ]);
    expect(ZPublishProfile.safeParse({ assessmentId: randomUUID() }).error?.issues.map((i) => i.message)).toEqual(["publication.confirmRequired"]);
  });
});

describe("the database", () => {
  it("refuses UPDATE and DELETE of a published profile (a trigger)", async () => {
    await inConsultation();
    await validate();
    await publish();
    const row = await db.publishedProfile.findFirstOrThrow({ where: { assessmentId: w.assessmentId } });
    await expect(db.publishedProfile.update({ where: { id: row.id }, data: { citation: "Changed." } })).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`UPDATE "PublishedProfile" SET snapshot = '{}'::jsonb`).rejects.toThrow(/immutable/);
    await expect(db.publishedProfile.delete({ where: { id: row.id } })).rejects.toThrow(/immutable/);
    expect(await db.publishedProfile.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

describe("a follow-up", () => {
  /** Makes the world's assessment the follow-up of a published-looking 2018 baseline with two changed answers. */
  async function asFollowUp() {
    const current = await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId }, select: { frameworkId: true, createdById: true } });
    const baseline = await db.assessment.create({
      data: { country: "KGZ", year: 2018, frameworkId: current.frameworkId, phase: "PUBLISHED", createdById: current.createdById },
      select: { id: true },
    });
    const indicators = await db.indicator.findMany({
      where: { frameworkId: current.frameworkId, subdomainId: { not: null } },
      select: { id: true, code: true },
    });
    const [changedValue, changedText] = [...w.codes].sort();
    await db.answer.createMany({
      data: indicators.map((i) => ({
        assessmentId: baseline.id,
        indicatorId: i.id,
        state: "APPROVED" as const,
        value: i.code === changedValue ? "no" : "yes",
        explanation: i.code === changedText ? "Before the 2020 visa." : `Approved ${i.code}.`,
        version: 2,
      })),
    });
    await db.assessment.update({ where: { id: w.assessmentId }, data: { cycle: "FOLLOW_UP", previousId: baseline.id } });
    return { changedValue, changedText };
  }

  it("suggests the changed indicators, needs its updates section before publishing, and publishes it", async () => {
    const { changedValue, changedText } = await asFollowUp();
    await inConsultation();
    await validate();
    const access = (await loadAccess(w.coordinator, w.assessmentId))!;
    expect((await getUpdatesSuggestion(access)).map((s) => [s.code, s.change])).toEqual([
      [changedValue, "value"],
      [changedText, "explanation"],
    ]);

    const refusal = (await publish().catch((error: unknown) => error)) as PublicationRefused;
    expect(refusal.reasons).toEqual([{ kind: "updatesMissing", previousYear: 2018 }]);

    await expect(saveUpdates(w.stakeholder, ZSaveUpdates.parse({ assessmentId: w.assessmentId, body: "x", baseVersion: 0 }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await saveUpdates(w.consultant, ZSaveUpdates.parse({ assessmentId: w.assessmentId, body: "The compatriots visa.", baseVersion: 0 }))).toEqual({
      version: 1,
    });
    await expect(saveUpdates(w.consultant, ZSaveUpdates.parse({ assessmentId: w.assessmentId, body: "Stale.", baseVersion: 0 }))).rejects.toMatchObject({
      messageKey: "publication.updatesConflict",
    });
    expect(
      await saveUpdates(w.consultant, ZSaveUpdates.parse({ assessmentId: w.assessmentId, body: "Since 2018: the compatriots visa.", baseVersion: 1 })),
    ).toEqual({
      version: 2,
    });
    expect((await getPublicationPanel(access)).followUp).toEqual({
      previousYear: 2018,
      updates: { body: "Since 2018: the compatriots visa.", version: 2, approvedAt: null, approvedBy: null },
    });

    // Written is not enough: the consultant approves the version they read.
    expect(((await publish().catch((error: unknown) => error)) as PublicationRefused).reasons).toEqual([{ kind: "updatesNotApproved", previousYear: 2018 }]);
    const approve = (user: CurrentUser, version: number) => approveUpdates(user, ZApproveUpdates.parse({ assessmentId: w.assessmentId, version }));
    await expect(approve(w.coordinator, 2)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approve(w.outsider, 2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(approve(w.consultant, 1)).rejects.toMatchObject({ messageKey: "publication.updatesChangedMeanwhile" });
    expect(await approve(w.consultant, 2)).toEqual({ version: 2 });
    expect((await getPublicationPanel(access)).followUp?.updates).toMatchObject({ approvedAt: expect.any(String), approvedBy: w.consultant.name });
    expect(await db.auditEvent.count({ where: { assessmentId: w.assessmentId, action: "profile.updates_approved" } })).toBe(1);

    await publish();
    const row = await db.publishedProfile.findFirstOrThrow({ where: { assessmentId: w.assessmentId } });
    const snapshot = row.snapshot as unknown as PublishedSnapshot;
    expect(snapshot.updatesSince).toEqual({ previousYear: 2018, body: "Since 2018: the compatriots visa.", indicatorCodes: [] });
    expect(snapshot.assessment).toMatchObject({ cycle: "FOLLOW_UP", previousYear: 2018 });
    expect(row.citation).toContain("*Migration Governance Indicators Second Profile 2022 – Kyrgyzstan*");

    // Rewritten for a correction, it needs the consultant's approval again.
    await saveUpdates(w.consultant, ZSaveUpdates.parse({ assessmentId: w.assessmentId, body: "Since 2018: the compatriots visa (2020).", baseVersion: 2 }));
    expect((await getPublicationPanel(access)).followUp?.updates).toMatchObject({ version: 3, approvedAt: null });
    expect(((await correct("Dated the visa.").catch((error: unknown) => error)) as PublicationRefused).reasons).toEqual([
      { kind: "updatesNotApproved", previousYear: 2018 },
    ]);
  });

  it("has no updates section for a baseline", async () => {
    await expect(saveUpdates(w.consultant, ZSaveUpdates.parse({ assessmentId: w.assessmentId, body: "x", baseVersion: 0 }))).rejects.toMatchObject({
      messageKey: "publication.notFollowUp",
    });
  });
});
