// The OpenAPI document: valid OpenAPI 3.1 by a real validator, it lists every /api/v1 route handler, and every
// operation answers as described — each documented status is produced against the real handlers, with the
// documented content type and a body of the documented schema, and nothing undocumented comes back.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { apiLimiter } from "@/lib/api/bearer";
import { OPERATIONS, type Operation } from "@/lib/api/openapi";
import { ZCreateToken } from "@/lib/domain/token/schema";
import { createToken } from "@/lib/domain/token/service";
import { resetDb, testDb } from "@/test/db";
import { apiWorld, call, type ApiWorld } from "@/test/api-world";
import { publishedWorld } from "@/test/published-world";
import { GET as openapi } from "./route";
import { GET as listFrameworks } from "../frameworks/route";
import { GET as getFramework } from "../frameworks/[version]/route";
import { GET as listProfiles } from "../profiles/route";
import { GET as getProfile } from "../profiles/[slug]/route";
import { GET as getProfileAnswersCsv } from "../profiles/[slug]/answers.csv/route";
import { GET as getProfileAnswersXlsx } from "../profiles/[slug]/answers.xlsx/route";
import { GET as listAssessments } from "../assessments/route";
import { GET as getQuestionnaire } from "../assessments/[assessmentId]/questionnaire/route";
import { GET as exportWorkingData } from "../assessments/[assessmentId]/export.xlsx/route";
import { GET as getAnswer, PUT as saveAnswer } from "../assessments/[assessmentId]/answers/[indicatorId]/route";
import { POST as submitAnswer } from "../assessments/[assessmentId]/answers/[indicatorId]/submit/route";
import { POST as approveAnswer } from "../assessments/[assessmentId]/answers/[indicatorId]/approve/route";
import { POST as requestChanges } from "../assessments/[assessmentId]/answers/[indicatorId]/request-changes/route";
import { POST as addComment } from "../assessments/[assessmentId]/answers/[indicatorId]/comments/route";

type Handler = Parameters<typeof call>[0];
type Response = Awaited<ReturnType<typeof call>>;
const db = testDb();

const HANDLERS: Record<string, Handler> = {
  listFrameworks: listFrameworks as unknown as Handler,
  getFramework: getFramework as unknown as Handler,
  getOpenApi: openapi as unknown as Handler,
  listProfiles: listProfiles as unknown as Handler,
  getProfile: getProfile as unknown as Handler,
  getProfileAnswersCsv: getProfileAnswersCsv as unknown as Handler,
  getProfileAnswersXlsx: getProfileAnswersXlsx as unknown as Handler,
  listAssessments: listAssessments as unknown as Handler,
  getQuestionnaire: getQuestionnaire as unknown as Handler,
  exportWorkingData: exportWorkingData as unknown as Handler,
  getAnswer: getAnswer as unknown as Handler,
  saveAnswer: saveAnswer as unknown as Handler,
  submitAnswer: submitAnswer as unknown as Handler,
  approveAnswer: approveAnswer as unknown as Handler,
  requestChanges: requestChanges as unknown as Handler,
  addComment: addComment as unknown as Handler,
};

let w: ApiWorld;
beforeEach(async () => {
  await resetDb();
  w = await apiWorld();
});

const ids = () => ({ assessmentId: w.assessmentId, indicatorId: w.indicatorId });
const complete = (baseVersion = 0) => ({ baseVersion, value: "yes", explanation: "Article 12.", sourceIds: [w.source.id] });

