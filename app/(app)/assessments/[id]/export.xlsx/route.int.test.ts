// The working-data export, called as Next.js calls the route handler, and its twin on the token API: who gets
// the file, which sheets and rows each member's file holds (answers by answer.read, comments by the comment
// rights — internal threads never for focal points or stakeholders — and the activity for coordinators only),
// that text stays text, and that each export is audited.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { addComment } from "@/lib/domain/comment/service";
import { ZCreateToken } from "@/lib/domain/token/schema";
import { createToken } from "@/lib/domain/token/service";
import { translatorFor } from "@/lib/i18n";
import { call } from "@/test/api-world";
import { commentWorld } from "@/test/comment-world";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";
import { readXlsx, xlsxText } from "@/test/xlsx";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => translatorFor("en"), getLocale: async () => "en" }));
const { GET } = await import("./route");
const { GET: apiGet } = await import("@/app/api/v1/assessments/[assessmentId]/export.xlsx/route");

const db = testDb();
beforeEach(resetDb);

async function world(phase: "COLLECTION" | "CONSULTATION" = "COLLECTION") {
  const w = await commentWorld(db, "COLLECTION");
  await db.user.update({ where: { id: w.lead.id }, data: { name: "Aigul Lead" } });
  await w.explain('=HYPERLINK("http://evil") The Labour Code regulates work permits.');
  const marker = `MARKER-${randomUUID()}`;
  await addComment(w.consultant, { ...w.base, visibility: "INTERNAL", body: `${marker} do not approve yet` });
  await addComment(w.consultant, { ...w.base, visibility: "SHARED", body: "Please cite the article." });
  const source = await db.source.create({
    data: { assessmentId: w.base.assessmentId, issuer: "Parliament", title: "Labour Code", kind: "LAW", number: "45", year: 2004 },
    select: { id: true },
  });
  const answer = await db.answer.findUniqueOrThrow({ where: { assessmentId_indicatorId: w.base }, select: { id: true } });
  await db.answerSource.create({ data: { answerId: answer.id, sourceId: source.id } });
  if (phase !== "COLLECTION") await db.assessment.update({ where: { id: w.base.assessmentId }, data: { phase } });
  const inScope = await db.indicator.count({ where: { framework: { assessments: { some: { id: w.base.assessmentId } } }, subdomainId: { not: null } } });
  return { ...w, marker, inScope, assessmentId: w.base.assessmentId };
}

const get = (as: CurrentUser | null, assessmentId: string) => {
  session.user = as;
  return GET(new Request(`http://localhost/assessments/${assessmentId}/export.xlsx`), { params: Promise.resolve({ id: assessmentId }) });
};

async function workbook(as: CurrentUser, assessmentId: string) {
  const response = await get(as, assessmentId);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const book = await readXlsx(bytes);
  const sheet = (name: string) => book.sheets.find((s) => s.name === name);
  return {
    response,
    bytes,
    book,
    names: book.sheets.map((s) => s.name),
    answers: sheet("Answers")!,
    comments: sheet("Comments")!,
    activity: sheet("Activity"),
  };
}

