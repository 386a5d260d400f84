// The OpenAPI 3.1 description of /api/v1, built from the zod schemas the routes use (z.toJSONSchema).
// Each route is listed once, here; test/api/openapi.int.test.ts validates the document and calls every
// operation against the real route handlers to check that it answers as described.
import { z } from "zod";
import {
  ZAnswer,
  ZApiAddComment,
  ZApiReviewWithNote,
  ZApiSaveAnswer,
  ZApiTransition,
  ZAssessmentList,
  ZCommentAdded,
  ZConflict,
  ZFrameworkList,
  ZFrameworkTree,
  ZMoved,
  ZProblem,
  ZProfileDocQuery,
  ZProfileListQuery,
  ZPublishedProfileDoc,
  ZPublishedProfileList,
  ZQuestionnaire,
  ZSaved,
} from "./schemas";
import { API_RATE } from "./rate";
import { XLSX_TYPE } from "@/lib/xlsx/constants";

type Method = "get" | "put" | "post";
type Reply = { description: string; schema?: z.ZodType; contentType?: string };
export type Operation = {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: "Frameworks" | "Profiles" | "Assessments" | "Answers" | "Meta";
  /** Public operations need no token. */
  public?: true;
  query?: Record<string, { schema: z.ZodType; description: string }>;
  body?: z.ZodType;
  responses: Record<number, Reply>;
};

const PROBLEM = "application/problem+json";
const problem = (description: string): Reply => ({ description, schema: ZProblem, contentType: PROBLEM });
const AUTH = {
  401: problem("No token, or an unknown, revoked or expired one"),
  429: problem("More than the per-token rate limit (Retry-After says when to retry)"),
};
const MEMBER = { ...AUTH, 404: problem("No such assessment or indicator, or the token's user may not know it exists") };
const WRITE = {
  ...MEMBER,
  400: problem("Invalid body (field errors under `errors`)"),
  403: problem("The user's role does not allow this now"),
  409: problem("The answer is not in a state that allows this, or another user moved it first"),
};

const VERSION_QUERY = { version: { schema: z.coerce.number().int().min(1), description: "A published version (the newest without it)" } };
const PROFILE_NOT_FOUND = problem("No profile is published under this slug, or not in this version");

