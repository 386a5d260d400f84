// The consultation record and the publication gate against the real database.
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import { openConsultation } from "@/lib/domain/assessment/service";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { ZSaveSection } from "@/lib/domain/profile/schema";
import { saveSection } from "@/lib/domain/profile/service";
import { addSectionComment, resolveSectionThread } from "@/lib/domain/profile/threads";
import { allSectionKeys, buildConsultationWorld, type ConsultationWorld } from "@/test/consultation-world";
import { resetDb, testDb } from "@/test/db";
import { createMinistry } from "@/test/fixtures";
import { publicationGate } from "./gate";
import { getConsultationPage } from "./queries";
import { ZRecordMeeting, ZRecordValidation } from "./schema";
import { recordMeeting, recordValidation } from "./service";

const db = testDb();
let w: ConsultationWorld;

async function inConsultation() {
  for (const key of allSectionKeys(w.domainCodes)) {
    await saveSection(w.consultant, ZSaveSection.parse({ assessmentId: w.assessmentId, key, body: `Text of ${key}.`, baseVersion: 0 }));
  }
  await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x");
}

beforeEach(async () => {
  await resetDb();
  w = await buildConsultationWorld(db);
});

const meeting = (heldOn = "2026-11-20") =>
  ZRecordMeeting.parse({
    assessmentId: w.assessmentId,
    heldOn,
    participants: "Aigul Sadykova — Ministry of Labour\n\n  Bakyt Esenaliev; Ministry of Foreign Affairs\nIngrid Olsen, IOM",
    minutes: "The draft was read section by section.",
  });
const validation = (validatedBy = "A. Bekov, Deputy Minister of Labour") =>
  ZRecordValidation.parse({ assessmentId: w.assessmentId, validatedBy, body: "Interministerial Coordination Council on Migration", validatedOn: "2026-11-25" });
const access = async (user = w.coordinator) => (await loadAccess(user, w.assessmentId))!;

describe("the meeting form's input", () => {
  it("reads one participant a line, with their ministry after a dash, semicolon or comma", () => {
    expect(meeting().participants).toEqual([
      { name: "Aigul Sadykova", ministry: "Ministry of Labour" },
      { name: "Bakyt Esenaliev", ministry: "Ministry of Foreign Affairs" },
      { name: "Ingrid Olsen", ministry: "IOM" },
    ]);
  });

  it("refuses a line without a ministry, no participant, and a date in the future", () => {
    const parse = (participants: string, heldOn = "2026-01-01") =>
      ZRecordMeeting.safeParse({ assessmentId: w.assessmentId, heldOn, participants, minutes: "m" }).error?.issues.map((issue) => issue.message);
    expect(parse("Aigul Sadykova")).toEqual(["consultation.participantFormat"]);
    expect(parse(" \n ")).toEqual(["consultation.participantsRequired"]);
    expect(parse("A — B", "2999-01-01")).toEqual(["consultation.dateFuture"]);
  });
});

