// An assessment's in-scope indicators: every core indicator of its framework plus those of the modules
// switched on at launch. Built from facts the access check has already loaded, so it costs no query.
import type { Prisma } from "@/lib/generated/prisma/client";

export type ScopeFacts = { frameworkId: string; moduleIds: string[] };

export function inScopeIndicatorWhere(assessment: ScopeFacts): Prisma.IndicatorWhereInput {
  return { frameworkId: assessment.frameworkId, OR: [{ subdomainId: { not: null } }, { moduleId: { in: assessment.moduleIds } }] };
}
