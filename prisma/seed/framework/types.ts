// Shape of an indicator framework as seed data: plain objects, no database types.

export type AnswerTypeSeed = "YES_PARTIAL_NO" | "SINGLE_CHOICE" | "NUMBER" | "TEXT";

export type IndicatorSeed = {
  /** Stable code, e.g. "1.1.3" for core indicators, "C.4" for the COVID-19 module. */
  code: string;
  question: string;
  guidance: string;
  answerType: AnswerTypeSeed;
  /** Only for SINGLE_CHOICE: the allowed values with their labels. */
  choices?: { value: string; label: string }[];
  evidenceRequired: boolean;
};

export type SubdomainSeed = { code: string; title: string; indicators: IndicatorSeed[] };

export type DomainSeed = {
  code: string;
  title: string;
  description: string;
  subdomains: SubdomainSeed[];
};

export type ModuleSeed = {
  code: string;
  title: string;
  description: string;
  indicators: IndicatorSeed[];
};

/** The framework's standing text of a profile (Markdown, English): see Framework in prisma/schema.prisma. */
export type StandingTextSeed = { objectives: string; introduction: string; conceptualFramework: string; afterAssessment: string };

export type FrameworkSeed = {
  /** URL-safe version key, e.g. "2.0". */
  version: string;
  name: string;
  standingText?: StandingTextSeed;
  domains: DomainSeed[];
  modules: ModuleSeed[];
};
