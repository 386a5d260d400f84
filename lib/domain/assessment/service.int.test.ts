// Launching an assessment and opening data collection, against the real database.
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { assignIndicators } from "@/lib/domain/assignment/service";
import { resetDb, testDb } from "@/test/db";
import { addMember, createMinistry, createUser } from "@/test/fixtures";
import { seedAll } from "@/prisma/seed/index";
import { ZCreateAssessment, ZSetProfileName } from "./schema";
import { createAssessment, openCollection, setProfileName } from "./service";
import { collectionGate } from "./gate";
import { loadAccess } from "@/lib/auth/authorize";

const db = testDb();
beforeEach(async () => {
  await resetDb();
  await seedAll(db);
});

const launch = (overrides: Record<string, unknown> = {}) =>
  ZCreateAssessment.parse({ country: "kgz", level: "NATIONAL", year: 2026, frameworkVersion: "2.0", languages: ["en", "ru"], modules: [], ...overrides });
const inFuture = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const codeOf = (error: unknown) => (error instanceof DomainError ? [error.messageKey, error.options.field] : error);

describe("createAssessment", () => {
  it("lets IOM staff launch one and makes them its coordinator, audited", async () => {
    const iom = await createUser(db, { isIomStaff: true });
    const { id } = await createAssessment(iom, launch({ modules: ["covid19"] }));
    const assessment = await db.assessment.findUniqueOrThrow({
      where: { id },
      select: {
        country: true,
        phase: true,
        cycle: true,
        languages: true,
        modules: { select: { module: { select: { code: true } } } },
        members: { select: { userId: true, role: true } },
      },
    });
    expect(assessment).toEqual({
      country: "KGZ",
      phase: "LAUNCH",
      cycle: "BASELINE",
      languages: ["en", "ru"],
      modules: [{ module: { code: "covid19" } }],
      members: [{ userId: iom.id, role: "COORDINATOR" }],
    });
    expect(await db.auditEvent.count({ where: { action: "assessment.created", assessmentId: id } })).toBe(1);
  });

  it("refuses anyone who is not IOM staff", async () => {
    const consultant = await createUser(db);
    await expect(createAssessment(consultant, launch())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("links a follow-up only to an earlier assessment of the same country and level", async () => {
    const iom = await createUser(db, { isIomStaff: true });
    const baseline = await createAssessment(iom, launch({ year: 2018 }));
    const followUp = await createAssessment(iom, launch({ year: 2026, previousId: baseline.id }));
    expect(await db.assessment.findUniqueOrThrow({ where: { id: followUp.id }, select: { cycle: true, previousId: true } })).toEqual({
      cycle: "FOLLOW_UP",
      previousId: baseline.id,
    });

    const other = await createAssessment(iom, launch({ country: "KAZ", year: 2019 }));
    await expect(createAssessment(iom, launch({ year: 2027, previousId: other.id })).catch(codeOf)).resolves.toEqual([
      "assessment.previousInvalid",
      "previousId",
    ]);
    await expect(createAssessment(iom, launch({ year: 2017, previousId: baseline.id })).catch(codeOf)).resolves.toEqual([
      "assessment.previousInvalid",
      "previousId",
    ]);
  });

  it("refuses a second assessment of the same country, level and year", async () => {
    const iom = await createUser(db, { isIomStaff: true });
    await createAssessment(iom, launch());
    await expect(createAssessment(iom, launch()).catch(codeOf)).resolves.toEqual(["assessment.duplicate", "year"]);
  });

  it("validates the form input with message keys", () => {
    const result = ZCreateAssessment.safeParse({ country: "XXX", level: "LOCAL", year: "1999", frameworkVersion: "2.0" });
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(issues).toMatchObject({ country: "assessment.countryInvalid", year: "assessment.yearInvalid", languages: "assessment.languagesRequired" });
  });
});

describe("the name the profile is published under", () => {
  const rename = (user: Parameters<typeof setProfileName>[0], assessmentId: string, profileName: string) =>
    setProfileName(user, ZSetProfileName.parse({ assessmentId, profileName }));
  const nameOf = async (id: string) => (await db.assessment.findUniqueOrThrow({ where: { id }, select: { profileName: true } })).profileName;

  it("is set at launch (optional, trimmed) and audited with the assessment", async () => {
    const iom = await createUser(db, { isIomStaff: true });
    const named = await createAssessment(iom, launch({ profileName: "  the Kyrgyz Republic " }));
    expect(await nameOf(named.id)).toBe("the Kyrgyz Republic");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "assessment.created", assessmentId: named.id } });
    expect(audit.after).toMatchObject({ profileName: "the Kyrgyz Republic" });
    const plain = await createAssessment(iom, launch({ year: 2027, profileName: "" }));
    expect(await nameOf(plain.id)).toBeNull();
  });

  it("is changed by a coordinator until publication, audited with the name before and after; empty clears it", async () => {
    const iom = await createUser(db, { isIomStaff: true });
    const { id } = await createAssessment(iom, launch());
    expect(await rename(iom, id, "the Kyrgyz Republic")).toEqual({ profileName: "the Kyrgyz Republic" });
    expect(await nameOf(id)).toBe("the Kyrgyz Republic");
    await db.assessment.update({ where: { id }, data: { phase: "CONSULTATION" } });
    expect(await rename(iom, id, "")).toEqual({ profileName: null });
    expect(await nameOf(id)).toBeNull();
    const audits = await db.auditEvent.findMany({ where: { action: "assessment.profile_name_set", assessmentId: id }, orderBy: { at: "asc" } });
    expect(audits.map((event) => [event.actorId, event.before, event.after])).toEqual([
      [iom.id, { profileName: null }, { profileName: "the Kyrgyz Republic" }],
      [iom.id, { profileName: "the Kyrgyz Republic" }, { profileName: null }],
    ]);
    // Saving the same name again writes nothing.
    await rename(iom, id, "");
    expect(await db.auditEvent.count({ where: { action: "assessment.profile_name_set", assessmentId: id } })).toBe(2);
  });

  it("refuses other members, is not found for outsiders, and is closed once published", async () => {
    const iom = await createUser(db, { isIomStaff: true });
    const { id } = await createAssessment(iom, launch());
    const [consultant, outsider] = await Promise.all([createUser(db), createUser(db)]);
    await addMember(db, id, consultant.id, "CONSULTANT");
    await expect(rename(consultant, id, "the Kyrgyz Republic")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rename(outsider, id, "the Kyrgyz Republic")).rejects.toBeInstanceOf(NotFoundError);
    await db.assessment.update({ where: { id }, data: { phase: "PUBLISHED" } });
    await expect(rename(iom, id, "the Kyrgyz Republic")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await nameOf(id)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "assessment.profile_name_set" } })).toBe(0);
  });

  it("validates the name with message keys: one line, at most 120 characters", () => {
    const issue = (profileName: string) => ZSetProfileName.safeParse({ assessmentId: crypto.randomUUID(), profileName }).error?.issues[0];
    expect(issue("the Kyrgyz\nRepublic")).toMatchObject({ path: ["profileName"], message: "profile.officialNameOneLine" });
    expect(issue("x".repeat(121))).toMatchObject({ path: ["profileName"], message: "validation.tooLong" });
    expect(issue("the Kyrgyz Republic")).toBeUndefined();
  });
});

