// The data the bench measures: the demo 2022 Kyrgyz assessment (prisma/seed/demo.ts), moved into data
// collection and filled in the way it looks in the middle of collection, so that the pages have rows to show:
//   - phase COLLECTION (the coordinator may edit every answer, a focal point those its ministry leads);
//   - an assignment for every in-scope indicator: lead ministry alternating Labour / Foreign Affairs (the two
//     ministries with a focal point; 1.1.1 is led by Labour), Internal Affairs contributing to every third;
//   - 12 sources of the assessment;
//   - answers (createMany) on two thirds of the in-scope indicators: the save targets in DRAFT, the others
//     SUBMITTED or APPROVED, each with a value valid for its answer type, an explanation, one or two sources
//     and two revisions; the rest NOT_STARTED (no row);
//   - 1.1.1 (the answer page measured): a DRAFT with 6 revisions, 2 sources, a shared thread with 3 comments
//     and an internal thread with 1 comment;
//   - two frozen consultation drafts of the profile (the draft page and the comparison measure them): the
//     demo's 2022 narrative (prisma/seed/demo/narrative.ts) and every in-scope answer, approved, as they are
//     when consultation opens (the way lib/domain/profile/snapshot.ts freezes them), the second with two
//     sections and every fifth explanation changed, and a shared thread on the first one's key findings.
// The save targets are the first in-scope indicators after 1.1.1, one per editor.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { byCode } from "@/lib/domain/framework/order";
import { NARRATIVE } from "@/prisma/seed/demo/narrative";
import type { AnswerState } from "@/lib/generated/prisma/enums";

export const PAGE_INDICATOR = "1.1.1";
export const COORDINATOR_EMAIL = "iom@example.org";
export const FOCAL_POINT_EMAIL = "focal.labour@example.org";
const LABOUR = "Ministry of Labour, Social Security and Migration";
const FOREIGN = "Ministry of Foreign Affairs";
const INTERNAL = "Ministry of Internal Affairs";

/** A user row as the database has it (every column but the password hash), for the session claims. */
export type BenchUser = { id: string; email: string; name: string } & Record<string, unknown>;

export type SaveTarget = { indicatorId: string; code: string; version: number; value: string | null; sourceIds: string[] };

export type BenchData = {
  assessmentId: string;
  coordinator: BenchUser;
  focalPoint: BenchUser;
  saveTargets: SaveTarget[];
  /** One line per thing created, for the report. */
  summary: string[];
};

const SENTENCES = [
  "The Law on External Migration (2000, amended 2021) sets out the rights of foreign nationals and stateless persons.",
  "Implementing regulations adopted by the Cabinet of Ministers specify the procedure and the documents required.",
  "In practice access depends on holding a valid residence or work permit, which irregular migrants do not have.",
  "The Ministry confirmed that the provision applies equally to men and women and to all regions of the country.",
  "A draft amendment under discussion in the Jogorku Kenesh would extend the provision to family members.",
  "No data are published on how many migrants used the service in 2021; the Ministry keeps administrative records.",
];

function explanation(seed: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, index) => SENTENCES[(seed + index) % SENTENCES.length]).join(" ");
}

function validValue(indicator: { answerType: string; choices: unknown }, seed: number): string {
  switch (indicator.answerType) {
    case "YES_PARTIAL_NO":
      return ["yes", "partially", "no"][seed % 3];
    case "SINGLE_CHOICE":
      return Array.isArray(indicator.choices) && indicator.choices.length ? String((indicator.choices[0] as { value: unknown }).value) : "yes";
    case "NUMBER":
      return String(10 + seed);
    default:
      return "See the explanation.";
  }
}

async function userRow(db: Db, email: string): Promise<BenchUser> {
  return (await db.user.findUniqueOrThrow({ where: { email } })) as BenchUser;
}

export type DemoAssessment = { assessmentId: string; coordinator: BenchUser; focalPoint: BenchUser };

