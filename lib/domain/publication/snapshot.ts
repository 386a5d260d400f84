// The published snapshot: a stable, versioned JSON contract read by the public pages, the exports and the API.
// Adding an optional field keeps schemaVersion 1; renaming or removing one needs schemaVersion 2.
// `buildSnapshot` reads it from the database inside the publishing transaction, in five queries whatever the
// framework's size: the assessment with its framework (and the framework's standing text), domains and modules; its
// place in the chain of follow-ups; the working narrative; the approved answers in scope; the assessment's sources.
// No "server-only": the demo seed (run outside Next) publishes the 2018 baseline with it (./version.ts).
import type { Access } from "@/lib/auth/authorize";
import { countryName } from "@/lib/countries";
import type { Tx } from "@/lib/db/client";
import { FRAMEWORK_ORDER, indicatorsSql, inScopeSql } from "@/lib/domain/assessment/scope";
import { domainSectionKey, INTRODUCTION, KEY_FINDINGS } from "@/lib/domain/profile/sections";
import { APPROVED_STATE, WORKING_DRAFT } from "@/lib/domain/profile/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerType, AssessmentLevel, Cycle, SourceKind } from "@/lib/generated/prisma/enums";
import { citationLine, keySources, legislationAnnex, profileSlug, valueLabel } from "./builders";
import { isFollowUp, UPDATES_SECTION } from "./workflow";

export const SNAPSHOT_SCHEMA_VERSION = 1 as const;

export type SnapshotSource = {
  id: string;
  kind: SourceKind;
  issuer: string;
  year: number | null;
  title: string;
  number: string | null;
  /** ISO date (YYYY-MM-DD). */
  adoptedOn: string | null;
  url: string | null;
};

export type PublishedAnswer = {
  code: string;
  /** The domain's code; for a module indicator, null. */
  domain: string | null;
  subdomain: { code: string; title: string } | null;
  question: string;
  value: string | null;
  /** The value in words ("Yes", "Partially", a choice's label, the number or text itself). */
  valueLabel: string | null;
  explanation: string;
  sourceIds: string[];
};

export type DomainSection = { code: string; title: string; wellDeveloped: string; furtherDevelopment: string; indicatorCodes: string[] };

export type ModuleAnnex = { code: string; title: string; answers: PublishedAnswer[] };

export type UpdatesSince = { previousYear: number; body: string; indicatorCodes: string[] };

export type KeySourceGroup = { issuer: string; sources: SnapshotSource[] };

export type LegislationGroupKey = "laws" | "treaties" | "acts";
export type LegislationGroup = { group: LegislationGroupKey; items: SnapshotSource[] };

export type FrontMatter = { objectives: string; introduction: string; countryIntroduction: string; conceptualFramework: string; afterAssessment: string };

export type PublishedSnapshot = {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  slug: string;
  version: number;
  /** ISO timestamp. */
  publishedAt: string;
  citation: string;
  changeNote: string | null;
  assessment: {
    country: string;
    countryName: string;
    level: AssessmentLevel;
    city: string | null;
    year: number;
    cycle: Cycle;
    previousYear: number | null;
    /** The name the profile is published under ("the Kyrgyz Republic"); older snapshots lack it: use countryName. */
    officialName?: string;
  };
  framework: { name: string; version: string };
  /**
   * The standing text of the framework (Markdown) and the assessment's own introduction; older snapshots lack it.
   * `introduction` is the framework's general one, `countryIntroduction` what this assessment adds to it.
   */
  frontMatter?: FrontMatter;
  keyFindings: string;
  domains: DomainSection[];
  /** For a follow-up only: the consultant's summary of what changed since the previous assessment. */
  updatesSince: UpdatesSince | null;
  /** One per module switched on (the COVID-19 annex), with its approved answers. */
  moduleAnnexes: ModuleAnnex[];
  /** The approved answers of the core indicators, in the framework's order. */
  answers: PublishedAnswer[];
  /** Every source an approved answer cites, by id. */
  sources: SnapshotSource[];
  keySources: KeySourceGroup[];
  legislation: LegislationGroup[];
};

/** What publishing adds to what the database holds: the version, its date and its change note. */
export type SnapshotStamp = { version: number; publishedAt: Date; changeNote: string | null };

type AnswerRow = {
  code: string;
  question: string;
  answerType: AnswerType;
  choices: unknown;
  domainCode: string | null;
  subdomainCode: string | null;
  subdomainTitle: string | null;
  moduleId: string | null;
  value: string | null;
  explanation: string;
  sourceIds: string[];
};

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The approved answers of the assessment's in-scope indicators, in the framework's order (one query). */
export async function approvedAnswerRows(tx: Tx, access: Pick<Access, "assessment">) {
  const { assessment } = access;
  return tx.$queryRaw<AnswerRow[]>(Prisma.sql`
    SELECT i.code, i.question, i."answerType", i.choices, d.code AS "domainCode", s.code AS "subdomainCode", s.title AS "subdomainTitle",
           i."moduleId", a.value, a.explanation,
           ARRAY(SELECT x."sourceId"::text FROM "AnswerSource" x WHERE x."answerId" = a.id ORDER BY x."sourceId") AS "sourceIds"
    FROM ${indicatorsSql(assessment.id)}
    WHERE ${inScopeSql(assessment)} AND a.state = ${APPROVED_STATE}::"AnswerState"
    ORDER BY ${FRAMEWORK_ORDER}`);
}

