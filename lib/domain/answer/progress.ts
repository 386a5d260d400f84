// How far the answers have got: counts by state, overall, per domain and per ministry (pure; the rows come
// from one query in lib/domain/assessment/queries.ts).
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { ANSWER_STATES } from "./workflow";

export const STATES = ANSWER_STATES;
export type Counts = Record<AnswerState, number> & { total: number };
export type ProgressGroup = { key: string; label: string; counts: Counts };
/** `count` indicators of one domain and lead ministry are in `state`. */
export type ProgressRow = {
  state: AnswerState;
  count: number;
  domain: { key: string; label: string; order: number };
  lead: { id: string; name: string } | null;
};
export type Progress = { overall: Counts; domains: ProgressGroup[]; ministries: ProgressGroup[] };

const empty = (): Counts => ({ NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, CHANGES_REQUESTED: 0, APPROVED: 0, total: 0 });
const add = (counts: Counts, state: AnswerState, count: number) => {
  counts[state] += count;
  counts.total += count;
};

export function countProgress(rows: ProgressRow[], show: { byDomain: boolean; byMinistry: boolean }): Progress {
  const overall = empty();
  const domains = new Map<string, ProgressGroup & { order: number }>();
  const ministries = new Map<string, ProgressGroup>();
  for (const row of rows) {
    add(overall, row.state, row.count);
    const domain = domains.get(row.domain.key) ?? { ...row.domain, counts: empty() };
    domains.set(row.domain.key, domain);
    add(domain.counts, row.state, row.count);
    if (row.lead) {
      const ministry = ministries.get(row.lead.id) ?? { key: row.lead.id, label: row.lead.name, counts: empty() };
      ministries.set(row.lead.id, ministry);
      add(ministry.counts, row.state, row.count);
    }
  }
  return {
    overall,
    domains: show.byDomain ? [...domains.values()].sort((a, b) => a.order - b.order).map(({ key, label, counts }) => ({ key, label, counts })) : [],
    ministries: show.byMinistry ? [...ministries.values()].sort((a, b) => a.label.localeCompare(b.label)) : [],
  };
}
