// The authenticated API as Next.js calls its route handlers: the same permission matrix as the UI (coordinator,
// consultant, the lead ministry's focal point, another ministry's focal point, stakeholder, outsider), version
// conflicts, and every failure as problem+json.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "@/test/db";
import { apiWorld, call, WHO, type ApiWorld, type Who } from "@/test/api-world";
import { GET as listAssessments } from "./route";
import { GET as questionnaire } from "./[assessmentId]/questionnaire/route";
import { GET as readAnswer, PUT as saveAnswer } from "./[assessmentId]/answers/[indicatorId]/route";
import { POST as submit } from "./[assessmentId]/answers/[indicatorId]/submit/route";
import { POST as approve } from "./[assessmentId]/answers/[indicatorId]/approve/route";
import { POST as requestChanges } from "./[assessmentId]/answers/[indicatorId]/request-changes/route";
import { POST as comment } from "./[assessmentId]/answers/[indicatorId]/comments/route";

const db = testDb();
const PROBLEM = "application/problem+json";
let w: ApiWorld;
beforeEach(async () => {
  await resetDb();
  w = await apiWorld();
});

const params = () => ({ assessmentId: w.assessmentId, indicatorId: w.indicatorId });
const as = (who: Who) => w.tokens[who];
const content = (baseVersion = 0) => ({ baseVersion, value: "yes", explanation: "Article 12 of the law.", sourceIds: [w.source.id] });

/** The focal point saves and submits a complete answer: the version a reviewer sees. */
async function submitted() {
  const saved = await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), body: content() });
  expect(saved.status).toBe(200);
  const moved = await call(submit, { params: params(), token: as("focal"), body: { version: saved.body.version } });
  expect(moved.body).toMatchObject({ state: "SUBMITTED" });
  return moved.body.version as number;
}

async function statuses(run: (who: Who) => Promise<{ status: number; type: string | null }>) {
  const result = {} as Record<Who, number>;
  for (const who of WHO) {
    const response = await run(who);
    if (response.status >= 400) expect(response.type, `${who}: ${response.status}`).toBe(PROBLEM);
    result[who] = response.status;
  }
  return result;
}

describe("authentication", () => {
  it("answers 401 problem+json without a token, with a bad one, and to a session cookie alone", async () => {
    for (const token of [null, "mgi_unknown"]) {
      const response = await call(listAssessments, { token });
      expect(response.status).toBe(401);
      expect(response.type).toBe(PROBLEM);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(response.body).toMatchObject({ type: "about:blank", title: "Unauthorized", status: 401 });
    }
    // The API never reads the session: a browser's cookie, sent cross-site or not, authenticates nothing.
    const cookie = await call(saveAnswer, { method: "PUT", params: params(), headers: { cookie: "authjs.session-token=abc" }, body: content() });
    expect(cookie.status).toBe(401);
  });
});

