// The assignment screen's data: every in-scope indicator, grouped as the framework groups them, with its
// ministries. Two queries, whatever the framework's size: the ministries, and one flat row per indicator.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { FRAMEWORK_ORDER, indicatorsSql, inScopeSql } from "@/lib/domain/assessment/scope";

type Row = {
  id: string;
  code: string;
  question: string;
  domainCode: string | null;
  domainTitle: string | null;
  subdomainCode: string | null;
  subdomainTitle: string | null;
  moduleCode: string | null;
  moduleTitle: string | null;
  leadId: string | null;
  leadName: string | null;
  contributorIds: string[] | null;
  contributorNames: string[] | null;
};

type Indicator = { id: string; code: string; question: string; lead: { id: string; name: string } | null; contributors: { id: string; name: string }[] };
type Subdomain = { code: string; title: string; indicators: Indicator[] };
type Domain = { code: string; title: string; subdomains: Subdomain[] };
type Module = { code: string; title: string; indicators: Indicator[] };

export async function getAssignmentBoard(access: Access) {
  const assessmentId = access.assessment.id;
  const [ministries, rows] = await Promise.all([
    db.ministry.findMany({ where: { assessmentId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.$queryRaw<Row[]>`
      SELECT i.id::text, i.code, i.question, d.code AS "domainCode", d.title AS "domainTitle", s.code AS "subdomainCode", s.title AS "subdomainTitle",
             m.code AS "moduleCode", m.title AS "moduleTitle", asg."leadMinistryId"::text AS "leadId", lead.name AS "leadName",
             contributors.ids AS "contributorIds", contributors.names AS "contributorNames"
      FROM ${indicatorsSql(assessmentId)}
      -- Grouped once for the whole assessment, not looked up again for every row.
      LEFT JOIN (
        SELECT c."assignmentId", array_agg(c."ministryId"::text ORDER BY helper.name) AS ids, array_agg(helper.name ORDER BY helper.name) AS names
        FROM "AssignmentContributor" c
        JOIN "Ministry" helper ON helper.id = c."ministryId" AND helper."assessmentId" = ${assessmentId}::uuid
        GROUP BY c."assignmentId"
      ) contributors ON contributors."assignmentId" = asg.id
      WHERE ${inScopeSql(access.assessment)}
      ORDER BY ${FRAMEWORK_ORDER}`,
  ]);
  const domains: Domain[] = [];
  const modules: Module[] = [];
  for (const row of rows) {
    const indicator: Indicator = {
      id: row.id,
      code: row.code,
      question: row.question,
      lead: row.leadId ? { id: row.leadId, name: row.leadName! } : null,
      contributors: (row.contributorIds ?? []).map((id, index) => ({ id, name: row.contributorNames![index] })),
    };
    if (row.moduleCode) {
      if (modules.at(-1)?.code !== row.moduleCode) modules.push({ code: row.moduleCode, title: row.moduleTitle!, indicators: [] });
      modules.at(-1)!.indicators.push(indicator);
      continue;
    }
    if (domains.at(-1)?.code !== row.domainCode) domains.push({ code: row.domainCode!, title: row.domainTitle!, subdomains: [] });
    const subdomains = domains.at(-1)!.subdomains;
    if (subdomains.at(-1)?.code !== row.subdomainCode) subdomains.push({ code: row.subdomainCode!, title: row.subdomainTitle!, indicators: [] });
    subdomains.at(-1)!.indicators.push(indicator);
  }
  return { ministries, domains, modules, unassigned: rows.filter((row) => !row.leadId).length, total: rows.length };
}