/** Each operation's ways to get each of its documented answers, run in order on a fresh world. */
function scenarios(op: Operation): [string, () => Promise<Response>][] {
  const handler = HANDLERS[op.operationId];
  const method = op.method.toUpperCase();
  const send = (token: string | null, body?: unknown, extra: Partial<Parameters<typeof call>[1]> = {}) =>
    call(handler, { method, params: op.path.includes("{version}") ? { version: "2.0" } : ids(), token, body, ...extra });
  const focalSaves = async () =>
    (await call(saveAnswer as unknown as Handler, { method: "PUT", params: ids(), token: w.tokens.focal, body: complete() })).body.version as number;
  const focalSubmits = async () =>
    (await call(submitAnswer as unknown as Handler, { params: ids(), token: w.tokens.focal, body: { version: await focalSaves() } })).body.version as number;
  const limited = async (body?: unknown) => {
    const token = await createToken(w.users.coordinator, ZCreateToken.parse({ name: "busy" }));
    await apiLimiter.penalty(token.id, 300);
    return send(token.secret, body);
  };
  const list: [string, () => Promise<Response>][] = [];
  // A body the route accepts, for the calls refused before it is read or for another reason than the body.
  const valid: Record<string, unknown> = {
    saveAnswer: complete(0),
    submitAnswer: { version: 0 },
    approveAnswer: { version: 0 },
    requestChanges: { version: 0, comment: "Cite the article." },
    addComment: { body: "A question." },
  };
  const add = (name: string, run: () => Promise<Response>) => list.push([name, run]);
  switch (op.operationId) {
    case "listFrameworks":
    case "getOpenApi":
      add("read", () => send(null));
      break;
    case "getFramework":
      add("read", () => send(null));
      add("unknown locale", () => call(handler, { path: "/api/v1/frameworks/2.0?locale=xx", params: { version: "2.0" } }));
      add("unknown version", () => call(handler, { path: "/api/v1/frameworks/9.9", params: { version: "9.9" } }));
      break;
    case "listProfiles":
      add("read", async () => (await publishedWorld(db), send(null)));
      add("invalid filter", () => call(handler, { path: "/api/v1/profiles?year=abc" }));
      break;
    case "getProfile":
    case "getProfileAnswersCsv":
    case "getProfileAnswersXlsx": {
      const file = { getProfile: "", getProfileAnswersCsv: "/answers.csv", getProfileAnswersXlsx: "/answers.xlsx" }[op.operationId];
      const path = (query: string) => `/api/v1/profiles/kgz-2022${file}${query}`;
      const read = (query = "") => call(handler, { path: path(query), params: { slug: "kgz-2022" } });
      add("not published", () => read());
      add("read", async () => (await publishedWorld(db), read()));
      add("the first version, by number", () => read("?version=1"));
      add("unknown version", () => read("?version=7"));
      add("invalid version", () => read("?version=x"));
      if (op.operationId === "getProfile") add("downloaded as a file", () => read("?version=1&download=1"));
      break;
    }
    case "listAssessments":
      add("read", () => send(w.tokens.focal));
      break;
    case "getQuestionnaire":
      add("read", () => send(w.tokens.focal));
      add("stakeholder", () => send(w.tokens.stakeholder));
      break;
    case "exportWorkingData":
      add("coordinator", () => send(w.tokens.coordinator));
      add("focal point", () => send(w.tokens.focal));
      add("IOM staff, not a member", async () => {
        await db.user.update({ where: { id: w.users.outsider.id }, data: { isIomStaff: true } });
        const response = await send(w.tokens.outsider);
        await db.user.update({ where: { id: w.users.outsider.id }, data: { isIomStaff: false } });
        return response;
      });
      break;
    case "getAnswer":
      add("read", async () => (await focalSaves(), send(w.tokens.focal)));
      add("in launch", async () => {
        await db.assessment.update({ where: { id: w.assessmentId }, data: { phase: "LAUNCH" } });
        const response = await send(w.tokens.coordinator);
        await db.assessment.update({ where: { id: w.assessmentId }, data: { phase: "COLLECTION" } });
        return response;
      });
      break;
    case "saveAnswer":
      add("save", () => send(w.tokens.focal, complete()));
      add("stale", () => send(w.tokens.coordinator, complete(0)));
      add("consultant", () => send(w.tokens.consultant, complete(1)));
      add("invalid", () => send(w.tokens.focal, {}));
      add("not JSON", () => send(w.tokens.focal, undefined, { raw: "a=b", contentType: "text/plain" }));
      break;
    case "submitAnswer":
      add("nothing to submit", () => send(w.tokens.focal, { version: 0 }));
      add("submit", async () => {
        const version = await focalSaves();
        return send(w.tokens.focal, { version });
      });
      add("consultant", () => send(w.tokens.consultant, { version: 1 }));
      add("invalid", () => send(w.tokens.focal, { version: "x" }));
      add("not JSON", () => send(w.tokens.focal, undefined, { raw: "version=1", contentType: "text/plain" }));
      break;
    case "approveAnswer":
    case "requestChanges": {
      const body = (version: number) => ({ version, comment: "Cite the article." });
      add("nothing to review", () => send(w.tokens.consultant, body(0)));
      add("review", async () => send(w.tokens.consultant, body(await focalSubmits())));
      add("focal point", () => send(w.tokens.focal, body(3)));
      add("invalid", () => send(w.tokens.consultant, {}));
      add("not JSON", () => send(w.tokens.consultant, undefined, { raw: "version=1", contentType: "text/plain" }));
      break;
    }
    case "addComment":
      add("comment", () => send(w.tokens.focal, { body: "A question." }));
      add("internal, by a focal point", () => send(w.tokens.focal, { body: "Internal?", visibility: "INTERNAL" }));
      add("reply in a resolved thread", async () => {
        const thread = await send(w.tokens.consultant, { body: "Resolved soon." });
        await db.commentThread.update({ where: { id: thread.body.threadId }, data: { status: "RESOLVED" } });
        return send(w.tokens.consultant, { body: "Too late.", threadId: thread.body.threadId });
      });
      add("invalid", () => send(w.tokens.focal, { body: "" }));
      add("not JSON", () => send(w.tokens.focal, undefined, { raw: "body=x", contentType: "text/plain" }));
      break;
    default:
      throw new Error(`no scenarios for ${op.operationId}`);
  }
  if (!op.public) {
    add("no token", () => send(null, valid[op.operationId]));
    add("outsider", () => send(w.tokens.outsider, valid[op.operationId]));
    add("rate-limited", () => limited(valid[op.operationId]));
  }
  return list;
}

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document with bearer security", async () => {
    const response = await call(openapi as unknown as Handler);
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^application\/json/);
    expect(response.body.openapi).toBe("3.1.0");
    const result = await new Validator().validate(response.body);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(response.body.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    expect(response.body.paths["/api/v1/frameworks"].get.security).toEqual([]);
    expect(response.body.paths["/api/v1/assessments"].get.security).toEqual([{ bearerAuth: [] }]);
  });

  it("describes every route handler under app/api/v1, and only those", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name === "route.ts") routes.push("/api/v1/" + path.relative(root, dir).replace(/\[(\w+)\]/g, "{$1}"));
      }
    };
    walk(root);
    expect([...new Set(OPERATIONS.map((op) => op.path))].sort()).toEqual(routes.sort());
  });
});

describe.each(OPERATIONS.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))("%s answers as described", (_name, op) => {
  it("with each documented status, its content type and schema, and nothing else", async () => {
    const seen = new Set<number>();
    for (const [scenario, run] of scenarios(op)) {
      const response = await run();
      const documented = op.responses[response.status];
      expect(documented, `${scenario}: undocumented status ${response.status} ${JSON.stringify(response.body)}`).toBeDefined();
      expect(response.type, scenario).toBe(documented.contentType ?? "application/json");
      const parsed = (documented.schema as z.ZodType).safeParse(response.body);
      expect(parsed.success, `${scenario}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      seen.add(response.status);
    }
    expect([...seen].sort()).toEqual(Object.keys(op.responses).map(Number).sort());
  });
});