describe("the permission matrix", () => {
  it("lists each user's own assessments; an outsider has none", async () => {
    for (const who of WHO) {
      const response = await call(listAssessments, { token: as(who) });
      expect(response.status).toBe(200);
      expect(response.body.assessments.map((row: { id: string }) => row.id)).toEqual(who === "outsider" ? [] : [w.assessmentId]);
    }
    const mine = await call(listAssessments, { token: as("focal") });
    expect(mine.body.assessments[0]).toMatchObject({
      role: "FOCAL_POINT",
      ministry: "Labour",
      phase: "COLLECTION",
      href: `/api/v1/assessments/${w.assessmentId}`,
    });
  });

  it("reads the questionnaire as the questionnaire page does", async () => {
    expect(await statuses((who) => call(questionnaire, { params: params(), token: as(who) }))).toEqual({
      coordinator: 200,
      consultant: 200,
      focal: 200,
      otherFocal: 200,
      stakeholder: 403,
      outsider: 404,
    });
    const codes = async (who: Who) =>
      (await call(questionnaire, { params: params(), token: as(who) })).body.indicators.map((row: { code: string }) => row.code);
    expect(await codes("focal")).toEqual(["1.1.1", "1.3.1"]);
    expect(await codes("otherFocal")).toEqual([]);
    expect((await codes("coordinator")).length).toBeGreaterThanOrEqual(85);
  });

  it("reads one answer with its version: another ministry's focal point, a stakeholder and an outsider get 404", async () => {
    await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), body: content() });
    expect(await statuses((who) => call(readAnswer, { params: params(), token: as(who) }))).toEqual({
      coordinator: 200,
      consultant: 200,
      focal: 200,
      otherFocal: 404,
      stakeholder: 404,
      outsider: 404,
    });
    const answer = await call(readAnswer, { params: params(), token: as("consultant") });
    expect(answer.body).toEqual({
      ...params(),
      code: "1.1.1",
      state: "DRAFT",
      version: 1,
      value: "yes",
      explanation: "Article 12 of the law.",
      sourceIds: [w.source.id],
    });
    const outOfScope = await call(readAnswer, { params: { ...params(), indicatorId: "00000000-0000-4000-8000-000000000000" }, token: as("coordinator") });
    expect(outOfScope.status).toBe(404);
    expect((await call(readAnswer, { params: { ...params(), assessmentId: "not-a-uuid" }, token: as("coordinator") })).status).toBe(404);
  });

  it("saves an answer for its lead ministry and the coordinator; the consultant is forbidden; the others get 404", async () => {
    let version = 0;
    const result = await statuses(async (who) => {
      const response = await call(saveAnswer, { method: "PUT", params: params(), token: as(who), body: content(version) });
      if (response.status === 200) version = response.body.version;
      return response;
    });
    expect(result).toEqual({ coordinator: 200, consultant: 403, focal: 200, otherFocal: 404, stakeholder: 404, outsider: 404 });
    const saved = await db.answer.findFirstOrThrow({ select: { version: true, updatedById: true } });
    expect(saved).toEqual({ version: 2, updatedById: w.users.focal.id });
    // The same service, so the same audit trail as the UI.
    expect(await db.auditEvent.count({ where: { action: "answer.saved", actorId: w.users.focal.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "access.denied", actorId: w.users.outsider.id } })).toBeGreaterThan(0);
  });

  it("approves for reviewers only", async () => {
    const version = await submitted();
    expect(await statuses((who) => call(approve, { params: params(), token: as(who), body: { version } }))).toEqual({
      coordinator: 200,
      consultant: 200,
      focal: 403,
      otherFocal: 404,
      stakeholder: 404,
      outsider: 404,
    });
    expect(await db.answer.findFirstOrThrow({ select: { state: true } })).toEqual({ state: "APPROVED" });
  });

  it("requests changes with a required comment, which reaches the focal point as a shared thread", async () => {
    const version = await submitted();
    const missing = await call(requestChanges, { params: params(), token: as("consultant"), body: { version } });
    expect(missing.status).toBe(400);
    expect(missing.type).toBe(PROBLEM);
    expect(missing.body).toMatchObject({
      status: 400,
      title: "Invalid request",
      errors: [{ field: "comment", code: "validation.required", detail: "Enter a value." }],
    });
    expect(await statuses((who) => call(requestChanges, { params: params(), token: as(who), body: { version, comment: "Cite the article." } }))).toEqual({
      // The coordinator sends it back first; the consultant then finds it already moved.
      coordinator: 200,
      consultant: 409,
      focal: 403,
      otherFocal: 404,
      stakeholder: 404,
      outsider: 404,
    });
    expect(await db.answer.findFirstOrThrow({ select: { state: true } })).toEqual({ state: "CHANGES_REQUESTED" });
    expect(await db.comment.count({ where: { body: "Cite the article." } })).toBe(1);
  });

  it("comments as the UI lets each member comment", async () => {
    expect(await statuses((who) => call(comment, { params: params(), token: as(who), body: { body: `From ${who}` } }))).toEqual({
      coordinator: 201,
      consultant: 201,
      focal: 201,
      otherFocal: 404,
      stakeholder: 404,
      outsider: 404,
    });
    const internal = await call(comment, { params: params(), token: as("focal"), body: { body: "Internal?", visibility: "INTERNAL" } });
    expect(internal.status).toBe(403);
    const reply = await call(comment, { params: params(), token: as("coordinator"), body: { body: "First" } });
    const answered = await call(comment, { params: params(), token: as("focal"), body: { body: "Reply", threadId: reply.body.threadId } });
    expect(answered.status).toBe(201);
    expect(answered.body.threadId).toBe(reply.body.threadId);
  });
});

describe("versions and problems", () => {
  it("refuses a save based on a stale version with 409 and the current answer", async () => {
    await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), body: content() });
    const stale = await call(saveAnswer, { method: "PUT", params: params(), token: as("coordinator"), body: { ...content(), explanation: "Other text" } });
    expect(stale.status).toBe(409);
    expect(stale.type).toBe(PROBLEM);
    expect(stale.body).toMatchObject({
      status: 409,
      code: "answer.conflict",
      current: { version: 1, state: "DRAFT", explanation: "Article 12 of the law.", updatedBy: "Aigul Focal" },
    });
  });

  it("answers a submit of a moved answer with 409, and bad bodies with 400 or 415", async () => {
    const version = await submitted();
    const again = await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), body: content(version) });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "answer.withdrawFirst" });

    const invalid = await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), body: { baseVersion: -1, value: 3, sourceIds: ["x"] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(["baseVersion", "explanation", "sourceIds.0", "value"]);
    const badValue = await call(saveAnswer, {
      method: "PUT",
      params: { ...params(), indicatorId: w.indicators[1].id },
      token: as("focal"),
      body: { ...content(), value: "perhaps" },
    });
    expect(badValue.status).toBe(400);
    expect(badValue.body.errors[0]).toMatchObject({ field: "value" });
    const notJson = await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), raw: "{nope" });
    expect(notJson.status).toBe(400);
    const form = await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), raw: "a=b", contentType: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(form.type).toBe(PROBLEM);
  });
});

describe("in consultation", () => {
  it("lets stakeholders and every focal point comment, and other ministries read approved answers, as the UI does", async () => {
    const version = await submitted();
    await call(approve, { params: params(), token: as("consultant"), body: { version } });
    await db.assessment.update({ where: { id: w.assessmentId }, data: { phase: "CONSULTATION" } });
    expect(await statuses((who) => call(comment, { params: params(), token: as(who), body: { body: `From ${who}` } }))).toEqual({
      coordinator: 201,
      consultant: 201,
      focal: 201,
      otherFocal: 201,
      stakeholder: 201,
      outsider: 404,
    });
    expect((await call(readAnswer, { params: params(), token: as("otherFocal") })).status).toBe(200);
    expect((await call(saveAnswer, { method: "PUT", params: params(), token: as("focal"), body: content(version + 1) })).status).toBe(403);
  });
});
