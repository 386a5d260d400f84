// The query budget of every page: the SQL statements its data loading sends, counted on the database client,
// at most 8 per request and the same for a 90- and a 900-indicator framework. A page added under app/
// without an entry here fails the first test.
import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAccess, type Access } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { getAnswerHistory, getAnswerPage, getIndicatorFacts, getNeighbours, getQuestionnaire } from "@/lib/domain/answer/queries";
import { getConsultationReadiness, getLaunchOptions, getOverviewPage, getSetupOverview, listAssessmentsFor } from "@/lib/domain/assessment/queries";
import { getAssignmentBoard } from "@/lib/domain/assignment/queries";
import { getActivityPage, listActivityPeople } from "@/lib/domain/audit/queries";
import { getMembersPage } from "@/lib/domain/membership/queries";
import { viewInvitation } from "@/lib/domain/membership/service";
import { listMinistries } from "@/lib/domain/ministry/queries";
import { listOutbox } from "@/lib/domain/outbox/queries";
import { getReviewContext, getReviewQueue } from "@/lib/domain/review/queries";
import { getConsultationPage } from "@/lib/domain/consultation/queries";
import { getPublicationPanel, getUpdatesSuggestion } from "@/lib/domain/publication/queries";
import { compareDrafts, getDraft, getProfileEditor, getSectionEditor, listDrafts } from "@/lib/domain/profile/queries";
import { getSourcesPage, listSourcesForPicker } from "@/lib/domain/source/queries";
import { listTokens } from "@/lib/domain/token/queries";
import { exportWorkingData } from "@/lib/domain/export/service";
import { translatorFor } from "@/lib/i18n";
import type { FrameworkSeed } from "@/prisma/seed/framework/types";
import { seedFramework } from "@/prisma/seed/framework";
import { seedAll } from "@/prisma/seed/index";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";
import { countQueries } from "@/test/query-count";

const db = testDb();
const BUDGET = 8;
/** Every signed-in request reads its user once (lib/auth/session.ts getCurrentUser, cached per request). */
const SESSION = 1;

type World = { coordinator: CurrentUser; focal: CurrentUser; assessmentId: string; code: string; token: string };
type Loader = (w: World, as: CurrentUser) => Promise<unknown>;

