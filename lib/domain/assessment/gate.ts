// What stands between an assessment and its next phase, in words a coordinator can act on.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { inScopeIndicatorWhere } from "./scope";

export type GateReason = { kind: "unassigned"; count: number; codes: string[] } | { kind: "ministryWithoutFocalPoint"; ministry: string; count: number };

/** LAUNCH → COLLECTION: every in-scope indicator has a lead ministry with at least one focal point. */
export async function collectionGate(access: Access): Promise<{ ok: boolean; reasons: GateReason[] }> {
  const assessmentId = access.assessment.id;
  const where = inScopeIndicatorWhere(access.assessment);
  const [indicators, ministries] = await Promise.all([
    db.indicator.findMany({
      where,
      orderBy: [{ moduleId: { sort: "desc", nulls: "first" } }, { code: "asc" }],
      select: { code: true, assignments: { where: { assessmentId }, select: { leadMinistryId: true } } },
    }),
    db.ministry.findMany({
      where: { assessmentId },
      orderBy: { name: "asc" },
      // Only focal points belong to a ministry.
      select: { id: true, name: true, _count: { select: { members: true } } },
    }),
  ]);
  const reasons: GateReason[] = [];
  const unassigned = indicators.filter((indicator) => indicator.assignments.length === 0).map((indicator) => indicator.code);
  if (unassigned.length) reasons.push({ kind: "unassigned", count: unassigned.length, codes: unassigned });
  const leads = new Map<string, number>();
  for (const indicator of indicators) {
    const lead = indicator.assignments[0]?.leadMinistryId;
    if (lead) leads.set(lead, (leads.get(lead) ?? 0) + 1);
  }
  for (const ministry of ministries) {
    const count = leads.get(ministry.id);
    if (count && ministry._count.members === 0) reasons.push({ kind: "ministryWithoutFocalPoint", ministry: ministry.name, count });
  }
  return { ok: reasons.length === 0, reasons };
}