export async function buildSnapshot(tx: Tx, access: Pick<Access, "assessment">, stamp: SnapshotStamp): Promise<PublishedSnapshot> {
  const id = access.assessment.id;
  const [assessment, [chain], working, answerRows, sourceRows] = await Promise.all([
    tx.assessment.findUniqueOrThrow({
      where: { id },
      select: {
        country: true,
        level: true,
        city: true,
        year: true,
        cycle: true,
        profileName: true,
        previous: { select: { year: true } },
        framework: {
          select: {
            name: true,
            version: true,
            objectives: true,
            introduction: true,
            conceptualFramework: true,
            afterAssessment: true,
            domains: { orderBy: { position: "asc" }, select: { code: true, title: true } },
          },
        },
        modules: { select: { module: { select: { id: true, code: true, title: true, position: true } } } },
      },
    }),
    // The assessment's place in its chain of previous assessments: 1 for a baseline, 2 for its follow-up, …
    tx.$queryRaw<{ ordinal: number }[]>`
      WITH RECURSIVE chain(id, "previousId", depth) AS (
        SELECT id, "previousId", 1 FROM "Assessment" WHERE id = ${id}::uuid
        UNION ALL
        SELECT p.id, p."previousId", c.depth + 1 FROM "Assessment" p JOIN chain c ON p.id = c."previousId" WHERE c.depth < 50
      )
      SELECT max(depth)::int AS ordinal FROM chain`,
    tx.profileSection.findMany({
      where: { draft: { assessmentId: id, number: WORKING_DRAFT } },
      select: { key: true, body: true, indicatorCodes: true },
    }),
    approvedAnswerRows(tx, access),
    tx.source.findMany({
      where: { assessmentId: id },
      select: { id: true, kind: true, issuer: true, year: true, title: true, number: true, adoptedOn: true, url: true },
    }),
  ]);

  const sections = new Map(working.map((section) => [section.key, section]));
  const body = (key: string) => sections.get(key)?.body ?? "";
  const toAnswer = (row: AnswerRow): PublishedAnswer => ({
    code: row.code,
    domain: row.domainCode,
    subdomain: row.subdomainCode ? { code: row.subdomainCode, title: row.subdomainTitle ?? "" } : null,
    question: row.question,
    value: row.value,
    valueLabel: valueLabel(row, row.value),
    explanation: row.explanation,
    sourceIds: row.sourceIds,
  });
  const core = answerRows.filter((row) => !row.moduleId).map(toAnswer);
  const cited = new Set(answerRows.flatMap((row) => row.sourceIds));
  const allSources: SnapshotSource[] = sourceRows.map((source) => ({ ...source, kind: source.kind as SourceKind, adoptedOn: isoDay(source.adoptedOn) }));
  const name = countryName(assessment.country, "en");
  const updates = sections.get(UPDATES_SECTION);

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    slug: profileSlug(assessment),
    version: stamp.version,
    publishedAt: stamp.publishedAt.toISOString(),
    citation: citationLine({
      publicationYear: stamp.publishedAt.getUTCFullYear(),
      ordinal: chain?.ordinal ?? 1,
      level: assessment.level,
      year: assessment.year,
      countryName: name,
      officialName: assessment.profileName,
      city: assessment.city,
    }),
    changeNote: stamp.changeNote,
    assessment: {
      country: assessment.country,
      countryName: name,
      level: assessment.level,
      city: assessment.city,
      year: assessment.year,
      cycle: assessment.cycle,
      previousYear: assessment.previous?.year ?? null,
      officialName: assessment.profileName?.trim() || name,
    },
    framework: { name: assessment.framework.name, version: assessment.framework.version },
    frontMatter: {
      objectives: assessment.framework.objectives,
      introduction: assessment.framework.introduction,
      countryIntroduction: body(INTRODUCTION),
      conceptualFramework: assessment.framework.conceptualFramework,
      afterAssessment: assessment.framework.afterAssessment,
    },
    keyFindings: body(KEY_FINDINGS),
    domains: assessment.framework.domains.map((domain) => ({
      code: domain.code,
      title: domain.title,
      wellDeveloped: body(domainSectionKey(domain.code, "well-developed")),
      furtherDevelopment: body(domainSectionKey(domain.code, "further-development")),
      indicatorCodes: [
        ...new Set([
          ...(sections.get(domainSectionKey(domain.code, "well-developed"))?.indicatorCodes ?? []),
          ...(sections.get(domainSectionKey(domain.code, "further-development"))?.indicatorCodes ?? []),
        ]),
      ],
    })),
    updatesSince:
      isFollowUp(assessment.cycle) && assessment.previous
        ? { previousYear: assessment.previous.year, body: updates?.body ?? "", indicatorCodes: updates?.indicatorCodes ?? [] }
        : null,
    moduleAnnexes: assessment.modules
      .map(({ module }) => module)
      .sort((a, b) => a.position - b.position)
      .map((module) => ({ code: module.code, title: module.title, answers: answerRows.filter((row) => row.moduleId === module.id).map(toAnswer) })),
    answers: core,
    sources: allSources.filter((source) => cited.has(source.id)).sort((a, b) => a.title.localeCompare(b.title, "en")),
    keySources: keySources(allSources, cited),
    legislation: legislationAnnex(allSources),
  };
}
