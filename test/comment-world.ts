// An assessment in collection with one assigned indicator (1.3.1) and every kind of member around it, for the
// comment tests: a lead and a contributing ministry's focal points, another ministry's, a consultant and a stakeholder.
import type { Db } from "@/lib/db/client";
import type { Phase } from "@/lib/generated/prisma/enums";
import { ZSaveAnswer } from "@/lib/domain/answer/schema";
import { saveAnswer } from "@/lib/domain/answer/service";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";

export async function commentWorld(db: Db, phase: Phase = "COLLECTION") {
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const [lead, contributor, other] = await Promise.all(["Labour", "Interior", "Health"].map((name) => createMinistry(db, assessment.id, name)));
  const users = {
    coordinator,
    consultant: await createUser(db),
    lead: await createUser(db),
    contributor: await createUser(db),
    other: await createUser(db),
    stakeholder: await createUser(db),
  };
  await addMember(db, assessment.id, users.consultant.id, "CONSULTANT");
  await addMember(db, assessment.id, users.lead.id, "FOCAL_POINT", lead.id);
  await addMember(db, assessment.id, users.contributor.id, "FOCAL_POINT", contributor.id);
  await addMember(db, assessment.id, users.other.id, "FOCAL_POINT", other.id);
  await addMember(db, assessment.id, users.stakeholder.id, "STAKEHOLDER");
  const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkId: assessment.frameworkId, code: "1.3.1" }, select: { id: true } });
  await db.assignment.create({
    data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: lead.id, contributors: { create: { ministryId: contributor.id } } },
  });
  const base = { assessmentId: assessment.id, indicatorId: indicator.id };
  /** The lead ministry's focal point saves the answer's explanation (the answer's next version). */
  const explain = async (explanation: string) => {
    const answer = await db.answer.findUnique({ where: { assessmentId_indicatorId: base }, select: { version: true } });
    return saveAnswer(users.lead, ZSaveAnswer.parse({ ...base, baseVersion: answer?.version ?? 0, value: "yes", explanation, sourceIds: [] }));
  };
  return { ...users, base, ministries: { lead, contributor, other }, explain };
}
