// Reads of assessments for the signed-in screens. Lists filter by membership in their where clause; the
// pages of one assessment are read after the access check (lib/auth/guard.ts) has loaded who the user is there.
import "server-only";
import { db } from "@/lib/db";
import { canGlobally, type Access } from "@/lib/auth/authorize";
import { ministryScope } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { countProgress, type ProgressRow } from "@/lib/domain/answer/progress";
import { collectionGate } from "./gate";
import { inScopeIndicatorWhere } from "./scope";
import { phaseAllows } from "./workflow";

/** Members see their assessments; IOM staff see all of them. */
export async function listAssessmentsFor(user: CurrentUser) {
  return db.assessment.findMany({
    where: canGlobally(user, "assessment.listAll") ? {} : { members: { some: { userId: user.id } } },
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

/** The overview page: the assessment's facts, ministries and members, and the progress the member may see. */
export async function getOverviewPage(access: Access) {
  const id = access.assessment.id;
  const [overview, progress] = await Promise.all([
    db.assessment.findUniqueOrThrow({
      where: { id },
      select: {
        cycle: true,
        languages: true,
        previous: { select: { id: true, year: true } },
        framework: { select: { name: true, version: true } },
        modules: { select: { module: { select: { code: true, title: true } } } },
        ministries: { orderBy: { name: "asc" }, select: { id: true, name: true } },
        members: { orderBy: { user: { name: "asc" } }, select: { id: true, role: true, user: { select: { name: true } }, ministry: { select: { name: true } } } },
      },
    }),
    access.can("progress.read") ? getProgress(access) : null,
  ]);
  return { ...overview, progress };
}

/** Progress counts over the indicators the member may see: a focal point's ministry's, or all of them. */
async function getProgress(access: Access) {
  const assessmentId = access.assessment.id;
  const scope = ministryScope(access.actor);
  const indicators = await db.indicator.findMany({
    where: { AND: [inScopeIndicatorWhere(access.assessment), scope ? { assignments: { some: { assessmentId, leadMinistryId: scope.ministryId } } } : {}] },
    select: {
      subdomain: { select: { domain: { select: { code: true, title: true, position: true } } } },
      module: { select: { code: true, title: true, position: true } },
      assignments: { where: { assessmentId }, select: { leadMinistry: { select: { id: true, name: true } } } },
      answers: { where: { assessmentId }, select: { state: true } },
    },
  });
  const rows: ProgressRow[] = indicators.map((indicator) => ({
    state: indicator.answers[0]?.state ?? "NOT_STARTED",
    domain: indicator.subdomain
      ? { key: indicator.subdomain.domain.code, label: `${indicator.subdomain.domain.code} ${indicator.subdomain.domain.title}`, order: indicator.subdomain.domain.position }
      : { key: indicator.module!.code, label: indicator.module!.title, order: 1_000 + indicator.module!.position },
    lead: indicator.assignments[0]?.leadMinistry ?? null,
  }));
  return countProgress(rows, { byDomain: access.can("progress.byDomain"), byMinistry: access.can("progress.byMinistry") });
}

/** The set-up overview: the due date, and what still blocks opening data collection (while that is next). */
export async function getSetupOverview(access: Access) {
  return { gate: phaseAllows(access.assessment.phase, "open_collection") ? await collectionGate(access) : null };
}

/** What the launch form offers: the published frameworks (with their modules) and the assessments to follow up. */
export async function getLaunchOptions() {
  const [frameworks, assessments] = await Promise.all([
    db.framework.findMany({ where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { version: true, name: true, modules: { select: { code: true, title: true } } } }),
    db.assessment.findMany({ orderBy: [{ country: "asc" }, { year: "desc" }], select: { id: true, country: true, year: true, level: true, city: true } }),
  ]);
  return { frameworks, assessments };
}
