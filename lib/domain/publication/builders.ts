// Pure builders of the published profile: its slug, the required-citation line, the key sources, the annex
// of migration-related legislation, and the suggested "updates since" the previous assessment.
import { byCode } from "@/lib/domain/framework/order";
import type { AssessmentLevel, SourceKind } from "@/lib/generated/prisma/enums";
import type { KeySourceGroup, LegislationGroup, LegislationGroupKey, SnapshotSource } from "./snapshot";

/** Lower-case ASCII words joined by hyphens ("Osh City" → "osh-city", "Zürich" → "zurich"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `kgz-2022`; a local assessment gets its city in it: `kgz-bishkek-2022`. */
export function profileSlug(a: { country: string; level: AssessmentLevel; city: string | null; year: number }): string {
  const city = a.level === "LOCAL" && a.city ? slugify(a.city) : "";
  return [a.country.toLowerCase(), city, String(a.year)].filter(Boolean).join("-");
}

const ORDINALS = ["", "", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

/**
 * "Profile" for a place's first assessment, "Second Profile" for the follow-up of it, and so on: `ordinal` is
 * the assessment's place in its chain of previous assessments (1 for a baseline), so a follow-up of a
 * follow-up is the "Third Profile". A local assessment's is a "Local Profile".
 */
export function profileTitleWord(ordinal: number, level: AssessmentLevel): string {
  const kind = level === "LOCAL" ? "Local Profile" : "Profile";
  const word = ORDINALS[ordinal] ?? (ordinal > 1 ? `${ordinal}th` : "");
  return word ? `${word} ${kind}` : kind;
}

/** The first letter in capitals, as where a name starts the place of a title ("the Kyrgyz Republic" → "The Kyrgyz Republic"). */
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase("en") + text.slice(1);

/**
 * The seed's form: "International Organization for Migration (IOM), 2023. *Migration Governance Indicators Second
 * Profile 2022 – The Kyrgyz Republic*. IOM, Geneva." The place is the assessment's official name when it has one
 * ("the Kyrgyz Republic"), else the country's common name; a local assessment's is its city with the country.
 */
export function citationLine(a: {
  publicationYear: number;
  ordinal: number;
  level: AssessmentLevel;
  year: number;
  countryName: string;
  officialName?: string | null;
  city: string | null;
}): string {
  const country = a.officialName?.trim() || a.countryName;
  const place = capitalized(a.level === "LOCAL" && a.city ? `${a.city} (${country})` : country);
  return `International Organization for Migration (IOM), ${a.publicationYear}. *Migration Governance Indicators ${profileTitleWord(a.ordinal, a.level)} ${a.year} – ${place}*. IOM, Geneva.`;
}

const byYearThenTitle = (a: SnapshotSource, b: SnapshotSource) =>
  (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, "en");

/** The sources cited by approved answers, grouped by issuer (alphabetically), each group by year then title. */
export function keySources(sources: readonly SnapshotSource[], citedIds: Iterable<string>): KeySourceGroup[] {
  const cited = new Set(citedIds);
  const groups = new Map<string, SnapshotSource[]>();
  for (const source of sources) {
    if (!cited.has(source.id)) continue;
    const issuer = source.issuer.trim();
    groups.set(issuer, [...(groups.get(issuer) ?? []), source]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "en")).map(([issuer, list]) => ({ issuer, sources: list.sort(byYearThenTitle) }));
}

/** The annex's groups as the seed lists them: laws; international treaties; normative and legal acts. */
export const LEGISLATION_GROUPS: Record<LegislationGroupKey, readonly SourceKind[]> = {
  laws: ["LAW"],
  treaties: ["INTERNATIONAL_TREATY"],
  acts: ["DECREE", "RESOLUTION"],
};

const byAdoptionThenTitle = (a: SnapshotSource, b: SnapshotSource) =>
  (a.adoptedOn ?? "9999").localeCompare(b.adoptedOn ?? "9999") || a.title.localeCompare(b.title, "en");

/** The annex of migration-related legislation: laws, decrees, resolutions and treaties, by group then date of adoption. Empty groups are left out. */
export function legislationAnnex(sources: readonly SnapshotSource[]): LegislationGroup[] {
  return (Object.entries(LEGISLATION_GROUPS) as [LegislationGroupKey, readonly SourceKind[]][])
    .map(([group, kinds]) => ({ group, items: sources.filter((source) => kinds.includes(source.kind)).sort(byAdoptionThenTitle) }))
    .filter((group) => group.items.length > 0);
}

export type ComparableAnswer = { code: string; value: string | null; explanation: string };
export type UpdateSuggestion = { code: string; change: "value" | "explanation" | "new"; before: ComparableAnswer | null; after: ComparableAnswer };

const norm = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * The indicators whose approved answer changed since the previous assessment's approved answer (matched by
 * code), in code order: the value changed, or else the explanation (whitespace aside); an indicator the
 * previous assessment did not approve counts as new.
 */
export function suggestUpdates(previous: readonly ComparableAnswer[], current: readonly ComparableAnswer[]): UpdateSuggestion[] {
  const before = new Map(previous.map((answer) => [answer.code, answer]));
  return current
    .flatMap((after): UpdateSuggestion[] => {
      const old = before.get(after.code);
      if (!old) return [{ code: after.code, change: "new", before: null, after }];
      if (norm(old.value) !== norm(after.value)) return [{ code: after.code, change: "value", before: old, after }];
      if (norm(old.explanation) !== norm(after.explanation)) return [{ code: after.code, change: "explanation", before: old, after }];
      return [];
    })
    .sort((a, b) => byCode(a.code, b.code));
}

/** The suggestion as the Markdown the consultant starts from: one line per changed indicator. */
export function updatesDraft(suggestions: readonly UpdateSuggestion[], previousYear: number): string {
  if (!suggestions.length) return "";
  const what = { value: "answer changed", explanation: "explanation updated", new: `not approved in ${previousYear}` };
  return suggestions.map((s) => `- **${s.code}** (${what[s.change]}): ${norm(s.after.explanation).slice(0, 240)}`).join("\n");
}

const YES_PARTIAL_NO_LABELS: Record<string, string> = { yes: "Yes", partially: "Partially", no: "No", not_applicable: "Not applicable" };

/** An approved value in words, in the profile's language (English, as the published profiles are). */
export function valueLabel(indicator: { answerType: string; choices: unknown }, value: string | null): string | null {
  if (value === null || value === "") return null;
  if (indicator.answerType === "YES_PARTIAL_NO") return YES_PARTIAL_NO_LABELS[value] ?? value;
  if (indicator.answerType === "SINGLE_CHOICE" && Array.isArray(indicator.choices)) {
    const choice = (indicator.choices as { value: unknown; label?: unknown }[]).find((c) => String(c.value) === value);
    return choice?.label ? String(choice.label) : value;
  }
  return value;
}