const answerPath = "/api/v1/assessments/{assessmentId}/answers/{indicatorId}";

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/frameworks",
    operationId: "listFrameworks",
    summary: "The published indicator framework versions",
    tag: "Frameworks",
    public: true,
    responses: { 200: { description: "The versions", schema: ZFrameworkList } },
  },
  {
    method: "get",
    path: "/api/v1/frameworks/{version}",
    operationId: "getFramework",
    summary: "One framework version: domains, sub-domains, indicators and modules",
    tag: "Frameworks",
    public: true,
    query: { locale: { schema: z.enum(["en", "fr", "es", "ru"]), description: "The language of the texts (English where no translation exists)" } },
    responses: {
      200: { description: "The framework", schema: ZFrameworkTree },
      400: problem("Unknown locale"),
      404: problem("No published framework has this version"),
    },
  },
  {
    method: "get",
    path: "/api/v1/profiles",
    operationId: "listProfiles",
    summary: "The published MGI profiles: the current version of each",
    tag: "Profiles",
    public: true,
    query: {
      country: { schema: ZProfileListQuery.shape.country, description: "The country's ISO 3166-1 alpha-3 code, e.g. KGZ" },
      year: { schema: ZProfileListQuery.shape.year, description: "The year of the assessment" },
      q: { schema: ZProfileListQuery.shape.q, description: "Words of the slug, country name, city or citation" },
    },
    responses: { 200: { description: "The profiles", schema: ZPublishedProfileList }, 400: problem("Invalid filter (field errors under `errors`)") },
  },
  {
    method: "get",
    path: "/api/v1/profiles/{slug}",
    operationId: "getProfile",
    summary: "One published profile: the snapshot of its current version (or of ?version=N), and its versions",
    tag: "Profiles",
    public: true,
    query: {
      ...VERSION_QUERY,
      download: {
        schema: ZProfileDocQuery.shape.download,
        description: 'With 1, the same JSON as a file to save: Content-Disposition attachment, filename "mgi-{slug}-v{version}.json"',
      },
    },
    responses: {
      200: { description: "The published snapshot", schema: ZPublishedProfileDoc },
      400: problem("Invalid version"),
      404: PROFILE_NOT_FOUND,
    },
  },
  {
    method: "get",
    path: "/api/v1/profiles/{slug}/answers.csv",
    operationId: "getProfileAnswersCsv",
    summary: "The approved answers of a published version as CSV (UTF-8 with BOM), one row per indicator",
    tag: "Profiles",
    public: true,
    query: VERSION_QUERY,
    responses: {
      200: { description: "code, domain, sub-domain, question, value, explanation, sources", schema: z.string(), contentType: "text/csv; charset=utf-8" },
      400: problem("Invalid version"),
      404: PROFILE_NOT_FOUND,
    },
  },
  {
    method: "get",
    path: "/api/v1/profiles/{slug}/answers.xlsx",
    operationId: "getProfileAnswersXlsx",
    summary: 'The approved answers of a published version as a spreadsheet: one sheet "Answers", one row per indicator',
    tag: "Profiles",
    public: true,
    query: VERSION_QUERY,
    responses: {
      200: {
        description: "code, domain, sub-domain, question, value, explanation, sources (a file, mgi-{slug}-v{version}-answers.xlsx)",
        schema: z.string(),
        contentType: XLSX_TYPE,
      },
      400: problem("Invalid version"),
      404: PROFILE_NOT_FOUND,
    },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApi",
    summary: "This document",
    tag: "Meta",
    public: true,
    responses: { 200: { description: "The OpenAPI 3.1 document", schema: z.object({ openapi: z.string() }).loose() } },
  },
  {
    method: "get",
    path: "/api/v1/assessments",
    operationId: "listAssessments",
    summary: "The assessments the user is a member of (all of them for IOM staff)",
    tag: "Assessments",
    responses: { 200: { description: "The assessments", schema: ZAssessmentList }, ...AUTH },
  },
  {
    method: "get",
    path: "/api/v1/assessments/{assessmentId}/questionnaire",
    operationId: "getQuestionnaire",
    summary: "The indicators the member works with (a focal point: their ministry's), with each answer's state, version and content",
    tag: "Assessments",
    responses: { 200: { description: "The questionnaire", schema: ZQuestionnaire }, ...MEMBER, 403: problem("The user's role may not open the questionnaire") },
  },
  {
    method: "get",
    path: "/api/v1/assessments/{assessmentId}/export.xlsx",
    operationId: "exportWorkingData",
    summary:
      'The working data as a spreadsheet, as the member may read it: sheets "Answers" (with states), "Comments" (internal ones only for coordinators and consultants) and, for coordinators, "Activity". Audited.',
    tag: "Assessments",
    responses: {
      200: {
        description: "The workbook (a file, mgi-{country}-{year}-working-data-{date}.xlsx), in the language of Accept-Language",
        schema: z.string(),
        contentType: XLSX_TYPE,
      },
      ...MEMBER,
      403: problem("IOM staff who are not members may not export an assessment's working data"),
    },
  },
  {
    method: "get",
    path: answerPath,
    operationId: "getAnswer",
    summary: "One answer with its version",
    tag: "Answers",
    responses: { 200: { description: "The answer", schema: ZAnswer }, ...MEMBER, 403: problem("The user's role may not open the questionnaire") },
  },
  {
    method: "put",
    path: answerPath,
    operationId: "saveAnswer",
    summary: "Save the answer, based on the version last read (baseVersion)",
    tag: "Answers",
    body: ZApiSaveAnswer,
    responses: {
      200: { description: "Saved: the new version", schema: ZSaved },
      ...WRITE,
      409: { description: "baseVersion is not the current version: `current` holds the answer as it is now", schema: ZConflict, contentType: PROBLEM },
      415: problem("The body is not JSON"),
    },
  },
  {
    method: "post",
    path: `${answerPath}/submit`,
    operationId: "submitAnswer",
    summary: "Submit the answer for review",
    tag: "Answers",
    body: ZApiTransition,
    responses: { 200: { description: "Submitted", schema: ZMoved }, ...WRITE, 415: problem("The body is not JSON") },
  },
  {
    method: "post",
    path: `${answerPath}/approve`,
    operationId: "approveAnswer",
    summary: "Approve a submitted answer (reviewers)",
    tag: "Answers",
    body: ZApiTransition,
    responses: { 200: { description: "Approved", schema: ZMoved }, ...WRITE, 415: problem("The body is not JSON") },
  },
  {
    method: "post",
    path: `${answerPath}/request-changes`,
    operationId: "requestChanges",
    summary: "Send the answer back to its ministry with a comment (reviewers)",
    tag: "Answers",
    body: ZApiReviewWithNote,
    responses: { 200: { description: "Changes requested", schema: ZMoved }, ...WRITE, 415: problem("The body is not JSON") },
  },
  {
    method: "post",
    path: `${answerPath}/comments`,
    operationId: "addComment",
    summary: "Start a comment thread on the answer, or reply in one",
    tag: "Answers",
    body: ZApiAddComment,
    responses: { 201: { description: "The comment and its thread", schema: ZCommentAdded }, ...WRITE, 415: problem("The body is not JSON") },
  },
];

