// Reads of assessments for the signed-in screens. Lists filter by membership in their where clause; the
// pages of one assessment are read after the access check (lib/auth/guard.ts) has loaded who the user is there.
import "server-only";
import { db } from "@/lib/db";
import { canGlobally, type Access } from "@/lib/auth/authorize";
import { ministryScope } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { countProgress, type ProgressRow } from "@/lib/domain/answer/progress";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { collectionGate, consultationGate } from "./gate";
import { indicatorsSql, inScopeSql } from "./scope";
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
        members: {
          orderBy: { user: { name: "asc" } },
          select: { id: true, role: true, user: { select: { name: true } }, ministry: { select: { name: true } } },
        },
      },
    }),
    access.can("progress.read") ? getProgress(access) : null,
  ]);
  return { ...overview, progress };
}

type ProgressSqlRow = { key: string; label: string; order: number; leadId: string | null; leadName: string | null; state: AnswerState; count: number };

/**
 * Progress counts over the indicators the member may see (a focal point: their ministry's; else all), counted by
 * PostgreSQL: one row per domain, lead ministry and state, whatever the framework's size.
 */
async function getProgress(access: Access) {
  const ministryId = ministryScope(access.actor)?.ministryId ?? null;
  const groups = await db.$queryRaw<ProgressSqlRow[]>`
    SELECT coalesce(d.code, m.code) AS key, coalesce(d.code || ' ' || d.title, m.title) AS label, coalesce(d.position, 1000 + m.position)::int AS "order",
           asg."leadMinistryId"::text AS "leadId", lead.name AS "leadName", coalesce(a.state::text, 'NOT_STARTED') AS state, count(*)::int AS count
    FROM ${indicatorsSql(access.assessment.id)}
    WHERE ${inScopeSql(access.assessment)}
      AND (${ministryId}::uuid IS NULL OR asg."leadMinistryId" = ${ministryId}::uuid)
    GROUP BY 1, 2, 3, 4, 5, 6`;
  const rows: ProgressRow[] = groups.map((group) => ({
    state: group.state,
    count: group.count,
    domain: { key: group.key, label: group.label, order: group.order },
    lead: group.leadId ? { id: group.leadId, name: group.leadName! } : null,
  }));
  return countProgress(rows, { byDomain: access.can("progress.byDomain"), byMinistry: access.can("progress.byMinistry") });
}
/** The set-up overview: the due date, and what still blocks opening data collection (while that is next). */
export async function getSetupOverview(access: Access) {
  const [gate, names] = await Promise.all([
    phaseAllows(access.assessment.phase, "open_collection") ? collectionGate(access) : null,
    db.assessment.findUniqueOrThrow({ where: { id: access.assessment.id }, select: { profileName: true } }),
  ]);
  return { gate, profileName: names.profileName };
}

/** What the launch form offers: the published frameworks (with their modules) and the assessments to follow up. */
export async function getLaunchOptions() {
  const [frameworks, assessments] = await Promise.all([
    db.framework.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { version: "desc" },
      select: { version: true, name: true, modules: { select: { code: true, title: true } } },
    }),
    db.assessment.findMany({ orderBy: [{ country: "asc" }, { year: "desc" }], select: { id: true, country: true, year: true, level: true, city: true } }),
  ]);
  return { frameworks, assessments };
}

/** While consultation is next: what still blocks opening it, for the coordinator who opens it and the editors of the narrative. */
export async function getConsultationReadiness(access: Access) {
  const concerned = access.can("phase.move") || access.can("profile.edit");
  return concerned && phaseAllows(access.assessment.phase, "open_consultation") ? consultationGate(access) : null;
}
