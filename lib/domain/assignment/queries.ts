// The assignment screen's data: every in-scope indicator, grouped as the framework groups them, with its
// ministries. Three queries, whatever the framework's size.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";

const INDICATOR = (assessmentId: string) =>
  ({
    orderBy: { position: "asc" },
    select: {
      id: true,
      code: true,
      question: true,
      assignments: {
        where: { assessmentId },
        select: { leadMinistry: { select: { id: true, name: true } }, contributors: { select: { ministry: { select: { id: true, name: true } } } } },
      },
    },
  }) as const;

type IndicatorRow = { id: string; code: string; question: string; assignments: { leadMinistry: { id: string; name: string }; contributors: { ministry: { id: string; name: string } }[] }[] };

const row = (indicator: IndicatorRow) => ({
  id: indicator.id,
  code: indicator.code,
  question: indicator.question,
  lead: indicator.assignments[0]?.leadMinistry ?? null,
  contributors: indicator.assignments[0]?.contributors.map((c) => c.ministry) ?? [],
});

export async function getAssignmentBoard(access: Access) {
  const { id: assessmentId, frameworkId, moduleIds } = access.assessment;
  const [ministries, domains, modules] = await Promise.all([
    db.ministry.findMany({ where: { assessmentId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.domain.findMany({
      where: { frameworkId },
      orderBy: { position: "asc" },
      select: { code: true, title: true, subdomains: { orderBy: { position: "asc" }, select: { code: true, title: true, indicators: INDICATOR(assessmentId) } } },
    }),
    db.frameworkModule.findMany({ where: { id: { in: moduleIds } }, orderBy: { position: "asc" }, select: { code: true, title: true, indicators: INDICATOR(assessmentId) } }),
  ]);
  const board = {
    ministries,
    domains: domains.map((domain) => ({ ...domain, subdomains: domain.subdomains.map((subdomain) => ({ ...subdomain, indicators: subdomain.indicators.map(row) })) })),
    modules: modules.map((module) => ({ ...module, indicators: module.indicators.map(row) })),
  };
  const all = [...board.domains.flatMap((domain) => domain.subdomains.flatMap((subdomain) => subdomain.indicators)), ...board.modules.flatMap((module) => module.indicators)];
  return { ...board, unassigned: all.filter((indicator) => !indicator.lead).length, total: all.length };
}