/** The demo 2022 Kyrgyz assessment and the two users the bench signs in as, as prisma/seed/demo.ts made them. */
export async function findDemo(db: Db): Promise<DemoAssessment> {
  const assessment = await db.assessment.findFirstOrThrow({ where: { country: "KGZ", year: 2022, level: "NATIONAL" }, select: { id: true } });
  return { assessmentId: assessment.id, coordinator: await userRow(db, COORDINATOR_EMAIL), focalPoint: await userRow(db, FOCAL_POINT_EMAIL) };
}

export async function prepareData(db: Db, demo: DemoAssessment, editors: number): Promise<BenchData> {
  const { assessmentId, coordinator, focalPoint } = demo;
  const assessment = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { frameworkId: true, modules: { select: { moduleId: true } }, ministries: { select: { id: true, name: true } } },
  });
  const ministry = (name: string) => {
    const found = assessment.ministries.find((row) => row.name === name);
    if (!found) throw new Error(`the demo assessment has no "${name}"`);
    return found.id;
  };
  const [labour, foreign, internal] = [ministry(LABOUR), ministry(FOREIGN), ministry(INTERNAL)];
  const consultant = await userRow(db, "consultant@example.org");

  const indicators = await db.indicator.findMany({
    where: inScopeIndicatorWhere({ frameworkId: assessment.frameworkId, moduleIds: assessment.modules.map((row) => row.moduleId) }),
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, code: true, question: true, answerType: true, choices: true },
  });
  const pageIndex = indicators.findIndex((indicator) => indicator.code === PAGE_INDICATOR);
  if (pageIndex < 0) throw new Error(`indicator ${PAGE_INDICATOR} is not in the demo assessment's scope`);
  const ordered = [indicators[pageIndex], ...indicators.filter((_, index) => index !== pageIndex)];
  const targetCodes = new Set(ordered.slice(1, 1 + editors).map((indicator) => indicator.code));
  if (targetCodes.size < editors) throw new Error(`only ${targetCodes.size} in-scope indicators for ${editors} editors`);

  // Assignments: every in-scope indicator has a lead ministry with a focal point, as opening collection requires.
  const assignments = ordered.map((indicator, index) => ({
    id: randomUUID(),
    assessmentId,
    indicatorId: indicator.id,
    leadMinistryId: index % 2 === 0 ? labour : foreign,
  }));
  await db.assignment.createMany({ data: assignments });
  await db.assignmentContributor.createMany({
    data: assignments.filter((_, index) => index % 3 === 0).map((row) => ({ assignmentId: row.id, ministryId: internal })),
  });

  const kinds = ["LAW", "DECREE", "RESOLUTION", "INTERNATIONAL_TREATY", "STRATEGY", "REPORT"] as const;
  const sources = Array.from({ length: 12 }, (_, index) => ({
    id: randomUUID(),
    assessmentId,
    issuer: index % 2 === 0 ? "Jogorku Kenesh" : "Cabinet of Ministers",
    year: 2000 + index,
    title: `${kinds[index % kinds.length] === "LAW" ? "Law" : "Act"} no. ${100 + index} on migration matters (${2000 + index})`,
    kind: kinds[index % kinds.length],
    number: String(100 + index),
    url: `https://cbd.minjust.gov.kg/act/view/ru-ru/${1000 + index}`,
  }));
  await db.source.createMany({ data: sources });

  const answers: {
    id: string;
    assessmentId: string;
    indicatorId: string;
    state: AnswerState;
    value: string;
    explanation: string;
    version: number;
    updatedById: string;
    submittedAt?: Date;
    approvedAt?: Date;
  }[] = [];
  const revisions: {
    answerId: string;
    version: number;
    state: AnswerState;
    value: string;
    explanation: string;
    sourceIds: string[];
    authorId: string;
    createdAt: Date;
  }[] = [];
  const answerSources: { answerId: string; sourceId: string }[] = [];
  const saveTargets: SaveTarget[] = [];
  const day = 24 * 3600 * 1000;
  ordered.forEach((indicator, index) => {
    const isPage = index === 0;
    const isTarget = targetCodes.has(indicator.code);
    if (!isPage && !isTarget && index % 3 === 0) return; // not started
    const state: AnswerState = isPage || isTarget ? "DRAFT" : index % 3 === 1 ? "SUBMITTED" : "APPROVED";
    const id = randomUUID();
    const value = validValue(indicator, index);
    const sourceIds = isPage || index % 2 === 0 ? [sources[index % 12].id, sources[(index + 5) % 12].id] : [sources[index % 12].id];
    const versions = isPage ? 6 : 2;
    for (let version = 1; version <= versions; version++) {
      const last = version === versions;
      revisions.push({
        answerId: id,
        version,
        state: last ? state : "DRAFT",
        value,
        explanation: explanation(index + version, Math.min(version + 1, 4)),
        sourceIds: version === 1 ? sourceIds.slice(0, 1) : sourceIds,
        authorId: isPage && version % 2 === 0 ? focalPoint.id : coordinator.id,
        createdAt: new Date(Date.now() - (versions - version + 1) * day),
      });
    }
    answers.push({
      id,
      assessmentId,
      indicatorId: indicator.id,
      state,
      value,
      explanation: explanation(index + versions, Math.min(versions + 1, 4)),
      version: versions,
      updatedById: coordinator.id,
      submittedAt: state === "DRAFT" ? undefined : new Date(Date.now() - day),
      approvedAt: state === "APPROVED" ? new Date() : undefined,
    });
    for (const sourceId of sourceIds) answerSources.push({ answerId: id, sourceId });
    if (isTarget) saveTargets.push({ indicatorId: indicator.id, code: indicator.code, version: versions, value, sourceIds });
  });
  await db.answer.createMany({ data: answers });
  await db.answerRevision.createMany({ data: revisions });
  await db.answerSource.createMany({ data: answerSources });

  const pageAnswerId = answers[0].id;
  const shared = await db.commentThread.create({
    data: { assessmentId, answerId: pageAnswerId, visibility: "SHARED", createdById: coordinator.id },
    select: { id: true },
  });
  await db.comment.createMany({
    data: [
      { threadId: shared.id, authorId: coordinator.id, body: "Could you add the 2021 amendment as a source?" },
      { threadId: shared.id, authorId: focalPoint.id, body: "Added; the amendment is in force since March 2021." },
      { threadId: shared.id, authorId: coordinator.id, body: "Thank you, that settles it." },
    ],
  });
  const internalThread = await db.commentThread.create({
    data: { assessmentId, answerId: pageAnswerId, visibility: "INTERNAL", createdById: consultant.id },
    select: { id: true },
  });
  await db.comment.create({ data: { threadId: internalThread.id, authorId: consultant.id, body: "Check against the 2018 baseline answer before approving." } });

  const drafts = await narrativeDrafts(db, { assessmentId, coordinator, focalPoint, indicators, answers, answerSources, sources });

  await db.assessment.update({ where: { id: assessmentId }, data: { phase: "COLLECTION", collectionDueAt: new Date(Date.now() + 30 * day) } });
  // Fresh statistics, as autovacuum gives a running server a minute after such a load: without them the pages
  // measured first would run on plans made for empty tables (nested loops over every indicator), the later ones not.
  await db.$executeRaw`ANALYZE`;

  const count = (state: AnswerState) => answers.filter((answer) => answer.state === state).length;
  return {
    assessmentId,
    coordinator,
    focalPoint,
    saveTargets,
    summary: [
      `assessment KGZ 2022 ${assessmentId} moved to COLLECTION; ${indicators.length} in-scope indicators, each assigned (lead Labour/Foreign Affairs alternating, Internal Affairs contributing to every third)`,
      `${sources.length} sources; ${answers.length} answers (${count("DRAFT")} draft, ${count("SUBMITTED")} submitted, ${count("APPROVED")} approved) with ${revisions.length} revisions and ${answerSources.length} source links; ${indicators.length - answers.length} not started`,
      `${PAGE_INDICATOR}: draft at version 6 with 2 sources, a shared thread (3 comments) and an internal one (1 comment)`,
      drafts,
      `save targets: ${saveTargets.length} draft answers at version 2 (${saveTargets[0]?.code} … ${saveTargets.at(-1)?.code})`,
    ],
  };
}

