// The shapes of /api/v1: request bodies are the services' own zod schemas without the ids the path carries;
// responses are described here, and lib/api/openapi.ts turns both into the OpenAPI document.
import { z } from "zod";
import { ZAnswerTransition, ZReviewWithNote, ZSaveAnswer } from "@/lib/domain/answer/schema";
import { ZAddComment } from "@/lib/domain/comment/schema";
import { ANSWER_STATES } from "@/lib/domain/answer/workflow";

const PATH_IDS = { assessmentId: true, indicatorId: true } as const;

// ─── Request bodies ─────────────────────────────────────────────────────────
export const ZApiSaveAnswer = ZSaveAnswer.omit(PATH_IDS).meta({ description: "The new content of the answer and the version it was based on." });
export const ZApiTransition = ZAnswerTransition.omit(PATH_IDS).meta({ description: "The version of the answer the caller saw." });
export const ZApiReviewWithNote = ZReviewWithNote.omit(PATH_IDS).meta({ description: "The version seen, and why (sent to the focal points)." });
export const ZApiAddComment = ZAddComment.omit(PATH_IDS).meta({ description: "A new thread (no threadId) or a reply in one." });

// ─── Responses ──────────────────────────────────────────────────────────────
const state = z.enum(ANSWER_STATES as [string, ...string[]]);
const timestamp = z.iso.datetime({ offset: true });

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), detail: z.string(), code: z.string() })).optional(),
    current: z.unknown().optional(),
  })
  .meta({ description: "RFC 9457 problem details." });

export const ZAssessmentList = z.object({
  assessments: z.array(
    z.object({
      id: z.uuid(),
      country: z.string(),
      level: z.string(),
      city: z.string().nullable(),
      year: z.number().int(),
      cycle: z.string(),
      phase: z.string(),
      framework: z.string(),
      role: z.string().nullable(),
      ministry: z.string().nullable(),
      href: z.string(),
    }),
  ),
});

const content = z.object({ value: z.string().nullable(), explanation: z.string(), sourceIds: z.array(z.uuid()) });

export const ZQuestionnaire = z.object({
  assessmentId: z.uuid(),
  indicators: z.array(
    z.object({
      indicatorId: z.uuid(),
      code: z.string(),
      question: z.string(),
      domain: z.string(),
      group: z.string(),
      answerType: z.string(),
      evidenceRequired: z.boolean(),
      leadMinistry: z.string().nullable(),
      state,
      version: z.number().int(),
      content: content.nullable(),
      href: z.string(),
    }),
  ),
});

export const ZAnswer = z.object({ assessmentId: z.uuid(), indicatorId: z.uuid(), code: z.string(), state, version: z.number().int(), ...content.shape });

export const ZSaved = z.object({ answerId: z.uuid(), version: z.number().int(), state, savedAt: timestamp });
export const ZConflict = ZProblem.extend({
  current: z.object({ version: z.number().int(), state, ...content.shape, updatedAt: timestamp, updatedBy: z.string().nullable() }),
}).meta({ description: "The save was based on an older version: the answer as it is now." });
export const ZMoved = z.object({ version: z.number().int(), state });
export const ZCommentAdded = z.object({ threadId: z.uuid(), commentId: z.uuid() });

const indicator = z.object({ code: z.string(), question: z.string(), answerType: z.string(), evidenceRequired: z.boolean() }).loose();
export const ZFrameworkList = z.object({
  frameworks: z.array(
    z
      .object({ version: z.string(), name: z.string(), status: z.string(), domainCount: z.number().int(), indicatorCount: z.number().int(), href: z.string() })
      .loose(),
  ),
});
export const ZFrameworkTree = z
  .object({
    version: z.string(),
    name: z.string(),
    domains: z.array(
      z.object({ code: z.string(), title: z.string(), subdomains: z.array(z.object({ code: z.string(), indicators: z.array(indicator) }).loose()) }).loose(),
    ),
    modules: z.array(z.object({ code: z.string(), indicators: z.array(indicator) }).loose()),
  })
  .loose();

// ─── The published profiles (public) ────────────────────────────────────────
export const ZProfileListQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "an ISO 3166-1 alpha-3 code, e.g. KGZ")
    .transform((code) => code.toUpperCase())
    .optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export const ZProfileVersionQuery = z.object({ version: z.coerce.number().int().min(1).max(100_000).optional() });
/** `?download=1` serves the snapshot as a file (Content-Disposition: attachment). */
export const ZProfileDocQuery = z.object({
  download: z
    .enum(["1", "0", "true", "false"])
    .transform((flag) => flag === "1" || flag === "true")
    .optional(),
});

const profileLinks = z.object({ self: z.string(), download: z.string(), answersCsv: z.string(), answersXlsx: z.string() });

export const ZPublishedProfileList = z.object({
  profiles: z.array(
    z.object({
      slug: z.string(),
      country: z.string(),
      countryName: z.string(),
      officialName: z.string(),
      year: z.number().int(),
      level: z.string(),
      city: z.string().nullable(),
      version: z.number().int(),
      publishedAt: timestamp,
      citation: z.string(),
      links: profileLinks,
    }),
  ),
});

export const ZPublishedProfileDoc = z
  .object({
    schemaVersion: z.number().int(),
    slug: z.string(),
    version: z.number().int(),
    current: z.boolean(),
    publishedAt: timestamp,
    citation: z.string(),
    changeNote: z.string().nullable(),
    assessment: z.object({ country: z.string(), countryName: z.string(), level: z.string(), city: z.string().nullable(), year: z.number().int() }).loose(),
    versions: z.array(z.object({ version: z.number().int(), publishedAt: timestamp, changeNote: z.string().nullable(), href: z.string() })),
    links: profileLinks,
  })
  .loose()
  .meta({ description: "The published snapshot of one version (its narrative, answers, sources and annexes), with the list of versions." });
