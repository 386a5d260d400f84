// The short 4xx answer the proxy and route handlers give to requests they refuse before any work:
// problem+json under /api, one line of plain text elsewhere (a page or a server action).
import { problem } from "./problem";

export type Refusal = { status: 400 | 403 | 404 | 411 | 413 | 415; title: string };

export const REFUSALS = {
  badPath: { status: 400, title: "Bad request: the address is not valid" },
  badBody: { status: 400, title: "Bad request: the body cannot be read" },
  crossOrigin: { status: 403, title: "Forbidden: cross-origin request" },
  lengthRequired: { status: 411, title: "Length required" },
  tooLarge: { status: 413, title: "Request body too large" },
  notMultipart: { status: 415, title: "Send the file as multipart/form-data" },
} as const satisfies Record<string, Refusal>;

export function refusalResponse(refusal: Refusal, pathname: string): Response {
  if (pathname.startsWith("/api/")) return problem(refusal.status, refusal.title);
  return new Response(`${refusal.title}\n`, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
