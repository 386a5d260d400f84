// The assignment screen's data: every in-scope indicator, grouped as the framework groups them, with its ministries.
import "server-only";
import { db } from "@/lib/db";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";

export async function getAssignmentBoard(assessmentId: string) {
  const where = await inScopeIndicatorWhere(db, assessmentId);
  const [indicators, ministries, domains, modules] = await Promise.all([
    db.indicator.findMany({
      where,
      orderBy: [{ position: "asc" }],
      select: {
        id: true,
        code: true,
        question: true,
        subdomainId: true,
        moduleId: true,
        assignments: {
          where: { assessmentId },
          select: { leadMinistry: { select: { id: true, name: true } }, contributors: { select: { ministry: { select: { id: true, name: true } } } } },
        },
      },
    }),
    db.ministry.findMany({ where: { assessmentId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.domain.findMany({
      where: { frameworkId: where.frameworkId as string },
      orderBy: { position: "asc" },
      select: { code: true, title: true, subdomains: { orderBy: { position: "asc" }, select: { id: true, code: true, title: true } } },
    }),
    db.assessmentModule.findMany({ where: { assessmentId }, select: { module: { select: { id: true, code: true, title: true } } } }),
  ]);
  const row = (indicator: (typeof indicators)[number]) => ({
    id: indicator.id,
    code: indicator.code,
    question: indicator.question,
    lead: indicator.assignments[0]?.leadMinistry ?? null,
    contributors: indicator.assignments[0]?.contributors.map((c) => c.ministry) ?? [],
  });
  return {
    ministries,
    domains: domains.map((domain) => ({
      code: domain.code,
      title: domain.title,
      subdomains: domain.subdomains.map((subdomain) => ({
        code: subdomain.code,
        title: subdomain.title,
        indicators: indicators.filter((indicator) => indicator.subdomainId === subdomain.id).map(row),
      })),
    })),
    modules: modules.map(({ module }) => ({
      code: module.code,
      title: module.title,
      indicators: indicators.filter((indicator) => indicator.moduleId === module.id).map(row),
    })),
    unassigned: indicators.filter((indicator) => indicator.assignments.length === 0).length,
    total: indicators.length,
  };
}