describe("GET /assessments/{id}/export.xlsx", () => {
  it("gives a coordinator every answer, every thread and the activity, as text, and audits the export", async () => {
    const w = await world();
    // A refusal is a security record: it stays out of the activity sheet as it stays out of the feed.
    expect((await get(await createUser(db), w.assessmentId)).status).toBe(404);
    const { response, book, names, answers, comments, activity } = await workbook(w.coordinator, w.assessmentId);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mgi-KGZ-2022-working-data-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(names).toEqual(["Answers", "Comments", "Activity"]);
    expect(book.sheets.every((sheet) => sheet.frozenRows === 1 && sheet.boldHeader)).toBe(true);
    expect(book.formulas).toBe(0);

    expect(answers.rows[0]).toEqual([
      "Code",
      "Domain",
      "Sub-domain",
      "Question",
      "Lead ministry",
      "State",
      "Answer",
      "Explanation",
      "Sources",
      "Last changed (UTC)",
      "Last changed by",
    ]);
    expect(answers.rows).toHaveLength(1 + w.inScope);
    const row = answers.rows.find((cells) => cells[0] === "1.3.1")!;
    expect(row.slice(4, 9)).toEqual([
      "Labour",
      "Draft",
      "Yes",
      '=HYPERLINK("http://evil") The Labour Code regulates work permits.',
      "Labour Code (No. 45, 2004)",
    ]);
    expect(row[9]).toBeInstanceOf(Date);
    expect(row[10]).toBe("Aigul Lead");
    // An indicator nobody answered yet: its row, not started, with nothing changed.
    expect(answers.rows.find((cells) => cells[0] === "1.1.1")!.slice(5, 11)).toEqual(["Not started", null, null, null, null, null]);

    expect(comments.rows.slice(1).map((cells) => [cells[0], cells[2], cells[3]])).toEqual([
      ["1.3.1", "Internal", "Open"],
      ["1.3.1", "Shared", "Open"],
    ]);
    expect(comments.rows[1][8]).toBe(`${w.marker} do not approve yet`);

    const actions = activity!.rows.slice(1).map((cells) => cells[3]);
    expect(actions).toEqual(expect.arrayContaining(["answer.saved", "comment.added"]));
    expect(actions.some((action) => String(action).startsWith("access."))).toBe(false);
    expect(activity!.rows.find((cells) => cells[3] === "answer.saved")![5]).toBe("Aigul Lead edited the answer to 1.3.1.");

    const audited = await db.auditEvent.findMany({
      where: { action: "audit.working_data_exported" },
      select: { actorId: true, assessmentId: true, after: true },
    });
    expect(audited).toEqual([
      { actorId: w.coordinator.id, assessmentId: w.assessmentId, after: { format: "xlsx", answers: w.inScope, comments: 2, activity: actions.length } },
    ]);
  });

  it("gives a consultant the internal threads but no activity sheet", async () => {
    const w = await world();
    const { names, comments } = await workbook(w.consultant, w.assessmentId);
    expect(names).toEqual(["Answers", "Comments"]);
    expect(comments.rows).toHaveLength(3);
  });

  it("gives a focal point their ministry's answers and shared threads only: never an internal comment, anywhere in the file", async () => {
    const w = await world();
    for (const [who, user, codes, threads] of [
      ["lead", w.lead, ["1.3.1"], 1],
      ["contributor", w.contributor, ["1.3.1"], 1],
      ["another ministry", w.other, [], 0],
      ["stakeholder", w.stakeholder, [], 0],
    ] as const) {
      const { bytes, names, answers, comments } = await workbook(user, w.assessmentId);
      expect(names, who).toEqual(["Answers", "Comments"]);
      expect(
        answers.rows.slice(1).map((cells) => cells[0]),
        who,
      ).toEqual(codes);
      expect(
        comments.rows.slice(1).map((cells) => cells[2]),
        who,
      ).toEqual(Array(threads).fill("Shared"));
      expect(xlsxText(bytes), who).not.toContain(w.marker);
    }
  });

  it("in consultation, shows every focal point the shared threads and the approved answers, still no internal one", async () => {
    const w = await world("CONSULTATION");
    await db.answer.updateMany({ where: { assessmentId: w.assessmentId }, data: { state: "APPROVED" } });
    for (const user of [w.other, w.stakeholder]) {
      const { bytes, comments } = await workbook(user, w.assessmentId);
      expect(comments.rows.slice(1).map((cells) => cells[2])).toEqual(["Shared"]);
      expect(xlsxText(bytes)).not.toContain(w.marker);
    }
    const { answers } = await workbook(w.other, w.assessmentId);
    expect(answers.rows.slice(1).map((cells) => cells[0])).toEqual(["1.3.1"]);
  });

  it("is 401 signed out and 404 problem+json for a non-member or an unknown assessment, and nothing is exported", async () => {
    const w = await world();
    expect((await get(null, w.assessmentId)).status).toBe(401);
    for (const id of [w.assessmentId, randomUUID()]) {
      const response = await get(await createUser(db), id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await db.auditEvent.count({ where: { action: "audit.working_data_exported" } })).toBe(0);
  });
});

describe("GET /api/v1/assessments/{id}/export.xlsx", () => {
  it("serves the same file to a token, in the language asked for, and 404 to a non-member's token", async () => {
    const w = await world();
    const path = `/api/v1/assessments/${w.assessmentId}/export.xlsx`;
    const token = (user: CurrentUser) => createToken(user, ZCreateToken.parse({ name: "export" })).then((created) => created.secret);
    const response = await apiGet(
      new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${await token(w.lead)}`, "accept-language": "fr" } }),
      { params: Promise.resolve({ assessmentId: w.assessmentId }) },
    );
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const book = await readXlsx(bytes);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Answers", "Comments"]);
    expect(book.sheets[0].rows[0][0]).toBe("Code");
    expect(book.sheets[0].rows[0][4]).toBe("Ministère chef de file");
    expect(xlsxText(bytes)).not.toContain(w.marker);
    const outsider = await call(apiGet as never, { path, params: { assessmentId: w.assessmentId }, token: await token(await createUser(db)) });
    expect(outsider.status).toBe(404);
    expect(outsider.type).toBe("application/problem+json");
    expect((await call(apiGet as never, { path, params: { assessmentId: w.assessmentId } })).status).toBe(401);
  });
});
