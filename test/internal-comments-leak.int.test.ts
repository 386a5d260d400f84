// Internal comments do not leak: a focal point never receives one by any route. An internal thread carrying a
// unique marker (its comments, a reply, an edit) is written on an answer, and then, for the focal points of the
// answer's ministries (and a stakeholder, and another ministry's focal point), every read path is walked:
// - every function of every lib/domain/**/queries.ts, found by the glob below: a function listed in CALLS is
//   called as its page calls it; one not listed is called with the reader's Access (a new query taking only
//   the Access is covered without anyone writing a line), and the test fails, asking for an entry, if that
//   call throws; a function meant for others (say, an activity feed) names the right the page requires, and
//   the test proves the reader lacks it;
// - the outbox (the only way mail leaves: lib/mail/outbox.ts delivers its rows);
// - the working-data export (XLSX), unzipped and searched whole;
// - the services of the server actions, by the thread's and the comments' ids: "not found".
// A last test lists the files that read the comment tables, so that a new reader is reviewed before it ships.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAccess, type Access } from "@/lib/auth/authorize";
import type { Action } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { getAnswerHistory, getAnswerPage, getIndicatorFacts, getNeighbours } from "@/lib/domain/answer/queries";
import { getLaunchOptions, listAssessmentsFor } from "@/lib/domain/assessment/queries";
import { getFrameworkTree, listFrameworks } from "@/lib/domain/framework/queries";
import { getMembersPage } from "@/lib/domain/membership/queries";
import { listMinistries } from "@/lib/domain/ministry/queries";
import { listOutbox } from "@/lib/domain/outbox/queries";
import { getSourcesPage } from "@/lib/domain/source/queries";
import { pingDatabase } from "@/lib/domain/system/queries";
import { getPublishedProfile, listPublishedProfiles } from "@/lib/domain/publication/queries";
import { reviewFilters, reviewsHere } from "@/lib/domain/review/queries";
import { addComment, deleteComment, editComment, reopenThread, resolveThread } from "@/lib/domain/comment/service";
import { NotFoundError } from "@/lib/domain/errors";
import { requestChanges } from "@/lib/domain/answer/review";
import { ZSaveAnswer } from "@/lib/domain/answer/schema";
import { saveAnswer, submitAnswer } from "@/lib/domain/answer/service";
import type { Phase } from "@/lib/generated/prisma/enums";
import { exportWorkingData } from "@/lib/domain/export/service";
import { translatorFor } from "@/lib/i18n";
import { resetDb, testDb } from "@/test/db";
import { commentWorld } from "@/test/comment-world";
import { readXlsx, xlsxText } from "@/test/xlsx";

const db = testDb();
const ROOT = path.resolve(import.meta.dirname, "..");

type Ctx = { access: Access; user: CurrentUser; assessmentId: string; code: string; answerId: string; frameworkVersion: string };
type Entry = ((ctx: Ctx) => Promise<unknown>) | { onlyFor: Action };

/** How each page calls its queries; a function missing here is called with the Access alone. */
const CALLS: Record<string, Record<string, Entry>> = {
  "/lib/domain/answer/queries.ts": {
    getAnswerPage: ({ access, code }) => getAnswerPage(access, code),
    getNeighbours: ({ access, code }) => getNeighbours(access, code),
    getIndicatorFacts: ({ access, code }) => getIndicatorFacts(access, code),
    getAnswerHistory: ({ answerId }) => getAnswerHistory(answerId, 1),
  },
  "/lib/domain/assessment/queries.ts": { listAssessmentsFor: ({ user }) => listAssessmentsFor(user), getLaunchOptions: () => getLaunchOptions() },
  "/lib/domain/framework/queries.ts": {
    listFrameworks: () => listFrameworks(),
    getFrameworkTree: ({ frameworkVersion }) => getFrameworkTree(frameworkVersion),
  },
  // The setup pages are the coordinators' (assessment.manage); they are called anyway: they show no comment.
  "/lib/domain/membership/queries.ts": { getMembersPage: ({ assessmentId }) => getMembersPage(assessmentId) },
  "/lib/domain/ministry/queries.ts": { listMinistries: ({ assessmentId }) => listMinistries(assessmentId) },
  "/lib/domain/outbox/queries.ts": { listOutbox: ({ assessmentId }) => listOutbox(assessmentId) },
  "/lib/domain/source/queries.ts": { getSourcesPage: ({ access }) => getSourcesPage(access, "") },
  "/lib/domain/system/queries.ts": { pingDatabase: () => pingDatabase(5_000) },
  // The public reads take no Access: they read PublishedProfile snapshots only (here, of nothing published yet);
  // the panel's reads are called with the Access.
  "/lib/domain/publication/queries.ts": {
    listPublishedProfiles: () => listPublishedProfiles({}),
    getPublishedProfile: () => getPublishedProfile("kgz-2022"),
  },
  "/lib/domain/audit/queries.ts": {
    getActivityPage: { onlyFor: "audit.read" },
    getActivityForExport: { onlyFor: "audit.read" },
    listActivityPeople: { onlyFor: "audit.read" },
  },
  "/lib/domain/review/queries.ts": {
    getReviewQueue: { onlyFor: "review.read" },
    getReviewContext: { onlyFor: "review.read" },
    reviewFilters: () => Promise.resolve(reviewFilters({})),
    reviewsHere: ({ access }) => Promise.resolve(reviewsHere(access)),
  },
};

