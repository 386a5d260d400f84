// An assessment ready for consultation, for the integration tests of the narrative and the consultation:
// every in-scope indicator approved, a coordinator, a consultant, a focal point and a stakeholder.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { domainSectionKey, HALVES, INTRODUCTION, KEY_FINDINGS } from "@/lib/domain/profile/sections";
import { addMember, createAssessment, createMinistry, createUser } from "./fixtures";

export type ConsultationWorld = {
  assessmentId: string;
  coordinator: CurrentUser;
  consultant: CurrentUser;
  focal: CurrentUser;
  stakeholder: CurrentUser;
  outsider: CurrentUser;
  domainCodes: string[];
  codes: string[];
};

export async function buildConsultationWorld(db: Db): Promise<ConsultationWorld> {
  const [coordinator, consultant, focal, stakeholder, outsider] = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(db)));
  const { id: assessmentId, frameworkId } = await createAssessment(db, { phase: "COLLECTION", createdById: coordinator.id });
  const labour = await createMinistry(db, assessmentId, "Ministry of Labour");
  await addMember(db, assessmentId, coordinator.id, "COORDINATOR");
  await addMember(db, assessmentId, consultant.id, "CONSULTANT");
  await addMember(db, assessmentId, focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessmentId, stakeholder.id, "STAKEHOLDER");
  // The core indicators only: createAssessment switches no module on.
  const indicators = await db.indicator.findMany({ where: { frameworkId, subdomainId: { not: null } }, select: { id: true, code: true } });
  await db.answer.createMany({
    data: indicators.map((indicator) => ({
      id: randomUUID(),
      assessmentId,
      indicatorId: indicator.id,
      state: "APPROVED" as const,
      value: "yes",
      explanation: `Approved ${indicator.code}.`,
      version: 2,
    })),
  });
  const domains = await db.domain.findMany({ where: { frameworkId }, orderBy: { position: "asc" }, select: { code: true } });
  return {
    assessmentId,
    coordinator,
    consultant,
    focal,
    stakeholder,
    outsider,
    domainCodes: domains.map((domain) => domain.code),
    codes: indicators.map((indicator) => indicator.code),
  };
}

/** Every section key of the narrative: the introduction, the key findings, then both halves of each domain. */
export const allSectionKeys = (domainCodes: string[]) => [
  INTRODUCTION,
  KEY_FINDINGS,
  ...domainCodes.flatMap((code) => HALVES.map((half) => domainSectionKey(code, half))),
];
