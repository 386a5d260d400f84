// RFC 9457 problem details for the authenticated API: every failure a route handler meets becomes one,
// with the field errors of a zod or domain failure under `errors` (field path, message, message key).
import "server-only";
import { z } from "zod";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { isMessageKey, translatorFor } from "@/lib/i18n";
import { problem } from "@/lib/http/problem";
import { logger } from "@/lib/logger";

export type FieldProblem = { field: string; detail: string; code: string };

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
    this.name = "ApiProblem";
  }
}

const t = translatorFor("en");
const message = (key: string) => (isMessageKey(key) ? t(key) : key);

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "_body", detail: message(issue.message), code: issue.message }));
}

export const invalid = (errors: FieldProblem[]) => new ApiProblem(400, "Invalid request", "The request has invalid fields; see errors.", { errors });

/** The answer to any error a handler throws. */
export function toProblem(error: unknown): Response {
  if (error instanceof ApiProblem) {
    const response = problem(error.status, error.title, error.detail, error.extra);
    for (const [name, value] of Object.entries(error.headers)) response.headers.set(name, value);
    return response;
  }
  if (error instanceof z.ZodError) return toProblem(invalid(fieldProblems(error)));
  if (error instanceof NotFoundError) return problem(404, "Not found", `No such ${error.what}, or you may not see it.`);
  if (error instanceof ForbiddenError) return problem(403, "Forbidden", "Your role in this assessment does not allow this now.");
  if (error instanceof DomainError) {
    const detail = t(error.messageKey, error.options.vars);
    // A refusal about a field is bad input; any other one is about the row's current state (it moved on).
    if (error.options.field) return toProblem(invalid([{ field: error.options.field, detail, code: error.messageKey }]));
    return problem(error.options.status ?? 409, "Conflict", detail, { code: error.messageKey });
  }
  logger.error("api request failed", error);
  return problem(500, "Internal server error");
}
