// An assessment's in-scope indicators: every core indicator of its framework plus those of the modules
// switched on at launch.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";

export async function inScopeIndicatorWhere(client: Db | Tx, assessmentId: string): Promise<Prisma.IndicatorWhereInput> {
  const assessment = await client.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { frameworkId: true, modules: { select: { moduleId: true } } },
  });
  return {
    frameworkId: assessment.frameworkId,
    OR: [{ subdomainId: { not: null } }, { moduleId: { in: assessment.modules.map((row) => row.moduleId) } }],
  };
}