const QUERY_MODULES = import.meta.glob<Record<string, unknown>>("/lib/domain/**/queries.ts");

/** Everything a value holds, as text (dates and nested rows included), to search for the marker. */
const text = (value: unknown) => JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? item.toString() : item)) ?? "";

async function internalThread(phase: Phase) {
  // Written during collection; the phase under test is set afterwards.
  const w = await commentWorld(db, "COLLECTION");
  const marker = `MARKER-${randomUUID()}`;
  await w.explain("The Labour Code regulates work permits.");
  const { threadId, commentId } = await addComment(w.consultant, {
    ...w.base,
    visibility: "INTERNAL",
    body: `${marker} first draft`,
    quoteText: "work permits",
  });
  await editComment(w.consultant, { assessmentId: w.base.assessmentId, commentId, body: `${marker} do not approve before the 2020 amendment is cited` });
  const reply = await addComment(w.coordinator, { ...w.base, threadId, visibility: "INTERNAL", body: `${marker} agreed` });
  // A shared thread beside it, which the ministry does see: proof that the reads under test show threads at all.
  await addComment(w.consultant, { ...w.base, visibility: "SHARED", body: "Please cite the decree." });
  // The answer is submitted and sent back: the request for changes mails the ministry (the outbox is checked).
  const current = await db.answer.findFirstOrThrow({ where: { assessmentId: w.base.assessmentId }, select: { version: true } });
  const source = await db.source.create({
    data: { assessmentId: w.base.assessmentId, issuer: "Parliament", title: "Labour Code", kind: "LAW", url: "https://x.example" },
    select: { id: true },
  });
  const saved = await saveAnswer(
    w.lead,
    ZSaveAnswer.parse({
      ...w.base,
      baseVersion: current.version,
      value: "yes",
      explanation: "The Labour Code regulates work permits.",
      sourceIds: [source.id],
    }),
  );
  const submitted = await submitAnswer(w.lead, { ...w.base, version: (saved as { version: number }).version });
  await requestChanges(w.consultant, { ...w.base, version: submitted.version, comment: "Please cite the article." }, "http://x");
  await db.assessment.update({ where: { id: w.base.assessmentId }, data: { phase } });
  const answer = await db.answer.findFirstOrThrow({ where: { assessmentId: w.base.assessmentId }, select: { id: true } });
  const framework = await db.framework.findFirstOrThrow({ where: { assessments: { some: { id: w.base.assessmentId } } }, select: { version: true } });
  return { w, marker, threadId, commentIds: [commentId, reply.commentId], answerId: answer.id, frameworkVersion: framework.version };
}

