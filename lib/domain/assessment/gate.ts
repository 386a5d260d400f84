// What stands between an assessment and its next phase, in words a coordinator can act on.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import type { Db, Tx } from "@/lib/db/client";
import { domainSectionKey, HALVES, type Half } from "@/lib/domain/profile/sections";
import { APPROVED_STATE, WORKING_DRAFT } from "@/lib/domain/profile/workflow";
import { FRAMEWORK_ORDER, indicatorsSql, inScopeIndicatorWhere, inScopeSql } from "./scope";

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

export type ConsultationGateReason =
  { kind: "notApproved"; count: number; codes: string[] } | { kind: "narrativeMissing"; domain: string; title: string; halves: Half[] };

/**
 * COLLECTION → CONSULTATION: every in-scope indicator is APPROVED, and every domain of the framework has both
 * halves of its narrative written ("well-developed areas" and "areas with potential for further development").
 * One query; `client` is the transaction of the move, which checks it again.
 */
export async function consultationGate(access: Access, client: Db | Tx = db): Promise<{ ok: boolean; reasons: ConsultationGateReason[] }> {
  const assessmentId = access.assessment.id;
  const [{ pending, domains }] = await client.$queryRaw<{ pending: string[]; domains: { code: string; title: string; written: string[] }[] }[]>`
    SELECT
      (SELECT coalesce(array_agg(i.code ORDER BY ${FRAMEWORK_ORDER}), '{}') FROM ${indicatorsSql(assessmentId)}
       WHERE ${inScopeSql(access.assessment)} AND a.state IS DISTINCT FROM ${APPROVED_STATE}::"AnswerState") AS pending,
      (SELECT coalesce(json_agg(json_build_object('code', x.code, 'title', x.title, 'written', x.written) ORDER BY x.position), '[]')
       FROM (
         SELECT d.code, d.title, d.position, coalesce(array_agg(ps.key) FILTER (WHERE ps.key IS NOT NULL), '{}') AS written
         FROM "Domain" d
         LEFT JOIN "ProfileDraft" pd ON pd."assessmentId" = ${assessmentId}::uuid AND pd.number = ${WORKING_DRAFT}
         LEFT JOIN "ProfileSection" ps ON ps."draftId" = pd.id AND ps.key LIKE 'domain:' || d.code || ':%' AND ps.body ~ '[^[:space:]]'
         WHERE d."frameworkId" = ${access.assessment.frameworkId}::uuid
         GROUP BY d.code, d.title, d.position
       ) x) AS domains`;
  const reasons: ConsultationGateReason[] = [];
  if (pending.length) reasons.push({ kind: "notApproved", count: pending.length, codes: pending });
  for (const domain of domains) {
    const halves = HALVES.filter((half) => !domain.written.includes(domainSectionKey(domain.code, half)));
    if (halves.length) reasons.push({ kind: "narrativeMissing", domain: domain.code, title: domain.title, halves });
  }
  return { ok: reasons.length === 0, reasons };
}
