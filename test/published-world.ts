// A published profile (kgz-2022, version 1) built through the real services: the narrative written, the
// consultation opened, the government's validation recorded, a source cited by the first answer, then published.
// `correct` rewrites the key findings with its note and publishes the correction.
// For the integration tests of the public reads.
import { randomUUID } from "node:crypto";
import { openConsultation } from "@/lib/domain/assessment/service";
import { ZRecordValidation } from "@/lib/domain/consultation/schema";
import { recordValidation } from "@/lib/domain/consultation/service";
import { ZSaveSection } from "@/lib/domain/profile/schema";
import { KEY_FINDINGS } from "@/lib/domain/profile/sections";
import { saveSection } from "@/lib/domain/profile/service";
import { ZPublishCorrection, ZPublishProfile } from "@/lib/domain/publication/schema";
import { publishCorrection, publishProfile } from "@/lib/domain/publication/service";
import type { Db } from "@/lib/db/client";
import { allSectionKeys, buildConsultationWorld } from "./consultation-world";

export async function publishedWorld(db: Db, options: { publish?: boolean; covid?: boolean } = {}) {
  const w = await buildConsultationWorld(db);
  // With covid: the COVID-19 module switched on, its indicators approved too (the profile's annex).
  const moduleCodes = options.covid ? await approveModule(db, w.assessmentId) : [];
  for (const key of allSectionKeys(w.domainCodes)) {
    await saveSection(w.consultant, ZSaveSection.parse({ assessmentId: w.assessmentId, key, body: `Text of ${key}.`, baseVersion: 0 }));
  }
  await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x");
  await recordValidation(
    w.coordinator,
    ZRecordValidation.parse({ assessmentId: w.assessmentId, validatedBy: "A. Bekov", body: "Coordination Council", validatedOn: "2026-11-25" }),
  );
  const first = [...w.codes].sort()[0];
  const answer = await db.answer.findFirstOrThrow({ where: { assessmentId: w.assessmentId, indicator: { code: first } }, select: { id: true } });
  const sources = await Promise.all(
    [
      { title: "Law on External Migration", number: "61" },
      { title: '=HYPERLINK("http://evil")', number: null },
    ].map(({ title, number }) =>
      db.source.create({
        data: { id: randomUUID(), assessmentId: w.assessmentId, title, number, kind: "LAW", issuer: "Jogorku Kenesh", year: 2000 },
        select: { id: true },
      }),
    ),
  );
  await db.answerSource.createMany({ data: sources.map((source) => ({ answerId: answer.id, sourceId: source.id })) });
  // An explanation a spreadsheet would run, with a comma, quotes and a line break: the CSV must keep it as text.
  await db.answer.update({ where: { id: answer.id }, data: { explanation: '=1+2, "quoted"\nsecond line' } });
  if (options.publish !== false) await publishProfile(w.coordinator, ZPublishProfile.parse({ assessmentId: w.assessmentId, confirm: "yes" }));
  // A correction publishes something new: the key findings, rewritten after publication, take its note.
  const correct = async (changeNote: string) => {
    const section = await db.profileSection.findFirstOrThrow({ where: { key: KEY_FINDINGS, draft: { assessmentId: w.assessmentId, number: 0 } } });
    await saveSection(w.consultant, ZSaveSection.parse({ assessmentId: w.assessmentId, key: KEY_FINDINGS, body: changeNote, baseVersion: section.version }));
    return publishCorrection(w.coordinator, ZPublishCorrection.parse({ assessmentId: w.assessmentId, changeNote, confirm: "yes" }));
  };
  return { ...w, firstCode: first, correct, slug: "kgz-2022", moduleCodes };
}

async function approveModule(db: Db, assessmentId: string) {
  const { frameworkId } = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { frameworkId: true } });
  const covid = await db.frameworkModule.findFirstOrThrow({ where: { frameworkId }, select: { id: true, indicators: { select: { id: true, code: true } } } });
  await db.assessmentModule.create({ data: { assessmentId, moduleId: covid.id } });
  await db.answer.createMany({
    data: covid.indicators.map((indicator) => ({
      assessmentId,
      indicatorId: indicator.id,
      state: "APPROVED" as const,
      value: "yes",
      explanation: `Approved ${indicator.code}.`,
      version: 2,
    })),
  });
  return covid.indicators.map((indicator) => indicator.code);
}
export type PublishedWorld = Awaited<ReturnType<typeof publishedWorld>>;
