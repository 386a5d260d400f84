// Reads of assessments for the signed-in user's screens. Authorization happens before these are called,
// or (for lists) in the where clause itself.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";

/** Members see their assessments; IOM staff see all of them. */
export async function listAssessmentsFor(user: CurrentUser) {
  return db.assessment.findMany({
    where: user.isIomStaff ? {} : { members: { some: { userId: user.id } } },
    orderBy: [{ country: "asc" }, { year: "desc" }],
    select: {
      id: true,
      country: true,
      level: true,
      city: true,
      year: true,
      cycle: true,
      phase: true,
      previous: { select: { year: true } },
      framework: { select: { name: true } },
      members: { where: { userId: user.id }, select: { role: true, ministry: { select: { name: true } } } },
    },
  });
}
export type AssessmentListItem = Awaited<ReturnType<typeof listAssessmentsFor>>[number];

export async function listMembershipRoles(userId: string) {
  return db.member.findMany({
    where: { userId },
    select: { role: true, ministry: { select: { name: true } } },
  });
}

export async function getAssessmentOverview(assessmentId: string) {
  return db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      id: true,
      country: true,
      level: true,
      city: true,
      year: true,
      cycle: true,
      phase: true,
      languages: true,
      collectionDueAt: true,
      previous: { select: { id: true, year: true } },
      framework: { select: { name: true, version: true } },
      modules: { select: { module: { select: { code: true, title: true } } } },
      ministries: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      members: {
        orderBy: { user: { name: "asc" } },
        select: { id: true, role: true, user: { select: { name: true } }, ministry: { select: { name: true } } },
      },
    },
  });
}
