// Loads an indicator framework into the database once; a version that exists is left as it is,
// because a published framework is never edited in place.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { FrameworkSeed, IndicatorSeed } from "./framework/types";

export async function seedFramework(db: Db, framework: FrameworkSeed): Promise<{ created: boolean; indicators: number }> {
  const existing = await db.framework.findUnique({ where: { version: framework.version }, select: { id: true, objectives: true } });
  // A database seeded before the standing text existed gets it once; text already there is never rewritten.
  if (existing && !existing.objectives && framework.standingText) {
    await db.framework.update({ where: { id: existing.id }, data: framework.standingText });
  }
  if (existing) return { created: false, indicators: await db.indicator.count({ where: { frameworkId: existing.id } }) };

  const frameworkId = randomUUID();
  const domains = framework.domains.map((domain, position) => ({
    id: randomUUID(),
    frameworkId,
    code: domain.code,
    position,
    title: domain.title,
    description: domain.description,
  }));
  const subdomains = framework.domains.flatMap((domain, d) =>
    domain.subdomains.map((subdomain, position) => ({
      id: randomUUID(),
      frameworkId,
      domainId: domains[d].id,
      code: subdomain.code,
      position,
      title: subdomain.title,
    })),
  );
  const modules = framework.modules.map((module, position) => ({
    id: randomUUID(),
    frameworkId,
    code: module.code,
    position,
    title: module.title,
    description: module.description,
  }));

  const indicatorRow = (indicator: IndicatorSeed, position: number, owner: { subdomainId?: string; moduleId?: string }) => ({
    frameworkId,
    ...owner,
    code: indicator.code,
    position,
    question: indicator.question,
    guidance: indicator.guidance,
    answerType: indicator.answerType,
    choices: indicator.choices,
    evidenceRequired: indicator.evidenceRequired,
  });
  const subdomainSeeds = framework.domains.flatMap((domain) => domain.subdomains);
  const indicators = [
    ...subdomainSeeds.flatMap((subdomain, s) => subdomain.indicators.map((indicator, i) => indicatorRow(indicator, i, { subdomainId: subdomains[s].id }))),
    ...framework.modules.flatMap((module, m) => module.indicators.map((indicator, i) => indicatorRow(indicator, i, { moduleId: modules[m].id }))),
  ];

  await db.$transaction(async (tx) => {
    await tx.framework.create({
      data: { id: frameworkId, version: framework.version, name: framework.name, ...framework.standingText, status: "PUBLISHED", publishedAt: new Date() },
    });
    await tx.domain.createMany({ data: domains });
    await tx.subdomain.createMany({ data: subdomains });
    await tx.frameworkModule.createMany({ data: modules });
    await tx.indicator.createMany({ data: indicators });
  });
  return { created: true, indicators: indicators.length };
}
