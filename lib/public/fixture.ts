// A small published snapshot for the public pages' unit tests: two domains, a module annex, sources and laws.
import type { PublishedSnapshot } from "@/lib/domain/publication/snapshot";

export function sampleSnapshot(overrides: Partial<PublishedSnapshot> = {}): PublishedSnapshot {
  const law = {
    id: "s1",
    kind: "LAW",
    issuer: "Jogorku Kenesh",
    year: 2006,
    title: "Law on External Labour Migration",
    number: "4",
    adoptedOn: "2006-01-13",
    url: null,
  } as const;
  const report = {
    id: "s2",
    kind: "REPORT",
    issuer: "IOM",
    year: 2021,
    title: "Study <on> returnees",
    number: null,
    adoptedOn: null,
    url: "https://example.org/r",
  } as const;
  return {
    schemaVersion: 1,
    slug: "kgz-2022",
    version: 2,
    publishedAt: "2026-11-20T10:00:00.000Z",
    citation: "International Organization for Migration (IOM), 2026. *Migration Governance Indicators Second Profile 2022 – Kyrgyzstan*. IOM, Geneva.",
    changeNote: "Fixed a typo.",
    assessment: { country: "KGZ", countryName: "Kyrgyzstan", level: "NATIONAL", city: null, year: 2022, cycle: "FOLLOW_UP", previousYear: 2018 },
    framework: { name: "MGI", version: "2.0" },
    keyFindings: "Kyrgyzstan **adopted** a concept.",
    domains: [
      { code: "1", title: "Migrants' rights", wellDeveloped: "Good <script>alert(1)</script>", furtherDevelopment: "More to do.", indicatorCodes: ["1.1.1"] },
      { code: "2", title: "Whole-of-government approach", wellDeveloped: "Strong.", furtherDevelopment: "Data.", indicatorCodes: [] },
    ],
    updatesSince: { previousYear: 2018, body: "The compatriots visa of 2020.", indicatorCodes: ["1.1.1"] },
    moduleAnnexes: [
      {
        code: "COVID",
        title: "COVID-19",
        answers: [
          {
            code: "C.1",
            domain: null,
            subdomain: null,
            question: "Access to vaccines?",
            value: "yes",
            valueLabel: "Yes",
            explanation: "Equal access.",
            sourceIds: ["s2"],
          },
        ],
      },
    ],
    answers: [
      {
        code: "1.1.1",
        domain: "1",
        subdomain: { code: "1.1", title: "International conventions" },
        question: "Has the country ratified <the> convention?",
        value: "yes",
        valueLabel: "Yes",
        explanation: "Ratified in 2006.\nSecond line.",
        sourceIds: ["s1"],
      },
    ],
    sources: [law, report],
    keySources: [
      { issuer: "IOM", sources: [report] },
      { issuer: "Jogorku Kenesh", sources: [law] },
    ],
    legislation: [
      { group: "laws", items: [law] },
      { group: "treaties", items: [] },
      { group: "acts", items: [] },
    ],
    ...overrides,
  };
}

/** The document without the layout whitespace around its tags (the templates are formatted like HTML). */
export const tight = (doc: string) =>
  doc
    .replace(/>\s+/g, ">")
    .replace(/\s+</g, "<")
    .replace(/\s{2,}/g, " ");
