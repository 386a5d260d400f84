// Publication's rules as data: which phase a published assessment is in, and which assessments have an
// "updates since" section. Nothing else compares these names.
import type { Cycle, Phase } from "@/lib/generated/prisma/enums";

/** The assessment has a published profile (its corrections keep it in this phase). */
export const isPublished = (phase: Phase) => phase === "PUBLISHED";

/** A follow-up reports what changed since the assessment before it. */
export const isFollowUp = (cycle: Cycle) => cycle === "FOLLOW_UP";

/** The narrative section of a follow-up summarising the updates since the previous assessment. */
export const UPDATES_SECTION = "updates";
/** Stored after the domain sections; the editor's slots do not list it. */
export const UPDATES_POSITION = 1000;

export type UpdatesReason = { kind: "updatesMissing" | "updatesNotApproved"; previousYear: number };

/** What the summary of updates still lacks before publication: to be written, then approved by the consultant. */
export function updatesReason(section: { body: string; approvedAt: unknown } | null | undefined, previousYear: number): UpdatesReason | null {
  if (!section?.body.trim()) return { kind: "updatesMissing", previousYear };
  return section.approvedAt ? null : { kind: "updatesNotApproved", previousYear };
}
