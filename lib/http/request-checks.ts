// Cheap checks the proxy runs before Next.js routes a request, so malformed input gets a clear 4xx instead of
// a 500 and a stack trace from deep inside Next.js, React or PostgreSQL (which refuses NUL in text).
import { PROXY_BODY_LIMIT_BYTES } from "./limits";
import { REFUSALS, type Refusal } from "./refusal";

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A path that does not percent-decode, or decodes to control characters; a NUL anywhere in the query. */
export function targetRefusal(url: URL): Refusal | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return REFUSALS.badPath;
  }
  if (CONTROL.test(path)) return REFUSALS.badPath;
  for (const [key, value] of url.searchParams) if (key.includes("\0") || value.includes("\0")) return REFUSALS.badPath;
  return null;
}

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/** What Next.js would treat as a server action: the `next-action` header, or a form POSTed to a page (no JavaScript). */
export function isServerActionRequest(request: { method: string; url: string; headers: Headers }): boolean {
  if (request.method.toUpperCase() !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return false;
  return request.headers.has("next-action") || FORM_TYPES.test(request.headers.get("content-type") ?? "");
}

/**
 * Next.js buffers a body for the proxy up to the same limit and silently drops the rest, so a longer body, or
 * one of unknown length, is refused before anything reads it. A server action must always state its length.
 */
export function lengthRefusal(request: { headers: Headers }, { action }: { action: boolean }): Refusal | null {
  const declared = request.headers.get("content-length");
  if (declared === null) return action || request.headers.has("transfer-encoding") ? REFUSALS.lengthRequired : null;
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return REFUSALS.badBody;
  return length > PROXY_BODY_LIMIT_BYTES ? REFUSALS.tooLarge : null;
}

function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => key.includes("\0") || holdsNul(item));
  return false;
}

/** React's encodeReply writes the action's arguments as a JSON array: the whole body, or the form field "0". */
function isArgumentList(json: string): boolean {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) && !holdsNul(value);
}

/**
 * The envelope of a server action's body, read as Next.js will read it: multipart form data, a URL-encoded form,
 * or (anything else) the JSON React's encodeReply writes. Next.js answers an unreadable one with a 500 and a
 * stack trace; so does PostgreSQL a NUL character. What lies inside a well-formed envelope (React's references
 * between parts) is left to React. The body is at most PROXY_BODY_LIMIT_BYTES here (lengthRefusal came first).
 */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  const type = request.headers.get("content-type") ?? "";
  const fetched = request.headers.has("next-action"); // not a plain HTML form posted without JavaScript
  try {
    if (/^multipart\/form-data/i.test(type)) {
      const form = await request.formData();
      for (const [key, value] of form) if (holdsNul(key) || (typeof value === "string" && holdsNul(value))) return REFUSALS.badBody;
      const root = form.get("0");
      return fetched && (typeof root !== "string" || !isArgumentList(root)) ? REFUSALS.badBody : null;
    }
    const text = await request.text();
    if (/^application\/x-www-form-urlencoded/i.test(type)) return holdsNul([...new URLSearchParams(text)]) ? REFUSALS.badBody : null;
    return isArgumentList(text) ? null : REFUSALS.badBody;
  } catch {
    return REFUSALS.badBody;
  }
}
