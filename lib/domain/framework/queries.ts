// Reads of the indicator framework: public knowledge, so no authorization is needed.
import "server-only";
import { db } from "@/lib/db";
import type { AnswerType } from "@/lib/generated/prisma/enums";

export async function listFrameworks() {
  const frameworks = await db.framework.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { version: "asc" },
    select: {
      version: true,
      name: true,
      status: true,
      publishedAt: true,
      modules: { orderBy: { position: "asc" }, select: { code: true, title: true } },
      _count: { select: { domains: true, indicators: { where: { moduleId: null } } } },
    },
  });
  return frameworks.map(({ _count, ...framework }) => ({ ...framework, domainCount: _count.domains, indicatorCount: _count.indicators }));
}

type IndicatorRow = { code: string; question: string; guidance: string; answerType: AnswerType; choices: unknown; evidenceRequired: boolean };

/** The whole tree of one version, with texts in `locale` where a translation exists. */
export async function getFrameworkTree(version: string, locale = "en") {
  const indicatorSelect = { code: true, question: true, guidance: true, answerType: true, choices: true, evidenceRequired: true } as const;
  const framework = await db.framework.findUnique({
    where: { version },
    select: {
      id: true,
      version: true,
      name: true,
      status: true,
      publishedAt: true,
      domains: {
        orderBy: { position: "asc" },
        select: {
          code: true,
          title: true,
          description: true,
          subdomains: {
            orderBy: { position: "asc" },
            select: { code: true, title: true, indicators: { orderBy: { position: "asc" }, select: indicatorSelect } },
          },
        },
      },
      modules: {
        orderBy: { position: "asc" },
        select: { code: true, title: true, description: true, indicators: { orderBy: { position: "asc" }, select: indicatorSelect } },
      },
    },
  });
  if (!framework || framework.status !== "PUBLISHED") return null;

  const texts = locale === "en" ? [] : await db.translatedText.findMany({ where: { frameworkId: framework.id, locale }, select: { key: true, text: true } });
  const translations = new Map(texts.map((row) => [row.key, row.text]));
  const tr = (kind: string, code: string, field: string, fallback: string) => translations.get(`${kind}:${code}:${field}`) ?? fallback;
  const indicator = (row: IndicatorRow) => ({
    code: row.code,
    question: tr("indicator", row.code, "question", row.question),
    guidance: tr("indicator", row.code, "guidance", row.guidance),
    answerType: row.answerType,
    ...(row.choices ? { choices: row.choices } : {}),
    evidenceRequired: row.evidenceRequired,
  });

  return {
    version: framework.version,
    name: framework.name,
    status: framework.status,
    publishedAt: framework.publishedAt,
    locale: texts.length ? locale : "en",
    domains: framework.domains.map((domain) => ({
      code: domain.code,
      title: tr("domain", domain.code, "title", domain.title),
      description: tr("domain", domain.code, "description", domain.description),
      subdomains: domain.subdomains.map((subdomain) => ({
        code: subdomain.code,
        title: tr("subdomain", subdomain.code, "title", subdomain.title),
        indicators: subdomain.indicators.map(indicator),
      })),
    })),
    modules: framework.modules.map((module) => ({
      code: module.code,
      title: tr("module", module.code, "title", module.title),
      description: tr("module", module.code, "description", module.description),
      indicators: module.indicators.map(indicator),
    })),
  };
}