/** The working narrative, and drafts 1 and 2 frozen the way lib/domain/profile/snapshot.ts freezes them (that module is server-only). */
async function narrativeDrafts(
  db: Db,
  data: {
    assessmentId: string;
    coordinator: BenchUser;
    focalPoint: BenchUser;
    indicators: { id: string; code: string; question: string; answerType: string; choices: unknown }[];
    answers: { id: string; indicatorId: string; state: AnswerState; value: string; explanation: string }[];
    answerSources: { answerId: string; sourceId: string }[];
    sources: { id: string; title: string; issuer: string; year: number; url: string }[];
  },
): Promise<string> {
  // The demo's 2022 narrative, as the consultant drafted it (the measured assessment has none): the working draft
  // (number 0, what the profile page and the section editor show) and drafts 1 and 2 frozen from it.
  const sections = NARRATIVE.map((section, position) => ({ ...section, position }));
  // Consultation opens once every in-scope answer is approved: the drafts hold them all, as approved.
  const answerOf = new Map(data.answers.map((answer) => [answer.indicatorId, answer]));
  const sourceOf = new Map(data.sources.map((source) => [source.id, source]));
  const snapshot = (changed: boolean) =>
    data.indicators
      .map((indicator, index) => {
        const answer = answerOf.get(indicator.id);
        const sources = data.answerSources
          .filter((link) => link.answerId === answer?.id)
          .map((link) => sourceOf.get(link.sourceId)!)
          .map(({ title, issuer, year, url }) => ({ title, issuer, year, url }))
          .sort((a, b) => a.title.localeCompare(b.title));
        const text = answer?.explanation ?? explanation(index, 3);
        return {
          code: indicator.code,
          question: indicator.question,
          state: "APPROVED",
          value: answer?.value ?? validValue(indicator, index),
          explanation: changed && index % 5 === 0 ? `${text} ${SENTENCES[index % SENTENCES.length]}` : text,
          sources,
        };
      })
      .sort((a, b) => byCode(a.code, b.code));
  const day = 24 * 3600 * 1000;
  let firstKeyFindings = "";
  for (const number of [0, 1, 2]) {
    const changed = number !== 1;
    const frozen = number > 0;
    const draft = await db.profileDraft.create({
      data: {
        assessmentId: data.assessmentId,
        number,
        frozenAt: frozen ? new Date(Date.now() - (3 - number) * 7 * day) : null,
        createdById: frozen ? data.coordinator.id : null,
        answers: frozen ? snapshot(changed) : undefined,
        sections: {
          create: sections.map((section, index) => ({
            ...section,
            body: changed && index < 2 ? `${section.body}\n\n${SENTENCES[index]}` : section.body,
            version: 1,
            updatedById: data.coordinator.id,
          })),
        },
      },
      select: { sections: { where: { key: "key-findings" }, select: { id: true } } },
    });
    if (number === 1) firstKeyFindings = draft.sections[0]?.id ?? "";
  }
  if (!firstKeyFindings) throw new Error("the demo narrative has no key findings");
  await db.commentThread.create({
    data: {
      assessmentId: data.assessmentId,
      sectionId: firstKeyFindings,
      visibility: "SHARED",
      createdById: data.focalPoint.id,
      comments: {
        create: [
          { authorId: data.focalPoint.id, body: "Please mention the 2021 amendment in the key findings." },
          { authorId: data.coordinator.id, body: "Added in draft 2." },
        ],
      },
    },
  });
  return `the working narrative (${sections.length} sections, as in draft 2) and drafts 1 and 2 frozen (${data.indicators.length} approved answers each; 2 sections and every fifth answer changed in draft 2), a shared thread on draft 1's key findings`;
}
