// Correcting shared sources: who may correct a source other ministries' answers rest on, and how each
// citing answer's history records the correction.
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { ZSaveAnswer, ZSource } from "@/lib/domain/answer/schema";
import { saveAnswer } from "@/lib/domain/answer/service";
import { getAnswerHistory } from "@/lib/domain/answer/queries";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { attachDocument, authorizeDocumentUpload } from "./document";
import { getSourcesPage, listSourcesForPicker } from "./queries";
import { createSource, listPickableSources, updateSource } from "./service";

const db = testDb();
beforeEach(resetDb);
const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, "latin1"));

async function world() {
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const [focalLabour, focalForeign, consultant] = [await createUser(db), await createUser(db), await createUser(db)];
  await addMember(db, assessment.id, focalLabour.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, focalForeign.id, "FOCAL_POINT", foreign.id);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  const indicators = await db.indicator.findMany({
    where: { frameworkId: assessment.frameworkId, code: { in: ["1.3.1", "6.1.1"] } },
    select: { id: true, code: true },
  });
  const id = (code: string) => indicators.find((indicator) => indicator.code === code)!.id;
  await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: id("1.3.1"), leadMinistryId: labour.id } });
  await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: id("6.1.1"), leadMinistryId: foreign.id } });
  const fields = (title: string) =>
    ZSource.parse({ assessmentId: assessment.id, issuer: "Government of the Kyrgyz Republic", title, kind: "DECREE", notOnline: "on" });
  const cite = (user: CurrentUser, code: string, sourceIds: string[]) =>
    saveAnswer(user, ZSaveAnswer.parse({ assessmentId: assessment.id, indicatorId: id(code), baseVersion: 0, value: "yes", explanation: "Cited", sourceIds }));
  const correct = (user: CurrentUser, sourceId: string, title: string) => updateSource(user, { ...fields(title), sourceId });
  return { assessmentId: assessment.id, id, coordinator, consultant, focalLabour, focalForeign, fields, cite, correct };
}

describe("correcting a source", () => {
  it("is for coordinators and consultants once another ministry's answer cites it", async () => {
    const w = await world();
    const shared = await createSource(w.focalLabour, w.fields("Resolution No. 175 on work permits"));
    const own = await createSource(w.focalLabour, w.fields("Order No. 12 of the Ministry of Labour"));
    const labourAnswer = await w.cite(w.focalLabour, "1.3.1", [shared.id, own.id]);
    const foreignAnswer = await w.cite(w.focalForeign, "6.1.1", [shared.id]);

    await expect(w.correct(w.focalLabour, shared.id, "Resolution No. 175 (wrong)")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(w.correct(w.focalForeign, shared.id, "Resolution No. 175 (wrong)")).rejects.toBeInstanceOf(ForbiddenError);
    await w.correct(w.consultant, shared.id, "Resolution No. 175 on work permits (2019 edition)");
    // A source only one's own ministry's answers cite stays theirs to correct.
    await w.correct(w.focalLabour, own.id, "Order No. 12 of the Ministry of Labour (2021)");

    const recorded = await db.auditEvent.findMany({
      where: { action: "answer.source_corrected" },
      orderBy: { id: "asc" },
      select: { objectId: true, after: true },
    });
    expect(recorded.map((event) => event.objectId).sort()).toEqual(
      [
        labourAnswer.status === "saved" && labourAnswer.answerId,
        foreignAnswer.status === "saved" && foreignAnswer.answerId,
        labourAnswer.status === "saved" && labourAnswer.answerId,
      ].sort(),
    );
    const history = await getAnswerHistory(foreignAnswer.status === "saved" ? foreignAnswer.answerId : "", 1);
    expect(history.corrections).toHaveLength(1);
    expect(history.corrections[0]).toMatchObject({
      before: { title: "Resolution No. 175 on work permits" },
      after: { title: "Resolution No. 175 on work permits (2019 edition)" },
    });
  });

  it("replacing a cited source's uploaded copy follows the same rule and shows in the citing answers' histories", async () => {
    const w = await world();
    const shared = await createSource(w.focalLabour, w.fields("Decree No. 4"));
    const attach = async (user: CurrentUser, text: string) =>
      attachDocument(await authorizeDocumentUpload(user, shared.id), { name: "decree.pdf", bytes: pdf(text) });
    await attach(w.focalLabour, "first copy");
    await w.cite(w.focalLabour, "1.3.1", [shared.id]);
    const foreignAnswer = await w.cite(w.focalForeign, "6.1.1", [shared.id]);
    await expect(attach(w.focalForeign, "someone else's copy")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attach(w.focalLabour, "my new copy")).rejects.toBeInstanceOf(ForbiddenError);
    await attach(w.coordinator, "the right copy");
    const history = await getAnswerHistory(foreignAnswer.status === "saved" ? foreignAnswer.answerId : "", 1);
    expect(history.corrections).toHaveLength(1);
    expect(await db.sourceDocument.count()).toBe(1);
  });

  it("the sources page lists matches with their citations and who may correct each", async () => {
    const w = await world();
    const shared = await createSource(w.focalLabour, w.fields("Law No. 4 on External Labour Migration"));
    await createSource(w.focalLabour, w.fields("Migration Policy Concept 2021–2030"));
    await w.cite(w.focalLabour, "1.3.1", [shared.id]);
    await w.cite(w.focalForeign, "6.1.1", [shared.id]);
    const asFocal = await getSourcesPage((await loadAccess(w.focalLabour, w.assessmentId))!, "law no. 4");
    expect(asFocal).toEqual([expect.objectContaining({ id: shared.id, citedBy: 2, canCorrect: false })]);
    const asConsultant = await getSourcesPage((await loadAccess(w.consultant, w.assessmentId))!, "");
    expect(asConsultant.map((source) => [source.title, source.canCorrect])).toEqual([
      ["Law No. 4 on External Labour Migration", true],
      ["Migration Policy Concept 2021–2030", true],
    ]);
  });
});

describe("the answer editor's source picker", () => {
  it("lists every source to whoever may edit the answer, and only the cited ones with the page", async () => {
    const w = await world();
    const cited = await createSource(w.focalLabour, w.fields("Resolution No. 175 on work permits"));
    const other = await createSource(w.focalForeign, w.fields("Order No. 3 on consular registration"));
    await w.cite(w.focalLabour, "1.3.1", [cited.id]);
    await w.cite(w.focalForeign, "6.1.1", [other.id]);
    const target = { assessmentId: w.assessmentId, indicatorId: w.id("1.3.1") };

    const listed = await listPickableSources(w.focalLabour, target);
    expect(listed.map((source) => [source.title, source.canAttach])).toEqual([
      ["Order No. 3 on consular registration", false],
      ["Resolution No. 175 on work permits", true],
    ]);
    expect((await listPickableSources(w.coordinator, target)).map((source) => source.id).sort()).toEqual([cited.id, other.id].sort());
    // Who may not edit this answer may not list what it could cite.
    await expect(listPickableSources(w.focalForeign, target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPickableSources(w.consultant, target)).rejects.toBeInstanceOf(ForbiddenError);

    const access = (await loadAccess(w.focalLabour, w.assessmentId))!;
    expect((await listSourcesForPicker(access, [cited.id])).map((source) => source.id)).toEqual([cited.id]);
    expect(await listSourcesForPicker(access, [])).toEqual([]);
  });
});