const access = async (w: World, as: CurrentUser): Promise<Access> => (await loadAccess(as, w.assessmentId))!;
const PAGES: Record<string, Loader> = {
  "app/page.tsx": async () => {},
  "app/(auth)/login/page.tsx": async () => {},
  "app/(auth)/invite/[token]/page.tsx": (w) => viewInvitation(w.token),
  "app/(app)/assessments/page.tsx": (_w, as) => listAssessmentsFor(as),
  "app/(app)/settings/page.tsx": (_w, as) => listTokens(as),
  "app/(app)/assessments/new/page.tsx": () => getLaunchOptions(),
  "app/(app)/assessments/[id]/page.tsx": async (w, as) => {
    const a = await access(w, as);
    return Promise.all([getOverviewPage(a), getConsultationReadiness(a)]);
  },
  "app/(app)/assessments/[id]/questionnaire/page.tsx": async (w, as) => {
    const reader = await access(w, as);
    return getQuestionnaire(reader, { content: reader.can("answer.submitOwn") });
  },
  "app/(app)/assessments/[id]/questionnaire/[code]/page.tsx": async (w, as) => {
    const a = await access(w, as);
    const page = await getAnswerPage(a, w.code);
    return Promise.all([
      a.can("answer.edit", { answer: page!.facts })
        ? listSourcesForPicker(
            a,
            (page!.answer?.sources ?? []).map(({ source }) => source.id),
          )
        : null,
      a.can("review.read") ? null : getNeighbours(a, w.code),
      a.can("review.read") ? getReviewContext(a, { code: w.code, answerId: page!.answer?.id ?? null }) : null,
    ]);
  },
  "app/(app)/assessments/[id]/review/page.tsx": async (w, as) => getReviewQueue(await access(w, as), {}),
  "app/(app)/assessments/[id]/questionnaire/[code]/history/page.tsx": async (w, as) => {
    const a = await access(w, as);
    const indicator = await getIndicatorFacts(a, w.code);
    return getAnswerHistory(indicator!.answerId!, 1);
  },
  "app/(app)/assessments/[id]/sources/page.tsx": async (w, as) => getSourcesPage(await access(w, as), ""),
  "app/(app)/assessments/[id]/activity/page.tsx": async (w, as) => {
    const a = await access(w, as);
    if (!a.can("audit.read")) return null;
    return Promise.all([getActivityPage(a, { kind: "answers", from: "2020-01-01" }, 1), listActivityPeople(a)]);
  },
  "app/(app)/assessments/[id]/setup/page.tsx": async (w, as) => getSetupOverview(await access(w, as)),
  "app/(app)/assessments/[id]/setup/members/page.tsx": async (w, as) => (await access(w, as)) && getMembersPage(w.assessmentId),
  "app/(app)/assessments/[id]/setup/ministries/page.tsx": async (w, as) => (await access(w, as)) && listMinistries(w.assessmentId),
  "app/(app)/assessments/[id]/setup/assignments/page.tsx": async (w, as) => getAssignmentBoard(await access(w, as)),
  "app/(app)/assessments/[id]/setup/outbox/page.tsx": async (w, as) => (await access(w, as)) && listOutbox(w.assessmentId),
  "app/(app)/assessments/[id]/profile/page.tsx": async (w, as) => {
    const a = await access(w, as);
    return a.can("profile.edit") ? getProfileEditor(a) : null;
  },
  "app/(app)/assessments/[id]/profile/edit/page.tsx": async (w, as) => {
    const a = await access(w, as);
    return a.can("profile.edit") ? getSectionEditor(a, "key-findings") : null;
  },
  "app/(app)/assessments/[id]/profile/drafts/page.tsx": async (w, as) => {
    const a = await access(w, as);
    return a.can("profile.read") ? listDrafts(a) : null;
  },
  "app/(app)/assessments/[id]/profile/drafts/[number]/page.tsx": async (w, as) => {
    const a = await access(w, as);
    return a.can("profile.read") ? getDraft(a, 1) : null;
  },
  "app/(app)/assessments/[id]/profile/drafts/compare/page.tsx": async (w, as) => {
    const a = await access(w, as);
    return a.can("profile.read") ? compareDrafts(a, 1, 2) : null;
  },
  "app/(app)/assessments/[id]/consultation/page.tsx": async (w, as) => {
    const a = await access(w, as);
    if (!a.can("profile.read")) return null;
    return Promise.all([
      getConsultationPage(a),
      getPublicationPanel(a).then(async (panel) => [panel, panel.followUp && a.can("profile.edit") ? await getUpdatesSuggestion(a) : null]),
    ]);
  },
};

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.posix.join(dir, name);
    return statSync(file).isDirectory() ? pageFiles(file) : name === "page.tsx" ? [file] : [];
  });
}

/** A synthetic framework of `size` core indicators (6 domains × 5 sub-domains) and a 12-question module. */
function syntheticFramework(size: number): FrameworkSeed {
  const perSubdomain = size / 30;
  const indicator = (code: string) => ({
    code,
    question: `Question ${code}?`,
    guidance: "Guidance.",
    answerType: "YES_PARTIAL_NO" as const,
    evidenceRequired: true,
  });
  return {
    version: `test-${size}`,
    name: `Test framework of ${size}`,
    domains: Array.from({ length: 6 }, (_, d) => ({
      code: `${d + 1}`,
      title: `Domain ${d + 1}`,
      description: "",
      subdomains: Array.from({ length: 5 }, (_, s) => ({
        code: `${d + 1}.${s + 1}`,
        title: `Sub-domain ${d + 1}.${s + 1}`,
        indicators: Array.from({ length: perSubdomain }, (_, i) => indicator(`${d + 1}.${s + 1}.${i + 1}`)),
      })),
    })),
    modules: [{ code: "covid19", title: "COVID-19", description: "", indicators: Array.from({ length: 12 }, (_, i) => indicator(`C.${i + 1}`)) }],
  };
}

