// A follow-up opening collection starts from the previous assessment's approved answers, against the real
// database: what is carried (and what is not), the mark, the copied sources, and the focal point confirming.
import { beforeEach, describe, expect, it } from "vitest";
import { openCollection, createAssessment } from "@/lib/domain/assessment/service";
import { ZCreateAssessment } from "@/lib/domain/assessment/schema";
import { assignIndicators } from "@/lib/domain/assignment/service";
import { seedAll } from "@/prisma/seed/index";
import { resetDb, testDb } from "@/test/db";
import { addMember, createMinistry, createUser } from "@/test/fixtures";
import { ZSaveAnswer } from "./schema";
import { saveAnswer, submitAnswer } from "./service";

const db = testDb();
beforeEach(async () => {
  await resetDb();
  await seedAll(db);
});
const inFuture = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

async function world() {
  const iom = await createUser(db, { isIomStaff: true });
  const launch = (year: number, previousId?: string) =>
    createAssessment(
      iom,
      ZCreateAssessment.parse({ country: "kgz", level: "NATIONAL", year, frameworkVersion: "2.0", languages: ["en"], modules: [], previousId }),
    );
  const baseline = await launch(2018);
  await db.assessment.update({ where: { id: baseline.id }, data: { phase: "PUBLISHED" } });
  const indicator = async (code: string) => (await db.indicator.findFirstOrThrow({ where: { code, framework: { version: "2.0" } }, select: { id: true } })).id;
  const law = await db.source.create({
    data: {
      assessmentId: baseline.id,
      issuer: "Jogorku Kenesh",
      year: 2006,
      title: "Law on External Labour Migration",
      kind: "LAW",
      number: "4",
      notOnline: true,
      documents: { create: { filename: "law.pdf", mimeType: "application/pdf", size: 3, sha256: "abc", data: Buffer.from("pdf") } },
    },
  });
  const answered = async (code: string, state: "APPROVED" | "DRAFT", cites = true) =>
    db.answer.create({
      data: {
        assessmentId: baseline.id,
        indicatorId: await indicator(code),
        state,
        value: "partially",
        explanation: `In 2018, ${code} was partly in place.`,
        version: 3,
        ...(cites && { sources: { create: { sourceId: law.id } } }),
      },
    });
  await answered("1.1.1", "APPROVED");
  await answered("1.1.2", "APPROVED", false);
  await answered("1.1.3", "DRAFT");

  const followUp = await launch(2022, baseline.id);
  const labour = await createMinistry(db, followUp.id, "Labour");
  const focal = await createUser(db);
  await addMember(db, followUp.id, focal.id, "FOCAL_POINT", labour.id);
  for (const domain of ["1", "2", "3", "4", "5", "6"])
    await assignIndicators(iom, { assessmentId: followUp.id, scope: "domain", code: domain, leadMinistryId: labour.id, contributorIds: [] });
  return { iom, focal, baseline, followUp, law, indicator };
}

describe("carrying a follow-up's answers forward", () => {
  it("starts each indicator the previous assessment approved as a marked draft with its copied sources; nothing else", async () => {
    const w = await world();
    await openCollection(w.iom, { assessmentId: w.followUp.id, dueDate: inFuture() }, "http://x");
    const answers = await db.answer.findMany({
      where: { assessmentId: w.followUp.id },
      orderBy: { indicator: { code: "asc" } },
      select: {
        indicator: { select: { code: true } },
        state: true,
        version: true,
        value: true,
        explanation: true,
        carriedFromYear: true,
        sources: { select: { source: { select: { assessmentId: true, title: true, number: true, documents: { select: { filename: true } } } } } },
        revisions: { select: { version: true, event: true, sourceIds: true } },
      },
    });
    expect(answers.map((answer) => [answer.indicator.code, answer.state, answer.version, answer.carriedFromYear])).toEqual([
      ["1.1.1", "DRAFT", 1, 2018],
      ["1.1.2", "DRAFT", 1, 2018],
    ]);
    expect(answers[0].explanation).toBe("In 2018, 1.1.1 was partly in place.");
    // The source is the follow-up's own copy, uploaded document included; the baseline's is untouched.
    expect(answers[0].sources).toEqual([
      { source: { assessmentId: w.followUp.id, title: "Law on External Labour Migration", number: "4", documents: [{ filename: "law.pdf" }] } },
    ]);
    expect(answers[0].revisions).toEqual([{ version: 1, event: "carry_forward", sourceIds: [expect.any(String)] }]);
    expect(answers[1].sources).toEqual([]);
    expect(await db.source.count({ where: { assessmentId: w.baseline.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "answer.carried_forward", assessmentId: w.followUp.id } })).toBe(2);
  });

  it("a baseline carries nothing", async () => {
    const w = await world();
    await db.assessment.update({ where: { id: w.followUp.id }, data: { previousId: null, cycle: "BASELINE" } });
    await openCollection(w.iom, { assessmentId: w.followUp.id, dueDate: inFuture() }, "http://x");
    expect(await db.answer.count({ where: { assessmentId: w.followUp.id } })).toBe(0);
  });

  it("the focal point confirms a carried answer unchanged in one step; updating it keeps the mark until it is submitted", async () => {
    const w = await world();
    await openCollection(w.iom, { assessmentId: w.followUp.id, dueDate: inFuture() }, "http://x");
    const first = { assessmentId: w.followUp.id, indicatorId: await w.indicator("1.1.1") };
    expect(await submitAnswer(w.focal, { ...first, version: 1 })).toEqual({ version: 2, state: "SUBMITTED" });
    expect(await db.answer.findFirstOrThrow({ where: first, select: { carriedFromYear: true } })).toEqual({ carriedFromYear: null });

    const second = { assessmentId: w.followUp.id, indicatorId: await w.indicator("1.1.2") };
    await saveAnswer(w.focal, ZSaveAnswer.parse({ ...second, baseVersion: 1, value: "yes", explanation: "Since 2020, fully in place.", sourceIds: [] }));
    expect(await db.answer.findFirstOrThrow({ where: second, select: { carriedFromYear: true, state: true } })).toEqual({
      carriedFromYear: 2018,
      state: "DRAFT",
    });
  });
});