describe("openCollection", () => {
  async function launched() {
    const iom = await createUser(db, { isIomStaff: true });
    const { id } = await createAssessment(iom, launch());
    const labour = await createMinistry(db, id, "Ministry of Labour");
    const foreign = await createMinistry(db, id, "Ministry of Foreign Affairs");
    return { iom, id, labour, foreign };
  }

  it("names what is missing until every indicator has a lead ministry with a focal point", async () => {
    const { iom, id, labour, foreign } = await launched();
    let gate = await collectionGate((await loadAccess(iom, id))!);
    expect(gate.reasons).toEqual([expect.objectContaining({ kind: "unassigned", count: 98 })]);

    for (const domain of ["1", "2", "3", "4", "5"])
      await assignIndicators(iom, { assessmentId: id, scope: "domain", code: domain, leadMinistryId: labour.id, contributorIds: [] });
    await assignIndicators(iom, { assessmentId: id, scope: "domain", code: "6", leadMinistryId: foreign.id, contributorIds: [labour.id] });
    gate = await collectionGate((await loadAccess(iom, id))!);
    expect(gate.reasons).toEqual([
      { kind: "ministryWithoutFocalPoint", ministry: "Ministry of Foreign Affairs", count: 14 },
      { kind: "ministryWithoutFocalPoint", ministry: "Ministry of Labour", count: 84 },
    ]);
    await expect(openCollection(iom, { assessmentId: id, dueDate: inFuture() }, "http://x").catch(codeOf)).resolves.toEqual(["phase.gateNotMet", undefined]);

    const fp1 = await createUser(db);
    const fp2 = await createUser(db);
    await addMember(db, id, fp1.id, "FOCAL_POINT", labour.id);
    await addMember(db, id, fp2.id, "FOCAL_POINT", foreign.id);
    expect((await collectionGate((await loadAccess(iom, id))!)).ok).toBe(true);

    const due = inFuture();
    expect(await openCollection(iom, { assessmentId: id, dueDate: due }, "http://mgi.test")).toEqual({ phase: "COLLECTION" });
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id }, select: { phase: true, collectionDueAt: true } });
    expect(assessment.phase).toBe("COLLECTION");
    expect(assessment.collectionDueAt?.toISOString().slice(0, 10)).toBe(due);
    // Both focal points are told, by the outbox since no SMTP server is configured.
    const mails = await db.outboxMessage.findMany({ where: { assessmentId: id }, select: { to: true, status: true, body: true } });
    expect(mails.map((mail) => mail.to).sort()).toEqual([fp1.email, fp2.email].sort());
    expect(mails.every((mail) => mail.status === "OUTBOX" && mail.body.includes(`http://mgi.test/assessments/${id}`) && mail.body.includes(due))).toBe(true);
    expect(
      await db.auditEvent.findFirst({ where: { action: "assessment.phase_moved", assessmentId: id }, select: { before: true, after: true } }),
    ).toMatchObject({
      before: { phase: "LAUNCH" },
      after: { phase: "COLLECTION" },
    });

    await expect(openCollection(iom, { assessmentId: id, dueDate: due }, "http://x").catch(codeOf)).resolves.toEqual(["phase.notFromHere", undefined]);
  });

  it("refuses a due date in the past and anyone but a coordinator", async () => {
    const { iom, id } = await launched();
    await expect(openCollection(iom, { assessmentId: id, dueDate: "2020-01-01" }, "http://x").catch(codeOf)).resolves.toEqual(["phase.dueDatePast", "dueDate"]);
    const consultant = await createUser(db);
    await addMember(db, id, consultant.id, "CONSULTANT");
    await expect(openCollection(consultant, { assessmentId: id, dueDate: inFuture() }, "http://x")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