type JsonSchema = Record<string, unknown>;

/** The schemas listed under components.schemas, by name; operations refer to them. */
const NAMED: [string, z.ZodType, "input" | "output"][] = [
  ["Problem", ZProblem, "output"],
  ["AnswerConflict", ZConflict, "output"],
  ["FrameworkList", ZFrameworkList, "output"],
  ["FrameworkTree", ZFrameworkTree, "output"],
  ["PublishedProfileList", ZPublishedProfileList, "output"],
  ["PublishedProfile", ZPublishedProfileDoc, "output"],
  ["AssessmentList", ZAssessmentList, "output"],
  ["Questionnaire", ZQuestionnaire, "output"],
  ["Answer", ZAnswer, "output"],
  ["SavedAnswer", ZSaved, "output"],
  ["AnswerMoved", ZMoved, "output"],
  ["CommentAdded", ZCommentAdded, "output"],
  ["SaveAnswer", ZApiSaveAnswer, "input"],
  ["AnswerTransition", ZApiTransition, "input"],
  ["ReviewWithNote", ZApiReviewWithNote, "input"],
  ["AddComment", ZApiAddComment, "input"],
];
const nameOf = new Map(NAMED.map(([name, schema]) => [schema, name]));

/** A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12, which 3.1 uses as is). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const name = nameOf.get(schema);
  return name ? { $ref: `#/components/schemas/${name}` } : inline(schema, io);
}

function inline(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline", target: "draft-2020-12" }) as JsonSchema;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12 already: the document states the dialect once, not each schema.
  delete json.$schema;
  return json;
}

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: name === "version" || name === "slug" ? { type: "string" } : { type: "string", format: "uuid" },
  }));

function operationObject(op: Operation) {
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    security: op.public ? [] : [{ bearerAuth: [] }],
    parameters: [
      ...pathParameters(op.path),
      ...Object.entries(op.query ?? {}).map(([name, { schema, description }]) => ({
        name,
        in: "query",
        required: false,
        description,
        schema: jsonSchema(schema, "input"),
      })),
    ],
    ...(op.body && { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } }),
    responses: Object.fromEntries(
      Object.entries(op.responses).map(([status, reply]) => [
        status,
        {
          description: reply.description,
          ...(reply.schema && { content: { [reply.contentType ?? "application/json"]: { schema: jsonSchema(reply.schema, "output") } } }),
          ...(Number(status) === 429 && { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }),
        },
      ]),
    ),
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "MGI Workbench API",
      version: "1",
      description:
        `The public reads of the frameworks and the published profiles, and a member's reads and writes of assessments with a personal access token ` +
        `(created on the settings page, sent as \`Authorization: Bearer <token>\`), limited to ${API_RATE.points} requests a minute per token. ` +
        "Errors are RFC 9457 problem details (application/problem+json).",
    },
    servers: [{ url: "/" }],
    tags: [{ name: "Frameworks" }, { name: "Profiles" }, { name: "Assessments" }, { name: "Answers" }, { name: "Meta" }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas: Object.fromEntries(NAMED.map(([name, schema, io]) => [name, inline(schema, io)])),
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token (mgi_…)" } },
    },
  };
}
