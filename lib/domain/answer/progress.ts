// How far the answers have got: counts by state, overall, per domain and per ministry. A focal point sees
// the indicators of their own ministry only; a stakeholder sees the overall count.
import "server-only";
import { db } from "@/lib/db";
import type { AuthorizedContext } from "@/lib/auth/authorize";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";

export const STATES: AnswerState[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"];
export type Counts = Record<AnswerState, number> & { total: number };
export type ProgressGroup = { key: string; label: string; counts: Counts };

const empty = (): Counts => ({ NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, CHANGES_REQUESTED: 0, APPROVED: 0, total: 0 });

export async function getProgress(ctx: AuthorizedContext) {
  const role = ctx.membership?.role ?? (ctx.user.isIomStaff ? "COORDINATOR" : null);
  const ownMinistry = role === "FOCAL_POINT" ? ctx.membership!.ministryId : null;
  const scope = await inScopeIndicatorWhere(db, ctx.assessmentId);
  const indicators = await db.indicator.findMany({
    where: { AND: [scope, ownMinistry ? { assignments: { some: { assessmentId: ctx.assessmentId, leadMinistryId: ownMinistry } } } : {}] },
    select: {
      subdomain: { select: { domain: { select: { code: true, title: true, position: true } } } },
      module: { select: { code: true, title: true } },
      assignments: { where: { assessmentId: ctx.assessmentId }, select: { leadMinistry: { select: { id: true, name: true } } } },
      answers: { where: { assessmentId: ctx.assessmentId }, select: { state: true } },
    },
  });
  const overall = empty();
  const domains = new Map<string, ProgressGroup & { order: number }>();
  const ministries = new Map<string, ProgressGroup>();
  for (const indicator of indicators) {
    const state = indicator.answers[0]?.state ?? "NOT_STARTED";
    const domainKey = indicator.subdomain ? indicator.subdomain.domain.code : indicator.module!.code;
    const domain =
      domains.get(domainKey) ??
      {
        key: domainKey,
        label: indicator.subdomain ? `${indicator.subdomain.domain.code} ${indicator.subdomain.domain.title}` : indicator.module!.title,
        counts: empty(),
        order: indicator.subdomain ? indicator.subdomain.domain.position : 1_000,
      };
    domains.set(domainKey, domain);
    const lead = indicator.assignments[0]?.leadMinistry;
    for (const counts of [overall, domain.counts]) {
      counts[state]++;
      counts.total++;
    }
    if (lead) {
      const ministry = ministries.get(lead.id) ?? { key: lead.id, label: lead.name, counts: empty() };
      ministry.counts[state]++;
      ministry.counts.total++;
      ministries.set(lead.id, ministry);
    }
  }
  const stakeholder = role === "STAKEHOLDER";
  return {
    overall,
    domains: stakeholder ? [] : [...domains.values()].sort((a, b) => a.order - b.order),
    ministries: stakeholder ? [] : [...ministries.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}