for (const phase of ["COLLECTION", "CONSULTATION"] as const) {
  describe(`internal comments do not leak (${phase.toLowerCase()})`, () => {
    let world: Awaited<ReturnType<typeof internalThread>>;
    beforeAll(async () => {
      await resetDb();
      world = await internalThread(phase);
    });
    const readers = () => ({
      "the lead ministry's focal point": world.w.lead,
      "a contributing ministry's focal point": world.w.contributor,
      "another ministry's focal point": world.w.other,
      "a stakeholder": world.w.stakeholder,
    });

    it("the marker is in the database, and coordinators and consultants read it on the answer page", async () => {
      expect(await db.comment.count({ where: { body: { contains: world.marker } } })).toBe(2);
      const page = await getAnswerPage((await loadAccess(world.w.consultant, world.w.base.assessmentId))!, "1.3.1");
      expect(text(page)).toContain(world.marker);
    });

    it("no query of lib/domain returns it to a focal point or a stakeholder", async () => {
      expect(Object.keys(QUERY_MODULES).length).toBeGreaterThan(5);
      for (const file of Object.keys(CALLS)) expect(QUERY_MODULES, `${file} is listed in CALLS but no longer exists`).toHaveProperty([file]);
      for (const [who, user] of Object.entries(readers())) {
        const access = (await loadAccess(user, world.w.base.assessmentId))!;
        const ctx: Ctx = {
          access,
          user,
          assessmentId: world.w.base.assessmentId,
          code: "1.3.1",
          answerId: world.answerId,
          frameworkVersion: world.frameworkVersion,
        };
        for (const [file, load] of Object.entries(QUERY_MODULES)) {
          const exported = await load();
          for (const [name, fn] of Object.entries(exported)) {
            if (typeof fn !== "function") continue;
            const entry = CALLS[file]?.[name];
            if (entry && "onlyFor" in entry) {
              expect(access.can(entry.onlyFor), `${file} ${name} is only for those who may ${entry.onlyFor}, not ${who}`).toBe(false);
              continue;
            }
            const result = await (entry ? entry(ctx) : (fn as (access: Access) => Promise<unknown>)(access)).catch((error: unknown) => {
              throw new Error(`${file} ${name}: list how its page calls it in CALLS (${String(error)})`);
            });
            expect(text(result), `${file} ${name} returns an internal comment to ${who}`).not.toContain(world.marker);
          }
        }
      }
      // The lead ministry does see the shared thread beside the internal one on the answer page.
      const page = await getAnswerPage((await loadAccess(world.w.lead, world.w.base.assessmentId))!, "1.3.1");
      // (the comment thread and the request for changes).
      expect(page!.threads.map((thread) => thread.visibility)).toEqual(["SHARED", "SHARED"]);
    });

    it("the working-data export (XLSX) does not carry it to them, and does to a consultant", async () => {
      const t = translatorFor("en");
      for (const [who, user] of Object.entries(readers())) {
        const { bytes } = await exportWorkingData(user, world.w.base.assessmentId, t);
        expect(xlsxText(bytes), `the export of ${who}`).not.toContain(world.marker);
        const comments = (await readXlsx(bytes)).sheets.find((sheet) => sheet.name === "Comments")!;
        expect(
          comments.rows.slice(1).every((row) => row[2] === "Shared"),
          `the export of ${who}`,
        ).toBe(true);
      }
      const { bytes } = await exportWorkingData(world.w.consultant, world.w.base.assessmentId, t);
      expect(xlsxText(bytes)).toContain(world.marker);
    });

    it("no outbox message carries it, to anyone", async () => {
      const messages = await db.outboxMessage.findMany({ select: { to: true, subject: true, body: true } });
      expect(messages.length, "the request for changes was mailed").toBeGreaterThan(0);
      expect(messages.filter((message) => text(message).includes(world.marker))).toEqual([]);
    });

    it("every action on the thread or its comments by id is 'not found' for them, and tells nothing", async () => {
      const { w, threadId, commentIds } = world;
      for (const user of Object.values(readers())) {
        const attempts = [
          () => addComment(user, { ...w.base, threadId, visibility: "SHARED", body: "x" }),
          () => resolveThread(user, { assessmentId: w.base.assessmentId, threadId }),
          () => reopenThread(user, { assessmentId: w.base.assessmentId, threadId }),
          ...commentIds.flatMap((commentId) => [
            () => editComment(user, { assessmentId: w.base.assessmentId, commentId, body: "x" }),
            () => deleteComment(user, { assessmentId: w.base.assessmentId, commentId }),
          ]),
        ];
        for (const attempt of attempts) {
          const error = await attempt().catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(NotFoundError);
          expect(text({ message: (error as Error).message })).not.toContain(world.marker);
        }
      }
      expect(await db.comment.count({ where: { body: { contains: world.marker } } })).toBe(2);
    });
  });
}

/** The files that read the comment tables, each reviewed for who may see an internal thread. */
const COMMENT_READERS = {
  "lib/domain/answer/queries.ts": "getAnswerPage loads internal threads only for comment.internal.read",
  "lib/domain/answer/review.ts": "writes the reviewer's comment as a shared thread; reads none",
  "lib/domain/audit/queries.ts": "the feed shows no comment body; internal threads' events only for comment.internal.read",
  "lib/domain/review/queries.ts": "counts open threads, internal ones only for comment.internal.read; shows no body",
  "lib/domain/consultation/gate.ts": "counts open threads (internal ones too); its page shows it only to readers of internal comments",
  "lib/domain/profile/queries.ts": "loads the shared threads of sections only",
  "lib/domain/profile/threads.ts": "section threads only (a thread id must belong to the section); creates shared ones",
  "lib/domain/comment/service.ts": "authorizeThread answers 'not found' to whoever may not read a thread",
  "lib/domain/export/queries.ts": "the working-data export: internal threads only for comment.internal.read (in the SQL), shared ones by the policy",
};

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.posix.join(dir, name);
    // The catalogs name comment actions in their keys; they read no table.
    if (statSync(path.join(ROOT, file)).isDirectory()) return name === "generated" || file === "lib/i18n/messages" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("the readers of comments", () => {
  it("are the files reviewed for internal threads, and no others (a new one is added here once it filters them)", () => {
    // Prisma's delegates, a relation selected, or SQL naming the tables.
    const reads = /\.(comment|commentThread)\.|\b(commentThreads|comments)\s*:\s*\{|\b(FROM|JOIN|UPDATE)\s+"Comment(Thread)?"/i;
    const found = ["app", "lib"]
      .flatMap(sources)
      .filter((file) => reads.test(readFileSync(path.join(ROOT, file), "utf8")))
      .sort();
    expect(found).toEqual(Object.keys(COMMENT_READERS).sort());
  });
});