describe("recording the consultation", () => {
  it("records a meeting with its participants and minutes, audited, in consultation only", async () => {
    await expect(recordMeeting(w.consultant, meeting())).rejects.toBeInstanceOf(ForbiddenError);
    await inConsultation();
    const { id } = await recordMeeting(w.consultant, meeting());
    await createMinistry(db, w.assessmentId, "Agency for Youth");
    const page = await getConsultationPage(await access(w.stakeholder));
    expect(page.meetings).toHaveLength(1);
    expect(page.meetings[0]).toMatchObject({ id, minutes: "The draft was read section by section." });
    expect(page.meetings[0].heldOn.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(page.meetings[0].participants.map((participant) => participant.name)).toEqual(["Aigul Sadykova", "Bakyt Esenaliev", "Ingrid Olsen"]);
    expect(page.meetings[0].recordedBy).toEqual({ name: w.consultant.name });
    expect(page.validation).toBeNull();
    const names = await db.ministry.findMany({ where: { assessmentId: w.assessmentId }, orderBy: { name: "asc" }, select: { name: true } });
    expect(page.ministries).toEqual(names.map((ministry) => ministry.name));
    expect(page.ministries.length).toBeGreaterThan(1);
    expect(await db.auditEvent.count({ where: { assessmentId: w.assessmentId, action: "consultation.meeting_recorded", actorId: w.consultant.id } })).toBe(1);
    // Newest meeting first.
    const earlier = await recordMeeting(w.consultant, meeting("2026-11-02"));
    const later = await getConsultationPage(await access(w.stakeholder));
    expect(later.meetings.map((row) => row.id)).toEqual([id, earlier.id]);
    await expect(recordMeeting(w.focal, meeting())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordMeeting(w.stakeholder, meeting())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordMeeting(w.outsider, meeting())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records the government's validation (coordinators only), and a correction replaces it with both in the audit", async () => {
    await inConsultation();
    await expect(recordValidation(w.consultant, validation())).rejects.toBeInstanceOf(ForbiddenError);
    await recordValidation(w.coordinator, validation("A. Bekov"));
    await recordValidation(w.coordinator, validation("A. Bekov, Deputy Minister of Labour"));
    const stored = await db.governmentValidation.findUniqueOrThrow({ where: { assessmentId: w.assessmentId } });
    expect(stored).toMatchObject({ validatedBy: "A. Bekov, Deputy Minister of Labour", body: "Interministerial Coordination Council on Migration" });
    // The page reads what is stored, the instant it was recorded included (not shifted to a local time).
    const page = await getConsultationPage(await access(w.stakeholder));
    expect(page.validation).toEqual({
      validatedBy: stored.validatedBy,
      body: stored.body,
      validatedOn: stored.validatedOn,
      recordedAt: stored.recordedAt,
      recordedBy: { name: w.coordinator.name },
    });
    const audits = await db.auditEvent.findMany({
      where: { assessmentId: w.assessmentId, action: "consultation.validation_recorded" },
      orderBy: { id: "asc" },
    });
    expect(
      audits.map((audit) => [(audit.before as { validatedBy?: string } | null)?.validatedBy ?? null, (audit.after as { validatedBy: string }).validatedBy]),
    ).toEqual([
      [null, "A. Bekov"],
      ["A. Bekov", "A. Bekov, Deputy Minister of Labour"],
    ]);
  });
});

describe("publicationGate", () => {
  it("lists open threads (answer, internal included, and section), reopened answers and a missing validation, until none is left", async () => {
    await inConsultation();
    const answer = await db.answer.findFirstOrThrow({ where: { assessmentId: w.assessmentId, indicator: { code: "1.1.1" } }, select: { id: true } });
    const internal = await db.commentThread.create({
      data: { assessmentId: w.assessmentId, answerId: answer.id, visibility: "INTERNAL", createdById: w.consultant.id },
      select: { id: true },
    });
    const section = await db.profileSection.findFirstOrThrow({ where: { key: "key-findings", draft: { assessmentId: w.assessmentId, number: 1 } } });
    const { threadId } = await addSectionComment(w.stakeholder, { assessmentId: w.assessmentId, sectionId: section.id, body: "Mention the 2021 law." });
    await db.answer.update({ where: { id: answer.id }, data: { reopened: true } });

    let gate = await publicationGate(await access());
    expect(gate).toEqual({
      ok: false,
      reasons: [
        { kind: "openThreads", answerThreads: 1, sectionThreads: 1 },
        { kind: "reopenedAnswers", count: 1, codes: ["1.1.1"] },
        { kind: "validationMissing" },
      ],
    });

    await resolveSectionThread(w.consultant, { assessmentId: w.assessmentId, threadId });
    await db.commentThread.update({ where: { id: internal.id }, data: { status: "RESOLVED" } });
    await db.answer.update({ where: { id: answer.id }, data: { reopened: false } });
    gate = await publicationGate(await access());
    expect(gate.reasons).toEqual([{ kind: "validationMissing" }]);

    await recordValidation(w.coordinator, validation());
    expect(await publicationGate(await access())).toEqual({ ok: true, reasons: [] });
    expect((await getConsultationPage(await access(w.consultant))).gate?.ok).toBe(true);
    // Focal points and stakeholders are not shown the gate: it counts internal threads.
    expect((await getConsultationPage(await access(w.focal))).gate).toBeNull();
  });
});
