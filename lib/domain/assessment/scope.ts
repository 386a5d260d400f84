// An assessment's in-scope indicators: every core indicator of its framework plus those of the modules
// switched on at launch. Built from facts the access check has already loaded, so it costs no query: as a
// Prisma filter, or as SQL fragments for the flat reads of the many-row screens.
import { Prisma } from "@/lib/generated/prisma/client";

export type ScopeFacts = { frameworkId: string; moduleIds: string[] };

export function inScopeIndicatorWhere(assessment: ScopeFacts): Prisma.IndicatorWhereInput {
  return { frameworkId: assessment.frameworkId, OR: [{ subdomainId: { not: null } }, { moduleId: { in: assessment.moduleIds } }] };
}

/**
 * `FROM` the framework's indicators `i` with their sub-domain `s`, domain `d` or module `m`, this assessment's
 * assignment `asg` with its lead ministry `lead`, and the answer `a`. Pair it with `inScopeSql` in the WHERE.
 */
export function indicatorsSql(assessmentId: string): Prisma.Sql {
  return Prisma.sql`"Indicator" i
    LEFT JOIN "Subdomain" s ON s.id = i."subdomainId"
    LEFT JOIN "Domain" d ON d.id = s."domainId"
    LEFT JOIN "FrameworkModule" m ON m.id = i."moduleId"
    LEFT JOIN "Assignment" asg ON asg."assessmentId" = ${assessmentId}::uuid AND asg."indicatorId" = i.id
    LEFT JOIN "Ministry" lead ON lead.id = asg."leadMinistryId"
    LEFT JOIN "Answer" a ON a."assessmentId" = ${assessmentId}::uuid AND a."indicatorId" = i.id`;
}

export function inScopeSql(assessment: ScopeFacts): Prisma.Sql {
  return Prisma.sql`i."frameworkId" = ${assessment.frameworkId}::uuid AND (i."subdomainId" IS NOT NULL OR i."moduleId" = ANY(${assessment.moduleIds}::uuid[]))`;
}

/** The framework's reading order: domains, their sub-domains and indicators by position, then the modules. */
export const FRAMEWORK_ORDER = Prisma.sql`(i."moduleId" IS NOT NULL), d.position, s.position, m.position, i.position`;
