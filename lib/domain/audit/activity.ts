// The activity feed's reading of the audit log: which kind each audit action belongs to (for the filter) and the
// sentence that tells it ("Aida Bekova approved the answer to 1.2.3."), one catalog key per action. Pure.
import type { MemberRole, Phase } from "@/lib/generated/prisma/enums";
import { roleLabel } from "@/lib/domain/assessment/labels";
import { isMessageKey, type MessageKey, type Translate } from "@/lib/i18n";

/** The kinds a reader filters by, each the audit actions whose names start with one of its prefixes. */
export const ACTIVITY_KINDS = {
  answers: ["answer."],
  comments: ["comment.", "thread."],
  members: ["member.", "invitation."],
  sources: ["source."],
  setup: ["ministry.", "assignment."],
  phases: ["assessment."],
  profile: ["profile.", "consultation.", "validation."],
  exports: ["audit."],
} as const satisfies Record<string, readonly string[]>;

export type ActivityKind = keyof typeof ACTIVITY_KINDS | "other";
export const KIND_NAMES = [...(Object.keys(ACTIVITY_KINDS) as (keyof typeof ACTIVITY_KINDS)[]), "other"] as const satisfies readonly ActivityKind[];

/**
 * Audit actions that are not activity on the assessment: refusals and sign-ins are security records (they may
 * carry an address and tell what someone tried), kept in the log but never shown in or exported from the feed;
 * so are a user's API tokens being created and revoked (they belong to the account, not to an assessment).
 */
export const HIDDEN_PREFIXES = ["access.", "auth.", "user.", "token."] as const;

export function kindOf(action: string): ActivityKind {
  for (const kind of Object.keys(ACTIVITY_KINDS) as (keyof typeof ACTIVITY_KINDS)[]) {
    if (ACTIVITY_KINDS[kind].some((prefix) => action.startsWith(prefix))) return kind;
  }
  return "other";
}

/** SQL LIKE patterns for a kind's actions; "other" is every action no kind claims. */
export const kindPatterns = (kind: keyof typeof ACTIVITY_KINDS): string[] => ACTIVITY_KINDS[kind].map((prefix) => `${prefix}%`);
export const allKindPatterns = (): string[] => Object.values(ACTIVITY_KINDS).flatMap((prefixes) => prefixes.map((prefix) => `${prefix}%`));
export const hiddenPatterns = (): string[] => HIDDEN_PREFIXES.map((prefix) => `${prefix}%`);

/** One audit event as the feed query returns it: names resolved, never a comment's body or an email address. */
export type ActivityEvent = {
  id: string;
  at: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  /** The indicator an answer, comment or thread event is about. */
  indicatorCode: string | null;
  /** A comment or thread on the profile rather than on an answer. */
  onProfile: boolean;
  /** The person a membership event is about. */
  personName: string | null;
  /** A source's title or a ministry's name (for a ministry rename, the new name). */
  title: string | null;
  /** A ministry's former name. */
  previousTitle: string | null;
  role: MemberRole | null;
  ministryName: string | null;
  fromPhase: Phase | null;
  toPhase: Phase | null;
  count: number | null;
};

/** The catalog key of an action's sentence, e.g. `activity.sentence.answer.approved`, or null when there is none. */
export function sentenceKey(action: string): MessageKey | null {
  const key = `activity.sentence.${action}`;
  return isMessageKey(key) ? key : null;
}

/** The sentence telling one event in the reader's language; an action without its own sentence gets a generic one. */
export function activitySentence(t: Translate, event: ActivityEvent): string {
  const actor = event.actorName ?? t("activity.someone");
  const subject = event.indicatorCode
    ? t("activity.subject.indicator", { code: event.indicatorCode })
    : event.onProfile
      ? t("activity.subject.profile")
      : t("activity.subject.unknown");
  const vars = {
    actor,
    code: event.indicatorCode ?? "—",
    subject,
    person: event.personName ?? t("activity.someone"),
    role: event.role ? roleLabel(t, { role: event.role, ministry: event.ministryName ? { name: event.ministryName } : null }) : "—",
    title: event.title ?? "—",
    previous: event.previousTitle ?? "—",
    from: event.fromPhase ? t(`phase.${event.fromPhase}`) : "—",
    to: event.toPhase ? t(`phase.${event.toPhase}`) : "—",
    count: event.count ?? 0,
    action: event.action,
  };
  return t(sentenceKey(event.action) ?? "activity.sentence.other", vars);
}
