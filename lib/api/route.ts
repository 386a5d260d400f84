// The one wrapper of the authenticated /api/v1 route handlers: bearer user, route parameters, JSON body
// checked with a zod schema, and every failure as problem+json. Services do the authorization themselves.
import "server-only";
import type { z } from "zod";
import type { TokenUser } from "@/lib/domain/token/service";
import { bearerUser } from "./bearer";
import { ApiProblem, fieldProblems, invalid, toProblem } from "./problem";

type Context<P> = { params: Promise<P> };
type Handler<P> = (ctx: { request: Request; user: TokenUser; params: P }) => Promise<Response>;

export function authenticated<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const user = await bearerUser(request);
      return await handler({ request, user, params: await context.params });
    } catch (error) {
      return toProblem(error);
    }
  };
}

/** The request's JSON body, parsed with `schema`; 400 (or 415) as problem+json otherwise. */
export async function jsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new ApiProblem(415, "Unsupported media type", "Send the body as application/json.");
  }
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw invalid([{ field: "_body", detail: "The body is not valid JSON.", code: "body.invalidJson" }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(fieldProblems(parsed.error));
  return parsed.data;
}

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
