// The activity feed's filters, read from the page's query string (and the export's): each field parsed on its
// own, so a bad date is reported next to its field while the other filters still apply.
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n";
import { KIND_NAMES, type ActivityKind } from "./activity";

/** A calendar day as YYYY-MM-DD that exists (not 2026-02-30), read as a day in UTC. */
const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};
const ZDay = z.iso.date({ error: "activity.dateInvalid" }).refine(isRealDay, { error: "activity.dateInvalid" });

export const ZActivityFilters = z.object({
  person: z.uuid({ error: "activity.personInvalid" }).optional(),
  kind: z.enum(KIND_NAMES, { error: "activity.kindInvalid" }).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
});

export type ActivityFilters = { person?: string; kind?: ActivityKind; from?: string; to?: string };
export type FilterField = keyof ActivityFilters;
const FIELDS: FilterField[] = ["person", "kind", "from", "to"];

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The filters that parse, and a message key for each that does not (those are left out, never guessed). */
export function parseActivityFilters(query: Query): { filters: ActivityFilters; errors: Partial<Record<FilterField, MessageKey>> } {
  const raw = Object.fromEntries(FIELDS.map((field) => [field, first(query[field])]));
  const errors: Partial<Record<FilterField, MessageKey>> = {};
  for (const issue of ZActivityFilters.safeParse(raw).error?.issues ?? []) errors[issue.path[0] as FilterField] ??= issue.message as MessageKey;
  const filters = Object.fromEntries(
    FIELDS.filter((field) => raw[field] !== undefined && !errors[field]).map((field) => [field, raw[field]]),
  ) as ActivityFilters;
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.to = "activity.dateOrder";
    delete filters.to;
  }
  return { filters, errors };
}

/** The filters as a query string (for the pages' links and the export's address). */
export function filtersQuery(filters: ActivityFilters, extra: Record<string, string | number> = {}): string {
  const entries = [
    ...FIELDS.filter((field) => filters[field]).map((field) => [field, String(filters[field])]),
    ...Object.entries(extra).map(([k, v]) => [k, String(v)]),
  ];
  const query = new URLSearchParams(entries).toString();
  return query ? `?${query}` : "";
}