/** An assessment in collection with every indicator assigned and answered, sources, threads, revisions and mail. */
async function buildWorld(frameworkVersion: string, coordinator: CurrentUser, focal: CurrentUser, year: number): Promise<World> {
  const framework = await db.framework.findUniqueOrThrow({ where: { version: frameworkVersion }, select: { id: true, modules: { select: { id: true } } } });
  const assessment = await db.assessment.create({
    data: {
      country: "KGZ",
      year,
      frameworkId: framework.id,
      phase: "COLLECTION",
      createdById: coordinator.id,
      modules: { create: framework.modules.map((module) => ({ moduleId: module.id })) },
    },
    select: { id: true },
  });
  const [labour, foreign] = await Promise.all(
    ["Labour", "Foreign Affairs"].map((name) => db.ministry.create({ data: { assessmentId: assessment.id, name }, select: { id: true } })),
  );
  await db.member.createMany({
    data: [
      { assessmentId: assessment.id, userId: coordinator.id, role: "COORDINATOR" },
      { assessmentId: assessment.id, userId: focal.id, role: "FOCAL_POINT", ministryId: labour.id },
    ],
  });
  const indicators = await db.indicator.findMany({ where: { frameworkId: framework.id }, select: { id: true, code: true } });
  await db.assignment.createMany({
    data: indicators.map((indicator, i) => ({
      assessmentId: assessment.id,
      indicatorId: indicator.id,
      leadMinistryId: indicator.code === "1.1.1" || i % 2 === 0 ? labour.id : foreign.id,
    })),
  });
  const source = await db.source.create({
    data: { assessmentId: assessment.id, issuer: "Government", title: "Labour Code", kind: "LAW", url: "https://example.org/code" },
    select: { id: true },
  });
  const answers = indicators.map((indicator, i) => ({
    id: randomUUID(),
    assessmentId: assessment.id,
    indicatorId: indicator.id,
    // A mix of states, so the review queue has rows of each of its kinds.
    state: (["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const)[i % 4],
    value: "yes",
    explanation: "Because.",
    version: 3,
  }));
  await db.answer.createMany({ data: answers });
  await db.answerSource.createMany({ data: answers.map((answer) => ({ answerId: answer.id, sourceId: source.id })) });
  const first = answers.find((answer) => answer.indicatorId === indicators.find((indicator) => indicator.code === "1.1.1")!.id)!;
  await db.answerRevision.createMany({
    data: [1, 2, 3].map((version) => ({ answerId: first.id, version, state: "DRAFT" as const, explanation: `v${version}`, sourceIds: [], authorId: focal.id })),
  });
  await db.auditEvent.createMany({
    data: answers.slice(0, 60).map((answer, i) => ({
      actorId: i % 2 ? focal.id : coordinator.id,
      action: i % 3 ? "answer.saved" : "comment.added",
      objectType: i % 3 ? "answer" : "comment",
      objectId: answer.id,
      assessmentId: assessment.id,
      after: i % 3 ? undefined : { answerId: answer.id, visibility: "SHARED" },
    })),
  });
  for (const visibility of ["SHARED", "INTERNAL"] as const) {
    await db.commentThread.create({
      data: {
        assessmentId: assessment.id,
        answerId: first.id,
        visibility,
        createdById: coordinator.id,
        comments: {
          create: [
            { authorId: coordinator.id, body: "Check" },
            { authorId: focal.id, body: "Done" },
          ],
        },
      },
    });
  }
  const token = `token-${randomUUID()}`;
  const { hashToken } = await import("@/lib/domain/membership/service");
  await db.invitation.create({
    data: {
      assessmentId: assessment.id,
      email: "invited@example.org",
      role: "STAKEHOLDER",
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: coordinator.id,
    },
  });
  await db.outboxMessage.createMany({
    data: [1, 2].map((n) => ({ assessmentId: assessment.id, to: `person${n}@example.org`, subject: "Hello", body: "Body", status: "OUTBOX" as const })),
  });
  await buildProfile(assessment.id, coordinator, focal);
  return { coordinator, focal, assessmentId: assessment.id, code: "1.1.1", token };
}

/** A working narrative, two frozen drafts with a section thread, a consultation meeting and the validation. */
async function buildProfile(assessmentId: string, coordinator: CurrentUser, focal: CurrentUser) {
  const sections = ["key-findings", "domain:1:well-developed", "domain:1:further-development"].map((key, position) => ({
    key,
    position,
    body: `The *narrative* of ${key}.`,
    indicatorCodes: ["1.1.1", "1.1.2"],
    version: 1,
  }));
  const answers = [{ code: "1.1.1", question: "Q?", state: "APPROVED", value: "yes", explanation: "Because.", sources: [] }];
  for (const number of [0, 1, 2]) {
    const draft = await db.profileDraft.create({
      data: {
        assessmentId,
        number,
        frozenAt: number ? new Date() : null,
        createdById: number ? coordinator.id : null,
        // Draft 2 changed the answer, so that the comparison also reads where changed answers sit.
        answers: number ? answers.map((answer) => (number === 2 ? { ...answer, explanation: "Because, amended." } : answer)) : undefined,
        sections: { create: sections },
      },
      select: { sections: { where: { key: "key-findings" }, select: { id: true } } },
    });
    if (number === 1) {
      await db.commentThread.create({
        data: {
          assessmentId,
          sectionId: draft.sections[0].id,
          visibility: "SHARED",
          createdById: focal.id,
          comments: { create: [{ authorId: focal.id, body: "Mention the law." }] },
        },
      });
    }
  }
  await db.consultationMeeting.create({
    data: {
      assessmentId,
      heldOn: new Date("2026-11-20"),
      minutes: "Read.",
      recordedById: coordinator.id,
      participants: { create: [1, 2, 3].map((position) => ({ position, name: `Person ${position}`, ministry: "Labour" })) },
    },
  });
  await db.governmentValidation.create({
    data: { assessmentId, validatedBy: "A. Bekov", body: "Council", validatedOn: new Date("2026-11-25"), recordedById: coordinator.id },
  });
}

let small: World;
let large: World;

beforeAll(async () => {
  await resetDb();
  await seedAll(db);
  await seedFramework(db, syntheticFramework(900));
  const coordinator = await createUser(db, { isIomStaff: true });
  const focal = await createUser(db);
  small = await buildWorld("2.0", coordinator, focal, 2022);
  large = await buildWorld("test-900", coordinator, focal, 2023);
}, 120_000);

describe("query budgets", () => {
  it("every page under app/ has a budget here", () => {
    expect(pageFiles("app").sort()).toEqual(Object.keys(PAGES).sort());
  });

  for (const [page, load] of Object.entries(PAGES)) {
    for (const who of ["coordinator", "focal"] as const) {
      it(`${page}, as ${who}: at most ${BUDGET} queries, as many for 900 indicators as for 90`, async () => {
        const counted = async (w: World) => (await countQueries(() => load(w, w[who]))).count + SESSION;
        const [forSmall, forLarge] = [await counted(small), await counted(large)];
        expect(forSmall).toBeLessThanOrEqual(BUDGET);
        expect(forLarge).toBe(forSmall);
      });
    }
  }

  // Not a page, but a read of every indicator, thread and event: the access, the answers, the comments, the
  // activity (for a coordinator) and the export's audit row, whatever the framework's size.
  for (const who of ["coordinator", "focal"] as const) {
    it(`the working-data export (XLSX), as ${who}: at most 5 queries, as many for 900 indicators as for 90`, async () => {
      const counted = async (w: World) => {
        const { result, count } = await countQueries(() => exportWorkingData(w[who], w.assessmentId, translatorFor("en")));
        expect(result.bytes.length).toBeGreaterThan(0);
        return count;
      };
      const [forSmall, forLarge] = [await counted(small), await counted(large)];
      expect(forSmall).toBeLessThanOrEqual(5);
      expect(forLarge).toBe(forSmall);
    });
  }

  it("the history page costs as much for an answer with 300 revisions, on its first page and its last", async () => {
    const answer = await db.answer.findFirstOrThrow({
      where: { assessmentId: small.assessmentId, indicator: { code: { not: small.code } } },
      select: { id: true, indicator: { select: { code: true } } },
    });
    await db.answerRevision.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        answerId: answer.id,
        version: i + 1,
        state: "DRAFT" as const,
        explanation: `Revision ${i + 1} of a long answer.`,
        sourceIds: [],
        authorId: small.focal.id,
      })),
    });
    const history = async (code: string, page: number) => {
      const a = await access(small, small.coordinator);
      const indicator = await getIndicatorFacts(a, code);
      return getAnswerHistory(indicator!.answerId!, page);
    };
    const few = await countQueries(() => history(small.code, 1));
    const first = await countQueries(() => history(answer.indicator.code, 1));
    const last = await countQueries(() => history(answer.indicator.code, 15));
    expect(first.count).toBe(few.count);
    expect(last.count).toBe(few.count);
    expect(first.result).toMatchObject({ total: 300, pages: 15 });
    expect(first.result.revisions.map((revision) => revision.version)).toEqual(Array.from({ length: 20 }, (_, i) => 300 - i));
    expect(first.result.revisions.at(-1)!.previous!.version).toBe(280);
    expect(last.result.revisions.map((revision) => revision.version)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(last.result.revisions.at(-1)!.previous).toBeNull();
  });
});
